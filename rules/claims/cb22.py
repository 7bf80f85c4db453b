"""CB22: the part of the shot who died, after "of them" or "of whom"."""

from __future__ import annotations

import re

import re2

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import FATAL_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import is_human_plural
from rules.number_values import number_value
from rules.numbers import ASCII_SPACE, FigureSpan, ascii_lacks

#: "..., one of them fatally", "..., two of whom died", "One of the victims later died".
_PART_DIED = re.compile(
    r"\b(?P<part>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:more\s+)?of\s+"
    r"(?:(?P<them>them|whom|which)|the\s+(?:(?:(?P<whole>two|three|four|five|six|\d{1,2})\s+)?"
    # "one of the two stabbing victims": the victims of the act told before
    r"(?P<act>shooting|stabbing|crash|blast|bombing|attack|fire)\s+)?"
    # "two of the critically injured succumbed" (session 20)
    r"(?:(?:critically|seriously|severely|badly|gravely)\s+)?(?:victims|wounded|injured"
    r"|rescued|survivors|hospitali[sz]ed)"
    # "One of the men died there", "one of the two teenagers later died": people of a count
    # told before (a human plural, checked in ``find``)
    # "two of the wounded soldiers later died" (round 9)
    # "one of his bodyguards was killed", "one of the mayor's guards": a possessor's people
    r"|(?:(?:(?P<owner>the\s+[A-Za-z-]+['’]s|his|her|their|its|our)|the)\s+"
    r"(?:(?:two|three|four|five|six|\d{1,2})\s+)?"
    # "one of 52 passengers was killed": a count of people with no determiner
    r"|(?P<bare>(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})*|\d+)\s+"
    r"(?:[a-z-]+\s+)?))"  # "one of 40 trapped miners", "one of 2,000 protesters"
    r"(?:(?P<hurt>wounded|injured)\s+)?"
    r"(?P<plural>[A-Za-z]+))"
    # an aside: "one of them, a 20-year-old man, died", "One of the victims, Ivo Tal, 47, died"
    r"(?:\s*,\s*[^,.;()]{1,60}?(?:,\s*[^,.;()]{1,20}?)?,)?\s+"
    # "one of them has since died" (the update's usual wording)
    r"(?P<verb>fatally\b|(?:(?:later|also|eventually|since|has|have|had)\s+){0,2}"
    r"(?:died|succumbed)\b"
    # "one of them, a 29-year-old man, was pronounced dead" (crime-report formula)
    r"|(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?(?:pronounced|declared)\s+dead\b"
    # "One of the 20 tourists was killed": the one's own passive of killing (a plural part,
    # "two of the 20 were killed", is a figure the figure rules read with its group)
    r"|(?P<passive>(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:killed|slain|shot\s+dead"
    r"|fatally\s+(?:shot|stabbed|wounded|injured))\b)"
    # "suffered gunshot wounds, one of which proved fatal": the part of the hurt (or of their
    # wounds, one a person) that was deadly
    r"|(?:proved|was|were)\s+(?:to\s+be\s+)?fatal\b(?!\s+(?:to|for)\b)"
    # "we have four victims, one of them deceased": a state after a count of victims
    r"|(?:(?:is|was)\s+)?(?P<state>deceased|dead)\b)",
    re.IGNORECASE,
)
#: Where a part with "of them" opens its sentence, "them" are the shot of the one before;
#: so too after an official's "said" ("Police said one of them later died"). The sources
#: are the usual ones of crime news (general knowledge of US local reporting).
_OPENING = re.compile(
    # a fronted time or place set off by a comma: "Two days later, one of them died", "On
    # Sunday, one of them died" (crime round 9)
    r"\W*(?:[A-Z][^,.;:\"]{1,40},\s+)?"
    r"(?:(?:police|authorities|officials|deputies|investigators|officers|the\s+sheriff"
    r"|the\s+coroner|the\s+medical\s+examiner|a\s+(?:police\s+)?spokes(?:man|woman|person))"
    r"\s+(?:said|say|says|reported|confirmed|added)\s+(?:that\s+)?)?$",
    re.IGNORECASE,
)
#: The opening every match of ``_PART_DIED`` holds, for RE2: a count, then "of" between
#: spaces (on ASCII text RE2 reads it as Python does; ``numbers.ascii_lacks``).
_PART_OF = re2.compile(
    (
        r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
        rf"{ASCII_SPACE}+(?:more{ASCII_SPACE}+)?of{ASCII_SPACE}"
    ).encode("ascii")
)


#: "of which" names the hurt's wounds right before the part: "suffered gunshot wounds, one".
_WOUNDS_BEFORE = re.compile(r"\b(?:wounds|injuries)\s*,\s*$", re.IGNORECASE)
#: After a figure: a count of victims ("four victims", "three shooting victims").
_VICTIMS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?victims\b", re.IGNORECASE)


