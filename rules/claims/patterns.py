"""Regular expressions of casualty claims: the shapes of phrases around a figure or a cue."""

from __future__ import annotations

import re

import re2

from rules.calendar import MONTH_STEMS, WEEKDAYS, either, names
from rules.claims.decades import ONE_DECADE
from rules.claims.initialisms import INITIALISM_WORD
from rules.claims.one_placed import HARMLESS_RELATIVE, ONE_PLACE

ADJECTIVE_GAP = re.compile(
    r"(?:\s+[A-Za-z][\w'-]*){1,3}(?:\s+(?:were|was|have|had|has|later|also|subsequently))?\s+",
    re.IGNORECASE,
)

QUESTION_BEFORE = re.compile(r"\b(?:how|so|too|as)\s+$", re.IGNORECASE)
GAP_BREAK = re.compile(r"[;:\d\"!?]|\s-\s|[.,]\s|\sand\s+the\s+$")  # "13 hurt and the bodies of"
NEXT_TOKEN = re.compile(r"\s*([A-Za-z]+|[^\sA-Za-z]|$)")
NEXT_WORDS = re.compile(rf"(?:\s+(?:{INITIALISM_WORD}|[A-Za-z][\w'-]*)){{1,6}}")

AMONG_THE = re.compile(r"\s+(?:were|was|are|is)\s+among\s+(?:the|those)\s*$", re.IGNORECASE)

# "12 people, including 3 children, were killed": the subset is skipped inside the gap; only a
# comma closes "of whom" ("30 escaped, of whom 18 were recaptured") or "including two who".
SUBSET_IN_GAP = re.compile(
    r"(?:,\s*|\s--?\s*|\()(?:among\s+whom|of\s+whom|of\s+which|of\s+them|most\s+of\s+them"
    r"|(?:including|among\s+them)\s[^;:.,]{1,60}?\b(?:who|which))\b[^;:.]{0,80}?,"
    r"|(?:,\s*|\s--?\s*|\(|\s)(?:including|among\s+them|mostly)"
    r"\b[^;:.]{0,80}?(?:,|(?=\s+(?:were|was|are|is|have|has|had)\b))",
    re.IGNORECASE,
)

