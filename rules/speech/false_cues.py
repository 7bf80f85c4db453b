"""Words that look like a reporting verb or its speaker and are neither: a capitalised
verb that begins a place's name ("families had fled Tell Hamra"), and a news outlet's own
earlier copy in a correction ("A previous version of this story said")."""

from __future__ import annotations

import bisect
from operator import attrgetter

from rules.clauses import IRREGULAR_VERBS
from rules.cues import REPORTING_VERBS
from rules.hospital_care import ADMITTED_HURT
from rules.nouns import PERSON_NOUNS
from rules.number_values import number_value
from rules.speech.care_groups import CARE_GROUPS, people_admitted, takes_in_people
from rules.speech.speaker_nouns import speaks_as_plural
from rules.tokens import Token

#: Words that join two verbs of one subject in a title-case headline ("Governor Visits Town
#: and Says Toll Will Rise"): the verb after them keeps its capital.
_COORDINATORS = frozenset(("and", "but", "or"))


def name_not_verb(tokens: list[Token], c: int) -> bool:
    """Is the cue word at ``c`` written as a name's first word, capitalised right after a
    lower-case word ("fled Tell Hamra")? Not in a title-case headline, which capitalises the
    word before too ("Police Say Three Killed") or the word before a coordinator ("Mayor
    Urges Calm and Says ..."), nor a verb in capitals for emphasis ("police SAID").

    >>> from rules.tokens import tokenize
    >>> tokens = tokenize("Families fled Tell Hamra.")
    >>> name_not_verb(tokens, 2)
    True
    """
    word = tokens[c].text
    if not word[:1].isupper() or not word[1:].islower() or c == 0:
        return False
    before = tokens[c - 1].text
    if not (before.isalpha() and before.islower()):
        return False
    if before in _COORDINATORS and c > 1:
        return not tokens[c - 2].text[:1].isupper()  # "Calm and Says": a headline's verb
    return True


#: The outlet's own copy named by a correction notice: "a previous version of this story"
#: (the usual wording of news corrections). Only "this": "an earlier version of the
#: report" may be another body's document, which speaks.
_OWN_COPY = ("story", "article", "report", "post")


def own_copy(tokens: list[Token], source: tuple[int, int]) -> bool:
    """Is the source phrase ``source`` (character offsets) "a ... version of this story", or
    a bare "an earlier version" (an editor's note on the outlet's own copy)?

    >>> from rules.tokens import tokenize
    >>> own_copy(tokenize("An earlier version said 12 died."), (11, 18))
    True
    >>> own_copy(tokenize("The Senate version says the tax rises."), (11, 18))
    False
    """
    words = [t.low for t in _within(tokens, source)[-4:]]
    if words[-1:] == ["version"]:
        k = bisect.bisect_left(tokens, source[1], key=_START) - 2  # the word before "version"
        return k >= 0 and tokens[k].low in _EARLIER
    return words[-4:-1] == ["version", "of", "this"] and words[-1] in _OWN_COPY


#: The words of a correction for the outlet's earlier copy: "an earlier version said".
_EARLIER = frozenset("earlier previous original prior older".split())


#: Events that "recall" another without speaking: "The discovery recalled the killing of 14
#: people in 2023" (general English of news that links one event to an earlier one).
_EVENTS = frozenset(
    """discovery discoveries attack attacks killing killings massacre shooting bombing blast
    incident tragedy disaster crash images pictures footage""".split()
)


def event_recalls(tokens: list[Token], source: tuple[int, int]) -> bool:
    """Is the source of "recalled" (``source``, character offsets) an event, no speaker?

    >>> from rules.tokens import tokenize
    >>> event_recalls(tokenize("The discovery recalled the killing of 14 people."), (0, 13))
    True
    >>> event_recalls(tokenize("The mayor recalled the flood."), (0, 9))
    False
    >>> event_recalls(tokenize("A survivor of the attack recalled the blast."), (0, 24))
    False
    """
    words = [t.low for t in _within(tokens, source) if t.is_word]
    head = next((k for k, w in enumerate(words) if k and w in _HEAD_ENDS), len(words))
    return head > 0 and words[head - 1] in _EVENTS  # not "A survivor of the attack"


