"""The nouns of bodies and people that speak in the news ("the ministry said", "said
police"): general knowledge of wire attribution, no corpus harvest."""

from __future__ import annotations

from rules.nouns import is_human_plural

SPEAKER_NOUNS = frozenset(
    """ministry official officials spokesman spokeswoman spokesperson army police government
    agency group campaign company president minister governor mayor commander military
    office council committee authorities service party leader chief director navy guard force
    forces board court prosecutor prosecutors hospital school university union club team firm
    airline operator embassy brigade battalion regiment premier coastguard bureau department
    commission institute league federation charity"""
    # bodies that answer, or do not, in disaster and conflict news ("the harbour authority
    # gave no reason", "the utility did not say when"): general English (thirty-eighth session)
    """ authority utility militia developer contractor corporation administration regulator
    watchdog inspectorate"""
    # a military command, a mission's staff (43rd session)
    """ command headquarters mission directorate secretariat"""
    # carriers and insurers, and a party's own statement ("The statement did not say how many
    # were hit"): 45th session
    """ railroad railway carrier insurer manufacturer statement communique"""
    # those who answer for a site or a firm, and a station's staff ("calls to the police
    # station went unanswered", "efforts to reach the mine's owner were unsuccessful")
    """ owner owners station""".split()
)


#: The words of a news outlet's name ("the Orsk News Agency", "the Coastal Herald", "state
#: television"): general knowledge of the press; ``at05`` and ``cited`` read them.
PRESS_WORDS = frozenset(
    """wire news agency press times post herald courier daily tribune gazette journal
    observer broadcasting television tv radio newspaper paper outlet reuters afp ap bbc cnn
    jazeera""".split()
)

#: The verbs of an aside that names the outlet relaying a source: "X, quoted by Y, said",
#: "according to X, cited by Y" (``cited``, ``subjects``).
RELAYING = frozenset(("quoted", "cited"))


#: Bodies and people that speak as a bare plural after the verb: "..., said police",
#: "said witnesses" (general English of attribution; people's plurals come from ``nouns``).
_BARE_SPEAKERS = frozenset(
    "authorities witnesses investigators prosecutors sources analysts experts officers".split()
)


def speaks_as_plural(word: str) -> bool:
    """Is the lower-case ``word`` a plural that speaks ("witnesses", "officials")?"""
    return word in _BARE_SPEAKERS or is_human_plural(word)