#: A later item of a list of parts: "including three nurses and two drivers", "among them a
#: judge, two clerks and three guards" (the figure after the "and" or the comma).
#: A comma before the last "and" only after a comma list ("a, b, and c"): "including one man,
#: and two others were killed" closes the part before "and".
SUBSET_LISTED_BEFORE = re.compile(
    r"\b(?:including|among\s+them|among\s+whom)\s"
    r"(?:(?:[^;:.,()]{1,40},\s*){0,3}[^;:.,()]{1,40}?(?:,|\s+and)"
    r"|(?:[^;:.,()]{1,40},\s*){1,3}[^;:.,()]{1,40}?,\s*and)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A word that ends the parts: the list's own verb or outcome ("the blast left two pilots,
#: including the captain, dead and nine others hurt": the nine are no part).
SUBSET_LIST_END = re.compile(
    r"\b(?:dead|killed|died|injured|wounded|hurt|missing|were|was|are|is|have|has|had)\b",
    re.IGNORECASE,
)

SUBSET_BEFORE = re.compile(
    r"(?:\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which|of\s+them)"
    r"|\()\s*$",
    re.IGNORECASE,
)

# An article (or "whose") and a singular person (not an agent: "held by his mother") before a
# passive or intransitive verb, no article or conjunction between ("a man was killed").
SINGULAR = re.compile(
    r"(?<!\bby\s)\b(?P<article>an?|one|his|her|their|whose)\s+(?:(?!(?:after|when|as|an?|the|whose)\s)"
    r"(?:[A-Za-z'-]+|\d{1,3}-[A-Za-z-]+)\s+){0,3}?(?P<noun>[A-Za-z]+)(?:" + ONE_PLACE + r")?"
    # an aside between the one (or its place) and the verb: ", 25,", ", a 19-year-old man,", ", who
    # ...,"; the name between commas ("his wife, Ana Ruiz, was", "HIS AIDE, IVO SARN, WAS"), an
    # age before it or a home town after it ("a man, 21-year-old Ivo Marsh of Orme Creek, was")
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,"
    r"|\s*,\s*(?:an?|identified\s+as|who|whose)\s(?:\d{1,3}-year-old\s)?[^,;:.\d]{1,60},"
    r"|\s*,\s*(?:\d{1,3}-year-old\s+)?(?-i:[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){0,3}"
    r"(?:\s+of\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})?"
    r"|[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3})\s*,"
    # the decade of the one's age ("a man in his 30s", round 8); a relative that tells no harm
    r"|" + ONE_DECADE + r"|" + HARMLESS_RELATIVE + r")?"
    r"(?=\s+(?:was|has\s+been|had\s+been|is|died|dies|has\s+died|had\s+died|remains|remained)\b)"
    r"(?!\s+(?:was|is)\s+(?:among|one\s+of)\b)",  # "a girl was among five people wounded"
    re.IGNORECASE,
)

# Two single people before a plural verb: "A farmer and his nephew were killed".
SINGULAR_PAIR = re.compile(
    r"\b(?P<article>an?|one|another)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[A-Za-z]+)\s+and\s+"
    r"(?:(?P<article2>an?|his|her|their|another)\s+(?:[\w'-]+\s+){0,2}?)?(?P<noun2>[A-Za-z]+)"
    r"(?=\s+(?:were|are|have\s+been|had\s+been|died|remain|dead|killed)\b)",
    re.IGNORECASE,
)

# "The mayor and his bodyguard were killed": a definite person (a re-mention, counted where
# first told) joined to one picked out by a possessive, who is told of here for the first
# time (as "his bodyguard was killed" is); only the second counts.
DEFINITE_PAIR = re.compile(
    r"\bthe\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[A-Za-z]+)\s+and\s+"
    r"(?P<article2>his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?P<noun2>[A-Za-z]+)"
    r"(?=\s+(?:were|have\s+been|had\s+been|died|dead|killed)\b)",
    re.IGNORECASE,
)

# "A teacher and her two sons were found dead": the one before the figure counts too.
ONE_AND_BEFORE = re.compile(
    r"\b(?P<one>an?|one)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[A-Za-z]+)\s+and\s+"
    r"(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)

# "Mara and her two sisters were shot dead": the named one counts too.
NAME_AND_HIS = re.compile(r"(?<![\w.])(?P<one>[A-Z][a-z'’-]+)\s+and\s+(?:his|her)\s+$")

# "Two bailiffs and the gunman are dead": the one after the group counts too.
AND_ONE_AFTER = re.compile(
    r"\s+(?:[A-Za-z'-]+\s+){1,3}?and\s+(?P<one>the|an?|his|her|their)\s+"
    r"(?:[\w'-]+\s+)??(?P<noun>[A-Za-z]+)\s+"
    r"(?:(?:were|are|was|is|have|has|had|also|all|both|found|pronounced)\s+)*"
    r"(?:among\s+(?:the|those)\s+)?$",  # "Nine soldiers and an interpreter were among the dead"
    re.IGNORECASE,
)

# A figure heading its own clause: "and a man was later charged", "and a 40-year-old suspect is"
NEW_CLAUSE = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:was|is|has|had)\b", re.IGNORECASE)

# "killing three cyclists and a driver": a single person after an object figure's group.
AND_ONE_OBJECT = re.compile(
    r"\s+(?:[A-Za-z'-]+\s+){0,3}?and\s+(?P<one>an?|one|another)\s+(?:[\w'-]+\s+)??"
    r"(?P<noun>[A-Za-z]+)\b(?!\s+(?:was|were|is|are|has|had|have|later|also|then|who)\b)",
    re.IGNORECASE,
)

# An object of a casualty verb: "shot and killed his neighbour", "killing its driver".
SINGULAR_OBJECT = re.compile(
    r"\b(?:killed|killing|murdered|murdering|shot|shooting|wounded|wounding|injured|injuring"
    r"|stabbed|stabbing|kidnapped|abducted|captured|arrested|rescued|gunned|beheaded|lynched"
    r"|strangled|hanged)"
    # "shot dead a policeman", "gunned down a guard" (issue 9, conflict round 7: the
    # particle stands before the object as often as after it)
    r"(?:\s+(?:dead|down|to\s+death))?\s+"
    r"(?P<article>his|her|their|its|an?|one)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[A-Za-z'-]+)\b",
    re.IGNORECASE,
)

OBJECT_VERBS = re2.compile(
    rb"(?i)\b(?:killed|killing|murdered|murdering|shot|shooting|wounded|wounding|injured"
    rb"|injuring|stabbed|stabbing|kidnapped|abducted|captured|arrested|rescued|gunned|beheaded"
    rb"|lynched|strangled|hanged)\b"
)

# A single person right before an adjectival cue: "left a 23-year-old woman dead".
SINGULAR_ADJECTIVE = re.compile(
    r"\b(?P<article>an?|one|\d{1,3}-(?:year|month)-old)\s+(?:[A-Za-z'-]+\s+){0,2}?"
    # "a man found dead in a park", "a woman lying dead": the report's reduced relatives
    r"(?P<noun>[A-Za-z]+)(?=\s+(?:(?:found|lying)\s+)?(?:dead|injured|wounded|hurt|killed|missing)\b)",
    re.IGNORECASE,
)

# "Pinckney and eight others were killed": the named person is one more.
ONE_MORE_BEFORE = re.compile(r"(?P<one>\b[A-Za-z][\w'.-]*)\s+and\s+$")
LISTED_BEFORE = re.compile(r"(?P<one>\b[A-Za-z]+)\s*,\s*$")

# People listed before a cue: "Mother, 4-year-old niece, son, 7, dead", "Girl accidentally shot".
_LIST_AUX = r"(?:was|were|is|are|been|found|later|also|accidentally|critically|seriously)"
_LIST_ITEM = (
    rf"(?!{_LIST_AUX}\b)"
    r"(?:\d{1,3}-(?:year|month)s?-old\s+)?[A-Za-z'-]+(?:\s*,\s*\d{1,3}(?=\s*,))?"
)
PERSON_LIST = re.compile(
    r"(?:^|[^\w\s,'&-]\s*|\b(?:after|as|when|while|and|but)\s+"
    # a second clause of a headline: "Man killed, woman hurt in crash"
    r"|\b(?:killed|dead|hurt|wounded|injured|shot|slain|stabbed)\s*,\s*)"
    rf"(?P<items>(?:{_LIST_ITEM}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)){{0,4}}{_LIST_ITEM})"
    rf",?\s+(?P<aux>(?:{_LIST_AUX}\s+){{0,3}})$",
    re.IGNORECASE,
)

# One word of a listed item, tokenised exactly as ``PERSON_LIST`` reads it.
LIST_WORD = re.compile(r"[A-Za-z'-]+", re.IGNORECASE)

LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|&)\s*", re.IGNORECASE)

