"""CB134: the counts listed after "those taken included" or "the hostages included"."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.figures import has_any
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import is_human_plural

#: The captives named as a whole before "included": "those taken", "the people seized",
#: "the hostages", "the 14 captives" (general English of kidnapping reports).
_CAPTIVES_INCLUDED = re.compile(
    r"\b(?:(?:those|the\s+(?:people|men|workers|passengers))\s+(?:who\s+were\s+)?"
    r"(?:taken|seized|abducted|kidnapped|snatched|held)(?:\s+hostage)?"
    r"|the\s+(?:[\w-]+\s+){0,2}(?:hostages|captives|abductees))"
    r"\s+(?:also\s+)?(?:included|include|includes|are|were)\s+",
    re.IGNORECASE,
)
#: A piece of each captive word of ``_CAPTIVES_INCLUDED``, in lower case and without the "s"
#: and "i" that the long s and the Turkish i also match ("k" is safe: the Kelvin sign's lower
#: case is "k"): a sentence with none is passed over before the search.
_CAPTIVE_WORDS = ("taken", "zed", "abduct", "napped", "atched", "held", "tage", "capt")
#: Where the list ends: a clause or a source after it ("..., the governor said").
_LIST_END = re.compile(r"[.;:!?]|,\s+according\b|\s(?:said|says|told|added)\b", re.IGNORECASE)
#: The three words after a listed count, of which one must be a plural of people: up to two
#: modifiers and the noun ("eight road workers").
_THREE_WORDS = re.compile(r"\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?(?:\s+([A-Za-z-]+))?")
LISTED_CAPTIVES = Cue("kidnapped", "(those taken included)", before=False)


class CaptivesIncluded(ExtraRule):
    """CB134 · "Those taken included eight road workers, two drivers and a cook": each count
    in the list after the captives' "included" is kidnapped (8, 2); a single person ("a
    cook") is left to the rules of one person, and a count restated with "the" ("as well as
    the two engineers") is no new one.
    """

    code = "CB134"
    states_part = True  # the list details a count of captives (``registry.PART_RULES``)
    words = (" includ", " were ", " are ")  # the engine's gate, ``ExtraRule.words``
    figure = True  # it binds a listed count (``ExtraRule.figure``)
    examples = (
        (
            "The hostages included six engineers, a cook and two drivers.",
            {"category": "kidnapped", "min": 2, "max": 2, "group": "drivers"},
        ),
        (
            "Those abducted include 12 students and a teacher.",
            {"category": "kidnapped", "min": 12, "max": 12, "group": "students"},
        ),
    )
    counter_examples = (
        "The delegates included six engineers and two drivers.",
        "Those taken to hospital included two drivers.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if not has_any(sent.low, _CAPTIVE_WORDS):
            return []  # its gate's " were " opens it on most sentences
        taken = {b.figure.start for b in found if b.cue.cue.category == "kidnapped"}
        taken.update(
            b.figure.start for b in sent.bound.values() if b.cue.cue.category == "kidnapped"
        )
        result = []
        for match in _CAPTIVES_INCLUDED.finditer(sent.text):
            end = _LIST_END.search(sent.text, match.end())
            stop = end.start() if end else len(sent.text)
            for figure in sent.figures:
                if not match.end() <= figure.start < stop or figure.start in taken:
                    continue
                if sent.text[figure.start - 4 : figure.start].lower() == "the ":
                    continue  # "as well as the two engineers": told before
                group = _people_after(sent.text, figure.end)
                if group is not None:
                    cue = CueHit(match.start(), match.end(), LISTED_CAPTIVES)
                    result.append(Binding(figure, cue, group, 0))
        return result


def _people_after(text: str, end: int) -> str | None:
    """The people a listed count counts ("road workers"), or None when no plural of people
    ends its next three words."""
    words = _THREE_WORDS.match(text, end)
    if words is None:
        return None
    found = [w for w in words.groups() if w]
    for k, word in enumerate(found):
        if is_human_plural(word):
            return " ".join(found[: k + 1])
    return None
