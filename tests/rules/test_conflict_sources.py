"""Sources in wire reports: a passive "could not be confirmed" names no speaker; an adverb
in all-capital copy is no part of the subject; a "he" after "<role> <Name> said" is that
person; "the ministry" is the body, not someone who works there, and "it" is no person.
All text is our own."""

from __future__ import annotations

from rules import analyze


def sources(text: str) -> list[tuple[str, str, bool]]:
    return [(a.source, a.cue, a.anonymous) for a in analyze(text).attributions]


def test_a_passive_with_no_agent_is_no_statement() -> None:
    assert sources("THE GOVERNOR'S TOLL COULD NOT BE INDEPENDENTLY VERIFIED.") == []
    assert sources("The harbour master's count could not be verified.") == []


def test_an_adverb_in_capitals_after_an_auxiliary() -> None:
    assert sources("THE PORT AUTHORITY HAS CONSISTENTLY SAID THE QUAY IS SAFE.") == [
        ("THE PORT AUTHORITY", "SAID", False)
    ]
    # a name in capitals that ends in -LY stays a name
    assert sources("SPOKESMAN IVO CONNOLLY SAID THE QUAY IS SAFE.") == [
        ("SPOKESMAN IVO CONNOLLY", "SAID", False)
    ]


def test_he_after_a_role_and_a_name() -> None:
    text = (
        "The shelling killed 14 people, ministry spokesman Ivo Brandt told reporters in"
        " Kessel. Another 9 were wounded, he said."
    )
    assert [s for s, _, _ in sources(text)] == ["ministry spokesman Ivo Brandt"] * 2
    assert [c.claimant for c in analyze(text).claims] == ["ministry spokesman Ivo Brandt"] * 2


def test_the_ministry_is_the_body_not_its_official() -> None:
    text = (
        "An aide at the Harbour Ministry said the raid had been planned for weeks."
        " The ministry said nine guards were wounded."
    )
    assert sources(text) == [
        ("An aide at the Harbour Ministry", "said", True),
        ("the Harbour Ministry", "said", False),
    ]


def test_it_is_no_person() -> None:
    text = (
        "Ministry spokesman Ivo Brandt said the ferry sank at dawn. The Orsk Ferry Company"
        " said 40 passengers were rescued, and it added that two were missing."
    )
    assert sources(text)[-1][0] == "The Orsk Ferry Company"


def test_it_after_a_bulletin_is_the_bulletin() -> None:
    text = (
        "THE ARMY COMMAND SAID THE RAID WAS OVER. THE BULLETIN STATES THAT NINE REBELS WERE HELD."
        " IT ADDS THAT THE CLASH ENDED AT DAWN."
    )
    assert [s for s, _, _ in sources(text)][-1] == "THE BULLETIN"


def test_a_text_with_a_participle_aside_speaks() -> None:
    assert sources("The rebel command's report, released on Sunday, said 12 civilians died.") == [
        ("The rebel command's report", "said", False)
    ]


def test_a_participle_with_its_agent_is_no_group() -> None:
    (claim,) = analyze("Rights workers doubted the 40 dead listed by the army.").claims
    assert (claim.category, claim.min, claim.group) == ("killed", 40, None)
