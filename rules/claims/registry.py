"""The claim rules, in the order the engine runs them (see ``rules.claims.sentence``).

Adding a pattern: one small file ``cbNN.py`` with the rule's class, docstring and examples
(or a row in a lexicon table), and its place in one of the tuples below.
"""

from __future__ import annotations

from rules.claims.cb01 import FigureThenCue
from rules.claims.cb02 import CueThenFigure
from rules.claims.cb03 import FatalPart
from rules.claims.cb04 import Coordinated
from rules.claims.cb05 import AlongWith
from rules.claims.cb06 import MultipleKilling
from rules.claims.cb07 import OneMore
from rules.claims.cb08 import ListedPeople
from rules.claims.cb09 import Suicide
from rules.claims.cb10 import NamedVictims
from rules.claims.cb11 import UnspecifiedPlural
from rules.claims.cb12 import NamedVictim
from rules.claims.cb13 import TakenPrisoner
from rules.claims.cb14 import VictimNamedAfter
from rules.claims.cb15 import JoinedNamedVictims
from rules.claims.cb16 import GappedCount
from rules.claims.cb17 import OpeningParticiple
from rules.claims.cb18 import PartOfTheHeld
from rules.claims.cb19 import BothDied
from rules.claims.cb20 import PerpetratorKilled
from rules.claims.cb21 import OrdinalDeath
from rules.claims.cb22 import PartOfTheShotDied
from rules.claims.cb23 import DefiniteDeath
from rules.claims.cb24 import PairOfParents
from rules.claims.cb25 import VictimOf
from rules.claims.cb26 import NextPart
from rules.claims.cb27 import StrongForce
from rules.claims.cb28 import RivalFigure
from rules.claims.cb29 import BarePersonBeforeCount
from rules.claims.cb30 import IdentifiedList
from rules.claims.cb31 import ApposedList
from rules.claims.cb32 import ColonList
from rules.claims.cb33 import IncludedPart
from rules.claims.cb35 import ApposedWhole
from rules.claims.cb36 import JoinedSubjects
from rules.claims.cb37 import ApposedMembers
from rules.claims.cb38 import DiedSince
from rules.claims.cb39 import RepeatedClause
from rules.claims.cb40 import RelativeJoined
from rules.claims.cb41 import CountJoinedToVictims
from rules.claims.cb42 import BothOfAPair
from rules.claims.cb43 import PartOfTheWounded
from rules.claims.cb44 import ForcedToFlee
from rules.claims.cb45 import BadlyHurtPart
from rules.claims.cb46 import ModifiedPerpetratorKilled
from rules.claims.cb47 import PartOfTheVictimsHurt
from rules.claims.cb48 import AgeAsPerson
from rules.claims.cb49 import HeadlineDescribedPerson
from rules.claims.cb50 import BracketedList
from rules.claims.cb51 import InvertedVictims
from rules.claims.cb52 import PossessedVictim
from rules.claims.cb53 import ShotThemselves
from rules.claims.cb54 import BroughtOutAlive
from rules.claims.cb55 import OneToldDied
from rules.claims.cb56 import OneHurtThenDied
from rules.claims.cb57 import ParticipleKilledThe
from rules.claims.cb58 import AnotherPerson
from rules.claims.cb59 import KillingPartOfThem
from rules.claims.cb60 import SpanishFigureThenCue
from rules.claims.cb61 import SpanishCueThenFigure
from rules.claims.cb62 import SpanishCoordinated
from rules.claims.cb63 import OrdinalBody
from rules.claims.cb64 import NamedDead
from rules.claims.cb65 import TheOneWhoWasHurt
from rules.claims.cb66 import VictimsByParts
from rules.claims.cb67 import PossessedAndCount
from rules.claims.cb68 import AgesOfAPlural
from rules.claims.cb69 import LeftNamedDead
from rules.claims.cb70 import SerialNames
from rules.claims.cb71 import PossessedPerson
from rules.claims.cb72 import GappedPerson
from rules.claims.cb73 import ListedCounts
from rules.claims.cb74 import PostmodifiedPerson
from rules.claims.cb75 import ListedPersons
from rules.claims.cb76 import RivalFigureAfter
from rules.claims.cb77 import DashedList
from rules.claims.cb78 import ListedVictims
from rules.claims.cb79 import ListedSubjects
from rules.claims.cb80 import BodyOf
from rules.claims.cb81 import PartOfThem
from rules.claims.cb82 import NextByOrdinal
from rules.claims.cb83 import TollByPronoun
from rules.claims.cb84 import MixedListOfTheHit
from rules.claims.cb85 import NamesAfterPluralTitle
from rules.claims.cb86 import KilledThem
from rules.claims.cb87 import LostOfTheirOwn
from rules.claims.cb88 import OneAfterAgedCount
from rules.claims.cb89 import DefiniteCouple
from rules.claims.cb90 import PickedOutDied
from rules.claims.cb91 import PossessedChain
from rules.claims.cb92 import CountBeyondItsPart
from rules.claims.cb93 import FoundOneHurt
from rules.claims.cb94 import RelativeThenPredicate
from rules.claims.cb95 import CountOfTheHit
from rules.claims.cb96 import PeopleAndHouseholds
from rules.claims.cb97 import ArrivedWithWounds
from rules.claims.cb98 import WholeOfThePart
from rules.claims.cb99 import BrokenDownToll
from rules.claims.cb100 import SurnameVictim
from rules.claims.cb101 import HurtWholeOfTheDead
from rules.claims.cb102 import BeatenToDeath
from rules.claims.cb103 import BusyWhenHurt
from rules.claims.cb104 import OneOfTheCountHurt
from rules.claims.cb105 import OneOfTheObject
from rules.claims.cb106 import TollSetAgainByIt
from rules.claims.cb107 import TollThenTo
from rules.claims.cb108 import FrontedTollFigure
from rules.claims.cb109 import SlainPerson
from rules.claims.cb110 import TakenThenKilled
from rules.claims.cb120 import BodyFound
from rules.claims.cb121 import HurtAmongTheCounted
from rules.claims.cb122 import HospitalIntake
from rules.claims.cb123 import SecondFate
from rules.claims.cb124 import EarlierValue
from rules.claims.cb125 import OneDeath
from rules.claims.cb126 import DeniedLoss
from rules.claims.cb127 import FateUnknown
from rules.claims.cb128 import RunningTotal
from rules.claims.cb129 import MovedOutOfDanger
from rules.claims.cb130 import TheSameCount
from rules.claims.cb131 import TheOtherHurt
from rules.claims.cb132 import PerpetratorWounded
from rules.claims.cb133 import CountAmongTheHurt
from rules.claims.cb134 import CaptivesIncluded
from rules.claims.cb135 import PartSentFromElsewhere
from rules.claims.cb136 import OfTheDead
from rules.claims.cb137 import LostToAKiller
from rules.claims.cb138 import AllOfThemHurt
from rules.claims.cb139 import CareListed
from rules.claims.cb140 import BuriedTheirDead
from rules.claims.cb141 import SentToHospital
from rules.claims.cb142 import ThenRevised
from rules.claims.cb143 import KitThenPeople
from rules.claims.cb144 import SearchingCrew
from rules.claims.cb145 import TwoPredicates
from rules.claims.cb146 import TroopsKept
from rules.claims.cb147 import IncludedBadlyHurt
from rules.claims.cb151 import PartWithItsOwnFate
from rules.claims.cb152 import HurtSentOn
from rules.claims.cb159 import HurtFlownOff
from rules.claims.cb160 import PartHurtOfItsOwn
from rules.claims.cb161 import EarlierPeriodCount
from rules.claims.cb162 import PartOfThePatients
from rules.claims.cb165 import ForcePutOut
from rules.claims.cb168 import PartOfTollAfter
from rules.claims.kin_lost import KinLost
from rules.claims.kinds import (
    BoundRule,
    ExtraRule,
    FigureRule,
    SpanishBoundRule,
    SpanishRule,
    StoryRule,
)
from rules.claims.toll_set_as_it import TollSetAsIt

