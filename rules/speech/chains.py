"""Statements of one sentence folded into chains: "X said, according to Y" is X via Y, "Y
reported, citing X" is X via Y, and a participle or a second verb that goes on from one
statement of the same speaker ("put the toll at 31, saying ...", "said ... and called for")
is that statement. A statement inside what a non-response left unsaid ("did not say whether
its engineers had warned") is none. Pure functions over the candidates of ``rules.attribution``.
"""

from __future__ import annotations

import re

from rules.cues import APPEAL_VERBS
from rules.speech.own_reports import without_own_reports, written
from rules.speech.refusal_reports import without_refusal_reports
from rules.speech.registry import (
    ACCORDING_TO,
    ASIDE,
    CALLED,
    CARRIED_ON,
    CITING,
    PARTICIPLE,
    TOLL_STATEMENTS,
)
from rules.speech.statements import Candidate


def merge_chains(found: list[Candidate]) -> list[Candidate]:
    """Fold "X said, according to Y" into X via Y, and "Y reported, citing X" into X via Y."""
    if len(found) < 2:
        return [c for c in found if c.rule != CITING]
    found = without_own_reports(without_refusal_reports(_without_unsaid(found)))
    found.sort(key=lambda c: c.cue[0])
    merged: list[Candidate] = []
    pending_citing: Candidate | None = None
    for candidate in found:
        previous = merged[-1] if merged else None
        if previous is not None:
            candidate = _whole_subject(previous, candidate, merged)
        if previous is not None and previous.kind == "statement":
            according = candidate.rule == ACCORDING_TO and previous.rule != ACCORDING_TO
            if according and not _contrasted(previous, candidate):
                merged[-1] = previous._replace(via=_outlet(candidate))
                continue
            if candidate.rule == CITING:
                merged[-1] = previous._replace(
                    rule=CITING, source=candidate.source, via=_named(previous), referent=None
                )
                continue
            if _denial_goes_on(previous, candidate):
                merged[-1] = candidate  # "denied it, saying four were hurt": the "saying"
                continue
            if _goes_on(previous, candidate):
                continue  # "put the toll at 31, saying ...": one statement of X (AT07 folded in)
            if _second_verb(previous, candidate):
                continue  # "said nine had died and accused managers of ...": one statement
            if _second_verb(candidate, previous, _SAYING):
                merged[-1] = candidate  # "accused managers of lying and said": the "said"
                continue
            if previous.rule == ACCORDING_TO and _relative_of(previous, candidate):
                continue  # "according to X, which said ...": one statement of X
            if _demand_after(previous, candidate):
                if _demands(previous) and not _demands(candidate):
                    merged[-1] = candidate  # "called for an inquiry and said": the "said"
                continue
            if candidate.rule == ASIDE or (
                previous.rule == ASIDE and candidate.source == previous.source
            ):
                if previous.rule == ASIDE:
                    merged[-1] = candidate
                continue
        if candidate.rule == CITING:
            pending_citing = candidate
            continue
        if pending_citing is not None and candidate.kind == "statement":
            candidate = candidate._replace(
                rule=CITING, source=pending_citing.source, via=_named(candidate), referent=None
            )
            pending_citing = None
        merged.append(candidate)
    return merged


def _named(outlet: Candidate) -> tuple[int, int]:
    """The outlet's span less an appositive after its name: "The Varna Herald, a weekly
    printed in the capital" relays as "The Varna Herald"."""
    start, end = outlet.source
    text = outlet.sentence.text[start - outlet.sentence.start : end - outlet.sentence.start]
    cut = text.find(", ")
    if cut > 0 and text[cut + 2 :].split(" ", 1)[0].lower() in ("a", "an", "the"):
        return (start, start + cut)
    return outlet.source


