"""The fate of people told by the main verb after a relative clause of being shot.

"Three diners who were shot remain in hospital" are three wounded, "two men who were shot
died" two killed, "two women who were injured in the crash died" two killed: the relative
clause ("who were shot") only picks out the people, and the main verb after it tells what
became of them. Origin: general English grammar (a relative clause modifies its noun; the
sentence's predicate follows it) and the register of crime reports, where the shot are then
said to "remain hospitalized" or to have "died".
"""

from __future__ import annotations

import re
from dataclasses import replace

from rules.claims.fates import ARRIVED_HURT
from rules.claims.lexicon import PASSIVE_AUX, SURVIVED_CUE
from rules.claims.parts import Binding, CueHit, Cues
from rules.nouns import is_human_plural

#: Between the people and "shot": a relative pronoun and a passive auxiliary only.
_RELATIVE = re.compile(
    r"\s+(?:who|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
#: Between the count and "shot" with no relative pronoun: the people's noun, up to two words
#: before it ("three people injured in the crash died", "two other men stabbed"), the
#: reduced relative clause of English grammar. Checked word by word in ``_reduced``.
_PEOPLE_WORDS = re.compile(r"(?:\s+[A-Za-z][\w'-]*){1,3}\s+")
#: The punctuated bits of a date in a clause: "on Dec. 1, 2026," (an abbreviated month, a
#: day and year with their commas; English date style).
_DATE_BIT = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|\d{1,2},\s+(?:19|20)\d\d,?"
#: Between "shot" and the main predicate's cue: the relative clause's own adjuncts (up to
#: eight words, no clause word: "outside the Tarrow bar"), then the predicate's auxiliaries
#: and adverbs ("remain hospitalized", "are in stable condition", "have since died").
_PREDICATE_GAP = re.compile(
    r"(?:\s+(?!(?:and|but|or|where|when|while|after|before|as|because|said|says|told|who"
    r"|that|which)\b)(?:[\w'-]+|{date}))".replace("{date}", _DATE_BIT)
    + r"{0,8}?"
    r"(?:\s+(?:remain|remains|remained|are|were|is|was|have|has|had|been|all|both|still|now"
    r"|since|later|also))*\s+",
    re.IGNORECASE,
)
#: The "with gunshot wounds" cue: people named by the wounds they carry.
_WITH_WOUNDS = re.compile(r"with\s", re.IGNORECASE)
#: A verb of leaving right before the count: "left three ushers with gunshot wounds" (the state
#: it left them in is the wounds they live with; general English).
_LEFT = re.compile(r"\b(?:left|leaving|leaves)\s+$", re.IGNORECASE)
#: A verb of care right before the count: "the hospital was treating four people with gunshot
#: wounds" (those treated are alive; general English of hospital figures); so is a tally of
#: the hurt ("the group counted 120 protesters with gunshot wounds").
_CARED = re.compile(
    r"\b(?:treating|treated|admitted|received|receiving|counted|recorded|registered)\s+$",
    re.IGNORECASE,
)
#: A relative clause of death right after the cue: "recorded 15 people with gunshot wounds
#: who died" (their fate told, not their care).
_WHO_DIED = re.compile(r"\s+(?:who|that)\s+(?:later\s+)?(?:died|were\s+killed)\b", re.I)
#: A passive of care right after the cue: "31 people with gunshot wounds had been treated".
_CARED_AFTER = re.compile(
    r"\s+(?:had|have|has)?\s*(?:been|were|was|are|is)\s+(?:being\s+)?(?:treated|admitted"
    r"|hospitali[sz]ed)\b",
    re.IGNORECASE,
)
#: "Ana Ruiz, who was shot in the hip during the raid, told the jury ...": the clause between
#: commas, then the main verb a verb of speech. One who speaks of being shot lived: wounded.
_COMMA_RELATIVE = re.compile(
    r",\s+(?:\d{1,3},\s+)?who\s+(?:was|were|had\s+been)\s+(?:also\s+)?$", re.IGNORECASE
)
_SPOKE = re.compile(
    r"[^.;:!?,]{0,120},\s+(?:later\s+|also\s+|then\s+)?(?:told|tells|said|says|testified"
    r"|testifies|recalled|recalls|described|describes|spoke|speaks|wrote|writes)\b",
    re.IGNORECASE,
)
#: The categories a main verb can settle the shot into.
_FATES = frozenset(("wounded", "killed"))
#: A part picked from the people before their count: "one of two officers who were shot has
#: died", "two of the five guards who were hurt died". The main verb is the part's, so the
#: whole keeps the relative clause's cue (English partitives; ``rules.part_of_whole``). Not
#: "all of" or "both of", whose verb tells every one of them.
_PART_OF = re.compile(
    r"\b(?:one|either|neither|none|two|three|four|five|six|\d{1,3})\s+of\s+"
    r"(?:(?:the|these|those)\s+)?$",
    re.IGNORECASE,
)


def _relative(text: str, binding: Binding) -> bool:
    """Do the people stand before their cue in a relative clause, full ("two men who were
    shot") or reduced ("two men shot outside the bar", no auxiliary between)?"""
    start, end = binding.figure.end, binding.cue.start
    if _RELATIVE.search(text, start, end):
        return True
    if not _PEOPLE_WORDS.fullmatch(text, start, end):
        return False
    words = text[start:end].lower().split()
    return is_human_plural(words[-1]) and not PASSIVE_AUX.intersection(words)


def _part_before(text: str, binding: Binding) -> bool:
    """Does a partitive stand right before the counted people ("one of two ...")?"""
    start = binding.figure.start
    return _PART_OF.search(text, max(0, start - 24), start) is not None


def fate_after_relative(text: str, cues: Cues, binding: Binding) -> Binding:
    """``binding`` recategorised when it counts people "who were shot" (or people "with
    gunshot wounds", a modifier that picks them out the same way) and the sentence's main
    verb right after that tells their fate ("two dockers with gunshot wounds were rushed to
    a hospital": wounded); or when a verb of leaving or of care has them as its object ("the
    fight left three ushers with gunshot wounds", "was treating four people with gunshot
    wounds": they lived, wounded); else unchanged."""
    cue = binding.cue
    if cue.cue.category == "wounded" and cue.start >= binding.figure.end:
        return _died_after_hurt(text, cues, binding)
    if cue.cue.category != "killed_or_wounded" or cue.start < binding.figure.end:
        return binding
    if lived_to_tell(text, binding) is not binding:
        return lived_to_tell(text, binding)
    with_wounds = _WITH_WOUNDS.match(text, cue.start) is not None
    if (
        with_wounds
        and not _WHO_DIED.match(text, cue.end)
        and (
            _LEFT.search(text, max(0, binding.figure.start - 12), binding.figure.start)
            or _CARED.search(text, max(0, binding.figure.start - 12), binding.figure.start)
            or arrived_hurt(text, binding.figure.end, cue.start)
            or _CARED_AFTER.match(text, cue.end)
        )
    ):
        return replace(binding, cue=CueHit(cue.start, cue.end, SURVIVED_CUE))
    if not with_wounds and not _relative(text, binding):
        return binding
    if _part_before(text, binding):
        return binding
    index = cues.next_predicate(text, cue.end)
    if index is None:
        return binding
    main = cues.hits[index]
    if main.cue.category not in _FATES or not _PREDICATE_GAP.fullmatch(text, cue.end, main.start):
        return binding
    return replace(binding, cue=CueHit(cue.start, cue.end, main.cue))


def arrived_hurt(text: str, start: int, cue_start: int) -> bool:
    """True when the words from ``start`` to the "with gunshot wounds" cue at ``cue_start``
    tell the people came to care on their own ("two men showed up at a hospital"), and no
    death is told after the cue."""
    if cue_start - start > 120 or ARRIVED_HURT.match(text[start:cue_start]) is None:
        return False
    return _DIED_AFTER.search(text, cue_start) is None


#: A death told after the wounds: "..., where he died", "and was pronounced dead".
_DIED_AFTER = re.compile(r"\b(?:died|dies|dead|succumbed)\b", re.IGNORECASE)


def _died_after_hurt(text: str, cues: Cues, binding: Binding) -> Binding:
    """ "Two women who were injured in the crash died": the hurt who then died are killed."""
    cue = binding.cue
    if not _relative(text, binding) or _part_before(text, binding):
        return binding
    index = cues.next_predicate(text, cue.end)
    if index is None:
        return binding
    main = cues.hits[index]
    if main.cue.category != "killed" or not _PREDICATE_GAP.fullmatch(text, cue.end, main.start):
        return binding
    return replace(binding, cue=CueHit(cue.start, cue.end, main.cue))


def lived_to_tell(text: str, binding: Binding) -> Binding:
    """A shot person named before "who was shot ..." between commas, whose main verb is one
    of speech ("Ana Ruiz, who was shot in the hip in May, told the jury"), lived: wounded."""
    cue = binding.cue
    if cue.cue.category != "killed_or_wounded" or cue.start < binding.figure.end:
        return binding
    if not _COMMA_RELATIVE.search(text, binding.figure.end, cue.start):
        return binding
    if _SPOKE.match(text, cue.end) is None:
        return binding
    return replace(binding, cue=CueHit(cue.start, cue.end, SURVIVED_CUE))
