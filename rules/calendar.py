"""Month and weekday names: one table for every rule that reads or skips a date.

English calendar words, written once. The tuples are lower-case (word tables compare
lower-cased tokens); ``either`` builds a regex group of them, title-cased for the patterns
that need a capital (a date word after a clock time, a street number's next word).
"""

#: The twelve months, in calendar order.
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: The months whose name is no everyday word: all but "may" (mostly the verb).
MONTHS_NOT_MAY = tuple(month for month in MONTHS if month != "may")
#: The times of a day a "by" may name ("reported by nightfall", "by midnight").
DAY_TIMES = frozenset(
    """nightfall midnight noon midday dawn dusk daybreak sunrise sunset evening morning
    afternoon night lunchtime""".split()
)
#: The seven days, Monday first (as news copy dates a week).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: The months' first three letters ("Jan", "Sep"), the stem of every short form.
MONTH_STEMS = tuple(month[:3] for month in MONTHS)
#: The usual short forms of the months ("Jan.", "Sept. 3"), with "may" in its place: the
#: three-letter stems, and "sept" beside "sep".
SHORT_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)
#: The abbreviations proper: "May" is never shortened (and "may" is mostly the verb).
ABBREVIATED_MONTHS = tuple(short for short in SHORT_MONTHS if short != "may")


def names(words: tuple[str, ...], *, title: bool = False) -> str:
    """``words`` as regex alternatives in order, ``jan|feb|...`` (capitalised with ``title``)."""
    return "|".join(word.title() if title else word for word in words)


def either(words: tuple[str, ...], *, title: bool = False) -> str:
    """A non-capturing regex group of ``words`` in order: ``(?:jan|feb|...)``."""
    return f"(?:{names(words, title=title)})"


#: Any month by its full name: ``(?:january|...|december)``.
MONTH = either(MONTHS)
#: The same, capitalised (``(?:January|...|December)``).
MONTH_TITLE = either(MONTHS, title=True)
#: Any day by its full name, written as its stem and "day": ``(?:mon|tues|...|sun)day``.
WEEKDAY = either(tuple(day.removesuffix("day") for day in WEEKDAYS)) + "day"
#: The same, capitalised (``(?:Mon|Tues|...|Sun)day``).
WEEKDAY_TITLE = either(tuple(day.removesuffix("day") for day in WEEKDAYS), title=True) + "day"
