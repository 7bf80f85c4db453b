"""The words that join or lead a counted group: two modifiers of one people noun joined by
"and" ("37 oil and construction workers"), a participle as an adjective ("two other unnamed
sailors"). Helpers of ``rules.claims.groups.following_group``."""

from __future__ import annotations

from rules.nouns import is_human_plural
from rules.number_values import number_value


def joined_people(split: list[str], k: int) -> bool:
    """Does "and" at ``split[k]`` join a modifier to a people noun's other modifier ("oil and
    construction workers"; not "soldiers and three civilians", a count of its own, nor
    "doctors and nurses", two groups each read as one)?

    >>> joined_people("oil and construction workers".split(), 1)
    True
    >>> joined_people("soldiers and three civilians".split(), 1)
    False
    """
    after = [w.lower().strip(".,;:") for w in split[k + 1 : k + 3]]
    if not after or after[0][:1].isdigit() or number_value(after[0]) is not None:
        return False
    if is_human_plural(split[k - 1].lower()):
        return False  # "soldiers and civilians", "passengers and crew": two groups, each read
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
