"""What every rule shares: pattern tables and the ``Rule`` base class."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar


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
    """Base of every rule family; the first docstring line of a subclass describes it.

    ``examples`` are sentences the rule must find something in, ``counter_examples`` are
    sentences it must find nothing in; a meta-test runs both for every rule.
    """

    code: ClassVar[str] = ""
    examples: ClassVar[tuple[str, ...]] = ()
    counter_examples: ClassVar[tuple[str, ...]] = ()
