"""CB49: a headline's one person with a place or description before the noun."""

from __future__ import annotations

import re

from rules.claims.aimed import aimed_at_people
from rules.claims.fates import natural_death
from rules.claims.foot_idiom import own_foot_idiom
from rules.claims.groups import object_follows
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: Descriptions a headline puts before its one person besides a place ("Young woman dies",
#: "Elderly man killed"): common adjectives of age and kind in English news.
_DESCRIPTIONS = "young elderly teenage local off-duty unarmed pregnant retired former".split()
#: A sentence that opens with one person: in a headline with no article, an optional
#: "Police:" label, one to three capitalised words, ages or descriptions (a place, "St. Mary
#: Parish", "Young") and the person noun; in a lead, an article and up to three such words
#: ("A Harlow man", "The teen", "A 22-year-old man"). Then only adverbs and auxiliaries
#: "has" or "had" before the cue ("The teen has died"); "was" or "been" only before a cue of
#: the hurt ("The boy was rushed to a hospital": the care told of the one the report follows
#: is news of its own), since "The man was killed" is a re-mention, as the casualty cases
#: have it. A negative determiner is no modifier: "Neither officer was injured" counts no one.
_MODIFIER = (
    r"(?:(?!(?:Neither|No|None|Nor|Not)\b)[A-Z][\w.'\u2019-]*|\d{1,3}-(?:year|month)-old|"
    + "|".join(_DESCRIPTIONS)
    + r")\s+"
)
_DETERMINER = r"(?:A|An|The|One)\s+"
#: A name or an age set off after the person: "The officer, Daniel Reyes, was hit", "The
#: woman, 34, was in stable condition".
_APPOSED = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}|\d{1,3}"
_OPENINGS = tuple(
    re.compile(
        r"^\W*(?:[A-Z][\w.]*\s*:\s*)?"
        rf"(?P<mods>{determiner}(?!{_DETERMINER})(?:{_MODIFIER}){{{count}}})"
        r"(?P<noun>[A-Za-z]+)(?:,\s+(?:" + _APPOSED + r"),)?"
        r"(?P<gap>(?:\s+(?:accidentally|fatally|critically|seriously|later"
        r"|reportedly|allegedly|also|has|had|(?P<was>was|been)))*\s+)",
    )
    for determiner, counts in ((_DETERMINER, (0, 1, 2, 3)), ("", (1, 2, 3)))
    for count in counts
)
#: How far into a sentence its opening person and cue may reach (a label, an article, three
#: words and the noun).
_OPENING_REACH = 110


def _person_opens(text: str, last_cue: int) -> bool:
    """Does a person noun stand as a word of its own in the sentence's opening, before the
    last cue there (at ``last_cue``)? Every match of ``_OPENINGS`` needs one: its noun is all
    letters with whitespace on both sides (after the modifiers' or the determiner's, before
    the gap's) and ends before a cue in the opening. One split is cheaper than the seven
    patterns, and most openings name no single person."""
    return any(word.rstrip(",") in PERSON_NOUNS for word in text[:last_cue].lower().split())


#: An object after a transitive cue makes the person its agent: "Brell man kills wife".
_HARM = frozenset(("killed", "wounded", "killed_or_wounded"))


