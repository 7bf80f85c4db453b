"""Readings the fifteenth session's lead added: headlines of police shootings and of a second
verb in the present tense, the part of the hurt still in care after "of whom", and ranks
written with a full stop that do not end a sentence. Every sentence is invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total
from rules.analyze import analyze
from tests.crosswire.divergence.factory import headed_findings


def _figures(text: str, category: str) -> list[float | None]:
    return [c.min for c in analyze(text).claims if c.category == category]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Deputies fatally shoot 2 carjacking suspects near Orme", 2),
        ("Troopers shoot, kill 3 men after highway chase", 3),
        ("Rebels kill 14 soldiers, wound 20 in border ambush", 14),
    ],
)
def test_a_headline_of_a_killing_in_the_present_tense(text: str, killed: int) -> None:
    assert killed in _figures(text, "killed")


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Rebels kill 14 soldiers, wound 20 in border ambush", 20),
        ("Storms kill 3, injure 41 across the valley", 41),
    ],
)
def test_the_second_verb_of_a_headline_counts_the_hurt(text: str, wounded: int) -> None:
    assert wounded in _figures(text, "wounded")


def test_an_intent_to_kill_is_no_headline_toll() -> None:
    text = "He told the rally the militia would kill and injure 500 people if it could."
    assert not analyze(text).claims


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Thirty-one people were hurt, nine of whom remained in hospital on Friday.", 9),
        ("The fire injured 25 tenants, 11 of whom were still being treated on Monday.", 11),
        ("Eighteen miners were hurt, six of whom are in intensive care.", 6),
    ],
)
def test_the_part_of_the_hurt_still_in_care(text: str, part: int) -> None:
    wounded = _figures(text, "wounded")
    assert part in wounded and len(wounded) == 2


def test_people_in_hospital_with_no_count_of_the_hurt_are_no_part() -> None:
    text = "The 40 passengers, 12 of whom were hospitalized, had boarded the ferry at Orme."
    assert not analyze(text).claims


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Forty people were pulled from the river, said Lt. j.g. Noel Ramos of the coast guard.",
            "Lt. j.g. Noel Ramos of the coast guard",
        ),
        (
            "Two sailors were hurt, Cdr. Ines Moura told reporters on the pier.",
            "Cdr. Ines Moura",
        ),
        (
            "The harbor master, Engr. Tomas Velez, said 12 people were missing.",
            "The harbor master, Engr. Tomas Velez",
        ),
    ],
)
def test_a_rank_with_a_full_stop_does_not_end_the_sentence(text: str, source: str) -> None:
    assert [a.source for a in analyze(text).attributions] == [source]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Of the 17 people aboard the ferry, eight were taken to a clinic.", [8]),
        ("Of the 30 passengers, 12 were injured.", [12]),
        ("Of those 22 workers, six were hurt in the blast.", [6]),
        ("The bus overturned; of the 30 passengers, 12 were injured.", [12]),
    ],
)
def test_a_fronted_whole_shares_no_cue_with_its_part(text: str, wounded: list[int]) -> None:
    assert _figures(text, "wounded") == wounded


def test_coordinated_counts_still_share_their_cue() -> None:
    assert _figures("Twelve soldiers and 3 civilians were killed.", "killed") == [12, 3]
    # "of the" that is no fronted whole leaves the coordination as it was
    text = "The army confirmed the deaths of the three soldiers and two civilians."
    assert _figures(text, "killed") == [3, 2]


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Two of the 12 people wounded in the raid later died.", 2, 12),
        ("Two of the 12 wounded later died, the mayor said.", 2, 12),
        ("One of the 30 people injured in the collapse died.", 1, 30),
        ("The toll rose to 9 after one of the 30 people injured died in hospital.", 9, 30),
    ],
)
def test_the_hurt_whole_of_a_part_that_died(text: str, killed: int, wounded: int) -> None:
    assert killed in _figures(text, "killed")
    assert wounded in _figures(text, "wounded")


@pytest.mark.parametrize(
    "text",
    [
        "Two of the 12 passengers later died.",
        "Two of the 12 people wounded remain in hospital.",
        "Four of the six people injured were soldiers.",
    ],
)
def test_no_hurt_whole_without_a_part_that_died(text: str) -> None:
    assert all(c.rule != "CB101" for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Second victim of Orme bar shooting dies",
            "Two of the 12 people wounded at an Orme bar on Friday have died.",
            (2, 10),
        ),
        (
            "Toll of Pell quarry blast rises to 4",
            "The toll rose to four on Monday after one of the 30 workers injured in the blast "
            "died in hospital.",
            (4, 29),
        ),
    ],
)
def test_the_key_counts_each_person_once(
    title: str, text: str, expected: tuple[float, float]
) -> None:
    findings = headed_findings(title, text)
    killed = category_total(findings, "killed")
    assert ((killed.stated if killed else 0), wounded_total(findings)) == expected


@pytest.mark.parametrize(
    ("text", "kidnapped"),
    [
        ("Gunmen seized seven road engineers near the border on Monday.", 7),
        ("Seven road engineers were seized by armed men near the border.", 7),
        ("The pirates snatched 11 crew members from the tanker.", 11),
    ],
)
def test_people_seized_by_captors_are_kidnapped(text: str, kidnapped: int) -> None:
    assert _figures(text, "kidnapped") == [kidnapped]


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers seized 30 kilograms of heroin and 12 rifles.",
        "Police seized 3 suspects after the raid on the warehouse.",
        "The rebels seized 40 rifles from the armoury.",
    ],
)
def test_goods_or_suspects_seized_are_no_kidnapping(text: str) -> None:
    assert not _figures(text, "kidnapped")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Malaria kills 400,000 people a year across the region.", "a year"),
        ("Police fatally shoot about 900 people every year, a study found.", "every year"),
        ("Road crashes kill about 1,300 people annually in the province.", "annually"),
    ],
)
def test_a_yearly_rate_is_a_running_total(text: str, period: str) -> None:
    (claim,) = analyze(text).claims
    assert claim.period == period


def test_a_toll_a_year_ago_is_no_rate() -> None:
    (claim,) = analyze("Three people were killed a year ago on the same corner.").claims
    assert claim.period is None


@pytest.mark.parametrize(
    "text",
    ["Voters kill 2 tax measures", "Wolves kill 5 calves near Orme", "Senators kill 3 amendments"],
)
def test_what_a_vote_or_a_predator_kills_is_no_toll(text: str) -> None:
    assert not analyze(text).claims


@pytest.mark.parametrize(
    "text",
    ["Militants seized the 300-bed hospital on Monday.", "Troops evacuated the 80-room hotel."],
)
def test_the_size_of_a_building_is_no_headcount(text: str) -> None:
    assert not analyze(text).claims


def test_the_hurt_whole_keeps_the_people_after_its_adjective() -> None:
    found = analyze("Two of the 12 wounded soldiers later died.").claims
    assert [(c.category, c.min, c.group) for c in found if c.category == "wounded"] == [
        ("wounded", 12, "soldiers")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cyclist killed, another hurt as van mounts curb on Pell Road",
        "Clerk dead, another badly injured as robbers open fire at Orme diner",
    ],
)
def test_a_headline_another_hurt_after_a_comma(text: str) -> None:
    assert _figures(text, "wounded") == [1]


def test_another_arrested_after_a_comma_is_no_casualty() -> None:
    assert _figures("One man was killed, another arrested after the raid.", "wounded") == []
