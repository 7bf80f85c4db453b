"""Lists of single victims that no other route counts: "the dead were identified as A, B and
C", "shot dead two lawyers, A and B", "the following officers died: Major A, Captain B".

Each listed person (a name, or "a woman", "a 12-year-old boy") is one victim of the cue that
introduces the list. The items of a list are parsed by ``listed_people``: a name may carry
an age ("A, 34,", "19-year-old A") and a description between commas ("A, a teacher, and B").
"""

from __future__ import annotations

import functools
import re

import re2

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.named import NOT_IN_NAME, POLICE_RANKS, name_at
from rules.claims.parts import Binding, CueHit, Cues
from rules.claims.patterns import AGE_ADJECTIVE
from rules.claims.upper_names import UPPER_STOP
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import ASCII_SPACE, FigureSpan, ascii_lacks

#: An age before a name: "19-year-old Ana Ruiz".
_AGE_BEFORE = re.compile(r"\s+\d{1,3}-years?-old(?=\s)", re.IGNORECASE)
#: What may follow a name before the next item: an age, a parenthesis, a description that
#: opens with a determiner or "who" ("Ana Ruiz, a teacher,"), each between commas; one that
#: ends the sentence is no description when it goes on with "and" and another determiner: it
#: lists more people ("killed Ana Ruiz, a police officer and a judge.").
_AFTER_NAME = re.compile(
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}(?:\s+years?\s+old)?(?=\s*[,;.]|\s+and\b)"
    r"|\s*\([^()]{1,60}\)"
    r"|\s*,\s*(?:a|an|the|his|her|their|its|both|who|whose|of)\s(?:[^,;:.()\"]{1,80}(?=,)"
    r"|(?:(?!and\s+(?:an?|the|his|her|their)\s)[^,;:.()\"]){1,80}(?=[;.])))*",
    re.IGNORECASE,
)
#: The same after a person told by a noun ("a man"), whose description never goes on with
#: "and" and a determiner: "three villagers, a man, a woman and a girl," lists three people.
_AFTER_PERSON = re.compile(
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}(?:\s+years?\s+old)?(?=\s*[,;.]|\s+and\b)"
    r"|\s*\([^()]{1,60}\)"
    r"|\s*,\s*(?:a|an|the|his|her|their|its|both|who|whose|of)\s(?:(?!and\s+(?:an?|the|his"
    r"|her|their|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many"
    r"|dozens|scores)\s)[^,;:.()\"])"
    r"{1,80}(?=[,;.]))*",
    re.IGNORECASE,
)
#: Between two items: a comma or a semicolon, "and", or both.
_SEPARATOR = re.compile(r"\s*(?:[;,]\s*and|[;,]|\s+and)(?=\s)", re.IGNORECASE)
#: A single person named by a noun: "a woman", "an elderly man", "a 12-year-old boy".
_ONE_PERSON = re.compile(
    r"\s+(?P<det>an?|one|his|her|their)\s+(?P<words>(?:[\w-]+\s+){0,2}[a-z]+)\b(?!\s*-)",
    re.IGNORECASE,
)
#: A lower-case title before a name in mixed-case text: "farmer Ana Ruiz".
_LOWER_TITLE = re.compile(r"\s+(?P<title>(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+))(?=\s+[A-Z])")