#: A token's start offset (``Token`` is a named tuple).
_START = attrgetter("start")


def _within(tokens: list[Token], source: tuple[int, int]) -> list[Token]:
    """The tokens that start inside ``source`` (character offsets). Tokens come in text
    order (``rules.tokens.tokenize``), so they are a slice found by two binary searches,
    not a pass over every token of the sentence for each candidate."""
    lo = bisect.bisect_left(tokens, source[0], key=_START)
    return tokens[lo : bisect.bisect_left(tokens, source[1], lo, key=_START)]


#: Medical and forensic tests that "confirm" without speaking: "deaths confirmed by a
#: post-mortem", "confirmed by DNA tests" (general English of forensic and medical reporting;
#: documents that speak, "records show", "the analysis said", are not among them).
_EVIDENCE = frozenset(
    """autopsy autopsies post-mortem post-mortems postmortem examination examinations test tests
    dna scan scans x-ray x-rays""".split()
)


def evidence_source(tokens: list[Token], source: tuple[int, int]) -> bool:
    """Is the source phrase's head (its last word before a place or a time) a test, not a
    speaker?

    >>> from rules.tokens import tokenize
    >>> tokens = tokenize("The death was confirmed by a post-mortem examination.")
    >>> evidence_source(tokens, (27, 52))
    True
    """
    words = [t.low for t in _within(tokens, source) if t.is_word]
    cut = next((k for k, w in enumerate(words) if k and w in _PLACE_OR_TIME), len(words))
    return cut > 0 and words[cut - 1] in _EVIDENCE  # "a post-mortem examination in Dalsk"


#: A state right after "confirmed": "the number of people confirmed dead", "40 confirmed
#: missing" (a participle of the count, no speaker's verb; general English of tolls).
_CONFIRMED_STATES = frozenset("dead killed missing alive deceased injured wounded drowned".split())


def no_speaker_confirms(tokens: list[Token], source: tuple[int, int], last: int) -> bool:
    """Does the "confirmed" ending at token ``last`` have no speaker: a test as its source
    (``evidence_source``), a state after it ("the number of people confirmed dead"), or a
    confirmation to come ("would be confirmed by doctors")?

    >>> from rules.tokens import tokenize
    >>> no_speaker_confirms(tokenize("the number of people confirmed dead rose"), (0, 20), 4)
    True
    >>> no_speaker_confirms(tokenize("officials confirmed the deaths"), (0, 9), 1)
    False
    >>> no_speaker_confirms(tokenize("deaths will be confirmed by doctors"), (25, 35), 3)
    True
    """
    if last + 1 < len(tokens) and tokens[last + 1].low in _CONFIRMED_STATES:
        return True
    if last > 1 and tokens[last - 1].low == "be" and tokens[last - 2].low in _NOT_YET:
        return True  # "every death would be confirmed by doctors": nothing confirmed yet
    return evidence_source(tokens, source) or _confirmed_things(tokens, source, last)


def _confirmed_things(tokens: list[Token], source: tuple[int, int], last: int) -> bool:
    """ "it lists just the deaths that coroners have confirmed as drownings": "confirmed" in a
    relative clause on deaths or a count of them (``_CONFIRMED_THINGS``), its object that noun
    and nothing after it but "as" (not "as many as") or the clause's end, reports no words."""
    first = bisect.bisect_left(tokens, source[0], key=attrgetter("start"))
    if first < 2 or tokens[first - 1].low not in ("that", "which"):
        return False
    if tokens[first - 2].low not in _CONFIRMED_THINGS:
        return False
    after = tokens[last + 1].low if last + 1 < len(tokens) else "."
    if after == "as" and last + 2 < len(tokens) and tokens[last + 2].low in ("many", "much"):
        return False  # "that doctors had confirmed as many as 40 deaths": a figure follows
    return after in _AFTER_OBJECTLESS


