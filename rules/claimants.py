"""A claim's claimant is a short name or nothing, never a clause.

A source found before a reporting verb can run over a whole clause when a transcript has no
case to tell a name from the words around it ("THE TALLY POSTED AT THE CLINIC SHOWS THERE
WERE NO CHILDREN AMONG THE DEAD", "HERDERS, THE PATROL BURNED THE HUTS AND SEIZED RIFLES").
Such a run is no claimant: ``claimant_name`` keeps a name as it is, keeps the head of a run
when only the part after its first comma reads as a clause ("HERDERS"), and gives ``None``
otherwise. Attributions keep their source as found; only the claimant of a claim is checked.

>>> claimant_name("the regional governor")
'the regional governor'
>>> claimant_name("HERDERS, THE PATROL BURNED THE HUTS AND SEIZED RIFLES")
'HERDERS'
>>> claimant_name("THE TALLY POSTED AT THE CLINIC SHOWS THERE WERE NO CHILDREN") is None
True
>>> claimant_name("the WHO")
'the WHO'
>>> claimant_name("it") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from rules.acronyms import ACRONYMS, is_acronym

#: Words a noun phrase naming a speaker never holds: finite forms of "be", "have" and "do",
#: and modal auxiliaries (English grammar; "may" and "will" are left out: a month, names).
#: A run holding one is a clause ("NONE OF THE CREW HAVE BEEN", "IT WAS PLAIN THAT ...").
CLAUSE_WORDS = frozenset(
    "is are was were been being has have had does did would should could must".split()
)
#: Words that open a subordinate clause; a name has none of them (English grammar).
SUBORDINATORS = frozenset("when while because although though whereas unless".split())
#: Words a name never ends on: a relative pronoun or a conjunction waiting for its clause
#: ("THE WIDOW OF A FERRY CAPTAIN WHO").
OPEN_ENDINGS = frozenset("who whom whose which that when where while and or but as if".split())
#: Words that open a clause, not a name, at its start ("WHAT A NURSE AT THE CLINIC HEARD").
OPEN_STARTS = frozenset("what how why whether".split())
#: Sentence adverbs that open a sentence before its subject, cut off with their comma
#: ("Meanwhile, the harbour master"): the usual linking adverbs of English prose.
LEADING_ADVERBS = frozenset(
    "meanwhile however moreover furthermore nevertheless nonetheless also besides later"
    " separately additionally similarly likewise elsewhere".split()
)
#: Words that follow a verb in the past tense as its object ("BURNED THE HUTS", "SEIZED
#: FOUR RIFLES"): articles, demonstratives, possessives and small number words.
#: A participle inside a name is followed by a noun or "by" ("a report issued by").
OBJECT_OPENERS = frozenset(
    "the a an this these those his her their its our two three four five six seven eight nine"
    " ten".split()
)
#: Pronouns left as sources when coreference found no name for them (English grammar).
UNRESOLVED = frozenset("it he she they".split())
#: Longer than this is a run of words, not a name with its title (the longest usual form,
#: "General Ana Ruiz Brel, chief of the Kessel Coast Guard's northern command (KCG)", is 13).
MAX_WORDS = 16

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1024)  # a source recurs in every sentence it claims
def claimant_name(source: str | None) -> str | None:
    """The claimant a source gives: itself when it reads as a name, its head, or ``None``."""
    if source is None or source.lower() in UNRESOLVED:
        return None  # "it said 3 died" with no body found for "it": no one a reader knows
    first, comma, rest = source.partition(",")
    if comma and first.strip().lower() in LEADING_ADVERBS:
        source = rest.strip()
    if _is_name(source):
        return source
    head, comma, _ = source.partition(",")
    if comma and _is_name(head):
        return head.strip()
    return None


def _is_name(run: str) -> bool:
    found = _WORD.findall(run)
    words = [ACRONYMS[w] if is_acronym(found, i) else w.lower() for i, w in enumerate(found)]
    if not words or len(run.split()) > MAX_WORDS:
        return False
    if words[-1] in OPEN_ENDINGS or words[0] in OPEN_STARTS:
        return False
    if any(w in CLAUSE_WORDS or w in SUBORDINATORS for w in words):
        return False
    # A verb in the past tense with its object: "THE PATROL BURNED THE HUTS".
    return not any(w.endswith("ed") and after in OBJECT_OPENERS for w, after in pairwise(words))
