"""Who a figure counts: the group words beside it, and whether a binding is acceptable."""

from __future__ import annotations

import re

from rules.calendar import WEEKDAYS, names
from rules.categories import CASUALTY_CATEGORIES, PEOPLE_ONLY
from rules.claims.aimed import aimed_at_people, counted_object
from rules.claims.crews import CREW_PATTERNS, crew_accepted, responders
from rules.claims.joined_groups import adjective_after, joined_people
from rules.claims.lexicon import (
    AUX,
    DEATH_NOUNS,
    EVACUATED_DWELLINGS,
    FORMATIONS,
    GROUP_DANGLING,
    GROUP_END,
    GROUP_LEADING,
    GROUP_STOP,
    HOUSEHOLDS,
    NO_GROUP_ALONE,
    OTHERS,
    PASSIVE_AUX,
    PASSIVE_NEXT,
    RECENT_LEADING,
    RELATIVE,
    SET_VERBS,
    TOLL_PREPOSITIONS,
    TOLL_VERBS,
    ends_group,
    is_perpetrator,
)
from rules.claims.own_verb import phrase_after, source_after
from rules.claims.parts import Binding, Cues
from rules.claims.patterns import (
    AGE_ADJECTIVE,
    COORDINATION_ASIDE,
    LEADING_AGE,
    NEXT_TOKEN,
    NEXT_WORDS,
    WORD,
)
from rules.claims.rates import before_rate
from rules.claims.told_states import clause_start
from rules.cue_fragments import (
    BROUGHT_IN,
    CAUGHT_BY_POLICE,
    ELIMINATED,
    NEUTRALISED,
    TROOP_MOVEMENT,
)
from rules.cue_rows import HUMAN_ONLY, RELEASED
from rules.deployment_rows import RETAKEN
from rules.nouns import (
    ARMED_ENEMIES,
    MILITARY,
    OBJECT_NOUNS,
    PERSON_NOUNS,
    REPORT_NOUNS,
    SENT_SERVICES,
    enemy_force,
    is_human_plural,
    is_personnel,
)
from rules.scene_rows import SEARCHED_FOR
from rules.tokens import is_ly_adverb


def skip_relative_clause(words: list[str], figure: str = "") -> list[str]:
    """Drop "who worked for them" in "three cooks who worked for them were murdered", a
    clause of up to 14 words ("40 fishermen who put to sea ... are missing"); after "one",
    eight ("one person who ... was hurt" past that is CB74's, ``rules.claims.postmodified``)."""
    longest = 8 if figure.lower() == "one" else 14
    start = clause_start(words, RELATIVE)  # or "sailors reported dead were found"
    if start is None:
        return words
    end = len(words)
    while end > start + 1 and (words[end - 1] in AUX or words[end - 1].endswith("ly")):
        end -= 1
    tail = words[end:]
    if end - start > longest or not PASSIVE_AUX.intersection(tail) or end == start + 1:
        return words
    if _complement_subject(words, start, end):
        return words
    return words[:start] + tail


#: Words that open the subject of a "that" clause: "said that the guards were killed".
_SUBJECT_OPENERS = frozenset("the these those his her their its our all both".split())


def _complement_subject(words: list[str], start: int, end: int) -> bool:
    """Is "that" + ``words[start + 1 : end]`` a clause's subject, people with no verb of their
    own ("two officials said that the guards were killed"), rather than a relative clause
    ("three cooks that the rebels captured")? The figure then counts the speakers."""
    clause = words[start + 1 : end]
    if words[start] != "that" or len(clause) > 4:
        return False
    if len(clause) > 1 and clause[0] not in _SUBJECT_OPENERS:
        return False
    return is_human_plural(clause[-1]) or clause[-1] in PERSON_NOUNS


