"""People listed as the subject of a plural casualty verb, with ages or descriptions between
commas: "Tomas Brel, 57 years old, and Ana Ruiz, 48, were stabbed to death", "Mayor Ana Ruiz, a
teacher, and her driver were killed". Each listed person is one victim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import re2

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.appositions import Item, listed_items
from rules.claims.lists import person_at, person_binding
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import is_human_plural
from rules.numbers import ASCII_SPACE, FigureSpan, re2_starts

#: A plural casualty verb: "were killed", "have been shot dead", "were found dead", "died",
#: also after another participle it is joined to ("were abducted and later killed").
_PLURAL_VERB = re.compile(
    r"(?:,\s*)?\s+(?:(?:both|all|also|later|then)\s+)?(?:(?:were|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:(?:[a-z]+ed\s+and\s+(?:\w+ly\s+|later\s+|then\s+)?)?"
    r"(?=killed|murdered|assassinated|shot|stabbed|wounded|injured|hurt|gunned)"
    # "were found dead", "were pronounced dead at the scene": the "dead" cue is the verb's
    r"|(?:(?:both|all|later)\s+)?(?:found|discovered|pronounced|declared)\s+(?=dead\b))"
    r"|(?=died\b))",
    re.IGNORECASE,
)
#: ``_PLURAL_VERB`` for RE2 over an ASCII sentence, its look-aheads read as part of the match
#: and its optional opening left out: every finding of CB36 stands at one (``ExtraRule.hints``).
PLURAL_VERB_HINT = re2.compile(
    (
        r"(?i)(?:were|been)\s+(?:\w+ly\s+)?(?:[a-z]+ed\s+and\s+(?:\w+ly\s+|later\s+|then\s+)?)?"
        r"(?:killed|murdered|assassinated|shot|stabbed|wounded|injured|hurt|gunned)"
        r"|(?:found|discovered|pronounced|declared)\s+dead\b|died\b"
    ).replace(r"\s", ASCII_SPACE)
)
#: ``_PLURAL_VERB`` for RE2 over an ASCII sentence whole, its look-aheads read as part of the
#: match: each stands last on its branch, so the two match at the same starts, and the words
#: it reads past Python's end are letters, where no match of either starts (one opens with a
#: comma or a space). Its starts are those of ``_PLURAL_VERB.finditer`` (``casualty_verbs``).
_PLURAL_VERB_ASCII = re2.compile(
    ("(?i)" + _PLURAL_VERB.pattern.replace("(?=", "(?:"))
    .replace(r"\s", ASCII_SPACE)
    .encode("ascii")
)
#: Where a subject may start: the sentence start, or after a comma, colon or "that" (the
#: offset of the space before its first word, in the text with one space put in front); also
#: after "which" ("the attack in which A and B were killed") and a verb of reporting whose
#: "that" is left out ("the report indicates A and B were killed"; general English).
_STARTS = re.compile(
    r"^\s|[,:;]\s|\b(?:that|when|which|said|says|indicates|indicated|reports|reported"
    r"|stated|states|added|confirmed)\s",
    re.IGNORECASE,
)
#: A description after a comma ("Ana Ruiz, a teacher, and ...") is no subject of its own.
_DESCRIPTION = re.compile(r"\s(?:an?|the)\s", re.IGNORECASE)
_REACH = 320
#: What the listed people are, between commas before the verb: ", members of the village
#: patrol", ", both farmers", ", two brothers from Orsk" (a plural of people, general English).
_GROUP_ASIDE = re.compile(
    r"\s*,\s*(?:(?:both|all|two|three|four|five)\s+)?(?:[\w'-]+\s+){0,2}?(?P<noun>[\w'-]+)"
    r"(?:\s+(?:of|from|in|with|at)\s[^,;:()\"]{1,60})?",
    re.IGNORECASE,
)


def _shifted(figure: FigureSpan, by: int) -> FigureSpan:
    return FigureSpan(figure.start + by, figure.end + by, figure.figure)


def joined_subjects(sent: SentenceParse, found: list[Binding]) -> list[Binding]:
    """Each person of a list (two or more people, no counts) right before a plural
    casualty verb, when no other rule counted them."""
    if not sent.cues.casualty:
        return []
    upper = sent.text.isupper()
    text = " " + sent.text  # every item then starts after whitespace, the first one too
    stated = [_shifted(f, 1) for f in sent.stated]
    taken = [(b.figure.start + 1, b.figure.end + 1) for b in found]
    result: list[Binding] = []
    for verb, cue in casualty_verbs(sent, text, _PLURAL_VERB, _PLURAL_VERB_ASCII):
        for start in _STARTS.finditer(text, max(0, verb.start() - _REACH), verb.start()):
            at = start.end() - 1
            if text[start.start()] == "," and _DESCRIPTION.match(text, at):
                continue
            if not _may_list(text[at : verb.start()]):
                continue  # no two items before the verb
            items = listed_items(text, at, stated, upper)
            if len(items) < 2 or any(i.figure for i in items):
                continue  # counts joined are CB04's ("two soldiers and a civilian were killed")
            if items[-1].end != verb.start() and not _group_aside(
                text, items[-1].end, verb.start()
            ):
                continue
            if any(s < i.end and i.start < e for i in items for s, e in taken):
                break  # another rule counted them ("A, 34, and B, 2, were killed")
            for item in items:
                binding = _binding(text, item, cue, upper)
                if binding is not None:
                    result.append(replace(binding, figure=_shifted(binding.figure, -1)))
            break
    return result


def _may_list(before_verb: str) -> bool:
    """Can two listed items stand in ``before_verb`` (from a subject's start to the verb)?
    Items are joined by a separator (``appositions._SEPARATOR``: a comma, a semicolon or
    "and" in any case), which lies before the last item, so before the verb: a cheap test
    before ``listed_items``."""
    return "," in before_verb or ";" in before_verb or "and" in before_verb.lower()


def _group_aside(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a description of the listed people as a group of people?"""
    aside = _GROUP_ASIDE.fullmatch(text, start, end)
    return aside is not None and is_human_plural(aside["noun"])


def _binding(text: str, item: Item, cue: CueHit, upper: bool) -> Binding | None:
    if item.figure is not None:
        return Binding(item.figure, cue, item.group, cue.start - item.end)
    person = person_at(text, item.start - 1, upper)
    return person_binding(text, person[0], cue) if person is not None else None


def casualty_verbs(
    sent: SentenceParse, text: str, pattern: re.Pattern[str], twin: re2._Regexp | None = None
) -> Iterator[tuple[re.Match[str], CueHit]]:
    """Each match of ``pattern`` (a plural verb such as "were killed") that ends right at a
    casualty cue of the sentence, with that cue; ``text`` is the sentence with one space put
    in front, as the subject rules read it. On ASCII text ``pattern`` is matched only at the
    starts of ``twin``, an RE2 pattern that starts where ``pattern.finditer`` does."""
    if twin is None or not text.isascii():
        verbs: Iterator[re.Match[str] | None] = pattern.finditer(text)
    else:
        verbs = (pattern.match(text, at) for at in re2_starts(twin, text.encode("ascii")))
    for verb in verbs:
        if verb is None:
            continue
        index = sent.cues.first_from(verb.end() - 1)
        if index is None or sent.cues.hits[index].start != verb.end() - 1:
            continue
        cue = sent.cues.hits[index]
        if cue.cue.category in CASUALTY_CATEGORIES:
            yield verb, cue
