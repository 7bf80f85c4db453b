"""CB64: "identified the man who was fatally shot": the one a follow-up names, dead."""

from __future__ import annotations

import re

from rules.claims.cb20 import counted_span
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: How crime and crash copy says that one person died (the passive forms of the cue table).
_DIED = (
    r"(?:shot\s+and\s+killed|shot\s+(?:to\s+death|dead)|fatally\s+(?:shot|stabbed|struck|injured"
    r"|wounded)|killed|slain|stabbed\s+to\s+death|found\s+dead|pronounced\s+dead)"
)
#: The follow-up that names the dead: "Police identified the man who was fatally shot ...",
#: "have named the woman killed in Sunday's crash", headline "Police identify man killed in
#: Tuesday shooting", "Coroner names woman found dead". A verb of naming, the person (with
#: "the" or none, as headlines write), then a relative or a participle of dying; or "the man
#: who died". General English of US local follow-ups (round 7).
_NAMED_DEAD = re.compile(
    r"\b(?:identif(?:y|ies|ied)|IDs?|names?|named|releases?\s+(?:the\s+)?name\s+of)\s+"
    r"(?:(?P<one>the|an?)\s+)?(?P<words>(?:[\w-]+\s+){0,2}?)(?P<noun>[A-Za-z]+)\s+"
    rf"(?:who\s+(?:was|had\s+been)\s+)?(?P<verb>{_DIED}|who\s+died)\b",
    re.IGNORECASE,
)
#: The same person as a sentence's subject: "The woman who was killed in Sunday's shooting
#: has been identified as ...", "The man who died was 23".
_THE_ONE_WHO = re.compile(
    r"^\W*(?P<one>[Tt]he)\s+(?P<words>(?:[\w-]+\s+){0,2}?)(?P<noun>[A-Za-z]+)\s+(?:who\s+"
    rf"(?:(?:was|had\s+been)\s+(?P<verb>{_DIED})|(?P<died>died))\b"
    # a reduced relative, told apart from the active verb by the phrase after it: "The man
    # fatally shot by deputies on Friday was ..." (not "The man fatally shot his wife")
    rf"|(?P<reduced>{_DIED})\s+(?=(?:by|in|at|on|outside|inside|near|during|after|while)\b))",
)
#: One person with an indefinite article, picked out by a relative clause of dying anywhere
#: in the sentence: "deputies released the record of a fisherman who was killed at the
#: quay", "candles for a baker who died outside his shop". "A" introduces the person, so this
#: is no repeated mention.
_A_ONE_WHO = re.compile(
    r"\b(?P<one>an?)\s+(?P<words>(?:[\w-]+\s+){0,2}?)(?P<noun>[A-Za-z]+)\s+who\s+"
    rf"(?:(?:was|had\s+been|has\s+been)\s+(?P<verb>{_DIED})|(?P<died>died))\b",
    re.IGNORECASE,
)
#: Cheap substring tests before the scan: one of them stands in every sentence it matches.
_WORDS = ("identif", "ids", "name", "who")


class NamedDead(ExtraRule):
    """CB64 · "Police identified the man who was fatally shot": one person was killed.

    A follow-up's only word of the death is often the naming of the dead; the person is one
    of a toll the story told before (or the only one). So is one person with "a" picked out
    by a relative clause of dying ("candles for a baker who was killed"). One killed, with the
    person noun as its group; not when another rule counts the person already.
    """

    code = "CB64"
    words = _WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Police on Friday identified the man who was fatally shot outside a Dell Road "
            "bakery as Ivo Sarn, 31.",
            {"category": "killed", "min": 1, "max": 1, "group": "man"},
        ),
        ("Police identify woman killed in Orme Street crash", {"category": "killed", "min": 1}),
        (
            "The woman who was killed in Sunday's shooting has been identified as Ana Roe.",
            {"category": "killed", "min": 1, "group": "woman"},
        ),
        (
            "Neighbours lit candles for a baker who was killed outside his shop on Orme Lane.",
            {"category": "killed", "min": 1, "figure_text": "a"},
        ),
        (
            "The man fatally shot by deputies on Friday was identified as Tom Kell.",
            {"category": "killed", "min": 1, "group": "man"},
        ),
        (
            "Deputies have named the teenager who died after the shooting at the fair.",
            {"category": "killed", "min": 1, "group": "teenager"},
        ),
    )
    counter_examples = (
        "Police identified the man who was arrested in the killing.",
        "The man who killed the clerk fled on foot.",
        "The man fatally shot his wife and then himself.",
        "He is a man who was shot at twice and never hit.",
        "The nurse who was shot at last week returned to work.",
        "Police identified the street where the shooting happened.",
        "The board named the officer who killed the suspect as Ana Roe.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        counted = [counted_span(sent.text, b) for b in found]
        bindings = []
        subject = _THE_ONE_WHO.match(sent.text)
        matches = [*_NAMED_DEAD.finditer(sent.text), *([subject] if subject else [])]
        if "who" in sent.low:
            matches += _A_ONE_WHO.finditer(sent.text)
        seen: set[int] = set()
        for match in matches:
            if match.start("noun") in seen:
                continue  # "identified a man who was killed": both patterns, one person
            seen.add(match.start("noun"))
            noun = match["noun"]
            if noun.lower() not in PERSON_NOUNS:
                continue
            start = match.start("one") if match["one"] else match.start("noun")
            end = match.end("one") if match["one"] else match.end("noun")
            if any(s < match.end("noun") and start < e for s, e in counted):
                continue
            if match is subject and any(_named_as(sent.text, b) for b in found):
                continue  # "The man who died, identified ... as Ed Roe, ...": Ed Roe's count
            figure = FigureSpan(start, end, Figure(1, 1, "exact", sent.text[start:end]))
            verb = next(g for g in ("verb", "died", "reduced") if match.groupdict().get(g))
            cue = CueHit(match.start(verb), match.end(verb), KILLED_CUE)
            bindings.append(Binding(figure, cue, noun, 0))
        return bindings


#: The name of the sentence's subject given after "identified (by X) as" (CB12 counts it):
#: "The man who died, identified by the coroner as Ed Roe, 19, was declared dead".
_IDENTIFIED_AS = re.compile(r"\bidentified\s+(?:by\s+[^,;.]{1,60}?\s+)?as\s+$", re.IGNORECASE)


def _named_as(text: str, binding: Binding) -> bool:
    return _IDENTIFIED_AS.search(text, 0, binding.figure.start) is not None
