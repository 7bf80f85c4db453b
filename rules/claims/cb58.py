"""CB58: "Another man was wounded": one more person, told in a sentence of its own."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.cb20 import counted_span
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: "Another man was wounded in the leg", "Another passenger was also hurt": the usual way
#: crime and crash copy adds one person after the sentence that told the first (general
#: English of news reports). The person noun may follow up to two words ("another young
#: man"); the cue is the sentence's own casualty cue at the participle. So is the state of
#: care the hurt are left in ("another man remains in critical condition", "another officer
#: remained at Elm General in serious condition", "another woman is hospitalized"): the
#: hospital's name, capitalised, may stand between.
_ANOTHER = re.compile(
    r"(?:^|(?<=;\s)|(?<=\.\"\s)|\band\s+)(?P<one>[Aa]nother)\s+(?:(?P<words>(?:[A-Za-z'-]+\s+)"
    r"{0,2}?[A-Za-z'-]+)\s+)??(?:was|has\s+been|had\s+been|(?P<state>is|remains|remained)(?:\s+still)?"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?=\s+in\s))?)\s+"
    r"(?:(?:also|critically|seriously|badly|slightly|gravely|fatally|later)\s+)*(?P<verb>[a-z]+)",
)
#: "One man died at the scene and another died at a hospital", "... and another succumbed
#: to his wounds": the active verb of dying, said of one more person.
_ANOTHER_DIED = re.compile(
    r"(?:^|(?<=;\s)|\band\s+)(?P<one>[Aa]nother)\s+(?:(?P<words>(?:[A-Za-z'-]+\s+){0,2}?"
    r"[A-Za-z'-]+)\s+)??(?:(?:later|also|subsequently|eventually)\s+)?(?P<verb>died|succumbed)\b",
)
#: "killed two clerks and wounded another", "killing two and injuring another": one more
#: person as the object of a second verb of harm (the cue at the verb gives the category);
#: so is "the other" of a pair ("shot two guards, killing one and wounding the other"). The
#: adverbs are the usual degrees of a wound in English news ("severely wounding the other").
_AND_ANOTHER = re.compile(
    r"\band\s+(?:(?:critically|seriously|severely|badly|gravely|slightly|lightly)\s+)?"
    r"(?P<verb>wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?|kill(?:ed|ing)|shot|shooting"
    r"|stabb(?:ed|ing))\s+(?P<one>another|the\s+other)\b(?:\s+(?P<words>[A-Za-z'-]+))?",
    re.IGNORECASE,
)
#: Cheap substring tests before the scan: one of them stands in every sentence it matches.
_WORDS = ("another", "the other")


class AnotherPerson(ExtraRule):
    """CB58 · "Another man was wounded in the leg": one person, killed or hurt.

    A single person with "another" and a passive casualty verb, at a sentence's start or
    after "and" or a semicolon (not after a clause of time: "Hours after ..., another clerk
    was shot" is as often another incident); the category is that of the cue at the verb
    ("wounded", "killed", "shot"). So is "another" as the object of a second verb of harm
    ("killed two clerks and wounded another"), a bare "another" taken to a hospital after a
    count of the hurt, and "another" before an active verb of dying after a person ("one man
    died at the scene and another died at a hospital"). Not a thing ("another car was hit"),
    not when another rule counts that person already ("a man was killed and another
    wounded", CB72).
    """

    code = "CB58"
    words = _WORDS  # the engine's gate, ``ExtraRule.words``
    casualty = True
    examples = (
        (
            "Another man was wounded in the arm and is expected to recover.",
            {"category": "wounded", "min": 1, "max": 1, "group": "man"},
        ),
        (
            "The gunman killed two clerks and wounded another before he fled.",
            {"category": "wounded", "min": 1, "figure_text": "another"},
        ),
        (
            "Another passenger was killed when the bus hit the rail, police said.",
            {"category": "killed", "min": 1, "group": "passenger"},
        ),
        (
            "A teen was grazed by a bullet and another was shot in the arm, police said.",
            {"category": "wounded", "min": 1, "figure_text": "another"},
        ),
        (
            "The gunman shot two guards, killing one and critically wounding the other.",
            {"category": "wounded", "min": 1, "figure_text": "the other"},
        ),
        (
            "Three dockers were hurt and another was rushed to a hospital in Orme.",
            {"category": "wounded", "min": 1, "figure_text": "another"},
        ),
        # the state of care one more of the hurt is left in
        (
            "Another clerk remains at Orme General in serious condition, police said.",
            {"category": "wounded", "min": 1, "group": "clerk"},
        ),
        (
            "A guard was killed and another is still in critical condition.",
            {"category": "wounded", "min": 1, "figure_text": "another"},
        ),
        # the active verb of dying
        (
            "One man died at the scene and another died later at a hospital.",
            {"category": "killed", "min": 1, "figure_text": "another"},
        ),
        (
            "A deputy was killed and another officer succumbed to his wounds on Friday.",
            {"category": "killed", "min": 1, "group": "officer"},
        ),
    )
    counter_examples = (
        "Another car was hit by the stray rounds.",
        "The gunman killed a guard and damaged another car.",
        "The gunman killed one guard and wounded the other two.",
        "Another man was arrested on Sunday.",
        "One shop was looted and another was damaged by fire.",
        "The mayor said another officer was hired to patrol the park.",
        # after a clause of time: another incident's victim, as often as not
        "Hours after a clerk was shot on Elm Street, another clerk was shot on Bay Road.",
        # a bare "another" of things or animals
        "One drone was intercepted and another was shot down over the city.",
        "One dog was killed and another was injured in the attack.",
        "The storm killed one horse and injured the other.",
        "One oak died in the drought and another died of blight.",
        # a hospital trip after a death may be the dying one's
        "Two guards were killed and another was taken to a hospital.",
        "Another suspect remains in custody in Orme.",
        "One gunman was killed and another remains at large.",
        "One horse was killed and another remains in critical condition.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        counted = [counted_span(sent.text, b) for b in found]
        bindings = []
        # all-capital wire copy read in lower case ("A POLICE AGENT WAS KILLED AND ANOTHER
        # WAS WOUNDED"): the patterns tell verbs from names by case; offsets are the same
        read = sent.text.lower() if sent.text.isupper() and sent.text.isascii() else sent.text
        matches = (*_ANOTHER.finditer(read), *_ANOTHER_DIED.finditer(read))
        for match in (*matches, *_AND_ANOTHER.finditer(read)):
            noun = _noun(match)
            start, end = match.span("one")
            if noun is None or any(s < match.end("one") and start < e for s, e in counted):
                continue
            if (
                noun == ""
                and match.re is not _AND_ANOTHER
                and not _person_before(sent, found, start)
            ):
                continue  # "one drone was intercepted and another was shot down": no one
            if match["one"].lower() != "another" and not _person_before(sent, found, start):
                continue  # "the other" of a pair of people counted before it, not of horses
            if noun == "" and match.re is _ANOTHER_DIED and not _named_person_before(found, start):
                continue  # "one oak died and another died of blight": a person, said so
            if (
                noun == ""
                and match["verb"] in _CARE_VERBS
                and not (match.re is _ANOTHER and match["state"])
                and not _hurt_before(sent, found, start)
            ):
                continue  # a bare "another" taken to a hospital: one more of the hurt only
            at = sent.cues.first_from(match.start("verb"))
            if at is None:
                continue
            cue = sent.cues.hits[at]
            if cue.start != match.start("verb") or cue.cue.category not in CASUALTY_CATEGORIES:
                continue
            figure = FigureSpan(start, end, Figure(1, 1, "exact", match["one"]))
            bindings.append(Binding(figure, cue, noun or None, abs(cue.start - end)))
        return bindings


def _person_before(sent: SentenceParse, found: list[Binding], at: int) -> bool:
    """A bare "another" stands for a person only after one the sentence counted as hurt or
    killed ("a teen was grazed and another was shot"; not "one dog was killed and another")."""
    return any(
        b.figure.start < at and b.cue.cue.category in CASUALTY_CATEGORIES
        for b in (*sent.bound.values(), *found)
    )


def _named_person_before(found: list[Binding], at: int) -> bool:
    """A person noun counted before ``at`` ("one man died ... and another died"): "died" is
    said of trees and engines too, so a bare "another" needs one."""
    return any(
        b.figure.start < at and (b.group or "x").lower().split()[-1] in PERSON_NOUNS for b in found
    )


def _hurt_before(sent: SentenceParse, found: list[Binding], at: int) -> bool:
    """A count of the hurt stands before ``at`` ("three were hurt and another was taken to a
    hospital"): the one taken is one more of them."""
    return any(
        b.figure.start < at and b.cue.cue.category == "wounded"
        for b in (*sent.bound.values(), *found)
    )


def _noun(match: re.Match[str]) -> str | None:
    """The person counted: the noun after "another" ("another young man" is a man); for an
    object ("and wounded another") none is needed, but a thing is no one ("another car")."""
    if match.re is _ANOTHER_DIED:
        return "" if match["words"] is None else _person(match["words"])
    if match.re is _ANOTHER:
        if match["words"] is None:
            # a bare "another was shot" (round 8): a verb of harm says it is a person
            # and a state of care ("and another remains in critical condition")
            state = match["state"] is not None
            return "" if state or match["verb"] in _HARM_VERBS | _CARE_VERBS else None
        return _person(match["words"])
    word = match["words"]
    if word is None or word.lower() in _NOT_A_NOUN:
        return ""
    return word if word.lower() in PERSON_NOUNS else None


#: Verbs of harm done to a person: a bare "another" before them is one (plain English). A
#: hospital trip ("taken", "rushed") counts one more only after a count of the hurt (``_HURT``):
#: "three were hurt and another was rushed to a hospital"; after a death it may be the dying.
_HARM_VERBS = frozenset(
    "shot wounded injured hurt killed grazed struck stabbed slain murdered".split()
)
_CARE_VERBS = frozenset(
    "taken rushed transported airlifted flown hospitalized hospitalised".split()
)
#: Words after an object "another" that open no noun of it: "wounded another in the leg".
_NOT_A_NOUN = frozenset(
    "in at on near outside inside before after as when while and but with during by who"
    " before".split()
)


def _person(words: str) -> str | None:
    """The last word when it is a person noun ("another young man" is a man)."""
    last = words.split()[-1]
    return last if last.lower() in PERSON_NOUNS else None
