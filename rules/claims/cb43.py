"""CB43: "N of the wounded" are wounded, "N of the dead" are killed: a part named by its whole,
and a second part after it with its verb left out ("... and three from Orme")."""

from __future__ import annotations

import re

import re2

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import AUX
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import is_human_plural
from rules.number_values import number_value
from rules.numbers import ASCII_SPACE, FigureSpan, qualified_before

#: A number, then "of the" (or "of those") and a casualty word used as a noun, with at most
#: one modifier ("of the seriously wounded", "of those killed"). General English: members of
#: the wounded are wounded.
_PART_OF_THE_WHOLE = re.compile(
    r"\b(?P<part>\d{1,3}(?:,\d{3})*|[A-Za-z]+(?:-[A-Za-z]+)?)\s+of\s+(?:the|those)\s+"
    r"(?:[a-z]+ly\s+)?(?P<whole>wounded|injured|hurt|dead|bodies|killed|missing)\b"
    r"(?P<next>\s*[A-Za-z'\u2019]*)",
    re.IGNORECASE,
)
#: ``_PART_OF_THE_WHOLE``'s "of the" and its whole, for RE2 (no casualty gate since the
#: missing joined: most sentences with "of the" name no whole of the hurt).
_WHOLE_HINT = re2.compile(
    (
        rf"(?i)of{ASCII_SPACE}+(?:the|those){ASCII_SPACE}+(?:[a-z]+ly{ASCII_SPACE}+)?"
        r"(?:wounded|injured|hurt|dead|bodies|killed|missing)"
    ).encode("ascii")
)
#: Words after the whole that show it is a noun ("of the injured were ...", "of the dead
#: in the attack"), besides the auxiliaries: prepositions, relatives, conjunctions, and the
#: participles without "-ed" of the hurt carried to care ("with four of the injured flown by
#: helicopter to the capital", "taken to Orme"; "airlifted" ends in "-ed").
_NOUN_USE_NEXT = frozenset(
    """in at on from among by who whom and or but remain remains include includes died came come
    comes hailed belonged lived worked flown taken driven brought sent""".split()
)


#: "... of the dead were women": the plural after the verb says who the part are.
#: "of the dead in Mirango were children", "of the injured in the blast were officers": a
#: place or an event of the whole may come between.
_WHO = re.compile(
    r"(?:\s+(?i:in|at|from)\s+(?:the\s+|THE\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"
    r"\s+(?i:were|are)\s+(?i:all\s+)?(?P<who>[A-Za-z-]+)\b(?:\s+(?P<head>[A-Za-z-]+)\b)?"
)


def part_who(text: str, at: int) -> str | None:
    """The people a part is ("Four of the dead were women": "women"; "were police officers"),
    or None."""
    match = _WHO.match(text, at)
    if match is None:
        return None
    who, head = match["who"], match["head"]
    if head and is_human_plural(head) and _modifier(who):
        return f"{who} {head}"  # "were police officers", "were young men"
    return who if is_human_plural(who) else None


#: Words before a plural that say how or whether, not what kind: "were not soldiers", "were
#: mostly women", "were also children", "were both civilians" (general English).
_NOT_MODIFIERS = frozenset(
    """not also both all mostly mainly largely reportedly probably possibly allegedly believed
    thought said said to either neither never only just even still""".split()
)


#: A part of the missing told found in its clause: "have since been found", "turned up safe".
_FOUND = re.compile(
    r"[^,.;:]*?\b(?P<word>found|turned\s+up|returned|accounted|safe|dead|alive|rescued|located"
    r"|traced|reunited)\b",
    re.IGNORECASE,
)
#: An adverb between "found" and "dead": "found already dead".
_ADVERB = re.compile(r"\s+(?:[a-z]+ly\s+|already\s+)?")


def _found_dead(sent: SentenceParse, found: re.Match[str]) -> CueHit | None:
    """The killed cue of a part of the missing told found dead ("have since been found dead",
    "are dead"): the found word itself or the word right after it; else None (found alive or
    safe, they are no longer missing nor dead, and a killed cue further on is another's)."""
    after = _ADVERB.match(sent.text, found.end())
    at = (found.start("word"), after.end() if after else found.end())
    return next((c for c in sent.cues.hits if c.start in at and c.cue.category == "killed"), None)


#: Plurals that are people of their own, never a kind of another plural ("men police").
_PEOPLE = frozenset("men women people children boys girls persons".split())


def _modifier(word: str) -> bool:
    """Does ``word`` name a kind of the plural after it ("police", "young"), not say how
    ("mostly") nor count people of its own ("men police had been seeking")?"""
    low = word.lower()
    return low not in _NOT_MODIFIERS and not low.endswith("ly") and low not in _PEOPLE


