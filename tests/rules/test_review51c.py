"""review51c's sentences: gaps the lead left open, closed on invented text. Every sentence is
the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "freed", "taken"),
    [
        ("Four of the 12 engineers abducted from the site were freed on Monday.", 4, 12),
        ("Two of the nine drivers kidnapped near Orsa were freed on Friday.", 2, 9),
        ("Four of the 12 abducted engineers were freed on Monday.", 4, 12),
    ],
    ids=["participle-after", "kidnapped-near", "adjective-before"],
)
def test_a_freed_part_of_the_taken_is_rescued_beside_its_whole(
    text: str, freed: int, taken: int
) -> None:
    claims = _claims(text)
    assert ("rescued", freed) in claims
    assert ("kidnapped", taken) in claims
    assert ("rescued", taken) not in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four of the 12 engineers abducted last year have since retired.",
            [("kidnapped", 12)],
        ),
        ("Four of the 12 people taken to hospital were released.", [("wounded", 12)]),
        ("Two of the nine people held overnight were released without charge.", []),
    ],
    ids=["retired", "hospital", "held-overnight"],
)
def test_a_part_of_the_taken_with_no_freeing_stays(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Three porters who were listed among the dead on Monday were later found alive.", 3),
        ("Two climbers who had been declared dead were later found alive in a hut.", 2),
        ("Four fishermen who had been feared dead were found alive on a sandbank.", 4),
        ("Five hikers who had been reported missing were found alive near the lake.", 5),
    ],
    ids=["listed-among-dead", "declared-dead", "feared-dead", "reported-missing"],
)
def test_those_told_dead_then_found_alive_are_rescued(text: str, count: int) -> None:
    assert _claims(text) == [("rescued", count)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three paintings that had been listed among the lost were found.", []),
        ("Three passengers who were killed were found on Sunday.", [("killed", 3)]),
        ("Two men who were shot were found alive.", [("killed_or_wounded", 2)]),
    ],
    ids=["paintings", "killed-then-found", "shot-then-alive"],
)
def test_a_found_that_undoes_no_death_stays(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


_RAID = "Bandits raided the farm at Kessa before dawn. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _RAID + "Her husband and three sons were among those taken. Police gave chase.",
            [("kidnapped", 1), ("kidnapped", 3)],
        ),
        (
            _RAID + "His father and two brothers were among those taken, a neighbour said.",
            [("kidnapped", 1), ("kidnapped", 2)],
        ),
        (
            "His brother and four cousins were abducted from the market.",
            [("kidnapped", 1), ("kidnapped", 4)],
        ),
        (
            "Her sister and two nephews are missing after the landslide.",
            [("missing", 1), ("missing", 2)],
        ),
    ],
    ids=["among-those-taken", "taken-comma", "abducted", "missing"],
)
def test_kin_beside_a_count_of_the_taken_or_lost_count_too(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _RAID + "Her husband and three sons were among those taken to hospital. Police came.",
            [("wounded", 1), ("wounded", 3)],
        ),
        ("Her husband and three sons were among those taken on the tour. It rained.", []),
        ("Her son and 40 classmates were deployed to the front.", []),
        ("His car and two trucks were seized by the gang.", []),
    ],
    ids=["to-hospital", "tour", "deployed", "things"],
)
def test_those_taken_elsewhere_stay(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        (
            "The interior ministry put roughly 150 extra officers on the streets of Vell.",
            150,
            "approximately",
        ),
        ("The city had put 400 more police on the streets by Saturday night.", 400, "exact"),
        ("The prefect said 80 gendarmes would be on patrol during the carnival.", 80, "exact"),
        ("About 300 more police will be on the streets tonight.", 300, "approximately"),
        (
            "Nine men were held in an operation involving about 120 officers.",
            120,
            "approximately",
        ),
        ("The raid was an operation involving some 250 agents.", 250, "approximately"),
    ],
    ids=[
        "put-on-streets",
        "had-put",
        "would-be-on-patrol",
        "will-be-on-streets",
        "op-about",
        "op-some",
    ],
)
def test_a_service_put_out_or_on_patrol_is_deployed(text: str, count: int, qualifier: str) -> None:
    deployed = [(c.min, c.qualifier) for c in analyze(text).claims if c.category == "deployed"]
    assert deployed == [(count, qualifier)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council put 200 new buses on the streets.", []),
        ("Officials said 80 officers would be on leave during the carnival.", []),
        ("The court heard of a fraud involving some 300 agents.", []),
        ("Police put 300 officers on administrative leave.", []),
        ("About 2,000 people will be on the streets to protest the law.", []),
        ("Three officers on patrol were shot.", [("killed_or_wounded", 3)]),
        ("About 45 soldiers were on patrol when the mine went off.", []),
        ("Six gendarmes who would be on patrol that evening were hurt.", [("wounded", 6)]),
    ],
    ids=[
        "buses",
        "on-leave",
        "fraud",
        "admin-leave",
        "protesters",
        "shot-on-patrol",
        "were-on",
        "relative-future",
    ],
)
def test_no_service_sent_stays_no_deployment(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Villagers used ropes to bring 17 survivors up the slope.", 17),
        ("Fishermen helped carry nine survivors down the cliff path.", 9),
        ("Lifeboats brought 40 survivors ashore at Kessa.", 40),
        ("Of the 140 miners underground, 120 had reached the surface.", 120),
        ("By noon 75 workers had safely reached the surface.", 75),
    ],
    ids=["ropes-up", "helped-carry-down", "ashore", "reached-surface", "safely-reached"],
)
def test_the_saved_brought_up_or_down_are_rescued(text: str, count: int) -> None:
    assert ("rescued", count) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Workers used trucks to bring 17 crates up the hill.",
        "Of the 140 teams, 120 had reached the final.",
        "The agency helped bring 300 survivors up to date on their claims.",
        "Two buoys had reached the surface by noon.",
        "Investigators brought 23 survivors to the inquiry.",
    ],
    ids=["crates", "final", "up-to-date", "cars", "inquiry"],
)
def test_no_one_saved_stays_no_rescue(text: str) -> None:
    assert _claims(text) == []
