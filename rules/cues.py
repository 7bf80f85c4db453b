"""Cue tables for attribution: reporting verbs, non-response phrases, anonymity markers.

Kept as data so that adding a verb or a phrase is a one-line change; the code in ``rules.sources``
and ``rules.attribution`` only handles what a table cannot.

Origin of every table here: general knowledge of how English news attributes speech (reporting
verbs of wire style guides, "declined to comment" and its variants, the anonymity formulas
newsrooms use). No entry was added because one evaluation document had it.
"""

from __future__ import annotations

import re

import re2

from rules.calendar import WEEKDAY
from rules.refusals import refusal_wordings

#: Reporting verbs by surface form. Value: True when the form only counts as a cue before
#: "that": it is also a common noun ("claims", "reports") or reports speech only with a
#: clause ("conceded that"; not "conceded defeat"). "disputed" and "rejected" (twenty-third
#: session) answer a claim ("Police disputed the toll", "The government rejected the
#: findings"): general English of news, PolNeAR train's all-source row up 32 true positives.
REPORTING_VERBS: dict[str, bool] = {
    form: False
    for form in """
    say says said saying tell tells told telling add adds added adding stated announce
    announces announced announcing confirm confirms confirmed confirming deny denies denied
    denying claimed claiming warn warns warned warning insist insists insisted insisting noted
    noting acknowledge acknowledges acknowledged acknowledging reported reporting wrote writes
    write writing tweeted tweets explain explains explained explaining argue argues argued
    arguing replied replies declared declares asserted asserts alleged alleges admitted admits
    contended contends stressed emphasised emphasized recalled predicted accused accuses quoted
    estimated disclosed revealed allege described denounced denounces documented show shows
    showed identified found finds called calls heard named disputed disputes rejected rejects
    believe believes believed recorded records counted tallied registered verified logged
    listed lists
    condemned condemns gave gives given offered offers
    """.split()
}
# "believe" is a cue of the scan only for AT41, which reads it where police or investigators
# believe and turns every other belief away (``rules.speech.registry`` asks AT41 first).
REPORTING_VERBS.update(
    {form: True for form in "claim claims reports notes states reply estimates estimate".split()}
)
# Verbs that report speech only before "that" ("conceded that the count was wrong"; not
# "conceded defeat", "testified for two hours", "complained of pain", "the talks concluded on
# Friday", "demanded a recount", "promised to rebuild"; "the review concluded that": a finding,
# "lawmakers demanded that", "promised that": what they said; "boasted that", not "boasted a
# record", thirty-fifth session; a sum "pledged" or "promised": AT46).
REPORTING_VERBS.update(
    dict.fromkeys(
        """conceded concedes testified testifies complained complains concluded concludes
        demanded promised promises pledged pledges boasted boasts bragged brags""".split(),
        True,
    )
)
#: Verbs that report speech only before "that" or a quote in their clause ("blamed the
#: council: '...'", "vowed that", "asked, 'Why?'"; not "the problems he blamed on the policy",
#: which reports nothing); "asked" also before an indirect question ("asked whether") but not
#: before "that" (a request, or the anonymity formula "asked that his name not be used").
QUOTE_VERBS = frozenset(
    """blamed blames urged urges vowed vows asked asks joked jokes quipped
    quips""".split()
)
#: The verbs of an appeal, a statement before its people and an infinitive ("urged residents
#: to stay indoors") and one with another verb of its subject (``rules.speech.chains``).
APPEAL_VERBS = frozenset(("urged", "urges"))
REPORTING_VERBS.update(dict.fromkeys(QUOTE_VERBS, True))

#: Verb forms that take the person addressed as object ("told reporters").
ADDRESS_VERBS = frozenset("tell tells told telling".split())

#: Verbs that may come before their subject: '"...," said Jane Doe.'
INVERTING_VERBS = frozenset(
    """said says added adds wrote writes explained explains noted notes argued argues
    insisted insists warned warns continued recalled replied asserted stated declared
    asked tweeted""".split()
)

#: Forms that begin a participial clause whose subject is the main clause's subject.
PARTICIPLES = frozenset(
    form for form in REPORTING_VERBS if form.endswith("ing") and form != "according"
)

#: Nouns after "according to" that are not sources ("according to plan").
NOT_SOURCES = frozenset(
    """plan plans schedule script design tradition custom protocol procedure expectations
    legend rules law instructions""".split()
)


