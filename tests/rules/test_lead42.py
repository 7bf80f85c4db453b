"""Readings the forty-second session's lead added. Every sentence is invented.

Attributions: a pronoun of people heads the speakers it stands for, read past what follows
it ("Those who fled the shelling said", "Those standing by the gate said", "Many of those who
fled"), and they are unnamed, so anonymous; "One of those leaflets" stays a thing. Places of
care that "have admitted" a count take in the hurt, with a phrase of where they are too
("Clinics in the north have admitted 410 people"): no admission is spoken. A speaker who
asked to stay or be left unnamed, whose name was to stay out of the report, who gave only a
nickname or had no permission to talk is anonymous, whatever the noun. A party that said "it"
would not discuss or comment, one that "would say nothing about" a matter and one that "did
not pick up" its phone is silent, and a silence is never anonymous. A subject that puts out a
text ("issued a statement", "gave a higher toll") speaks in the ", saying" after it, and an
owner in a subject opens a phrase of its own ("The dockers' welfare fund", "The league's
disciplinary panel"), so the subject runs to its head. The hurt "sent on to" hospitals near
or outside a place are hurt as those sent to hospital are. A night in tents is displacement
when the article tells a disaster, in any sentence before; "Nobody gets killed" is a saying,
no zero; "Funerals for 19 of the victims" count a part of the dead. A reason set off by
commas after a speaker's relative clause (", as only the chief may speak,") is stepped over,
and a body named by its function ("the UN mission", "the ferry operator") is the "it" after it.
Review 42a's sentences: a person at a place of care who admits deaths speaks; a text named
in passing puts out nothing; a named person is not anonymous for a rule in a relative clause.
Tolls: "the number of heat deaths", "the number of people treated in hospital", and a bound
"well above" a figure that a verb of setting gives.
Claims: one person "of" a number is their age ("a girl of about nine", "a man of 52"), not a
count, unless people follow ("the leader of 30 fighters"). A toll set by a verb and then
the hurt's own value in the same frame ("put the dead at 8 and the wounded at 23") gives the
hurt their figure, not the dead a second one.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _sources(text: str) -> list[tuple[str, bool]]:
    return [(a.source, a.anonymous) for a in analyze(text).attributions]


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The county put the number of dead at 8 and the wounded at 23 by evening.",
            [("killed", 8), ("wounded", 23)],
        ),
        (
            "Medics estimated the toll at 31 dead, with the injured at about 70.",
            [("killed", 31), ("wounded", 70)],
        ),
        # no verb that sets a figure: the hurt at three hospitals are not a count
        ("Nurses moved the injured at 3 hospitals to new wards.", []),
        ("They took the wounded at 6 p.m. to the clinic.", []),
    ],
    ids=["put-at-and", "estimated-with", "no-set-verb", "a-time"],
)
def test_the_hurt_at_a_figure_set_beside_the_dead(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those who fled the shelling said the bridge was gone.", [("Those", True)]),
        (
            "Those waiting outside the clinic said the doors stayed shut.",
            [("Those waiting outside the clinic", True)],
        ),
        (
            "Others standing by the gate said the guards ran off.",
            [("Others standing by the gate", True)],
        ),
        (
            "Those standing beside her said she collapsed without a word.",
            [("Those standing beside her", True)],
        ),
        ("Many of those who escaped said the exits were blocked.", [("Many of those", True)]),
        (
            "Most of those questioned said they felt safer.",
            [("Most of those questioned", True)],
        ),
        # "those" before a noun is a determiner: a leaflet is no unnamed person
        (
            "One of those leaflets said the march would go ahead.",
            [("One of those leaflets", False)],
        ),
    ],
    ids=[
        "those-who",
        "those-waiting",
        "others-beside",
        "those-beside",
        "many-of-those",
        "most-of-those",
        "those-leaflets",
    ],
)
def test_a_pronoun_of_people_heads_unnamed_speakers(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A girl of about nine was cut by flying glass.", []),
        # the one man is stabbed, not 52 (the forty-third session reads the one)
        ("A man of 52 was stabbed outside the bar.", [("killed_or_wounded", 1)]),
        ("Rescuers reached a woman of around 80 who was trapped for a day.", []),
        # people after the number: a count, not an age
        ("The chief of 40 villagers said 6 were killed.", [("killed", 6)]),
        ("The deaths of about 40 people were confirmed.", [("killed", 40)]),
    ],
    ids=["girl-of-about", "man-of", "woman-of-around", "chief-of-villagers", "deaths-of"],
)
def test_one_person_of_a_number_is_an_age(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinics in the north have admitted 410 people with smoke poisoning, according to "
            "the regional health board.",
            [("the regional health board", False)],
        ),
        ("The two hospitals in Brenic admitted about 75 people overnight.", []),
        (
            "The health minister admitted that 17 patients had died waiting.",
            [("The health minister", False)],
        ),
    ],
    ids=["clinics-in-the-north", "hospitals-in-a-town", "a-minister-admits"],
)
def test_places_of_care_that_admit_a_count_say_nothing(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A delegate of the Brask Farmers League, who asked to stay unnamed, said the vote "
        "was rigged.",
        "A steward of the Orme Rowing Club, who asked to be left unnamed, said the jetty broke.",
        "Her trainer, who asked that his name remain out of print, said she ran daily.",
        "A lorry mechanic who gave only his nickname, Bolt, said the brakes were worn.",
        "A crane operator at the Velk yard, who had no permission to comment, said "
        "the cable snapped.",
    ],
    ids=["stay-unnamed", "left-unnamed", "name-stay-out", "nickname", "no-permission"],
)
def test_new_wordings_of_anonymity(text: str) -> None:
    [(_, anonymous)] = _sources(text)
    assert anonymous


def _silences(text: str) -> list[tuple[str, bool]]:
    return [(a.source, a.anonymous) for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mining firm said it would not discuss the ransom demand.",
            [("The mining firm", False)],
        ),
        (
            "Two guards are still missing, the agency said, adding that it would not comment "
            "on the search.",
            [("the agency", False)],
        ),
        (
            "The ferry company said it does not comment on open inquiries.",
            [("The ferry company", False)],
        ),
        (
            "Ivo Rask, the coach's agent, said he would say nothing about the contract before "
            "Monday.",
            [("Ivo Rask", False)],
        ),
        (
            "A police spokesman did not pick up his phone on Sunday.",
            [("A police spokesman", False)],
        ),
        # a phone left ringing in private life: nobody asked her anything
        ("Her brother said Lena did not pick up her phone all night before she was found.", []),
        # a verb of hers, not a refusal to speak; a phone picked up off the floor
        ("The court said it would not hear the appeal.", []),
        ("The pilot did not pick up the phone from the cockpit floor.", []),
    ],
    ids=[
        "said-it-would-not-discuss",
        "adding-that-it",
        "does-not-comment",
        "say-nothing-about",
        "pick-up-his-phone",
        "a-brother-calls",
        "not-hear",
        "the-phone",
    ],
)
def test_silences_told_in_a_clause_of_saying(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _silences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The miners' families issued a statement on Friday, saying the shaft had flooded.",
            [("The miners' families", True)],
        ),
        (
            "The family gave a higher toll in a message read out at the funeral, saying nine "
            "had died.",
            [("The family", True)],
        ),
        (
            "The dockers' welfare fund Safe Harbour put the toll higher, saying 14 had died.",
            [("The dockers' welfare fund Safe Harbour", False)],
        ),
        (
            "The league's disciplinary panel issued a statement, saying the ban would stand.",
            [("The league's disciplinary panel", False)],
        ),
        # no text put out and nothing reported: the participle tells what they did
        ("The porter left the hotel, telling nobody.", []),
    ],
    ids=["families-statement", "gave-a-toll", "owner-then-name", "owner-then-panel", "no-text"],
)
def test_a_subject_that_puts_out_a_text_speaks_in_saying(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The aid post treated 51 wounded and sent 19 on to hospitals near the coast.",
            [("wounded", 51), ("wounded", 19)],
        ),
        ("The collapse sent 8 workers on to the county hospital.", [("wounded", 8)]),
        ("The charity sent 25 nurses to hospitals outside the city.", [("deployed", 25)]),
    ],
    ids=["sent-on-to-near", "sent-on-to", "nurses-sent"],
)
def test_the_hurt_sent_on_to_hospitals(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The flood swept away the lower town. About 4,000 people spent Monday night in "
            "tents, the council said.",
            [("displaced", 4000)],
        ),
        ("The fair opened at noon. About 4,000 people spent the night in tents.", []),
        ('"Nobody gets hurt in a pillow fight," the organiser said.', []),
        ("Nobody got hurt when the scaffold fell.", [("wounded", 0)]),
        ("Funerals for 11 of the victims were held in the square.", [("killed", 11)]),
        ("We buried three of the dead before dusk.", [("killed", 3)]),
        ("The fund paid for funerals for 300 people last year.", []),
    ],
    ids=[
        "tents-after-flood",
        "tents-at-a-fair",
        "nobody-gets",
        "nobody-got",
        "funerals-for-part",
        "buried-part",
        "funerals-routine",
    ],
)
def test_nights_sayings_and_funerals(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Norvan sergeant at the depot, who spoke on condition of anonymity, as "
            "only the colonel may brief the press, said the fuel had run out.",
            [("A Norvan sergeant at the depot", True)],
        ),
        (
            "Ana Ruiz, as a former mayor, said the dam was unsafe.",
            [("Ana Ruiz", False)],
        ),
        (
            "The UN mission in Orvel said six were hurt. The road was closed, it said.",
            [("The UN mission in Orvel", False), ("The UN mission in Orvel", False)],
        ),
        (
            "The ferry operator said nine were missing. The boat was full, it said.",
            [("The ferry operator", False), ("The ferry operator", False)],
        ),
    ],
    ids=["as-reason", "as-a-former", "mission-it", "operator-it"],
)
def test_reasons_after_a_speaker_and_bodies_by_function(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person at or of a place of care who admits deaths speaks
        (
            "A surgeon at the clinic on Vell Street admitted 5 patients had died waiting.",
            [("A surgeon at the clinic on Vell Street", True)],
        ),
        # a text named in passing is no text the subject put out
        ("The raid followed a video by the Orm Brigade, saying its men were ready.", []),
        # a named person's relative clause may tell of a rule, not of anonymity
        (
            "Mara Tolk, who was not permitted to speak at the hearing, told reporters she "
            "was relieved.",
            [("Mara Tolk", False)],
        ),
        # "it" after "said": the one who said so; the report of the refusal alone is the
        # silence, no statement besides it (45th session)
        (
            "The ferry line said it would not comment on the sinking.",
            [("The ferry line", False)],
        ),
        ("Those who had seen the lorry said it was speeding.", [("Those", True)]),
    ],
    ids=["surgeon-admits", "video-in-passing", "named-not-permitted", "said-it-line", "had-seen"],
)
def test_review42a_readings(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coroners put the number of heat deaths at 44.", [("killed", 44)]),
        ("The number of road fatalities rose to 212.", [("killed", 212)]),
        (
            "The board said the number of people treated in hospital had reached 61.",
            [("wounded", 61)],
        ),
        ("The number of people hospitalised rose to 19.", [("wounded", 19)]),
        ("Medics put the toll well above 70.", [("killed", 70)]),
        ("Temperatures stayed well above 40 degrees.", []),
    ],
    ids=[
        "heat-deaths",
        "road-fatalities",
        "treated-in-hospital",
        "hospitalised",
        "well-above",
        "temperatures",
    ],
)
def test_toll_nouns_and_bounds(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An aide to Governor Lina Orsk, who asked not to be named in print, said the dam held.",
            [("An aide to Governor Lina Orsk", True)],
        ),
        (
            "A source within the navy, who was not permitted to talk, said two ships sank.",
            [("A source within the navy", True)],
        ),
        ("Clinics on the coast have admitted 60 people with burns.", []),
        (
            "The family has issued a statement, saying the two boys were found.",
            [("The family", True)],
        ),
        ("Mayor Ivo Brandt did not pick up his phone on Monday.", [("Mayor Ivo Brandt", False)]),
        ("Rescuers put the death toll well above 100.", [("Rescuers", True)]),
    ],
    ids=[
        "aide-to-a-name",
        "source-within",
        "clinics-on",
        "has-issued",
        "mayor-phone",
        "well-above-at08",
    ],
)
def test_review42b_readings(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A fire swept through the estate on Sunday, destroying 60 homes. About 400 people "
            "spent the night in tents.",
            [("displaced", 400)],
        ),
        (
            "Police opened fire on marchers last week. About 300 of them have spent ten "
            "nights in tents outside the assembly.",
            [],
        ),
        ("The number of people treated for gambling addiction rose to 3,000.", []),
    ],
    ids=["homes-lost-before", "opened-fire-before", "treated-for-addiction"],
)
def test_review42b_claims(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected
