"""AT08: X put the toll at N."""

from __future__ import annotations

from rules.claims.lexicon import DISPUTING
from rules.clause_subjects import clause_subject
from rules.numbers import FIGURE_RE
from rules.speech.cited import person_or_speaker, speaker_like
from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt
from rules.speech.subjects import span, verb_source


class PutTheTollAt(CueRule):
    """AT08 · "Officials put the death toll at 97": whoever puts a figure at N states it.

    The subject is found as for a reporting verb ("had put", "which put", "X, a
    spokesman, put"); the phrase itself is the cue.
    """

    code = "AT08"
    examples = (
        (
            "Officials put the death toll at 97 on Tuesday evening.",
            {"source": "Officials", "cue": "put the death toll at"},
        ),
        (
            "The relief agency puts the number of displaced people at 40,000.",
            {"source": "The relief agency"},
        ),
        (
            "The toll rose to 41 on Sunday; officials later put it at 38.",
            {"source": "officials", "cue": "put it at"},
        ),
        (
            "Local radio put the district's toll at six.",
            {"source": "Local radio", "cue": "put the district's toll at"},
        ),
        (
            "The ministry issued a statement on Sunday, putting the toll at 19.",
            {"source": "The ministry", "cue": "putting the toll at"},
        ),
        (
            "Hospital staff placed the number of wounded at 85.",
            {"source": "Hospital staff", "cue": "placed the number of wounded at"},
        ),
    )
    counter_examples = (
        "The council put the plan on hold at its last meeting.",
        "Police put up roadblocks at every exit.",
        "Crews placed the last beam at noon.",
        "The governor put it at the top of the agenda.",
        "She put the number in her phone at once.",
        "She put the dog's number at the top of the list.",
        "The union said its own count put the toll at 17.",
    )

    def accepts(self, word: str) -> bool:
        return word in ("put", "puts", "putting", "placed", "places", "placing")

    def find(self, at: CueAt) -> Candidate | None:
        if at.tokens[at.c + 1].low == "it" and not figure_after(at):
            return None  # "put it at the top of the agenda" sets no figure
        words = {t.low for t in at.tokens[at.c + 2 : at.last]}
        owned = any(w.endswith(("'s", "\u2019s")) for w in words)
        if (words & _PLACING or owned) and not figure_after(at):
            # "put the number in her phone at once", "put the dog's number at the top": a
            # thing placed, no figure
            return None
        if at.word in _CLAUSE_OPENERS and at.c > 0 and at.tokens[at.c - 1].text == ",":
            return self._after_clause(at)
        sourced = verb_source(at.tokens, at.c, at.last)
        if sourced is None:
            return None
        source, referent = sourced
        if _own_count(at, source):
            return None  # "The union said its own count put the toll at 17": the union's
        return Candidate(self.code, "statement", at.cue, source, at.sentence, referent=referent)

    def _after_clause(self, at: CueAt) -> Candidate | None:
        """ "The trust issued a statement, putting the toll at 19": the main clause's subject
        puts it, when it is a body or a person that speaks and the clause's verb is one of
        telling or publishing (not "The storm hit the coast, putting the toll at 19", nor
        "The army shelled the town, putting ...": an act, no figure told)."""
        rival = _rival(at)
        if rival is not None:  # "gave a toll of 40, but doctors disputed it, putting it at 75"
            return Candidate(self.code, "statement", at.cue, span(at.tokens, *rival), at.sentence)
        if at.found and at.found[-1].kind == "statement":
            previous = at.found[-1]
            return Candidate(
                self.code,
                "statement",
                at.cue,
                previous.source,
                at.sentence,
                via=previous.via,
                referent=previous.referent,
            )
        subject = clause_subject(at.tokens, at.c - 1)
        if subject is None or not speaker_like(at.tokens[subject[1]]):
            return None
        clause = [t.low for t in at.tokens[subject[1] + 1 : at.c - 1] if t.is_word]
        verb = next((w for w in clause if w not in _AUXILIARIES), "")
        if verb not in _TELLING or not set(clause) & _FIGURE_WORDS:
            return None  # "The army shelled the town as the ministry issued new figures"
        return Candidate(self.code, "statement", at.cue, span(at.tokens, *subject), at.sentence)


def _rival(at: CueAt) -> tuple[int, int] | None:
    """The subject of a "but" clause right before the comma whose verb disputes a figure ("but
    doctors disputed it, putting it at 75"): the rival puts the new one, not the first teller."""
    tokens = at.tokens
    verb = next(
        (k for k in range(at.c - 2, max(0, at.c - 5), -1) if tokens[k].low in DISPUTING), None
    )
    if verb is None:
        return None
    opener = next(
        (k for k in range(verb - 1, max(-1, verb - 8), -1) if tokens[k].low in _RIVAL_OPENERS), None
    )
    if opener is None:
        return None
    words = tokens[opener + 1 : verb]
    if not words or not all(t.is_word for t in words):
        return None
    # the head before a place ("medics at the clinic"), or the last word
    head = next((k for k, t in enumerate(words) if t.low in _PLACE_WORDS), len(words)) - 1
    return (opener + 1, verb - 1) if head >= 0 and person_or_speaker(words[head]) else None


#: What opens a rival's clause after a figure given: "..., but doctors disputed it".
_RIVAL_OPENERS = frozenset(("but", ";"))
_PLACE_WORDS = frozenset("at in from of".split())


#: The participles that open a clause after a comma, whose subject is the main clause's.
_CLAUSE_OPENERS = frozenset(("putting", "placing"))
#: The first verb of a main clause that tells or publishes figures ("issued a statement",
#: "updated its figures", "counted 12 more bodies"): general English of casualty reporting.
_TELLING = frozenset(
    """issued issues released releases updated updates revised revises gave gives announced
    announces published publishes reported reports provided provides posted posts
    confirmed confirms counted counts tallied""".split()
)
_AUXILIARIES = frozenset("has have had also later then".split())
#: What such a clause tells: a text or a count ("a statement", "new figures", "12 more bodies").
_FIGURE_WORDS = frozenset(
    """statement statements figures figure toll count tally update data numbers bodies
    bulletin report""".split()
)

#: The words of a phrase between the noun and "at" ("the toll in her province at", "for the
#: two days at", "among civilians at") that may also tell where a thing was put.
_PLACING = frozenset(("in", "for", "among"))


def figure_after(at: CueAt) -> bool:
    """Does a figure follow the cue ("put it at 38", "put it at more than 40")?"""
    after = at.tokens[at.last].end - at.sentence.start
    rest = at.sentence.text[after:].lstrip()
    return FIGURE_RE.match(rest) is not None


#: The speaker's own count told in its statement: "said its own count put the toll at 17".
_OWNERS = frozenset("its their his her our".split())
_COUNTS = frozenset("count counts tally tallies figures records estimate data list".split())


def _own_count(at: CueAt, source: tuple[int, int]) -> bool:
    """Is ``source`` a count owned by the speaker of the statement before it in the sentence
    ("The union said its own count put the toll at 17": one statement, the union's; 51st
    session)?"""
    if not at.found or at.found[-1].kind != "statement":
        return False
    base = at.sentence.start
    words = at.sentence.text[source[0] - base : source[1] - base].lower().split()
    return len(words) in (2, 3) and words[0] in _OWNERS and words[-1] in _COUNTS
