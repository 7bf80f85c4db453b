"""A clause on a count's group that tells a state its people were listed in, with no "who".

"Two sailors reported dead were found alive": "reported dead" is a reduced relative clause on
the sailors, as "who had been reported dead" is, and the predicate after it ("were found
alive") tells what befell them. Not "two sailors reported the fire" (a verb with its object)
nor "residents reported dead fish" (the state word then modifies a noun; the gap ends at the
cue, so only a clause between a count and its predicate is read). Origin: general English
grammar of reduced relative clauses as disaster follow-ups use them (review51e).
"""

from __future__ import annotations

from collections.abc import Collection

#: Verbs that tell a state someone was listed in ("reported missing", "declared dead").
TOLD = frozenset(
    "reported declared presumed feared believed thought listed counted confirmed".split()
)
#: The states they tell.
_STATES = frozenset("dead missing killed drowned".split())


def clause_start(words: list[str], relative: Collection[str]) -> int | None:
    """The index of the first word of a relative clause in a group's gap: a relative
    pronoun, or a verb of telling right before a state after a word of the group.

    >>> clause_start(["sailors", "reported", "dead", "were"], ("who",))
    1
    >>> clause_start(["sailors", "reported", "the", "fire"], ("who",)) is None
    True
    """
    for k, word in enumerate(words):
        if word in relative:
            return k
        if k and word in TOLD and k + 1 < len(words) and words[k + 1] in _STATES:
            return k
    return None


#: An auxiliary that opens the predicate after such a clause ("reported dead [were] found").
_AUX = frozenset("were was are is have has had".split())
#: What may end a state told with no predicate after it, where no noun follows the state
#: word ("Two sailors reported dead after the storm", "... reported missing, three hurt"): a
#: mark that closes the clause, or a preposition or conjunction that opens an adverbial (the
#: closed classes of English grammar; a headline-style clause of disaster copy, review52e).
_CLAUSE_ENDS = frozenset(
    (
        *", . ; : ( -- \u2014 \u2013".split(),
        *"after in on off near at following from since amid"
        " during by across inside outside and or when while as".split(),
    )
)


def told_state_clause(after: list[str]) -> bool:
    """Are ``after``, the words after a "reported", a state and the predicate's auxiliary
    ("two sailors reported dead were found alive") or the clause's end ("two sailors reported
    dead after the storm"): a clause with no speaker? Not a state word before a noun.

    >>> told_state_clause(["dead", "were"]), told_state_clause(["dead", "fish"])
    (True, False)
    >>> told_state_clause(["dead", "after"]), told_state_clause(["missing"])
    (True, True)
    """
    if not after or after[0] not in _STATES:
        return False
    return len(after) == 1 or after[1] in _AUX or after[1] in _CLAUSE_ENDS
