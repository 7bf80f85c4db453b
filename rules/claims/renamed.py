"""Victims named again: "Senator Ana Ruiz was shot dead ... Ruiz was killed as she left".

News names a victim in full once, then by surname, by title and surname or in full again
("Ivo Marsh ... Senator Marsh ... Marsh"). Each mention read by the named-victim rules
is one claim of one killed person; the later ones count the same person again. A later
named single is left out when an earlier one of the same category shares its last word and
all its other name words, honorifics and role nouns ("Senator", "Msgr", "mayor") aside
(general English of naming people in news). Two people of one family keep their claims:
"Ana Ruiz" and "Tomas Ruiz" differ in a given name. A person only "shot" (killed or
wounded) and named again with a fate ("was killed", "was wounded") is one victim of that fate.

So with a group: after "six monks were killed", a later bare plural of the same category and
head noun ("the monks were murdered in the chapel") names the same people again and is left
out; a vague count ("many monks were killed") may be of others and stays.
"""

from __future__ import annotations

from rules.model import Claim
from rules.nouns import PERSON_NOUNS
from rules.numbers import parse_figure

#: Honorifics and posts written before a name in news (general English; role nouns such as
#: "senator", "bishop" or "leader" come from ``rules.nouns.PERSON_NOUNS``).
_HONORIFICS = frozenset(
    """mr mrs ms miss dr msgr monsignor father fr rev reverend sister brother gen col lt
    capt sgt sen rep gov prof president minister secretary archbishop cardinal sheikh""".split()
)


def _words(name: str) -> list[str]:
    return [w.strip(".,").lower() for w in name.split() if w.strip(".,")]


def _is_named_single(claim: Claim) -> bool:
    """A claim of one person known by name: no group, figure 1, written as capitalised words."""
    text = claim.figure_text
    return (
        claim.group is None
        and claim.min == 1
        and claim.max == 1
        and bool(text)
        and all(w[:1].isupper() for w in text.split())
        and parse_figure(text) is None
    )


#: Honorifics that tell a gender (general English): "Mr Ruiz" and "Mrs Ruiz" are two people.
_GENDERED = {"mr": "m", "father": "m", "fr": "m", "brother": "m", "mrs": "f", "ms": "f"}
_GENDERED |= {"miss": "f", "sister": "f"}


def _same_person(earlier: list[str], later: list[str]) -> bool:
    """Does one name, its titles aside, hold only words of the other, ending alike (and no
    honorifics of two genders: "Mr Ruiz", "Mrs Ruiz")?"""
    if not earlier or not later:
        return False
    if earlier[-1] != later[-1] and not _paternal_surname(earlier, later):
        return False
    genders = [{_GENDERED[w] for w in name if w in _GENDERED} for name in (earlier, later)]
    if all(genders) and not genders[0] & genders[1]:
        return False
    short, full = sorted((earlier, later), key=len)
    bare = [w for w in short if w not in _HONORIFICS and w not in PERSON_NOUNS]
    return bool(bare) and set(bare) <= set(full)


def _paternal_surname(earlier: list[str], later: list[str]) -> bool:
    """Is one name the first surname alone of the other, a Spanish or Portuguese name of two
    surnames ("Jorge Vargas Soto" ... "Vargas"; general knowledge of Hispanic names)?"""
    short, full = sorted((earlier, later), key=len)
    bare = [w for w in short if w not in _HONORIFICS and w not in PERSON_NOUNS]
    return len(bare) == 1 and len(full) >= 3 and bare[0] in full[1:-1]


#: Names kept per surname for the comparison: bounded, as a hostile text may repeat one
#: surname thousands of times.
_KEPT = 8


#: Shot, fate untold: a later mention that tells the fate ("Ana Ruiz was shot ... Ruiz died
#: in hospital", "Ruiz was killed ... Ruiz had been shot twice") is the one claim kept.
_SHOT = "killed_or_wounded"
_FATES = ("killed", "wounded")


def without_renamed(claims: list[Claim]) -> list[Claim]:
    """``claims`` less each named single that an earlier one of its category names again, and
    a named person shot whose fate another mention tells (``_SHOT``)."""
    named: dict[tuple[str, str], list[list[str]]] = {}
    shot: dict[str, list[tuple[list[str], Claim]]] = {}
    dropped: set[int] = set()
    kept: list[Claim] = []
    for claim in claims:
        words = _words(claim.figure_text) if _is_named_single(claim) else []
        if words:
            told = (claim.category, *_FATES) if claim.category == _SHOT else (claim.category,)
            if any(
                _same_person(name, words)
                for category in told
                for name in named.get((category, words[-1]), [])
            ):
                continue
            if claim.category in _FATES:  # the shooting told before gives way to the fate
                dropped |= {id(c) for n, c in shot.get(words[-1], []) if _same_person(n, words)}
            # "Jorge Vargas Soto" is named again as "Soto" or as "Vargas" (_paternal_surname)
            for key in {words[-1], *(words[1:-1] if len(words) >= 3 else ())}:
                earlier = named.setdefault((claim.category, key), [])
                if len(earlier) < _KEPT:
                    earlier.append(words)
                    if claim.category == _SHOT:
                        shot.setdefault(key, []).append((words, claim))
        kept.append(claim)
    return [c for c in kept if id(c) not in dropped]


def _head(group: str | None) -> str:
    words = _words(group or "")
    return words[-1].rstrip("s") if words else ""


#: Words that make a plural other people than those counted: "other monks", "the remaining
#: monks", "more monks were killed in Orme".
_OTHER = frozenset("other another more further additional remaining fellow".split())


def _named_again(claim: Claim) -> bool:
    """A plural with no figure of its own and not marked as others ("the monks", not "the
    other monks")."""
    return (
        claim.qualifier == "unspecified"
        and parse_figure(claim.figure_text) is None
        and not _OTHER.intersection(_words(claim.figure_text))
    )


def without_regrouped(claims: list[Claim]) -> list[Claim]:
    """``claims`` less each bare plural ("the monks were killed", no figure) whose group an
    earlier claim of its category counted ("six monks"): the same people named again."""
    counted: set[tuple[str, str]] = set()
    kept: list[Claim] = []
    for claim in claims:
        head = _head(claim.group)
        bare = _named_again(claim)
        if head and bare and (claim.category, head) in counted:
            continue  # not "many people were killed": a vague count may be of others
        if head and claim.period is None:  # a war's total counts others than the news's dead
            counted.add((claim.category, head))
        kept.append(claim)
    return kept