#: What a relative clause's "confirmed" may have confirmed: deaths and counts of them.
_CONFIRMED_THINGS = frozenset(
    """deaths death cases case bodies victims fatalities drownings figure figures number
    numbers toll count""".split()
)
#: What may follow a verb whose object stands before it: "as", the clause's end.
_AFTER_OBJECTLESS = frozenset("as . ;".split())

#: What makes "be confirmed" a confirmation to come: "would be", "will be", "must be".
_NOT_YET = frozenset("would will must should could may might to".split())


#: Prepositions that end the noun phrase of a test before its place or time.
_PLACE_OR_TIME = frozenset("in at on of from by with after".split())
#: ... and of a source before what it saw ("A witness to the shooting").
_HEAD_ENDS = _PLACE_OR_TIME | {"to"}


#: The hurt a hospital takes in: "41 patients admitted since midnight" is an intake, not a
#: confession (general English of hospital figures).
_ADMITTED_HURT = frozenset(ADMITTED_HURT)
#: Places of care as the subject: "Hospitals admitted 2,300 people with heatstroke" is an
#: intake too (general English of hospital figures; 27th session).
_HOSPITAL_SUBJECTS = CARE_GROUPS | frozenset(
    "hospital hospitals clinic clinics infirmary infirmaries ward wards".split()
)  # and a care team or centre that takes people in (``care_groups``: "her team had admitted")
#: What a confession or speech goes on with after "admitted": "that", a quote, a comma, a
#: subject pronoun ("admitted they were afraid") or a gerund ("admitted having lied").
_SPEECH_NEXT = frozenset(
    ("that", '"', "\u201c", ",", ":", "they", "he", "she", "we", "i", "being", "having", "feeling")
)


def admitted_to_care(tokens: list[Token], c: int) -> bool:
    """Is "admitted" at ``c`` the participle of the hurt taken in ("patients admitted
    overnight"), not a speaker's admission ("the ministry admitted that")?

    >>> from rules.tokens import tokenize
    >>> admitted_to_care(tokenize("Records show 41 patients admitted since midnight."), 4)
    True
    >>> admitted_to_care(tokenize("Two hospitals admitted 90 people overnight."), 2)
    True
    >>> admitted_to_care(tokenize("The hospital admitted that staff had erred."), 2)
    False
    >>> admitted_to_care(tokenize("The clinic admitted responsibility."), 2)
    False
    """
    if c == 0:
        return False
    if tokens[c - 1].low in _ADMITTED_HURT:
        return c + 1 >= len(tokens) or tokens[c + 1].low not in _SPEECH_NEXT
    # "Orme Hospital had admitted 213 people": its intake, when a count follows (not "the
    # hospital admitted it had turned people away", "admitted responsibility")
    place = c - 2 if c > 1 and tokens[c - 1].low in ("had", "has", "have") else c - 1
    if not _count_at(tokens, c + 1):
        return False
    if tokens[place].low in ("it", "they", "we") and people_admitted(tokens, c):
        return True  # "the clinic said it had admitted 75 children with cholera"
    # the place may take a phrase of where it is: "Hospitals in the south have admitted 90",
    # not a person at or of a place ("A doctor at the clinic on Orme Street admitted")
    for k in range(place, max(-1, place - 5), -1):
        if tokens[k].low in _HOSPITAL_SUBJECTS:
            if not takes_in_people(tokens, k, c):
                return False  # "The team admitted 3 mistakes": its own words
            owner = k - 2 if k > 1 and tokens[k - 1].low in ("the", "a", "its") else k - 1
            return owner < 0 or tokens[owner].low not in _NOT_PLACE_PHRASE
        if not tokens[k].is_word or tokens[k].low in _CLAUSE_WORDS:
            return False
        if tokens[k].low in PERSON_NOUNS:
            return False
    return False


#: Words that end the look left for a place of care: a verb or a clause's subordinator ("the
#: minister who runs hospitals admitted 40 had died"); before the place, a preposition a
#: person's place or body follows ("a nurse at the hospital", "a spokeswoman for the hospital
#: in Tersk"), where the speaker is the person.
_CLAUSE_WORDS = frozenset("who which that runs run ran said says and but".split())
_NOT_PLACE_PHRASE = _CLAUSE_WORDS | frozenset("at of for on to from".split())


#: Words that open a qualified count: "admitted more than 40", "about 90" (``FIGURE``'s).
_COUNT_OPENERS = frozenset("more over about around nearly almost some dozens hundreds".split())


def _count_at(tokens: list[Token], k: int) -> bool:
    if k >= len(tokens):
        return False
    low = tokens[k].low
    return low in _COUNT_OPENERS or number_value(low) is not None


#: What opens the object of "added" as a verb of sums ("added nine assists", "added a third
#: goal", "added 300 jobs"): an article or a number (general English grammar).
_OBJECT_OPENERS = frozenset("a an another".split())
#: Where the sentence's clauses end for this reading: a full stop, a semicolon, a question.
_SENTENCE_ENDS = frozenset(". ; ! ?".split())
#: What is said, as the object of "added" ("added a caveat", "adding a plea"), and the counted
#: dead a body adds to its toll ("the ministry added 5 deaths"): the verb then reports
#: (general English of statements and of toll updates).
_SAID_THINGS = frozenset(
    """caveat caveats note warning warnings remark remarks comment comments plea word words
    point qualifier assurance assurances plug deaths fatalities victims cases bodies
    casualties""".split()
)
#: Present-tense verbs that carry a reported clause ("added two people remain missing"): the
#: verbs of a toll's state (general English of casualty reports).
_PRESENT = frozenset("remain remains die dies need needs face faces".split())


def added_an_object(tokens: list[Token], c: int) -> bool:
    """Is "added" at ``c`` a verb of sums with a counted object and no clause of speech after
    it ("Blake added nine assists", "the plant added 300 jobs"), not a speaker who "added two
    more people had died" or "added 12 people, including 3 children, were killed"? An inverted
    speaker ('..., added a spokesman') is left alone; a reporting verb later in the sentence
    ("..., officials said") is no clause of the object's.

    >>> from rules.tokens import tokenize
    >>> added_an_object(tokenize("Blake scored 22 points and added nine rebounds."), 5)
    True
    >>> added_an_object(tokenize("Police added two more people had died."), 1)
    False
    """
    if tokens[c].low not in ("added", "adds", "adding") or c == 0 or c + 1 >= len(tokens):
        return False
    before, first = tokens[c - 1], tokens[c + 1]
    counted = number_value(first.text) is not None
    if not before.is_word and (before.text != "," or not counted or _quote_before(tokens, c)):
        return False  # '"We are working," added a spokesman': the speaker after the verb
    if first.low not in _OBJECT_OPENERS and not counted:
        return False
    for token in tokens[c + 1 :]:
        low = token.low
        if low in _SAID_THINGS or token.text == ":":
            return False  # "added a caveat: ...", "the ministry added 5 deaths": it reports
        if token.text in _SENTENCE_ENDS:
            break
        if not token.is_word or low in REPORTING_VERBS:
            continue  # "..., officials said": the attribution of the whole sentence
        if low in IRREGULAR_VERBS or low.endswith(("ed", "ing")) or low in _PRESENT:
            return False  # "two more people had died", "three were missing": speech
        if not before.is_word and speaks_as_plural(low):
            return False  # "Nine died, added two witnesses": the speakers after the verb
    return True


