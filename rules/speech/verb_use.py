"""Whether a reporting verb's word is used as a verb of speech here, not as a noun ("claims
that" against "denied claims"), and, for the verbs of ``rules.cues.QUOTE_VERBS``, whether a
quote, a question or "that" goes with it ("asked, 'Why?'", '"We will win," the coach joked').
"""

from __future__ import annotations

from rules.cues import APPEAL_VERBS, QUOTE_VERBS, REPORTING_VERBS
from rules.speech.blame import blame_told
from rules.speech.false_cues import quote_closed_before
from rules.speech.that_clause import that_clause_at
from rules.speech.verb_objects import asked_public_to, urged_to
from rules.tokens import Token


def is_verb_use(tokens: list[Token], word: str, last: int) -> bool:
    """A reporting verb, not a noun: "claims"/"reports" count only before "that", the verbs
    of ``QUOTE_VERBS`` only before a quote or "that" ("asked" before a quote or a question)."""
    noun_too = REPORTING_VERBS.get(word)
    if noun_too is None:
        return False
    if word in QUOTE_VERBS:
        asking = word.startswith("ask")
        # a quote in the clause after the verb ("asked" only right after it: 'asked, "Why?"')
        ahead = [t.text for t in tokens[last + 1 : last + (3 if asking else 25)]]
        stop = next((k for k, t in enumerate(ahead) if t in (".", ";", "?", "!")), len(ahead))
        if any(t in ('"', "\u201c", ":") for t in ahead[:stop]) or quote_closed_before(
            tokens, last
        ):
            return True  # 'asked, "Why?"', '"We will win," the coach joked'
        if asking:  # an indirect question: "asked whether the money had been spent"
            if ahead[:1] != [] and ahead[0].lower() in ("whether", "why", "how"):
                return True
            # an appeal to the public: "Police asked anyone who saw the crash to call"
            return asked_public_to([t.text for t in tokens[last + 1 : last + 34]])
        if word.startswith("blame") and blame_told(tokens, last, ahead):
            return True  # "The army blamed the rebels for the shelling": an accusation told
        if word in APPEAL_VERBS and urged_to(ahead[:stop]):
            return True  # "The sheriff urged residents to stay indoors": an appeal made
    if noun_too and last > 0 and REPORTING_VERBS.get(tokens[last - 1].low) is False:
        return False  # "denied claims that": the noun, object of the verb before it
    if noun_too and last > 0 and tokens[last - 1].low in _NOUN_AFTER:
        return False  # "questions about reports that", "amid claims that": the noun
    return not noun_too or that_clause_at(tokens, last + 1)


#: Words a reporting noun follows as a noun ("questions over reports that", "following
#: claims that"): English prepositions of topic, time and cause.
_NOUN_AFTER = frozenset("about over on amid after following despite of to by".split())