def trie_pattern(words: list[str]) -> str:
    """One regex alternation for ``words`` with shared prefixes factored out.

    A flat "said|says|saying|..." is tried branch by branch at every word start; the
    factored form ("sa(?:id|ys|ying)") fails after a letter or two, which makes the
    whole-document prefilter several times faster.

    >>> trie_pattern(["said", "says", "sat"])
    'sa(?:id|t|ys)'
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [
        re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


#: The stems of the verbs that set a figure again ("raised", "revises", "lowering"), read by
#: AT14 (``rules.speech.at14``) and spelled once here for the cue scan.
REVISING_STEMS = ("rais", "revis", "lower", "updat", "increas", "reduc", "adjust", "correct")

#: How far a rival figure is set from the one told: "put the toll much higher, at 40" (read by
#: the cue here and by ``rules.claims.toll_aside``).
RIVAL_DEGREE = r"(?:much|even|far|slightly|somewhat|considerably|significantly)"

_PHRASES = (
    r"according\s+to|citing|quoting|speaking\s+(?:to|at|on|with|in)|posted\s+(?:on|to)|read\s+out"
    # "put the death toll at", "puts the number of people killed at", "put the death toll from
    # Sunday's raid on the depot at", "put the toll in her province alone at" (what the toll is
    # of, or where or among whom it was counted, in up to seven words; "put the toll across
    # the district at more than 120")
    # "put their losses at three", "put its own casualties at", "put the rebel toll at" (a
    # side's count of its own or of the enemy's dead in rival tolls: general war reporting)
    # "placed the number at" is the same setting of a figure
    # "put the district's toll at six": whose toll by a possessive
    r"|(?:put(?:s|ting)?|plac(?:ed|es|ing))\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?"
    r"(?:[a-z-]+'s\s+)?(?:own\s+)?"
    # "put the real number at 400": a rival's word for the count it holds true
    r"(?:(?:official|overall|total|final|latest|provisional|death|casualty|civilian|military"
    r"|own|rebel|army|enemy|government|real|true|actual|early|initial|estimated|crop)\s+){0,2}"
    r"(?:toll|number|figure|count|tally|losses|casualties)"
    r"(?:\s+of\s+[a-z-]+(?:\s+[a-z-]+){0,2}|\s+(?:from|in|for|among|across)\s+[\w'-]+"
    r"(?:\s+[\w'-]+){0,6}?"
    # "put the number still missing at 15", "put the number injured at 40"
    r"|\s+(?:still\s+)?(?:missing|dead|killed|injured|wounded|hurt|displaced|homeless"
    r"|unaccounted\s+for|taken|abducted|kidnapped|at\s+sea))?"
    # "put the figure higher, at 40": a rival count set above or below the one told
    rf"(?:\s+(?:{RIVAL_DEGREE}\s+)?"
    r"(?:higher|lower),?)?\s+(?:at|(?:well\s+)?(?:above|below))"
    # "put it at 38" (AT08 takes it only before a figure)
    r"|put(?:s|ting)?\s+it\s+at"
    # "had given the number of dead as 14" (AT43, only before a figure; 44th session)
    r"|(?:gave|given|gives)\s+(?:the|its|their)\s+(?:(?:official|death|casualty)\s+)?(?:toll"
    r"|count|figure|(?:number|figure|count)\s+of\s+(?:the\s+)?(?:dead|killed|victims|injured|wounded"
    r"|casualties|deaths|bodies))\s+as"
    # "raised the death toll to 52", "revised its estimate of the dead down to 38", "revised
    # it down to 38", "corrected it to 28", "revised that to 16": a figure set again by
    # whoever revises it (AT14, which takes "it" and "that" only before a count of people;
    # general news wording)
    r"|(?:" + "|".join(REVISING_STEMS) + r")(?:ed|es|ing|e)"
    r"\s+(?:(?:the|its|their|his|her|our|that)\s+(?:(?:official|overall|total|final|latest"
    r"|provisional|death|casualty|civilian|military|own|rebel|army|enemy|government)\s+){0,2}"
    r"(?:toll|tally|count|estimate|figure)(?:\s+of\s+(?:the\s+)?[a-z-]+)?"
    # "raised the death toll again, to 97": a second update in the same words
    # (a day between: "lowered that number on Friday to 31")
    r"(?:\s+(?:up|down|upwards?|downwards?|again,?|overnight|on\s+" + WEEKDAY + r"))?"
    r"|(?:it|that)(?:\s+(?:up|down|upwards?|downwards?|again,?))?)\s+to"
    # "revised the number of people hurt in the storm to 20", "raised the number of arrests to 61":
    # the dead, the hurt or the held set again (not "reduced", said of a cause: "vaccination
    # reduced the number of deaths"), where or in what counted in up to five words, no old figure
    r"|(?:rais|lower|revis|updat|correct)(?:ed|es|ing|e)\s+the\s+number\s+of\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+)?(?:dead|deaths|killed|fatalities|injured|wounded|hurt|injuries|casualties"
    r"|victims|missing|displaced|arrests|arrested|detain(?:ed|ees)|detentions)(?:\s+(?:in|from"
    r"|at|on|during|since)\s+[a-z][\w'-]*"
    r"(?:\s+[\w'-]+){0,4}?)?\s+to"
)

#: One regex that finds every candidate cue in a whole document (the prefilter). RE2 runs
#: it as a DFA, about ten times faster than ``re`` on a long alternation.
CUE_REGEX = re2.compile(
    r"(?i)\b(?:" + _PHRASES + "|" + trie_pattern(sorted(REPORTING_VERBS)) + r")\b"
)

_NEG = (
    r"(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't|has\s+not|hasn't|have\s+not"
    r"|haven't|had\s+not|hadn't|would\s+not|wouldn't|could\s+not|couldn't|will\s+not"
    r"|won't|was\s+not|wasn't|were\s+not|weren't)"
)
_ADV = r"(?:\s+(?:immediately|yet|publicly|officially|directly|formally|previously))?"

#: Non-response phrases; the party that did not respond is the subject before them.
#: What a silence on the toll is about: "casualties", "any civilian deaths", "its losses".
_TOLL_TOPIC = (
    r"(?:(?:the|any|its|their|civilian|military|own)\s+){0,2}(?:casualt(?:y|ies)|deaths?|dead"
    r"|losses|victims|toll|fatalities|injuries|wounded|civilians|missing\s+(?:troops|soldiers"
    r"|people|crew|passengers|miners|sailors))\b"
)

# "take questions", "take any further questions": refused after a negation or "declined to"
_TAKE_QUESTIONS = r"take\s+(?:any\s+)?(?:further\s+|more\s+|reporters'\s+)?questions"
# "declined to speak to reporters", "refused to talk to the media": a party that will not be
# asked (not "declined to speak at the ceremony", an act; general English of news refusals)
_SPEAK_TO_PRESS = (
    r"(?:speak|talk)\s+(?:(?:to|with)\s+(?:reporters?|journalists?|an?\s+reporter|(?:the\s+)?"
    r"(?:media|press|news\s+media))|publicly|on\s+the\s+record)\b"
)
# "declined to break the figures down", "declined to break down the numbers": a breakdown
# withheld (general English of news refusals)
_BREAK_DOWN = (
    r"break\s+(?:down\s+)?(?:the\s+|those\s+|these\s+|its\s+|their\s+)?(?:figures|numbers"
    r"|toll|count|data|totals|casualties|deaths|dead)(?:\s+down)?\b"
)

#: RE2's options for the long prefilters (this one and ``rules.cue_scan``'s): the DFA gets
#: 64 MB rather than RE2's 8, at which it runs out of states on this many wordings, falls back
#: to its NFA (some 40 times slower) and logs an error per scan.
BIG_DFA = re2.Options()
BIG_DFA.max_mem = 64 << 20
NON_RESPONSE_REGEX = re2.compile(
    r"(?i)\b(?:"
    + "|".join(
        f"(?:{p})"
        for p in (
            _NEG + _ADV + r"\s+(?:comment|respond|repl(?:y|ied|ies)|answer|acknowledge"
            r"|confirm|speculate)\w*",
            # "had not returned calls" (not "the fishermen had not returned to port", 47th)
            _NEG + _ADV + r"\s+return\w*\s+(?:(?:a|our|the|repeated|several|his|her|their|its"
            r"|reporters'|two|three|multiple)\s+)?(?:(?:phone|telephone)\s+)?(?:calls?|messages?"
            r"|e-?mails?|requests?|inquiries|enquiries|texts?)\b",
            # "Messages left with the mayor's office were not returned"
            r"(?:(?:were|was)\s+not|(?:have|has|had)\s+not\s+been)\s+(?:immediately\s+|yet\s+)?"
            r"returned(?:\s+(?:on\s+)?" + WEEKDAY + r")?\s*[.,;:]",  # "... on Friday."
            # "would not discuss the demands": a refusal ("did not discuss the budget" is not)
            r"(?:would|will)\s+not\s+(?:yet\s+)?discuss",  # "would not yet discuss a motive"
            # "did not address the allegations" (not "did not address the nation")
            _NEG + _ADV + r"\s+address(?:ed)?\s+(?:(?:the|those|these|his|her|their|its)\s+)?"
            r"(?:questions?|reports?|allegations?|claims?|criticism|concerns?|accusations?"
            r"|comments|remarks|charges)\b",
            _NEG + r"\s+be\s+reached",
            # "had not issued a statement", "did not say whether", "would not say how many"
            _NEG + _ADV + r"\s+(?:yet\s+)?(?:issued|released|made|given|issue|release|make|give)"
            r"\s+(?:a|any)\s+(?:statement|comment)",
            _NEG + _ADV + r"\s+(?:say|said|disclosed?|specif(?:y|ied)|explain(?:ed)?)\s+"
            # "would not say on Thursday whether": a day between the verb and its question
            r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|yesterday|today)\s+)?(?:whether|how|why|what|who"
            r"|when|where|if)",
            # "has not named the dead or said how they died": the negation carries over "or"
            # to the verb of saying
            _NEG + _ADV + r"\s+[a-z]+(?:\s+[\w'-]+){0,5}?\s+or\s+(?:say|said|disclosed?"
            r"|explain(?:ed)?)\s+(?:whether|how|why|what|who|when|where|if)\b",
            # "... and her office did not say.": the clause ends on the refusal
            _NEG + _ADV + r"\s+(?:say|said|elaborated?|explain(?:ed)?)\s*[.;]",
            # "would not explain the gap between its figure and the army's" (48th session)
            _NEG
            + _ADV
            + r"\s+explain\s+(?:the|its|their)\s+(?:difference|discrepancy|gap|delay)\b",
            # "the sheriff's office has not released the names of those hurt"
            # ("would not give their names", 47th session)
            _NEG + _ADV + r"\s+(?:yet\s+)?(?:released|release|disclosed|disclose|give|given"
            r"|revealed|reveal)\s+(?:(?:a|any|the|his|her|their|its|further)\s+)?(?:[\w-]+(?:'s|s')\s+)?"
            r"(?:description|details|names?|identit(?:y|ies))",
            # "the police withheld the names of the victims" (48th session; not "withheld his
            # name", a source's own anonymity)
            r"(?:withheld|withholds|withholding)\s+(?:the\s+(?:names?|identit(?:y|ies))\s+of"
            r"|(?:the|their)\s+(?:names|identities))\b",
            # "has not released body-camera footage", "did not release the video"
            _NEG + _ADV + r"\s+(?:yet\s+)?(?:released|release|published|publish)\s+"
            r"(?:(?:the|any|its|their)\s+)?(?:911\s+)?(?:(?:body|dash)[\s-]?cam(?:era)?\s+|bodycam\s+"
            r"|surveillance\s+|security(?:[\s-]camera)?\s+)?(?:footage|videos?|recordings?)\b",
            # "did not release a death toll", "do not publish their own losses"
            # ("has not issued an updated toll", 47th session)
            _NEG + _ADV + r"\s+(?:yet\s+)?(?:give|gave|given|provide|provided|release|released"
            r"|publish|published|disclose|disclosed|offer|offered|issue|issued)\s+"
            r"(?:(?:a|any|an|the|its|their)\s+)?(?:(?:new|updated|fresh|revised)\s+)?"
            r"(?:(?:casualty|death|exact|precise|official|own)\s+)?(?:figures?|toll|count|numbers?"
            r"|breakdown|estimate|losses|casualties|casualty\s+figures?)\b",
            # "the ministry gave no figure for its own losses", "provided no breakdown"
            r"(?:gave|give|gives|giving|provided|provides|offered|offers)\s+no\s+(?:(?:casualty"
            r"|death|exact|precise|official|further)\s+)?(?:figures?|toll|count|breakdown"
            r"|estimate|details|casualty\s+figures?)\b",
            # "the army made no mention of casualties", "did not mention the dead": silent on
            # the toll in what was said (not "did not mention his wife")
            r"(?:made|makes|make)\s+no\s+(?:mention|reference)\s+(?:of|to)\s+" + _TOLL_TOPIC,
            _NEG + _ADV + r"\s+mention(?:ed)?\s+" + _TOLL_TOPIC,
            r"(?:was|were|is|are)\s+unable\s+to\s+(?:immediately\s+)?(?:say|specify|comment)",
            _NEG + _ADV + r"\s+(?:available|reachable)\s+for\s+comment",
            # "declined on Saturday to say how many": a day between the verb and its "to"
            r"declined\s+(?:(?:on\s+)?" + WEEKDAY + r"\s+)?"
            r"(?:to\s+(?:comment|respond|reply|say|confirm|discuss|elaborate|speculate"
            # "declined to name the officer" (rules.speech.silences: not "to identify herself")
            r"|answer|be\s+interviewed|provide|specify|address|release|disclose|reveal|identify"
            r"|name"
            # "declined to give a number", "declined to give details" (not "to give up", nor
            # "declined to give a name": the anonymity phrase, ``rules.anonymity_markers``)
            r"|give\s+(?:(?:a|an|any|the|further|exact|precise|casualty|death|official)\s+){0,3}"
            r"(?:numbers?|figures?"
            r"|details|breakdown|toll|count|estimate|reason)"
            # "declined to give their nationalities" (the victims' or captives')
            r"|give\s+(?:their|his|her|its)\s+(?:nationalit(?:y|ies)|identit(?:y|ies))|"
            + _TAKE_QUESTIONS
            + "|"
            + _SPEAK_TO_PRESS
            + "|"
            + _BREAK_DOWN
            + ")"
            r"|comment|requests?\s+for\s+comment)",
            # ", declining to comment": the participle of a refusal (its party is the clause's)
            r"(?:declining|refusing)\s+to\s+(?:comment|respond|say|confirm|discuss|speculate"
            r"|elaborate|answer|" + _TAKE_QUESTIONS + "|" + _SPEAK_TO_PRESS + ")",
            r"(?:refused|declines|refuses)\s+to\s+(?:comment|respond|say|confirm|discuss|speculate"
            r"|answer\s+(?:any\s+|further\s+|reporters'\s+)?questions"
            # "refused to give details", "refused to give a casualty figure" (as "declined")
            r"|give\s+(?:(?:a|an|any|the|further|exact|precise|casualty|death|official)\s+){0,3}"
            r"(?:numbers?|figures?|details|breakdown|toll|count|estimate)|"
            + _TAKE_QUESTIONS
            + "|"
            + _SPEAK_TO_PRESS
            + "|"
            + _BREAK_DOWN
            + ")",
            # "has remained silent on the allegations" (not "remained silent on the steps")
            r"(?:remained|remains|remain|kept|keeps|stayed|stays)\s+(?:largely\s+|publicly\s+)?"
            r"silent\s+(?:about|over|on\s+(?:the|its|his|her|their|this|these)\s+(?:matter|issue"
            r"|issues|allegations?|accusations?|claims?|reports?|question|questions|case|charges"
            r"|subject|deal|incident|killings?|deaths?|toll|figures?|casualties|losses))\b"
            r"|(?:kept|keeps|stayed|stays)\s+silent\s*[.;]",
            # "Neither the embassy nor the ministry responded to requests for comment": the
            # positive verb is a silence only after "neither"/"none" (rules.speech.silences)
            r"(?:responded|replied)\s+to\s+(?:(?:repeated|several|multiple)\s+)?(?:requests?"
            r"|messages?|e-?mails?|calls?|questions?|inquiries|queries)",
            # "Neither the police nor the hospital would say how many were hurt", "No one at
            # the embassy would comment": a refusal only after "neither", "none" or "no one"
            r"(?:would|could)\s+(?:say(?:\s+nothing\s+(?:about|on|before|until)\b)?|comment"
            r"|confirm|discuss|specify)\b",
            # "Neither the army nor the rebels could be reached for comment" (or "... on
            # Tuesday"): the same; "No agreement could be reached" names no party
            r"could\s+be\s+reached\b",
            # "would neither confirm nor deny the report": the stock refusal of press offices
            r"(?:would|will|could|did|does|do|can)\s+neither\s+confirm\s+nor\s+deny"
            # "had neither confirmed nor denied the account" (45th session)
            r"|(?:(?:has|have|had)\s+(?:so\s+far\s+)?)?neither\s+confirmed\s+nor\s+denied",
            r"could\s+not\s+(?:immediately\s+)?be\s+reached",
            # "would wait for the survey before saying anything", "would speak once the crews
            # had been told": an answer put off until something happens
            r"(?:would|will)\s+(?:wait\s+(?:for|until)\s+(?:[\w',-]+\s+){1,8}?before\s+(?:saying"
            r"|commenting|speaking|talking)|(?:only\s+)?(?:speak|talk)\s+(?:publicly\s+)?once)\b",
            r"had\s+no\s+(?:immediate\s+)?comment",
            # "read a statement and did not take questions", "took no questions" (general
            # English of press briefings: a refusal to be asked)
            _NEG + _ADV + r"\s+" + _TAKE_QUESTIONS,
            r"took\s+no\s+(?:further\s+|more\s+)?questions",
            r"(?:has|have|had)\s+(?:yet\s+)?to\s+(?:comment|respond|reply|acknowledge)",
            r"referred\s+(?:(?:all|any|further|those|these|our)\s+)?(?:questions|inquiries"
            r"|enquiries|requests|reporters|queries)\s+to",
            r"no\s+(?:immediate\s+)?comment\s+from",
            # the party follows: "could not reach the ministry for comment" (the reporter's
            # "could not"; "rescue teams had not yet reached the villages" is no silence)
            r"(?:could\s+not|couldn't|did\s+not|didn't)" + _ADV + r"\s+reach\b",
            r"(?:was|were)\s+unable\s+to\s+(?:immediately\s+)?reach",
            # the party is inside the subject: "calls to the embassy went unanswered"
            r"(?:went|go|goes|gone|remained|remain|remains|were|was|rang)\s+un(?:answered|returned)",
            r"(?:were|was|proved|have\s+been|has\s+been)\s+unsuccessful",
            *refusal_wordings(_NEG + _ADV, _BREAK_DOWN),
            r"(?:were|was|are|is)\s+holding\s+back\s+(?:his|her|their|the)\s+(?:names?|identit)",
        )
    )
    + ")",
    BIG_DFA,
)

#: Byte twins of the two prefilters for ASCII text, where byte and character offsets agree:
#: the ``re2`` wrapper converts offsets in Python for every match on ``str`` input.
CUE_REGEX_ASCII = re2.compile(CUE_REGEX.pattern.encode("ascii"))
NON_RESPONSE_REGEX_ASCII = re2.compile(NON_RESPONSE_REGEX.pattern.encode("ascii"), BIG_DFA)

#: Head nouns of unnamed sources ("officials said", "a person briefed on the talks").
ANONYMOUS_HEADS = frozenset(
    """official officials source sources diplomat diplomats person people insider insiders someone
    aide aides individual individuals member members witness witnesses survivor survivors
    resident residents worker workers blogger bloggers medic medics villager villagers local
    locals employee employees staffer staffers spokesman spokeswoman spokesperson spokespeople
    spokesmen spokeswomen administrator administrators caller callers investigator investigators
    doctor doctors nurse nurses relative relatives neighbour neighbours neighbor neighbors
    organiser organisers organizer organizers rescuer rescuers paramedic paramedics"""
    # People quoted for an opinion without a name ("critics say", "one adviser said", "another
    # said"), a family speaking as one ("the family said": anonymous unless a person is named),
    # and people by a role of no office ("a surgeon said", "the homeowner told police"; not an
    # office that names one known person, "the mayor"): general newsroom usage.
    """ critic critics supporter supporters analyst analysts adviser advisers advisor advisors ally
    allies expert experts observer observers opponent opponents backer backers another others
    some family families eyewitness eyewitnesses homeowner homeowners surgeon surgeons shopkeeper
    psychiatrist psychiatrists physician physicians manager managers shopkeepers""".split()
)
