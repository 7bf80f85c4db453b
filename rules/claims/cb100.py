"""CB100: a victim told by the surname alone, named in full earlier in the article."""

from __future__ import annotations

import re

import re2

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse, taken_spans
from rules.claims.upper_names import in_upper_name
from rules.model import Claim, Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import ASCII_SPACE, FigureSpan, ascii_lacks

#: The verbs of harm after a subject (general English of news): "was killed", "had been
#: shot", "was seriously wounded", "died"; ``{be}`` is "was" or "were".
_VERB = (
    r"(?:(?:later|also|then)\s+)?(?:(?:{be}|(?:has|have|had)\s+been)\s+(?:(?:also|later|fatally"
    r"|critically|seriously|badly|slightly|mortally|gravely)\s+)?(?:killed|murdered"
    r"|assassinated|shot|stabbed|gunned\s+down|wounded|injured|hurt)|(?:has\s+|have\s+|had\s+)?"
    r"died)\b"
)
#: One surname that opens its sentence or clause (after a comma, a semicolon or "and")
#: before such a verb, or two joined by "and" before the plural ("Roa and Vega were shot").
_SURNAME = r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?"
_SURNAME_UPPER = r"[A-Z]{3,}(?:-[A-Z]+)?"
_OPENING = r"(?:^|(?<=[,;]\s)|(?<=\band\s))"
_ONE = rf"{_OPENING}(?P<one>{_SURNAME})\s+" + _VERB.format(be="was")
_TWO = rf"{_OPENING}(?P<one>{_SURNAME})\s+and\s+(?P<two>{_SURNAME})\s+" + _VERB.format(be="were")
_PATTERNS = {
    False: (re.compile(_ONE), re.compile(_TWO)),
    True: tuple(
        re.compile(p.replace(_SURNAME, _SURNAME_UPPER), re.IGNORECASE) for p in (_ONE, _TWO)
    ),
}
_GAP = 40
#: A surname right before its verb of harm: the tail of every match of ``_PATTERNS`` (the
#: second name of two before "were"), without the lookbehinds of the openings, which RE2
#: lacks. One RE2 pass over an ASCII sentence tells that no match is there, where Python's
#: re would try the openings at every position (``ascii_lacks``).
_TAILS = {
    upper: re2.compile(
        ("(?i)" if upper else "")
        + (_SURNAME_UPPER if upper else _SURNAME)
        + (r"\s+" + _VERB.format(be="(?:was|were)")).replace(r"\s", ASCII_SPACE)
    )
    for upper in (False, True)
}


class SurnameVictim(ExtraRule):
    """CB100 · "Ruiz was wounded": one victim told by the surname of a person named in full
    before in the article ("a bomb went off beside the car of Judge Ana Ruiz").

    News gives a name in full once, then the surname alone; the victim's fate may come only
    then. The sentence finds a capitalised word opening a clause before a verb of harm (also in
    all-capital wire copy); the article keeps it only when an earlier name ends with it
    (``surnames_named_before``); a fate told again of one claimed in full is one claim
    (``rules.claims.renamed``).
    """

    code = "CB100"
    casualty = True  # it binds only killed/wounded cues
    hints = (_TAILS[False], _TAILS[True])  # its first test (``ExtraRule.hints``)
    examples = (
        (
            "A bomb went off beside the car of Judge Ana Ruiz. Ruiz was badly hurt.",
            {"category": "wounded", "min": 1, "group": None},
        ),
        (
            "SOLDIERS FIRED AT REPORTERS IVO LANT AND TOMAS BREL. LANT DIED AND BREL WAS WOUNDED.",
            {"category": "wounded", "min": 1},
        ),
        (
            "Gunmen stopped the jeep of Pia Roa and Odo Vega. Roa and Vega were shot.",
            {"category": "killed_or_wounded", "min": 1},
        ),
    )
    counter_examples = (
        "Ruiz was badly hurt in the blast.",
        "NOBODY WAS HURT WHEN THE BOMB WENT OFF.",
        "THE ARMY REPORTED THAT A PATROL CAME UNDER FIRE. PATROL WAS HURT.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        upper = text.isupper()
        if ascii_lacks(_TAILS[upper], text):
            return []
        taken = taken_spans(sent, found)
        one, two = _PATTERNS[upper]
        spans = [match.span("one") for match in one.finditer(text)]
        for match in two.finditer(text):
            spans += [match.span("one"), match.span("two")]
        bindings = []
        for start, end in sorted(set(spans)):
            word = text[start:end]
            if not _a_surname(word) or any(s <= start < e for s, e in taken):
                continue
            index = sent.cues.first_from(end)
            if index is None:
                continue
            cue = sent.cues.hits[index]
            if cue.start - end > _GAP or cue.cue.category not in CASUALTY_CATEGORIES:
                continue
            figure = FigureSpan(start, end, Figure(1, 1, "exact", word))
            bindings.append(Binding(figure, cue, None, cue.start - end))
        return bindings


def surname_before_harm(text: str) -> bool:
    """Does a surname open a clause of ``text`` before a verb of harm ("Ruiz was shot ...")?
    This rule may count that one; another rule reading the same death leaves it here."""
    return any(_a_surname(m["one"]) for m in _PATTERNS[text.isupper()][0].finditer(text))


def _a_surname(word: str) -> bool:
    """Can ``word`` be a surname, not a person noun, a people or a function word?"""
    low = word.lower()
    if low in PERSON_NOUNS or is_human_plural(low) or is_human_plural(f"{low}s"):
        return False
    return in_upper_name(word.upper())


def surnames_named_before(claims: list[Claim], text: str) -> list[Claim]:
    """``claims`` less each of this rule's whose surname ends no longer name earlier in the
    document ``text``: "Judge Ana Ruiz ... Ruiz was hurt" keeps it, a bare "Ruiz" does not."""
    kept = []
    for claim in claims:
        span = claim.figure_span
        if claim.rule != SurnameVictim.code or span is None:
            kept.append(claim)
            continue
        upper = span.text.isupper()
        before = re.compile(
            (r"\b([A-Z][\w'’.-]*)\s+" if not upper else r"\b([A-Z][A-Z'’.-]*)\s+")
            + re.escape(span.text)
            + r"\b"
        )
        if any(_name_word(m.group(1), upper) for m in before.finditer(text, 0, span.start)):
            kept.append(claim)
    return kept


def _name_word(word: str, upper: bool) -> bool:
    """Can ``word``, right before a surname, be a given name or a title of it?"""
    if upper:
        return in_upper_name(word)
    return word[:1].isupper() and word.lower() not in ("the", "a", "an", "and", "of", "in")
