"""Conflict and disaster wire copy (issue 9, round 6 of the conflict rules): acronyms of
bodies that spell a function word ("the WHO said"), sources cited by a body's noun, the
count nouns of wounded and missing tolls, people left without shelter. All text is our own
fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def claims(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.category, c.min, c.max, c.claimant) for c in analyze(text).claims]


def sources(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Some 1,200 people have died of cholera in Velmora, the WHO said.", "the WHO"),
        ("The WHO said 1,200 people had died of cholera in Velmora.", "The WHO"),
        ("Some 1,200 people have died of cholera, according to the WHO.", "the WHO"),
    ],
    ids=["after", "before", "according-to"],
)
def test_the_who_is_a_body_among_lower_case_words(text: str, claimant: str) -> None:
    assert [(c[0], c[3]) for c in claims(text)] == [("killed", claimant)]
    assert [s for s, _ in sources(text)] == [claimant]


def test_who_in_capitals_is_still_the_pronoun() -> None:
    text = "THE FERRYMAN WHO SAID NINE PEOPLE DROWNED WAS QUESTIONED."
    assert [c for *_, c in claims(text)] == [None]
    # a transcript's shouted stretch after a mixed-case label stays ordinary words
    assert sources("Host: FOLKS HERE ASK WHO IS TO BLAME FOR THE FIRE.") == []


def test_is_fighters_are_no_verb() -> None:
    text = "The army said IS fighters had killed 12 soldiers near the dam."
    assert claims(text) == [("killed", 12, 12, "The army")]


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        (
            "The toll rose above 4,000, state radio said, citing the disaster authority.",
            "the disaster authority",
            "state radio",
        ),
        ("At least 40 people were killed, the agency said, citing medics.", "medics", "the agency"),
    ],
    ids=["authority", "medics"],
)
def test_citing_a_body_or_medics(text: str, source: str, via: str) -> None:
    found = analyze(text)
    assert [(c.claimant, c.via) for c in found.claims] == [(source, via)]


def test_citing_a_reason_is_no_source() -> None:
    assert sources("The bank cut its forecast, citing the authority of the board.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of injured rose to 212, the health ministry said.", ("wounded", 212, 212)),
        ("The fire brigade put the number of wounded at 20.", ("wounded", 20, 20)),
        (
            "The number of people injured in the quake has risen to more than 1,500.",
            ("wounded", 1500, None),
        ),
        ("The number of missing fell to 40 as more survivors were found.", ("missing", 40, 40)),
    ],
    ids=["injured", "put-at", "people-injured", "missing"],
)
def test_count_nouns_of_wounded_and_missing_tolls(
    text: str, expected: tuple[str, float, float | None]
) -> None:
    assert [c[:3] for c in claims(text)] == [expected]


def test_an_undetermined_number_is_no_toll_noun() -> None:
    text = "AN UNKNOWN NUMBER OF WOUNDED PEOPLE WERE CARRIED FROM THE MARKET."
    assert [c[:3] for c in claims(text)] == [("wounded", None, None)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The cyclone killed 12 people and left 30,000 without shelter.", 30000),
        ("The blaze left some 5,000 refugees without homes, aid groups said.", 5000),
        ("About 2,000 families are now without a roof over their heads.", 2000),
    ],
    ids=["shelter", "homes", "roof"],
)
def test_people_left_without_shelter_are_displaced(text: str, figure: int) -> None:
    assert ("displaced", figure) in [(c[0], c[1]) for c in claims(text)]


def test_homes_without_power_displace_no_one() -> None:
    assert claims("The storm left 40,000 homes without power for two days.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His wife, Ana Ruiz, was also injured in the blast.", [("wounded", 1, 1, None)]),
        ("Her driver, Tomas Brel, was killed at the checkpoint.", [("killed", 1, 1, None)]),
        # also in all-capital copy since muc15 (two to four words between the commas)
        ("HIS WIFE, ANA RUIZ, WAS ALSO INJURED IN THE BLAST.", [("wounded", 1, 1, None)]),
        ("His wife, Ana Ruiz, was not hurt.", []),
    ],
    ids=["wife", "driver", "capitals", "negated"],
)
def test_one_person_named_between_commas(text: str, expected: list[object]) -> None:
    assert claims(text) == expected


def test_a_clause_after_a_described_victim_is_no_second_victim() -> None:
    text = "The gunman killed Tomas Brel, a local councillor, and then fled."
    assert claims(text) == [("killed", 1, 1, None)]
    text = "Rebels killed Ana Ruiz, the village nurse, and her son, relatives said."
    assert claims(text) == [("killed", 1, 1, "relatives")] * 2


def test_a_part_or_an_earlier_value_shares_no_cue_with_the_next_figure() -> None:
    text = "The floods have affected 90,000 people, and 8,000 of them were displaced."
    assert [c[:2] for c in claims(text)] == [("displaced", 8000)]
    text = "The rains have claimed 56 lives, up from 43 on Friday, and 9,000 people fled."
    # the earlier value is its own claim of the toll (CB124, twentieth session), not displaced
    assert [c[:2] for c in claims(text)] == [("killed", 56), ("killed", 43), ("displaced", 9000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cyclone killed a total of 87 people, including 19 children.", [87, 19]),
        ("The army said it had killed a total of nine fighters.", [9]),
    ],
    ids=["with-part", "said"],
)
def test_a_total_of_between_verb_and_count(text: str, expected: list[int]) -> None:
    assert [c[1] for c in claims(text) if c[0] == "killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Around 7,500 displaced people remain in collective shelters.", ("displaced", 7500)),
        ("Some 2,000 residents spent a third night in the open.", ("displaced", 2000)),
        ("About 250 residents spent a second night at the evacuation centre.", ("displaced", 250)),
        ("The evacuation order covers some 4,000 residents of the canyon.", ("evacuated", 4000)),
        ("About 2,500 homeowners are under a mandatory evacuation order.", ("evacuated", 2500)),
        ("Neighbouring provinces sent 120 volunteers overnight.", ("deployed", 120)),
    ],
    ids=[
        "collective-shelters",
        "night-in-the-open",
        "night-at-centre",
        "order-covers",
        "under-order",
        "volunteers-sent",
    ],
)
def test_disaster_wire_phrases(text: str, expected: tuple[str, int]) -> None:
    assert expected in [c[:2] for c in claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The sheriff told four more communities to evacuate.",
        "The storm flattened 800 homes in three counties.",
        "The charity shipped 30 tonnes of flour to the valley.",
    ],
    ids=["communities", "counties", "tonnes"],
)
def test_places_and_goods_are_no_headcount(text: str) -> None:
    assert claims(text) == []


def test_a_military_death_toll_put_at_a_figure() -> None:
    text = "The general staff puts its military death toll at 900."
    assert claims(text) == [("killed", 900, 900, "The general staff")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bandits freed six of the 40 travellers they seized.", ("rescued", 6)),
        ("Police said the raid freed 14 hostages.", ("rescued", 14)),
        ("Eleven others, among them two nurses, remain in captivity.", ("kidnapped", 11)),
        ("Three engineers are still in captivity.", ("kidnapped", 3)),
    ],
    ids=["freed-of", "freed-hostages", "remain-in-captivity", "still-in-captivity"],
)
def test_captives_freed_and_still_held(text: str, expected: tuple[str, int]) -> None:
    assert expected in [c[:2] for c in claims(text)]


def test_the_court_frees_no_one_by_rescue() -> None:
    assert claims("The court freed 12 prisoners on bail.") == []
    assert claims("The panda was born in captivity.") == []


def test_a_pronoun_after_the_group_opens_its_relative_clause() -> None:
    found = analyze("The bandits freed six of the 40 travellers they abducted.").claims
    assert [(c.category, c.group) for c in found if c.min == 40] == [("kidnapped", "travellers")]


def test_a_part_in_the_past_perfect_tells_its_own_earlier_state() -> None:
    text = "Rescue teams pulled 8 survivors from the mud, including a nurse who had been missing."
    assert [c[:2] for c in claims(text)] == [("rescued", 8)]
    # in the simple past the part's verb tells the whole's fate too
    text = "Rangers found six hikers, including a guide who was struck in the arm."
    assert ("wounded", 6) in [c[:2] for c in claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The premier declared a state of emergency across the delta.",
        "The president declared three days of national mourning.",
        "The army declared martial law in the province.",
    ],
    ids=["state-of-emergency", "mourning", "martial-law"],
)
def test_declaring_an_act_is_no_statement(text: str) -> None:
    assert sources(text) == []


def test_declaring_a_fact_is_still_a_statement() -> None:
    assert sources("The ministry declared that 40 people had died.") == [
        ("The ministry", "declared")
    ]


def test_a_restrictive_clause_on_an_object_names_no_silent_party() -> None:
    text = "Nurses visited patients who had not answered letters from the clinic."
    assert analyze(text).attributions == ()
    text = "The ministry, which had not answered calls by Sunday, later issued a statement."
    assert [(a.source, a.kind) for a in analyze(text).attributions] == [
        ("The ministry", "non_response")
    ]
