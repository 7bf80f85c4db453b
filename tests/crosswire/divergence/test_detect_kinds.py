"""Exclusives, wire copies, attributions, non-responses, revisions, merging and bounds."""

from __future__ import annotations

from datetime import timedelta

from crosswire.divergence.detect import detect

from .factory import LATER, SETTINGS, T0, analysed, article, claim_dict, kinds, run


def test_a_figure_only_one_source_carries_is_exclusive_after_the_grace_period() -> None:
    ledger = article(
        "Ledger", [claim_dict("killed", 5), claim_dict("missing", 12, group="civilians")]
    )
    courier = article("Courier", [claim_dict("killed", 5)], hours=1)
    early = run(ledger, courier, now=T0 + timedelta(hours=1))
    assert "exclusive" not in kinds(early)
    found = run(ledger, courier)
    assert kinds(found) == ["exclusive"]
    assert found[0].claims[0].outlet == "Ledger" and found[0].category == "missing"


def test_a_wire_copy_does_not_confirm_its_original() -> None:
    original = article("Wire", [claim_dict("missing", 12)], article_id=501)
    copy = article("Post", [claim_dict("missing", 12)], article_id=502, origin_id=501, hours=1)
    other = article("Courier", [claim_dict("killed", 2)], hours=1)
    found = run(original, copy, other)
    exclusive = [d for d in found if d.kind == "exclusive" and d.category == "missing"]
    assert len(exclusive) == 1
    assert {c.outlet for c in exclusive[0].claims} == {"Wire", "Post"}


def test_a_copy_and_its_original_never_diverge() -> None:
    original = article("Wire", [claim_dict("killed", 12, claimant="the police")], article_id=601)
    copy = article("Post", [claim_dict("killed", 15)], article_id=602, origin_id=601)
    assert [d for d in run(original, copy) if d.kind != "exclusive"] == []


def test_the_same_figure_credited_to_different_named_claimants() -> None:
    found = run(
        article("Ledger", [claim_dict("killed", 30, claimant="the Orsk Red Cross")]),
        article("Courier", [claim_dict("killed", 30, claimant="Governor Ilya Marten")]),
    )
    assert kinds(found) == ["attribution"]
    assert "Orsk Red Cross" in found[0].summary and "Governor Ilya Marten" in found[0].summary


def test_vague_credits_are_not_attribution_divergences() -> None:
    found = run(
        article("Ledger", [claim_dict("killed", 30, claimant="two senior security officials")]),
        article("Courier", [claim_dict("killed", 30, claimant="regional officials")]),
    )
    assert found == []


def test_a_figure_passed_on_through_another_outlet() -> None:
    found = run(
        article("Ledger", [claim_dict("killed", 30, via="the Orsk Telegraph")]),
        article("Courier", [claim_dict("killed", 30)]),
    )
    assert kinds(found) == ["attribution"]


def test_silence_in_one_outlet_and_a_quote_in_another() -> None:
    ledger = analysed(
        "Ledger",
        "The dam broke at dawn. The Ministry of Water did not respond to requests for comment.",
    )
    courier = analysed(
        "Courier",
        "The dam broke at dawn. The Ministry of Water said engineers had warned of cracks.",
        hours=1,
    )
    found = run(ledger, courier)
    assert kinds(found) == ["non_response"]
    assert found[0].party and "Ministry of Water" in found[0].party


def test_two_cues_of_one_party_in_one_sentence_are_one_piece_of_evidence() -> None:
    ledger = analysed(
        "Ledger",
        "The dam broke at dawn. The Ministry of Water did not respond to requests for comment.",
    )
    courier = analysed(
        "Courier",
        'The Ministry of Water said engineers had "seen nothing unusual" and added that the '
        "dam was inspected in May.",
        hours=1,
    )
    assert [a.cue for a in courier.attributions] == ["said"]
    found = run(ledger, courier)
    assert kinds(found) == ["non_response"]
    assert [a.source.outlet for a in found[0].attributions] == ["Ledger", "Courier"]


def test_an_outlet_that_also_quotes_the_party_contradicts_no_one() -> None:
    ledger = analysed(
        "Ledger",
        "The Ministry of Water declined to comment on the cracks. "
        "The Ministry of Water said the dam had been inspected in May.",
    )
    courier = analysed("Courier", "The Ministry of Water said engineers were on site.", hours=1)
    assert run(ledger, courier) == []


def test_an_outlet_quoting_the_party_in_her_role_contradicts_no_one() -> None:
    ledger = analysed(
        "Ledger",
        "Colonel Ana Vell, a spokeswoman for the Velk Water Ministry, said the dam held. "
        "She declined to comment on the cracks.",
    )
    courier = analysed("Courier", "Colonel Ana Vell said engineers were on site.", hours=1)
    assert [a.kind for a in ledger.attributions] == ["statement", "non_response"]
    assert run(ledger, courier) == []


