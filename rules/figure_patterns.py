"""The shapes of a figure as news writes it, kept as data.

Number words, digits, qualifiers before and after, and what makes a number no headcount.
"""

from __future__ import annotations

import re

import re2

from rules.calendar import ABBREVIATED_MONTHS, MONTHS, MONTHS_NOT_MAY, WEEKDAYS
from rules.model import Qualifier

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


SHORT_SCALES = {"k": 1000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000}


_WORD_ATOM = r"(?:" + "|".join(sorted([*UNITS, *SCALES, "dozen"], key=len, reverse=True)) + r")\b"


# "a hundred", "twenty-three", "two hundred and fifty", "one million"
_A_SCALE = r"(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))"


_WORD_NUMBER = rf"(?:{_A_SCALE}?{_WORD_ATOM}(?:(?:\s+and\s+|[ -]){_WORD_ATOM}){{0,6}})"


_FRACTION = (
    r"(?:half\s+a|a\s+quarter\s+of\s+a|three\s+quarters\s+of\s+a)\s+(?:million|billion)"
    r"|half\s+a\s+dozen"  # six: "half a dozen soldiers"
)


_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d,]*\d)"  # 1,200,000
    r"|\d{1,3}(?:\.\d{3})+(?![\d.]*\d)(?!\s*(?:million|billion|thousand|mn|mln|bn|m|k)\b)"
    r"|\d{1,3}(?: \d{3}){1,3}(?![\d])"  # 1 200
    r"|\d+(?:\.\d+)?)"
)


_DIGIT_SCALE = r"(?:\s*(?:million|billion|thousand|mln|mn|bn)\b|(?:m|k|bn|mn)\b)"


_DIGIT_NUMBER = rf"(?:{_DIGITS}(?:{_DIGIT_SCALE})?(?![\w]))"


_NUMBER = rf"(?:{_FRACTION}|{_DIGIT_NUMBER}|{_WORD_NUMBER})"


_VAGUE_PLURAL = (
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions"
    r"|hundreds\s+of\s+millions|dozens|scores|hundreds|thousands|millions"
    # "several hundred", "a few dozen", "a couple of thousand": some units of the scale, read
    # as its plural ("hundreds"); the scale alone was once read as one unit (100)
    r"|(?:several|a\s+few|a\s+couple\s+of)\s+(?:hundred\s+thousand|hundred\s+million|dozen"
    r"|hundred|thousand|million))"
)


VAGUE_MINIMUM = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2_000_000,
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "tens of millions": 20_000_000,
    "hundreds of millions": 200_000_000,
    **{
        f"{some} {scale}": 2 * value
        for some in ("several", "a few", "a couple of")
        for scale, value in (
            ("hundred thousand", 100_000),
            ("hundred million", 100_000_000),
            ("dozen", 12),
            ("hundred", 100),
            ("thousand", 1000),
            ("million", 1_000_000),
        )
    },
}


_UNSPECIFIED = (
    r"(?:an?\s+(?:unknown|unspecified|undetermined|undisclosed|large|small|significant"
    r"|growing|great|huge|number)\s+(?:number\s+)?(?:of\b)?|large\s+numbers\s+of|a\s+handful\s+of"
    r"|several|numerous|many|a\s+few|some|multiple|countless|untold)"
)


_ZERO = r"(?:no\s+one|no-one|nobody|none|no|neither)"
#: A zero in a figure; "neither" only of people told of ("neither of the two", "neither
#: officer was hurt", "neither was injured"), not the "neither ... nor" of two verbs nor
#: "neither side has reported casualties" nor "neither of the sides has reported" (a
#: reporter's subject)
_ZERO_FIGURE = (
    r"(?:no\s+one|no-one|nobody|none|no|neither(?=\s+of\b(?![^.;]{0,60}?\b(?:has|have|had)\s+"
    r"(?:reported|said|confirmed|claimed|given|released)\b)"
    r"|(?:\s+[A-Za-z]+)?\s+(?:was|is|were|(?:has|had)\s+been)\b))"
)

