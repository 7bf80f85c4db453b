"""How many people one article's claims count: a sentence's parts, and the one who opened fire.

Pure helpers of ``crosswire.divergence.keyfigures``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crosswire.divergence import elliptic
from crosswire.divergence.less_dead import died_of_the_hurt
from crosswire.divergence.model import StatedClaim
from crosswire.divergence.whole import whole_and_count
from rules.claims.cb02 import CueThenFigure
from rules.claims.cb10 import NamedVictims
from rules.claims.cb20 import PerpetratorKilled
from rules.claims.cb122 import HospitalIntake
from rules.claims.lexicon import PERPETRATOR_NOUNS
from rules.claims.ordinals import ORDINAL_DEATH

#: A group that adds to the others of its sentence: "she and four others", "two more men".
ADDED = re.compile(r"^(?:the\s+)?(?:others?|more|another|additional)\b", re.IGNORECASE)
#: Words that open a clause between a single person and a count ("Student killed in an attack
#: that left two dead" names one of the two, not a third).
_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose|when|where|while|after)\b", re.IGNORECASE)
_NAMED_LIST = NamedVictims.code  # a list of names with ages ("Ann Roe, 34, and Ed Roe, 2")
_INTAKE = HospitalIntake.code  # a hospital's intake: each received people of its own
#: A toll named by the event ("a double murder-suicide", "triple homicide") holds every single
#: person the sentence names.
_EVENT = re.compile(r"(?:double|triple|quadruple|quintuple)$", re.IGNORECASE)


def sentence_total(parts: list[StatedClaim], text: str = "") -> StatedClaim:
    """The people one sentence counts in its claims of one category.

    Groups add up ("six children and two adults" is 8) unless one is the whole ("12 people,
    five of them children": the people are the count); single people ("a man and a woman",
    "himself") and "others" always add ("killed three people and then himself" is 4). The
    same figure said twice with the same group counts once (scraped pages repeat captions).
    A single person in a clause of its own beside a count is one of it (``_CLAUSE``);
    ``text`` is the article the claims' offsets point into ("" reads each claim's excerpt).
    """
    # "killed 23 people, including 7 children": the part is no addend of the sum
    every, parts = parts, elliptic.addends(parts)
    # "No one inside was hurt, but two drivers were wounded": the zero is the none of a part
    parts = [c for c in parts if c.stated != 0] or parts
    if len(parts) > 1 and all(c.rule == _INTAKE and c.stated is not None for c in parts):
        # "the Infirmary received 12 patients, the City Hospital eight and the Clinic five"
        return replace(parts[0], stated=sum(c.stated or 0 for c in parts), single=False)
    groups: dict[str, float] = {}
    added = 0.0
    singles: list[StatedClaim] = []
    seen: set[tuple[str, str, str]] = set()
    for claim in parts:
        key = (claim.figure_text.lower(), claim.group_key, _new_referent(claim))
        if key in seen or claim.stated is None or elliptic.part_of_a_count_before(claim, parts):
            continue
        seen.add(key)
        if claim.single:
            singles.append(claim)
        elif ADDED.match(claim.group or "") or any(
            adds(claim, parts) for adds in (elliptic.elliptic_addend, died_of_the_hurt)
        ):
            added += claim.stated
        elif claim.rule == _NAMED_LIST:
            # "the bodies of Ana Ruiz, 33, Ivo Ruiz, 40, and their three children": the names
            # are people of their own, no whole that holds the children
            groups.setdefault(f"named {claim.figure_start}", claim.stated)
        else:
            groups.setdefault(claim.group_key, claim.stated)
    whole, counted = whole_and_count(groups)
    counts = [c for c in parts if not c.single]
    singles = [one for one in singles if not _named_by_ordinal(one, counts)]
    if whole is not None and not added and _breakdown(groups, singles, whole):
        # "Four people were found dead ..., and police believe he killed his wife and two
        # sons before killing himself": the rest name the four, they add none
        singles = []
    if not counts or added:
        # "a man and a woman were found dead" is two; beside "others" every single is one
        # more ("deputies killed the gunman, who had shot two others dead" is three).
        added += len(singles)
    elif not any(_EVENT.match(c.figure_text) for c in counts):
        # Not "Girl, 6, killed in a double murder-suicide": the event's toll holds him.
        added += sum(1 for one in singles if _joined(one, counts, text))
    total = max(counted + added, elliptic.told_whole(every))  # "9 to Velk", "a fourth"
    first = next((c for c in parts if not c.single), parts[0])
    return replace(first, stated=total, single=total <= 1 and first.single)


#: The indefinite articles: each brings a new person into the text.
_ARTICLES = frozenset({"a", "an"})
#: What an indefinite single person's phrase says right after "a"/"an", up to 30 characters.
_PHRASE_AFTER = re.compile(r"[^,;:.!?]{0,30}")


def _new_referent(claim: StatedClaim) -> str:
    """The words after "a"/"an" of a single person: "a" brings in a new person, so "a
    welder, 40, was hurt by the blast and a welder, 52, by the fire" is two welders, while
    a caption said twice repeats its words as well (no other figure tells people apart)."""
    if not claim.single or claim.figure_start is None or claim.figure_text.lower() not in _ARTICLES:
        return ""
    after = _PHRASE_AFTER.match(claim.text, claim.figure_start + len(claim.figure_text))
    return after.group().lower() if after else ""


def _named_by_ordinal(one: StatedClaim, counts: list[StatedClaim]) -> bool:
    """Whether ``one`` stands inside the phrase of a count told by its ordinal ("a third
    worker, Ana Ruiz, 22, died": she is the third); one after it ("and a cyclist died") is not."""
    ordinal = [
        m for c in counts for m in ORDINAL_DEATH.finditer(c.text) if m.start(1) == c.figure_start
    ]
    return one.figure_start is not None and any(
        m.start() <= one.figure_start < m.end() for m in ordinal
    )


def _breakdown(groups: dict[str, float], singles: list[StatedClaim], whole: float) -> bool:
    """True when the sentence's other groups and single people add up to its count of
    people exactly: they name who the people were ("wife", "two sons", "himself")."""
    rest = [value for key, value in groups.items() if key != "people"]
    # two parts at least: "killed one person and himself" is two, not a named one
    parts = len(rest) + len(singles)
    return bool(singles) and whole >= 2 and parts >= 2 and sum(rest) + len(singles) == whole


def _joined(one: StatedClaim, counts: list[StatedClaim], text: str) -> bool:
    """True when no clause of its own stands between ``one`` and the nearest count."""
    if one.figure_start is None:
        return False
    nearest = min(counts, key=lambda c: abs((c.figure_start or 0) - (one.figure_start or 0)))
    low, high = sorted((one.figure_start, nearest.figure_start or 0))
    base, source = (one.start, text) if text else (0, one.text)
    return not _CLAUSE.search(source, base + low, base + high)


#: Groups that name the one who opened fire (general crime-news vocabulary, shared with the
#: rules' ``PERPETRATOR_NOUNS``).
_PERPETRATOR_GROUPS = frozenset(PERPETRATOR_NOUNS)
#: Groups that name him as one of a sentence's own count: "killed two people and himself".
_SELF_GROUPS = frozenset({"himself", "herself", "themselves"})
#: A count that names him among its people: "four are dead, including the gunman" (not "the
#: gunman's brother", who is someone else).
_COUNTED_WITH = re.compile(
    r"\b(?:including|among\s+them|along\s+with)\s+(?:the\s+|an?\s+)?(?:suspected\s+|alleged\s+)?"
    r"(?:" + "|".join(sorted(_PERPETRATOR_GROUPS)) + r")\b(?!\s*['\u2019]s\b)",
    re.IGNORECASE,
)


#: A self-inflicted death's group as the rules give it ("killed himself", "kills wife, self").
_SUICIDE_GROUPS = _SELF_GROUPS | {"self"}


#: What tells that the shot before a suicide lived (general crime-news English), read only in
#: the stretch between the shot and the suicide and in a tail that speaks of the victims
#: (``_TAIL``), so that a hospital where the shooting happened or a stroke the shooter
#: survived says nothing of them. A body part names where a wound is; by one principle only
#: the limbs count, since a shot to a limb rarely kills while one to the head, neck or trunk
#: (chest, back, stomach, side) often does, so "in the chest" tells nothing ("shot a deputy
#: in the leg" lived, "shot his wife in the chest" need not have). Care counts only as care
#: given to them ("taken to a hospital", "hospitalized", "in stable condition"), and
#: "survived" only with them as its subject ("who survived", "both survived").
_LIVED = re.compile(
    r"\b(?:in|to)\s+(?:the|his|her|their|one|both)\s+(?:(?:left|right|upper|lower)\s+)?"
    r"(?:legs?|arms?|shoulders?|hands?|feet|foot|knees?|thighs?|ankles?|wrists?|elbows?"
    r"|fingers?|toes?|calf|calves|forearms?|shins?)\b"
    r"|\b(?:expected|likely)\s+to\s+(?:recover|survive|live)\b"
    r"|\bin\s+(?:a\s+)?(?:\w+\s+){0,2}?condition\b"
    r"|\bnon-?life-?threatening\b|\btreated\s+and\s+released\b"
    r"|\b(?:who|both|all|they|each|and)\s+(?:(?:have|has|had)\s+)?survived\b(?!\s+by)"
    r"|\b(?:taken|rushed|flown|airlifted|transported)\s+to\s+(?:a|the)\s+(?:[\w.'-]+\s+){0,2}?"
    r"hospital\b|\bhospitali[sz]ed\b",
    re.IGNORECASE,
)
#: After the suicide, a clause whose subject is the victims: "...; both are in stable
#: condition", ", and the two clerks were hospitalized".
_TAIL = re.compile(
    r"[^.!?]{0,60}?[,;]\s*(?:and\s+)?(?:both|all|they|each|who|the\s+victims?"
    r"|the\s+(?:\w+\s+)?(?:shot|wounded|injured))\b[^.;!?]{0,120}",
    re.IGNORECASE,
)


def _lived(shot: StatedClaim, end: int) -> bool:
    """Whether the sentence tells that ``shot``, shot before a suicide at ``end``, lived."""
    text = shot.text
    start = min(shot.figure_start or 0, end)
    tail = _TAIL.match(text, end)
    stretch = text[start:end] + (" " + tail.group() if tail else "")
    return _LIVED.search(stretch) is not None


def shot_before_suicide(claims: list[StatedClaim]) -> list[StatedClaim]:
    """The shot of a sentence that ends with the shooter's suicide, as killed or wounded.

    "Hale shot his wife and daughter before killing himself" tells a murder-suicide: the
    two shot are dead, as crime news says of the victims of one. Only when the sentence
    states no other fate (no wounded and no killed claim besides the suicide, so "shot two
    people, wounding one, before killing himself" keeps its reading) and the shot come
    before it. When the stretch from them to the suicide (or a tail about them) tells that
    they lived (``_LIVED``: "shot a deputy in the leg", "who are expected to recover",
    "taken to a hospital") the shot are wounded instead.
    ``claims`` are one article's; returns the shot, recategorised.
    """
    sentences: dict[int, list[StatedClaim]] = {}
    for claim in claims:
        sentences.setdefault(claim.start, []).append(claim)
    found: list[StatedClaim] = []
    for own in sentences.values():
        ends = [
            c.figure_start or 0
            for c in own
            if c.category == "killed" and (c.group or "").lower() in _SUICIDE_GROUPS
        ]
        others = [
            c
            for c in own
            if c.category == "wounded"
            or (c.category == "killed" and (c.group or "").lower() not in _SUICIDE_GROUPS)
        ]
        if not ends or others:
            continue
        end = max(ends)
        found.extend(
            replace(c, category="wounded" if _lived(c, end) else "killed")
            for c in own
            if c.category == "killed_or_wounded" and (c.figure_start or 0) < end
        )
    return found


def is_perpetrator(group: str | None, rule: str = "") -> bool:
    """True for a group that names the one who opened fire ("the suspected gunman"), or a
    pronoun the rules read as him (CB20: "he was shot dead by police")."""
    words = (group or "").lower().split()
    if rule == _PERPETRATOR_RULE and words in (["he"], ["she"]):
        return True
    return bool(words) and words[-1] in _PERPETRATOR_GROUPS


def _names_him(claim: StatedClaim) -> bool:
    """A claim of the one who opened fire: by its group ("the gunman"), or a name with the
    noun as its title ("Gunman Ivo Sarn was killed by officers")."""
    if is_perpetrator(claim.group, claim.rule):
        return True
    first = claim.figure_text.split(maxsplit=1)
    return len(first) == 2 and first[0].lower() in _PERPETRATOR_GROUPS


#: A count of victims, which never holds the one who opened fire ("left 49 victims dead. The
#: gunman was killed in a firefight"): crime reports call his dead his victims.
_VICTIMS = re.compile(r"\bvictims?$", re.IGNORECASE)
#: The rule of the one who opened fire killed in turn.
_PERPETRATOR_RULE = PerpetratorKilled.code
#: His victims as the object of his act, right before their count: "The gunman who killed
#: four people", "a shooter killed three people": the people are his victims, not him.
_HIS_VICTIMS = re.compile(
    r"\b(?:" + "|".join(sorted(_PERPETRATOR_GROUPS)) + r")\s+(?:who\s+)?(?:\w+\s+){0,2}?"
    r"(?:killed|murdered|shot\s+and\s+killed|fatally\s+shot|shot\s+dead)\s+$",
    re.IGNORECASE,
)


def with_perpetrator(chosen: StatedClaim, claims: list[StatedClaim], text: str = "") -> StatedClaim:
    """``chosen`` plus one when another sentence reports the death of the one who opened fire.

    "Two clerks were killed. The gunman was shot dead by police": the toll is three, as crime
    tallies count a gunman who died; so is "The gunman killed two clerks. The suspect was
    later shot dead", since a sentence that names him as the killer does not count him.
    Nothing is added when he is part of the chosen count: a claim of its sentence names him
    ("the gunman was killed", "killed two people and himself") or the count includes him
    ("four people are dead, including the gunman"); nor when the count is of people at large
    ("two dead"), which may include him. A group he is not part of ("three officers", "two
    others") gets the one more. A murder-suicide tells his death too: when the count is the
    object of one person's act ("Voss killed his wife and son", "... were shot dead by
    Voss", ``_his_victims``), a suicide
    in another sentence ("He then turned the gun on himself") or an event named a
    "murder-suicide" adds him; ``text`` is the article.
    """
    if chosen.stated is None or _COUNTED_WITH.search(chosen.text) or _by_police(chosen):
        return chosen
    if (
        chosen.group_key == "people"
        and not ADDED.match(chosen.group or "")
        and not _HIS_VICTIMS.search(chosen.text[: chosen.figure_start or 0])
        and not _VICTIMS.search(chosen.group or "")
    ):
        return chosen  # "two dead", "three people were killed" may count the gunman
    own = [c for c in claims if c.start == chosen.start]
    if any(_names_him(c) or (c.group or "").lower() in _SUICIDE_GROUPS for c in own):
        return chosen
    died = any(c.start != chosen.start and _names_him(c) for c in claims)
    if not died and _his_victims(own):
        died = _told_murder_suicide(text) or any(
            c.start != chosen.start and _suicide(c) for c in claims
        )
    return replace(chosen, stated=chosen.stated + 1) if died else chosen


#: The rule that reads a verb's object ("killed his wife", "shot two clerks").
_OBJECT_RULE = CueThenFigure.code
#: A verb of one person's act right before its object (not "the bodies of", "the deaths of",
#: which count the dead with no one's act): "killed his wife", "fatally shot two clerks".
_ACT_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|murder(?:ed|ing|s)?|shot|shooting|shoots|stabbed|stabbing|stabs"
    r"|strangl(?:ed|ing|es)|slew|bludgeon(?:ed|ing|s))\s+$",
    re.IGNORECASE,
)
#: The dead as the subject of a passive whose agent is one person ("were shot dead by her
#: husband"), not officers, who kill a gunman in turn.
_BY_AGENT = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:killed|murdered|slain"
    r"|shot\s+(?:dead|and\s+killed|to\s+death)|stabbed\s+to\s+death|fatally\s+(?:shot|stabbed))"
    r"\s+by\s+(?!(?:the\s+|a\s+|an\s+)?(?:police|officers?|deputies|deputy|troopers?|agents?"
    r"|(?:state\s+|sheriff['\u2019]s\s+)?(?:police|deputies))\b)",
    re.IGNORECASE,
)
#: An event named for the killer's death too ("an apparent murder-suicide"; US crime news),
#: not a plural ("the county's two murder-suicides last year" is a tally of others).
_MURDER_SUICIDE = re.compile(r"\bmurders?[- ]suicide\b(?!s)", re.IGNORECASE)
#: Before the name in its sentence, a word that denies or doubts it ("ruled out a
#: murder-suicide", "not a murder-suicide", "whether it was", "first treated it as").
_NOT_SO = re.compile(
    r"\b(?:not|no|never|ruled?\s+out|rules\s+out|whether|if|rather\s+than|instead\s+of"
    r"|initially|at\s+first|first\s+(?:treated|thought|believed|called|reported|said))\b",
    re.IGNORECASE,
)
#: The one killed by the police ("Officers shot and killed a man", "was shot dead by
#: deputies"): the one who opened fire, whose death "the suspect died" tells again.
_POLICE = (
    r"(?:police|officers?|deputies|deputy|troopers?|(?:state|sheriff['\u2019]s)\s+(?:police"
    r"|deputies|troopers))"
)
_POLICE_KILLED = re.compile(
    rf"\b{_POLICE}\s+(?:\w+ly\s+|later\s+|then\s+)?(?:shot\s+(?:and\s+killed|dead)|killed"
    r"|fatally\s+shot|gunned\s+down)\s+$",
    re.IGNORECASE,
)
_KILLED_BY_POLICE = re.compile(
    r"^[^.;]{0,60}?\b(?:was|were|had\s+been)\s+(?:\w+ly\s+|later\s+)?(?:killed|slain"
    r"|shot\s+(?:dead|and\s+killed)|fatally\s+shot|gunned\s+down)\s+by\s+(?:the\s+|an?\s+"
    rf"|two\s+|three\s+|several\s+)?(?:\w+\s+)?{_POLICE}\b",
    re.IGNORECASE,
)