MULTIPLE = re.compile(
    r"\b(double|triple|quadruple|quintuple)[\s-]+(murder|homicide|killing|slaying|shooting)s?\b"
    r"(?P<suicide>[\s/-]+suicides?\b)?",
    re.IGNORECASE,
)

#: "two of the four", "three of the remaining five" (the rest of a count told before).
PARTITIVE = re.compile(
    r"\s+of\s+(?:(?:the|those|these|their|its|his|her|our)\s+)?(?:(?:remaining|other)\s+)?",
    re.IGNORECASE,
)

#: The rest of a partitive after a vague part that took its "of": "dozens of| the |300".
PARTITIVE_DETERMINER = re.compile(r"\s+(?:the|those|these|their|its|his|her|our)\s+", re.IGNORECASE)

LIVES_AFTER = re.compile(r"\s+(?:(?:more|other|innocent|young|civilian)\s+)?(?P<cue>lives)\b", re.I)

LIVES_BEFORE = re.compile(
    r"\b(?:claimed|claiming|claims|claim|took|taking|takes|take|cost|costing|costs)\s+"
    r"(?:(?:the|a\s+total\s+of|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)

FATALLY = re.compile(
    r"(?:\s+of\s+them)?\s+(?P<cue>fatally|mortally)\b(?!\s+(?:shot|stabbed|wounded|injured"
    r"|struck|hit|beaten|shooting|stabbing|wounding))",
    re.IGNORECASE,
)

ALONG_WITH = re.compile(
    r"(?:,\s*|\s)(?:along\s+with|as\s+well\s+as|together\s+with)\s+(?:(?:another|a\s+further)\s+)?$",
    re.IGNORECASE,
)

GAP_BREAK_ALONG = re.compile(r"[;:!?\"]|\.\s")

AND_PERSON = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?P<det>his|her|their|a|an)\s+)?"
    r"(?P<words>[\w'-]+(?:\s+[A-Za-z'-]+)?)\b",
    re.IGNORECASE,
)