#: The groups that open a list of those hit: "the dead", "among the injured", "those killed".
#: Origin: general knowledge of English news reports.
_LIST_OPENER = re.compile(
    r"\b(?:the|those)\s+(?:two\s+|three\s+|four\s+|five\s+)?"
    r"(?P<noun>dead|killed|wounded|injured|hurt|deceased|bodies)\s+"
    r"(?:(?:were|are|have\s+been|had\s+been|was)\s+(?:identified|named)\s+as"
    # what was done with them, an adverb first or not ("were quickly taken to a hospital")
    r"|(?:were|are|include[sd]?|included)(?!\s+(?:[a-z]+ly\s+)?(?:taken|not|being|treated"
    r"|killed|injured|wounded|hurt|rushed|flown|airlifted|in|at(?!\s+(?:least|most)\b)|still|also|reported|said"
    r"|expected)\b))(?:\s*:)?"
    r"|\bidentified\s+the\s+(?:two\s+|three\s+|four\s+|five\s+)?(?P<noun3>dead|bodies|injured"
    r"|wounded)(?:\s+(?:men|women|people|persons|victims))?\s+as"
    r"|\bamong\s+(?:the|those)\s+(?P<noun2>dead|killed|wounded|injured|hurt|victims)"
    # "among the dead, police said, were four nurses": a teller's aside (47th session)
    r"(?:,\s+(?:[\w'-]+\s+){1,5}?(?:said|says|added|reported),\s+|\s+)"
    r"(?:(?:here|there|also|so\s+far|reportedly)\s+)?(?:were|are|was|is)"  # "the injured here are"
    r"(?:\s*:)?"
    # "among the priests murdered was A": a plural, then the participle of what befell them
    r"|\bamong\s+the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?P<noun4>killed|murdered|assassinated"
    r"|wounded|injured|hurt)\s+(?:were|are|was|is)(?:\s*:)?",
    re.IGNORECASE,
)
#: The opening of every match of ``_LIST_OPENER``, without its negative lookaheads, which RE2
#: lacks: most sentences have none, and RE2 tells so in one pass (``ascii_lacks``).
_LIST_OPENER_HINT = re2.compile(
    (
        r"(?i)\b(?:the|those)\s+(?:(?:two|three|four|five)\s+)?"
        r"(?:dead|killed|wounded|injured|hurt|deceased|bodies)\s+(?:were|are|have|had|was|include)"
        r"|\b(?:identified|among)\s+the\s|\bamong\s+those\s"
    )
    .replace(r"\s", ASCII_SPACE)
    .encode("ascii")
)


def person_at(text: str, at: int, upper: bool) -> tuple[tuple[int, int], int] | None:
    """The person listed after the whitespace at ``at`` (a name, or "a woman"), as offsets,
    and where the item ends after its age or description ("Ana Ruiz, 34, a teacher,")."""
    age = _AGE_BEFORE.match(text, at)
    span = name_at(text, age.end() if age else at, upper)
    if span is not None and not _is_person_name(text, span):
        span = None
    after = _AFTER_NAME
    one = None
    if span is None:
        one = _one_person(text, at)
        span = one or _titled_name(text, at, upper)
        after = _AFTER_PERSON if one else after
    if span is None:
        return None
    rest = after.match(text, span[1])
    end = rest.end() if rest else span[1]
    if one and not upper:
        # "a shopkeeper, Ana Ruiz, and her son": the name set off by commas is the same one
        named = _NAME_APPOSITION.match(text, end)
        if named is not None:
            more = _AFTER_NAME.match(text, named.end())  # ", 31,": the name's age
            end = more.end() if more else named.end()
    return span, end


#: A name in mixed case set off by commas after a person told by a noun ("a shopkeeper, Ana
#: Ruiz,"): an apposition, the same person. Not read in all-capital copy, where any word
#: looks like a name.
_NAME_APPOSITION = re.compile(r"\s*,\s*[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,3}(?=\s*,)")


#: The list going on after its named people: "; and", ", and", ";".
_LIST_GOES_ON = re.compile(r"\s*(?:[;,]\s*(?:and\b)?|\s+and\b)", re.IGNORECASE)


def listed_on(text: str, end: int) -> int | None:
    """How many more people the list after a cue names past its named ones with ages:
    "killing Ann Roe, 9; Ed Roe, 52; and a bus driver" is one more. None when an item
    runs on in words that cannot be read ("a boy called Tito by his friends; ..."): the count
    is unknown."""
    at = end
    upper = text.isupper()
    for more in range(12):
        going_on = _LIST_GOES_ON.match(text, at)
        if going_on is not None:
            at = going_on.end()
        elif text[at - 1 : at] not in (";", ","):
            return more if more == 0 or _LIST_CLOSED.match(text, at) else None
        person = person_at(text, at, upper)
        if person is None:
            return more
        at = person[1]
        if _OWN_CLAUSE.match(text, at):
            return None  # "and a guard who died later": its own clause tells its fate
    return None


_OWN_CLAUSE = re.compile(r"\s*,?\s*(?:who|whose)\b", re.IGNORECASE)


#: What may follow the last listed person: the sentence's end or a clause going on.
_LIST_CLOSED = re.compile(
    r"\s*(?:[.!?:),]|$|(?:in|at|on|when|while|as|after|before|during|near|inside"
    r"|outside|and|but)\b)",
    re.IGNORECASE,
)