def _by_police(chosen: StatedClaim) -> bool:
    """Whether the chosen count is of those the police killed ("Deputies shot dead a man
    who fired at them"): the one who opened fire is among them, never one more."""
    at = chosen.figure_start or 0
    return (
        _POLICE_KILLED.search(chosen.text[:at]) is not None
        or _KILLED_BY_POLICE.search(chosen.text[at:]) is not None
    )


def _told_murder_suicide(text: str) -> bool:
    """Whether the article names its event a murder-suicide, not denied or doubted before
    the name in its sentence."""
    for match in _MURDER_SUICIDE.finditer(text):
        opening = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
        if not _NOT_SO.search(text, opening + 1, match.start()):
            return True
    return False


def _suicide(claim: StatedClaim) -> bool:
    """A death told as a suicide: "killed himself", "took his own life", or a death "of a
    self-inflicted gunshot wound" (police wording for a suicide)."""
    return (claim.group or "").lower() in _SUICIDE_GROUPS or (
        claim.category == "killed" and _SELF_INFLICTED.search(claim.text) is not None
    )


#: Police wording of a suicide's wound; not denied ("wounds that were not self-inflicted",
#: "no self-inflicted wounds", "non-self-inflicted").
_SELF_INFLICTED = re.compile(
    r"(?<!\bnot\s)(?<!\bno\s)(?<!\bnone\s)(?<!\bnever\s)(?<!non-)\bself-inflicted\b",
    re.IGNORECASE,
)


def _his_victims(own: list[StatedClaim]) -> bool:
    """Whether a sentence's count opens as the object of one person's act ("Voss killed his
    wife and two sons", "he fatally shot his fiancee"): those he harmed, never himself. Told
    so, a suicide in another sentence ("He then turned the gun on himself") or a
    "murder-suicide" adds him; a subject ("Voss and his son were found dead in a
    murder-suicide") may be him."""
    killed = sorted((c for c in own if c.category == "killed"), key=lambda c: c.figure_start or 0)
    if not killed:
        return False
    first = killed[0]
    if _BY_AGENT.search(first.text, first.figure_start or 0):
        return True  # "Ana Roe and her two sons were shot dead by her husband"
    return (
        first.rule == _OBJECT_RULE
        and _ACT_BEFORE.search(first.text[: first.figure_start or 0]) is not None
    )
