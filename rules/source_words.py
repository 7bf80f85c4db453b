"""Words that tell what a named source is, for ``rules.coreference``: the titles written
before a person's name, the words an organisation's name holds, and the roles that make the
name beside them a person's. General English of news attribution.
"""

from __future__ import annotations

import functools
import re

import re2

from rules.numbers import ascii_lacks

#: Titles and ranks before a name: "Gen.", "Minister", "Police Chief Ana Soto".
TITLES = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|President|Minister|Secretary"
    r"|General|Colonel|Major|Captain|Mayor|Governor|Senator|Commander|Judge|Prime"
    # ranks and posts written before a name in crime and local news: "Police Chief Ana Soto"
    r"|Chief|Inspector|Sheriff|Deputy|Detective|Sergeant|Lieutenant|Superintendent"
    r"|Commissioner|Prosecutor|Coroner|Ambassador)\b"
)
#: Words of an organisation's name: "the Varna Civil Protection Agency", "Orme City FC".
ORG_WORDS = re.compile(
    r"\b(?:ministry|agency|army|office|department|government|military|forces|command|council"
    r"|service|police|company|committee|party|group|news|times|post|press|union|bank|court"
    r"|administration|campaign|embassy|authority|authorities|network|channel|institute"
    r"|university|association|organi[sz]ation|officials|sources|people"
    # names of NGOs, movements and firms: "Human Rights Watch", "the Popular Front"
    r"|watch|front|alliance|coalition|movement|federation|foundation|fund|trust|cent(?:er|re)"
    r"|initiative|league|society|board|commission|observatory|monitor|inspectorate|corporation"
    r"|radio|television|tv|inc|ltd|llc|plc"
    # churches and military units: "the Parish of Velm", "the 9th Brigade" (an "it")
    r"|church|diocese|archdiocese|parish|brigade|battalion|regiment|division"
    # bodies by their function: "the UN mission", "the ferry firm", "the district hospital"
    r"|mission|bureau|directorate|secretariat|tribunal|firm|operator|hospital"
    # sports clubs: "Orme City FC said" (an "it"); carriers and shipping firms ("Orsel
    # Shipping", "Velk Airways")
    r"|club|fc|airlines?|airways|shipping|lines|railways?|railroads?|carrier|utility"
    # firms by their trade: "the developer", "the insurer" (45th session)
    r"|contractor|developer|manufacturer|insurer|retailer|charity"
    # "the coast guard said ... it said": a service, not a guard
    r"|coast\s*guard|national\s+guard"
    # the words firms name themselves by: "Halvor Chemicals", "Brask Mining" (27th session)
    r"|chemicals|industries|holdings|energy|mining|logistics|pharmaceuticals|technologies"
    r"|motors|steel)\b",
    re.IGNORECASE,
)

#: Nouns that make the name beside them a person's: "her mother, Irena", "a nurse, Dana".
PERSON_ROLE = re.compile(
    r"\b(?:mother|father|wife|husband|son|daughter|brother|sister|widow|widower|grandmother"
    r"|grandfather|aunt|uncle|cousin|friend|neighbou?r|resident|witness|survivor|teacher|nurse"
    r"|doctor|surgeon|farmer|driver|student|worker|spokesman|spokeswoman|spokesperson"
    r"|lawyer|official|officer|soldier|commander|volunteer|man|woman|boy|girl"
    # heads of a body, written before a name: "rail union leader Ana Soto" (general English)
    r"|leader|director|chairman|chairwoman|manager|coach)\b",
    re.IGNORECASE,
)
#: ``PERSON_ROLE`` for RE2 over ASCII text, where it finds what Python's re finds (no ``\s``;
#: ``\b`` and the case of ASCII letters read alike): one pass, where re tries its forty words
#: at every position of a source.
_PERSON_ROLE_ASCII = re2.compile(("(?i)" + PERSON_ROLE.pattern).encode("ascii"))


def names_role(text: str) -> bool:
    """Does ``text`` hold a person's role ("Her mother, Irena", "company spokesman Emil Dorn")?

    >>> names_role("Her mother, Irena"), names_role("Mothers Union"), names_role("Ó Boy")
    (True, False, True)
    """
    if text.isascii():
        return not ascii_lacks(_PERSON_ROLE_ASCII, text)
    return PERSON_ROLE.search(text) is not None


#: A source told by a determiner and its noun: "the agency", "its own doctors", "the
#: provincial health ministry" (the noun last, after at most two words).
_GENERIC = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z0-9][\w-]*\s+){0,2}([a-z][\w-]*)"
)


@functools.lru_cache(maxsize=4096)
def head_noun(source: str) -> str | None:
    """The noun of a source told by a determiner and its noun, remembered (stories name their
    sources again), or None for any other source.

    >>> head_noun("the health ministry"), head_noun("Health Minister Ivo Brandt")
    ('ministry', None)
    """
    generic = _GENERIC.fullmatch(source)
    return generic.group(1) if generic is not None else None


def works_for(name: str, head: str) -> bool:
    """Does ``head`` name the body after a link in ``name`` ("airline" in "A spokeswoman for
    the airline"), so that a person's role there is no "the airline" of its own?

    >>> works_for("A spokeswoman for the airline", "airline")
    True
    >>> works_for("A spokeswoman for the airline", "spokeswoman")
    False
    """
    link = re.search(
        rf"\b(?:for|of|at|from|with)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b", name.lower()
    )
    return link is not None


#: A role written in lower case before a personal name: "ministry spokesman Ivo Brandt",
#: "agency spokeswoman Mira Holt", "Hospital director Ana Ruiz" (news style for titles).
_ROLE_NAME = re.compile(
    r"(?P<role>(?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w-]*)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
)


@functools.lru_cache(maxsize=4096)
def role_then_name(source: str) -> bool:
    """Is ``source`` a person's role in lower case and then their name? The first letter may
    be a capital that only opens the sentence: "Rail union leader Ana Soto".

    >>> role_then_name("Spokesman Ivo Brandt"), role_then_name("Kessel Union Bank")
    (True, False)
    """
    match = _ROLE_NAME.fullmatch(source[:1].lower() + source[1:])
    return match is not None and names_role(match["role"].split()[-1])