def listed_people(
    text: str, at: int, upper: bool, limit: int = 40, verb_after: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """The people listed from ``at`` on, as offsets: names, or "a woman"; none if the first
    item is neither, or if the list is the subject of a verb after it ("A and B were not";
    ``verb_after`` names those verbs when the caller knows better). The limit is past the
    length of the lists of the dead that communiques and police reports give by name (a
    unit's fallen, a massacre's victims), which run past 20."""
    found: list[tuple[int, int]] = []
    end = at
    offset = at
    for _ in range(limit):
        item = person_at(text, offset, upper)
        if item is None:
            break
        span, end = item
        found.append(span)
        separator = _SEPARATOR.match(text, end)
        if separator is None:
            break
        offset = separator.end()
    if found and (verb_after or _VERB_AFTER).match(text, end):
        return []
    if found and _SPEAKER_AFTER.match(text, end) and _ROLE_BEFORE.search(text, 0, found[-1][0]):
        found.pop()  # "..., her editor, Kamil Ruzo, said": the last name is the speaker's
    return found


#: A word after a name that makes it a modifier: "Kessel University students".
_NOUN_AFTER = re.compile(r"\s+(?P<word>[a-z]+)\b")


def _is_person_name(text: str, span: tuple[int, int]) -> bool:
    """Not a phrase that a capitalised headline or a modifier makes look like a name: "In
    Kessel Shooting", "Girl Posted", "Kessel University students"."""
    words = text[span[0] : span[1]].split()
    first = words[0].strip(".,")
    ranked = len(words) > 2 and first == "Police" and words[1] in POLICE_RANKS
    if (first.title() in NOT_IN_NAME and not ranked) or first.upper() in UPPER_STOP:
        return False  # not "In Kessel Shooting"; "Police Chief Karl Onder" is a name
    if len(words) == 2 and first.lower() in PERSON_NOUNS:
        return False  # "Girl Posted": a person noun and one more capitalised word
    after = _NOUN_AFTER.match(text, span[1])
    return not (after and (is_human_plural(after["word"]) or after["word"] in PERSON_NOUNS))


#: A reporting verb after a comma closes a list on its speaker's name, set off by commas
#: ("Among the wounded was A, a reporter, her editor, B, said"): B is no victim.
_SPEAKER_AFTER = re.compile(r",\s+(?:said|says|told|added|reported)\b", re.IGNORECASE)
_ROLE_BEFORE = re.compile(r"\b(?:his|her|their|its|the|a)\s+[a-z]+(?:\s+[a-z]+)?,\s+$")
#: A verb right after a list makes the list its subject, not the victims named.
_VERB_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have|has|had|will|would|said|told|led|remain|survived)\b",
    re.IGNORECASE,
)


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _one_person(text: str, at: int) -> tuple[int, int] | None:
    """ "a woman", "a young girl", "an off-duty bus driver": the first person noun of
    up to three words after the article."""
    match = _ONE_PERSON.match(text, at)
    if match is None:
        return None
    offset = match.start("words")
    found = None
    for word in re.finditer(r"[\w-]+", match["words"]):
        lowered = word.group().lower()
        if lowered in PERSON_NOUNS or (lowered == "couple" and match["det"].lower() != "one"):
            found = match.start("det"), offset + word.end()  # "a volunteer firefighter"
        elif found is not None:
            break
    if found is None:
        first = re.match(r"[\w-]+", match["words"])
        if first is not None and _one_of_a_people(first.group()):
            found = match.start("det"), offset + first.end()  # "a Peruvian", "one Spaniard"
    if found is not None and _OF_AFTER.match(text, found[1]):
        return None  # "a couple of hours"
    return found


def _one_of_a_people(word: str) -> bool:
    """A capitalised singular whose plural names a people: "Peruvian", "Spaniard", "Briton"."""
    return word[:1].isupper() and not word.endswith("s") and is_human_plural(f"{word}s")


def _titled_name(text: str, at: int, upper: bool) -> tuple[int, int] | None:
    """ "farmer Ana Ruiz": a name after a lower-case title that names a person."""
    if upper:
        return None
    match = _LOWER_TITLE.match(text, at)
    if match is None or match["noun"] not in PERSON_NOUNS:
        return None
    span = name_at(text, match.end(), upper)
    return (match.start("title"), span[1]) if span else None


def person_binding(text: str, span: tuple[int, int], cue: CueHit) -> Binding:
    """One listed person: a name is its own figure; "a woman" is the figure "a" of "woman"."""
    start, end = span
    group = None
    det = _ONE_PERSON.match(text, start - 1) if start else None
    if det is not None and det.start("det") == start and end <= det.end():
        # "a 19-year-old man" counts a man: the age is no part of the group
        group = AGE_ADJECTIVE.sub("", text[det.end("det") : end]).strip()
        end = det.end("det")
    # "a young couple" is two people (general English)
    two = group is not None and group.split()[-1:] == ["couple"]
    group = "couple" if two else group
    figure = FigureSpan(
        start, end, Figure(2 if two else 1, 2 if two else 1, "exact", text[start:end])
    )
    return Binding(figure, cue, group, abs(start - cue.end))


def identified_list(text: str, cues: Cues) -> list[Binding]:
    """ "The dead were identified as A, B and C", "among the injured are A, 53; B, 24":
    each person listed after the group of those hit is one of them."""
    upper = text.isupper()
    found: list[Binding] = []
    for at, cue in list_openers(text, cues):
        found.extend(person_binding(text, s, cue) for s in listed_people(text, at, upper))
    return found


@functools.lru_cache(maxsize=64)
def _may_open_list(text: str) -> bool:
    """Might the sentence ``text`` hold a list opener: not ASCII, or ``_LIST_OPENER_HINT``
    finds one? Remembered: three or four rules ask it of the same sentence in turn."""
    return not ascii_lacks(_LIST_OPENER_HINT, text)


def list_openers(text: str, cues: Cues) -> list[tuple[int, CueHit]]:
    """Where a list of those hit opens ("the dead were identified as", "among the injured
    are"), with the casualty cue of its group noun."""
    found: list[tuple[int, CueHit]] = []
    if not cues.casualty or not _may_open_list(text):
        return found
    for match in _LIST_OPENER.finditer(text):
        noun = next(n for n in ("noun", "noun2", "noun3", "noun4") if match[n])
        start, end = match.span(noun)
        index = cues.first_from(start)
        if index is None or cues.hits[index].start >= end:
            continue
        cue = cues.hits[index]
        if cue.cue.category in CASUALTY_CATEGORIES:
            found.append((match.end(), cue))
    return found


#: A colon after a casualty cue opens a list of its victims: "the officers who
#: died in the ambush: Major A, Captain B and Sergeant C".
_COLON = re.compile(r":(?=\s)")
#: A cue that says what befell them (a verb or an adjective), not a noun ("the shooting").
_VERB_CUE = re.compile(r"(?:ed|died|dead|hurt|shot|slain)$", re.IGNORECASE)


def colon_list(text: str, cues: Cues, found: list[Binding]) -> list[Binding]:
    """ "The officers who died in the ambush: Major A, Captain B and Sergeant C": two
    or more people listed after a colon that closes a clause with a casualty cue."""
    upper = text.isupper()
    # A cue that counts its victims already lists them only if the count agrees ("three
    # officers were killed: A, B and C"); one that names them ("the murder of Ana Ruiz:
    # two men held") lists someone else.
    counted = {b.cue.start: b.figure.figure.max for b in found}
    result: list[Binding] = []
    for colon in _COLON.finditer(text):
        index = cues.last_before(colon.start())
        if index is None:
            continue
        cue = cues.hits[index]
        between = text[cue.end : colon.start()]
        if cue.cue.category not in CASUALTY_CATEGORIES or not _VERB_CUE.search(
            text[cue.start : cue.end]
        ):
            continue
        if any(c.cue.category not in CASUALTY_CATEGORIES for c in cues.hits[:index]):
            continue  # "four were arrested over the shooting: A, B, C and D"
        if len(between) > 60 or re.search(r"[,;.\"]|\bsaid\b", between, re.IGNORECASE):
            continue
        people = listed_people(text, colon.end(), upper)
        if len(people) >= 2 and counted.get(cue.start, len(people)) == len(people):
            result.extend(person_binding(text, span, cue) for span in people)
    return result