FATAL_PART = FatalPart()

MULTIPLE = MultipleKilling()

#: Phase 1, in order: on a tie in distance the first rule's binding wins.
FIGURE_RULES: tuple[FigureRule, ...] = (FigureThenCue(), CueThenFigure())

BOUND_RULES: tuple[BoundRule, ...] = (
    RelativeThenPredicate(),
    EarlierPeriodCount(),
    Coordinated(),
    AlongWith(),
    ApposedWhole(),
    RepeatedClause(),
    GappedCount(),
    ThenRevised(),
    KitThenPeople(),
    SearchingCrew(),
    ForcePutOut(),
    TwoPredicates(),
    OpeningParticiple(),
    PeopleAndHouseholds(),
    BusyWhenHurt(),
    RunningTotal(),
    TheSameCount(),
)

EXTRA_RULES: tuple[ExtraRule, ...] = (
    MULTIPLE,
    HospitalIntake(),
    OneMore(),
    ListedPeople(),
    Suicide(),
    NamedVictims(),
    NamedVictim(),
    JoinedNamedVictims(),
    TakenPrisoner(),
    VictimNamedAfter(),
    NamesAfterPluralTitle(),
    IdentifiedList(),
    PartOfTheHeld(),
    MixedListOfTheHit(),
    CountOfTheHit(),
    KilledThem(),
    LostOfTheirOwn(),
    LostToAKiller(),
    AllOfThemHurt(),
    CareListed(),
    BuriedTheirDead(),
    SentToHospital(),
    TroopsKept(),
    StrongForce(),
    RivalFigure(),
    LeftNamedDead(),
    ApposedList(),
    ApposedMembers(),
    ColonList(),
    CountBeyondItsPart(),
    BarePersonBeforeCount(),
    BracketedList(),
    InvertedVictims(),
    PossessedVictim(),
    OrdinalBody(),
    BodyFound(),
    OneDeath(),
    DeniedLoss(),
    FateUnknown(),
    MovedOutOfDanger(),
    VictimOf(),
    JoinedSubjects(),
    PerpetratorKilled(),
    ModifiedPerpetratorKilled(),
    OrdinalDeath(),
    DiedSince(),
    PartOfTheShotDied(),
    KillingPartOfThem(),
    DefiniteDeath(),
    OneToldDied(),
    OneHurtThenDied(),
    ParticipleKilledThe(),
    AnotherPerson(),
    NamedDead(),
    TheOneWhoWasHurt(),
    VictimsByParts(),
    PairOfParents(),
    RelativeJoined(),
    CountJoinedToVictims(),
    BothOfAPair(),
    BothDied(),
    PartOfTheWounded(),
    PartOfThePatients(),
    IncludedPart(),
    NextPart(),
    PartOfTheVictimsHurt(),
    AgeAsPerson(),
    HeadlineDescribedPerson(),
    ShotThemselves(),
    BroughtOutAlive(),
    ForcedToFlee(),
    BadlyHurtPart(),
    IncludedBadlyHurt(),
    HurtSentOn(),
    HurtFlownOff(),
    PartHurtOfItsOwn(),
    HurtAmongTheCounted(),
    SecondFate(),
    EarlierValue(),
    PartWithItsOwnFate(),
    KinLost(),
    TollSetAsIt(),
    SerialNames(),
    PossessedPerson(),
    GappedPerson(),
    ListedCounts(),
    PostmodifiedPerson(),
    ListedPersons(),
    DashedList(),
    ListedSubjects(),
    BodyOf(),
    PartOfThem(),
    NextByOrdinal(),
    PossessedAndCount(),
    AgesOfAPlural(),
    OneAfterAgedCount(),
    DefiniteCouple(),
    PickedOutDied(),
    PossessedChain(),
    FoundOneHurt(),
    ArrivedWithWounds(),
    WholeOfThePart(),
    HurtWholeOfTheDead(),
    TheOtherHurt(),
    PerpetratorWounded(),
    CountAmongTheHurt(),
    CaptivesIncluded(),
    PartSentFromElsewhere(),
    OfTheDead(),
    BrokenDownToll(),
    SurnameVictim(),
    BeatenToDeath(),
    OneOfTheCountHurt(),
    OneOfTheObject(),
    TollSetAgainByIt(),
    TollThenTo(),
    FrontedTollFigure(),
    SlainPerson(),
    TakenThenKilled(),
)

