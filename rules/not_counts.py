"""When a figure phrase is no headcount: money ("millions in losses"), a unit, a label
("Route 9"), a date or clock time, an age ("two men, 25 and 31"), a street number, a family size
("father of 5"), or a part named by "one" or "of the injuries". Pure checks on the text around
the phrase, for ``rules.numbers.find_figures``.
"""

from __future__ import annotations

import functools
import re

from rules.age_lists import in_age_list
from rules.calendar import ABBREVIATED_MONTHS, MONTHS, WEEKDAYS, names
from rules.emergency_numbers import is_emergency_number
from rules.figure_patterns import (
    AGE_APPOSITIVE,
    AGES_OF_AFTER,
    AGES_OF_BEFORE,
    CLOCK,
    DIGIT_BEFORE,
    FRACTIONAL,
    HEADLINE_WORDS,
    LABELS_BEFORE,
    MAY_MONTH,
    MONEY_IN,
    NEXT_TOKEN,
    NONE_CONDITION,
    NONE_WITH,
    OF_NEXT,
    OF_NOT_A_COUNT,
    OF_THE_HARMS,
    ONE_HOME_AFTER,
    ONE_HOME_BEFORE,
    PARTITIVE_NOT_COUNT,
    PEOPLE_SHOT,
    SCALE_FIRST,
    SENTENCE_START_WORDS,
    TWO_DIGITS,
    UNITS_AFTER,
    WORD_NEXT,
    YEAR,
)
from rules.golf_scores import is_golf_score, may_be_golf
from rules.nouns import PERSON_NOUNS, is_human_plural, names_people
from rules.number_values import number_value
from rules.part_of_whole import among_whole, denied_before, names_a_whole
from rules.street_numbers import STREET_AFTER, STREET_BEFORE, STREET_NUMBER
from rules.sums_and_hours import clock_hour, paid_sum
from rules.superlative_ages import superlative_age

#: A ratio's two numbers: "one in five", "1 in 10", "one in every 20" (general English). The
#: first is "one" (or "1"); the second is followed by the people it shares out ("one in five
#: workers", "one in 10 of the residents"), so "killed one in two attacks" stays a count.
_RATIO_BEFORE = re.compile(r"\b(?:one|1)\s+in\s+(?:every\s+)?$", re.IGNORECASE)
_RATIO_AFTER = re.compile(
    r"\s+in\s+(?:every\s+)?(?P<n>a\s+hundred|a\s+thousand|[a-z]+|\d{1,3}(?:,\d{3})?)"
    r"\s+(?:of\s+(?:the|them|those|all)\b|(?P<noun>[a-z]+))",
    re.IGNORECASE,
)