LEADING_AGE = re.compile(r"\s+\d{1,3}-(?:year|month|week|day)s?-old\b", re.IGNORECASE)

#: An age before its noun ("2 16-year-old boys"), or standing for the people ("two
#: 17-year-olds", general English: an age used as a noun takes a plural "s"); and years of
#: service ("a 12-year veteran", the words of a job's tenure in English), no count either.
_SERVICE = r"|\b\d{1,2}-year(?=\s+(?:veteran|member|employee)\b)"
AGE_ADJECTIVE = re.compile(r"\b\d{1,3}-(?:year|month|week|day)s?-olds?\b" + _SERVICE, re.I)

PARENTHESES = re.compile(r"\([^()]{0,200}\)")
DASH = re.compile(r"\s--?\s")
DATELINE = re.compile(r"[^.;:!?\"]{0,80}\([A-Za-z][\w .&-]{0,30}\)\s*")
SUBSET_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.IGNORECASE)

# A single object before a coordinated figure: "killed her and", "shot his wife and".
#: A family counted by its members, between a verb and the figure: "killed a family of five".
FAMILY_OF = re.compile(r"\s+(?:a|an|one|the|his|her|their)\s+(?:[\w-]+\s+)?family\s+of\s+", re.I)

OBJECT_LEAD = re.compile(
    r"\s+(?:him|her|himself|herself|(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+)?[a-z]+)\s*,?\s+and\s+"
    r"(?:then\s+)?(?:(?:his|her|their|its|the)\s+)?(?:other\s+)?",
    re.IGNORECASE,
)

# "killed her and ...", "shooting him before ...": a pronoun object is one person.
PRONOUN_OBJECT = re.compile(
    r"\b(?P<verb>killed|killing|murdered|murdering|fatally\s+shot|fatally\s+shooting"
    r"|fatally\s+stabbed|fatally\s+stabbing|shot\s+and\s+killed|stabbed\s+and\s+killed"
    # "police shot him dead"
    r"|shot(?=\s+(?:him|her)\s+dead\b))"
    r"\s+(?P<one>him|her)\b"
    r"(?=\s*(?:,|\.|;|$|and\b|before\b|after\b|then\b|in\b|at\b|on\b|dead\b))",
    re.IGNORECASE,
)

#: After "killed the guard and the other two officers": the group then has a verb of its own,
#: a new clause ("... fled", "... were unhurt"), so the count is not the object (review 20).
OWN_VERB_AFTER = re.compile(
    r"(?:\s+[\w-]+){1,3}?\s+(?:fled|escaped|survived|were|was|are|had|have|managed|ran|hid"
    r"|remained|remain|got|walked|swam|jumped)\b",
    re.IGNORECASE,
)

