"""CB144: a counted crew searching for the missing ("Some 40 rescuers were searching for the
lost hikers")."""

from __future__ import annotations

from rules.categories import Cue
from rules.claims.groups import acceptable, following_group
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.cue_fragments import CREWS_AT_WORK
from rules.scene_rows import SEARCHED_FOR

#: The crew's own cue: what ``CREWS_AT_WORK`` reads when no search "for" follows.
_AT_WORK = Cue("deployed", CREWS_AT_WORK, before=True)


class SearchingCrew(BoundRule):
    """CB144 · A counted crew searching for the missing is deployed: the cue of those not yet
    found ("rescuers were searching for") opens with the crew's noun, so the count before it
    is the crew's ("Some 40 rescuers were searching for the lost hikers"; general English
    of disaster reports). The crew's head is checked as ``CREWS_AT_WORK``'s is.
    """

    code = "CB144"
    examples = (
        (
            "Some 40 rescuers were searching for the lost hikers.",
            {"category": "deployed", "min": 40, "group": "rescuers"},
        ),
    )
    counter_examples = (
        "Divers were searching for 60 missing sailors.",
        "The rescuers were searching for the lost hikers.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        found: dict[int, Binding] = {}
        for cue in sent.cues.hits:
            if cue.cue.pattern != SEARCHED_FOR:
                continue
            i = sent.figure_before(cue.start)
            if i is None or i in sent.bound or sent.text[sent.figures[i].end : cue.start].strip():
                continue
            figure = sent.figures[i]
            group = following_group(sent.text[figure.end : cue.end])
            binding = Binding(figure, CueHit(cue.start, cue.end, _AT_WORK), group, 0)
            if acceptable(binding):
                found[i] = binding
        return found
