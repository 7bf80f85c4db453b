"""review50c's sentences: gaps the lead left open in the fiftieth session, closed on invented
text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _silences(text: str) -> list[tuple[str | None, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The envoy left the ministry by a side door, avoiding the reporters outside.",
            "The envoy",
        ),
        ("The consul left the embassy through the garage, avoiding the journalists.", "The consul"),
        ("The envoy left by a back gate to avoid the waiting cameras.", "The envoy"),
    ],
    ids=["left-avoiding", "left-through-avoiding", "left-to-avoid"],
)
def test_a_party_that_left_dodging_the_press_is_silent(text: str, party: str) -> None:
    assert [source for source, _ in _silences(text)] == [party]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor left early, avoiding the traffic.",
        "The convoy left the city at dawn, avoiding the main road.",
        "The autopsy left questions unanswered.",
    ],
    ids=["traffic", "road", "autopsy"],
)
def test_leaving_with_no_press_dodged_is_no_silence(text: str) -> None:
    assert _silences(text) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The director read a statement before walking away without answering questions.",
            "The director",
        ),
        (
            "The coroner spoke briefly before heading back inside without taking questions.",
            "The coroner",
        ),
        ("The warden paused after walking out without taking questions.", "The warden"),
    ],
    ids=["before-walking", "before-heading", "after-walking"],
)
def test_a_participle_after_before_walks_away_from_questions(text: str, party: str) -> None:
    assert [source for source, _ in _silences(text)] == [party]


@pytest.mark.parametrize(
    "text",
    [
        "The director read a statement before walking away.",
        "The director read a statement before walking to the podium to take questions.",
        "After a short statement, the mayor was seen walking away without answering questions.",
    ],
    ids=["no-questions", "took-questions", "seen-walking"],
)
def test_a_walk_with_no_question_left_or_no_subject_is_no_silence(text: str) -> None:
    assert _silences(text) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The port authority said it was drafting a reply to the questions but had not "
            "sent one by Friday night.",
            "The port authority",
        ),
        (
            "The ferry operator was preparing a written response but has yet to release it.",
            "The ferry operator",
        ),
        (
            "A spokesman said the council was drafting an answer to the letter but had sent "
            "nothing by Monday.",
            "the council",
        ),
    ],
    ids=["not-sent-one", "yet-to-release", "sent-nothing"],
)
def test_a_reply_drafted_but_not_sent_is_a_silence(text: str, party: str) -> None:
    assert [source for source, _ in _silences(text)] == [party]


@pytest.mark.parametrize(
    "text",
    [
        "The port authority was drafting a reply and sent it on Friday.",
        "The council was preparing a response plan but had not published it.",
        "The ferry operator said it was drafting a reply and would send it on Monday.",
    ],
    ids=["sent", "response-plan", "will-send"],
)
def test_a_reply_drafted_and_sent_or_promised_is_no_silence(text: str) -> None:
    assert _silences(text) == []


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A pilot said the crew alone had hauled 14 people off roofs.", 14),
        ("Divers also pulled 6 people from the canal.", 6),
        ("Firefighters themselves carried 9 residents from the burning block.", 9),
        ("The villagers had quickly pulled 7 children from the flood.", 7),
    ],
    ids=["alone", "also", "themselves", "had-quickly"],
)
def test_a_word_between_a_crew_and_its_rescue_verb(text: str, count: int) -> None:
    assert _claims(text) == [("rescued", count)]


@pytest.mark.parametrize(
    "text",
    [
        "TV crews also pulled 20 fans out of the crowd.",
        "Volunteers also carried 40 boxes of food.",
        "The crew alone hauled 14 nets aboard.",
    ],
    ids=["fans-from-crowd", "boxes", "nets"],
)
def test_a_crew_that_saves_no_one_from_danger_rescues_no_one(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A gas tank exploded at a market in Velmor on Tuesday. The clinic said 23 people, "
            "among them six children, had been treated.",
            23,
        ),
        (
            "Fire swept through a hostel in Drenna overnight. Staff at Drenna General said 31 "
            "guests had been treated.",
            31,
        ),
        (
            "A gas tank exploded at a market in Velmor. Doctors said 12 traders had been "
            "treated, and two remained in hospital.",
            12,
        ),
    ],
    ids=["explosion", "fire", "before-a-comma"],
)
def test_a_bare_treated_ending_its_clause_after_an_incident_is_wounded(
    text: str, count: int
) -> None:
    assert ("wounded", count) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The players were treated, then cleared to play.",
        "The clinic said 23 people had been treated.",
        "A gas tank exploded at a market. Police said 12 men had been treated as suspects.",
        "A fire broke out at a plant. The 40 workers were treated well by the company.",
    ],
    ids=["players", "no-incident", "as-suspects", "treated-well"],
)
def test_a_bare_treated_with_no_incident_or_going_on_is_no_wound(text: str) -> None:
    assert _claims(text) == []


def test_a_treated_row_after_the_auxiliary_keeps_its_own_cue() -> None:
    text = "A fire broke out at a plant. Forty workers were treated for burns."
    assert _claims(text) == [("wounded", 40)]


def _deployed(text: str) -> list[tuple[float | None, float | None]]:
    return [(c.min, c.max) for c in analyze(text).claims if c.category == "deployed"]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        (
            "The UN mission has nearly 9,000 soldiers and police officers in the country.",
            (None, 9000),
        ),
        ("The mission keeps 4,200 peacekeepers and civilian staff in the north.", (4200, 4200)),
        ("Dravonia has 700 troops and military observers along the border.", (700, 700)),
    ],
    ids=["police-officers", "civilian-staff", "observers"],
)
def test_a_force_kept_with_its_companions_is_deployed(
    text: str, bounds: tuple[float | None, float | None]
) -> None:
    assert _deployed(text) == [bounds]


@pytest.mark.parametrize(
    "text",
    [
        "The club has 9,000 members in the country.",
        "The army has 9,000 vacancies.",
        "The academy has 900 soldiers and police officers in training.",
    ],
    ids=["members", "vacancies", "in-training"],
)
def test_a_count_kept_that_is_no_posted_force_is_not_deployed(text: str) -> None:
    assert _deployed(text) == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Police deployed 500 officers, along with 300 volunteers.", [500, 300]),
        ("150 rescue workers toiled through the night, helped by 40 soldiers.", [150, 40]),
        ("The governor sent 200 firefighters to the valley, backed by 60 soldiers.", [200, 60]),
    ],
    ids=["along-with", "helped-by", "backed-by"],
)
def test_people_added_after_a_deployed_count_are_deployed(text: str, counts: list[int]) -> None:
    assert [low for low, _ in _deployed(text)] == counts


@pytest.mark.parametrize(
    "text",
    [
        "Police deployed 500 officers, along with 300 spectators.",
        "150 rescue workers toiled through the night, helped by 40 sniffer dogs.",
        "Police deployed 500 officers, along with 30 armoured trucks.",
    ],
    ids=["spectators", "sniffer-dogs", "trucks"],
)
def test_no_people_or_no_force_added_is_no_second_deployment(text: str) -> None:
    assert len(_deployed(text)) == 1


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The rebels released a video on Monday. The video was silent on whether any of "
            "the captives had been hurt.",
            "The video",
        ),
        (
            "The clan sent a letter to the governor. Its letter did not say whether the two "
            "guards were alive.",
            "Its letter",
        ),
        ("The recording was silent on whether anyone had been hurt.", "The recording"),
    ],
    ids=["video", "its-letter", "recording"],
)
def test_a_text_a_party_put_out_is_silent_in_its_stead(text: str, party: str) -> None:
    assert [source for source, _ in _silences(text)] == [party]


@pytest.mark.parametrize(
    "text",
    [
        "The crowd was silent on the steps.",
        "The rulebook is silent on whether a goal counts.",
        "A video posted online did not say whether anyone was hurt.",
    ],
    ids=["crowd", "rulebook", "a-video"],
)
def test_a_standing_or_unknown_text_is_no_silent_party(text: str) -> None:
    assert _silences(text) == []
