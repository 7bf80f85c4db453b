"""Claims no binding route reads: named single victims (figures taken prisoner are in
``prisoners``)."""

from __future__ import annotations

import itertools
import re

import re2

from rules.calendar import MONTHS, WEEKDAYS
from rules.categories import CASUALTY_CATEGORIES
from rules.claims import name_cues
from rules.claims.figures import coordinated_people, has_any
from rules.claims.name_cues import (
    LIST_SEPARATOR,
    LISTS,
    NAME_CUE_WORDS,
    active_object,
    described_and,
    owned_thing,
    subject_before_preposition,
)
from rules.claims.parts import Binding, Cues
from rules.claims.suffered import SUFFERED_WOUND
from rules.claims.upper_names import in_upper_name
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import ASCII_SPACE, FigureSpan, ascii_lacks

#: Lower-case particles inside a personal name, before a capitalised word: "Ana de Ruiz",
#: "Tomas de la Vega", "Ludwig van Orsk", "Omar bin Sarn". Origin: general knowledge of
#: Spanish, Portuguese, Italian, French, Dutch, German and Arabic names in English news.
PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|ibn|bint|el|al|la|le)"
_PARTICLES = rf"(?:{PARTICLE}\s+){{0,2}}"
_PARTICLE_WORD = re.compile(PARTICLE)

#: One capitalised word of a name, with a second capital inside it after a prefix or an
#: apostrophe: "Pell", "McKay", "MacLeod", "DeShawn", "LaRue", "O'Neal" (general knowledge
#: of English, Irish, Scottish, French and African-American names). The second capital needs
#: lower case after it, so an acronym ("NYPD") is no name word.
NAME_WORD = r"[A-Z](?:[a-z'’-]*[A-Z])?[a-z'’-]+"
#: A personal name (two to four capitalised words, initials allowed) right before a passive
#: casualty verb or "died": "Corporal Ivan Pell was killed", "Dana K. Orr died". Mixed-case
#: text only: in all-capital wire copy a name cannot be told from other words.
_NAME_WORDS = rf"{NAME_WORD}(?:\s+{_PARTICLES}(?:[A-Z]\.|{NAME_WORD})){{1,3}}"
_NAMED_VERBS = (
    r"(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:(?:fatally|critically|seriously|badly"
    r"|slightly|mortally)\s+)?(?:killed|murdered|assassinated|slain|executed|beheaded|lynched|strangled"
    r"|shot|stabbed|gunned\s+down|wounded|injured|hurt)\b"
    r"|(?:was|had\s+been)\s+(?:pronounced|declared|found)\s+dead\b|(?:has\s+|had\s+)?died\b"
    r"|(?:was|had\s+been)\s+(?:hospitali[sz]ed|treated\s+for)\b"
)
_NAMED = re.compile(
    rf"(?<![\w.'’-])(?P<name>{_NAME_WORDS})"
    # "Ivo Marsh suffered a gunshot wound": the cue after it says what was suffered
    rf"(?=\s+(?:{_NAMED_VERBS}|{SUFFERED_WOUND}\s))"
)
#: ``_NAMED`` for RE2 over ASCII text, its look-ahead read as part of the match and the
#: look-arounds of "suffered" left out: every match of ``_NAMED`` is inside one of these,
#: so a sentence without one is passed over in one linear pass (``numbers.ascii_lacks``).
_NAMED_ASCII = re2.compile(
    rf"{_NAME_WORDS}\s+(?:{_NAMED_VERBS}|suffered|sustained)".replace("’", "")
    .replace(r"\s", ASCII_SPACE)
    .encode("ascii")
)
#: A word every verb ``_NAMED`` looks ahead for holds (case-sensitive): a sentence with none
#: skips the pattern; a verb added above needs its word here (CB12's examples fail without).
_NAMED_HINTS = ("was", "been", "died", "suffered", "sustained")
#: First words that open a sentence or a phrase rather than a name (general English; the
#: auxiliaries of a title-case headline's verb: "1 of 2 Students Wounded Has Died").
_NOT_FIRST = frozenset(
    """The A An His Her Their Its Our My Your This That These Those One Two Three Police
    Officials Authorities Yesterday Today Earlier Later Also When After Before Meanwhile Has
    Have Had Is Was Were""".split()
).union(word.title() for word in (*WEEKDAYS, *MONTHS))
#: Police ranks (general English) after "Police" before a name: "Police Chief Karl Onder".
POLICE_RANKS = frozenset(
    """Chief Commissioner Superintendent Inspector Sergeant Constable Officer Captain
    Lieutenant Major Colonel Detective Corporal Commander""".split()
)


