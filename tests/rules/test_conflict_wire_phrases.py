"""Conflict and disaster wire phrases, round 7 of the conflict rules (issue 9, from blind half
G's conflict groups): displacement and missing-person verbs, remains named by whom they were,
a verb or a figure in scare quotes, an estimated toll, a side's own dead, burns with their
degree. All text is our own fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def tolls(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.category, c.min, c.max, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 300 villagers abandoned their homes after the shelling.",
            [("displaced", 300, 300, "villagers")],
        ),
        (
            "Twelve fishermen have not been seen since the storm.",
            [("missing", 12, 12, "fishermen")],
        ),
        ("Some 40 hikers were last seen near the pass.", [("missing", 40, 40, "hikers")]),
        ("The gunman was last seen fleeing on foot.", []),
        (
            "The bodies included those of four women and two children, the coroner said.",
            [("killed", 4, 4, "women"), ("killed", 2, 2, "children")],
        ),
        (
            "Two firefighters were seriously burned in the blaze.",
            [("wounded", 2, 2, "firefighters")],
        ),
        ("Three people were burned to death in the house.", [("killed", 3, 3, "people")]),
        ("Forty houses were badly burned in the fire.", []),
    ],
    ids=[
        "abandoned-homes",
        "not-seen-since",
        "last-seen",
        "a-suspect-last-seen",
        "remains-of-those",
        "seriously-burned",
        "burned-to-death",
        "burned-houses",
    ],
)
def test_wire_verbs_of_displacement_loss_and_burns(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Troops had "neutralised" 12 of the insurgents.', [("killed", 12, 12, "insurgents")]),
        (
            'A report found that soldiers killed "between 150 and 200" detainees at the camp.',
            [("killed", 150, 200, "detainees")],
        ),
        ('The rebels said they had "liberated" 30 villages.', []),
    ],
    ids=["scare-quoted-verb", "quoted-figure-then-group", "a-quoted-verb-of-places"],
)
def test_scare_quotes(text: str, expected: list[tuple[str, float, float, str | None]]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He said the toll across the three districts could be between 60 and 80.",
            [("killed", 60, 80, None)],
        ),
        ('He said the toll "could be between 60 and 80".', [("killed", 60, 80, None)]),
        ("The toll from the two blasts rose to 45.", [("killed", 45, 45, None)]),
        ("He said the toll across the district could rise to 100.", []),
    ],
    ids=["estimate-after-a-phrase", "quoted-estimate", "figure-in-the-phrase", "a-projection"],
)
def test_a_toll_as_it_may_stand(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia said it lost two of its own in the raid.", [("killed", 2, 2, None)]),
        ("THE POLICE LOST ONE OF THEIR OWN IN THE SHOOTOUT.", [("killed", 1, 1, None)]),
        ("The club lost two of its own games at home.", []),
    ],
    ids=["two", "one-in-capitals", "games"],
)
def test_lost_of_their_own(text: str, expected: list[tuple[str, float, float, str | None]]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants beheaded two hostages.", [("killed", 2, 2, "hostages")]),
        ("Rebels hanged three informers in the square.", [("killed", 3, 3, "informers")]),
        ("Two men were stoned to death.", [("killed", 2, 2, "men")]),
        ("The gang strangled a guard.", [("killed", 1, 1, "guard")]),
        ("The lynching of two traders shocked the town.", [("killed", 2, 2, "traders")]),
        ("Two children suffocated in the fire.", [("killed", 2, 2, "children")]),
        ("A worker was electrocuted but survived.", []),
        ("He hanged a picture on the wall.", []),
    ],
    ids=[
        "beheaded",
        "hanged",
        "stoned",
        "strangled",
        "lynching-of",
        "suffocated",
        "shock",
        "picture",
    ],
)
def test_ways_of_killing(text: str, expected: list[tuple[str, float, float, str | None]]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("The militia said it had lost six fighters in the ambush.", "killed", 6),
        ("We lost four good men on that ridge, the captain said.", "killed", 4),
        # the nouns take in the wounded too
        ("The army put its losses at 200 men.", "killed_or_wounded", 200),
        ("The brigade suffered 40 casualties.", "killed_or_wounded", 40),
    ],
)
def test_to_lose_men_is_for_them_to_die(text: str, category: str, count: int) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == [(category, count)]


@pytest.mark.parametrize(
    "text",
    ["The team lost two players to injury.", "The firm lost 200 workers to layoffs."],
)
def test_losing_players_or_workers_is_no_casualty(text: str) -> None:
    assert analyze(text).claims == ()


@pytest.mark.parametrize(
    ("text", "count", "group"),
    [
        ('The front said more than 30 "traitor soldiers" had been killed.', 30, "traitor soldiers"),
        ("The ministry said 12 \u201cterrorists\u201d were killed in the raid.", 12, "terrorists"),
    ],
)
def test_a_group_in_scare_quotes_is_still_the_group(text: str, count: int, group: str) -> None:
    claims = analyze(text).claims
    assert [(c.category, c.min, c.group) for c in claims] == [("killed", count, group)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two hostages were released unharmed on Sunday.", [("rescued", 2)]),
        ("The rebels said three of the engineers had been released safely.", [("rescued", 3)]),
        ("The four men were set free after a ransom was paid.", [("rescued", 4)]),
        # released from care or custody is no rescue
        ("Four patients were released from hospital on Monday.", []),
        ("Two suspects were released on bail.", []),
    ],
)
def test_captives_released_unharmed_are_freed(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunmen killed the two hostages before fleeing.", [("killed", 2)]),
        ("The kidnappers shot dead the remaining three hostages.", [("killed", 3)]),
        ("The mill evacuated its remaining 80 workers on Friday.", [("evacuated", 80)]),
        ("The rebels freed the three hostages at dawn.", [("rescued", 3)]),
    ],
)
def test_a_verb_acts_on_its_object_with_determiners_between(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the three previous raids, one guard was hurt.", [("wounded", 1)]),
        ("In three separate shootings, four people were killed.", [("killed", 4)]),
        ("Two blasts killed nine people in the market.", [("killed", 9)]),
        # people coordinated before one verb still share it
        ("Twelve soldiers and three civilians were killed.", [("killed", 12), ("killed", 3)]),
    ],
)
def test_a_count_of_events_is_no_count_of_people(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 31 as badly burned workers died in hospital.", [("killed", 31)]),
        ("The toll reached 8 after wounded porters died overnight.", [("killed", 8)]),
        ("Soldiers were killed in the second blast.", [("killed", None)]),
    ],
)
def test_a_plural_that_says_why_a_toll_moved_is_its_detail(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed Mayor Tomas Orrin and two aides.", [("killed", 1), ("killed", 2)]),
        ("REBELS KILLED JUDGE ADA VENN AND THREE GUARDS.", [("killed", 1), ("killed", 3)]),
        (
            "The blast wounded Senator Ida Marr and four staff members.",
            [("wounded", 1), ("wounded", 4)],
        ),
        ("Gunmen killed Tomas Orrin outside his home.", [("killed", 1)]),
    ],
)
def test_a_named_object_before_a_count_is_one_more(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected
