"""People listed in the object of a killing (CB75), a count's members between dashes (CB77)
and the story's victims listed in a sentence of their own (CB78): every claim of the text, in
order, so that a miscounted or extra person fails. All text is our own."""

from __future__ import annotations

import pytest

from rules.casualties import find_claims
from rules.text import Document


def claims(text: str) -> list[tuple[str, float | None, str | None, str, str]]:
    return [
        (c.category, c.min, c.group, c.figure_text, c.rule) for c in find_claims(Document(text), ())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen killed the mayor of Orsk, his driver and a bodyguard on Monday.",
            [
                ("killed", 1, "mayor", "the", "CB75"),
                ("killed", 1, "driver", "his", "CB75"),
                ("killed", 1, "bodyguard", "a", "CB75"),
            ],
        ),
        (
            # a name the list reader cannot read (a rank and a surname) still opens the list
            "Insurgents shot dead Major Varga, his driver and three guards near the bridge.",
            [
                ("killed", 1, None, "Major Varga", "CB14"),
                ("killed", 1, "driver", "his", "CB75"),
                ("killed", 3, "guards", "three", "CB02"),
            ],
        ),
        (
            # a possessive person joined by "and" after a name lists on, not describes the name
            "MILITIAMEN MURDERED JUDGE ELENA SORO, HER BODYGUARD AND TWO POLICEMEN ON FRIDAY.",
            [
                ("killed", 1, None, "JUDGE ELENA SORO", "CB14"),
                ("killed", 1, "BODYGUARD", "HER", "CB75"),
                ("killed", 2, "POLICEMEN", "TWO", "CB02"),
            ],
        ),
        (
            "THE ENVOY DEPLORED THE MURDERS OF THE MONKS, THEIR PILOT, AND THE PILOT'S SON.",
            [
                ("killed", 1, "PILOT", "THEIR", "CB75"),
                ("killed", 1, "SON", "THE PILOT'S", "CB75"),
            ],
        ),
        (
            "Seven monks -- four farmers and three teachers -- were killed by gunmen.",
            [
                ("killed", 7, "monks", "Seven", "CB01"),
                ("killed", 4, "farmers", "four", "CB77"),
                ("killed", 3, "teachers", "three", "CB77"),
            ],
        ),
        (
            "A farmer and his wife were shot dead on Friday. Police identified the victims as"
            " Tomas Brel; his wife, Ana Ruiz; and their son.",
            [
                ("killed", 1, "farmer", "A", "CB04"),
                ("killed", 1, "wife", "his", "CB01"),
                ("killed", 1, None, "Tomas Brel", "CB78"),
                ("killed", 1, None, "Ana Ruiz", "CB78"),
                ("killed", 1, "son", "their", "CB78"),
            ],
        ),
        (
            "Officials said 11 villagers, including three nurses and two drivers, were killed.",
            [
                ("killed", 11, "villagers", "11", "CB01"),
                ("killed", 3, "nurses", "three", "CB33"),
                ("killed", 2, "drivers", "two", "CB33"),
            ],
        ),
        (
            # the parts end at the list's own outcome: the 16 is a count of its own
            "The blast left two pilots including the captain dead and nine others hurt.",
            [
                ("killed", 2, "pilots", "two", "CB01"),
                ("wounded", 9, "others", "nine", "CB01"),
            ],
        ),
        (
            # "including one man," closes before ", and": the two others are no part
            "Police detained three people, including one man, and two others were killed.",
            [
                ("arrested", 3, "people", "three", "CB02"),
                ("killed", 2, "others", "two", "CB01"),
            ],
        ),
    ],
    ids=[
        "object-list",
        "object-list-opened-by-rank-and-surname",
        "object-list-name-then-possessive-caps",
        "object-list-caps",
        "dashes",
        "victims-named",
        "including-two-parts",
        "including-ends-at-outcome",
        "including-closed-by-comma",
    ],
)
def test_claims(text: str, expected: list[tuple[str, float | None, str | None, str, str]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the list is the subject of a clause of its own
        "After the killing of the mayor, his driver and a guard were arrested.",
        # victims listed with no casualty told in the three sentences before
        "Fraud charges were filed. The victims were identified as Ana Ruiz and Tomas Brel.",
        # the sentences before tell of deaths and wounds: which victim is which is unsaid
        "One man was killed and two were hurt. The victims were named as Ana Ruiz and Ivo Sarn.",
        # a sentence of something else ends the story told before
        "Floods killed three people in the north. A broker was charged with fraud on Tuesday."
        " Among the victims were a retired teacher and a nurse, who lost their savings.",
        # a figure of speech
        "The reforms wounded the mayor, his deputy and a councillor politically.",
    ],
)
def test_no_claim_from_these_rules(text: str) -> None:
    assert not [c for c in claims(text) if c[4] in ("CB75", "CB77", "CB78")]


def test_a_toll_four_sentences_back_is_too_far() -> None:
    text = (
        "Two guards were shot dead. The depot closed. Trucks were turned away. The gates were"
        " locked. The victims were identified as Ana Ruiz and Tomas Brel."
    )
    assert [c[3] for c in claims(text) if c[4] == "CB78"] == []


def test_each_listed_sentence_of_a_long_text_takes_the_toll_right_before_it() -> None:
    # each "identified as" sentence reads only the claims of the sentences right before it
    # (read from the end of the claims so far, so a long text stays linear)
    # (each unit names other people: a victim named again is one claim, rules.claims.renamed)
    def units(count: int) -> str:
        return "".join(
            "Two men were killed. The victims were identified as "
            f"Ivo Sarn{_letters(i)} and Ana Ruiz{_letters(i)}. "
            for i in range(count)
        )

    small = claims(units(50))
    large = claims(units(400))
    assert len(large) == 8 * len(small) and len(small) == 50 * 3


def _letters(number: int) -> str:
    """A distinct lower-case suffix for each number: 0 "a", 25 "z", 26 "ba"."""
    letters = ""
    while True:
        number, rest = divmod(number, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[rest] + letters
        if not number:
            return letters