#: A rate per head of population: "61 killings per 100,000 inhabitants", "9 deaths per
#: 1,000 births", "per capita" (general English of crime and health statistics). A rate per
#: day or year still counts people ("kills 10 a day"): only per a round number of people.
_PER_HEAD = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?per\s+(?:capita\b|(?:one\s+|a\s+)?(?:hundred"
    r"|thousand|million)\b|(?:10|100|1,?000|10,?000|100,?000|1,?000,?000)\b)",
    re.IGNORECASE,
)


#: A whole told by its pronoun, "the three of us" (general English of witnesses' accounts).
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_OF_US = re.compile(r"\s+of\s+us\b", re.IGNORECASE)


#: The last letters of ``_RATIO_BEFORE``'s "in" and "every", in either case: no other
#: character matches "n" or "y" under IGNORECASE.
_RATIO_LAST = frozenset("nNyY")


def _ratio_before(text: str, start: int) -> bool:
    r"""Is the number the second of a ratio ("one in five", "1 in every 20")? A match of
    ``_RATIO_BEFORE`` ends the text before the number but for whitespace (its ``\s+$``, and
    ``rstrip`` strips what ``\s`` matches), so that text's last letter is looked at first."""
    return (
        text[max(0, start - 18) : start].rstrip()[-1:] in _RATIO_LAST
        and _RATIO_BEFORE.search(text, max(0, start - 18), start) is not None
    )


def _ratio_after(lowered: str, after: str) -> bool:
    """Is "one" the first number of a ratio: "one in five workers", "one in 10 of them"?"""
    if lowered not in ("one", "1"):
        return False
    ratio = _RATIO_AFTER.match(after)
    if ratio is None or not (number_value(ratio.group("n")) or 0) > 1:
        return False  # the second number, in words or digits (``number_value``)
    noun = ratio.group("noun")
    return noun is None or is_human_plural(noun.lower())


def is_not_a_count(
    text: str,
    match: re.Match[str],
    groups: dict[str, str | None],
    all_caps: bool,
    qualified: bool,
    after_hint: bool = True,
) -> bool:
    """Is the figure phrase ``match`` no headcount: money, a unit, a label, a date, an age,
    a street number, a part of a whole named by "one" or "of the injuries"? ``after_hint``
    False: ``sums_and_hours.AFTER_HINT`` found nothing after it: no sum paid, no clock hour."""
    start, end = match.span()
    phrase = match.group()
    bare = phrase.strip()
    lowered = bare.lower()
    after = text[end : end + 40]
    if after[:4].lower() == " in " and MONEY_IN.match(after):
        return True  # "millions in losses"
    if after_hint and paid_sum(text, end, after):
        return True
    plural = lowered not in ("one", "1", "a", "an")
    if _unit_follows(text, start, after) and not (plural and PEOPLE_SHOT.match(after)):
        return True
    if after_hint and clock_hour(text, start, lowered, after):
        return True  # "About 9 Tuesday night, three teens were hurt": the hour
    if groups["zero"] and not WORD_NEXT.match(after):
        return True  # "no," or "no." is an interjection, not "no one"
    if lowered in _ZEROS and _told_otherwise(text, start, lowered, after):
        return True  # "none with serious injuries", "Nobody gets killed over a game"
    if _ratio_before(text, start) or _ratio_after(lowered, after):
        return True  # "one in five workers": a share, not a count of one or of five
    if " per " in after.lower() and _PER_HEAD.match(after):
        return True  # "61 killings per 100,000 inhabitants": a rate, no headcount
    if lowered == "one" and OF_NEXT.match(after):
        return True  # "one of the deadliest", "one of them"
    window = text[max(0, start - 80) : start]
    if " of " in window[-40:].lower() and names_a_whole(window, after):
        return True  # "the younger of the two died": the part counts, not its whole
    low_window = window.lower()
    if (" nor " in low_window or " among " in low_window) and denied_before(window):
        return True  # "Neither the driver nor his 3 passengers were hurt"
    if "among " in low_window and among_whole(window, after):
        return True  # "Among the 40 passengers, 6 were hurt": the whole
    if after[:4].lower() == " of " and OF_THE_HARMS.match(after):
        return True  # "none of the injuries were life-threatening" counts no one
    home = lowered == "one" and ONE_HOME_AFTER.match(after)
    if home and ONE_HOME_BEFORE.search(text[max(0, start - 6) : start]):
        return True  # "five members of one family": the family counts no one
    scale_first = SCALE_FIRST.match(phrase)
    if scale_first and DIGIT_BEFORE.search(text[max(0, start - 3) : start]):
        return True  # the tail of "$3 million", whose head was rejected
    if superlative_age(window[-60:], after):
        return True  # "The youngest of the dead was 21": an age
    if (" of" in window[-24:] or "aged" in window[-24:]) and _age_of_one(window[-40:], after):
        return True  # "A boy of about ten was hit", "a woman aged about 70": an age
    numeric = groups["a2"] or groups["a1"]
    if numeric is None:
        return may_be_golf("", after) and is_golf_score(text, start, end, bare)  # "two over par"
    return _numeric_not_a_count(text, match, groups, all_caps, qualified or bool(groups["between"]))


#: The zeros ``_told_otherwise`` reads.
_ZEROS = frozenset(("none", "no one", "nobody", "noone"))


def _told_otherwise(text: str, start: int, lowered: str, after: str) -> bool:
    """Is the zero a condition or a saying, not a zero of those hurt?"""
    if lowered == "none" and NONE_WITH.match(after) and text[:start].rstrip().endswith(","):
        return True  # "three riders were hurt, none with serious injuries": a condition
    if lowered in ("none", "no one", "nobody") and NONE_CONDITION.match(after):
        return True  # "None sustained serious wounds": a condition, no zero (round 7)
    # "Nobody gets killed over a game": a saying, no count of an event
    return lowered in ("no one", "nobody", "noone") and _GENERIC_GET.match(after) is not None


@functools.lru_cache(maxsize=4096)
def _shape(bare: str) -> tuple[bool, bool]:
    """Is the figure written as ``bare`` a year or a clock time ("1998", "2000s", "0815"), and
    is it one or two digits (an age between commas may be)? Remembered: news repeats its
    figures."""
    year_or_clock = YEAR.fullmatch(bare) is not None or CLOCK.fullmatch(bare) is not None
    return year_or_clock, TWO_DIGITS.fullmatch(bare) is not None


def _numeric_not_a_count(
    text: str, match: re.Match[str], groups: dict[str, str | None], all_caps: bool, qualified: bool
) -> bool:
    """The checks of a figure written in digits: measures, labels, ages, years, clock times."""
    start, end = match.span()
    bare = match.group().strip()
    after = text[end : end + 40]
    numeric = groups["a2"] or groups["a1"] or ""
    second = groups["b1"] or groups["b2"]  # "2.5 to 3 million": the range's scale counts
    if (
        "." in numeric
        and FRACTIONAL.fullmatch(numeric)
        and (second is None or FRACTIONAL.fullmatch(second))
    ):
        return True  # "a magnitude 5.9 quake": a measure, not a headcount
    before = text[max(0, start - 30) : start]
    if not qualified and _labelled(before, after, bare):
        return True
    if not qualified and _street_number(before, bare, after):
        return True  # "on 2200 Alder a man was shot": the place, not the people
    if is_emergency_number(bare, before, after):
        return True  # "a 911 caller said a man was hurt": the call
    if not qualified and _age_or_family_size(before, after):
        return True  # "under the age of 12", "Mother of 4 shot"
    if in_age_list(text, start, end, before):
        return True  # "two men, 25 and 31,", "aged 19 and 22,": ages, not counts
    if "ages of" in before and _between_ages(before, bare, after):
        return True  # "between the ages of 18 and 25"
    year_or_clock, two_digits = _shape(bare)
    if year_or_clock:
        return True
    if may_be_golf(before, after) and is_golf_score(text, start, end, bare):
        return True  # "shot a 4-under-par 68 to capture the title"
    words_before = before.split()
    last = words_before[-1] if words_before else ""
    capitalised = last.isalpha() and last[:1].isupper() and last[1:].islower()
    capitalised = capitalised and before.endswith(last + " ")
    capitalised = capitalised and last.lower() not in _NOT_LABELS | _WEEKDAYS | _MONTHS
    if not all_caps and capitalised and bare[:1].isdigit():
        return True  # "Brigade 47", "Flight 370"
    # "Jane Doe, 34, was killed", "two soldiers, both 19, were": an age between commas.
    if not two_digits:
        return False
    if not AGE_APPOSITIVE.search(before[-16:]):
        return False
    # "Kailey, 9 (front center) Westerhuis": a caption's age before its parenthesis
    return text[end : end + 1] == "," or (
        _CAPTION_PLACE.match(text, end) is not None and _NAME_COMMA.search(before) is not None
    )


#: A capitalised name and its comma right before a number: "Kailey, " (a caption's age), and
#: the place in the picture after it: "(left)", "(front center)" (not "14 (including six").
_NAME_COMMA = re.compile(r"\b[A-Z][a-z]+,\s*$")
_CAPTION_PLACE = re.compile(
    r"\s+\((?:left|right|cent(?:er|re)|top|bottom|front|back|middle|pictured|above|below"
    r"|inset)\b",
    re.IGNORECASE,
)

#: Capitalised words that never label a number: headline verbs and sentence-initial determiners.
_NOT_LABELS = HEADLINE_WORDS | SENTENCE_START_WORDS


def _between_ages(before: str, bare: str, after: str) -> bool:
    """Is the number an end of "the ages of 18 and 25" (the first only with the second)?"""
    found = AGES_OF_BEFORE.search(before)
    if found is None:
        return False
    if not found.group().rstrip().lower().endswith("of"):
        return True  # the second end: "ages of 18 and 25"
    return AGES_OF_AFTER.match(after) is not None or AGES_OF_AFTER.search(bare) is not None


def _unit_follows(text: str, start: int, after: str) -> bool:
    """Is the number at ``start`` followed by a unit, a time, a date or a partitive idiom?"""
    token = NEXT_TOKEN.match(after)
    if token is None:
        return False
    word = token.group(2).lower().rstrip(".")
    if word in ("%", "°"):
        return True
    if word in (":", "/"):
        return after[token.end() : token.end() + 1].isdigit()
    if word == "may":
        return MAY_MONTH.match(after) is not None
    if word == "of":
        # "one of us", "many of us"; but "the four of us" counts the speakers, all of them
        whole = _THE_BEFORE.search(text, max(0, start - 5), start) and _OF_US.match(after)
        return PARTITIVE_NOT_COUNT.match(after) is not None and not whole
    return word in UNITS_AFTER or word.split("/")[0] in ("km",)


def _age_or_family_size(before: str, after: str) -> bool:
    """Is "of N" after "age" or a parent noun an age or a family's size ("a child under the
    age of 12", "Mother of 4 shot"), not a count of the people after it ("the father of
    three children killed", "the ages of 40 people")?"""
    words = before.split()
    if len(words) < 2 or words[-1].lower() != "of" or words[-2].lower() not in OF_NOT_A_COUNT:
        return False
    following = _NEXT_WORD.match(after)
    word = following.group("word") if following else ""
    if not (is_human_plural(word) or word.lower() in PERSON_NOUNS):
        return True
    # "a father of two children was shot": the singular verb is the parent's
    return following is not None and _SINGULAR_VERB.match(after, following.end()) is not None


#: The present "gets" of a general truth after "nobody": "Nobody gets hurt", "no one ever gets
#: killed" (general English; the past "got hurt" tells an event).
_GENERIC_GET = re.compile(r"\s+(?:ever\s+|really\s+)?gets\b", re.IGNORECASE)
#: One person "of" a number, perhaps hedged: their age ("a boy of about ten", "a man of 40",
#: "a woman of around 80"; general English), unless people follow ("the leader of 30 fighters").
_ONE_OF_AN_AGE = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:of|aged)\s+(?:(?:about|around|roughly|approximately|some|perhaps"
    r"|nearly|almost|over|under)\s+)?$",
    re.IGNORECASE,
)


def _age_of_one(before: str, after: str) -> bool:
    """Is the number the age of one person named right before "of" or "aged" ("a boy of about
    ten", "a woman aged about 70")?"""
    found = _ONE_OF_AN_AGE.search(before)
    if found is None:
        return False
    noun = found["noun"].lower()
    if noun not in PERSON_NOUNS or is_human_plural(noun):
        return False
    following = _NEXT_WORD.match(after)
    return following is None or not names_people(following["word"].lower())


#: The word after a number ("of three children"), any case.
_NEXT_WORD = re.compile(r"\s+(?P<word>[A-Za-z][\w-]*)")
#: A singular auxiliary right after the people of "father of two children".
_SINGULAR_VERB = re.compile(r"\s+(?:was|is|has)\b", re.IGNORECASE)


def _street_number(before: str, bare: str, after: str) -> bool:
    """Is the number a street number ("on 2200 Alder", "at 518 Quarry Street")?"""
    if not STREET_NUMBER.fullmatch(bare) or not STREET_BEFORE.search(before):
        return False
    word = STREET_AFTER.match(after)
    return word is not None and not (
        is_human_plural(word["word"]) or word["word"].lower() in PERSON_NOUNS
    )


#: The weekdays of ``LABELS_BEFORE``: a date only with a month or an ordinal after the number
#: ("Sunday 9 May", "Friday the 13th"); "On Sunday nine people were killed" is a count, and so
#: is "On Saturday 12 marines were killed" (a month's name or abbreviation, not its letters).
_WEEKDAYS = frozenset(WEEKDAYS)
_MONTH_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{names(MONTHS)}"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"
    r"|(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)


def _labelled(before: str, after: str = "", bare: str = "1") -> bool:
    """Is the number a label, date or age by the word before it ("Route 9", "aged 12")?"""
    stripped = before.rstrip()
    if not stripped:
        return False
    if stripped[-1] in "$£€¥":
        return True
    words = stripped.split()
    last = words[-1].lower().rstrip(".")
    if last == "of" and len(words) > 1 and words[-2][-1:].isdigit():
        # "Image 3 of 40"; not a whole of people ("free 6 of 20 hostages": a headline's part)
        noun = _NEXT_WORD.match(after)
        return noun is None or not is_human_plural(noun["word"])
    if last in _WEEKDAYS:
        return _MONTH_AFTER.match(after) is not None
    # "By March 40 people had died", "By June 2,000"; not "By May 15 300 people", a day and a
    # count read as one spaced figure
    digits = bare.replace(",", "")
    no_day = "," in bare or (digits.isdigit() and 31 < int(digits) < 1000)
    no_day = no_day or not digits.replace(" ", "").isdigit()
    if last in _MONTHS and (
        no_day or (len(words) > 1 and (words[-2].isdigit() or words[-2].lower() in _IN))
    ):
        # "on 23 September 28 bodies were found": the day came before the month, and the
        # number is a count when people or bodies follow (not "25 Sep 88 (AP)", a year);
        # "In March two men were killed": a month with no day, the same (45th session)
        noun = _NEXT_WORD.match(after)
        return noun is None or not _counted_noun(noun["word"])
    return last in LABELS_BEFORE


#: Words before a month that name it whole, no day after it: "in March", "last May".
_IN = frozenset("in last this next during early late mid-".split())
#: The months of ``LABELS_BEFORE``, in full and cut short (general English dates).
_MONTHS = frozenset((*MONTHS, *ABBREVIATED_MONTHS))


def _counted_noun(word: str) -> bool:
    """Does ``word`` after a number make it a count of people ("28 peasants", "28 bodies")?"""
    return is_human_plural(word) or word.lower() in ("bodies", "corpses")
