"""The claim rules, in the order the engine runs them (see ``rules.claims.sentence``).

Adding a pattern: a small class here (or a row in a lexicon table), with its examples.
"""

from __future__ import annotations

from collections.abc import Sequence

from rules.base import Rule
from rules.claims.binding import along_with, bind_after, bind_before, coordinate
from rules.claims.figures import has_any
from rules.claims.lexicon import MULTIPLE_WORDS, SUICIDE_WORDS
from rules.claims.named import (
    apposed_named_victims,
    joined_named_victims,
    named_victims,
    taken_prisoner,
    victims_named_after,
)
from rules.claims.parts import Binding, SentenceParse
from rules.claims.patterns import AGE_AFTER_COMMA
from rules.claims.people import (
    fatally,
    listed_people,
    lives,
    multiple_killings,
    named_lists,
    one_more,
    suicide_claims,
)
from rules.claims.plurals import plural_claims
from rules.numbers import FigureSpan


class FigureRule(Rule):
    """Base: binds one figure of a sentence to a cue, or returns None."""

    def find(self, sent: SentenceParse, i: int) -> Binding | None:
        raise NotImplementedError


class BoundRule(Rule):
    """Base: binds figures left unbound, from what is bound already; returns the new ones."""

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        raise NotImplementedError


class ExtraRule(Rule):
    """Base: counts people who have no figure of their own, given the bindings so far."""

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        raise NotImplementedError


class FigureThenCue(FigureRule):
    """CB01 · A figure before its cue, with its group between: "12 soldiers were killed".

    Also "40 dead", "300 casualties", and single people as one: "a police officer was killed".
    """

    code = "CB01"
    examples = (
        ("At least 30 Ukrainian soldiers were killed.", {"category": "killed", "min": 30}),
        ("Twelve people were hospitalised.", {"category": "wounded", "min": 12}),
        ("A police officer was killed.", {"category": "killed", "min": 1, "max": 1}),
    )
    counter_examples = (
        "In 2022, 30 lawmakers voted for the bill.",
        "The 34-year-old mayor opened the new bridge.",
        "The team lost 3-1 after its striker was injured.",
    )

    def find(self, sent: SentenceParse, i: int) -> Binding | None:
        return bind_before(sent.text, sent.figures, i, sent.cues)


class CueThenFigure(FigureRule):
    """CB02 · A cue before its figure: a verb's object or a count noun's value.

    "killing 12 people", "the death toll rose to 40", "casualties of about 300".
    """

    code = "CB02"
    examples = (
        ("Shelling killed 12 civilians.", {"category": "killed", "min": 12}),
        ("The death toll rose to 40.", {"category": "killed", "min": 40}),
        ("Gunmen abducted 12 students.", {"category": "kidnapped", "min": 12}),
    )
    counter_examples = (
        "The 72nd brigade captured 14 armoured vehicles.",
        "The company reported losses of $3 million.",
    )

    def find(self, sent: SentenceParse, i: int) -> Binding | None:
        return bind_after(sent.text, sent.figures, i, sent.cues)


class FatalPart(Rule):
    """CB03 · A part of the shot who died: "six were shot, two fatally"; "claimed 3 lives".

    It runs first, while the figures are chosen, because the part ("two") would otherwise
    be a subset of the whole and no claim of its own.
    """

    code = "CB03"
    examples = (
        ("Five people were shot, three of them fatally.", {"category": "killed", "min": 3}),
        ("The fire claimed 3 lives.", {"category": "killed", "min": 3}),
    )
    counter_examples = ("Four people were shot and wounded.",)

    def find(self, text: str, span: FigureSpan) -> Binding | None:
        return fatally(text, span) or lives(text, span)


class Coordinated(BoundRule):
    """CB04 · Coordinated figures share a cue: "12 soldiers and 3 civilians were killed"."""

    code = "CB04"
    examples = (("12 soldiers and 3 civilians were killed.", {"category": "killed", "min": 12}),)
    counter_examples = ("12 soldiers were killed and the bridge was closed.",)

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        bound = dict(sent.bound)
        coordinate(sent.text, sent.figures, sent.cues, bound)
        return {i: b for i, b in bound.items() if sent.bound.get(i) is not b}


class AlongWith(BoundRule):
    """CB05 · "X was killed, along with two bodyguards": the figure shares X's cue."""

    code = "CB05"
    examples = (
        (
            "The mayor was killed near his home, along with two bodyguards.",
            {"category": "killed", "min": 2},
        ),
    )
    counter_examples = ("The mayor spoke along with two aides.",)

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        bound = dict(sent.bound)
        along_with(sent.text, sent.figures, sent.cues, bound)
        return {i: b for i, b in bound.items() if sent.bound.get(i) is not b}


