"""CB160: a part told by "of whom" or "of them" hurt or killed by a cue of its own, after a
count of people no cue names ("Police found six men, two of whom had gunshot wounds")."""

from __future__ import annotations

import re

from rules.care_rows import IN_CARE, IN_CONDITION, LOST_SIGHT
from rules.categories import CASUALTY_CATEGORIES, Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.cue_rows import WITH_GUNSHOT_WOUNDS
from rules.numbers import count_at

#: ", two of whom", ", nine of them": a part of the count before it, told by a relative
#: clause or a pronoun (general English of relative clauses on a part).
_PART = re.compile(r",\s+(?P<n>[\w-]+)\s+of\s+(?P<pron>whom|them)\b", re.IGNORECASE)
#: A whole of the hurt, sick or poisoned before a part "blinded": "Of the 40 patients",
#: "31 people poisoned by the gin" (general English of toxic-alcohol and attack reports).
_HURT_WHOLE = re.compile(
    r"\b(?:patients|victims|casualties|poisoned|injured|wounded|hurt)\b", re.IGNORECASE
)
#: Between the part and its own cue: its auxiliaries ("of whom were", "of them had since").
_GAP = re.compile(
    r"(?:\s+(?:are|were|was|is|have|has|had|been|still|later|since|also|now|reportedly))*\s+",
    re.IGNORECASE,
)
#: The rows of care or condition ("were hospitalized", "in critical condition", "were
#: blinded"): no harm of the part's own, as the sick are cared for too and a state may be
#: old ("12 of whom were blinded in childhood"); only a harm told of the part is read.
_CARE = frozenset(row[0] for row in (*IN_CARE, *IN_CONDITION))
#: How far before the part its whole may stand, in the same clause-run.
_REACH = 120
#: "six men, two of them with gunshot wounds": the part found with wounds beside the rest
#: of a count found without is hurt, as "two of whom had gunshot wounds" is (crime-report
#: English); the row alone says dead or alive ("found three people with gunshot wounds").
_WITH_WOUNDS = Cue("wounded", WITH_GUNSHOT_WOUNDS, before=True)


class PartHurtOfItsOwn(ExtraRule):
    """CB160 · A part after "of whom" or "of them" is hurt or killed by its own cue when the
    count before it names no harm: "Police found six men, two of whom had gunshot wounds" is
    wounded 2; not "two of whom had criminal records" (no cue), nor "six were hurt, two of
    whom had gunshot wounds" (a part of the hurt, whose count is the whole's)."""

    code = "CB160"
    words = (" of whom ", " of them ")  # the engine's gate, ``ExtraRule.words``
    casualty = True
    #: "31 people poisoned by the gin, seven of them blinded": a part of the whole beside it
    states_part = True
    examples = (
        (
            "Police found six men, two of whom had gunshot wounds.",
            {"category": "wounded", "min": 2, "figure_text": "two"},
        ),
        (
            "The boat carried 58 migrants, 11 of whom drowned.",
            {"category": "killed", "min": 11, "figure_text": "11"},
        ),
        (
            "Doctors saw 31 people poisoned by the gin, seven of them blinded.",
            {"category": "wounded", "min": 7, "figure_text": "seven"},
        ),
        (
            "Police found six men, two of them with gunshot wounds.",
            {"category": "wounded", "min": 2, "figure_text": "two"},
        ),
    )
    counter_examples = (
        "Police found six men, two of whom had criminal records.",
        "Police found six men, two of them with criminal records.",
        "The choir has 30 members, 12 of them blinded in childhood.",
        "The 30 pilgrims, 12 of whom were hospitalized, had come from Orle.",
        "Gunmen killed six men, two of whom were police officers.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in (*found, *sent.bound.values())}
        result: list[Binding] = []
        for match in _PART.finditer(sent.text):
            start = match.start("n")
            if start in taken:
                continue
            cue = _own_cue(sent, match)
            if cue is None:
                continue
            if cue.cue.pattern != LOST_SIGHT and any(  # the blinded's whole is hurt anyway
                hit.cue.category in CASUALTY_CATEGORIES
                for hit in sent.cues.hits
                if start - _REACH <= hit.start and hit.end <= start
            ):
                continue  # "six were hurt, two of whom had gunshot wounds": a part (CB45's)
            figure = next((f for f in sent.stated if f.start == start), None)
            figure = figure or count_at(sent.text, start, match.end("n"))
            if figure is None or not figure.figure.min:
                continue
            result.append(Binding(figure, cue, None, cue.start - figure.end))
        return result


def _own_cue(sent: SentenceParse, match: re.Match[str]) -> CueHit | None:
    """The harm told of the part ``match``: a casualty cue right after its "of whom" (not
    care or a state: "12 of whom were hospitalized"), or "them blinded" after a whole of the
    hurt or poisoned ("Of the 40 patients, nine of them blinded"; not choir members)."""
    sight = next(
        (
            c
            for c in sent.cues.hits
            if c.start == match.start("pron") and c.cue.pattern == LOST_SIGHT
        ),
        None,
    )
    if sight is not None:
        whole = sent.text[max(0, match.start() - _REACH) : match.start()]
        return sight if _HURT_WHOLE.search(whole) else None
    index = sent.cues.first_from(match.end())
    if index is None:
        return None
    cue = sent.cues.hits[index]
    if not _GAP.fullmatch(sent.text, match.end(), cue.start):
        return None
    if cue.cue.pattern == WITH_GUNSHOT_WOUNDS:
        return CueHit(cue.start, cue.end, _WITH_WOUNDS)
    if cue.cue.category not in ("killed", "wounded") or not cue.cue.before:
        return None
    return None if cue.cue.pattern in _CARE else cue