#: A verb not done: hedged, negated, refused ("could kill", "declined to send", "ruled out").
HEDGE_BEFORE = re.compile(
    r"(?i)\b(?:(?:could|would|should|might|will|threaten(?:ed|s)?\s+to)\s+(?:not\s+|never\s+)?"
    r"(?:have\s+)?|(?:did|does|do|has|have|had)\s+(?:not|never)\s+(?:yet\s+)?|never\s+"
    r"|(?:refused?|refuses|refusing|declined?|declines|declining|yet)\s+to\s+|rul\w+\s+out\s+"
    r"|(?:won|wouldn|didn|doesn|don|hasn|haven|hadn)[\u2019']t\s+(?:yet\s+)?)$"
)

#: An age as wire copy writes it between dashes: "4", "4 years old", "4- YEARS OLD".
_DASHED_AGE = r"\d{1,2}(?:-?\s*years?[-\s]+old)?"

PARENTHETICAL = re.compile(
    # ages between dashes: " -- aged 6 and 2 -- ", " -- 11- YEARS OLD, 9- YEARS OLD -- "
    rf"(?i:\s--?\s(?:(?:both|all|each)\s+)?(?:aged\s+|ages\s+)?{_DASHED_AGE}"
    rf"(?:\s*(?:,|,?\s*and|to)\s*{_DASHED_AGE})*\s--?\s)|"
    # ages between commas: ", both 19,", ", aged 19 and 22,", ", all in their 20s,"
    r",\s*(?:(?:both|all|each)\s+(?:aged\s+)?|aged\s+|ages\s+)?\d{1,2}"
    r"(?:\s*(?:,|,?\s*and|to|-)\s*\d{1,2})*\s*,"
    r"|,\s*(?:(?:both|all|each)\s+)?in\s+their\s+(?:early\s+|mid-?\s*|late\s+)?\d0s\s*,|,[^,;:\d\"()]{1,80},|\([^()\d]{0,80}\)|\[[^\[\]\d]{0,80}\]|\s--?\s[^-\d]{1,60}\s--?\s"
)

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")

COORDINATION = re.compile(
    r"\s*(?:[A-Za-z][\w'-]*(?:\s+|(?=,))){0,5}?(?:,\s*(?:and\s+)?|and\s+|,?\s*or\s+)"
    r"(?:(?:their|the|his|her|its|another)\s+)?$",
    re.IGNORECASE,
)

AS_OF = re.compile(
    r"\b(?:as\s+of|as\s+at)\s+(?P<a>[^,.;:]{2,40}?)(?=[,.;:]|\s+(?:the|a|at\s+least|\d)|$)"
    rf"|\bby\s+(?P<b>(?:early|late|mid-?)?\s*(?:{names(WEEKDAYS)}|noon|midday|midnight|nightfall"
    # a day after a month, not the first digit of a count ("By June 2,000 people had fled")
    rf"|dawn|dusk|this\s+morning|tonight|last\s+night|{either(MONTH_STEMS)}[a-z]*\.?\s+"
    rf"(?:[12]?\d|3[01])(?!,\d)|(?:[12]?\d|3[01])\s+{either(MONTH_STEMS)}[a-z]*"
    r"|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc))"
    r"(?:\s+(?:morning|afternoon|evening|night))?)\b",
    re.IGNORECASE,
)

DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejected|no\s+(?:evidence|reports?|sign|indication)|unclear"
    r"|not\s+(?:clear|known|confirmed))\b[^.;:!?]*$",
    re.IGNORECASE,
)

ADJECTIVE_NP = re.compile(
    r"\s+(?P<np>(?:[A-Za-z][\w'-]*\s+){0,2}?[A-Za-z][\w'-]*)\s+(?:were|are|have|had|remain"
    r"|remained|who|was\s+taken|lay|lie)\b",
    re.IGNORECASE,
)

OBJECT_NP = re.compile(
    r"\s*(?:(?:the|their|his|her|its|our|these|those|other|fellow)\s+)?"
    r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)"
    r"(?=\s*(?:[,.;:!?)\"]|--|$)|\s+(?:and|or|who|in|on|at|near|during|as|after|before|while"
    r"|when|inside|outside|from|with|without|since|across|throughout|last|this|yesterday|today"
    r"|overnight|earlier|including|among|by|for|under|over)\b)",
    re.IGNORECASE,
)

