"""CB54: people brought out alive, or pulled out by rescuers ("rescuers pulled 31 from ...")."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.groups import following_group
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import OTHERS, is_perpetrator
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import is_human_plural

#: A verb of bringing out right before the figure: "dug out two more climbers alive".
_BROUGHT = re.compile(
    r"\b(?P<verb>brought|pulled|dug|carried|hauled|lifted|winched|hoisted|led|found)"
    r"(?:\s+(?:up|out|back))?\s+$",
    re.IGNORECASE,
)
#: "alive" after the object: up to five words of it and where from ("two more climbers
#: alive", "three people out of the rubble alive").
_ALIVE_AFTER = re.compile(r"(?:\s+[\w'-]+){0,5}?\s+alive\b", re.IGNORECASE)
#: Where from, between an object and "alive": "three people out of the rubble alive".
_WHENCE = re.compile(r"\s+(?:out\s+of|from|off|under)\b", re.IGNORECASE)
#: People cut free by rescuers: "firefighters cut 14 people free", "crews cut six passengers
#: free from the wreck" (general English of rescue reports; not "the council cut 40 staff to
#: free up money", nor "crews cut two dead men free", whose dead are no rescue).
_CUT = re.compile(
    r"\b(?:firefighters|rescuers|crews?|divers|volunteers|soldiers)\s+(?P<verb>cut)\s+$",
    re.IGNORECASE,
)
#: The dead named in the object: "two dead men", "three bodies".
_HARMED_OBJECT = re.compile(r"\b(?:dead|lifeless|bodies)\b", re.IGNORECASE)
_FREE_AFTER = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+free\b(?!\s+(?:of|up)\b)", re.IGNORECASE)
#: Rescuers as the subject of the verb, a few words before it: "Rescuers in dinghies had
#: pulled", "Firefighters plucked", "Rescuers pulled out". General English of disaster reports.
_RESCUERS = re.compile(
    r"\b(?:rescuers|rescue\s+(?:teams?|workers|crews|squads)|lifeguards|firefighters"
    r"|coast\s*guard(?:\s+crews)?)\b(?:\s+[\w,'-]+){0,8}?\s+(?:had\s+|have\s+|has\s+)?"
    r"(?P<verb>pulled|plucked|lifted|airlifted|hoisted|winched|carried|freed|brought)"
    r"(?:\s+out)?\s+$",
    re.IGNORECASE,
)
#: After the rescuers' object: where they were taken from ("31 villagers from flooded homes"),
#: or "out" alone ("crews had brought 17 climbers out by the north passage", review52g).
_FROM_AFTER = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:from|out\s+of|off|out)\b", re.IGNORECASE)
#: Crews, divers or volunteers who pull people out of water or a wreck: "crews had pulled 16
#: people from the canal" (not "TV crews pulled 20 fans out of the crowd").
_CREWS = re.compile(
    # neighbours and villagers who pull people off roofs in a flood, a helicopter crew that
    # winches them off a ledge (thirty-fifth session)
    r"\b(?:crews?|divers|volunteers|firefighters|neighbou?rs|villagers|fishermen)\b"
    r"(?:\s+[\w,'-]+){0,6}?\s+(?:had\s+|have\s+|has\s+)?"
    r"(?P<verb>pulled|plucked|hauled|dragged|dug|brought|carried|winched|airlifted)(?:\s+out)?\s+$",
    re.IGNORECASE,
)
#: A whole told by its pronoun: "hauled the three of us out of the sea", "dug the two of them
#: out of the mud" (general English of survivors' accounts); the verb stands before "the",
#: and the count has no noun of its own. Not "two of them", a part of people told elsewhere.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_OF_US = re.compile(r"\s+of\s+(?:us|them)\b", re.IGNORECASE)
#: The teller's own hands in a quote: '"I dragged two children out of the water myself," a
#: fisherman said' (general English of witnesses' rescue accounts, review50a); the object
#: and the danger as for crews, so not "we pulled out of the talks", "pulled out three chairs".
_OWN_HANDS = re.compile(
    r"\b(?:I|we)\s+(?:had\s+|have\s+|just\s+)?"
    r"(?P<verb>pulled|plucked|hauled|dragged|carried)(?:\s+out)?\s+$",
    re.IGNORECASE,
)
#: The dangers people are pulled out of: "the river", "the rubble", "the flames".
_DANGERS = (
    r"river|water|sea|lake|canal|rubble|wreckage|debris|mud|ruins|flood|floodwaters|flames|fire"
    r"|blaze|building|tower|block|flats|smoke|roofs?|rooftops?|ledge|cliff|ice"
)
_FROM_DANGER = re.compile(
    # the object, then an aside of its parts ("nine hikers, two of them injured, off")
    r"(?P<obj>(?:\s+[\w'-]+){0,3}?)(?:,[^,.;]{1,80},)?\s+(?:from|out\s+of|off)\s+"
    rf"(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_DANGERS})\b",
    re.IGNORECASE,
)
#: The teller's own hands with no place named: '"I pulled out four children myself," a
#: fisherman said after the boat sank'; a danger must be told in the sentence (``_DANGER_TOLD``),
#: so not "I carried two toddlers myself" on a walk (review51b).
_BY_OWN_HAND = re.compile(
    r"(?P<obj>(?:\s+[\w'-]+){1,3}?)\s+(?:myself|ourselves|with\s+(?:my|our)\s+(?:own|bare)"
    r"\s+hands)\b",
    re.IGNORECASE,
)
_DANGER_TOLD = re.compile(
    rf"\b(?:sank|sunk|sinking|capsized?|collapsed|exploded|drowning|{_DANGERS})\b", re.IGNORECASE
)
#: Survivors taken out of a wreck or the water by anyone: "boats pulled 23 survivors out of the
#: sea", "divers recovered 14 survivors from the hull", "used ropes to bring 17 survivors up
#: the slope" (the noun says they were alive; the verbs from general English of rescue
#: reports, the bare forms after "to" or "helped", review51c).
_TAKEN_OUT = re.compile(
    r"\b(?P<verb>pulled|plucked|hauled|recovered|lifted|winched|airlifted|dragged|brought"
    r"|carried|(?:to|helped|help)\s+(?:bring|carry|haul|pull|lift|winch|get))"
    r"(?:\s+(?:out|up|down|back))?\s+$",
    re.IGNORECASE,
)
_SURVIVORS_FROM = re.compile(
    r"(?:\s+[\w'-]+){0,2}?\s+survivors\s+(?:alive\s+)?(?:from|out\s+of|off|ashore"
    r"|(?:up|down)(?=\s+(?:the|a|an|to\s+the)\s))",
    re.IGNORECASE,
)
#: Survivors found where they were trapped: "searchers found 14 survivors under the rubble",
#: "reached two survivors inside the mine" (the noun says they were alive; general English of
#: search reports). Not "interviewed 23 survivors", nor survivors "of" an event.
_FOUND = re.compile(
    r"\b(?P<verb>found|located|reached|freed|brought\s+out|carried\s+out|led\s+out)\s+$",
    re.IGNORECASE,
)
_SURVIVORS_IN = re.compile(
    r"(?:\s+[\w'-]+){0,2}?\s+survivors(?:\s+(?:alive\s+)?(?:(?:in|under|inside|beneath|amid)"
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:rubble|debris|wreckage|ruins|mud|snow|mine|shaft"
    r"|tunnel|cave|hull|water|sea|river|collapsed|flooded|burning|building|school|hotel)\b"
    r"|(?:from|out\s+of|off)\b)|(?=\s*(?:[,.;]|and\b|$)))",
    re.IGNORECASE,
)
#: People picked out of the water by a boat: "a cargo ship picked up seven others clinging to
#: the hull", "fished 12 men from the sea" (general English of sea rescues).
_PICKED_UP = re.compile(r"\b(?P<verb>picked\s+up|pulled|plucked|hauled|fished)\s+$", re.IGNORECASE)
_ADRIFT = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:clinging\s+to|adrift\b|from\s+the\s+(?:water|sea|waves)\b)",
    re.IGNORECASE,
)
#: People taken out who may be dead: "victims" (a rescue names the living), and their own
#: death told right after them ("..., all dead", "but they were dead").
_THE_DEAD = frozenset(("victims", "bodies", "corpses"))
_DEAD_AFTER = re.compile(
    r"[^.;,]{0,40}?,\s+(?:all|both|most|none\s+alive|\w+\s+of\s+them)\s+(?:(?:were|was)\s+)?"
    r"(?:dead|drowned|lifeless)\b|[^.;]{0,40}?\bbut\s+(?:they|he|she)\s+(?:were|was)\s+dead\b",
    re.IGNORECASE,
)
#: The word the object's words end before: "alive", "from", "out of", "off", "under".
#: A particle of the verb after its object goes too: "carried four hikers out alive".
_LAST_WORD = re.compile(r"(?:\s+(?:out|up|back))?\s+(?:out\s+of|clinging\s+to|\S+)$", re.IGNORECASE)
#: The three ways in: (verb before the figure, what must follow it).
_WAYS = (
    (_BROUGHT, _ALIVE_AFTER),
    (_RESCUERS, _FROM_AFTER),
    (_CREWS, _FROM_DANGER),
    (_OWN_HANDS, _FROM_DANGER),
    (_OWN_HANDS, _BY_OWN_HAND),
    (_TAKEN_OUT, _SURVIVORS_FROM),
    (_FOUND, _SURVIVORS_IN),
    (_PICKED_UP, _ADRIFT),
    (_CUT, _FREE_AFTER),
)
RESCUE_CUE = Cue("rescued", "(brought out alive)", before=False, after="object")


class BroughtOutAlive(ExtraRule):
    """CB54 · "Crews dug out two more climbers alive", "rescuers pulled 31 villagers from
    flooded homes": the people brought out alive, or by rescuers, were rescued.

    The passive forms ("were pulled alive from", "found alive") are cues of their own; the
    active ones put the figure between the verb and "alive" or "from", and need "alive", a
    rescuer as the subject or "survivors" as the object ("police pulled two suspects from the
    car" is no rescue).
    """

    code = "CB54"
    # the engine's gate, ``ExtraRule.words``: "rescuers", "firefighters", "coast guard"
    words = (
        "alive",
        "rescue",
        "fire",
        "survivors",
        "guard",
        "adrift",
        "clinging",
        "from the wa",
        "from the sea",
        "crews",
        "divers",
        "volunteers",
        "crew",
        "neighbo",
        "villagers",
        "fishermen",
        " free",
        # the teller's own rescue ("I dragged two children out of the water")
        *("pulled", "plucked", "hauled", "dragged", "carried"),
    )
    examples = (
        (
            "Crews dug out two more climbers alive after the Brell avalanche.",
            {"category": "rescued", "min": 2, "max": 2},
        ),
        # "found" with "alive" after its object (eighteenth session)
        (
            "Search teams said they had found nine more hikers alive near the summit.",
            {"category": "rescued", "min": 9, "max": 9},
        ),
        (
            "Rescue crews using ladders pulled 12 people from the burning Orme hotel.",
            {"category": "rescued", "min": 12, "max": 12},
        ),
        # survivors taken out by anyone (twenty-third session)
        (
            "Fishing boats pulled 23 survivors out of the sea after the Kessa ferry sank.",
            {"category": "rescued", "min": 23, "max": 23, "group": "survivors"},
        ),
        # picked out of the water by a boat (twenty-eighth session)
        (
            "A tanker picked up nine others clinging to the upturned hull.",
            {"category": "rescued", "min": 9, "max": 9},
        ),
        ("Coast guard crews pulled 87 people from the water.", {"category": "rescued", "min": 87}),
        # "out" alone after the object, rescuers the subject (review52g)
        (
            "Rescue teams had brought 19 climbers out by the flooded passage.",
            {"category": "rescued", "min": 19, "group": "climbers"},
        ),
        (
            "Crews carried four hikers out alive.",
            {"category": "rescued", "min": 4, "group": "hikers"},
        ),
        # neighbours and a winch crew, off roofs and ledges (thirty-fifth session)
        (
            "Villagers pulled 17 people off a flooded barn roof at dawn.",
            {"category": "rescued", "min": 17, "group": "people"},
        ),
        # cut free, and pulled out alive from a place (thirty-seventh session)
        ("Firefighters cut 14 people free from the wreckage.", {"category": "rescued", "min": 14}),
        (
            '"We pulled three people out of the rubble alive," he said.',
            {"category": "rescued", "min": 3},
        ),
        (
            "An air force crew winched nine hikers, two of them injured, off a cliff.",
            {"category": "rescued", "min": 9, "group": "hikers"},
        ),
        # the teller's own hands, a danger told (review51b)
        (
            '"I pulled out three babies myself," a diver said after the ferry capsized.',
            {"category": "rescued", "min": 3, "group": "babies"},
        ),
        # survivors brought up or down a place, the verb bare after "to" (review51c)
        (
            "Shepherds used a sled to bring six survivors down the ravine.",
            {"category": "rescued", "min": 6, "group": "survivors"},
        ),
        # a whole told by its pronoun, "the" before it (review52b)
        (
            "Villagers dug the two of them out of the mud.",
            {"category": "rescued", "min": 2, "max": 2, "group": None},
        ),
    )
    counter_examples = (
        "Police pulled two suspects from the car and arrested them.",
        "Rescue teams pulled three bodies from the river.",
        "Divers brought up two cars from the harbour.",
        "Rescue crews pulled 12 hoses from the truck.",
        "Rescue teams brought 30 crates out of the store.",
        "Investigators interviewed 23 survivors from the ferry.",
        "Divers pulled two cars from the water.",
        "Fishermen hauled 12 victims from the water after the ferry sank.",
        "Divers pulled 12 people from the water, all dead.",
        "Neighbours pulled two burglars off the roof and held them for police.",
        "The firm cut 40 jobs and froze hiring.",
        '"I pulled out four chairs myself," the caretaker said after the fire.',
        "Porters used mules to bring 17 crates up the pass.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        rescued = []
        for figure in sent.stated:
            if figure.start in taken or not (figure.figure.min or figure.figure.max):
                continue
            at, whole = _object_start(sent.text, figure.start, figure.end)
            before = sent.text[max(0, at - 120) : at]
            way = next(
                (
                    (verb, after)
                    for verb_re, after_re in _WAYS
                    if (verb := verb_re.search(before))
                    and (after := after_re.match(sent.text, figure.end))
                ),
                None,
            )
            if way is None:
                continue
            verb, after = way
            offset = at - len(before)
            cue = CueHit(offset + verb.start("verb"), offset + verb.end("verb"), RESCUE_CUE)
            # the object's words, up to "alive" or "from": "two more climbers"
            if after.re is _BY_OWN_HAND and _DANGER_TOLD.search(sent.text) is None:
                continue  # "I carried two toddlers myself": no danger, no rescue
            if after.re in (_FROM_DANGER, _BY_OWN_HAND):  # "31 people out of the building"
                group = following_group(after["obj"])
            elif after.re is _ALIVE_AFTER:  # "three people out of the rubble alive"
                words = _LAST_WORD.sub("", sent.text[figure.end : after.end()])
                group = following_group(_WHENCE.split(words)[0])
            else:
                group = following_group(_LAST_WORD.sub("", sent.text[figure.end : after.end()]))
            group = None if whole else group  # "the four of us": no noun of their own
            head = group.split()[-1].lower() if group else None
            if head is not None and head not in OTHERS and not is_human_plural(head):
                continue  # "pulled 12 hoses from the truck"; "seven others" of people told
            if head is not None and is_perpetrator(head) and verb.re in (_CREWS, _OWN_HANDS):
                continue  # "Police crews pulled two suspects from the canal": an arrest
            if head in _THE_DEAD or _DEAD_AFTER.match(sent.text, after.end()):
                continue  # "hauled 12 victims from the water", "pulled 12 people ..., all dead"
            if _HARMED_OBJECT.search(sent.text, figure.end, after.end()):
                continue  # "cut two dead men free": the dead are no rescue
            rescued.append(Binding(figure, cue, group, 0))
        return rescued


def _object_start(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where the verb's object opens: at "the" of a whole told by its pronoun ("the four of
    us"), whether it is one, or at the figure itself."""
    if _OF_US.match(text, end) and (the := _THE_BEFORE.search(text, max(0, start - 5), start)):
        return the.start(), True
    return start, False