#: "a couple of officers": about two (general English; "a couple" alone is a pair of people,
#: read by the group rules); "a pair of teenagers", "a trio of men": exactly two and three
#: (crime round 9, general English of crime copy).
_COUPLE_OF = r"a\s+(?:couple|pair|trio)\s+of"


# Qualifier words before a figure, longest first inside each class.
PREFIXES: tuple[tuple[Qualifier, str], ...] = (
    (
        "at_least",
        r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than"
        r"|not\s+fewer\s+than",
    ),
    (
        "more_than",
        r"more\s+than|upwards\s+of|in\s+excess\s+of|greater\s+than|over|above"
        r"|well\s+(?:over|above)",
    ),
    (
        "at_most",
        r"up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|at\s+most|a\s+maximum\s+of|no\s+more\s+than"
        r"|not\s+more\s+than",
    ),
    ("fewer_than", r"fewer\s+than|less\s+than|under|below"),
    ("almost", r"nearly|almost|close\s+to|just\s+under|just\s+below|just\s+shy\s+of|approaching"),
    (
        "approximately",
        r"around|about|some|roughly|approximately|approx\.?|an\s+estimated|estimated"
        r"|circa|a\s+reported|an\s+approximate|close\s+on|closer\s+to|c\.",
    ),
)


SUFFIXES: tuple[tuple[Qualifier, str], ...] = (
    ("at_least", r"or\s+more|and\s+more|or\s+above"),
    ("more_than", r"-?plus|\+|-odd"),  # "30-odd", "thirty-odd": a few more than 30
    ("at_most", r"or\s+fewer|or\s+less|at\s+most"),
    ("approximately", r"or\s+so"),
)


_PREFIX = "|".join(f"(?P<p_{q}>{p})" for q, p in PREFIXES)


_SUFFIX = "|".join(f"(?P<s_{q}>{p})" for q, p in SUFFIXES)


FIGURE = (
    rf"(?:(?:{_PREFIX})\s+)?"
    rf"(?:(?P<between>between|from)\s+(?P<a1>{_NUMBER})\s*(?:\band\b|\bto\b|-)\s*(?P<b1>{_NUMBER})"
    rf"|(?P<a2>{_NUMBER})(?:\s*(?:-|to|or)\s*(?P<b2>{_NUMBER}))?(?:\s*(?:{_SUFFIX}))?"
    rf"|(?P<vague>{_VAGUE_PLURAL})\b(?:\s+of\b)?"
    rf"|(?P<zero>{_ZERO_FIGURE})\b"
    rf"|(?P<couple>{_COUPLE_OF})\b"
    rf"|(?P<unspecified>{_UNSPECIFIED})\b)"
)


# The figure grammar again without the lookarounds RE2 lacks: RE2 finds every candidate in one
# linear pass, and Python's re, with the lookarounds, then checks only those candidates. A
# number word starts a word: in "had beaten two reporters" the "ten" of "beaten" must not take
# the "two" after it into a candidate that Python's re then rejects.
_NUMBER_RE2 = (
    rf"(?:{_FRACTION}|\d(?:[\d,. ]*\d)?(?:{_DIGIT_SCALE})?"
    rf"|\b(?:an?\s+)?{_WORD_ATOM}(?:(?:\s+and\s+|[ -]){_WORD_ATOM}){{0,6}})"
)


TRIGGER = re2.compile(
    (
        rf"(?i)(?:(?:\b(?:{'|'.join(p for _, p in PREFIXES)})\s+)?"
        rf"(?:\b(?:between|from)\s+{_NUMBER_RE2}\s*(?:and|to|-)|{_NUMBER_RE2})"
        rf"|\b(?:{_VAGUE_PLURAL}|{_ZERO}|{_COUPLE_OF}|{_UNSPECIFIED})\b)"
    ).encode("ascii")
)


FIGURE_FULL = re.compile(rf"\s*{FIGURE}\s*", re.IGNORECASE)


