"""A number that names the whole a part is picked from ("one of the two died", "the
younger of the two was hurt"): the part is the count, so the number counts no one hurt.

Origin: English partitives ("one of", "each of", "the elder of") as crime and accident news
use them of a group told before (general knowledge of the language; crime round 9).
"""

from __future__ import annotations

import re

from rules.figure_patterns import UNITS

#: A named holder's possessive: "the bus's", "the rebels'".
_OWNER = r"[\w-]+(?:['\u2019]s|s['\u2019])"
#: The part before "of the": a number word, a distributive, or a comparative or superlative
#: of age that picks one person out ("the younger of the two", "the eldest of the three"); the
#: whole may be owned ("none of the bus's 43 passengers", "two of its 12 crew"); one's may be
#: bare ("one of 52 passengers", CB22's part).
_PART_BEFORE = re.compile(
    r"\b(?:one|either|neither|none|the\s+(?:younger|older|elder|youngest|oldest|eldest))"
    rf"\s+of\s+(?:the|these|those|its|their|his|her|our)(?:\s+{_OWNER})?\s+$"
    r"|\bone\s+of\s+$",
    re.IGNORECASE,
)
_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
#: A counted part of a whole owned by a named holder: "two of the bus's 43 passengers",
#: "fifteen of the rebels' 30 fighters" (26th session), "2,000 of Kell's 6,500 residents" (a
#: name's, review50a). Not of "the" alone nor of a pronoun's
#: whole, which the parts rules read already, and not of a whole whose noun tells its harm or
#: captivity ("three of the group's 12 hostages were killed": the 12 were held).
_COUNTED_PART_BEFORE = re.compile(
    rf"\b(?:\d{{1,3}}|{_UNIT_WORDS})\s+of\s+(?:(?:the|these|those)\s+)?{_OWNER}\s+$",
    re.IGNORECASE,
)
_HELD_OR_HARMED = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:hostages|captives|prisoners|detainees|wounded|injured|dead|victims"
    r"|casualties)\b",
    re.IGNORECASE,
)
#: What follows the whole: the part's own verb or a clause's end, after at most two words of
#: the whole's noun ("one of the two men died", "one of the three wounded later died": the
#: part is CB22's, and the whole was hurt, not killed). Not a relative clause on the whole:
#: "one of the three nurses who were injured" counts the three, nor a whole that a casualty
#: word counts: "one of the 12 people killed was a child" counts the twelve.
_VERB_AFTER = re.compile(
    r"(?:\s+(?!(?:who|that|which|whom|killed|injured|wounded|shot|hurt|dead|stabbed|slain"
    r"|missing|arrested)\b)[A-Za-z-]+){0,2}?\s*"
    r"(?:[,.;:]|(?:\s+(?:later|also|eventually|then|reportedly))?\s+(?:died|dies|was|were"
    r"|is|are|has|had|have|succumbed|survived|remains|remained|did|suffered|sustained|received)\b)",
    re.IGNORECASE,
)


#: A whole of the hurt whose part then died: "one of the three wounded later died" (the part
#: is CB22's; the three were hurt, and "killed" would count them twice).
_DIED_AFTER = re.compile(
    r"(?:\s+(?!(?:who|that|which|whom)\b)[A-Za-z-]+){1,2}?"
    r"(?:\s+(?:later|also|eventually|then|subsequently))?"
    r"\s+(?:died|dies|succumbed)\b",
    re.IGNORECASE,
)


#: The words of a whole's noun, not a verb: "the 20 foreign tourists" (not "were hurt"), nor
#: a casualty word that counts the whole ("one of the two women wounded in the attack").
_WHOLE_WORD = (
    r"(?:\s+(?!(?:who|that|which|whom|were|was|are|is|had|have|has|killed|injured|wounded|shot"
    r"|hurt|dead|stabbed|slain)\b)[A-Za-z-]+)"
)
#: A whole's noun may carry a phrase of place: "the 20 tourists on the bus", "the 40 workers
#: at the plant", "the 12 passengers aboard the ferry" (English prepositions of place).
_WHOLE_NOUN = (
    rf"{_WHOLE_WORD}{{1,3}}(?:\s+(?:on|in|at|aboard|inside|from|near)"
    rf"(?:\s+(?:the|a|an|this|that|their|its))?{_WHOLE_WORD}{{1,2}}?)?"
)
#: A whole with a second count joined to it: the first is a whole whatever the part ("one of
#: the 20 tourists and 4 guides were hurt": not twenty hurt). After "none of" the second is
#: negated with it ("None of the 20 tourists and 4 guides were hurt": neither is a toll);
#: after "one of" it may tell of the guides' harm (general English).
_NONE_OF_FIRST = re.compile(rf"{_WHOLE_NOUN},?\s+(?:and|or)\s+(?=\d|[a-z])", re.IGNORECASE)
_NONE_OF_SECOND = re.compile(
    rf"\bnone\s+of\s+(?:the|these|those)(?:\s+\d[\d,.]*)?{_WHOLE_NOUN},?\s+(?:and|or)\s+"
    r"(?:[\w,.-]+\s+)?$",
    re.IGNORECASE,
)
#: The second count's noun, up to its verb: "4 guides on the boat were".
_SECOND_VERB_AFTER = re.compile(
    rf"{_WHOLE_WORD}{{0,6}}\s+(?:were|was|are|is|had|have|has)\b", re.IGNORECASE
)


