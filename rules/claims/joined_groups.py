"""The words that join or lead a counted group: two people nouns joined by "and" ("37 oil
and construction workers", "60 doctors and nurses"), a participle as an adjective ("two
other unnamed sailors"). Helpers of ``rules.claims.groups.following_group``."""

from __future__ import annotations

from rules.nouns import is_human_plural
from rules.number_values import number_value


def joined_people(split: list[str], k: int) -> bool:
    """Does "and" at ``split[k]`` join a second people noun (or a modifier and one) to the
    group before it, the phrase ending there ("oil and construction workers", "doctors and
    nurses"; not "soldiers and three civilians", a count of its own)?

    >>> joined_people("doctors and nurses to the valley".split(), 1)
    True
    >>> joined_people("soldiers and three civilians".split(), 1)
    False
    """
    after = [w.lower().strip(".,;:") for w in split[k + 1 : k + 3]]
    if not after or after[0][:1].isdigit() or number_value(after[0]) is not None:
        return False
    for n in (1, 2):
        if len(after) >= n and is_human_plural(after[n - 1]):
            rest = split[k + 1 + n : k + 2 + n]
            return (
                not rest
                or split[k + n].endswith((",", ".", ";", ":"))
                or not (is_human_plural(rest[0].lower()))
            )
    return False


#: Words a participle used as an adjective may follow: "two other unnamed sailors".
BEFORE_ADJECTIVE = frozenset(("other", "more", "additional", "further"))


def adjective_after(split: list[str], k: int) -> bool:
    """Is ``split[k]`` a participle before a people noun after only "other" and the like?"""
    if any(w.lower() not in BEFORE_ADJECTIVE for w in split[:k]):
        return False
    following = split[k + 1].lower().strip(".,;:") if k + 1 < len(split) else ""
    return is_human_plural(following)
