"""Terrorism-report wire shapes (session 11, rules-muc10): speakers who say that people were
killed are not counted, victims named by their killers' noun ("the killers of two guards"),
and more. All text is our own fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def tolls(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.category, c.min, c.max, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two aides said that the recruits died in the crossfire.",
            [("killed", None, None, "recruits")],
        ),
        (
            "Early accounts suggest that the fishermen died at the hands of bandits.",
            [("killed", None, None, "fishermen")],
        ),
        (
            "Four aides said that the two recruits had been hurt.",
            [("wounded", 2, 2, "recruits")],
        ),
        # a relative clause with a verb of its own still runs up to the predicate
        ("Three guards that protected the mayor were killed.", [("killed", 3, 3, "guards")]),
        ("Two women that were injured in the crash died.", [("killed", 2, 2, "women")]),
    ],
    ids=[
        "officials-said-that",
        "reports-indicate-that",
        "count-inside-the-clause",
        "relative-with-its-verb",
        "relative-then-fate",
    ],
)
def test_a_that_clause_subject_is_not_the_speakers(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The killers of two police officers were arrested on Monday.",
            [("killed", 2, 2, "police officers")],
        ),
        (
            "THE ASSASSINS OF THE SIX MONKS WERE NEVER CAUGHT.",
            [("killed", 6, 6, "MONKS")],
        ),
        (
            "Police offered a reward for news of the murderers of three judges.",
            [("killed", 3, 3, "judges")],
        ),
        (
            "The kidnappers of three aid workers demanded a ransom.",
            [("kidnapped", 3, 3, "aid workers")],
        ),
        ("Police are searching for the killers of Ana Ruiz.", [("killed", 1, 1, None)]),
        # a bare plural after the agent noun may be whom they serve
        ("The senator was shot dead by hired assassins of smugglers.", []),
        ("The killers of the priests have never been found.", []),
    ],
    ids=[
        "killers-of-count",
        "assassins-of-upper",
        "murderers-of",
        "kidnappers-of",
        "killers-of-name",
        "assassins-of-their-masters",
        "killers-of-bare-plural",
    ],
)
def test_victims_named_by_their_killers_noun(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three teenagers on a moped shot at the guards near the bridge.", []),
        ("Two men shot at police officers outside the bank.", []),
        (
            "FOUR MEN SHOT AT THE SOLDIERS, WOUNDING TWO.",
            [("wounded", 2, 2, None)],
        ),
        # "shot at" a place: the people were shot there
        ("Four people shot at a nightclub on Sunday.", [("killed_or_wounded", 4, 4, "people")]),
        (
            # the main verb after the reduced relative tells they lived (rules-gva16)
            "Two people shot at the police station were taken to hospital.",
            [("wounded", 2, 2, "people")],
        ),
    ],
    ids=["teenagers-shot-at-guards", "men-shot-at-officers", "then-wounding", "place", "station"],
)
def test_shooting_at_people_makes_the_subject_the_shooters(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six monks -- five Finns and a Peruvian -- were murdered.",
            [
                ("killed", 6, 6, "monks"),
                ("killed", 5, 5, "Finns"),
                ("killed", 1, 1, "Peruvian"),
            ],
        ),
        (
            "Six monks (five Danes and one Swede) were murdered.",
            [("killed", 6, 6, "monks"), ("killed", 5, 5, "Danes"), ("killed", 1, 1, "Swede")],
        ),
        ("Nine Greeks were hurt when the ferry caught fire.", [("wounded", 9, 9, "Greeks")]),
        # a lower-case adjective in -an is no person
        (
            "The blast killed a suburban resident and a driver.",
            [("killed", 1, 1, "suburban resident"), ("killed", 1, 1, "driver")],
        ),
    ],
    ids=["dashed-demonyms", "bracketed-demonyms", "irregular-plural", "adjective-in-an"],
)
def test_peoples_named_by_their_demonyms(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels retaliated by killing three hostages.", [("killed", 3, 3, "hostages")]),
        ("Troops stormed the house, freeing 12 hostages.", [("rescued", 12, 12, "hostages")]),
        ("The gang still holds 12 hostages.", [("kidnapped", 12, 12, None)]),
    ],
    ids=["killing-hostages", "freeing-hostages", "holding-hostages"],
)
def test_an_act_before_hostages_is_what_befell_them(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A grenade went off by the stalls, killing Pedro Valdes, 33; Marta Quiroga, 27;"
            " and a bus driver.",
            [("killed", 3, 3, None)],
        ),
        (
            "The blast killed Pedro Valdes, 33; Marta Quiroga, 27; and a driver, 30, police said.",
            [("killed", 3, 3, None)],
        ),
        (
            "The grenade killed Pedro Valdes, 33, and Marta Quiroga, 27, in the market.",
            [("killed", 2, 2, None)],
        ),
        # an item that runs on in words no rule reads leaves the count unknown: no wrong
        # count of 2 or 3, only the people named one by one as far as they are read
        (
            "A grenade went off by the stalls, killing Pedro Valdes, 33; Marta Quiroga, 27; a boy"
            " called Tito by his friends; and Juan Tapia.",
            [("killed", 1, 1, None), ("killed", 1, 1, None)],
        ),
    ],
    ids=["and-a-police-officer", "and-a-driver-with-age", "closed-list", "runs-on"],
)
def test_a_named_list_counts_the_people_listed_after_the_names(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed the other two passengers.", [("killed", 2, 2, "passengers")]),
        (
            "The gunmen killed the mayor and the other three passengers.",
            [("killed", 3, 3, "passengers")],
        ),
        (
            "Gunmen killed the monks and two other people.",
            [("killed", None, None, "monks"), ("killed", 2, 2, "other people")],
        ),
        (
            "The town mourned after the murders of the monks and the other two gardeners.",
            [("killed", None, None, "monks"), ("killed", 2, 2, "gardeners")],
        ),
    ],
    ids=["the-other-two", "and-the-other-three", "plural-and-count", "murders-of-plural-and-count"],
)
def test_the_other_count_after_a_first_object(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia hoped to win the valley by killing all opponents.", []),
        ("The junta talks of peace while murdering herders each week.", []),
        ("The rebels retaliated by killing the hostages.", [("killed", None, None, "hostages")]),
        ("The rebels retaliated by killing three hostages.", [("killed", 3, 3, "hostages")]),
        ("Gunmen killed villagers in the raid.", [("killed", None, None, "villagers")]),
    ],
    ids=["by-killing-all", "while-murdering", "by-killing-the", "by-killing-count", "killed-bare"],
)
def test_a_gerund_of_means_with_a_bare_plural_is_no_act(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The injured were Tomas Brel, Ana Ruiz, and two other unnamed sailors.",
            [
                ("wounded", 1, 1, None),
                ("wounded", 1, 1, None),
                ("wounded", 2, 2, "other unnamed sailors"),
            ],
        ),
        (
            "Gunmen killed three other unarmed farmers.",
            [("killed", 3, 3, "other unarmed farmers")],
        ),
        # a participle after the people is their verb, not their adjective
        ("Three gunmen killed two villagers.", [("killed", 2, 2, "villagers")]),
    ],
    ids=["other-unnamed-sailors", "other-unarmed-farmers", "gunmen-killed"],
)
def test_a_participle_after_other_describes_the_people(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sniper managed to kill one guard and wound nine shoppers.",
            [("killed", 1, 1, "guard"), ("wounded", 9, 9, "shoppers")],
        ),
        ("The rebels vowed to kill and wound 100 soldiers.", []),
        ("He told them to lie down and wound up in hospital.", []),
        (
            "Two cadets died and 14 were hurt.",
            [("killed", 2, 2, "cadets"), ("wounded", 14, 14, None)],
        ),
    ],
    ids=["managed-to-kill-and-wound", "vowed", "wound-up", "killed-and-wounded"],
)
def test_a_base_verb_wounds_only_after_a_killing_done(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two young sisters -- aged 6 and 2 -- died in the fire.",
            [("killed", 2, 2, "young sisters")],
        ),
        (
            "TWO BOYS -- 11- YEARS OLD, 9- YEARS OLD -- DROWNED IN THE LAKE.",
            [("killed", 2, 2, "BOYS")],
        ),
        ("Two men -- both 30 -- were wounded.", [("wounded", 2, 2, "men")]),
    ],
    ids=["aged-between-dashes", "years-old-between-dashes", "both-between-dashes"],
)
def test_ages_between_dashes_do_not_break_a_count(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert tolls(text) == expected