class PartOfTheShotDied(ExtraRule):
    """CB22 · "Four people were shot, one of them fatally": the part who died was killed.

    "Of them" or "of whom" after a count of the shot or wounded in the same sentence (the
    rest of them are then the wounded), or opening a sentence ("One of them died Sunday");
    "of the victims" or "of the wounded" anywhere.
    """

    code = "CB22"
    rebinds = True  # "Two of them later died" is this part, not a toll (``ExtraRule.rebinds``)
    words = (" of ",)  # the engine's gate, ``ExtraRule.words``
    hints = (_PART_OF,)  # its first test (``ExtraRule.hints``)
    examples = (
        ("Three people were shot, one of them fatally.", {"category": "killed", "min": 1}),
        (
            "Three men suffered gunshot wounds, one of which proved fatal.",
            {"category": "killed", "min": 1, "max": 1},
        ),
        ("Four men were shot, two of whom died at a hospital.", {"min": 2}),
        (
            "The source added that two of the wounded soldiers later died.",
            {"category": "killed", "min": 2},
        ),
        ("At least nine people were shot, one of them fatally.", {"category": "killed", "min": 1}),
        ("One of the victims later died at a hospital.", {"category": "killed", "min": 1}),
        ("One of the victims has since died.", {"category": "killed", "min": 1}),
        ("One of the three stabbing victims, a woman, died on Friday.", {"min": 1, "max": 1}),
        ("Deputies said one of them died on Sunday.", {"category": "killed", "min": 1}),
        ("Two days later, one of them died.", {"category": "killed", "min": 1}),
        ("One of them, a 19-year-old cook, later died.", {"category": "killed", "min": 1}),
        ("One of the men died at the hospital on Friday.", {"category": "killed", "min": 1}),
        ("One of the 20 hikers was killed by the rockfall.", {"category": "killed", "min": 1}),
        ("Two of the rescued died overnight at the clinic.", {"category": "killed", "min": 2}),
        # a follow-up's further deaths among the hurt
        ("Three more of the injured died on Monday.", {"category": "killed", "min": 3, "max": 3}),
        # one's own passive of killing names a possessor's people anywhere (round 17)
        (
            "The mayor survived, but one of his guards was killed.",
            {"category": "killed", "min": 1, "group": "guards"},
        ),
        (
            "One of them, a 30-year-old roofer, was pronounced dead at Orme General.",
            {"category": "killed", "min": 1},
        ),
        (
            '"We have six victims, one of them deceased," the captain said.',
            {"category": "killed", "min": 1, "figure_text": "one"},
        ),
    )
    counter_examples = (
        "The family said two of them died years ago.",
        "Three people were shot; police questioned one of them.",
        "One of them, a nurse from Dale County, said the shooter had died.",
        # no count of the hurt before "them"
        "The crew pulled three cars from the lake, one of them dead in the water.",
        "The man has two brothers, one of them deceased.",
        "One of the horses died in the barn fire.",
        "One of his sons died in 1990.",
        "One of the two vans was killed off by the budget cuts.",
        "Police said the suspect shot one of the men who died at the scene.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if ascii_lacks(_PART_OF, sent.text):
            return []  # one RE2 pass: most sentences hold no count before "of"
        wholes = [
            b.figure.end
            for b in found
            if b.cue.cue.category in ("killed_or_wounded", "wounded") and b.figure.figure.min
        ]
        # "four victims, one of them deceased": a count of victims is a whole of the hurt
        wholes += [f.end for f in sent.figures if _VICTIMS_AFTER.match(sent.text, f.end)]
        bindings = []
        for match in _PART_DIED.finditer(sent.text):
            start, end = match.span("part")
            value = number_value(match["part"])
            if value is None or ((match["whole"] or match["bare"]) and value > 1):
                continue  # "two of the five stabbing victims died": the figure rules' count
            opening = _OPENING.match(sent.text[:start]) is not None
            if match["plural"] and not is_human_plural(match["plural"]):
                continue
            if (match["them"] or "").lower() == "which" and not _WOUNDS_BEFORE.search(
                sent.text, max(0, start - 40), start
            ):
                continue  # "three crashes, one of which was fatal": things, not the hurt
            them = match["them"] or match["plural"]
            # "the mayor lived, but one of the guards was killed": one's own passive tells the
            # killing, of a group it names (a plural part is the figure rules', with its group)
            told = value == 1 and match["plural"] and match["passive"]
            if match["owner"] and not told:
                continue  # "one of his sons died in 1990" may tell of any death
            # "of the wounded soldiers" names the hurt as "of the wounded" does
            if them and not (match["hurt"] or told or opening or any(w <= start for w in wholes)):
                continue
            if match["state"] and not (them and any(w <= start for w in wholes)):
                continue  # "one of the victims dead" has no verb; "one of them dead" a whole
            figure = FigureSpan(start, end, Figure(value, value, "exact", match["part"]))
            cue = CueHit(match.start("verb"), match.end("verb"), FATAL_CUE)
            bindings.append(Binding(figure, cue, match["plural"] if told else None, 0))
        return bindings


def opening_part_died(text: str) -> float | None:
    """The part "of them" a sentence opens with as dead ("One of them died on Friday,
    bringing the dead to ten"), whether or not a toll beside it took the claim's place (a
    single person beside a stated toll is no claim of its own); else None. Only "of them":
    "One of the injured died, raising the toll to two" keeps its reading (review49a)."""
    for match in _PART_DIED.finditer(text):
        if (match["them"] or "").lower() != "them" or match["state"]:
            continue  # "one of which", "one of the injured", "one of them dead"
        if _OPENING.match(text[: match.start("part")]) is not None:
            return number_value(match["part"])
    return None