def _opens_no_name(words: list[str]) -> bool:
    """A first word that opens no name ("The", "Police", a weekday), unless "Police" heads a
    rank before the name ("Police Chief Karl Onder")."""
    return words[0] in _NOT_FIRST and not (len(words) > 2 and words[1] in POLICE_RANKS)


#: Last words that make a capitalised phrase an organisation or a place, not a person. The
#: street words of the second line (crime round 9: "shot on Park Avenue has died" named no
#: one) are the usual US, British and Canadian ones (general knowledge of addresses), not
#: those that are common surnames too ("Lane", "Center", "Drive": review 16). "War" names a
#: war, not a person ("a veteran wounded in the Korean War died"; general English).
NOT_LAST = frozenset(
    """United City Hospital Army Police Ministry Party Council Government Company Group
    Department Office Force Forces Team Club School University Bank Court Agency Service
    Avenue Boulevard Highway Parkway Terrace Square Plaza Crescent Mall
    Station Airport Street Road Bridge Province Region County State Republic War""".split()
)
#: The most characters between a victim's name and its cue.
GAP = 40


#: The same in all-capital wire copy: the words before the verb, of which the name is the
#: trailing run that ``in_upper_name`` accepts.
_NAMED_UPPER = re.compile(
    r"(?P<name>(?:[A-Z][A-Z'’.-]*,?\s+){2,8}?)(?=(?:(?:LATER|EARLIER|THEN)\s+)?"
    r"(?:(?:WAS|HAS\s+BEEN|HAD\s+BEEN)\s+(?:[A-Z]+LY\s+|LATER\s+)?"
    r"(?:KILLED|MURDERED|ASSASSINATED|SHOT|STABBED|GUNNED\s+DOWN|WOUNDED|INJURED|HURT)\b"
    r"|(?:HAS\s+|HAD\s+)?DIED\b))"
)


#: ``_NAMED`` and ``_NAMED_UPPER`` for RE2 over ASCII text, their look-aheads read as part
#: of the match: a sentence without a match of either names no victim this way (CB12's
#: ``ExtraRule.hints``).
NAMED_HINTS = (
    _NAMED_ASCII,
    re2.compile(_NAMED_UPPER.pattern.replace("(?=", "(?:", 1).replace(r"\s", ASCII_SPACE)),
)


def _upper_name(match: re.Match[str]) -> tuple[int, int] | None:
    """The trailing name words of an all-capital match, as offsets, if two or more."""
    words = match.group("name").split()
    kept = list(itertools.takewhile(in_upper_name, reversed(words)))
    if len(kept) < 2 or is_human_plural(kept[0]) or kept[0].lower() in PERSON_NOUNS:
        return None
    name = " ".join(reversed(kept))
    end = match.start("name") + len(match.group("name").rstrip())
    return end - len(name), end


def named_victims(text: str, cues: Cues) -> list[Binding]:
    """ "Corporal Ivan Pell was killed": a named person is one victim of the cue after."""
    found: list[Binding] = []
    upper = text.isupper()
    if not upper and (not has_any(text, _NAMED_HINTS) or ascii_lacks(_NAMED_ASCII, text)):
        return found
    for match in (_NAMED_UPPER if upper else _NAMED).finditer(text):
        if upper:
            span = _upper_name(match)
            if span is None:
                continue
            start, end = span
        else:
            words = match.group("name").split()
            if _opens_no_name(words) or words[-1] in NOT_LAST:
                continue
            start, end = match.span("name")
        # "REPORTER IVO SARN OF A PARIS WEEKLY WAS KILLED": the name before "of"; not after
        # a body's name, which a title's name may follow ("PRESIDENT OF THE SUPREME COURT OF
        # JUSTICE IVO SARN")
        owner = subject_before_preposition(text, start, upper) or (start, end)
        if owner == (-1, -1):
            continue  # "a guard working for the Orsk Shipping Company was shot": no name
        if text[owner[0] : owner[1]].split()[-1].title() in NOT_LAST:
            owner = (start, end)
        index = cues.first_from(end)
        if index is None:
            continue
        cue = cues.hits[index]
        if cue.start - end > GAP or cue.cue.category not in CASUALTY_CATEGORIES:
            continue
        figure = FigureSpan(*owner, Figure(1, 1, "exact", text[owner[0] : owner[1]]))
        found.append(Binding(figure, cue, None, cue.start - end))
    return found


