"""A subject that puts out a text before ", saying": "The family issued a statement on
Sunday, saying ...", "The union gave a higher toll, saying ..." (general English of news
attribution), read by ``rules.speech.statements.participle``."""

from __future__ import annotations

from rules.tokens import Token

#: What a speaker puts out before ", saying": a text of words or figures ("issued a statement,
#: saying", "gave a higher toll, saying"; general English of news attribution).
PUT_OUT_TEXTS = frozenset(
    """statement statements figure figures toll count message note communique report update
    video appeal warning""".split()
)


def puts_out(tokens: list[Token], subject: tuple[int, int]) -> bool:
    """Does the subject's own verb put out a text ("The family issued a statement on Sunday,
    saying"), so that the participle reports its words whatever follows? Not a text named in
    passing ("The blast followed a warning from the Front, saying")."""
    verb = subject[1] + 1
    while verb < len(tokens) and verb <= subject[1] + 3 and tokens[verb].low in _BEFORE_VERB:
        verb += 1  # "The union later issued", "The family has issued", "had since posted"
    if verb >= len(tokens) or tokens[verb].low not in _PUT_OUT_VERBS:
        return False
    for k in range(verb + 1, min(len(tokens), verb + 6)):
        if tokens[k].low in PUT_OUT_TEXTS:
            return True
        if not tokens[k].is_word:
            return False
    return False


#: Verbs that put out a text, and adverbs of time between them and their subject.
_PUT_OUT_VERBS = frozenset(
    "issued released gave published posted put read sent circulated shared offered".split()
)
_BEFORE_VERB = frozenset("later earlier also then first since has have had just".split())