def _modifies_a_noun(after: str) -> bool:
    """ "of the wounded horses", "of the wounded cattle": the casualty word is an adjective
    before a noun, and the part counts that noun (maybe not people). A noun use is followed by
    a verb, a preposition or punctuation."""
    word = after.strip().lower()
    if not word or word in AUX or word in _NOUN_USE_NEXT:
        return False
    return not word.endswith(("ly", "ed"))


class PartOfTheWounded(ExtraRule):
    """CB43 · A count of "the wounded", "the dead", "the bodies" or "the missing" is of that
    category, whatever follows.

    "Six of the wounded stayed in hospital" tells six wounded, "two of the dead were
    children" two killed: the whole names the category. A part of a toll told elsewhere,
    so its claims are parts (``states_part``). Not when another rule bound the figure ("two
    of the wounded later died" is killed, CB22), nor for one ("one of the dead was a
    teacher" picks out a person of a toll told elsewhere, no count).
    """

    code = "CB43"
    states_part = True
    words = (" of the ", " of those ")  # the engine's gate, ``ExtraRule.words``
    hints = (_WHOLE_HINT,)  # its first test on ASCII text (``ExtraRule.hints``)
    # it binds killed, wounded and missing cues: no casualty gate ("Four of the missing were
    # fishermen" has no killed or wounded cue)
    examples = (
        (
            "At least 30 of the injured were flown to Velk, a doctor said.",
            {"category": "wounded", "min": 30, "qualifier": "at_least"},
        ),
        (
            "Six of the injured were still in Saint Ives Hospital on Friday.",
            {"category": "wounded", "min": 6, "max": 6},
        ),
        (
            "Two of the dead were teenagers from Brell.",
            {"category": "killed", "min": 2, "group": "teenagers"},
        ),
        ("Seven of the bodies were found in a ravine.", {"category": "killed", "min": 7}),
        (
            "Nine of those killed were farmers, the commissioner said.",
            {"category": "killed", "min": 9, "group": "farmers"},
        ),
        (
            "Three of the injured climbers were airlifted to Velk.",
            {"category": "wounded", "min": 3, "group": "climbers"},
        ),
        (
            "The bus overturned, with four of the injured flown by helicopter to the capital.",
            {"category": "wounded", "min": 4, "max": 4},
        ),
    )
    counter_examples = (
        "Two of the wounded horses were put down.",
        "Two of the wounded horses taken to the vet were put down.",
        "Four of the dead soldiers' families sued the army.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        parts = []
        for match in _PART_OF_THE_WHOLE.finditer(sent.text):
            value = number_value(match["part"])
            start, end = match.span("part")
            if not value or value < 2 or start in taken:
                continue
            noun = match["next"].strip()
            people = is_human_plural(noun.lower())  # "four of the dead passengers were ..."
            if _modifies_a_noun(noun) and not people:
                continue
            cue = next((c for c in sent.cues.hits if c.start == match.start("whole")), None)
            told_found = None
            if cue is not None and cue.cue.category == "missing":
                told_found = _FOUND.match(sent.text, cue.end)
            if told_found is not None:
                cue = _found_dead(sent, told_found)  # "Three of the missing have since been found"
                if cue is None:
                    continue
            if cue is not None and cue.cue.category in ("wounded", "killed", "missing"):
                figure = qualified_before(sent.text, start, end) or FigureSpan(
                    start, end, Figure(value, value, "exact", match["part"])
                )
                who = part_who(sent.text, match.end("next" if people else "whole"))
                parts.append(Binding(figure, cue, who or (noun if people else None), 0))
                gapped = _GAPPED.match(sent.text, match.end("whole"))
                if gapped is None or told_found is not None:  # not "found dead and two alive"
                    continue
                other = next((f for f in sent.stated if f.start == gapped.start("figure")), None)
                if other is not None and other.start not in taken and other.figure.min:
                    rest = gapped["rest"].split()[-1]
                    group = rest if is_human_plural(rest.lower()) else None
                    if gapped["verb"] and (group is None or " " not in gapped["figure"]):
                        # "... and three were arrested": a fate of its own; an unqualified
                        # "and two were paramedics" is CB26's
                        continue
                    parts.append(Binding(other, cue, group, 0))  # "... and three from Orme"
        return parts


#: A second part with its verb left out, after "were ...": "Four of the dead were from Velk and
#: three from Orme", "Five of the wounded were Velkan and the other six Ormish"; or told again
#: with a qualifier, "11 of the dead were men and at least four were children" (50th).
_GAPPED = re.compile(
    r"\s+(?:were|are)\s+[^,;.]{1,40}?\s+and\s+(?:the\s+other\s+|another\s+)?"
    r"(?P<figure>(?:(?:at\s+least|about|nearly|some|more\s+than)\s+)?(?:\d{1,3}(?:,\d{3})*"
    r"|[A-Za-z]+))\s+(?:(?P<verb>were|are)\s+)?(?P<rest>(?:from\s+)?[A-Za-z-]+)\s*(?=[,.;]|$)",
    re.IGNORECASE,
)
