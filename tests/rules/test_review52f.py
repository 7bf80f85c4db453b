"""review52f's sentences: non-responses the lead left open in the fifty-second session (answers
put off, passed on or cut short), closed on invented text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _kinds(text: str) -> list[tuple[str, str]]:
    """The kind and source of every attribution the rules find in ``text``."""
    return [(a.kind, a.source) for a in analyze(text).attributions]


def _silent(party: str) -> list[tuple[str, str]]:
    return [("non_response", party)]


def _said(party: str) -> list[tuple[str, str]]:
    return [("statement", party)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill's foreman said he would take questions about the boiler once the smoke had"
            " cleared.",
            _silent("The mill's foreman"),
        ),
        (
            "The quarry's owner said he would answer questions about the blast \"once the dust"
            ' has settled".',
            _silent("The quarry's owner"),
        ),
        (
            "The harbour master said she would talk about the collision after the divers had"
            " finished their work.",
            _silent("The harbour master"),
        ),
        (
            "The senator's office said she was visiting relatives in the north and would speak"
            " about the storm when she returned on Thursday.",
            _silent("The senator's office"),
        ),
        (
            "The mayor said she would comment on the evictions after the council met on Friday.",
            _silent("The mayor"),
        ),
        (
            "The coach said he would speak to reporters after the match.",
            _silent("The coach"),
        ),
        # counter-examples: a state told, a thing that will happen later, a talk that is no answer
        (
            "The senator's office said she was visiting relatives in the north.",
            _said("The senator's office"),
        ),
        (
            "The ferry operator said the crossing would reopen once the wind had dropped.",
            _said("The ferry operator"),
        ),
        (
            "The rebels said they would talk to the government once the shelling stopped.",
            _said("The rebels"),
        ),
        ("The army said it would respond when attacked.", _said("The army")),
        ("The bishop said he would speak at the funeral after the mass.", _said("The bishop")),
    ],
    ids=[
        "take-questions-once",
        "quoted-once",
        "talk-after",
        "away-and-would-speak-when",
        "comment-after",
        "to-reporters-after",
        "away-only",
        "reopen-once",
        "negotiation",
        "threat",
        "speech-after",
    ],
)
def test_answer_put_off(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokesman for the port said he was not the right person to ask about the seizure"
            " and sent reporters to the customs office.",
            _silent("A spokesman for the port"),
        ),
        (
            'The club\'s secretary said he was "not the right man to ask" about the transfer.',
            _silent("The club's secretary"),
        ),
        (
            "A hospital official said she was not the one to ask about the shortages.",
            _silent("A hospital official"),
        ),
        (
            "The warden said that he was not the best person to speak about the escape.",
            _silent("The warden"),
        ),
        # counter-examples: who one is not, a blame or a decision that is not one's own
        ("A spokeswoman said she was not the driver.", _said("A spokeswoman")),
        ("The coach said he was not the person to blame for the defeat.", _said("The coach")),
        ("The mayor said she was not the one to decide.", _said("The mayor")),
    ],
    ids=["sent-reporters", "quoted", "the-one", "best-person", "driver", "blame", "decide"],
)
def test_not_the_one_to_ask(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A clerk at the ferry company put the phone down when asked how many passengers were"
            " aboard.",
            _silent("A clerk at the ferry company"),
        ),
        (
            "The foreman put down the phone when asked about the scaffolding.",
            _silent("The foreman"),
        ),
        (
            "The manager slammed the phone down when asked about the layoffs.",
            _silent("The manager"),
        ),
        (
            "The owner of the quarry hung up on a reporter who asked about the blast.",
            _silent("The owner of the quarry"),
        ),
        (
            "A receptionist at the clinic put the phone down as soon as the reporter asked about"
            " the nurse.",
            _silent("A receptionist at the clinic"),
        ),
        # counter-examples: a phone put down with no question put, a call of private life
        ("The farmer put the phone down and ran outside.", []),
        ("She hung up the washing and went to work.", []),
        ("He hung up on his sister after a quarrel.", []),
        ("The nurse put the phone down when the ambulance arrived.", []),
    ],
    ids=[
        "put-down-when-asked",
        "put-down-the-phone",
        "slammed-down",
        "hung-up-on-reporter",
        "as-soon-as",
        "ran-outside",
        "washing",
        "sister",
        "ambulance",
    ],
)
def test_phone_put_down_on_a_question(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A call to the navy's press office went unreturned.",
            _silent("the navy's press office"),
        ),
        (
            "Messages left for the airline's spokesman went unreturned on Tuesday.",
            _silent("the airline's spokesman"),
        ),
        ("Calls to the fire brigade were unreturned.", _silent("the fire brigade")),
        (
            "The clinic referred questions about the vaccines to the regional health board, whose"
            " phones rang unanswered all afternoon.",
            _silent("The clinic") + _silent("the regional health board"),
        ),
        (
            "The ministry, whose phones rang unanswered all day, later issued a statement.",
            _silent("The ministry"),
        ),
        # counter-examples: a feeling or a serve unreturned, a patient referred, a private phone
        ("His kindness went unreturned.", []),
        ("The serve went unreturned.", []),
        ("The clinic referred the patient to a specialist.", []),
        ("She called her aunt, whose phone rang unanswered all night.", []),
    ],
    ids=[
        "call-unreturned",
        "messages-left-for",
        "were-unreturned",
        "referred-then-whose-phones",
        "whose-phones-subject",
        "kindness",
        "serve",
        "patient",
        "aunt",
    ],
)
def test_calls_unreturned_and_phones_unanswered(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The site manager gave a two-line statement to the cameras and then strode away as"
            " journalists started asking who had signed off the scaffold.",
            _silent("The site manager"),
        ),
        (
            "The club's owner walked out when journalists started asking about the unpaid wages.",
            _silent("The club's owner"),
        ),
        (
            "The chief engineer stormed off when asked about the cracks in the tunnel.",
            _silent("The chief engineer"),
        ),
        (
            "The director walked out of the press room as reporters started asking about the fire"
            " exits.",
            _silent("The director"),
        ),
        # counter-examples: a walk out with no question put, or on a request
        ("The patient walked out of the hospital on Monday.", []),
        ("The workers walked out as the shift began.", []),
        ("The fan walked out when asked to leave.", []),
    ],
    ids=[
        "then-strode-away",
        "started-asking",
        "stormed-off",
        "press-room",
        "hospital",
        "shift",
        "asked-to-leave",
    ],
)
def test_walked_out_on_questions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour board would not tell the paper whether the crane had been inspected,"
            " saying the inquest would establish that.",
            _silent("The harbour board"),
        ),
        (
            "The commander would not tell journalists how many soldiers had died.",
            _silent("The commander"),
        ),
        (
            "The airline would not tell the families when the bodies would be flown home.",
            _silent("The airline"),
        ),
        (
            "The warden did not tell a news conference why the gate had been left open.",
            _silent("The warden"),
        ),
        (
            "The prison governor would not say how the inmate got the key, saying only that the"
            " review would determine it.",
            _silent("The prison governor"),
        ),
        # counter-examples: a private matter untold; a participle that tells something
        ("He would not tell his wife.", []),
        ("She would not tell her brother where she had been.", []),
        (
            "The sheriff declined to say who fired first, saying two deputies were wounded.",
            _silent("The sheriff") + _said("The sheriff"),
        ),
    ],
    ids=[
        "tell-the-paper-saying-inquest",
        "tell-journalists-how-many",
        "tell-the-families",
        "news-conference",
        "say-saying-only-inquiry",
        "wife",
        "brother",
        "saying-tells",
    ],
)
def test_would_not_tell_the_press(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
