"""CB18: a part of the captive or missing whose own fate a verb tells ("five of the hostages
were killed", "three of the missing fishermen were found alive")."""

from __future__ import annotations

import re

from rules.claims.groups import acceptable
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.patterns import SUBSET_IN_GAP
from rules.nouns import is_human_plural
from rules.number_values import number_value
from rules.numbers import count_at

#: A number, "of the" (or "those", "their") and a whole of people held or lost, with at most
#: one word before the noun ("of the missing fishermen", "of the kidnapped"). The whole's
#: nouns are those the figure finder does not count as a part (``PARTITIVE_NOT_COUNT``):
#: general English of hostage, prison and disaster reports.
_PART_OF_HELD = re.compile(
    r"\b(?P<part>\d{1,3}(?:,\d{3})*|[A-Za-z]+(?:-[A-Za-z]+)?)\s+of\s+(?:the|those|their)\s+"
    r"(?:[a-z-]+\s+)?(?P<whole>hostages|prisoners|captives|kidnapped|abducted|missing"
    r"|detainees|inmates|passengers|miners|crew|rescued|survivors)\b",
    re.IGNORECASE,
)
#: Between the whole and its verb: auxiliaries and adverbs only, and the noun the whole's
#: adjective qualifies ("of the missing fishermen were").
_TO_VERB = re.compile(
    r"(?:\s+(?!(?:were|was|are|is|have|has|had)\b)(?P<noun>[a-z-]+))?(?:\s+(?:were|was|are|is"
    r"|have|has|had|been|being|still|later|also|all|both|subsequently|reportedly|since|then"
    r"|allegedly))*\s+",
    re.IGNORECASE,
)
#: Wholes of people saved, whose part CB18 reads only when hurt ("four of those rescued were
#: taken to hospital"); a death among them is CB22's.
_SAVED = frozenset(("rescued", "survivors"))
#: Categories the verb after the whole may tell: a fate that differs from being held.
_FATES = frozenset(("killed", "wounded", "killed_or_wounded", "rescued"))


class PartOfTheHeld(ExtraRule):
    """CB18 · A part counted out of hostages, prisoners, captives or the missing (victims are
    CB22's and CB47's), with a verb of its own fate: "Five of the hostages were killed during
    the raid" is killed 5; "three of the missing fishermen were found alive" is rescued 3;
    "the kidnappers released three of the hostages" is freed 3.
    The whole's status ("hostages") is no fate of the part's; the verb after it is.
    """

    code = "CB18"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (" of the ", " of those ", " of their ")  # the engine's gate
    examples = (
        (
            "Five of the hostages were killed during the rescue operation, the army said.",
            {"category": "killed", "min": 5, "group": "hostages"},
        ),
        (
            "Three of the missing fishermen were found alive on Tuesday.",
            {"category": "rescued", "min": 3, "group": "fishermen"},
        ),
        (
            "TWO OF THE PRISONERS WERE WOUNDED IN THE RIOT.",
            {"category": "wounded", "min": 2},
        ),
        (
            "Four of those rescued were taken to Kessel Hospital with leg injuries.",
            {"category": "wounded", "min": 4, "group": "rescued"},
        ),
        # "being" and "still" among the auxiliaries (eighteenth session)
        (
            "Three of the survivors were still being treated at the port clinic.",
            {"category": "wounded", "min": 3, "group": "survivors"},
        ),
        # a subset told between the whole and the verb (26th session)
        (
            "Nine of the survivors, including two infants, were treated for burns.",
            {"category": "wounded", "min": 9, "group": "survivors"},
        ),
        # a transitive verb of the part's fate right before it (round 17)
        (
            "The rebels killed two of the hostages and freed the rest.",
            {"category": "killed", "min": 2, "group": "hostages"},
        ),
    )
    counter_examples = (
        # no verb of a fate after the whole
        "Four of the hostages were Americans.",
        # "one" is a single person: a different rule's reading
        "Many of the hostages were killed.",
        # the verb is far from the whole: another clause
        "Two of the hostages said the guards were killed.",
        # a verb before the part that tells no fate
        "Police questioned two of the hostages at the airport.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        result = []
        for match in _PART_OF_HELD.finditer(sent.text):
            start, end = match.span("part")
            figure = count_at(sent.text, start, end)
            if figure is None or (number_value(match["part"]) or 0) < 2 or start in taken:
                continue
            verb, noun = _fate_verb(sent, match, figure.start)
            if verb is None or figure.start in taken:
                continue
            if match["whole"].lower() in _SAVED and verb.cue.category != "wounded":
                continue  # "two of the rescued died" is CB22's part of the hurt
            group = noun or match["whole"]
            binding = Binding(figure, verb, group, verb.start - end)
            if acceptable(binding):  # "five of the prisoners were freed": released, not rescued
                result.append(binding)
        return result


def _fate_verb(
    sent: SentenceParse, match: re.Match[str], figure_start: int
) -> tuple[CueHit | None, str | None]:
    """The verb that tells the part's fate, and the noun the whole's adjective qualifies: after
    the whole ("five of the hostages were killed", "three of the missing fishermen were found
    alive") or, a transitive verb, right before the part ("the rebels killed two of the
    hostages", "freed three of the captives"); else (None, None)."""
    hits = sent.cues.hits
    before = next((c for c in reversed(hits) if c.end <= figure_start), None)
    if (
        before is not None
        and before.cue.category in _FATES
        and before.cue.after == "object"
        and sent.text[before.end : figure_start].isspace()
    ):
        return before, None
    verb = next((c for c in hits if c.start >= match.end("whole")), None)
    if verb is None or verb.cue.category not in _FATES or not verb.cue.before:
        return None, None
    # a subset told between the whole and its verb: "11 of the survivors, including three
    # children, were treated" (the subset is CB33's)
    gap = _TO_VERB.fullmatch(SUBSET_IN_GAP.sub(" ", sent.text[match.end("whole") : verb.start]))
    if gap is None or (gap["noun"] and not is_human_plural(gap["noun"])):
        return None, None
    return verb, gap["noun"]