# Contexts that make a number something other than a headcount.
# Words after a number that make it something other than a headcount (units, times, money;
# "blocks" and "doors" as distances of US local news, "killed two blocks away", round 7;
# "beds", "rooms" as the size of a building, "seized the 300-bed hospital", fifteenth session).
UNITS_AFTER = frozenset(
    """percent pc per am pm a.m p.m o'clock hour hours hr hrs minute minutes min mins second seconds
    day days week weeks month months year years decade decades century centuries times storey
    story stories foot feet inch inches square sq km kms kilometre kilometres kilometer kilometers
    mile miles mi metre metres meter meters m2 km2 ft yard yards hectare hectares acre acres kg
    kilo kilos kilogram kilograms gram grams pound pounds lb lbs ton tons tonne tonnes mm cm
    caliber calibre mph kph km/h degree degrees point points pts vote votes seat seats dollar
    dollars euro euros rupee rupees yuan rouble roubles ruble rubles hryvnia hryvnias shekel
    shekels dinar dinars cent cents peso pesos franc francs yen rand lira lire colones colons
    soles sucres intis bolivar bolivars usd eur gbp block blocks doors round rounds shot shots
    bullets goal goals run runs wicket wickets lap laps game games matches set sets gmt utc
    edt est cst pst bed beds room rooms""".split()
).union(MONTHS_NOT_MAY, ABBREVIATED_MONTHS)


NEXT_TOKEN = re.compile(r"\s*(-?)([A-Za-z][A-Za-z'/.]*|[%°:/])")


# A military clock time: a count never has a leading zero ("at 0815").
CLOCK = re.compile(r"0\d{3}")


MAY_MONTH = re.compile(r"\s*may\b(?=\s*(?:[\d,.;)]|$))", re.IGNORECASE)


#: Nouns after which "of N" gives an age or the size of a family, not a count of people
#: hurt: "a boy under the age of 12 was hurt", "Mother of 4 shot" (general English).
OF_NOT_A_COUNT = frozenset(
    "age ages father mother parent dad mom mum grandfather grandmother grandparent".split()
)

#: After ", none": a condition of the count before it, not a zero ("three riders were hurt,
#: none with serious injuries"); "none seriously" and "none fatally" stay zeros.
NONE_WITH = re.compile(r"\s+(?:of\s+them\s+)?(?:with|in)\s", re.IGNORECASE)
#: "None sustained serious wounds", "no one had serious injuries": how bad the
#: hurts of those told were, not a zero of the hurt (general English of police briefs).
NONE_CONDITION = re.compile(
    r"\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:suffered|sustained|had|has|have|received)\s+"
    r"(?:any\s+)?(?:life-threatening|serious|critical|major|severe|grave)\b",
    re.IGNORECASE,
)

PARTITIVE_NOT_COUNT = re.compile(
    r"\s+of\s+(?:(?:the|those|these)\s+(?:\w+est|most|dead|killed|injured|wounded|missing"
    r"|victims|casualties|bodies|hostages|prisoners|rescued|survivors)|whom|us|you)\b",
    re.IGNORECASE,
)


# Words right before a number that make it a label, a date or an age ("Route 9", "aged 12").
LABELS_BEFORE = frozenset(
    """usd eur gbp rs no nos number page pages route highway interstate aged age ages flight
    platform room gate channel article resolution chapter section paragraph brigade battalion
    division regiment unit corps squad precinct district ward""".split()
).union(MONTHS, ABBREVIATED_MONTHS, WEEKDAYS)


MONEY_IN = re.compile(
    r"\s+in\s+(?:losses|damages?|property\s+damage|aid|revenue|sales|fines|compensation"
    r"|ransom|bail|debts?|profits?|funding|assets)\b",
    re.IGNORECASE,
)


# "4 shot in ..." counts people; "one shot", "12 shots" count rounds.
PEOPLE_SHOT = re.compile(r"\s+shot\b(?!\s+(?:of|glass|gun|put|clock)\b)", re.IGNORECASE)


YEAR = re.compile(r"(?:1[89]\d\d|20\d\d)s?")


# Headline case capitalises verbs and function words, which never label a number:
# "Shooting Leaves 3 Dead", "Gunfight Erupts, Killing 2", "At Least 4 Hurt".
HEADLINE_WORDS = frozenset(
    """killing kills kill killed leaves leaving left leave injures injuring injured wounds
    wounding wounded hurts hurting hurt claims claiming shoots shooting shot least than and or
    to of including dead die dies died more about nearly almost over under another in on for with
    after by from as into among near""".split()
)


