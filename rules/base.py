"""What every rule shares: pattern tables and the ``Rule`` base class."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from rules.model import Attribution, Claim

#: A sentence a rule must find something in, with fields one of its findings must have.
Example = tuple[str, dict[str, Any]]


class Table:
    """Alternative patterns kept as data, compiled into one case-insensitive regex.

    >>> cues = Table("declined to comment", r"did not (?:immediately )?reply")
    >>> cues.search("He declined to comment.")
    <re.Match object; span=(3, 22), match='declined to comment'>
    """

    def __init__(self, *patterns: str, flags: int = re.IGNORECASE) -> None:
        self.patterns = patterns
        self.regex = re.compile("|".join(f"(?:{p})" for p in patterns), flags)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.search(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text)

    def __contains__(self, text: str) -> bool:
        return self.regex.search(text) is not None


class Rule:
    """Base of every rule; the first docstring line of a subclass describes it.

    A rule has a ``code`` that every finding it makes carries (``rule`` in the JSON), and a
    ``find`` that the engine calls over the shared parse (its arguments depend on the kind of
    rule: a cue of a sentence for attributions, a figure or a sentence for claims; see
    ``rules.registry``). ``examples`` are sentences with the fields one finding of this rule
    must have there, ``counter_examples`` sentences where it must find nothing; a meta-test
    runs both for every rule through the whole engine.
    """

    code: ClassVar[str] = ""
    examples: ClassVar[tuple[Example, ...]] = ()
    counter_examples: ClassVar[tuple[str, ...]] = ()

    def finds(self, text: str) -> list[Claim | Attribution]:
        """What the engine finds in ``text`` that this rule made."""
        from rules.analyze import analyze  # the engine runs every rule, this one among them

        analysis = analyze(text)
        found: list[Claim | Attribution] = [*analysis.claims, *analysis.attributions]
        return [f for f in found if f.rule == self.code]
