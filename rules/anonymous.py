"""Anonymous sourcing: "officials said", "a person briefed on the talks", "sources familiar"."""

from __future__ import annotations

import functools
import re

from rules.anonymity_markers import ANONYMITY_MARKERS, UNQUOTED_MARKERS
from rules.base import Rule
from rules.cues import ANONYMOUS_HEADS
from rules.figure_patterns import UNITS
from rules.model import Attribution, Claim
from rules.name_cores import named_after_role
from rules.named_sources import INSTITUTIONAL, named_apart, named_or_body
from rules.nouns import PERSON_NOUNS, is_human_plural, is_person_noun
from rules.people_places import PEOPLE_PRONOUNS
from rules.source_words import TITLES

_WORD = re.compile(r"[A-Za-z][\w'.-]*")
_STRONG = re.compile(
    r"\b(?:condition\s+of\s+anonymity|speaking\s+anonymously|asked\s+not\s+to\s+be\s+"
    r"(?:named|identified)|declined\s+to\s+be\s+(?:named|identified)|requested\s+anonymity)",
    re.IGNORECASE,
)
#: Capitalised words that describe an unnamed source rather than name it.
_DESCRIPTIVE = re.compile(
    r"(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch)|U\.S\.|US|UK|EU|NATO|Western|Senior|Some|Two|"
    r"Three|Several|Many|Other|Officials?|Sources?|People|A|An|The|One|Both|Diplomats?)",
)


def is_anonymous(source: str, sentence: str, written: str = "") -> bool:
    """True when ``source`` is unnamed: a generic head ("officials") or an anonymity marker.

    ``written`` is the source as written, relative clause and all ("an officer, who asked
    not to be named,"), where a marker counts even if ``source`` is shorter.

    >>> is_anonymous("a senior official", "a senior official said.")
    True
    >>> is_anonymous("Jane Doe", "Jane Doe said, speaking on condition of anonymity.")
    False
    >>> is_anonymous("Citizens for Peace, a rights group", "They said.")
    False
    >>> is_anonymous("One of the guards, a young man", "He said.")
    True
    """
    decided = _from_source(source, written)
    if decided is not None:
        return decided and not _named_among(source, sentence)
    if sentence.isascii():
        low = sentence.lower()  # once, not once per hint
        if not any(hint in low for hint in _STRONG_HINTS):
            return False  # none of the strong markers' words: skip the long pattern
    return bool(_STRONG.search(sentence))


def _named_among(source: str, sentence: str) -> bool:
    """A person named in an aside after the source: "His lawyers, including Ana Ruiz, said",
    "The officers, among them Captain Ivo Brandt, said" (the people are not all unnamed)."""
    if "including" not in sentence and "among them" not in sentence:
        return False
    opening = sentence.lstrip(' "\u201c')  # the subject that opens the sentence, not an object
    return opening.startswith(source) and _AMONG_NAMED.match(opening, len(source)) is not None


#: The aside naming some of the people: ", including Ana Ruiz,", ", among them EU envoy Marta
#: Kos,", ", including Ana Ruiz and Tom Lee," (a name: two capitalised words in it).
_AMONG_NAMED = re.compile(
    r"\s*,\s*(?:including|among\s+them)\s+(?:[\w.'-]+\s+){0,3}?[A-Z][\w.'-]*\s+[A-Z][^,]*,"
)


#: A word every strong marker holds; on ASCII text no hint means no marker (a substring
#: test on lower case, several times faster than a case-insensitive regex).
_STRONG_HINTS = ("anonym", "named", "identified")


def _unquoted(words: list[str], written: str) -> bool:
    """ "An officer who declined to speak on the record", not "Ana Ruiz, who ..." (a name);
    "publicly" only of one picked out by a role ("The governor, who has declined to talk
    publicly since the riot," is an office that kept silent)."""
    unquoted = UNQUOTED_MARKERS.search(written)
    if unquoted is None or not all(w.islower() for w in words[1:]):
        return False
    return unquoted.group().lower().endswith("record") or words[0].lower() in ("a", "an")


