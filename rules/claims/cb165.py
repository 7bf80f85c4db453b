"""CB165: a force put out in a place ("The ministry put about 200 more officers on the
streets") is deployed."""

from __future__ import annotations

from rules.categories import Cue
from rules.claims.groups import acceptable, following_group
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.deployment_rows import PUT_OUT

#: The cue a count inside ``PUT_OUT`` is bound to: a verb of sending, its count after it.
_PUT = Cue("deployed", PUT_OUT, before=False, after="object")


class ForcePutOut(BoundRule):
    """CB165 · A count of a service that a verb "put" on the streets or on patrol is deployed:
    "The ministry had put about 200 additional officers on the streets" is deployed 200
    (approximately). The count stands inside the cue (``deployment_rows.PUT_OUT``); its head
    is checked as every deployed count's is. General English of police and security reports.
    """

    code = "CB165"
    examples = (
        (
            "The ministry had put about 200 additional officers on the streets.",
            {"category": "deployed", "min": 200, "qualifier": "approximately"},
        ),
        (
            "The army is putting 40 more soldiers on patrol along the canal.",
            {"category": "deployed", "min": 40, "group": "soldiers"},
        ),
    )
    counter_examples = (
        "The council put 200 new buses on the streets.",
        "The firm put 30 vans on the streets before the holiday.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        found: dict[int, Binding] = {}
        for cue in sent.cues.hits:
            if cue.cue.pattern != PUT_OUT:
                continue
            i = sent.figure_from(cue.start)
            if i is None or i in sent.bound or sent.figures[i].end > cue.end:
                continue
            figure = sent.figures[i]
            verb = sent.text[cue.start : figure.start]
            if len(verb.split()) != 1:
                continue  # the count right after the verb: "put 200 officers", not "put the 200"
            verb_end = cue.start + len(verb.rstrip())
            group = following_group(sent.text[figure.end : cue.end])
            binding = Binding(figure, CueHit(cue.start, verb_end, _PUT), group, 0)
            if acceptable(binding):
                found[i] = binding
        return found