#: Function words that start a sentence before a count ("All 12 people", "The 12 victims",
#: "Only 3 were hurt"): capitalised there, yet never part of a name like "Flight 370".
#: Origin: English determiners, pronouns and sentence adverbs (general grammar).
SENTENCE_START_WORDS = frozenset(
    """all the those these its their his her our both each every only just some yesterday
    today tonight now then but and so also while when if""".split()
)


#: A number with a fraction and no scale word ("a magnitude 5.9 quake", "19.3 per 100,000"):
#: people are counted in whole numbers, so it is a measure or a rate, never a headcount
#: ("1.2 million" and "3.5m" are scaled; "12.000" is the European twelve thousand).
FRACTIONAL = re.compile(r"\d*\.\d{1,2}")

#: Both ends of "between the ages of 18 and 25", "ages of 16 to 19": ages, no counts (not
#: "the ages of 40 people", a count of the people whose ages are meant).
AGES_OF_BEFORE = re.compile(r"\bages\s+of\s+(?:\d{1,3}\s+(?:and|to|through)\s+)?$", re.IGNORECASE)
AGES_OF_AFTER = re.compile(r"\s*(?:and|to|through|-|\u2013)\s*\d{1,3}\b", re.IGNORECASE)

AGE_APPOSITIVE = re.compile(r"[A-Za-z]\s*,\s*(?:(?:both|all|each)\s+)?(?:aged\s+)?$", re.IGNORECASE)


WORD_NEXT = re.compile(r"\s*[A-Za-z]")


OF_NEXT = re.compile(r"\s+of\b")

#: "none of the injuries were life-threatening", "two of the wounds": injuries counted or
#: graded, not people (the nouns for the harm itself, not for those who suffered it); ", none
#: with serious wounds" after a count is ``NONE_WITH``.
OF_THE_HARMS = re.compile(
    r"\s+of\s+(?:the|their|his|her|its|these|those)\s+(?:[a-z-]+\s+)?"
    r"(?:injuries|wounds)\b"
    # "have captured 11 of their last 13 games", "won seven of its past 10": a record of
    # games or events, owned by whoever played them (general English of sport and business)
    r"|\s+of\s+(?:their|his|her|its|our)\s+(?:last|past|previous|first|next)\s+[\w-]+\s+"
    r"(?:[a-z-]+\s+)?(?:games|matches|starts|outings|fights|races|contests|meetings|bouts"
    r"|appearances|tournaments|seasons|series)\b",
    re.IGNORECASE,
)

#: "members of one family", "six people from one village": "one" picks out a single
#: household or place whose members are counted elsewhere in the phrase; it counts no people.
#: The nouns are the general English ones for a group of people sharing a home or a place.
ONE_HOME_BEFORE = re.compile(r"\b(?:of|from)\s+$", re.IGNORECASE)
ONE_HOME_AFTER = re.compile(
    r"\s+(?:extended\s+|single\s+)?(?:family|household|home|house|village|hamlet|town|clan"
    r"|tribe|community|neighbou?rhood|street|building|compound)\b",
    re.IGNORECASE,
)


SCALE_FIRST = re.compile(r"(?:hundred|thousand|million|billion|dozen)", re.IGNORECASE)


DIGIT_BEFORE = re.compile(r"[\d.,]\s*$")


TWO_DIGITS = re.compile(r"\d{1,2}")


SCALED = re.compile(r"[,. ]\d{3}\b|thousand|million|billion|\d(?:m|k|bn|mn)\b")


SCALE_WORD_END = re.compile(r"(thousand|million|billion|mln|mn|bn|m|k)$")


ZEROS_END = re.compile(r"((?:[,. ]000)+)$")


DIGIT_VALUE = re.compile(r"([\d,. ]+?)\s*(million|billion|thousand|mln|mn|bn|m|k)?")


GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+")


DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+")


DECIMAL = re.compile(r"\d+(?:\.\d+)?")


WORD_SPLIT = re.compile(r"[\s-]+")
