"""CB126: a loss denied ("denied that any soldiers had been killed", "denied that anyone was
hurt") is a count of none."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import names_people
from rules.numbers import FigureSpan

#: "denied that any soldiers had been killed", "denies that any of its fighters died",
#: "denied any civilians were hurt": general English of rival claims in conflict reports,
#: where a side answers a claim of its losses by denying them.
_DENIED_ANY = re.compile(
    r"\b(?:denied|denies|deny|denying)\s+(?:that\s+)?(?:(?P<any>any)\s+"
    r"(?:of\s+(?:its|their|his|her|our|the)\s+)?(?P<group>(?:[a-z-]+\s+){0,2}?[a-z-]+)"
    # "denied that anyone had been killed": no one at all, with no group named
    r"|(?P<anyone>anyone|anybody))\s+"
    # the passive of the harm ("had been killed", "were hurt"), or "died": those harmed are
    # the group, not those who harmed ("denied that any rockets had killed civilians")
    r"(?:(?:(?:had|have|has)\s+been|were|was)\s+(?:[a-z]+ly\s+)?"
    r"(?P<cue>killed|wounded|injured|hurt|kidnapped|abducted|captured)"
    r"|(?:had\s+)?(?P<died>died))\b(?!\s+(?:were|was|are|is)\b)",
    re.IGNORECASE,
)
#: "denies having lost any of its men", "denied losing any soldiers": a side's own dead denied
#: (a sentence reaches the rule through a casualty cue: "lost" is one, "losing" is not, so the
#: second form is read only beside another cue).
_DENIED_LOSING = re.compile(
    r"\b(?:denied|denies|deny|denying)\s+(?P<cue>losing|having\s+lost)\s+(?P<any>any)\s+"
    r"(?:of\s+(?:its|their|his|her|our)\s+(?:own\s+)?)?(?P<group>[a-z-]+)\b",
    re.IGNORECASE,
)
#: A denial itself denied, or left open: "did not deny that any soldiers had been killed",
#: "would neither confirm nor deny that anyone was hurt", "refused to deny" count no one.
_NEGATED = re.compile(
    r"\b(?:(?:not|never|n't|no\s+one)\s+(?:[a-z]+\s+)?|confirm\s+(?:or|nor)\s+"
    r"|(?:refus|declin)\w*\s+to\s+)$",
    re.IGNORECASE,
)
#: The category of each verb of harm the pattern reads.
_CATEGORY = {
    "killed": "killed",
    "died": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "hurt": "wounded",
    "kidnapped": "kidnapped",
    "abducted": "kidnapped",
    "captured": "captured",
}
#: What the group may not be: a verb's or a clause's words, or a part ("any of those"): the
#: group is the people denied harm (general English grammar).
_NOT_GROUP = frozenset("had have has been were was who that which of those".split())


class DeniedLoss(ExtraRule):
    """CB126 · A loss denied: "The army denied that any soldiers had been killed" is killed 0
    of the soldiers, "The group denies that any of its fighters died" killed 0.
    """

    code = "CB126"
    words = ("deni", "deny")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The command denied that any soldiers had been killed.",
            {"category": "killed", "min": 0, "max": 0, "group": "soldiers"},
        ),
        (
            "The rebels denied that any of their fighters had died.",
            {"category": "killed", "min": 0, "group": "fighters"},
        ),
        ("The ministry denied any civilians were hurt.", {"category": "wounded", "min": 0}),
        ("The army denied having lost any soldiers.", {"category": "killed", "min": 0, "max": 0}),
        (
            "The ministry denied that anyone had been killed in the raid.",
            {"category": "killed", "min": 0, "max": 0, "group": None},
        ),
    )
    counter_examples = (
        "The army denied any involvement in the killings.",
        "Police denied that any officer had fired first.",
        "The minister denied any knowledge of the men who were killed.",
        # a denial denied, those who harmed, a part of the dead: no count of none
        "The ministry did not deny that any soldiers had been killed.",
        "The army denied that any rockets had killed civilians.",
        "The army denied that any of those killed were civilians.",
        "The army did not deny that anyone had died.",
        "The army would neither confirm nor deny that anyone was killed.",
        "The club denied losing any money on the deal.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.cue.start for b in found}
        bindings = []
        for match in _DENIED_ANY.finditer(sent.text):
            verb = "died" if match["died"] else "cue"
            cue_start, cue_end = match.span(verb)
            if cue_start in taken:
                continue
            if _NEGATED.search(sent.text, max(0, match.start() - 24), match.start()):
                continue
            group = match["group"]
            if group and any(word.lower() in _NOT_GROUP for word in group.split()):
                continue
            which = "any" if match["any"] else "anyone"
            start, end = match.span(which)
            figure = FigureSpan(start, end, Figure(0, 0, "exact", match[which]))
            word = match[verb].lower()
            cue = CueHit(cue_start, cue_end, Cue(_CATEGORY[word], word, before=True))
            bindings.append(Binding(figure, cue, group, 0))
        return bindings + self._losses(sent, taken)

    def _losses(self, sent: SentenceParse, taken: set[int]) -> list[Binding]:
        """ "The army denied losing any soldiers": killed 0 of the group, when it names people."""
        bindings = []
        for match in _DENIED_LOSING.finditer(sent.text):
            if match.start("cue") in taken or not names_people(match["group"].lower()):
                continue
            if _NEGATED.search(sent.text, max(0, match.start() - 24), match.start()):
                continue
            figure = FigureSpan(*match.span("any"), Figure(0, 0, "exact", match["any"]))
            word = match["cue"].lower()
            cue = CueHit(*match.span("cue"), Cue("killed", word, before=True))
            bindings.append(Binding(figure, cue, match["group"], 0))
        return bindings