def _quote_before(tokens: list[Token], c: int) -> bool:
    """Does a quote close right before the comma and the verb at ``c`` ('..." added')?"""
    return c >= 2 and tokens[c - 2].text in ('"', "\u201d", "'")


#: The words that open a noun phrase a participle may stand in as an adjective ("the alleged
#: treasurer", "its admitted patients").
_DETERMINERS = frozenset("the a an this these those his its their our my".split())
#: What follows a verb of speech rather than the noun of such a phrase.
_NOT_A_NOUN = frozenset(
    "that to it he she they we i him her them this the a an several some many most all".split()
)


def participle_adjective(tokens: list[Token], c: int) -> bool:
    """Is the cue word at ``c`` a participle used as an adjective between a determiner (or a
    possessive) and its noun: "the cartel's alleged accountant", "Three of the admitted miners"
    (general English grammar), not "The gang alleged that" nor "the ministry admitted it"?

    >>> from rules.tokens import tokenize
    >>> participle_adjective(tokenize("Police held the cartel's alleged accountant."), 4)
    True
    >>> participle_adjective(tokenize("The gang alleged that police lied."), 2)
    False
    """
    if c == 0 or c + 1 >= len(tokens) or not tokens[c].low.endswith("ed"):
        return False  # "A spokesman for St. Clare's says all four": a verb of the present
    before, after = tokens[c - 1], tokens[c + 1]
    opened = before.low in _DETERMINERS or before.low.endswith(("'s", "\u2019s"))
    counted = number_value(after.low) is not None  # "confirmed two patients had died"
    noun = after.is_word and after.text.islower() and after.low not in _NOT_A_NOUN
    return opened and noun and not counted


#: What the words after an aside's participle open: "described as", "asked whether".
_ASIDE_NEXT = {
    "described": frozenset(("as",)),
    "asked": frozenset("whether if about how why what when where who".split()),
}


def aside_participle(tokens: list[Token], c: int, last: int) -> bool:
    """Is the cue word at ``c`` a participle in an aside after its noun, said of the noun and
    not by it: "The building, described as unsafe, was evacuated", "The ministry, asked
    whether its guns had fired, gave no answer" (general English grammar)?

    >>> from rules.tokens import tokenize
    >>> aside_participle(tokenize("The ministry, asked whether it fired, said no."), 3, 3)
    True
    >>> aside_participle(tokenize('"Why?", asked Jones.'), 5, 5)
    False
    >>> aside_participle(tokenize("Ilse Darrow, a lawyer, asked whether it held."), 6, 6)
    False
    """
    nexts = _ASIDE_NEXT.get(tokens[c].low)
    after = tokens[last + 1].low if last + 1 < len(tokens) else ""
    if nexts is None or c == 0 or tokens[c - 1].text != "," or after not in nexts:
        return False
    # "asked whether ..." is an aside only when a comma closes it before the main verb; "The
    # mayor of Varna, Ilse Darrow, asked whether the levees would hold." is her question
    return tokens[c].low == "described" or any(t.text == "," for t in tokens[last + 1 :])


_CLOSING = frozenset(('"', "\u201d"))


def quote_closed_before(tokens: list[Token], last: int) -> bool:
    """Does a quotation close just before the verb ending at ``last``, its speaker between
    ('"We will win," the coach joked', '"Not today," quipped Darrow')? The verb ends its
    clause, or its speaker follows it."""
    for k in range(last - 1, max(0, last - 5), -1):
        if tokens[k].text in _CLOSING:
            return (k > 0 and tokens[k - 1].text in (",", "?", "!")) or tokens[k + 1].text == ","
        if not tokens[k].is_word or tokens[k].low in _NOT_A_SPEAKER:
            return False  # '"...," said a woman who asked': the quote is another verb's
    return False


#: Words that cannot stand in a speaker between a quote and its verb.
_NOT_A_SPEAKER = frozenset("who which that said says told added".split())