@functools.lru_cache(maxsize=4096)
def _from_source(source: str, written: str) -> bool | None:
    """Anonymity decided by the source alone, or None when the sentence decides it.

    Cached: the same sources ("officials", "the ministry", "he") recur in every article.
    """
    words = _WORD.findall(source)
    if not words:
        return False
    if ANONYMITY_MARKERS.search(source):
        return True
    if named_after_role(source) is not None:
        return False  # "A woman on the scene named Ruth Harter": named
    if written and ANONYMITY_MARKERS.search(written) and not named_or_body(source):
        return True  # "A clerk, who was not permitted to speak," (not "Ana Ruiz, who ...")
    if written and _unquoted(words, written):
        return True
    lead, comma, rest = source.partition(",")
    if comma and rest.lstrip().startswith(("a ", "an ")) and len(lead.split()) > 1:
        # (a lone first name before "a nurse" is read below: "Maria, a nurse" keeps its role)
        if _appositive_head(rest) in _BODIES and _body_named(lead):
            return False  # "Citizens for Justice, a rights monitor": a body by its name
        # "One of the guards, a young recruit": the appositive names no one
        return _from_source(lead, written)
    if len(words) == 1 and words[0].lower() in _BARE_QUANTIFIERS:
        return True  # "Several said", "Many said": some of a group of unnamed people
    head_at = _head_index(words)
    head = words[head_at].lower().rstrip(".,")
    # Capitals before an unnamed head are its modifiers ("Red Cross workers", "White House
    # officials", "Ivo Brandt's spokesman"), and those after it say where it is from
    # ("Residents of Kessel Ford"): a person's name has its own head ("Spokesman Ivo Brandt")
    # or stands apart by commas ("Ivo Brandt, a spokesman").
    if head in ("local", "locals") and head_at > 0 and words[head_at - 1].lower() == "union":
        return False  # "the Brask Dockers Union local": a union's branch, not residents
    if head == "staff" and head_at > 0 and words[head_at - 1].lower() == "general":
        return False  # "Ostrakh's general staff": an army's command, a body
    if _NUMBERED_LOCAL.search(source):
        return False  # "the Harbor County Deputies Association Local 7": a branch by number
    if head in _OF_A_PERSON and _person_named(words):
        return False  # "Ana Ruiz's family", "Senator Ivo Marek and his allies"
    if head in _KIN_OF_A_PERSON and _person_named(words[:head_at]):
        return False  # "Ana Ruiz's parents", not "parents of students at Grace Hall"
    if head in ANONYMOUS_HEADS or head in PEOPLE_PRONOUNS or _unnamed_people(words, head_at):
        return not named_apart(source)
    if words[0].lower() in _INDEFINITE and (is_person_noun(head) or head.endswith(_EXPERTS)):
        return not named_apart(source)  # "A farmer in Orvo", "a ministry epidemiologist"
    names = [w for w in words if w[0].isupper() and not _DESCRIPTIVE.fullmatch(w)]
    if names or head in ("he", "she", "they"):
        return False
    return None


#: An unnamed person by a role: "a guard", "one farmer", "an epidemiologist" (49th session).
_INDEFINITE = frozenset(("a", "an", "one"))
_EXPERTS = ("ologist", "ician", "ographer")


#: Bodies an appositive may call a name before it: "X, a Bayard-based monitor" (general
#: English of civil society and official bodies in the news).
_BODIES = frozenset(
    """monitor group organisation organization charity coalition network watchdog ngo
    agency alliance association union council committee federation foundation institute
    centre center movement campaign""".split()
)


def _appositive_head(appositive: str) -> str:
    """The head of "a rights group based in Kessel": the word before its modifier."""
    head = ""
    for word in appositive.lower().split():
        if word in _AFTER_HEAD:
            break
        head = word.strip(".,")
    return head


_AFTER_HEAD = frozenset("in of for based with that who which from at on run led".split())


def _body_named(lead: str) -> bool:
    """Two capitalised words that describe no one: a body's name ("Citizens for Justice"),
    not a sentence's first word ("Medics, a volunteer group")."""
    capitals = [w for w in _WORD.findall(lead) if w[0].isupper() and not _DESCRIPTIVE.fullmatch(w)]
    return len(capitals) >= 2


#: A union's branch named by its number, in title case (US labour usage): "Local 7".
_NUMBERED_LOCAL = re.compile(r"\bLocal\s+\d+\b")


#: A quantifier standing alone for people: "Several said", "Many said" (44th session).
_BARE_QUANTIFIERS = frozenset("several many most some".split())  # not "Few", a surname


#: Unnamed heads that a person named beside them identifies: a family, allies, advisers.
_OF_A_PERSON = frozenset(
    """family families allies ally advisers adviser advisors advisor aides supporters
    backers friends relatives others""".split()
)
#: A person's kin and counsel, named by the person before them ("Ana Ruiz's parents").
_KIN_OF_A_PERSON = frozenset(
    "parents lawyers attorneys sons daughters brothers sisters siblings".split()
)

_NOT_GIVEN = frozenset("the a an his her their its our some another one two three".split())


