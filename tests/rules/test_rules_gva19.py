"""Killed counts of US local crime news (rules-gva19): a named victim whose surname holds a
second capital ("Kyle McBride", "Andre DeLong", "Mary O'Keefe"), which CB12 read as no name
word; one person described by the participle of a killing ("Slain teen identified", "vigil
for murdered clerk": CB109); one taken to a hospital "where he died" after any subject
(CB55); a headline's lone person noun after "the death of" ("fatal shooting of teen": CB25).
Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyle McBride was shot and killed outside a gas station on Friday.", (1, 0)),
        ("Deputy Rona MacAllister was fatally shot during a traffic stop.", (1, 0)),
        ("Andre DeLong, 19, died at a hospital after the shooting.", (1, 0)),
        ("Officer Tim LaPointe was wounded in the exchange of gunfire.", (0, 1)),
        ("Mary O'Keefe was pronounced dead at the scene, deputies reported.", (1, 0)),
        ("Jamal Van DerBeck was killed in the crossfire, his family said.", (1, 0)),
    ],
    ids=["mc", "mac-rank", "de-age", "la-wounded", "o-apostrophe", "particle"],
)
def test_name_with_an_inner_capital(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an acronym is no name word: a body, not a person
        "The NYPD was criticised after the raid.",
        "The local NAACP chapter was hurt by the split, members said.",
        # a name with an inner capital but no casualty
        "Kyle McBride was named the new coach on Friday.",
    ],
    ids=["acronym", "acronym-hurt", "no-casualty"],
)
def test_inner_capital_without_a_victim(text: str) -> None:
    assert key_figures(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slain teen identified; police seek two men in a dark sedan", (1, 0)),
        ("Slain cashier was saving for college, her coworkers say", (1, 0)),
        ("Friends gather Sunday to remember slain pizza delivery driver", (1, 0)),
        ("Brother of murdered woman pleads for witnesses to come forward", (1, 0)),
        ("A slain teenager's mother spoke to reporters outside the courthouse.", (1, 0)),
        # the slain one besides a count told elsewhere: the count stands
        ("Three men were shot dead Friday. Vigil for slain driver set for Monday.", (3, 0)),
    ],
    ids=[
        "headline",
        "headline-job",
        "remember",
        "of-murdered",
        "indefinite-possessive",
        "beside-count",
    ],
)
def test_slain_person(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verb, not a description
        "Prosecutors say the husband murdered his business partner in 2019.",
        "He was slain in an ambush, the family said years later.",
        # a count, a plural or someone else
        "Four slain officers were honored at the memorial.",
        "The slain officers' names were read aloud.",
        "The walk also remembered another slain teen from the same street.",
        # "the slain deputy" re-mentions one told before
        "The slain deputy had served nine years with the sheriff's office.",
        # no person
        "The murdered dreams of a generation filled the novel.",
    ],
    ids=["verb", "passive", "count", "plural", "another", "re-mention", "no-person"],
)
def test_slain_without_one_victim(text: str) -> None:
    assert "CB109" not in {c.rule for c in analyze(text).claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orla Fenn went to the hospital on her own, where she later died.", (1, 0)),
        ("A passing driver took him to Harlow General, where he died that night.", (1, 0)),
        ("The victim was flown by helicopter to a trauma center, where he died.", (1, 0)),
        ("Deputies rushed the girl to a clinic, where she was pronounced dead.", (1, 0)),
        # the sentence counts the one already: no second death
        ("A man was shot and taken to a hospital, where he died.", (1, 0)),
        (
            "Ivo Sarn was found in an alley. Sarn was shot in the thigh and driven to "
            "Orme General, where he was pronounced dead.",
            (1, 0),
        ),
        # the named one hurt in the same sentence is the one who died
        (
            "Ivo Sarn suffered a stab wound in the back and was driven to Orme General, "
            "where he was pronounced dead.",
            (1, 0),
        ),
    ],
    ids=[
        "went",
        "took-him",
        "flown-by",
        "rushed-object",
        "counted",
        "surname-counted",
        "hurt-named",
    ],
)
def test_taken_where_died(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They moved to the farm where she died in 1990 after a long illness.",
        "The cook was carried to a clinic, where he was treated and sent home.",
        "He was taken to the room where he slept as a child.",
    ],
    ids=["no-carrying", "treated", "no-death"],
)
def test_taken_where_no_death(text: str) -> None:
    assert key_figures(text)[0] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sheriff Investigates Stabbing Death Of Teen In Orme Valley", (1, 0)),
        ("Arrest made in fatal shooting of cab driver", (1, 0)),
        ("Death of infant probed by county coroner", (1, 0)),
        ("Police: killing of local woman was not random", (1, 0)),
        # the name after the noun is counted by the name, once
        ("Suspect charged in death of toddler Ana Roe", (1, 0)),
        # a capitalised noun after a lower-case "of" is a title before a name
        ("Protests followed the murder of Mayor and lawyer Ana Ruiz.", (1, 0)),
    ],
    ids=[
        "title-case",
        "modifier",
        "participle-after",
        "colon-label",
        "apposed-name",
        "title-of-name",
    ],
)
def test_lone_person_after_death_of(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The death of officer morale worried the chief.",
        "Police are investigating the death of the victim.",
        "She wrote about the deaths of two brothers in the war.",
    ],
    ids=["noun-modifier", "definite", "count"],
)
def test_no_lone_person_after_death_of(text: str) -> None:
    claims = [c for c in analyze(text).claims if c.rule == "CB25"]
    assert all(c.min != 1 for c in claims)
