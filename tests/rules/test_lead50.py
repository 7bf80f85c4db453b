"""Readings the fiftieth session's lead added. Every sentence is invented.

Claims: kin "lost" are dead where the count follows another loss in the same object ("lost
her husband and their four sons", "lost 30 sheep and three young men"), follows the loser's
own possessive ("lost her two sons"), or comes before the loser ("Two of the girls we lost");
not seats, votes, or people lost to a rival side. "We lost three babies on the ward" (where
carers watched them die). A count treated "for gunshot and machete wounds" (two kinds
joined) or "for breathing problems"; "four of them with rib fractures"; "nine were still on
its wards" (a hospital's own); "were among those treated"; "19 of them in high-dependency
units"; a second part told again, "11 of the dead were men and at least four were
children". A toll named first and set by "putting it at" a figure. No one killed in "had
killed three rival prototypes".

Silences: "was silent on whether", "let a reporter's calls ring out", "referred all further
questions to" another body, "had issued nothing on", a promise "within the hour" (quoted)
not kept, "slipped out ..., avoiding the waiting reporters".

Deployments: crews at work in the simple past ("toiled", "battled the blaze", "took part in
the raid"), crews of any size, services in a party of ten or more; not in a relative clause
("who dug").
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _killed(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.min, c.group) for c in analyze(text).claims if c.category == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mara Vell lost her husband and their four sons when the dam gave way.",
            [(4, "sons")],
        ),
        (
            "The herder said he had lost 30 sheep and three young men in the raid.",
            [(3, "young men")],
        ),
        ("\u201cWe lost our two daughters,\u201d the father told the inquiry.", [(2, "daughters")]),
        (
            "A teacher said two of the girls we lost had sung in the choir.",
            [(2, "girls")],
        ),
        ("Ilse Moor lost her mother and both of her aunts in the quake.", [(2, "aunts")]),
    ],
)
def test_kin_lost_after_another_loss_or_a_possessive(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    found = _killed(text)
    for figure in expected:
        assert figure in found


@pytest.mark.parametrize(
    "text",
    [
        "The coalition lost its majority and four seats at the election.",
        "The academy lost its coach and two boys to a rival club.",
        "Three of the appeals we lost went to the high court.",
        "The firm lost its founder and 40 workers to a competitor last year.",
        "She lost her keys and two umbrellas on the tram.",
    ],
)
def test_losses_that_are_no_deaths(text: str) -> None:
    assert _killed(text) == []


@pytest.mark.parametrize(
    ("text", "category", "figure"),
    [
        (
            "Measles has spread through the camps. \u201cWe lost three babies on the ward,\u201d"
            " a midwife said.",
            "killed",
            3,
        ),
        (
            "Raiders burned two hamlets. A field clinic treated 26 people for gunshot and"
            " machete wounds.",
            "wounded",
            26,
        ),
        (
            "Ammonia leaked from a cold store in Darrow. Eleven workers were treated for"
            " breathing problems.",
            "wounded",
            11,
        ),
        (
            "Storms hit Lisk. The infirmary treated 40 people for cuts, and seven were still on"
            " its wards on Monday.",
            "wounded",
            7,
        ),
        (
            "A crane fell on the site in Parr. Sixteen were hurt, four of them with rib fractures.",
            "wounded",
            4,
        ),
        (
            "Ammonia leaked at the depot. The firm said 11 of its own drivers were among those"
            " treated.",
            "wounded",
            11,
        ),
        (
            "Measles has spread in Tolm. The office said 230 children were in hospital, 19 of"
            " them in high-dependency units.",
            "wounded",
            19,
        ),
        (
            "A stand collapsed at the fair. Police said 11 of the dead were men and at least"
            " four were children.",
            "killed",
            4,
        ),
        (
            "Relief groups said the real toll was far higher, putting it at between 80 and 95.",
            "killed",
            80,
        ),
    ],
)
def test_counts_read_this_session(text: str, category: str, figure: float) -> None:
    found = [(c.category, c.min) for c in analyze(text).claims]
    assert (category, figure) in found


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe lost two matches in the league,\u201d the coach said.",
        "Nurses were still on the wards at midnight, the union said.",
        "The council valued the land, putting it at 40 million pesos.",
        "The mayor praised the crews and put it at the top of the agenda.",
        "The studio had killed three rival prototypes before the launch, an engineer said.",
    ],
)
def test_no_casualty_read(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category in ("killed", "wounded")] == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The ministry was silent on whether any of the guards had been armed.", "The ministry"),
        (
            "The owner of a feed store in Tarn let a reporter's calls ring unanswered.",
            "The owner of a feed store in Tarn",
        ),
        ("The navy had issued nothing on the collision by Sunday night.", "The navy"),
        (
            'The fire chief promised names "within the hour" but had sent none by dusk.',
            "The fire chief",
        ),
        (
            "The envoy slipped out through the kitchens, avoiding the waiting reporters.",
            "The envoy",
        ),
        (
            "The mill's press office referred all further questions to the fire service.",
            "The mill's press office",
        ),
    ],
)
def test_silences_read_this_session(text: str, party: str) -> None:
    found = [a.source for a in analyze(text).attributions if a.kind == "non_response"]
    assert found == [party]


@pytest.mark.parametrize(
    "text",
    [
        "The choir was silent on the steps of the chapel.",
        "The clinic referred 12 patients to a specialist in Orme.",
        "The minister slipped out early, avoiding the traffic on the ring road.",
    ],
)
def test_no_silence_read(text: str) -> None:
    assert [a for a in analyze(text).attributions if a.kind == "non_response"] == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A pier gave way at Selm. About 90 rescue workers toiled through the night.", 90),
        ("A tower caught fire in Brae. More than 160 firefighters battled the blaze.", 160),
        ("Some 300 agents took part in the raid, the customs office said.", 300),
    ],
)
def test_crews_at_work_in_the_simple_past_are_deployed(text: str, figure: float) -> None:
    found = [(c.category, c.min) for c in analyze(text).claims]
    assert ("deployed", figure) in found


@pytest.mark.parametrize(
    "text",
    [
        "About 80 volunteers who dug through the rubble that week have since formed a charity.",
        "Police said two officers searched the van and found a rifle.",
        "Two officers responded to a call about a fight at the bar.",
        "The visitors battled hard in the second half.",
    ],
)
def test_no_deployment_read(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category == "deployed"] == []


def test_a_second_part_with_a_fate_of_its_own_is_no_part_of_the_whole() -> None:
    found = [
        (c.category, c.min)
        for c in analyze(
            "Two of the wounded were from Tarn and three were questioned by police."
        ).claims
    ]
    assert ("wounded", 2) in found
    assert ("wounded", 3) not in found