class HeadlineDescribedPerson(ExtraRule):
    """CB49 · "Harlow man dies in shooting", "A woman received serious injuries": one person.

    Headlines drop the article and put a place or a description before the person ("Brell
    man dies", "Port Orla deputy killed in crash"); CB08 reads a bare noun ("Man killed").
    Leads open with the person and a cue the singular patterns do not wait for ("A Harlow
    man accidentally shot himself in the leg", "The teen killed in Sunday's shooting had
    ..."). Only at the start of a sentence, a person noun, and a casualty cue right after it
    (an adverb, "has" or "had" may stand between; "was" or "been" before a cue of the hurt
    only) that no other rule used; a transitive cue followed by an object is the person's act
    ("Harlow man kills wife").
    """

    code = "CB49"
    casualty = True  # it binds only killed/wounded cues
    examples = (
        ("Harlow man dies in apparent accidental shooting", {"category": "killed", "min": 1}),
        ("Young woman killed in Brell Street shooting", {"category": "killed", "min": 1}),
        ("The victim later died after being flown to Orme.", {"category": "killed", "min": 1}),
        # the cue holds the adverb ("fatally shot"), a time after it: passive
        (
            "A Harlow man fatally shot Friday night has been identified as Eli Marsh.",
            {"category": "killed", "min": 1, "group": "man"},
        ),
        ("Police: Dunmore teen accidentally shot at party", {"category": "killed_or_wounded"}),
        # an auxiliary before the cue
        ("The teen has died from his wounds, police said.", {"category": "killed", "min": 1}),
        ("The victim had died by the time deputies arrived.", {"category": "killed", "min": 1}),
        # "was" before the care of the hurt, not before a death (a re-mention)
        ("The toddler was rushed to Orme General Hospital.", {"category": "wounded", "min": 1}),
        ("St. Orla Parish deputy injured in crash", {"category": "wounded", "min": 1}),
        (
            "A Harlow man accidentally shot himself in the leg while cleaning a rifle.",
            {"category": "killed_or_wounded", "min": 1},
        ),
        # (after "suffered" and "sustained" the singular patterns count the one, CB01)
        ("A woman received serious injuries in the crash.", {"category": "wounded"}),
        (
            "A 22-year-old man received a gunshot wound to the left arm, police said.",
            {"category": "wounded", "min": 1},
        ),
    )
    counter_examples = (
        "Harlow man kills wife, then himself",
        "Harlow man charged in fatal shooting",
        "Young woman survives shooting at Brell mall",
        "Harlow Mayor Ana Ruiz praises officers injured in crash",
        "Neither officer was injured in the crash.",
        "The officer had shot the man twice.",
        "A man shot at two officers before he fled on foot.",
        "The night porter was killed when the roof caved in.",
        "The senator shot himself in the foot by refusing to debate.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        # The cue stands within the sentence's first words; most sentences have none there.
        starts = {c.start for c in sent.cues.hits if c.start < _OPENING_REACH}
        if not starts or not _person_opens(sent.text, max(starts)):
            return []
        # the fewest modifiers first: "Brell Man Dies" is "Brell" + "Man", and "St. Orla
        # Parish deputy" needs three
        matches = (pattern.match(sent.text, 0, _OPENING_REACH) for pattern in _OPENINGS)
        match = next(
            (
                m
                for m in matches
                if m and _cue_start(m, starts) and m["noun"].lower() in PERSON_NOUNS
            ),
            None,
        )
        if match is None:
            return []
        cue = next(c for c in sent.cues.hits if c.start == _cue_start(match, starts))
        if cue.cue.category not in _HARM or not cue.cue.before:
            return []
        if match["was"] and cue.cue.category != "wounded":
            return []  # "The watchman was killed": a re-mention of one counted before
        if cue.cue.category == "killed" and natural_death(sent.text):
            return []  # "The senator died Monday at 88 after a long illness"
        # the cue counts someone already, or another rule counts this person ("A woman shot
        # on Saturday died Monday" is CB38's, at the article)
        if any(b.cue.start == cue.start or b.figure.start < match.end("noun") for b in found):
            return []
        if cue.cue.transitive and object_follows(sent.text, cue.end):
            return []  # "The officer shot Marcus Lee twice": the officer is no victim
        if aimed_at_people(sent.text[cue.end : cue.end + _OPENING_REACH]):
            return []  # "A man shot at officers before he fled": he fired
        if own_foot_idiom(sent.text, cue.end):
            return []  # "The senator shot himself in the foot by refusing to debate"
        start, end = match.span("noun")
        figure = FigureSpan(start, end, Figure(1, 1, "exact", match["noun"]))
        return [Binding(figure, cue, match["noun"], 0)]


def _cue_start(match: re.Match[str], starts: set[int]) -> int | None:
    """Where the cue after the opening's person starts: after the adverbs of the gap, or at
    one of them when the cue holds it ("A man fatally shot Saturday has been identified":
    the cue is "fatally shot")."""
    if match.end() in starts:
        return match.end()
    inside = [s for s in starts if match.end("noun") < s < match.end()]
    return min(inside) if inside else None