class MultipleKilling(ExtraRule):
    """CB06 · "A double murder" is two killed, "a triple shooting" three shot."""

    code = "CB06"
    examples = (("Police are investigating a double murder.", {"category": "killed", "min": 2}),)
    counter_examples = ("The striker scored a double in the final.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return multiple_killings(sent.text) if has_any(sent.low, MULTIPLE_WORDS) else []


class OneMore(ExtraRule):
    """CB07 · "She and six others were killed": the one named before "and" counts too."""

    code = "CB07"
    examples = (("She and six others were killed.", {"category": "killed", "min": 1}),)
    counter_examples = ("Eight others were killed.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return one_more(sent.text, sent.figures, sent.bound)


class ListedPeople(ExtraRule):
    """CB08 · Single people listed with no figure: "Man, toddler found dead" counts 2."""

    code = "CB08"
    examples = (("Man, toddler found dead in house fire", {"category": "killed", "min": 1}),)
    counter_examples = ("Man found safe after search",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return listed_people(sent.text, sent.cues, sent.bound)


class Suicide(ExtraRule):
    """CB09 · "shot his wife before killing himself": the one who took their life died too."""

    code = "CB09"
    examples = (
        (
            "Police said the man shot his wife before killing himself.",
            {"category": "killed", "min": 1},
        ),
    )
    counter_examples = ("He hurt himself playing football.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return suicide_claims(sent.text) if has_any(sent.low, SUICIDE_WORDS) else []


class NamedVictims(ExtraRule):
    """CB10 · Named people with ages: "Ann Roe, 34, and Ed Roe, 2, were killed" is 2."""

    code = "CB10"
    examples = (("Ann Roe, 34, and Ed Roe, 2, were killed.", {"category": "killed", "min": 2}),)
    counter_examples = ("Ann Roe, 34, and Ed Roe, 2, were honoured.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if "," not in sent.text or not AGE_AFTER_COMMA.search(sent.text):
            return []
        return named_lists(sent.text, sent.cues, found)


class NamedVictim(ExtraRule):
    """CB12 · A named person before a casualty verb is one victim: "Ivan Pell was killed"."""

    code = "CB12"
    examples = (
        ("Corporal Ivan Pell was killed on Tuesday.", {"category": "killed", "min": 1}),
        ("Dana K. Orr died in hospital.", {"category": "killed", "min": 1}),
        ("Pavel Orr, 45, a former mayor, was murdered.", {"category": "killed", "min": 1}),
    )
    counter_examples = (
        "Ivan Pell said the bridge was closed.",
        "The Harbour Police Department was criticised.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        named = named_victims(sent.text, sent.cues)
        if "," in sent.text:
            taken = {b.figure.start for b in named}
            apposed = apposed_named_victims(sent.text, sent.cues)
            named += [b for b in apposed if b.figure.start not in taken]
        return named


class JoinedNamedVictims(ExtraRule):
    """CB15 · Named people joined before a plural casualty verb count one each."""

    code = "CB15"
    examples = (
        ("Ana Ruiz and Tomas Brel were killed in the blast.", {"category": "killed", "min": 1}),
        ("REPORTER ANA RUIZ AND TOMAS BREL WERE WOUNDED.", {"category": "wounded", "min": 1}),
    )
    counter_examples = ("Ana Ruiz and Tomas Brel were married in May.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return joined_named_victims(sent.text, sent.cues)


class TakenPrisoner(ExtraRule):
    """CB13 · A figure taken prisoner, captive or hostage: "took 14 soldiers prisoner"."""

    code = "CB13"
    examples = (
        ("Rebels said they had taken 14 soldiers prisoner.", {"category": "captured", "min": 14}),
        ("The gang took two tourists hostage.", {"category": "kidnapped", "min": 2}),
    )
    counter_examples = ("It took 14 hours to free the prisoner.",)

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        bound = {b.figure.start for b in found}
        unbound = [f for f in sent.figures if f.start not in bound]
        return taken_prisoner(sent.text, unbound) if "ak" in sent.low or "oo" in sent.low else []


class VictimNamedAfter(ExtraRule):
    """CB14 · A person named right after a casualty cue is one victim.

    "the murder of Senator Ana Ruiz", "gunmen killed Tomas Brel", and in all-capital wire
    copy "THE ASSASSINATION OF MAYOR TOMAS BREL".
    """

    code = "CB14"
    examples = (
        ("Police investigate the murder of Senator Ana Ruiz.", {"category": "killed", "min": 1}),
        ("Gunmen killed Tomas Brel outside his home.", {"category": "killed", "min": 1}),
        ("THE ASSASSINATION OF MAYOR TOMAS BREL SHOCKED THE TOWN.", {"min": 1}),
    )
    counter_examples = (
        "Gunmen killed Kessel residents in the raid.",
        "THE MURDER OF SIX PRIESTS WAS CONDEMNED.",
        "KILLED POLICE OFFICERS WERE HONOURED.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return victims_named_after(sent.text, sent.cues, sent.figures, found)


class UnspecifiedPlural(Rule):
    """CB11 · A casualty cue whose subject or object is a plural of people, no figure.

    "the villagers were killed", "killing soldiers and policemen": min and max are None.
    """

    code = "CB11"
    examples = (("The villagers were killed.", {"category": "killed", "min": None, "max": None}),)
    counter_examples = (
        "Soldiers killed in the line of duty are honoured every year.",
        "If civilians are killed, the talks will end.",
    )

    def find(
        self, sent: SentenceParse, found: list[Binding], figures: Sequence[tuple[int, int]]
    ) -> list[Binding]:
        return plural_claims(sent.text, sent.cues, found, figures)


FATAL_PART = FatalPart()
MULTIPLE = MultipleKilling()
#: Phase 1, in order: on a tie in distance the first rule's binding wins.
FIGURE_RULES: tuple[FigureRule, ...] = (FigureThenCue(), CueThenFigure())
BOUND_RULES: tuple[BoundRule, ...] = (Coordinated(), AlongWith())
EXTRA_RULES: tuple[ExtraRule, ...] = (
    MULTIPLE,
    OneMore(),
    ListedPeople(),
    Suicide(),
    NamedVictims(),
    NamedVictim(),
    JoinedNamedVictims(),
    TakenPrisoner(),
    VictimNamedAfter(),
)
PLURAL_RULES: tuple[UnspecifiedPlural, ...] = (UnspecifiedPlural(),)
