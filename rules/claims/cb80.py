"""CB80: one person whose body is told of: "the body of Ana Ruiz", "the body of a man"."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lists import person_at, person_binding
from rules.claims.parts import Binding, SentenceParse, taken_spans

#: "the body of", "THE BODY OF": the article makes it the corpse of one person, not a body
#: of people ("a large body of troops") nor an institution ("the governing body of").
#: Origin: general English of news reports of a death found or identified.
_BODY_OF = re.compile(r"\bthe\s+(?:dead\s+)?body\s+of(?=\s)", re.IGNORECASE)
#: After the name, a possessive or a number makes it no person: "the body of Ana Ruiz's
#: poems" is her work, "the body of Senate Bill 12" the text of a law.
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_NUMBER_AFTER = re.compile(r"\s*\d")
#: Words that head a place, a body of water or a document rather than a person: "the body of
#: Lake Orme", "the body of Senate Bill 12", "the body of the Kessel Treaty". Origin: general
#: English of place names and of laws and reports in news.
_NOT_A_PERSON_WORDS = frozenset(
    """lake river sea bay ocean gulf sound strait channel creek pond lagoon reservoir canal
    mount mountain island islands valley bill act law code treaty accord charter report
    statute resolution amendment constitution convention ordinance decree""".split()
)


class BodyOf(ExtraRule):
    """CB80 · A person named right after "the body of" is one killed: "police found the body
    of Ana Ruiz, 34" is killed 1 ("the body of a man" is CB25's, as "the murder of a man").
    """

    code = "CB80"
    words = ("body",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Police found the body of Ana Ruiz, 34, near the ferry landing.",
            {"category": "killed", "min": 1, "figure_text": "Ana Ruiz"},
        ),
        (
            "THE BODY OF COUNCILLOR TOMAS BREL WILL LIE IN STATE AT THE TOWN HALL.",
            {"category": "killed", "min": 1, "figure_text": "COUNCILLOR TOMAS BREL"},
        ),
        (
            "THE BODY OF IDA VENN, 30, WHO WAS ABDUCTED ON FRIDAY, HAD STAB WOUNDS.",
            {"category": "killed", "min": 1, "figure_text": "IDA VENN"},
        ),
    )
    counter_examples = (
        "The governing body of the league met on Friday.",
        "A large body of troops moved north of Kessel.",
        # "the" makes the person someone told of before
        "The body of the ferryman was flown home.",
        "The body of water froze over in January.",
        # a possessor, a place, a law
        "Her essay drew on the body of Ana Ruiz's early letters.",
        "The body of Lake Orme froze over in January.",
        "Councillors debated the body of Senate Bill 12 on Tuesday.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = taken_spans(sent, found)
        upper = sent.text.isupper()
        result: list[Binding] = []
        for match in _BODY_OF.finditer(sent.text):
            cue = next((c for c in sent.cues.hits if c.end == match.end()), None)
            person = person_at(sent.text, match.end(), upper)
            if cue is None or person is None:
                continue
            (start, end), _ = person
            if start != match.end() + 1 or any(s < end and start < e for s, e in taken):
                continue
            if sent.text[start : start + 4].lower() == "the " or not _a_person(
                sent.text, start, end
            ):
                continue
            result.append(person_binding(sent.text, (start, end), cue))
        return result


def _a_person(text: str, start: int, end: int) -> bool:
    """Whether the name between ``start`` and ``end`` is a person, not a place, a document or
    a possessor: "Lake Orme", "Senate Bill 12", "Ana Ruiz's poems"."""
    words = {w.strip(".,").lower() for w in text[start:end].split()}
    if words & _NOT_A_PERSON_WORDS or _NUMBER_AFTER.match(text, end):
        return False
    return not (_POSSESSIVE.search(text[start:end]) or text.startswith(("'s", "\u2019s"), end))