def test_a_changed_figure_without_a_note_is_a_stealth_revision() -> None:
    v1 = analysed("Ledger", "At least 42 people were killed, the governor said.", article_id=77)
    v2 = analysed(
        "Ledger", "At least 38 people were killed, the governor said.", article_id=77, version=2
    )
    found = run(v2, history={77: [v1, v2]})
    revision = [d for d in found if d.kind == "revision"]
    assert len(revision) == 1 and revision[0].stealth is True
    assert revision[0].extra["figure_changed"] is True
    assert revision[0].before[0].stated == 42 and revision[0].after[0].stated == 38


def test_a_revision_names_added_and_removed_sources_as_written() -> None:
    v1 = analysed(
        "Ledger",
        "At least 42 people were killed, the governor said. "
        "The Ministry of Water did not respond to requests for comment.",
        article_id=79,
    )
    v2 = analysed(
        "Ledger",
        "At least 38 people were killed, the governor said. "
        "Deputy Minister Hana Brill said the dam had been inspected in May.",
        article_id=79,
        version=2,
    )
    [revision] = [d for d in run(v2, history={79: [v1, v2]}) if d.kind == "revision"]
    assert "statement added: Deputy Minister Hana Brill" in revision.summary
    assert "non-response removed: The Ministry of Water" in revision.summary


def test_a_noted_correction_is_not_stealth_and_cosmetic_edits_are_no_revision() -> None:
    v1 = analysed("Ledger", "At least 42 people were killed, the governor said.", article_id=78)
    v2 = analysed(
        "Ledger",
        "At least 38 people were killed, the governor said.\n\n"
        "Correction: an earlier version of this article gave the toll as 42.",
        article_id=78,
        version=2,
    )
    v3 = analysed(
        "Ledger",
        "ORSK —  At least 38 people were killed,  the governor said.\n\n"
        "Correction: an earlier version of this article gave the toll as 42.",
        article_id=78,
        version=3,
    )
    found = [d for d in run(v3, history={78: [v1, v2, v3]}) if d.kind == "revision"]
    assert len(found) == 1 and found[0].stealth is False


def test_merging_pools_the_evidence_of_copies() -> None:
    a = article("Ledger", [claim_dict("missing", 120, None, "more_than")], article_id=11)
    b = article(
        "Post", [claim_dict("missing", 120, None, "more_than")], article_id=12, origin_id=11
    )
    c = article("Courier", [claim_dict("missing", 80, 80, "approximately")], article_id=13)
    conflicts = [d for d in run(a, b, c) if d.kind == "conflict"]
    assert len(conflicts) == 1
    assert {cl.outlet for cl in conflicts[0].claims} == {"Ledger", "Post", "Courier"}


def test_claims_with_no_group_and_articles_with_thousands_of_figures_are_bounded() -> None:
    flood = article("Ledger", [claim_dict("killed", n) for n in range(1, 5000)])
    other = article("Courier", [claim_dict("killed", 3)])
    found = run(flood, other)
    assert len(flood.claims) <= 200
    assert all(d.kind in ("conflict", "discrepancy", "exclusive") for d in found)


def test_a_story_with_a_hundred_thousand_claims_is_cut_to_a_bounded_comparison() -> None:
    from crosswire.db.divergence_store import VersionRow
    from crosswire.divergence.service import MAX_ARTICLES_PER_STORY, story_findings

    rows = [
        VersionRow(
            article_id=n,
            outlet=f"Outlet {n % 7}",
            url=f"https://x.example/{n}",
            title="",
            published=T0 + timedelta(minutes=n),
            first_seen=T0,
            duplicate_of=None,
            version=1,
            current_version=1,
            seen_at=T0,
            text="",
            claims=[claim_dict("killed", 10 + n % 5) for _ in range(100)],
            attributions=[],
        )
        for n in range(1000)
    ]
    latest, history = story_findings(rows, SETTINGS)
    assert len(latest) == MAX_ARTICLES_PER_STORY
    assert min(f.source.article_id for f in latest) == 1000 - MAX_ARTICLES_PER_STORY
    assert history == {}


def test_a_pair_cache_gives_the_same_result_and_compares_only_new_pairs() -> None:
    from crosswire.divergence import figures
    from crosswire.divergence.figures import PairCache, Thresholds

    articles = [
        article(
            f"Outlet {n}",
            [claim_dict("missing", 80 + 25 * (n % 3), claimant=f"Agency {n}")],
            hours=n,
        )
        for n in range(6)
    ]
    cache = PairCache(Thresholds(SETTINGS.min_diff, timedelta(hours=SETTINGS.event_window_hours)))
    cold = detect("story", articles[:5], {}, SETTINGS, now=LATER)
    assert detect("story", articles[:5], {}, SETTINGS, now=LATER, cache=cache) == cold
    calls = 0
    original = figures._pair

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)

    figures._pair = counting  # type: ignore[assignment]
    try:
        warm = detect("story", articles, {}, SETTINGS, now=LATER, cache=cache)
    finally:
        figures._pair = original  # type: ignore[assignment]
    assert calls == 5  # the new article against each of the five others
    assert warm == detect("story", articles, {}, SETTINGS, now=LATER)