def names_a_whole(before: str, after: str) -> bool:
    """Is the number, with ``before`` and ``after`` it, the whole a part is picked from?"""
    if negated_whole_before(before) and _SECOND_VERB_AFTER.match(after):
        return True  # the "4" of "None of the 20 tourists and 4 guides were hurt"
    if _PART_BEFORE.search(before[-40:]) is None:
        tail = before[-50:]
        counted = _owner_last(tail) and _COUNTED_PART_BEFORE.search(tail) is not None
        if not counted or _HELD_OR_HARMED.match(after):
            return False
    if _NONE_OF_FIRST.match(after):
        return True  # its "20"; so of "one of the 20 tourists and 4 guides were hurt"
    return _VERB_AFTER.match(after) is not None or _DIED_AFTER.match(after) is not None


#: The apostrophes of ``_OWNER`` and the letters that match its "s" under IGNORECASE (the long
#: s folds to "s").
_APOSTROPHES = frozenset("'\u2019")
_ESSES = frozenset("sS\u017f")


def _owner_last(text: str) -> bool:
    r"""Does ``text`` end, but for whitespace, in an owner's "'s" or "s'"? Every match of
    ``_COUNTED_PART_BEFORE`` does (its ``_OWNER\s+$``; ``rstrip`` strips what ``\s``
    matches): a test of two characters before the pattern tries its number words at every
    position."""
    end = text.rstrip()[-2:]
    if len(end) != 2:
        return False
    return (end[0] in _APOSTROPHES and end[1] in _ESSES) or (
        end[0] in _ESSES and end[1] in _APOSTROPHES
    )


def negated_whole_before(before: str) -> bool:
    """Does ``before`` end in a "none of" whole and "and" ("None of the 20 tourists and ", or
    "... and 4 " before a plural), so what comes next is negated with it?"""
    return _NONE_OF_SECOND.search(before[-80:]) is not None


#: A count named as one no one of was hurt, or as an alternative denied: "No one among the 40
#: passengers was hurt", "Neither the driver nor his 3 passengers were hurt" (general English
#: negation; "none of the" is ``_PART_BEFORE``'s).
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:no\s+one|nobody|none)\s+(?:among|from)"
    r"|\bneither\b[^.;:!?]{1,60}?\bnor)\s+(?:(?:the|these|those|his|her|their|its|our|all)\s+)?$",
    re.IGNORECASE,
)


#: "Among the 40 passengers, 6 were hurt": the whole the next count is picked from (general
#: English); not a whole a casualty word counts ("among the 40 people hurt, 6 were children").
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the|these|those|its|their)\s+$", re.IGNORECASE)
_AMONG_WHOLE = re.compile(rf"{_WHOLE_NOUN},\s+(?:\d|[a-z]+\s+(?:were|was)\b)", re.IGNORECASE)


def among_whole(before: str, after: str) -> bool:
    """Is the number the whole of "among the 40 passengers, 6 were hurt"?"""
    return _AMONG_BEFORE.search(before[-30:]) is not None and bool(_AMONG_WHOLE.match(after))


def denied_before(before: str) -> bool:
    """Does ``before`` end in "no one among the" or "neither ... nor", denying the count next?"""
    return _DENIED_BEFORE.search(before[-80:]) is not None


#: The whole right after a part's figure: "[none] of the bus's 43 passengers were", "[seven] of
#: its 12 crew": the part is the count, the whole's number no word of the gap.
WHOLE_AFTER_PART = re.compile(
    rf"^(\s+of\s+(?:(?:the|these|those|its|their|his|her|our)(?:\s+{_OWNER})?|{_OWNER}))"
    r"\s+\d[\d,]*(?=\s)",
    re.IGNORECASE,
)
