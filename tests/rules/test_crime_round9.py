"""Claims of short crime stories of our own (issue 9, crime round 9): the Commonwealth
formula "declared dead", and a number that names the whole a part is picked from. Every
text is our own writing."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was declared dead at the scene after being shot in Elkford on Friday.",
            [("killed", 1)],
        ),
        ("Two men were declared dead at the scene on Harbour Road.", [("killed", 2)]),
        ("Three sailors were declared missing after the trawler sank.", [("missing", 3)]),
    ],
    ids=["one-declared-dead", "two-declared-dead", "declared-missing"],
)
def test_declared_dead_is_pronounced_dead(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five people were declared winners of the county raffle.",
        "The mayor declared a state of emergency on Monday.",
    ],
    ids=["winners", "emergency"],
)
def test_declared_is_no_cue_on_its_own(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the two died at the hospital on Sunday.", [("killed", 1)]),
        ("The younger of the two died at a hospital in Varn.", [("killed", 1)]),
        ("The elder of the three brothers died at the scene.", [("killed", 1)]),
        # a whole told as the hurt is their count (CB101), less the dead in the key figure
        ("One of the three wounded later died.", [("killed", 1), ("wounded", 3)]),
        ("One of the two men died at the hospital.", [("killed", 1)]),
        # "neither" is a zero of its own (29th session), as "none of" is: no count of two
        ("Neither of the two was seriously hurt.", [("wounded", 0)]),
    ],
    ids=["one-of-the-two", "younger", "elder-of-brothers", "of-the-wounded", "men", "neither"],
)
def test_the_whole_of_a_part_counts_no_one(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


def test_each_of_a_whole_still_counts_all() -> None:
    assert _claims("Each of the three was shot in the head.") == [("killed_or_wounded", 3)]


def _total(text: str, category: str) -> int:
    return sum(c.min for c in analyze(text).claims if c.category == category)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His wife and daughter and two neighbours were killed in the attack.", 4),
        ("His wife, daughter and two neighbours were killed in the attack.", 4),
        ("Her husband and son and a neighbour were shot dead on Sunday.", 3),
        ("His wife and his daughter and two neighbours were killed in the attack.", 4),
        ("A man and a woman and two children were killed in the fire on Orme Road.", 4),
        ("His wife, two children and his mother-in-law were killed.", 4),
        # the round-8 pairs keep their counts
        ("His wife and two children were killed in the shooting, relatives said.", 3),
        ("His wife and daughter were found dead.", 2),
    ],
    ids=[
        "possessed-pair-and-count",
        "commas",
        "pair-and-one",
        "two-possessives",
        "singles-and-count",
        "count-in-the-middle",
        "round8-pair-count",
        "round8-pair",
    ],
)
def test_a_chain_of_people_and_counts_is_summed(text: str, expected: int) -> None:
    assert _total(text, "killed") == expected


@pytest.mark.parametrize(
    "text",
    [
        "He lived with his wife and daughter and two dogs were killed.",
        "His car and his house and two sheds were damaged.",
    ],
    ids=["object-of-preposition", "things"],
)
def test_a_chain_of_no_people_counts_no_one(text: str) -> None:
    assert _total(text, "killed") == 0


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("The couple, both in their 70s, were found shot to death on Friday.", "killed", 2),
        ("The pair, aged 19 and 20, were wounded on Elm Street.", "wounded", 2),
    ],
    ids=["both-in-their-70s", "aged"],
)
def test_a_couple_with_an_aside(text: str, category: str, expected: int) -> None:
    assert _total(text, category) == expected


def test_a_couple_that_only_speaks_is_no_victim() -> None:
    found = analyze("The couple, both doctors, told police two men were shot.").claims
    assert [(c.category, c.min, c.group) for c in found] == [("killed_or_wounded", 2, "men")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was found with a gunshot wound to the chest on Orr Street.",
            ("killed_or_wounded", 1),
        ),
        ("A woman was found with stab wounds in a flat in Dunmore.", ("killed_or_wounded", 1)),
        ("Two men were found with stab wounds in a car on Elm Street.", ("killed_or_wounded", 2)),
        ("A man was taken to a hospital with a gunshot wound.", ("wounded", 1)),
    ],
    ids=["one-gunshot-wound", "stab-wounds", "two-stab-wounds", "taken-to-hospital"],
)
def test_found_with_one_wound_or_stab_wounds(text: str, expected: tuple[str, int]) -> None:
    assert _claims(text) == [expected]


def test_an_animal_with_a_gunshot_wound_is_no_victim() -> None:
    assert _claims("The dog was found with a gunshot wound.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies got there to find a clerk who had been shot in the chest.",
            ("killed_or_wounded", 1),
        ),
        ("Officers found a man, who was pronounced dead at the scene.", ("killed", 1)),
        ("Deputies located a woman who had been stabbed in the neck.", ("killed_or_wounded", 1)),
        ("Police found a man shot in the chest behind a store.", ("killed_or_wounded", 1)),
    ],
    ids=["who-had-been-shot", "who-was-pronounced-dead", "located", "participle"],
)
def test_one_person_found_hurt(text: str, expected: tuple[str, int]) -> None:
    assert _claims(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Officers found a car that had been shot up.",
        "Officers found a man who had been drinking.",
        "Police found a witness who said she heard shots.",
    ],
    ids=["a-car", "no-casualty", "a-witness"],
)
def test_a_finding_of_no_victim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A pair of teenagers were shot near a bus stop in Harl.", [("killed_or_wounded", 2)]),
        ("A pair of young men were shot near a bus stop in Harl.", [("killed_or_wounded", 2)]),
        ("A trio of men were wounded at a barbecue in Orme.", [("wounded", 3)]),
        ("A couple of officers were hurt in the scuffle.", [("wounded", 2)]),
        # events, not people: a round-up tells them apart
        ("Police investigated a pair of murders on Sunday.", []),
        ("A pair of shoes was found near the body.", []),
    ],
    ids=["pair", "pair-adjective", "trio", "couple", "pair-of-murders", "pair-of-shoes"],
)
def test_a_pair_or_a_trio_of_people(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 4-year-old and a 7-year-old were killed when a man fired into the house.", 2),
        ("A man and a 7-year-old were killed in the crash on Route 9.", 2),
        ("A 4-year-old and his mother were killed in the fire.", 2),
        ("A 4-year-old boy and a 7-year-old girl died in the blaze on Orr Street.", 2),
    ],
    ids=["two-ages", "man-and-age", "age-and-possessed", "ages-before-nouns"],
)
def test_people_named_by_their_ages_in_a_chain(text: str, expected: int) -> None:
    assert _total(text, "killed") == expected


def test_ages_in_a_chain_of_the_arrested_are_no_victims() -> None:
    assert _total("A 17-year-old and a 19-year-old were arrested.", "killed") == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victims -- a man, 33, and a woman, 29 -- were found dead in a car.", 2),
        ("The victims \u2014 a man, 33, and a woman, 29 \u2014 were found dead in a car.", 2),
        ("The victims -- a man and a woman -- told police they had seen the gunman.", 0),
    ],
    ids=["double-hyphen", "em-dash", "no-casualty-verb"],
)
def test_members_listed_between_dashes(text: str, expected: int) -> None:
    assert _total(text, "killed") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A second victim of Saturday's shooting on Park Avenue has died.", [("killed", 2)]),
        ("A third victim in the Elm Street shooting has died, police said.", [("killed", 3)]),
        ("A man shot Saturday on Kell Boulevard has died.", [("killed", 1)]),
        ("Ana Lane has died, her family said.", [("killed", 1)]),
    ],
    ids=["second-victim-of", "third-victim-in", "boulevard-no-name", "lane-a-surname"],
)
def test_an_ordinal_victim_of_an_event_and_street_names(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the 9 people killed was a teacher.", [("killed", 9)]),
        ("One of the four people injured, a cook, went home on Monday.", [("wounded", 4)]),
        ("One of the two women who died, a nurse, was buried on Friday.", [("killed", 2)]),
    ],
)
def test_a_whole_counted_by_its_own_casualty_word_counts(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The couple had two daughters. One of the two died in infancy.",
        "The eldest of the four died in 1998.",
        "A second resident of the nursing home has died of the flu.",
    ],
)
def test_a_natural_or_long_past_death_is_no_casualty(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category == "killed"] == []