def _person_named(words: list[str]) -> bool:
    """A person's name among the words: two capitalised words in a row ("Ivo Marek", not
    "The Marek family") or a capitalised possessive ("Ruiz's")."""
    for k, word in enumerate(words):
        if word[0].isupper() and word.endswith(("'s", "’s")):
            return True
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if (
            word[0].isupper()
            and nxt[:1].isupper()
            and word.lower() not in _NOT_GIVEN
            and not _DESCRIPTIVE.fullmatch(word)
        ):
            return True
    return False


#: Words before an unnamed person or plural: "a commander of the rebels", "two soldiers".
_UNNAMED_LEADS = frozenset(
    "a an one two three four five several some many other few dozens".split()
)
#: Counts after a determiner that leave people unnamed: "the two men", "all three officers"
#: (the number words of ``rules.figure_patterns.UNITS``, and "several", "few").
_COUNTED = frozenset((*UNITS, "several", "few"))


#: A count or quantity of a group: "three of its deputies", "some of the workers", "one of the
#: guards", "Many of those who fled" (general English partitives), up to the group's noun.
_PARTITIVE_HEAD = re.compile(
    r"(?:one|two|three|four|five|six|several|some|many|most|few|dozens|\d+)\s+of\s+"
    r"(?:those(?=\s*$|\s+(?:who|that|[a-z]+(?:ed|ing))\b)"
    r"|(?:the|its|their|his|her|our)\s+(?:[\w'-]+\s+)?[\w'-]+(?=\s*$))",
    re.IGNORECASE,
)


def _unnamed_people(words: list[str], head_at: int) -> bool:
    """People with no name: "a captain of the militia", "prosecutors", "two soldiers"
    (an indefinite or counted person, or a bare plural of people; not "the mayor", one
    known office-holder, nor "police", an institution)."""
    if _surname(words, head_at):
        return False  # a name's last word: "Mayor Brad Sellers", "aunt Belinda Childs"
    head = words[head_at].lower().rstrip(".,")
    plural = is_human_plural(head) or (head.endswith("s") and head[:-1] in PERSON_NOUNS)
    if head in INSTITUTIONAL or not (head in PERSON_NOUNS or plural):
        return False
    if words[0].lower() in _UNNAMED_LEADS:
        return True
    beside = head_at + 1 < len(words) and _participle_after_person(words, head_at + 1)
    if head in _PLAIN_PEOPLE and beside:
        return True  # "The woman sitting next to him": one told by where she was
    if len(words) > 2 and words[1].lower() in _COUNTED:
        return True  # "the two men", "all three officers": counted, still unnamed
    # a bare plural, its modifiers too: "Prosecutors allege", "Local elders said"; one's
    # own ("His lawyers say"), not beside a named person ("Ana Ruiz and her lawyers") nor
    # of a firm ("Their contractors said")
    if plural and _owned_by_unnamed(words, head_at):
        return head not in _OF_A_FIRM  # "The boy's parents", as "His parents"
    if not plural or any(w.lower() in _DEFINITE for w in words[:head_at]):
        return False
    owned = any(w.lower() in _DETERMINERS for w in words[:head_at])
    return not owned or (head not in _OF_A_FIRM and not _names_before(words, head_at))


def _owned_by_unnamed(words: list[str], head_at: int) -> bool:
    """An unnamed person's people: "the boy's parents", "a victim's relatives" (a person
    noun's possessive just before the plural)."""
    if head_at < 1 or not words[head_at - 1].islower():
        return False
    owner = words[head_at - 1]
    if owner == "s" and head_at > 1:  # a curly apostrophe splits the word: "girl", "s"
        owner = words[head_at - 2] + "'s"
    if owner.endswith("'s"):
        return owner[:-2] in PERSON_NOUNS or is_human_plural(owner[:-2])  # "children's"
    return owner.endswith("'") and is_human_plural(owner[:-1])  # "The players' parents"


def _names_before(words: list[str], head_at: int) -> bool:
    """A person named before an owned plural: "Ana Ruiz and her lawyers", "Halas and his
    deputies" (a capitalised word that describes no one)."""
    return _person_named(words) or any(
        w[0].isupper() and w.lower() not in _NOT_GIVEN and not _DESCRIPTIVE.fullmatch(w)
        for w in words[:head_at]
    )


#: People of a firm more often than persons: "Their contractors said", "Its partners".
_OF_A_FIRM = frozenset(
    """partners contractors subcontractors employers suppliers investors shareholders
    sponsors insurers lenders creditors clients customers owners operators""".split()
)


