"""Counts as written around the figure: shares of a whole, determiners, asides, participles."""

from __future__ import annotations

import pytest

from rules.analyze import analyze

CASES = [
    # A share of a stated whole counts the share.
    ("Roughly half of the 40 passengers were injured, the operator said.", "wounded", 20, 20,
     "approximately"),
    ("A third of the 300 residents of Lowmere were evacuated on Tuesday.", "evacuated", 100, 100,
     "exact"),
    ("Two-thirds of the 900 villagers were forced from their homes.", "displaced", 600, 600,
     "exact"),
    ("Half of the 41 passengers were injured.", "wounded", 20, 20, "approximately"),
    ("More than half of the 60 miners were hurt in the collapse.", "wounded", 30, None,
     "more_than"),
    ("Most of the 40 hikers were rescued by helicopter.", "rescued", None, None, "unspecified"),
    ("Dozens of the 300 factory workers were injured in the blast.", "wounded", 24, None,
     "at_least"),
    # The cue belongs to the whole: the whole is the claim.
    ("More than half of the 80 people killed were women, the ministry said.", "killed", 80, 80,
     "exact"),
    ("Two of the 12 people injured remain in hospital, police said.", "wounded", 12, 12,
     "exact"),
    ("All of the 40 passengers were injured.", "wounded", 40, 40, "exact"),
    # Capitalised determiners at the start of a sentence are no label ("Flight 370").
    ("All 12 crew members were killed when the helicopter came down.", "killed", 12, 12,
     "exact"),
    ("The 9 victims died at the scene, the coroner said.", "killed", 9, 9, "exact"),
    ("Only 3 people were injured, the fire service said.", "wounded", 3, 3, "exact"),
    ("Those 14 soldiers were killed in the ambush near Tarsk.", "killed", 14, 14, "exact"),
    # A participle after the group, then a verb: "the 12 people killed remain unidentified".
    ("The 12 people killed remain unidentified, officials said.", "killed", 12, 12, "exact"),
    ("The 30 people killed included five children.", "killed", 30, 30, "exact"),
    # An age list between commas is an aside; its ages are no counts.
    ("Two brothers, aged 19 and 22, were among the dead.", "killed", 2, 2, "exact"),
    ("Three men, ages 18, 20 and 23, were killed near the depot.", "killed", 3, 3, "exact"),
    ("Two cousins, both in their 20s, were wounded in the attack.", "wounded", 2, 2, "exact"),
    ("A man aged 40 and 12 children were injured in the crash.", "wounded", 12, 12, "exact"),
    # The one a report follows, with an aside before the formula of death.
    ("The victim, a 41-year-old father of three, was pronounced dead.", "killed", 1, 1, "exact"),
    ("The victim, 29-year-old Lyle Harker, died at the scene.", "killed", 1, 1, "exact"),
    # Shelters, burns and smoke, a toll revised down, a quoted claim after its verb.
    ("Some 4,500 people remain in temporary shelters, the Red Cross said.", "displaced", 4500,
     4500, "approximately"),
    ("A further 30 were treated for smoke inhalation at the scene.", "wounded", 30, 30, "exact"),
    ("Nine firefighters were treated for burns.", "wounded", 9, 9, "exact"),
    ("The ministry revised the death toll down to 38.", "killed", 38, 38, "exact"),
    ('The army said it had killed "more than 100 fighters" near Osk.', "killed", 100, None,
     "more_than"),
    # Shot, and a condition only the living have: wounded, not killed or wounded.
    ("A woman was shot twice and is in stable condition, police said.", "wounded", 1, 1, "exact"),
    ("Two men were shot and remain in critical condition.", "wounded", 2, 2, "exact"),
    # A second verb after "and" takes its own object, not the first verb's.
    ("The floods have affected some 2.3 million people and displaced at least 400,000.",
     "displaced", 400000, None, "at_least"),
    ("Around 60,000 people are living in displacement camps near the city.", "displaced", 60000,
     60000, "approximately"),
    # One person with an aside before the verb, and what the clause says became of them.
    ("A man, 25, was wounded in the arm.", "wounded", 1, 1, "exact"),
    ("A woman, whose name was not released, was killed.", "killed", 1, 1, "exact"),
    ("Two men, 25 and 31, were killed outside the bar.", "killed", 2, 2, "exact"),
    ("A man was shot near the depot and later pronounced dead.", "killed", 1, 1, "exact"),
    ("A clerk was wounded, but she later died of her injuries.", "killed", 1, 1, "exact"),
    ("A man was shot and taken to Arden General in stable condition.", "wounded", 1, 1,
     "exact"),
    # A harm verb before the figure beats a status noun after it.
    ("The militants executed 11 hostages, the army said.", "killed", 11, 11, "exact"),
    # Headlines: title-case prepositions before a count.
    ("Teen Among 4 Wounded In Drive-By", "wounded", 4, 4, "exact"),
    # A family counted by its members; families are no count of people harmed.
    ("The strike killed a family of five in Orsk.", "killed", 5, 5, "exact"),
    ("Over 1,500 families fled to neighbouring villages.", "displaced", 1500, None,
     "more_than"),
    # Negated comparatives.
    ("Not more than 12 soldiers were wounded, the army said.", "wounded", None, 12, "at_most"),
    ("No menos de 30 personas murieron en el ataque, informó la policía.", "killed", 30, None,
     "at_least"),
    ("No más de 15 personas resultaron heridas, según los bomberos.", "wounded", None, 15,
     "at_most"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "low", "high", "qualifier"), CASES)
def test_one_claim(
    text: str, category: str, low: float | None, high: float | None, qualifier: str
) -> None:
    claims = [(c.category, c.min, c.max, c.qualifier) for c in analyze(text).claims]
    assert claims == [(category, low, high, qualifier)]


def test_headline_second_clause_counts_its_person() -> None:
    claims = analyze("Man killed, woman hurt in Dorrey Street shooting").claims
    assert [(c.category, c.min, c.group) for c in claims] == [
        ("killed", 1, "Man"),
        ("wounded", 1, "woman"),
    ]


def test_an_order_sends_only_services() -> None:
    for text in (
        "The judge ordered 12 men to pay fines.",
        "The union rushed 50 members to the picket line.",
        "The airline moved 300 staff to Dublin.",
    ):
        assert analyze(text).claims == (), text
    (claim,) = analyze("The city rushed 40 firefighters to the blaze.").claims
    assert (claim.category, claim.min) == ("deployed", 40)


def test_families_killed_count_no_people() -> None:
    assert analyze("The strike killed two families in Orsk.").claims == ()


def test_a_label_still_is_no_count() -> None:
    claims = analyze("Flight 370 crashed into the sea, killing 239 people.").claims
    assert [(c.category, c.min) for c in claims] == [("killed", 239)]


def test_share_text_is_the_whole_phrase() -> None:
    (claim,) = analyze("About half the 200 residents fled the fighting.").claims
    assert claim.figure_text == "About half the 200"
    assert (claim.category, claim.min, claim.max) == ("displaced", 100, 100)