def lacks_words(text: str, words: tuple[str, ...]) -> bool:
    """True when ``text`` is ASCII and holds none of ``words`` (lower case) in any case, so
    that a case-insensitive pattern needing one of them cannot match. Other text is never
    ruled out: Unicode case folding reads "ſ" as "s" and "ı" as "i".

    >>> lacks_words("Two were KILLED.", ("killed",)), lacks_words("Two died.", ("killed",))
    (False, True)
    """
    return text.isascii() and not has_any(text.lower(), words)


_TITLE_WORD = r"[A-Z][\w'’.-]*"
#: A name after a cue in mixed-case text: capitalised words ("the murder of Mayor Tom Reyes").
_NAME_AFTER = re.compile(rf"\s+(?P<name>{_TITLE_WORD}(?:\s+{_PARTICLES}{_TITLE_WORD}){{1,5}})")
#: The same in all-capital text: words, of which only those not in ``UPPER_STOP`` count.
_UPPER_WORDS = re.compile(r"\s+(?P<name>[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,7})")


def victims_named_after(
    text: str, cues: Cues, figures: list[FigureSpan], found: list[Binding]
) -> list[Binding]:
    """ "the murder of Senator Ana Ruiz", "gunmen killed Tomas Brel, 42, and Ada Venn, 19":
    each person named right after a casualty cue (also before a count: "killed Ivo Sarn and two
    aides"), or listed after the first, is one victim. Two to six name words; no group."""
    upper = text.isupper()
    starts = {f.start for f in figures}
    lead = name_cues.named_lead
    used = {b.cue.start for b in found if not lead(text[b.cue.end : b.figure.start])}
    named = []
    for cue in cues.hits:
        if cue.start in used:
            continue  # its victims are counted already ("the deaths of Ada Fenn, 9, and ...")
        if cue.cue.category not in CASUALTY_CATEGORIES or cue.cue.after != "object":
            continue
        word = text[cue.start : cue.end].lower()
        if not word.endswith(NAME_CUE_WORDS):
            continue
        if not active_object(text, word, cue.start):
            continue  # "a wounded officer", "was injured Monday": no object
        span = name_at(text, name_cues.name_start(text, cue.end, upper, word), upper)
        last = None
        for _ in range(12):
            if span is None or span[0] in starts:
                break  # a figure stands there: "killed Two soldiers" is a count
            start, end = span
            if owned_thing(text[start:end]):
                break  # "MURDERED FARMERS' HUTS": what a possessor owns, not a person
            figure = Figure(1, 1, "exact", text[start:end])
            named.append(Binding(FigureSpan(start, end, figure), cue, None, start - cue.end))
            last = end
            separator = LIST_SEPARATOR.match(text, end)
            if separator is None or not LISTS.search(separator.group()):
                # a bare comma opens a description ("Ana Ruiz, a teacher"), then maybe "and"
                joined = described_and(text, end, upper)
                if joined is None:
                    break
                last, after = joined  # "..., a teacher, and her son": the relative is read below
                span = name_at(text, after, upper)
                continue
            span = name_at(text, name_cues.past_age(text, separator.end() - 1, word), upper)
            if span and name_cues.opens_clause(separator.group(), text, span[1]):
                break  # "killed Tomas Brel; Ivo Sarn was wounded": a new clause's subject
        if last is not None and _AND.match(text, last):
            # "killed Ana Ruiz and her daughter": a relative joined to the name is one more
            # (not "Ana Ruiz, a neighbor": a comma opens a description of her).
            for one in coordinated_people(text, last):
                if one.figure.text.lower() not in ("his", "her", "their"):
                    continue  # "Ana Ruiz and a judge": CB25 counts a listed "a ..." person
                noun = _NOUN_AFTER.match(text, one.end)
                group = noun.group(1) if noun else one.figure.text
                named.append(Binding(one, cue, group, one.start - cue.end))
    return named


_AND = re.compile(r"\s+and\s", re.IGNORECASE)

#: The noun after a determiner: "her daughter".
_NOUN_AFTER = re.compile(r"\s+([A-Za-z'-]+)")


def name_at(text: str, at: int, upper: bool) -> tuple[int, int] | None:
    """The name that starts after the whitespace at ``at``, as offsets, or None."""
    match = (_UPPER_WORDS if upper else _NAME_AFTER).match(text, at)
    if match is None:
        return None
    words = match.group("name").split()
    if upper:
        words = list(itertools.takewhile(in_upper_name, words))
    words = [w for w in words if w not in ("Mr.", "Mrs.", "Ms.", "Dr.")] or words
    if len(words) < 2 or is_human_plural(words[-1].strip(".,")):
        return None
    if _opens_no_name(words):
        return None
    start = match.start("name")
    end = start + len(" ".join(words))
    if text[end - 1] in ".," and not (len(words[-1]) == 2 and words[-1][0].isalpha()):
        end -= 1  # the full stop or comma after the name, not an initial
    return start, end