PLURAL_RULES: tuple[UnspecifiedPlural, ...] = (UnspecifiedPlural(),)

#: Then, per sentence, rules that read what the story's sentences before it tell
#: (``rules.casualties``): "The victims were identified as ..." after a toll.
STORY_RULES: tuple[StoryRule, ...] = (
    ListedVictims(),
    TollByPronoun(),
    RivalFigureAfter(),
    PartOfTollAfter(),
)

#: Sentences taken for Spanish (``rules.claims.spanish``), in order: the first binding wins.
SPANISH_RULES: tuple[SpanishRule, ...] = (SpanishFigureThenCue(), SpanishCueThenFigure())

#: Then, for Spanish figures left unbound: share a bound neighbour's cue.
SPANISH_BOUND_RULES: tuple[SpanishBoundRule, ...] = (SpanishCoordinated(),)

#: Codes of the rules that read a count's group in the words after its figure, the pronoun of
#: "two of them" too (which a claim leaves out and ``crosswire.divergence.load`` reads again).
GROUP_AFTER_RULES: frozenset[str] = frozenset(
    (*(rule.code for rule in FIGURE_RULES), Coordinated.code, GappedCount.code)
)

#: Codes of the rules whose claims may detail a count stated beside them ("killed 23 people,
#: including 7 children"; "shot dead two lawyers, A and B"): a sum of a sentence's claims
#: leaves them out when the sentence states a count of its own. A story rule's part is of a
#: count told before it ("Seven were children" after a toll, CB168).
PART_RULES: frozenset[str] = frozenset(
    (
        *(rule.code for rule in EXTRA_RULES if rule.states_part),
        *(rule.code for rule in STORY_RULES if rule.states_part),
    )
)
