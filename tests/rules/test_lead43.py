"""Readings the forty-third session's lead added. Every sentence is invented.

Attributions: a body named with its founding before a time ("The inquiry created after the
dam burst said", "A task force set up following the storm said") is the speaker, not the
time's event; people in a relative clause of place ("Those who were inside the depot said",
"Families who live near the quarry said") speak, not the place. An "it" after a role that
speaks for a body is the body ("A spokeswoman for the ferry line said it would not comment"),
and "the quarry" later is the quarry, not "An official at the quarry".
An adverb between a subject and its verb ("Wardens also seized 30 nets, a spokesman, X,
told") opens no subject: the speaker is the appositive after the clause.
An unnamed source that tells, in its relative clause, the risk it runs or the terms of its
name ("who said he could lose his job for talking", "provided her name was withheld") makes
one statement, with its main verb.
A party that "ended the call when asked", "walked out of a press conference when asked",
"answered none of the questions" or, as a military command, "sent no reply" is silent.
More trades and people of a street or a shop are people ("a barber", "a locksmith", "a widow"):
they speak unnamed and are counted one.
A name after "named" or "called" ("a nurse named Ilona Varga") is the person a later "she"
stands for, and she is named.
A party that "told them almost nothing" makes no statement.
"Three more were pulled from the water" after a count of bodies are more dead, not rescued,
unless the clause tells them alive.
A part of "the missing" ("Five of the missing were herders") is missing, as one of the dead is
killed (CB43).
People a family or a household "lost" died, whatever the night or the cause (CB137).
The coast guard and a firm named "... Lines" are bodies an "it" stands for.
A count revised in a series ("Eleven were missing at first, then seven, then four"; "rose to
18 by noon, then 23 by nightfall") gives each value its cue (CB142), the last the key.

Claims: one person with an age and no commas around it is still one person ("A man aged 52
died", "A woman of about 70 was killed"); the age is no break between the one and the verb.
One of a bare count of people ("One of 52 passengers was killed", "One of 3 wounded men died
later") is one dead, and the count is the whole it is picked from, not a toll. A toll noun
whose "were" names things ("The only casualties were two cracked windscreens") counts no one.
A toll's old value in an aside ("The toll, which had stood at 17 on Monday, rose to 31") or
after "raising a count that had been at" is an earlier value (CB124), and the new one binds past
it (the key stays the new one: tests/crosswire/divergence/test_lead43_keys.py).
"Shot down" in a sentence of things that fly (drones, missiles, aircraft, air defences)
shoots no one.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ferryman aged 61 died when the pontoon gave way.", [("killed", 1)]),
        ("A shepherd of 52 died in the blaze, the brigade said.", [("killed", 1)]),
        ("A nurse of about 70 was killed when the roof of the clinic fell.", [("killed", 1)]),
        ("A boy aged 9 was wounded and 14 others were hurt.", [("wounded", 1), ("wounded", 14)]),
        # no person before "of": no one is counted
        ("A total of 52 was recorded at the gauge.", []),
    ],
    ids=["aged", "of", "of-about", "aged-and-others", "total-of"],
)
def test_one_person_with_an_age_is_one(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of 52 passengers was killed when the coach overturned.", [("killed", 1)]),
        ("One of 18 climbers died on the descent.", [("killed", 1)]),
        ("One of 3 wounded porters died later in the clinic.", [("killed", 1)]),
        ("Two of 52 passengers were killed.", [("killed", 2)]),
        # a bare whole is no toll: not "40 hurt" nor "4 dead"
        ("None of 40 workers were hurt in the fire.", [("wounded", 0)]),
        ("One of 4 horses died in the stable fire.", []),
    ],
    ids=["one-of-killed", "one-of-died", "one-of-wounded-died", "two-of", "none-of", "horses"],
)
def test_one_of_a_bare_count_is_the_part(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def _sources(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The inquiry created after the dam burst said 14 homes were lost.",
            ["The inquiry created after the dam burst"],
        ),
        (
            "A task force set up following the storm said two fishermen drowned.",
            ["A task force set up following the storm"],
        ),
        ("Those who were inside the depot said they heard three blasts.", ["Those"]),
        ("Families who live near the quarry said two drivers died.", ["Families"]),
        # a passive or a verb of the clause's own: the one who said it after "after" speaks
        ("A panel was formed after the navy said 14 sailors were missing.", ["the navy"]),
        ("Clashes erupted after the army said six people were killed.", ["the army"]),
        ("The man who police near the scene said was armed fled.", ["police near the scene"]),
    ],
    ids=["created-after", "set-up-following", "inside", "near", "passive", "verb", "gap"],
)
def test_a_speaker_is_read_past_its_modifier(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


def _silent(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokeswoman for the ferry line said it would not comment.", ["the ferry line"]),
        ("An official at the quarry said it would not discuss the toll.", ["the quarry"]),
        # a person's office may be no "it": the one who said it stays the party
        ("A spokesman for the mayor said it would not comment.", ["A spokesman for the mayor"]),
        ("The ferry line said it would not comment.", ["The ferry line"]),
    ],
    ids=["spokeswoman-for", "official-at", "for-a-person", "body"],
)
def test_an_it_after_a_role_is_the_body_it_speaks_for(text: str, expected: list[str]) -> None:
    assert _silent(text) == expected


def test_the_body_later_is_not_the_person_who_worked_there() -> None:
    text = (
        "An official at the quarry said 12 men were trapped. "
        "The quarry said later that four had been found."
    )
    assert _sources(text) == ["An official at the quarry", "The quarry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bake-off's only casualties were three burnt loaves, the host joked.", []),
        ("The only casualties were two cracked windscreens.", []),
        ("The casualties were two deckhands and a cook.", [("killed_or_wounded", 2)]),
        ("Among the dead were 11 members of one clan.", [("killed", 11)]),
        ("The dead were 12 paramilitaries.", [("killed", 12)]),
        ("Casualties were 14, the ministry said.", [("killed_or_wounded", 14)]),
    ],
    ids=["loaves", "windscreens", "deckhands", "members-of", "paramilitaries", "bare"],
)
def test_a_toll_of_things_is_no_claim(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven drones flew at the depot and five were shot down.", []),
        ("Four of them were shot down by air defences over the port.", []),
        ("One military helicopter was shot down near the ridge.", []),
        # people shot down, or a plane downed that kills its crew
        ("A night watchman was shot down at the gate.", [("killed_or_wounded", 1)]),
        ("A cargo plane was shot down, killing its three crew.", [("killed", 3)]),
    ],
    ids=["drones", "air-defences", "helicopter", "watchman", "plane-crew"],
)
def test_shot_down_of_what_flies_is_no_one_shot(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wardens also seized 30 nets at the lake, a park spokesman, Ranger Ole Brandt, "
            "told reporters.",
            ["a park spokesman, Ranger Ole Brandt"],
        ),
        (
            "Wardens still held 30 nets, a park spokesman, Ranger Ole Brandt, said.",
            ["a park spokesman, Ranger Ole Brandt"],
        ),
        # an opener that starts a subject of its own stays one
        (
            "The park said the lake was closed, and also, a ranger, Ole Brandt, said so.",
            ["The park", "a ranger, Ole Brandt"],
        ),
    ],
    ids=["also-seized", "still-held", "and-also"],
)
def test_an_adverb_before_the_verb_opens_no_subject(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


def _cues(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A porter at the depot, who said he could lose his job for talking, told the "
            "Velk Herald that nine crates had burned.",
            [("A porter at the depot", "told")],
        ),
        (
            "A warden at the camp, who described the blaze provided her name was kept out, "
            "said the fire began at dusk.",
            [("A warden at the camp", "said")],
        ),
        # a statement of its own in the clause stays one
        (
            "The council, which said on Monday that the road was shut, added on Tuesday that "
            "it had reopened.",
            [("The council", "said"), ("The council", "added")],
        ),
    ],
    ids=["lose-his-job", "provided-withheld", "own-statement"],
)
def test_an_unnamed_source_telling_its_own_risk_is_one_statement(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _cues(text) == expected


def _silences(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour master ended the call when asked about the crew.",
            [("The harbour master", "ended the call when asked")],
        ),
        (
            "The owner walked out of a short press conference when he was asked about the dead.",
            [("The owner", "walked out of a short press conference when he was asked")],
        ),
        (
            "The quarry firm answered none of the written questions sent by the Gazette.",
            [("The quarry firm", "answered none of the written questions")],
        ),
        (
            "The eastern command sent no reply to two emails.",
            [("The eastern command", "sent no reply")],
        ),
        # no question cut it short: no silence
        ("She ended the call to her sister at noon.", []),
        ("The delegates walked out of the meeting in protest.", []),
    ],
    ids=["ended-call", "walked-out", "none-of-the", "command", "call-to-sister", "protest"],
)
def test_more_wordings_of_silence(text: str, expected: list[tuple[str, str]]) -> None:
    assert _silences(text) == expected


def test_the_silence_prefilter_keeps_its_dfa() -> None:
    """RE2 logs "DFA out of memory" on stderr and scans some 40 times slower when the
    non-response prefilter outgrows its DFA budget; a long text must scan without it."""
    script = (
        "from rules.analyze import analyze\n"
        "text = 'The harbour master ended the call when asked about the crew. ' * 400\n"
        "analyze(text)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert "out of memory" not in done.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll, which had stood at 17 on Monday, rose to 31.",
            [("killed", 17), ("killed", 31)],
        ),
        (
            "The agency said 31 people had died, lowering a tally which had been at 33.",
            [("killed", 31), ("killed", 33)],
        ),
        (
            "Twenty people were killed when a lorry hit the queue, the county police said, "
            "raising a count that had been at 15 at noon.",
            [("killed", 20), ("killed", 15)],
        ),
        ("The toll, which officials said could rise, reached 40.", [("killed", 40)]),
    ],
    ids=["aside", "raising-a-toll", "said-raising", "aside-no-figure"],
)
def test_a_toll_s_old_value_in_an_aside(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A barber who gave only his first name said the shots came at dawn.", True),
        ("A locksmith, who asked to stay unnamed, said the door had been forced.", True),
        ("A widow said her son had been taken.", True),
        ("Nadia Fellah, a pharmacist in Orme, said the shop ran out of water.", False),
    ],
    ids=["barber", "locksmith", "widow", "named-pharmacist"],
)
def test_more_trades_are_people(text: str, expected: bool) -> None:
    assert [a.anonymous for a in analyze(text).attributions] == [expected]


def test_a_widow_killed_is_one() -> None:
    assert _claims("A widow was killed when the wall fell.") == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'One of them, a nurse named Ilona Varga, said the deck was on fire. "We jumped," '
            "she said.",
            [("One of them, a nurse named Ilona Varga", False), ("Ilona Varga", False)],
        ),
        (
            'A boatman called Tomas Brel said the hull split. "It went in seconds," he said.',
            [("A boatman called Tomas Brel", False), ("Tomas Brel", False)],
        ),
        # a role with no name stays unnamed for the pronoun after it
        (
            'A boatman said the hull split. "It went in seconds," he said.',
            [("A boatman", True), ("A boatman", True)],
        ),
    ],
    ids=["nurse-named", "boatman-called", "no-name"],
)
def test_a_name_after_named_is_the_person_a_pronoun_stands_for(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert [(a.source, a.anonymous) for a in analyze(text).attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Families at the gate said the firm had told them almost nothing since Monday.",
            [("Families at the gate", "said")],
        ),
        ("The council told reporters nothing about the dead.", []),
        # a report of what was told, or of nothing found, stays a statement
        ("The army told relatives that nine soldiers had died.", [("The army", "told")]),
        ("Police said nothing was found in the van.", [("Police", "said")]),
    ],
    ids=["told-them-almost-nothing", "told-reporters-nothing", "told-that", "nothing-found"],
)
def test_telling_nothing_is_no_statement(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.source, a.cue) for a in analyze(text).attributions if a.kind == "statement"] == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frogmen recovered eight bodies from the hold, and three more were pulled from the "
            "lake, the harbour police reported.",
            [("killed", 8), ("killed", 3)],
        ),
        # the living pulled out are rescued
        (
            "Eight bodies were found on the shore, and three others were pulled alive from the "
            "water.",
            [("killed", 8), ("rescued", 3)],
        ),
        (
            "Eight bodies were found on the shore, and three survivors were pulled from the water.",
            [("killed", 8), ("rescued", 3)],
        ),
    ],
    ids=["more-bodies", "pulled-alive", "survivors"],
)
def test_more_pulled_after_bodies_are_dead(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five of the missing were herders, the agency said.", [("missing", 5)]),
        ("At least six of the missing are children.", [("missing", 6)]),
        ("Three of the missing pages were found.", []),
    ],
    ids=["were-herders", "at-least", "pages"],
)
def test_a_part_of_the_missing_is_missing(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


# Review 43a's probes, in its own invented words.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the dead were 4 Germans.", [("killed", 4)]),
        ("Among the dead were 3 newborns.", [("killed", 3)]),
        ("The toll, which rose to 31 on Tuesday, had stood at 17 on Monday.", []),
        (
            "Two protesters were shot down by police as a helicopter circled.",
            [("killed_or_wounded", 2)],
        ),
        ("One of 2,000 protesters was killed.", [("killed", 1)]),
        ("One of 40 trapped miners has died, rescuers said.", [("killed", 1)]),
        ("A woman aged about 70 was killed.", [("killed", 1)]),
        ("A man aged 52 years died.", [("killed", 1)]),
    ],
    ids=[
        "germans",
        "newborns",
        "new-value-in-aside",
        "protesters-shot-down",
        "one-of-thousands",
        "one-of-trapped",
        "aged-about",
        "aged-years",
    ],
)
def test_review43a_claims(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A crowd formed after the mayor said two children were killed.",
            [("the mayor", "said")],
        ),
        (
            "A doctor at the clinic, who said 14 wounded would be transferred to Velk, told "
            "reporters that 3 had died.",
            [("A doctor at the clinic", "said"), ("A doctor at the clinic", "told")],
        ),
        ("The mayor walked out of the meeting when asked to leave by the guards.", []),
        (
            "The governor hung up when asked to comment.",
            [("The governor", "hung up when asked")],
        ),
        (
            "A spokeswoman for the airline, Ana Ruiz, said it would not comment.",
            [
                ("A spokeswoman for the airline, Ana Ruiz", "said"),
                ("the airline", "would not comment"),
            ],
        ),
        (
            "Rescuers also found 3 bodies, the fire chief, Ana Ruiz, said.",
            [("the fire chief, Ana Ruiz", "said")],
        ),
    ],
    ids=[
        "crowd-formed",
        "not-own-risk",
        "asked-to-leave",
        "asked-to-comment",
        "body-to-comma",
        "also-found",
    ],
)
def test_review43a_attributions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _cues(text) == expected


def test_review43a_a_body_newly_named_is_no_person() -> None:
    text = (
        'A spokesman for the newly named Velk Authority said 4 workers died. "We are grieving," '
        "he said."
    )
    sources = [(a.source, a.anonymous) for a in analyze(text).attributions]
    assert sources == [("A spokesman for the newly named Velk Authority", True)] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One household in the hamlet lost four people in a single night.", [("killed", 4)]),
        ("The Brandt family lost three people in the flood.", [("killed", 3)]),
        ("The family business lost four people in a single night.", []),
        ("The firm lost 200 people in the restructuring.", []),
    ],
    ids=["household", "family", "family-business", "firm"],
)
def test_people_a_family_lost_died(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def test_the_coast_guard_is_the_it_after_it() -> None:
    text = (
        "The weather office said the storm had passed. Four of the missing were divers, the "
        "coast guard said. Its boats pulled 20 people from roofs, it said."
    )
    assert _sources(text) == ["The weather office", "the coast guard", "the coast guard"]


def test_a_shipping_line_is_the_it_after_it() -> None:
    text = (
        "The harbour police said four were missing. Orsel Ferry Lines said in a statement that "
        "it was saddened. It gave no reply on the manifest."
    )
    silent = [a.source for a in analyze(text).attributions if a.kind == "non_response"]
    assert silent == ["Orsel Ferry Lines"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven were missing at first, then seven, then four, the warden said.",
            [("missing", 11), ("missing", 7), ("missing", 4)],
        ),
        ("The toll rose to 18 by noon, then 23 by nightfall.", [("killed", 18), ("killed", 23)]),
        ("Police said 12 were hurt, then 15.", [("wounded", 12), ("wounded", 15)]),
        ("Police detained 12 people, then released 5 on bail.", [("arrested", 12)]),
        ("Gunmen killed 12 villagers, then 3 soldiers arrived.", [("killed", 12)]),
        # an addition after "then" is no revised count
        ("The toll climbed to 31 on Monday, then 5 more on Tuesday.", [("killed", 31)]),
    ],
    ids=["then-then", "then-by", "then-bare", "then-verb", "then-clause", "then-more"],
)
def test_a_count_revised_in_a_series(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


# Review 43b's probes, in its own invented words.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll, which was 9 on Friday, rose to 12.", [("killed", 12)]),
        ("The family-run hotel lost 12 employees during the slump.", []),
        ("Family doctors in the region lost 300 colleagues to early retirement.", []),
        ("Three of the missing have since been found.", []),
        (
            "Nine bodies were recovered, and four more were pulled from the water and rushed "
            "to hospital.",
            [("killed", 9), ("rescued", 4), ("wounded", 4)],
        ),
        ("The only casualties were 3 Toyota pickups.", []),
        ("Three miners died in the collapse and 40 brought out by rescuers.", [("killed", 3)]),
    ],
    ids=[
        "aside-was",
        "family-run",
        "family-doctors",
        "missing-found",
        "pulled-to-hospital",
        "toyota",
        "brought-out-by",
    ],
)
def test_review43b_claims(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A volunteer at a shelter named Hope House said 3 children died. She said the roof "
            "fell.",
            [
                ("A volunteer at a shelter named Hope House", True),
                ("A volunteer at a shelter named Hope House", True),
            ],
        ),
        (
            "A woman on the scene named Rita Olm said two men were shot. She said they fell.",
            [("A woman on the scene named Rita Olm", False), ("Rita Olm", False)],
        ),
        (
            "A charity set up after the quake said 30 people were still missing.",
            [("A charity set up after the quake", False)],
        ),
    ],
    ids=["shelter-named", "on-the-scene", "charity-set-up"],
)
def test_review43b_attributions(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(a.source, a.anonymous) for a in analyze(text).attributions] == expected


def test_review43b_asked_to_reveal_is_a_question() -> None:
    text = "The governor hung up when asked to reveal the toll."
    assert _silences(text) == [("The governor", "hung up when asked")]