#: The last comma segment before "according to" opens a relative clause or a clause of
#: contrast: "blamed the attacks on the Front, whose insurgency has killed 4,000, according
#: to the UN" (the UN's figure, not the blame's via); "X blamed a video while, according to
#: emails, ..." (a contrast right before it). "The ministry said the blast, which hit a
#: market, killed 12, according to state media" stays one statement via state media.
_OPENS_APART = re.compile(
    r"\s*(whose|which|who|while|whereas|although|though|but)\b", re.IGNORECASE
)
_ENDS_APART = re.compile(r"\b(?:while|whereas|although|though|but)$", re.I)


def _contrasted(previous: Candidate, candidate: Candidate) -> bool:
    """Does the "according to" after a statement close a clause of its own (a relative
    clause or a contrast in the last comma segment before it)? Then it is a statement of
    its own, not the via of the first."""
    sentence = previous.sentence
    lo = max(previous.cue[1], previous.source[1]) - sentence.start
    between = sentence.text[lo : candidate.cue[0] - sentence.start].rstrip(" ,\u2014\u2013-")
    last = between.rsplit(", ", 1)[-1] if ", " in between else ""  # not "4,000"
    opens = _OPENS_APART.match(last)
    if opens and opens.group(1).lower() in _RELATIVE_PRONOUNS and not _TOLD.search(last):
        return False  # "..., which hit a market, according to": the relative tells no figure
    return bool(opens or _ENDS_APART.search(between))


_RELATIVE_PRONOUNS = frozenset(("whose", "which", "who"))
#: What a relative clause before "according to" tells when that source's own: a figure or
#: a harm ("whose insurgency has killed 4,000").
_TOLD = re.compile(r"\d|\b(?:killed|dead|died|wounded|injured|displaced|missing)\b", re.I)


def _goes_on(previous: Candidate, candidate: Candidate) -> bool:
    """Is ``candidate`` a participle ("saying") or a "said" that goes on from a toll the same
    speaker put or revised just before in the same sentence ("put the toll at 31, saying
    ...", "revised it down to nine, saying", "put the number of wounded at 68 and said 19
    remained in hospital"), also when the first names the speaker with a relative clause
    ("The council, which runs the area, put the toll at 26 and said")? One statement, as a
    reader takes it (PolNeAR train unchanged either way). After "said" the participle stays a
    statement of its own ("said ..., adding that"), as PolNeAR's annotators count it."""
    return (
        candidate.rule in CARRIED_ON
        and (previous.rule in TOLL_STATEMENTS or _responsibility(previous, candidate))
        and _same_speaker(previous, candidate)
    )


def _denial_goes_on(previous: Candidate, candidate: Candidate) -> bool:
    """Is ``candidate`` a participle that goes on from a denial, a dispute or a charge of the
    same speaker ("denied firing on the boat, saying ...", "disputed the figures, saying",
    "blamed the rebels for it, saying")? One statement, the participle's, which tells what
    was said (its figures are that speaker's: "the army denied it, saying four were hurt";
    PolNeAR train rv source 0.0002 lower, blind statement precision up)."""
    return (
        candidate.rule == PARTICIPLE
        and _cue_word(previous) in _DENIALS | _CHARGES
        and _same_speaker(previous, candidate)
    )


def _demand_after(previous: Candidate, candidate: Candidate) -> bool:
    """Is ``candidate`` a demand ("called for", AT12) coordinated with the statement of the
    same subject before it ("said ... and called for more officers"), or a statement after
    such a demand ("called for an inquiry and said")? One statement. An appeal is a demand
    too ("urged residents to stay indoors and said", "said ... and urged")."""
    return (
        (_demands(previous) or _demands(candidate))
        and candidate.rule not in (ACCORDING_TO, CITING)
        and _same_speaker(previous, candidate)
    )


