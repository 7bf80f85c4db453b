"""The words between a figure and the cue after it, read as the group and its auxiliaries:
"12 Ukrainian soldiers were reportedly killed", "27 fighters on both sides were killed"."""

from __future__ import annotations

import re

from rules.claims.lexicon import AUX, CLAUSE_STOP, NEGATION, PARTS, RELATIVE
from rules.tokens import is_ly_adverb

#: Prepositions of a phrase that may follow the group and hold a quantifier of its own ("on
#: both sides", "from all over the region", "of each village"): general English.
_PHRASE_PREPOSITIONS = frozenset("on from of in at across among between".split())
#: Words whose "to" makes a preposition of place, not an infinitive: "next to", "close to".
_BESIDE = frozenset(("next", "close"))


def group_and_aux(words: list[str], names: set[str]) -> tuple[list[str], list[str], bool] | None:
    """The gap's words as the group ("Ukrainian soldiers") and the auxiliaries after it
    ("were reportedly"), and whether the group stayed open; None if no such reading. A
    quantifier right after a preposition of the group's phrase ("fighters on both sides") is
    the phrase's, no auxiliary ("were all killed")."""
    if "whose" in words:
        skipped = _without_whose_clause(words)
        if skipped is None:
            return None  # "a woman whose husband was killed": the cue tells of the husband
        words = skipped
    group_words: list[str] = []
    aux_words: list[str] = []
    group_open = True
    previous = ""
    for word in words:
        ly_adverb = is_ly_adverb(word) and word not in names
        in_phrase = not aux_words and (
            (word in PARTS and previous in _PHRASE_PREPOSITIONS)
            or (word == "to" and previous in _BESIDE)  # "from the farm next to theirs"
        )
        if not in_phrase and (aux_words or word in AUX or (ly_adverb and group_words)):
            if word not in AUX and not ly_adverb:
                return None
            aux_words.append(word)
        elif word in RELATIVE:
            group_open = False  # "6 priests who were murdered": only aux may follow
        elif not group_open or word in NEGATION or word in CLAUSE_STOP:
            return None
        else:
            group_words.append(word)
        previous = word
    return group_words, aux_words, group_open


def _without_whose_clause(words: list[str]) -> list[str] | None:
    """The gap's words without a "whose" clause that has a verb of its own ("two climbers
    whose rope snapped were [killed]"); None when the clause is only the possessed noun
    before the auxiliary ("a woman whose husband was [killed]": the cue is the husband's)."""
    at = words.index("whose")
    aux = next((k for k in range(at + 1, len(words)) if words[k] in AUX), len(words))
    if not any(w.endswith("ed") for w in words[at + 2 : aux]):
        return None
    return words[:at] + words[aux:]


def other_than_words(gap: str, written: list[str], spacing: int) -> bool:
    """Does ``gap`` hold a character that is neither in one of its words (``written``, the
    matches of ``patterns.WORD``) nor one of the ``spacing`` characters a caller lets stand
    between them? ``WORD.sub("", gap).strip(...)`` non-empty, counted rather than built: a
    word holds no space or comma, so what the words leave is the spacing and anything else."""
    return len(gap) - sum(map(len, written)) > spacing


#: A possessor before an object's figure, with at most its determiner: "killed the couple's
#: two sons", "the village chief's three sons", "the Ruiz family's two sons", "searching for
#: Ana Ruiz's two sons" (the figure counts what is possessed).
_POSSESSOR = re.compile(
    r"(?P<lead>\s*(?:(?:the|his|her|their|its|our)\s+)?)"
    r"(?:(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+"
    r"|(?:[A-Z][a-z\u2019'-]+\s+){0,2}[A-Z][a-z-]+(?:\s+family)?)(?:'s|\u2019s|s'|s\u2019)\s+"
)


def without_possessor(gap: str) -> tuple[str, bool]:
    """The gap between an object cue and its figure without a possessor that closes it
    (" the couple's " -> " the "), and whether one was there (the caller then takes the
    count only for people: not "the valley's 9,000 antelope")."""
    if "'" not in gap and "\u2019" not in gap:
        return gap, False
    match = _POSSESSOR.fullmatch(gap)
    return (gap, False) if match is None else (match["lead"] or " ", True)


def announced(category: str, hedge: str) -> bool:
    """ "will deploy 5,000 troops", "said it would send 3,000 soldiers": announced (as "plans
    to send" is read), not a hypothetical toll ("could kill 100") nor refused ("will not")."""
    return category == "deployed" and hedge.lower().split() in (["will"], ["would"])
