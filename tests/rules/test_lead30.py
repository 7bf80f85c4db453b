"""Readings the thirtieth session's lead added. Every sentence is invented.

Claims: one hurt carried to care "with a gunshot wound" and no place named; a group whose aside
gives its members' ages ("Two adults, men aged 30 and 44, were wounded"); "in fair condition";
people who "lost their homes" in a disaster; officers "assigned to patrols".

Attributions: "declined to take questions" and "refused to take questions"; what investigators
"believed", what an investigating office "believes", and a belief that closes its sentence
("..., police believe."); a past spelt as its base before a particle ("The company put out a
statement and declined to comment"); a participle after a refusal ("declined to release the
video, saying"); "added points for" is no speech; "urged residents to stay indoors", one
statement with another verb of its subject; a second verb's subject is the first's whole.
"""

from __future__ import annotations

import pytest

from tests.support.attributions import kinds_sources_cues
from tests.support.claims import claim_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 19-year-old was transported with a gunshot wound to the leg.", [("wounded", 1, 1)]),
        ("The boy was taken to Memorial with a gunshot wound.", [("wounded", 1, 1)]),
        # a gun carried is no wound
        ("The suspect was transported with a gun in his waistband.", []),
        ("Two adults, men aged 30 and 44, were hurt in the exchange.", [("wounded", 2, 2)]),
        (
            "Two adults, a man and a woman aged 30 and 33, were wounded in the exchange.",
            [("wounded", 2, 2)],
        ),
        ("Two men, aged 27 and 41, were wounded in the exchange.", [("wounded", 2, 2)]),
        ("Five men aged 20 to 30 were killed.", [("killed", 5, 5)]),
        # rescuers who "pulled out" survivors, as those who "pulled" them
        ("Rescuers pulled out 11 survivors from the rubble overnight.", [("rescued", 11, 11)]),
        # the hospital's own words for a patient's state
        (
            "A gunman shot four people on Elm Street. One died, and the other three were in fair "
            "condition.",
            [("killed_or_wounded", 4, 4), ("killed", 1, 1), ("wounded", 3, 3)],
        ),
        ("Two victims were in guarded condition on Sunday.", [("wounded", 2, 2)]),
        ("The house was in fair condition when it was sold.", []),
        # homes lost in a disaster, not to the bank
        ("About 3,000 people lost their homes in the fire.", [("displaced", 3000, 3000)]),
        ("About 3,000 families lost their homes to foreclosure last year.", []),
        (
            "The chief said 40 extra officers will be assigned to patrols downtown.",
            [("deployed", 40, 40)],
        ),
        # things rated "fair" are no patients (review30a)
        ("Of the county's 300 bridges, 120 are in fair condition.", []),
        ("Of the 40 homes inspected after the storm, 25 were in fair condition.", []),
        (
            "Two women were shot on Elm Street. Both women were listed in fair condition, police "
            "said.",
            [("killed_or_wounded", 2, 2), ("wounded", 2, 2)],
        ),
        # homes lost to a lender after a disaster (review30a)
        (
            "The earthquake killed 40 people. About 3,000 families lost their homes to "
            "foreclosure in the years that followed.",
            [("killed", 40, 40)],
        ),
        # the figure of speech of one's own foot
        ("The coach has shot himself in the foot again, fans said.", []),
        ("The senator shot himself in the foot by refusing to debate.", []),
        ("The party has shot itself in the foot again.", []),
        ("Police said the boy shot himself in the foot.", [("wounded", 1, 1)]),
        # the hurt told in other Englishes and by their first aid
        (
            "Fourteen were injured, and three of them were stated to be critical.",
            [("wounded", 14, 14), ("wounded", 3, 3)],
        ),
        (
            "The MP said at least 25 people were nursing machete and arrow wounds.",
            [("wounded", 25, None)],
        ),
        (
            "Two firefighters were taken to hospital. The other four were given first aid.",
            [("wounded", 2, 2), ("wounded", 4, 4)],
        ),
        # officers who will be on patrol; not those who were, when harm found them
        ("Three officers were on patrol when the bomb went off.", []),
        # rescuers of a fire
        (
            "Firefighters pulled at least five people from windows on the upper floors.",
            [("rescued", 5, None)],
        ),
        # parts of "those killed"; captives "whisked away" where an abduction is told
        ("Nine of those killed were farmers.", [("killed", 9, 9)]),
        (
            "Bandits stormed the village at dawn, and more than 30 residents were whisked away.",
            [("kidnapped", 30, None)],
        ),
        ("The minister was whisked away by his security detail.", []),
        # review30b: real foot wounds stay wounds; things rated fair stay things beside harm;
        # people named before a rating are patients; care words of other things
        (
            "A hunter shot himself in the foot on Saturday, the wildlife department said.",
            [("killed_or_wounded", 1, 1)],
        ),
        (
            "He shot himself in the foot by dropping his pistol, police said.",
            [("wounded", 1, 1)],
        ),
        (
            "A bridge collapsed, injuring 12 people. Of the county's 300 bridges, 120 are in "
            "fair condition.",
            [("wounded", 12, 12)],
        ),
        ("Two hikers were in fair condition after a 40-foot fall.", [("wounded", 2, 2)]),
        ("Forty volunteers were given first aid training.", []),
        ("Twelve MPs were stated to be critical of the bill.", []),
        ("The 40 opposition MPs were nursing their wounds.", []),
        (
            "The blast killed the mayor, his driver, and a bodyguard was wounded.",
            [("killed", 1, 1), ("killed", 1, 1), ("wounded", 1, 1)],
        ),
        (
            "Five officers who would be on patrol that night were killed in the blast.",
            [("killed", 5, 5)],
        ),
        ("After the flood, 400 families lost their homes through foreclosure.", []),
        # a side's own dead denied
        ("The rebels denied having lost any of their fighters.", [("killed", 0, 0)]),
        ("The club denied having lost any money on the deal.", []),
        # a list after a verb ends where a clause of its own begins
        ('"A family has lost a son, and a boy has lost his father," the priest said.', []),
    ],
)
def test_claims(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert claim_values(text) == expected


def test_officers_described_by_their_post_are_no_deployment() -> None:
    """ "assigned to patrols" without a finite passive describes the officers (review30a)."""
    claims = claim_values("Six officers assigned to patrols were killed in the ambush.")
    assert "deployed" not in {category for category, _, _ in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor spoke briefly at the scene but declined to take questions.",
            [("non_response", "The mayor", "declined to take questions")],
        ),
        (
            "The fire marshal declined to speculate on the cause of the blaze.",
            [("non_response", "The fire marshal", "declined to speculate")],
        ),
        (
            "Police would not speculate on a motive.",
            [("non_response", "Police", "would not speculate")],
        ),
        (
            "The minister refused to take reporters' questions.",
            [("non_response", "The minister", "refused to take reporters' questions")],
        ),
        (
            "The shooting appears to have been targeted, investigators believed.",
            [("statement", "investigators", "believed")],
        ),
        (
            "The gunman knew both victims, police believe.",
            [("statement", "police", "believe")],
        ),
        (
            "The sheriff's office believes the woman was shot by someone she knew.",
            [("statement", "The sheriff's office", "believes")],
        ),
        (
            "The police department believes the two shootings are linked.",
            [("statement", "The police department", "believes")],
        ),
        # a past spelt as its base, before a particle and its object, ends the subject
        (
            "The company put out a statement and declined to comment further.",
            [("non_response", "The company", "declined to comment")],
        ),
        (
            "The governor set out her plan on Tuesday and said it would pass.",
            [("statement", "The governor", "said")],
        ),
        # a participle after a refusal is the refuser's
        (
            "Two troopers had cameras on, but the state patrol declined to release the video,"
            " saying the review was still open.",
            [
                ("non_response", "the state patrol", "declined to release"),
                ("statement", "the state patrol", "saying"),
            ],
        ),
        # points added for something are no words added; a contraction opens a clause
        (
            'The new rules added points for "local presence," the documents show.',
            [("statement", "the documents", "show")],
        ),
        (
            "The prosecutor said charges were near, but added there\u2019s no timetable for them.",
            [("statement", "The prosecutor", "said"), ("statement", "The prosecutor", "added")],
        ),
        # an appeal is a statement; beside another verb of its subject it is one statement
        (
            "The sheriff urged residents to stay indoors.",
            [("statement", "The sheriff", "urged")],
        ),
        ("The fans urged the team to the finish line.", []),
        ("Residents were urged to boil their water.", []),
        (
            "The marshal urged drivers to avoid the bridge and said repairs could take a week.",
            [("statement", "The marshal", "said")],
        ),
        (
            "The union said the officers acted properly and urged the public to wait.",
            [("statement", "The union", "said")],
        ),
        # a second verb of one subject takes the whole subject its first verb found
        (
            "The regional human rights office in Tarsk called for an inquiry and said the detained "
            "must be freed.",
            [("statement", "The regional human rights office in Tarsk", "said")],
        ),
        (
            "The state health department spokesman called for calm and said the water was safe.",
            [("statement", "The state health department spokesman", "said")],
        ),
        # a refusal inside a relative or a reported clause gives the participle no speaker
        # (review30a)
        (
            "Relatives gathered outside the hospital, which declined to comment, saying they "
            "had not been told anything.",
            [
                ("non_response", "the hospital", "declined to comment"),
                ("statement", "Relatives", "saying"),
            ],
        ),
        (
            "Protesters, whose calls to the ministry went unanswered, blocked the road, saying "
            "30 people had died.",
            [
                ("non_response", "the ministry", "went unanswered"),
                ("statement", "Protesters", "saying"),
            ],
        ),
        # "for" inside the reported clause after "added" (review30a)
        (
            "The governor added the death toll for the province had risen to 40.",
            [("statement", "The governor", "added")],
        ),
        # the passive's agent, a noun after "to", and an abbreviation before it (review30a)
        ("Residents were urged by police to stay indoors.", []),
        ("He urged them to Washington.", []),
        (
            "The embassy urged U.S. citizens to leave the country.",
            [("statement", "The embassy", "urged")],
        ),
        (
            "The fire department believes the blaze was accidental.",
            [("statement", "The fire department", "believes")],
        ),
        # "and said" after a subject that an opening phrase's name stood before
        (
            "In a statement issued by his aide, Tomas Vell, Governor Ada Lind described the "
            "attack as cowardly and said the state would pay for the funerals.",
            [
                ("statement", "Governor Ada Lind", "described"),
                ("statement", "Governor Ada Lind", "said"),
            ],
        ),
        # ... not the subject of a reported clause, nor an aside's speaker
        (
            "Marsh said detectives believed the two killings were linked but declined to say why.",
            [
                ("statement", "Marsh", "said"),
                ("statement", "detectives", "believed"),
                ("non_response", "Marsh", "declined to say"),
            ],
        ),
        # review30b: a refusal in a subordinate clause; a question word after the refusal
        (
            "Families waited at the gate while the army declined to comment, saying 12 "
            "soldiers were missing.",
            [
                ("non_response", "the army", "declined to comment"),
                ("statement", "Families", "saying"),
            ],
        ),
        (
            "The sheriff declined to say who fired first, saying two deputies were wounded.",
            [
                ("non_response", "The sheriff", "declined to say"),
                ("statement", "The sheriff", "saying"),
            ],
        ),
        # things added for people who were hurt are no report
        ("The council added 12 beds for patients who were hurt in the blast.", []),
        # "would not discuss" is a refusal, "did not discuss the budget" no silence; an
        # appeal to anyone who saw something is a statement
        (
            "The company would not discuss the kidnappers' demands.",
            [("non_response", "The company", "would not discuss")],
        ),
        ("The mayor did not discuss the budget at the meeting.", []),
        (
            "Police asked anyone who saw the crash to call the traffic unit.",
            [("statement", "Police", "asked")],
        ),
        ("She asked him to leave the room.", []),
        # the participle of a refusal: its party is the clause's, or the speaker's before it
        (
            "The mayor read a statement, declining to take questions.",
            [("non_response", "The mayor", "declining to take questions")],
        ),
        (
            "Police said two men had been arrested, declining to say whether they were armed.",
            [("statement", "Police", "said"), ("non_response", "Police", "declining to say")],
        ),
        # a relative "where" clause between a source and its verb
        (
            "The bar, where the men had been drinking, declined to comment.",
            [("non_response", "The bar", "declined to comment")],
        ),
        # a passive belief, and an office that investigates nothing
        ("The man is believed to have fled the state.", []),
        ("The office believes the plan will work.", []),
        ("Police believed him.", []),
    ],
)
def test_attributions(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert kinds_sources_cues(text) == expected