#: Time back from now after the participle: "the four guards killed a week ago" (no object).
_TIME_BACK = re.compile(
    r"\s*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d{1,2})"
    r"\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)


def looks_passive(rest: str) -> bool:
    if _TIME_BACK.match(rest):
        return True
    if aimed_at_people(rest) or counted_object(rest):
        return False
    match = NEXT_TOKEN.match(rest)
    if match is None:
        return True
    token = match.group(1).lower()
    if token == "":
        return True
    if token[0].isdigit():
        return False
    if rest[match.end() : match.end() + 2] in ("'s", "\u2019s"):
        return False  # "shot Sunday's winner": a possessive opens the object
    return not token[0].isalpha() or token in PASSIVE_NEXT


#: "the death toll from Saturday night's shooting in Corvell rose to three": the phrase that
#: says whose toll it is, up to its verb (``_LEADING_WORDS`` words; "from the magnitude 5.9 quake")
_LEADING_PREPOSITION = re.compile(r"\s*(?:" + "|".join(sorted(TOLL_PREPOSITIONS)) + r")\b", re.I)
_TOLL_VERB = re.compile(r"\b(?:" + "|".join(sorted(TOLL_VERBS)) + r")\b", re.IGNORECASE)
_LEADING_WORDS = 16


def toll_gap(gap: str) -> str:
    """The gap between a toll noun and its figure without the phrase that says whose toll it
    is ("from the magnitude 5.9 quake in northern Ulm rose to" -> "rose to")."""
    if not _LEADING_PREPOSITION.match(gap):
        return gap
    verb = _TOLL_VERB.search(gap)
    if verb is None or len(WORD.findall(gap, 0, verb.start())) > _LEADING_WORDS:
        return gap
    return gap[verb.start() :]


#: "put the death toll from Sunday's raid on the depot at nine": a verb of setting a figure
#: before the toll makes the "at" after the phrase of whose toll it is the figure's.
_SET_AT = re.compile(rf"\b(?:{SET_VERBS})\b[^.;:]*$")
_AT_END = re.compile(r"\s+at\s*$", re.IGNORECASE)


def set_at_gap(before: str, gap: str) -> str:
    """The gap "from <phrase> at" after a toll set by a verb before it, as just "at"."""
    if _LEADING_PREPOSITION.match(gap) and _AT_END.search(gap) and _SET_AT.search(before):
        return " at "
    return gap


def drop_leading_phrase(words: list[str]) -> list[str]:
    """Skip "from Saturday's landslide" in "the death toll from Saturday's landslide rose to 40"."""
    if not words or words[0] not in TOLL_PREPOSITIONS:
        return words
    for k, word in enumerate(words[:10]):
        if word in TOLL_VERBS:
            return words[k:]
    return words


#: "dead" said of someone, not the noun of a toll: "was pronounced dead", "found dead"; said of
#: many, it is a toll again ("among those found dead were three children"; review 26).
_DEAD_PREDICATE = re.compile(
    r"\b(?:pronounced|declared|found|shot|left|lay|lying|was|were|is|are)\s+$", re.IGNORECASE
)
_MANY_DEAD = re.compile(r"\b(?:those|people|others|among|all)\b", re.IGNORECASE)


def toll_gap_words(text: str, cue_start: int, words: list[str]) -> list[str] | None:
    """The gap's words of a toll reading (``drop_leading_phrase``), or None when the cue is
    "dead" said of a person, so no figure after it is a toll: "The victim, who was pronounced
    dead at the scene, was 19" (an age)."""
    one = not _MANY_DEAD.search(text, max(0, cue_start - 40), cue_start)
    if one and _DEAD_PREDICATE.search(text, max(0, cue_start - 20), cue_start):
        return None
    return drop_leading_phrase(words)


def without_asides(between: str) -> str:
    between = AGE_ADJECTIVE.sub("", between)
    if "-" in between or "(" in between or " of " in between.lower():
        between = COORDINATION_ASIDE.sub("", between)
    return between


def has_cue(start: int, end: int, cues: Cues) -> bool:
    """A cue that binds figures stands between (the marker "rescuers" binds none)."""
    return any(h.cue.before or h.cue.after for h in cues.hits if start <= h.start < end)


def group_text(written: list[str], group_words: list[str]) -> str | None:
    """The group as written (``written``: the gap's words, ``WORD.findall`` of it), cut before
    any preposition ("2 policemen guarding ... in ...")."""
    words: list[str] = []
    found = written[: len(group_words)]
    for k, word in enumerate(found):
        lowered = word.lower()
        if lowered in GROUP_STOP or (
            lowered in ("next", "close") and found[k + 1 : k + 2] == ["to"]
        ):
            break  # "workers close to the blast": a place, as after "near"
        if words and ends_group(word, found[k + 1 : k + 2]) and not adjective_after(found, k):
            break  # but "two other wounded men": a harm told of the group before its noun
        words.append(word)
    return clean_group(words)


def clean_group(words: list[str]) -> str | None:
    """Drop "of its", "more", "new" and a rate ("people a year") from a group's edges."""
    words = before_rate(words)
    while words and (words[0].lower() in GROUP_LEADING or words[0] in RECENT_LEADING):
        words = words[1:]
    if len(words) == 1 and words[0].lower() in NO_GROUP_ALONE:
        words = []  # "14 NEW DEATHS", "14 New Deaths", "17 heat deaths"
    while len(words) > 1 and words[-1].lower() in GROUP_DANGLING:
        words = words[:-1]  # "soldiers of the [14th Brigade]": the cut left "of the"
    if words and words[-1].endswith("'"):
        words = [*words[:-1], words[-1][:-1]]  # "killed 'at least 25 soldiers'": a closing quote
    return " ".join(words) or None


#: A participle with its agent right after the figure: "40 dead issued by a charity".
_PARTICIPLE_BY = re.compile(r"\s*[a-z]{3,}ed\s+by\b")


#: The start of a verb's object: a determiner or a number ("included four children").
_OBJECT_NEXT = re.compile(
    r"(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+)$",
    re.IGNORECASE,
)


def following_group(rest: str) -> str | None:
    """The noun phrase right after an object figure: "12 Ukrainian soldiers in Kharkiv"."""
    if _PARTICIPLE_BY.match(rest):
        return None  # "a tally of 40 dead issued by a charity": no noun follows
    age = LEADING_AGE.match(rest)  # "his 7-year-old nephew"
    match = NEXT_WORDS.match(rest, age.end() if age else 0)
    if match is None:
        return None
    words: list[str] = []
    split = match.group().split()
    for k, word in enumerate(split):
        lowered = word.lower()
        if lowered == "and" and words and joined_people(split, k):
            words.append(word)  # "37 oil and construction workers", "60 doctors and nurses"
            continue
        if lowered in GROUP_STOP or lowered in AUX or lowered in GROUP_END:
            break
        if words and (source_after(split, k) or phrase_after(split, k)):
            break  # "and 2 drivers officials confirmed", "nine workers the rebels had hired"
        if lowered.endswith("ed") and split[k + 1 : k + 2] in (["by"], ["BY"]):
            break  # "the 40 dead listed by the army": a participle and its agent
        if words and lowered.endswith("ing") and len(lowered) > 5:
            break  # "residents living within a kilometre", but "neighbouring villages"
        if word.islower() and is_ly_adverb(lowered):
            break  # "killed four workers instantly", "five dead shortly after", not "elderly"
        if words and lowered.endswith("ed") and len(lowered) > 4 and not adjective_after(split, k):
            break  # "three men shocked the town", but "armed men", "two other injured men"
        if lowered.endswith("ed") and _OBJECT_NEXT.match(" ".join(split[k + 1 : k + 2])):
            break  # "the 19 dead included four children": a verb and its object
        words.append(word)
    return clean_group(words)


#: Words that grade a harm: "no serious injuries" leaves the lighter ones uncounted (injury news).
_SEVERITY = frozenset("serious major life-threatening critical significant grave severe".split())


def _head(group: str) -> str:
    """The noun a group counts: its last word, or the person or thing before an "of" phrase
    ("12 passengers of a bus", "members of one family", "12 trucks of food aid")."""
    lowered = group.lower()
    if " of " in lowered:
        before = lowered.split(" of ")[0].split()
        if before and (is_human_plural(before[-1]) or before[-1] in PERSON_NOUNS | OBJECT_NOUNS):
            return before[-1]
    words = lowered.split()
    if len(words) > 1 and words[-1].endswith("ed") and is_human_plural(words[-2]):
        return words[-2]  # "40 soldiers seized (in the raid)": the people, not the participle
    return words[-1]


#: People whose release is no rescue: a hospital's, an employer's, and the captors' own, let
#: go by the police or a court ("two of the kidnappers were released"; general English).
_NOT_CAPTIVES = frozenset(
    "patients players kidnappers abductors captors hijackers gunmen attackers".split()
)
#: People held by law, whom a court or a jail frees: never "rescued" (general English).
_HELD_BY_LAW = frozenset("prisoners inmates detainees suspects convicts".split())


#: Words that stand for people without being person nouns: pronouns of a partitive ("three of
#: them"), the sexes of police reports ("one female and two males"). General English.
_PEOPLE_WORDS = frozenset(
    "people persons them those these whom male males female females adult adults".split()
)


def _a_person(head: str) -> bool:
    """A head of people: a person noun or its plural, or "others"/"more" of people before."""
    low = head.lower()
    if low in OTHERS or low in _PEOPLE_WORDS:
        return True
    return is_human_plural(low) or low in PERSON_NOUNS or low.rstrip("s") in PERSON_NOUNS


#: Those police catch besides perpetrators (``is_perpetrator``): "caught nine of them", "rounded
#: up 40 protesters" (general English of police reports; not "caught two children").
_CAUGHT = frozenset(
    "them escapees fugitives inmates prisoners convicts protesters demonstrators rioters looters"
    " migrants".split()
)


def acceptable(binding: Binding) -> bool:
    head = _head(binding.group) if binding.group else None
    if head in EVACUATED_DWELLINGS and binding.cue.cue.category == "evacuated":
        # "evacuated 30 homes", "300 homes were evacuated"; not "900 homes damaged, and
        # 150 people had to evacuate", where the homes are the subject of another verb
        return binding.cue.start < binding.figure.start or binding.cue.cue.transitive
    if head in OBJECT_NOUNS:
        return False
    if head in DEATH_NOUNS and binding.cue.cue.category != "killed" and binding.figure.figure.max:
        return False  # "one death and four injuries"; but "no deaths or injuries" is none of both
    if head in _HELD_BY_LAW and binding.cue.cue.category == "rescued":
        return False  # "the court freed 12 prisoners on bail": released, not rescued
    if (
        head
        and binding.cue.cue.category in ("missing", "displaced")
        and is_perpetrator((binding.group or head).split()[0].lower())
    ):
        return False  # "two gunmen were never found", "sheltering three suspects": not harmed
    if binding.cue.cue.pattern == RELEASED:  # "hostages kept by the gang were released"
        words = (binding.group or "").lower().split()
        return any(map(_a_person, words)) and not _NOT_CAPTIVES.intersection(words)
    if {head} & (HOUSEHOLDS | FORMATIONS) and binding.cue.cue.category in CASUALTY_CATEGORIES:
        return False  # "killed two families", "60 marines from three companies were hurt"
    group = binding.group or ""
    if binding.figure.figure.max == 0 and REPORT_NOUNS.intersection(group.lower().split()):
        return False  # "no reports of casualties": the toll is unknown, not zero
    if binding.figure.figure.max == 0 and _SEVERITY.intersection(group.lower().split()):
        return False  # "no serious injuries were reported": minor ones may have been
    if " of " in group.lower() and group.split()[0].lower() in FORMATIONS:
        return False
    cue = binding.cue.cue
    if cue.pattern == SEARCHED_FOR:  # "searching for six others", not "for their two dogs"
        return head is not None and _a_person(head) and "'" not in group and "\u2019" not in group
    if head is not None and cue.pattern in HUMAN_ONLY and not _a_person(head):
        return False  # "4,000 paintings were moved to safety", "12 banks are recovering"
    if cue.pattern == TROOP_MOVEMENT:
        return head is not None and (head in MILITARY or head.rstrip("s") + "s" in MILITARY)
    if cue.pattern in (BROUGHT_IN, RETAKEN):  # "riot police were brought in", not "six men"
        return head is not None and head in SENT_SERVICES
    if cue.pattern == CAUGHT_BY_POLICE:  # "caught nine escapees", not "two children"
        return head is not None and (head in _CAUGHT or is_perpetrator(head))
    if cue.pattern in CREW_PATTERNS:
        return crew_accepted(cue.pattern, group, head, binding.figure.figure.min)
    if cue.pattern == ELIMINATED:  # "eliminated 11 militants", not "two former champions"
        # "eliminated 30 enemy servicemen"; not "the cuts eliminated 3,000 troops" (review47b)
        return head in ARMED_ENEMIES or (head in MILITARY and enemy_force(group))
    if cue.pattern == NEUTRALISED:
        return head is not None and (head in PERSON_NOUNS or is_human_plural(head))
    if cue.category in PEOPLE_ONLY or cue.pattern in PEOPLE_ONLY:
        if " of " in group.lower():
            # "400 soldiers of the 9th regiment": the head stands before its "of" phrase
            head = group.lower().split(" of ")[0].split()[-1]
        sent = binding.cue.start < binding.figure.start  # "deployed 300 stewards"
        return head is not None and (
            is_personnel(head, cue.category, sent) or responders(group, head)
        )
    return True


#: The start of an object after a transitive cue with no auxiliary: "shot his neighbour",
#: "killed two", "shot Marcus Lee" (a name, unless a headline's capitalised adverb or time).
#: An object pronoun too: "a guard shot them dead" (the guard is no victim).
_OBJECT_START = re.compile(
    r"\s+(?:(?:an?|the|his|her|their|its|\d+|one|two|three|four|five|man|woman|wife|husband"
    r"|son|daughter|him|them|us|me)\b|(?!(?:In|At|On|By|Near|During|After|Before|Outside|Inside|Dead|Twice|Again"
    rf"|While|{names(WEEKDAYS, title=True)}|Overnight|Late|Early"
    r"|Multiple|Several|And|Over|Near|Following|Amid|From|With|Near)\b)[A-Z][a-z]+\b)"
)


def object_follows(text: str, at: int) -> bool:
    """Does an object follow a transitive cue ending at ``at`` ("the officer shot Marcus Lee",
    "a 16-year-old shot his neighbour"), making it active: the subject is no victim."""
    return _OBJECT_START.match(text, at) is not None
