"""CB133: a count whose aside tells its fate: "two guards, both among the hurt, were held"."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import is_human_plural

#: After the figure: its people (up to three words, the last a plural of people), then an
#: aside set off by commas that puts all of them among the hurt or the dead ("both among the
#: injured", "all of them among the dead"), general English of accident and crime reports.
_AMONG_ASIDE = re.compile(
    r"\s+(?P<noun>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}),\s+(?:both|all|each)\s+(?:of\s+them\s+)?"
    r"(?:also\s+)?among\s+the\s+(?P<fate>injured|wounded|hurt|dead|killed)\s*,\s*",
)
#: The main verb after the aside: an auxiliary of the passive, then the cue.
_AUXILIARY = re.compile(
    r"(?:were|have\s+been|had\s+been|are|are\s+being|were\s+being)\s+(?:(?:later|also)\s+)?"
)


class CountAmongTheHurt(ExtraRule):
    """CB133 · "The two pilots, all of them among the hurt, were arrested": the count is
    of the hurt (wounded 2), told by the aside, and of the main verb (arrested 2), whose cue
    the aside stands in front of. The aside's "among the" with "both" or "all" puts every one
    of the count in the group; "one of them among the injured" is no such aside.
    """

    code = "CB133"
    words = (" among the ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True
    examples = (
        (
            "Two guards, both among the hurt, were held for questioning.",
            {"category": "wounded", "min": 2, "max": 2, "group": "guards"},
        ),
        (
            "The two pilots, all of them among the hurt, were arrested at the airfield.",
            {"category": "arrested", "min": 2, "max": 2, "group": "pilots"},
        ),
    )
    counter_examples = (
        "Two guards, one of them among the hurt, were held for questioning.",
        "Two buses, both among the damaged, were towed away.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        result = []
        for i, figure in enumerate(sent.figures):
            if i in sent.bound or figure.start in taken:
                continue
            match = _AMONG_ASIDE.match(sent.text, figure.end)
            if match is None or not is_human_plural(match["noun"].split()[-1]):
                continue
            fate = _cue_at(sent, match.start("fate"))
            if fate is None:
                continue
            group = match["noun"]
            result.append(Binding(figure, fate, group, 0))
            verb = _AUXILIARY.match(sent.text, match.end())
            after = _cue_at(sent, verb.end()) if verb else None
            if after is not None and after.cue.category != fate.cue.category:
                result.append(Binding(figure, after, group, 0))  # "were detained"
        return result


def _cue_at(sent: SentenceParse, offset: int) -> CueHit | None:
    """The cue of the sentence that starts at ``offset``, if any."""
    index = sent.cues.first_from(offset)
    if index is None or sent.cues.hits[index].start != offset:
        return None
    return sent.cues.hits[index]