#: People joined before a plural passive casualty verb: "Ana Ruiz and Tomas Brel were killed".
_PLURAL_VERB = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|murdered|assassinated|shot|stabbed|gunned\s+down|wounded|injured|hurt)\b",
    re.IGNORECASE,
)
#: A word every match of ``_PLURAL_VERB`` holds, in any case (kept in step with it; the CB15
#: examples fail when one is missing).
_PLURAL_HINTS = ("were", "been")
_JOINED = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)", re.IGNORECASE)
#: What CB15 needs, for RE2 over an ASCII sentence (``ExtraRule.hints``): "and", then the
#: last name (two to six words with no comma, the first capitalised but in all-capital copy)
#: right before ``_PLURAL_VERB``; in all-capital copy every word is in capitals.
_WORDS_AFTER = r"(?:\s+[^\t-\r\x1c-\x1f ,]+){1,5}\s+"
_VERBS_PLURAL = (
    r"(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|murdered|assassinated|shot|stabbed|gunned\s+down|wounded|injured|hurt)\b"
)
#: The same in capitals: the letters only, never an escape (``\s`` is no ``\S``).
_VERBS_UPPER = re.sub(r"(?<!\\)[a-z]+", lambda word: word.group().upper(), _VERBS_PLURAL)
JOINED_HINTS = tuple(
    re2.compile(pattern.replace(r"\s", ASCII_SPACE))
    for pattern in (
        rf"(?i:\band)\s+[A-Z][^\t-\r\x1c-\x1f ,]*{_WORDS_AFTER}(?i:{_VERBS_PLURAL})",
        rf"\bAND\s+[^\t-\r\x1c-\x1f ,]+{_WORDS_AFTER}{_VERBS_UPPER}",
    )
)
#: Capitalised words that open a phrase, not a name: prepositions and the _NOT_FIRST words.
NOT_IN_NAME = _NOT_FIRST | frozenset("On In At By For From With Near Across Under Over".split())


def _is_name(part: str, upper: bool) -> bool:
    words = part.split()
    if len(words) < 2 or len(words) > 6:
        return False
    if upper:
        return all(in_upper_name(w) for w in words) and not is_human_plural(words[-1])
    return (
        all((w[0].isupper() and w not in NOT_IN_NAME) or _PARTICLE_WORD.fullmatch(w) for w in words)
        and words[0][0].isupper()
        and words[-1] not in NOT_LAST
    )


def joined_named_victims(text: str, cues: Cues) -> list[Binding]:
    """ "Ana Ruiz and Tomas Brel were killed": each named person joined before the verb is
    one victim (two or more names, the last joined by "and")."""
    found: list[Binding] = []
    if not cues.casualty or lacks_words(text, _PLURAL_HINTS):
        return found
    upper = text.isupper()
    for verb in _PLURAL_VERB.finditer(text):
        index = cues.first_from(verb.start())
        if index is None or cues.hits[index].start > verb.end():
            continue
        cue = cues.hits[index]
        if cue.cue.category not in CASUALTY_CATEGORIES:
            continue
        lo = max(0, verb.start() - 240)
        lo = max(lo, text.rfind(";", lo, verb.start()) + 1)  # "killed X; Y and Z were hurt"
        segment = text[lo : verb.start()]
        cuts = list(_JOINED.finditer(segment))
        if not cuts or "and" not in cuts[-1].group().lower():
            continue
        names = _joined_names(segment, cuts, upper)
        if len(names) < 2:
            continue
        for start, stop in names:
            span = FigureSpan(lo + start, lo + stop, Figure(1, 1, "exact", segment[start:stop]))
            found.append(Binding(span, cue, None, cue.start - lo - stop))
    return found


def _joined_names(segment: str, cuts: list[re.Match[str]], upper: bool) -> list[tuple[int, int]]:
    """The names joined at the end of ``segment``, right to left, as offsets into it."""
    names: list[tuple[int, int]] = []
    end = len(segment)
    for cut in reversed(cuts):
        if _is_name(segment[cut.end() : end], upper):
            names.append((cut.end(), end))
            end = cut.start()
            continue
        break
    tail = trailing_name(segment[max(0, end - 80) : end], upper)
    if tail:
        names.append((end - len(tail), end))
    return names


def trailing_name(words: str, upper: bool) -> str:
    """The longest run of name words at the end of ``words`` (two or more), or ""."""
    split = words.split()
    for size in range(min(6, len(split)), 1, -1):
        candidate = " ".join(split[-size:])
        if _is_name(candidate, upper):
            return candidate
    return ""