OBJECT_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)", re.IGNORECASE)

OF_NEXT = re.compile(r"\s+of\b", re.IGNORECASE)

NEXT_NOUN = re.compile(r"\s+(?P<noun>[A-Za-z'-]+)\b")

NEXT_NOUN2 = re.compile(r"\s+[A-Za-z'-]+\s+(?P<noun>[A-Za-z'-]+)\b")

NUMBER_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)",
    re.IGNORECASE,
)

# Named people with their ages: "Marcus Reed, 34, and Tia Lane, 2, were killed".
_NAME_AGE = (
    r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.)){1,3},\s+(?:age\s+)?\d{1,3}"
    r"(?:[,;]|(?=\s*(?:[.;]|$)))"
)

NAME_AGE_RE = re.compile(_NAME_AGE)

# Between two named people: "and", "; their cousin,", "; and friend".
_NAME_JOIN = (
    r"\s*(?:and\s+)?(?:(?:their|his|her|a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*,?\s+)?"
)

NAMED_LIST = re.compile(rf"{_NAME_AGE}(?:{_NAME_JOIN}{_NAME_AGE})+")

AGE_AFTER_COMMA = re.compile(r"[A-Za-z],\s+(?:age\s+)?\d{1,3}(?:,|\s*(?:[.;]|$))")

LIST_TO_CUE = re.compile(
    r"\s*(?:(?:were|have\s+been|had\s+been|are|both|all|also|later|each|reportedly)\s+)*"
)

ALONG_WITH_TAIL = re.compile(r",?\s+(?:along\s+with|as\s+well\s+as|together\s+with)\s")

# Asides a coordination may step over: "six priests -- five of them Spaniards -- and two
# women", "the seven monks, four of whom were foreigners, and two cooks".
COORDINATION_ASIDE = re.compile(
    r"\s--?\s[^-]{1,80}?\s--?(?=\s)|\([^()]{1,80}\)"
    r"|,\s*[A-Za-z]+\s+of\s+(?:whom|them|which)\b[^,;:.]{1,60}(?=,)",
    re.IGNORECASE,
)

#: One object of a headline verb, with no article: "kills wife, 6-year-old son, self".
#: One item of a headline's list of the killed: "wife", "7-year-old son", "her son" (a
#: possessive before kin), "ex-mother-in-law" (a hyphenated kin noun).
HEADLINE_OBJECT = re.compile(
    r"\s*(?:and\s+)?(?:(?P<det>his|her|their)\s+)?(?:\d{1,3}-(?:year|month)s?-old\s+)?"
    r"(?:ex-)?(?P<noun>[A-Za-z]+(?:-in-law)?)\s*",
    re.IGNORECASE,
)

#: The joint before the last of a list: ", and then", " then".
LAST_JOIN = re.compile(r",?\s+(?:and\s+)?(?:then\s+)?$|,\s*$", re.IGNORECASE)


#: A harm said of reputations, not bodies: "wounded ... politically", "killed ... careers".
#: Origin: general English figures of speech in political and business news.
FIGURATIVE_HARM = re.compile(
    r"\b(?:politically|emotionally|financially|electorally|their\s+careers|his\s+career"
    r"|her\s+career|their\s+chances|his\s+chances|her\s+chances|reputations?|pride)\b",
    re.IGNORECASE,
)
#: A word every match of ``FIGURATIVE_HARM`` holds, lower-cased (kept in step with it).
_FIGURATIVE_WORDS = ("ally", "career", "chance", "reputation", "pride")


def figurative_harm(text: str, low: str) -> bool:
    """Does ``FIGURATIVE_HARM`` match ``text`` (``low`` is ``text.lower()``)? On ASCII text,
    where matching case-insensitively is matching the lower case, a sentence without one of
    its words is answered without the pattern, which tries a dozen words at every position."""
    if text.isascii():
        for word in _FIGURATIVE_WORDS:
            if word in low:
                break
        else:
            return False
    return FIGURATIVE_HARM.search(text) is not None
