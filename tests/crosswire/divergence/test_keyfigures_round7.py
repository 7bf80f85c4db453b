"""Key figures of short crime and disaster stories of our own (issue 9, round 7).

Each story makes a careful reader choose the toll: another day's incident beside the lead's,
a round-up beside its deadliest incident, a count at a news conference, a relative clause that
names the dead. Every text is our own fictional writing.
"""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total

from .factory import analysed, headlined
from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two people were killed in a shooting at a gas station in Fenwick on Friday, the "
            "second deadly shooting in the city this week. On Tuesday, a 19-year-old was "
            "killed and two others were wounded on Cass Street.",
            (2, 0),
        ),
        (
            "A welder was shot and wounded outside a bar in Dunmere on Saturday night. On "
            "Sunday, he died at Kessmoor General, police said.",
            (1, 0),
        ),
        (
            "A 41-year-old woman was shot and killed inside her home on Pell Avenue on "
            "Wednesday evening, police said. It was the second killing on the street in a "
            "month: in January, two brothers were shot dead outside a barbershop nearby.",
            (1, 0),
        ),
        (
            "A weekend of violence left six people dead and 19 wounded across Varrow, police "
            "said Monday. In the deadliest incident, two men were shot and killed in a car on "
            "Lomax Avenue late Saturday.",
            (2, 19),
        ),
    ],
    ids=["another-weekday", "same-victim-next-day", "month-after-colon", "weekend-of-violence"],
)
def test_another_incident_gives_way(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A shooting outside a Kessmoor bar early Sunday left one man dead and another "
            "critically injured, police said.",
            (1, 1),
        ),
        (
            '"We have four victims, one of them deceased," Sheriff Hal Ruiz told the crowd of '
            "reporters late Tuesday. The other three were in serious condition at Mercy Ridge "
            "Hospital, he said.",
            (1, 3),
        ),
        (
            "Two days after a fire ripped through a nursing home in Calder, the number of "
            "residents who died has risen to nine, county officials said. Initially, officials "
            "reported six deaths. About 20 residents were hospitalized.",
            (9, 20),
        ),
        (
            "Police said a man opened fire inside a Fenwick convenience store on Tuesday, "
            "killing the clerk and wounding a customer. The suspect fled on foot.",
            (1, 1),
        ),
        (
            "Police initially said two people had been shot on Birch Street on Friday. One of "
            "them, a 29-year-old roofer, was pronounced dead at a hospital.",
            (1, 1),
        ),
    ],
    ids=[
        "left-dead-and-another",
        "news-conference",
        "number-who-died",
        "killing-the-clerk",
        "one-of-them-pronounced-dead",
    ],
)
def test_the_toll_a_reader_takes(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two men were shot outside a pool hall on Grell Street late Thursday, police said. "
            "Both were taken to Varrow Memorial Hospital. One of the men died there early "
            "Friday, a hospital spokesman said.",
            (1, 1),
        ),
        (
            "Friday's shooting was the 40th homicide in Orrin this year. The victim, a "
            "23-year-old man, was shot several times outside an apartment building on Dell "
            "Avenue and died at the scene, police said.",
            (1, 0),
        ),
        (
            "Initial reports said five people had died in the bus crash near Pell Pass, but "
            "officials later said three passengers were killed and 14 injured.",
            (3, 14),
        ),
        (
            "The gunman wounded three police officers before he was killed in an exchange of "
            "gunfire, the police chief said.",
            (1, 3),
        ),
        (
            "A 32-year-old man was shot multiple times on Royce Street on Saturday night and "
            "died at the scene, police said. Another man was wounded in the leg and is "
            "expected to survive.",
            (1, 1),
        ),
        (
            "Four people were found dead in a home on Bray Court on Sunday, and police believe "
            "a man killed his wife and their two sons before killing himself.",
            (4, 0),
        ),
        (
            "A 60-year-old man was killed and his wife was critically injured when a gunman "
            "opened fire on their car on Highway 12, state police said. The gunman was later "
            "found dead of a self-inflicted gunshot wound.",
            (2, 1),
        ),
        (
            "Three teenagers were wounded in a drive-by shooting near Calder Park on Monday "
            "afternoon, police said. It was the second shooting in the neighborhood in two "
            "days; on Sunday, a man was shot and killed two blocks away.",
            (0, 3),
        ),
        (
            "Two brothers were shot to death in Varrow on Saturday. A week earlier, a cousin of "
            "theirs had been wounded in a shooting on the same block.",
            (2, 0),
        ),
    ],
    ids=[
        "one-of-the-men-died",
        "the-victim-shot-and-died",
        "initial-report-taken-back",
        "killed-in-exchange-of-gunfire",
        "another-man-wounded",
        "the-dead-named-after-their-count",
        "gunman-found-dead-of-wound",
        "another-day-after-semicolon",
        "a-week-earlier",
    ],
)
def test_stories_of_round_seven(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


def test_a_headline_toll_in_the_present_tense() -> None:
    """ "Death toll ... rises to 33" over a body whose sentence adds bodies to reach it."""
    findings = analysed(
        "Ledger",
        "Death toll in Marl City roof collapse rises to 33\n\nRescuers pulled eight more "
        "bodies from the rubble of the Marl City mall overnight, raising the death toll to "
        "33, officials said Wednesday. Twenty-three people died on the first day.",
    )
    killed = category_total(findings, "killed")
    assert killed is not None and killed.stated == 33


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers pulled eight more bodies from the rubble of the Marl City mall overnight, "
            "raising the death toll to 33, officials said Wednesday.",
            (33, 0),
        ),
        (
            "The landlord shot two tenants during an argument over rent, killing one of them, "
            "police said. The other tenant was treated for a wound to his arm.",
            (1, 1),
        ),
        (
            "A weekend toll of four dead and 30 wounded was tallied by police on Monday. In "
            "the worst shooting, five people were hurt outside a bar on Orme Street.",
            (4, 5),
        ),
    ],
    ids=["raising-the-toll-to", "killing-one-of-them", "weekend-toll-is-a-round-up"],
)
def test_stories_of_round_seven_continued(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two people were killed in a shooting at a bar on Elm Street on Friday. A third "
            "victim died on Sunday, police said.",
            (3, 0),
        ),
        (
            "Three workers died when the scaffold fell on Monday. On Tuesday, rescuers found "
            "the body of a fourth victim.",
            (4, 0),
        ),
        (
            "Searchers found six more bodies in the Orme gorge on Friday, bringing the "
            "confirmed death toll from the bus crash to 27, police said.",
            (27, 0),
        ),
        (
            "Two bodies were found Thursday, bringing the number of dead from the Marl Ridge "
            "landslide to 11, officials said.",
            (11, 0),
        ),
        (
            "Police identify man killed in Tuesday shooting\n\nPolice on Wednesday identified "
            "the man who was fatally shot outside a Varrow convenience store on Tuesday night "
            "as Reuben Tallis, 31.",
            (1, 0),
        ),
    ],
    ids=[
        "a-third-victim-died",
        "body-of-a-fourth-victim",
        "bringing-the-confirmed-toll",
        "bringing-the-number-of-dead",
        "identified-the-man-who-was-shot",
    ],
)
def test_tolls_told_as_they_now_stand(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gunman who killed four people at a Calder grocery store on Friday had posted "
            "threats online, police said Monday. He was shot and killed by officers at the "
            "scene.",
            (5, 0),
        ),
        (
            "Four people were killed at the depot on Friday, police said. The gunman was "
            "shot dead by officers.",
            (4, 0),
        ),
    ],
    ids=["his-victims-and-his-death", "people-may-count-him"],
)
def test_the_gunman_killed_in_turn(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll from last week's earthquake in the Marl highlands has risen to "
            "212, with more than 1,400 injured, the interior ministry said Sunday. On Friday "
            "the ministry had reported 180 deaths.",
            (212, 1400),
        ),
        (
            "A bus carrying pilgrims plunged off a bridge into the Tarn River on Friday. "
            "Officials first said 15 people had died; on Saturday the toll was raised to 23.",
            (23, 0),
        ),
        (
            "Two men were wounded on Elm Street on Friday, police said. Last week's fire at "
            "the Orme depot killed three guards.",
            (0, 2),
        ),
    ],
    ids=["toll-of-last-weeks-quake", "toll-raised-to", "last-week-still-background"],
)
def test_disaster_tolls_as_they_stand(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Three guards killed as rockets hit Orme depot; war toll passes 9,000",
            "Rockets killed three guards and wounded five workers at the Orme depot on Sunday, "
            "the port authority said.",
            (3, 5),
        ),
        (
            "4 shot dead in Kessmoor; gunman dead",
            "A man shot four people dead at a Kessmoor diner on Monday before he was shot "
            "dead by police, the sheriff said.",
            (5, 0),
        ),
    ],
    ids=["two-headlines-one-semicolon", "a-single-after-the-semicolon"],
)
def test_headline_parts_joined_by_a_semicolon(
    title: str, body: str, expected: tuple[float, float]
) -> None:
    assert headlined(title, body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Storms kill 9 in Orme as rain goes on\n\nUPDATED 5:10 p.m. Storms have killed at "
            "least 16 people in Orme province, the disaster office said on Monday. On Sunday "
            "the office had earlier given a toll of 9.",
            (16, 0),
        ),
        (
            '"We have four victims, one of them deceased," Sheriff Ada Pike told reporters on '
            "Saturday night.",
            (1, 3),
        ),
        ("Two of the rescued died overnight at the island clinic, the coast guard said.", (2, 0)),
    ],
    ids=["a-toll-told-as-earlier-gives-way", "victims-by-their-parts", "of-the-rescued"],
)
def test_blind_g_kinds_in_our_own_words(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


def test_no_wounded_figure_is_none_not_zero() -> None:
    """An article that states no wounded figure has none (the product never makes a 0 up)."""
    findings = analysed("Ledger", "Two men were killed in a crash on Route 9 on Friday.")
    assert wounded_total(findings) is None