def _whole_subject(previous: Candidate, candidate: Candidate, merged: list[Candidate]) -> Candidate:
    """A second verb of one subject takes the subject its first verb found: "The regional
    human rights office in Tarsk called for an inquiry and said" (the second verb's own search
    stopped at "The regional human rights"; the two sources start at one token), or one that
    went past it to a name before ("..., Tomas Vell, Governor Ada Lind described ... and
    said")."""
    mine, theirs = candidate.source, previous.source
    start = candidate.sentence.start
    if start != previous.sentence.start or candidate.referent is not None:
        return candidate
    if (
        mine[1] <= theirs[0] < previous.cue[0] < candidate.cue[0]
        and candidate.sentence.text[mine[1] - start : theirs[0] - start].strip() == ","
        and _coordinated(candidate)
        and not _aside(previous)
        and not any(c.source == mine for c in merged if c.sentence.start == start)
    ):
        # "In a statement issued by his aide, Tomas Vell, Governor Ada Lind described the
        # attack as cowardly and said": "and said" has the governor's subject too
        return candidate._replace(source=theirs, referent=previous.referent)
    if not (mine[0] == theirs[0] and mine[1] < theirs[1] <= candidate.cue[0]):
        return candidate
    rest = candidate.sentence.text[mine[1] - start : theirs[1] - start]
    # not an aside the first source holds ("The council, which runs the area, put ...")
    return candidate if "," in rest else candidate._replace(source=theirs)


def _aside(statement: Candidate) -> bool:
    """Does the statement stand between commas ("..., he said, and believe")?"""
    text, at = statement.sentence.text, statement.sentence.start
    before = text[: statement.source[0] - at].rstrip()
    return before.endswith(",") and text[statement.cue[1] - at :].lstrip().startswith(",")


def _coordinated(statement: Candidate) -> bool:
    """Is the statement's verb joined to one before it by "and" or "but"?"""
    at = statement.cue[0] - statement.sentence.start
    return statement.sentence.text[:at].rstrip().endswith((" and", " but"))


def _demands(statement: Candidate) -> bool:
    """A demand ("called for", AT12) or an appeal ("urged")."""
    return statement.rule == CALLED or _urges(statement)


def _urges(statement: Candidate) -> bool:
    """Is the statement's cue an appeal (``cues.APPEAL_VERBS``: "urged", "urges"), or an
    "asked" joined to a verb before it ("said ... and asked residents to give blood": an
    appeal or a question of the same speaker, 52nd session)?"""
    word = _cue_word(statement)
    return word in APPEAL_VERBS or (word in _ASKING and _coordinated(statement))


_ASKING = frozenset(("asked", "asks"))


def _cue_word(statement: Candidate) -> str:
    """The statement's cue as written, in lower case ("urged", "accused")."""
    return written(statement, statement.cue)


def _same_speaker(previous: Candidate, candidate: Candidate) -> bool:
    """Do the two statements have one speaker (the referent a relative clause names, or the
    source) in one sentence?"""
    if candidate.sentence.start != previous.sentence.start:
        return False
    # one subject as written, of which one verb's search named a part ("X, a group that ...")
    if candidate.source == previous.source:
        return True
    return (candidate.referent or candidate.source) == (previous.referent or previous.source)


def _responsibility(previous: Candidate, candidate: Candidate) -> bool:
    """Is ``candidate`` a participle after "claimed responsibility" ("claimed responsibility in
    a statement, saying it had targeted ...")? One statement, as a reader takes it."""
    if candidate.rule != PARTICIPLE:
        return False
    sentence = previous.sentence
    cue = sentence.text[previous.cue[0] - sentence.start : previous.cue[1] - sentence.start]
    after = sentence.text[previous.cue[1] - sentence.start :][:16].lower()
    return cue.lower().startswith("claim") and after.startswith(" responsibility")


#: "a copy obtained by the Ledger": the outlet that saw a document; "a translation by the
#: Monitor": the service that translated and relayed a broadcast.
_SEEN_BY = re.compile(
    r"\b(?:reviewed|obtained|seen|viewed|translation|translated|monitored|transcribed)\s+by\s+"
    r"(?=the\b|an?\b|[A-Z])"
)


def _outlet(candidate: Candidate) -> tuple[int, int]:
    """The via of "X found ..., according to Y": Y, or the outlet that saw the document Y
    ("according to a draft seen by the Ledger": the Ledger)."""
    sentence = candidate.sentence
    start, end = candidate.source
    seen = _SEEN_BY.search(sentence.text, start - sentence.start, end - sentence.start)
    return (sentence.start + seen.end(), end) if seen else candidate.source


def _second_verb(
    previous: Candidate, candidate: Candidate, first: frozenset[str] | None = None
) -> bool:
    """Is ``candidate`` a charge or a warning joined by "and" to the statement of the same
    speaker before it ("said nine had died and accused managers of lying", "said the bridge
    would reopen and warned that")? With ``first``, the roles turn: is ``previous`` (the
    later) a verb of ``first`` ("said") joined to the charge ``candidate`` ("accused ... and
    said")? One statement, as the writers keep it (PolNeAR counts each verb)."""
    later = previous if first else candidate
    if later.kind != "statement" or not _coordinated(later):
        return False
    if first is not None and _cue_word(previous) not in first:
        return False
    acts = _CHARGES | _WARNINGS | (_FIRST_ACTS if first else frozenset())
    # "said the list left out three hamlets, and put the toll at 37": the toll a speaker puts
    # after saying something is the same statement (52nd session)
    toll = first is None and candidate.rule in TOLL_STATEMENTS and _cue_word(previous) in _SAYING
    joined = toll or _cue_word(candidate) in acts
    return joined and _same_speaker(previous, candidate)


#: Verbs of a charge laid or a warning given after a statement ("and accused managers of
#: lying", "and warned that the river would rise"), and the plain verbs of saying a charge
#: may come before ("accused the company of lying and said").
_CHARGES = frozenset("accused accuses blamed blames".split())
_WARNINGS = frozenset("warned warns".split())
_SAYING = frozenset("said says".split())
#: Verbs of an act of telling a "said" may be joined to after it ("denied the report and
#: said", "confirmed the deaths and said"): one statement, the "said" (52nd session).
_FIRST_ACTS = frozenset(
    "denied denies rejected rejects disputed disputes identified identifies".split()
)
#: Verbs of a denial a participle goes on from ("denied the report, saying ..."): one statement.
_DENIALS = frozenset("denied denies rejected rejects disputed disputes".split())


def _relative_of(according: Candidate, candidate: Candidate) -> bool:
    """Is ``candidate`` a statement in a relative clause on the source of "according to" right
    before it ("According to the Red Lantern Society, which said the camp was full, ...")?"""
    referent = candidate.referent
    return referent is not None and referent[1] == according.source[1] < candidate.source[0]


#: Words that open what a non-response left unsaid ("did not say whether ..."), and words
#: that open a clause of its own after it.
_UNSAID = frozenset("whether if how".split())
_CONTRASTS = frozenset("but while although though whereas yet".split())


def _without_unsaid(found: list[Candidate]) -> list[Candidate]:
    """``found`` less the statements inside what a non-response did not say: "The company did
    not say whether its engineers had warned the diggers" reports no warning."""
    silences = [c for c in found if c.kind == "non_response"]
    if not silences:
        return found
    return [c for c in found if not any(_unsaid(s, c) for s in silences)]


def _unsaid(silence: Candidate, candidate: Candidate) -> bool:
    if candidate.kind != "statement" or candidate.sentence.start != silence.sentence.start:
        return False
    at = silence.sentence.start
    if not silence.cue[1] <= candidate.source[0] < candidate.cue[0]:
        return False
    between = silence.sentence.text[silence.cue[1] - at : candidate.source[0] - at]
    words = between.lower().split()
    if "," in between or ";" in between or _CONTRASTS.intersection(words) or "and" in words:
        return False  # "would not say if ... but one neighbour says": a clause of its own
    # what was not said opens right after the cue, or after "on" or a day ("did not say
    # whether", "did not comment on whether", "had not said by Friday whether")
    opening = words[:1] if words[:1] != ["by"] and words[:1] != ["on"] else words[1:4]
    return bool(_UNSAID.intersection(opening))
