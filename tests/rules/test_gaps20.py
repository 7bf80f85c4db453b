"""Known gaps of the eighteenth and nineteenth sessions mended by helper gaps20 (lead session
20): occupations of ports, ships and sites as person nouns; "nobody here is dead yet" in a
quote; a definite count of deaths that moves a tally; a name with a lower-case "the" as a
source and a silent party before a "where" clause; no unspecified claim of the plural of a
part's whole; "the other" of two victims (CB131); a suspect hit by police (CB132); a count
whose aside puts it among the hurt (CB133); the captives listed after "included" (CB134); men
cut off below ground; a part of a deployment sent from elsewhere (CB135); a count among the
survivors. Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.category, c.min) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A porter was crushed to death by a falling crate.", [("killed", 1)]),
        ("A deckhand was injured when the ferry hit the pier.", [("wounded", 1)]),
        ("Gunmen shot dead a stevedore at the container terminal.", [("killed", 1)]),
        ("Three farmhands were hurt when the barn collapsed.", [("wounded", 3)]),
        # near miss: a surname, not the trade
        ("Officer Lena Porter said nobody else was on the quay.", []),
    ],
    ids=["porter", "deckhand", "stevedore", "farmhands", "surname"],
)
def test_occupations_as_person_nouns(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"No one here is dead yet," the coach said after a fifth straight loss.', []),
        ('"We lost again, but nobody\'s dead yet," the manager told reporters.', []),
        # near misses: a toll of zero in the past; the dead yet to be named
        ("No one was killed in the warehouse fire, the brigade said.", [("killed", 0)]),
        ("The 12 dead yet to be named were all miners.", [("killed", 12)]),
    ],
    ids=["no-one-here", "nobody-s", "was-killed", "yet-to-be-named"],
)
def test_nobody_dead_yet_is_no_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The monitor said the four killings lifted the death toll of the dispute to at"
            " least 19.",
            [("killed", 19)],
        ),
        ("Sunday's three deaths brought the toll from the unrest to 40.", [("killed", 40)]),
        # near misses: new deaths told with "more"; a definite count with no tally moved
        ("Two more deaths raised the toll to 51.", [("killed", 2), ("killed", 51)]),
        ("The two deaths were the first in the town this year.", [("killed", 2)]),
    ],
    ids=["the-four-killings", "sundays-three", "two-more", "no-tally"],
)
def test_a_definite_step_of_a_tally_is_no_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Friends Along the Orme said the cliff path would stay closed until spring.",
            [("statement", "Friends Along the Orme")],
        ),
        (
            "The charity Hands Across the Fell said 40 volunteers had joined the search.",
            [("statement", "The charity Hands Across the Fell")],
        ),
        # near misses: a capitalised preposition opening the sentence or a phrase of its own
        (
            "Along the Orme, residents said the path was closed.",
            [("statement", "residents")],
        ),
        (
            "Under the new rules, the council said the path was closed.",
            [("statement", "the council")],
        ),
    ],
    ids=["friends-along", "hands-across", "opening-place", "opening-phrase"],
)
def test_a_name_with_a_lower_case_the_stays_whole(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town where she was born said nothing.", [("non_response", "The town")]),
        (
            "The firm where he worked did not respond to requests for comment.",
            [("non_response", "The firm")],
        ),
        (
            "The army made no reference to civilian deaths in its statement.",
            [("non_response", "The army")],
        ),
        (
            "The army said its jets had struck two depots. It made no reference to civilian"
            " deaths.",
            [("statement", "The army"), ("non_response", "The army")],
        ),
        # near miss: the silent party is the subject itself
        ("The town council said nothing.", [("non_response", "The town council")]),
    ],
    ids=["born", "worked", "no-reference", "it-no-reference", "plain"],
)
def test_the_party_of_a_silence_before_a_place_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said one of the three shooting victims, a 51-year-old man, died.",
            [("killed", 1)],
        ),
        ("One of the four shooting victims, a cashier, died on Sunday.", [("killed", 1)]),
        # near misses: a plural with no part before it
        ("Gunmen shot villagers, a farmer said.", [("killed_or_wounded", None)]),
    ],
    ids=["shooting-victims", "cashier", "villagers"],
)
def test_the_plural_of_a_parts_whole_is_no_claim(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two men were shot; one died and the other, a man in his 30s, is in serious condition.",
            [("killed", 1), ("killed_or_wounded", 2), ("wounded", 1)],
        ),
        ("The other, a 23-year-old cyclist, was in critical condition.", [("wounded", 1)]),
        (
            "One of the hikers died at the scene, while the other was taken to hospital.",
            [("killed", 1), ("wounded", 1)],
        ),
        # near misses: the other of things; the other unhurt; "the other two" is a count
        ("The other lorry was badly damaged in the crash.", []),
        ("One guard was hurt and the other escaped unhurt.", [("wounded", 1)]),
        ("The other two victims were taken to hospital.", [("wounded", 2)]),
        # no "one ... the other": a named first person
        ("Ana Ruiz died at the scene, and the other rider was hurt.", [("killed", 1)]),
    ],
    ids=["pair", "apposed", "while", "lorry", "unhurt", "other-two", "named-first"],
)
def test_the_other_of_two_victims(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The suspect was struck twice by police gunfire and taken into surgery.",
            [("wounded", 1)],
        ),
        (
            "The gunman, a 34-year-old from Elm Falls, was shot by a deputy outside the store.",
            [("killed_or_wounded", 1)],
        ),
        ("A cyclist was struck twice by gunfire on Birch Road.", [("killed_or_wounded", 1)]),
        # near misses: killed by police; an arrest; his car hit
        ("The suspect was shot by police and died at the scene.", [("killed", 1)]),
        ("The suspect was arrested by police on Monday.", []),
        ("The suspect's van was hit by police gunfire.", []),
    ],
    ids=["struck-twice", "shot-by-deputy", "cyclist", "died", "arrested", "van"],
)
def test_a_suspect_wounded_by_police(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two guards, both among the hurt, were held for questioning.", [("wounded", 2)]),
        (
            "The two cooks, all of them among the hurt, were arrested at the depot.",
            [("arrested", 2), ("wounded", 2)],
        ),
        ("Three miners, all among the dead, were brothers.", [("killed", 3)]),
        # near misses: one of them only; things, not people
        ("Two guards, one of them among the hurt, were held for questioning.", []),
        ("Two buses, both among the damaged, were towed away.", []),
    ],
    ids=["guards", "pilots-detained", "miners-dead", "one-of-them", "buses"],
)
def test_a_count_whose_aside_tells_its_fate(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prefect said those taken included nine surveyors, two guards and a translator.",
            [("kidnapped", 1), ("kidnapped", 2), ("kidnapped", 9)],
        ),
        (
            "The hostages included five Danish nurses, a chef and three pilots.",
            [("kidnapped", 3), ("kidnapped", 5)],
        ),
        ("Those abducted include 12 students and a teacher.", [("kidnapped", 12)]),
        # near misses: no captives; people taken to hospital; a count told before with "the"
        ("The delegates included six engineers and two drivers.", []),
        ("Those taken to hospital included two drivers.", []),
        (
            "Those seized included four miners as well as the two pilots.",
            [("kidnapped", 4)],
        ),
    ],
    ids=["those-taken", "hostages-included", "abducted", "delegates", "hospital", "the-two"],
)
def test_counts_listed_after_the_captives_included(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers fear for at least nine drillers cut off beyond the rockfall.",
            [("missing", 9)],
        ),
        ("Twenty men were cut off underground when the roof gave way.", [("missing", 20)]),
        ("Two drillers were feared trapped below ground after the blast.", [("missing", 2)]),
        # near misses: stranded by water; a road
        ("About 4,000 villagers were cut off by floodwaters.", []),
        ("The pass road was cut off beyond the bridge.", []),
    ],
    ids=["feared-for", "cut-off", "feared-trapped", "floodwaters", "road"],
)
def test_men_cut_off_below_ground_are_missing(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 700 firefighters had been deployed by Monday, 120 of them sent from"
            " other districts.",
            [("deployed", 120), ("deployed", 700)],
        ),
        (
            "The ministry deployed 300 police officers, 40 of them from the capital.",
            [("deployed", 40), ("deployed", 300)],
        ),
        # near misses: a part that says who they are; a part of the hurt
        ("The ministry deployed 300 police officers, 40 of them women.", [("deployed", 300)]),
        ("Six hikers were hurt, two of them from other towns.", [("wounded", 6)]),
    ],
    ids=["sent-from", "from-the-capital", "women", "hurt"],
)
def test_a_part_sent_from_elsewhere(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the survivors were nine children, the harbour police said.", [("rescued", 9)]),
        ("The survivors included 14 crew members.", [("rescued", 14)]),
        # near misses: one survivor; survivors who speak
        ("Among the survivors was a boy of six.", []),
        ("The survivors said the ferry listed sharply before it sank.", []),
    ],
    ids=["among-the-survivors", "survivors-included", "one", "speak"],
)
def test_a_count_among_the_survivors_is_rescued(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One ranger died, the other was seriously wounded.", [("killed", 1), ("wounded", 1)]),
        (
            "One guard died and the other was shot in the chest.",
            [("killed", 1), ("killed_or_wounded", 1)],
        ),
        ("The attacker was also struck by gunfire, the sheriff said.", [("killed_or_wounded", 1)]),
        ("The attacker was struck by gunfire and is in stable condition.", [("wounded", 1)]),
        # near miss: a thing of his hit
        ("The attacker's van was also struck by gunfire.", []),
    ],
    ids=["other-seriously", "other-shot", "attacker-gunfire", "attacker-stable", "van"],
)
def test_the_other_badly_hurt_and_a_suspect_hit(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected
