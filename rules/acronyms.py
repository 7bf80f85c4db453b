"""Acronyms of bodies that spell an English function word: "the WHO said", "IS fighters".

Among words in lower case an upper-case "WHO" is the World Health Organization and an
upper-case "IS" the Islamic State group, never the relative pronoun or the verb; among
upper-case words (all-capital wire copy, a shouted stretch of a transcript) the same letters
are the ordinary words. A token of such an acronym whose neighbouring words are not in
capitals gets a lower case of its own (``ACRONYMS``), so rules that test a token for "who" or
"is" do not take the body for a clause word.

>>> from rules.tokens import tokenize
>>> text = "Some 1,400 people have died, the WHO said."
>>> [t.low for t in read_acronyms(tokenize(text), text)][-3:]
['w.h.o', 'said', '.']
>>> text = "THE MAN WHO FIRED WAS CAUGHT."
>>> [t.low for t in read_acronyms(tokenize(text), text)][2]
'who'
>>> text = "Host: FOLKS HERE ASK WHO IS TO BLAME"
>>> [t.low for t in read_acronyms(tokenize(text), text)][5:7]
['who', 'is']
"""

from __future__ import annotations

from rules.tokens import Token

#: Upper-case acronyms of bodies often named in conflict and disaster news, with the lower
#: case their tokens get. Origin: general knowledge of the bodies news agencies name by
#: acronym; only those whose letters also spell a function word are listed.
ACRONYMS: dict[str, str] = {"WHO": "w.h.o", "IS": "i.s"}


def _shouted(word: str | None) -> bool:
    """A word of two or more letters all in capitals: the neighbour of a shouted word."""
    return word is not None and len(word) > 1 and word.isupper()


def _lower(word: str | None) -> bool:
    return word is not None and not word.isupper()


def is_acronym(words: list[str], i: int) -> bool:
    """``words[i]`` is one of ``ACRONYMS``, neither word beside it is in capitals and one
    has lower-case letters (a lone "WHO" tells nothing of its text)."""
    if words[i] not in ACRONYMS:
        return False
    before = words[i - 1] if i > 0 else None
    after = words[i + 1] if i + 1 < len(words) else None
    return not _shouted(before) and not _shouted(after) and (_lower(before) or _lower(after))


def read_acronyms(tokens: list[Token], segment: str) -> list[Token]:
    """``tokens`` of the text ``segment`` with each acronym of ``ACRONYMS`` among words not in
    capitals given its own lower case."""
    if "WHO" not in segment and "IS" not in segment:
        return tokens  # a substring test in C first: most text holds neither
    words = [t for t in tokens if t.is_word]
    texts = [t.text for t in words]
    marked = {id(t) for i, t in enumerate(words) if is_acronym(texts, i)}
    return [t._replace(low=ACRONYMS[t.text]) if id(t) in marked else t for t in tokens]
