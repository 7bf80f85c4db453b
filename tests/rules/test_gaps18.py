"""Known gaps mended in the seventeenth session by helper gaps18: a coordinated object before
"to death", a killing verb in a legal or figurative sense, a capture by a force, all-capital
"death of", a source with no comma after a list, an escape that is no casualty. Every
sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mob beat three guards and a cook to death.", [("killed", 3), ("killed", 1)]),
        ("Raiders stoned two farmers, a youth and his uncle, to death.", [("killed", 2)]),
        # near miss: the second part has a verb of its own
        ("The gang beat a clerk and kicked two guards to death.", [("killed", 2)]),
    ],
    ids=["and", "apposition", "second-verb"],
)
def test_a_coordinated_object_before_to_death(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Miller Oskar Linde, strangled by debt, closed the mill.", []),
        ("Mayor Vera Holt was slain by critics after the budget vote.", []),
        ("Two exiled generals were executed in absentia in 2019.", []),
        ("Protesters said the envoy was hanged in effigy.", []),
        # near misses: a real agent, a real date
        ("Miller Oskar Linde was strangled by an intruder.", [("killed", 1)]),
        ("Two exiled generals were executed in 2019.", [("killed", 2)]),
    ],
    ids=["debt", "critics", "absentia", "effigy", "intruder", "dated"],
)
def test_a_killing_verb_in_another_sense(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four smugglers were seized by police near the port.", [("arrested", 4)]),
        ("Eleven militants were seized by troops at dawn.", [("captured", 11)]),
        # near misses: things seized, and captors who are no force
        ("Four crates of rifles were seized by police near the port.", []),
        ("Four engineers were seized by gunmen near the port.", [("kidnapped", 4)]),
    ],
    ids=["police", "troops", "things", "gunmen"],
)
def test_a_capture_or_arrest_by_a_force_in_the_passive(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WOMAN CHARGED WITH MURDER IN THE DEATH OF A TAXI DRIVER", [("killed", 1)]),
        ("TWO HELD FOR MURDER IN THE DEATHS OF THREE MINERS", [("killed", 3)]),
        # near miss: a real place between the noun and "of" still reads as one cue
        ("THE MASSACRE IN KESSEL OF 30 FARMERS", [("killed", 30)]),
    ],
    ids=["death-of", "deaths-of", "placed"],
)
def test_death_of_in_all_capital_copy(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


def _sources(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "Bandits shot dead 7 miners and 2 guards officials confirmed.",
            [("killed", 7), ("killed", 2)],
            "officials",
        ),
        (
            "Bandits shot dead 7 miners and 2 guards local officials said.",
            [("killed", 7), ("killed", 2)],
            "local officials",
        ),
        # near miss: a source whose noun has a modifier of its own stays whole
        ("Two police officials said the mine was closed.", [], "Two police officials"),
    ],
    ids=["officials-confirmed", "local-officials", "compound-source"],
)
def test_a_source_with_no_comma_after_a_list(
    text: str, expected: list[tuple[str, int]], source: str
) -> None:
    assert _claims(text) == expected
    assert _sources(text) == [source]
    assert all(c.group in ("miners", "guards") for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders killed 6 herders and 3 boys escaped into the forest.", [("killed", 6)]),
        ("Raiders killed 6 herders, and 3 boys swam across the river.", [("killed", 6)]),
        ("Raiders killed 6 herders and 3 boys managed to hide.", [("killed", 6)]),
        # near miss: a participle inside the second noun phrase keeps the list
        (
            "Raiders killed 6 herders and 3 boys trapped in the pen.",
            [("killed", 6), ("killed", 3)],
        ),
    ],
    ids=["escaped", "swam", "managed", "participle"],
)
def test_an_escape_after_a_list_is_no_casualty(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six miners died in the collapse. Union leaders put the figure higher, at 10.",
            [("killed", 6), ("killed", 10)],
        ),
        (
            "Six miners died in the collapse. The figure was later put at 10.",
            [("killed", 6), ("killed", 10)],
        ),
        (
            "Six miners died in the collapse. By Friday the number had climbed to 10.",
            [("killed", 6), ("killed", 10)],
        ),
        # near misses: a number of other things, and a story of two counts
        ("Six miners died in the collapse. The number of strikes rose to 10.", [("killed", 6)]),
        (
            "Six miners died and 20 were hurt. The number rose to 30.",
            [("killed", 6), ("wounded", 20)],
        ),
    ],
    ids=["higher", "passive", "climbed", "other-things", "two-counts"],
)
def test_a_bare_count_noun_after_a_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected
