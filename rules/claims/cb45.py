"""CB45: the badly hurt part of a count ("12 were injured, three of them seriously")."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.wholes import THEM_REACH, whole_before
from rules.model import Figure
from rules.number_values import number_value
from rules.numbers import FigureSpan

#: The hurt a part is "with" (general English of injury reports): "four of them with serious
#: injuries", "two with severe head wounds"; the kind of injury, "with crush injuries", "with
#: internal bleeding"; the kind of hurt alone, "with stab wounds", "with burns", "with crushed
#: legs".
_WITH_HURT = (
    r"with\s+(?:severe|serious|critical|life[- ]threatening|extensive)\s+(?:head\s+)?"
    r"(?:burns|injuries|wounds)"
    r"|with\s+(?:crush|internal|spinal(?:\s+cord)?)\s+injuries|with\s+internal\s+bleeding"
    # "three of them with skull fractures", "two with light wounds" (50th session)
    r"|with\s+(?:light|minor|slight|head|leg|multiple)\s+(?:injuries|wounds)"
    r"|with\s+(?:skull|leg|arm|hip|rib|pelvic|multiple)\s+fractures"
    r"|with\s+(?:(?:stab|gunshot|bullet|knife|shrapnel)\s+wounds|burns"
    r"|(?:severe\s+|serious\s+)?(?:frostbite|hypothermia|fractures|broken\s+bones)"
    r"|(?:crushed|broken)\s+(?:legs|arms|limbs))"
)
#: After the part's figure: "of them" and how badly they were hurt. General English of injury
#: reports; "fatally" is CB03's.
_OF_THEM_HURT = re.compile(
    r"\s+of\s+them\s+(?:(?:were|are|was|is|remain|remains|remained|listed)\s+)?"
    r"(?P<how>seriously|critically|severely|gravely|badly"
    # "of whom four are critical": the adjective after its verb (not "critical of the
    # rescue effort", which judges)
    r"|(?:(?<=are\s)|(?<=were\s)|(?<=is\s)|(?<=was\s))critical(?!\s+(?:of|about)\b)"
    r"|in\s+(?:a\s+)?(?:critical|serious|grave|life[- ]threatening)\s+condition"
    r"|" + _WITH_HURT + r""
    # "treated 143 ..., 37 of them for gunshot wounds": the kind of hurt they were treated for
    r"|for\s+(?:(?:stab|gunshot|bullet|knife|shrapnel)\s+wounds|burns|serious\s+injuries)"
    # "four of them for crushed legs", "three of them for injuries suffered while fleeing",
    # "12 of them by petrol bombs" (what hurt them; thirty-sixth session)
    r"|for\s+(?:(?:head|leg|crush)\s+)?injuries|for\s+(?:crushed|broken)\s+(?:legs|arms|limbs)"
    r"|for\s+(?:smoke\s+inhalation|heat\s+exhaustion|heatstroke)"
    # "two of them for hypothermia", "three for broken bones" (thirty-eighth session)
    r"|for\s+(?:severe\s+)?(?:hypothermia|frostbite|fractures|broken\s+bones|burns)"
    r"|by\s+(?:stray\s+|rubber\s+|live\s+)?(?:bullets|gunfire|shrapnel|pellets|petrol\s+bombs"
    r"|stones|rocks|grenades|machetes|knives)"
    # "nine of them hit by bullets": how they were hurt (general English of shooting reports)
    r"|hit\s+by\s+(?:stray\s+|rubber\s+)?(?:bullets|gunfire|shrapnel|pellets)"
    # "nine of whom remain in hospital", "12 of whom were still being treated": the part of
    # the hurt still under care, the way hospital and police briefings update a count
    r"|(?P<care>(?:still\s+)?(?:(?:in|at)\s+(?:the\s+|a\s+)?hospital|hospitali[sz]ed"
    # "were admitted", not "admitted to speeding"; "being treated", not "treated as witnesses"
    r"|in\s+intensive\s+care|in\s+the\s+(?:burns?|trauma|intensive\s+care)\s+(?:unit|ward)"
    # "38 of them in high-dependency units" (50th session)
    r"|in\s+(?:the\s+)?(?:high[- ]dependency|critical[- ]care)\s+(?:units?|wards?)"
    # "were taken to hospital, nine of them to intensive care": the verb of the whole left out
    r"|(?:(?:taken|sent|moved|transferred|rushed|flown|airlifted)\s+)?to\s+(?:intensive\s+care"
    r"|the\s+(?:burns?|trauma|intensive\s+care)\s+(?:unit|ward))"
    # "30 were hurt, four of them flown by helicopter to the capital": carried on for care,
    # only after a count of the wounded (``find``)
    r"|(?P<carried>(?:flown|airlifted)(?:\s+by\s+(?:helicopter|air\s+ambulance|air))?\s+to)"
    # "five of them on oxygen", "two of whom are on ventilators"
    r"|on\s+(?:oxygen|ventilators?|a\s+ventilator|life\s+support|respirators?)"
    r"|being\s+treated(?!\s+as\b)|(?<=were\s)admitted|(?<=was\s)admitted"
    # "15 of whom were receiving treatment in Tarso": care told by its noun, as "being treated"
    r"|receiving\s+(?:medical\s+|hospital\s+)?(?:treatment|care)"
    # "of whom 34 remain admitted", "12 of them still admitted"
    r"|(?:remain(?:s|ed)?|still)\s+admitted"
    # "260 of whom needed intensive care", "nine of them needing surgery" (35th session)
    r"|(?:needed|needing|required|requiring)\s+(?:intensive\s+care|surgery|hospital\s+treatment)"
    r")))\b",
    re.IGNORECASE,
)
#: A part told with its hurt and no "of them", right after a comma that follows a count of
#: the hurt: "Eleven people were taken to hospital, two with crushed legs".
_BARE_WITH_HURT = re.compile(r"\s+(?P<how>" + _WITH_HURT + r")\b", re.IGNORECASE)
SERIOUSLY_CUE = Cue("wounded", "(seriously)", before=True)
IN_CARE_CUE = Cue("wounded", "(in hospital)", before=True)


class BadlyHurtPart(ExtraRule):
    """CB45 · A part of a casualty count hurt badly is wounded: "More than 500 people were
    hurt, about 90 of them seriously" is also 90 wounded; "five were shot, two of them
    critically" two wounded. A part (``states_part``), never added to its whole.
    """

    code = "CB45"
    states_part = True
    rebinds = True
    words = (" of them ", " of whom ", " with ")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Forty people were injured in the stampede, about 12 of them seriously.",
            {"category": "wounded", "min": 12, "qualifier": "approximately"},
        ),
        (
            "Six guards were shot during the riot, two of them in critical condition.",
            {"category": "wounded", "min": 2, "max": 2},
        ),
        (
            "Nine of the hurt were flown to Orme, four of them with serious injuries.",
            {"category": "wounded", "min": 4, "max": 4},
        ),
        (
            "Eleven miners were injured, three of whom were seriously burned.",
            {"category": "wounded", "min": 3, "max": 3},
        ),
        (
            "Thirty fans were hurt in the crush, eight of whom remained in hospital on Sunday.",
            {"category": "wounded", "min": 8, "max": 8},
        ),
        (
            "The blast injured 25 workers, 11 of whom were still being treated on Monday.",
            {"category": "wounded", "min": 11, "max": 11},
        ),
        (
            "Clinics took in 140 people with burns, 35 of whom needed intensive care.",
            {"category": "wounded", "min": 35, "max": 35},
        ),
        (
            "Dozens of fans were hurt in the crush, several of them with burns.",
            {"category": "wounded", "min": None, "qualifier": "unspecified"},
        ),
        (
            "Twenty people were wounded in the crossfire, nine of them hit by bullets.",
            {"category": "wounded", "min": 9, "max": 9},
        ),
        (
            "Nineteen climbers were hurt, of whom four are critical.",
            {"category": "wounded", "min": 4, "figure_text": "four"},
        ),
        (
            "Twenty-three workers were taken to hospital, nine of them to intensive care.",
            {"category": "wounded", "min": 9, "max": 9},
        ),
        (
            "Eleven people were taken to hospital, two with crushed legs.",
            {"category": "wounded", "min": 2, "max": 2},
        ),
        # in care, after a count of the hurt (twenty-third session)
        (
            "The Orme clinic treated 90 people, of whom 12 remain in intensive care.",
            {"category": "wounded", "min": 12, "max": 12},
        ),
    )
    counter_examples = (
        "Six guards were shot during the riot, two of them fatally.",
        "Forty houses were damaged, about 12 of them seriously.",
        "Forty houses were damaged, 12 of them with severe cracks.",
        "Forty houses were damaged in the shelling, several of them hit by shrapnel.",
        "Twelve people were hurt, none of them seriously.",
        "Six firefighters were hurt in the blaze, which drove 300 residents from their homes,"
        " and 40 of them were hospitalized.",
        "The 40 passengers, 12 of whom were hospitalized, had boarded at Orme.",
        "The club signed 30 players, 12 of whom needed surgery last season.",
        "Staff moved 30 patients out of the flooded wing, nine of them to intensive care.",
        "Eleven people were taken to hospital, two with their children.",
        "Nine soldiers were killed, four of them flown home to Tarnet.",
        "Forty troops were deployed, 12 of them flown by helicopter to the border.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if " of whom " in sent.low:
            return _of_whom(sent, found)
        # a figure bound as wounded by a cue of its own ("four of them remain in intensive
        # care") is read again here as the part it is (``rebinds``)
        taken = {b.figure.start for b in found if b.cue.cue.category != "wounded"}
        parts = []
        for figure in sent.stated:
            hurt = _OF_THEM_HURT.match(sent.text, figure.end)
            bare = hurt is None and sent.text[: figure.start].rstrip().endswith(",")
            if bare:
                hurt = _BARE_WITH_HURT.match(sent.text, figure.end)
            if hurt is None or figure.start in taken or not _a_count(figure):
                continue
            whole = whole_before(sent.text, found, figure.start, reach=THEM_REACH)
            if (bare or hurt.groupdict().get("carried")) and (
                whole is None or whole.cue.cue.category != "wounded"
            ):
                continue  # "Police detained 14 men, two with knives": no part of the hurt
            dead = whole is not None and whole.cue.cue.category == "killed"
            if dead and hurt["how"].lower().startswith(("by", "hit")):
                continue  # "344 were killed last year, 301 of them by gunfire": how they died
            if whole is not None and smaller_than_whole(figure, whole, found):
                parts.append(Binding(figure, _cue(hurt), None, 0))
        return parts


def smaller_than_whole(
    part: FigureSpan, whole: Binding, found: list[Binding] | None = None
) -> bool:
    """Is the part less than its whole? "Six firefighters were hurt ... 300 residents ...,
    and 40 of them were hospitalized": the 40 are of the residents, no part of the six. A
    whole of counts joined under one cue is their sum ("Twelve inmates and two guards were
    treated, four of them for gunshot wounds", 47th session)."""
    low = part.figure.min
    joined = [b for b in found or [whole] if b.cue == whole.cue]
    sizes = [b.figure.figure.max or b.figure.figure.min for b in joined]
    most = None if None in sizes else sum(s or 0 for s in sizes)
    return low is None or most is None or low < most


def _a_count(figure: FigureSpan) -> bool:
    """A part of one or more, or a vague one ("several of them with burns"); not "none"."""
    return bool(figure.figure.min) or figure.figure.qualifier == "unspecified"


def _cue(hurt: re.Match[str], shift: int = 0) -> CueHit:
    """The part's cue: how badly hurt, or still in care (``shift``: the characters a probe
    added before it)."""
    cue = IN_CARE_CUE if hurt.groupdict().get("care") else SERIOUSLY_CUE
    return CueHit(hurt.start("how") - shift, hurt.end("how") - shift, cue)


#: "..., four of whom remain in serious condition": the count before "of whom" is no figure
#: of the sentence (``PARTITIVE_NOT_COUNT``), so the part is read here, the hurt as above.
_OF_WHOM = re.compile(
    r"\b(?P<part>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?=\s+of\s+whom\s)",
    re.IGNORECASE,
)


#: "..., of whom four are critical": the part after "of whom" (hospital briefings).
_WHOM_FIRST = re.compile(
    r",\s*of\s+whom\s+(?P<part>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    r"(?=\s+(?:are|were|is|was|remain|remained)\s)",
    re.IGNORECASE,
)


def _of_whom(sent: SentenceParse, found: list[Binding]) -> list[Binding]:
    """The badly hurt part told by "N of whom ..." or ", of whom N are ..." after a count of
    the hurt."""
    parts = []
    for match in (*_OF_WHOM.finditer(sent.text), *_WHOM_FIRST.finditer(sent.text)):
        if match.re is _OF_WHOM:
            hurt = _OF_THEM_HURT.match(sent.text.replace(" of whom ", " of them ", 1), match.end())
            shift = 0
        else:  # read ", of whom four are critical" as "four of them are critical"
            probe = f"{sent.text[: match.end()]} of them{sent.text[match.end() :]}"
            hurt, shift = _OF_THEM_HURT.match(probe, match.end()), len(" of them")
        value = number_value(match["part"])
        whole = whole_before(sent.text, found, match.start())
        if hurt is None or value is None or whole is None:
            continue
        if hurt.groupdict().get("carried") and whole.cue.cue.category != "wounded":
            continue  # "Nine soldiers were killed, of whom four were flown home": no hurt
        if shift and hurt["care"] and whole.cue.start > match.start():
            continue  # "The 40 passengers, of whom 12 were hospitalized": the part's own cue
        figure = FigureSpan(
            match.start("part"), match.end(), Figure(value, value, "exact", match["part"])
        )
        parts.append(Binding(figure, _cue(hurt, shift), None, 0))
    return parts