def _surname(words: list[str], head_at: int) -> bool:
    """A capitalised plural of a person noun that is a surname: after a first name, itself
    after a title or a role ("Mayor Brad Sellers", "aunt Belinda Childs"); not "Two
    Soldiers", "Israeli Soldiers" or "Coast Guard Officers"."""
    if head_at < 2 or not words[head_at][:1].isupper() or words[head_at].isupper():
        return False  # an upper-case text capitalises every word
    first, role = words[head_at - 1], words[head_at - 2]
    return first[:1].isupper() and (
        role.islower() or TITLES.fullmatch(role.rstrip(".")) is not None
    )


#: People with no role, whom "the" and a participle still leave unnamed ("The woman sitting
#: next to him"), unlike an office ("The minister visiting the site").
_PLAIN_PEOPLE = frozenset(
    """man woman men women boy girl person people teenager youth child children passenger
    passengers student students pupil pupils witness witnesses resident residents neighbour
    neighbor villager villagers shopper shoppers customer customers guest guests""".split()
)
_DEFINITE = frozenset("the this that these those our my your".split())
#: Words that make a plural definite or owned: "the elders", "their lawyers".
_DETERMINERS = frozenset("the this that these those his her their its our my your".split())


#: Words after a source's head noun: "officials of", "sources familiar", "Witnesses outside".
_HEAD_STOPS = frozenset(
    """of from in with familiar close who briefed at for on near outside inside""".split()
)


def _head_index(words: list[str]) -> int:
    """The head noun's index: the last word before "of"/"from"/"in"/"with"/"familiar"; in a
    part of a group ("three of its deputies", "some of the workers") the group's noun."""
    partitive = _PARTITIVE_HEAD.match(" ".join(words))
    if partitive is not None:
        return len(partitive.group().split()) - 1
    stop = len(words)
    for i, word in enumerate(words):
        if (i > 0 and word.lower() in _HEAD_STOPS) or _participle_after_person(words, i):
            stop = i
            break
    return stop - 1


def _participle_after_person(words: list[str], i: int) -> bool:
    """A participle after a person that says where they were or what befell them: "A clerk
    sitting outside", "Relatives waiting at the gate", "A man injured in the attack" (not "a
    striking worker")."""
    word = words[i]
    if i == 0 or not word.islower() or len(word) < (6 if word.endswith("ing") else 5):
        return False
    if not word.endswith(("ing", "ed")) or word in _ACTING_FOR:
        return False  # "An attorney hired by the city": one acting for a body keeps its name
    if i + 1 < len(words) and words[i + 1].lower() not in _AFTER_PARTICIPLE:
        return False  # "A citizen monitoring group": a modifier of a body's noun
    person = words[i - 1].lower()  # "Those sitting next to him": a pronoun of people
    return person in PERSON_NOUNS or is_human_plural(person) or person in PEOPLE_PRONOUNS


#: Participles of one engaged to act for another: the body named after them speaks through
#: them ("An attorney hired by the city said"), as a spokesman's does.
_ACTING_FOR = frozenset("hired retained employed appointed commissioned contracted".split())
#: What follows a participle of people: a place, an agent or an object ("sitting outside the
#: depot", "injured in the attack", "displaced by the floods", "fleeing the fighting").
_AFTER_PARTICIPLE = frozenset(
    """at in on outside inside near by from across along beside behind around for with to
    into under the a an his her their its next alongside opposite""".split()
)


class AnonymousSource(Rule):
    """AT04 · An unnamed source: "officials said", "a person familiar with the matter said".

    Not a finder but a judgement on every attribution the cue rules find: the engine calls
    ``find`` for each, and sets ``anonymous``. The attribution keeps its finder's code.

    >>> [a.source for a in AnonymousSource().finds("Two diplomats said the talks had stalled.")]
    ['Two diplomats']
    """

    code = "AT04"
    examples = (
        (
            "A senior official, speaking on condition of anonymity, said the strike killed nine.",
            {"anonymous": True},
        ),
        (
            "Sources familiar with the matter said the deal was off.",
            {"anonymous": True, "source": "Sources familiar with the matter"},
        ),
        (
            "A person briefed on the talks told reporters the ceasefire would hold.",
            {"anonymous": True},
        ),
    )
    counter_examples = ("Foreign Minister Lena Varga said the talks had stalled.",)

    def find(self, source: str, near: str, written: str = "") -> bool:
        """Is ``source`` (as named, with the text ``near`` its cue) an unnamed one?"""
        return is_anonymous(source, near, written)

    def finds(self, text: str) -> list[Claim | Attribution]:
        """The anonymous attributions the engine finds in ``text``."""
        from rules.analyze import analyze

        return [a for a in analyze(text).attributions if a.anonymous]


ANONYMOUS = AnonymousSource()
