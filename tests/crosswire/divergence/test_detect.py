"""The divergence kinds, each found where it should be and silent where outlets agree."""

from __future__ import annotations

from datetime import timedelta

from crosswire.divergence.detect import detect
from crosswire.divergence.model import ArticleFindings, Divergence
from crosswire.divergence.settings import DivergenceConfig

from .factory import T0, analysed, article, claim_dict

SETTINGS = DivergenceConfig()
LATER = T0 + timedelta(days=3)


def kinds(found: list[Divergence]) -> list[str]:
    return sorted(d.kind for d in found)


def run(*articles: ArticleFindings, history: dict | None = None, now=LATER) -> list[Divergence]:
    return detect("story", list(articles), history or {}, SETTINGS, now=now)


def test_agreeing_accounts_stay_silent() -> None:
    found = run(
        article(
            "Meridian",
            [
                claim_dict("deployed", 10000, 12000, "range", group="Dravian troops"),
                claim_dict("killed_or_wounded", 30, 30, "approximately", claimant="the agency"),
            ],
        ),
        article(
            "Harbour",
            [
                claim_dict("deployed", 11000, 11000, "approximately", group="Dravian soldiers"),
                claim_dict(
                    "killed_or_wounded",
                    30,
                    None,
                    "at_least",
                    claimant="the Varna Civil Protection Agency",
                ),
            ],
            hours=1,
        ),
    )
    assert found == []


def test_incompatible_intervals_conflict_and_say_whose_figure_is_whose() -> None:
    found = run(
        article("Ledger", [claim_dict("missing", 120, None, "more_than", claimant="rescuers")]),
        article("Courier", [claim_dict("missing", 80, 80, "approximately", claimant="the police")]),
    )
    assert kinds(found) == ["conflict"]
    conflict = found[0]
    assert {c.outlet for c in conflict.claims} == {"Ledger", "Courier"}
    assert "(Ledger, per rescuers)" in conflict.headline
    assert "(Courier, per the police)" in conflict.headline
    assert "Ledger (rescuers)" in conflict.summary


def test_compatible_but_materially_different_figures_are_a_discrepancy() -> None:
    found = run(
        article("Ledger", [claim_dict("killed", 42, None, "at_least")]),
        article("Courier", [claim_dict("killed", 57)], hours=0.5),
    )
    assert kinds(found) == ["discrepancy"]


def test_a_small_difference_is_no_discrepancy() -> None:
    found = run(
        article("Ledger", [claim_dict("killed", 42, None, "at_least")]),
        article("Courier", [claim_dict("killed", 45)], hours=0.5),
    )
    assert found == []


def test_the_same_claimant_raising_a_toll_over_a_day_is_an_update() -> None:
    found = run(
        article("Ledger", [claim_dict("killed", 42, claimant="the Health Ministry of Orsk")]),
        article("Courier", [claim_dict("killed", 57, claimant="Orsk's health ministry")], hours=20),
    )
    assert kinds(found) == ["update"]
    assert "42" in found[0].headline and "57" in found[0].headline


def test_a_figure_told_as_an_update_is_an_update_even_within_the_hour() -> None:
    updated = (
        "At least 41 people were killed, the agency said in an updated statement, raising its "
        "earlier figure of about 30."
    )
    found = run(
        article("Ledger", [claim_dict("killed", 41, None, "at_least",
                                      claimant="the Varna agency", text=updated)]),
        article("Courier", [claim_dict("killed", 30, None, "approximately",
                                       claimant="the Varna agency",
                                       text="About 30 people were killed, the agency said.")],
                hours=0.5),
    )  # fmt: skip
    assert kinds(found) == ["update"]
    # The figure told as the update is the newer one, though its article came first.
    assert found[0].headline.endswith(": 30 killed → 41 killed")


def test_a_figure_told_as_an_update_by_another_claimant_is_still_a_conflict() -> None:
    found = run(
        article("Ledger", [claim_dict("killed", 41, claimant="the army",
                                      text="The toll rose to 41, the army said.")]),
        article("Courier", [claim_dict("killed", 12, claimant="the rebels",
                                       text="Twelve were killed, the rebels said.")],
                hours=0.5),
    )  # fmt: skip
    assert kinds(found) == ["conflict"]


def test_different_events_in_one_story_are_not_compared() -> None:
    found = run(
        article(
            "Ledger",
            [claim_dict("killed", 3, text="Three people were killed in Orvo, police said.")],
        ),
        article(
            "Courier",
            [claim_dict("killed", 9, text="Nine people were killed in Brisk on Sunday.")],
            hours=1,
        ),
    )
    assert [d.kind for d in found if d.kind in ("conflict", "discrepancy")] == []


def test_events_days_apart_are_not_compared() -> None:
    found = run(
        article("Ledger", [claim_dict("killed", 3)]),
        article("Courier", [claim_dict("killed", 9)], hours=24 * 5),
        now=T0 + timedelta(days=10),
    )
    assert [d.kind for d in found if d.kind in ("conflict", "discrepancy", "update")] == []


def test_a_part_never_contradicts_a_larger_whole() -> None:
    found = run(
        article("Ledger", [claim_dict("killed_or_wounded", 30, 30, "approximately")]),
        article("Courier", [claim_dict("killed", 12)]),
    )
    assert [d.kind for d in found if d.kind != "exclusive"] == []


def test_a_part_larger_than_its_whole_conflicts_when_both_are_credited() -> None:
    whole = claim_dict("killed_or_wounded", 30, 30, "approximately", claimant="the Orsk Red Cross")
    found = run(
        article("Ledger", [whole]),
        article("Courier", [claim_dict("killed", 40, claimant="Governor Ilya Marten")]),
    )
    assert "conflict" in kinds(found)
    bare = run(article("Ledger", [whole]), article("Courier", [claim_dict("killed", 40)]))
    assert "conflict" not in kinds(bare)


def test_an_outlet_that_states_both_figures_contradicts_no_one() -> None:
    found = run(
        article(
            "Ledger",
            [
                claim_dict("killed", 2, text="Two people were killed.", start=0),
                claim_dict("killed", 3, text="Later three were dead.", start=40),
            ],
        ),
        article("Courier", [claim_dict("killed", 3)]),
    )
    assert [d.kind for d in found if d.kind in ("conflict", "discrepancy")] == []


def test_different_sides_are_never_compared() -> None:
    found = run(
        article("Ledger", [claim_dict("killed", 12, group="North Korean troops")]),
        article("Courier", [claim_dict("killed", 300, group="Russian soldiers")]),
    )
    assert [d.kind for d in found if d.kind in ("conflict", "discrepancy")] == []


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


def test_an_outlet_that_also_quotes_the_party_contradicts_no_one() -> None:
    ledger = analysed(
        "Ledger",
        "The Ministry of Water declined to comment on the cracks. "
        "The Ministry of Water said the dam had been inspected in May.",
    )
    courier = analysed("Courier", "The Ministry of Water said engineers were on site.", hours=1)
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


def _figure_kinds(*texts: str) -> list[str]:
    found = run(*(analysed(f"Outlet {n}", text, hours=n * 0.2) for n, text in enumerate(texts)))
    return [d.kind for d in found if d.kind in ("conflict", "discrepancy", "attribution")]


def test_a_lead_toll_counted_since_the_event_began_is_not_background() -> None:
    assert (
        _figure_kinds(
            "At least 40 people have been killed since the floods began on Monday, the Ardel "
            "emergency service said. Eight people drowned in the village of Tamsk on Wednesday.",
            "Between 40 and 45 people have died in floods in the Ardel region this week.",
        )
        == []
    )


def test_a_verb_like_fell_is_no_updated_toll() -> None:
    assert (
        _figure_kinds(
            "Shelling killed 12 civilians in Orvo on Thursday, the regional governor said. "
            "Residents said the shells fell on a bread queue where 4 civilians were killed.",
            "Between 12 and 15 civilians were killed in Orvo on Thursday, officials said.",
        )
        == []
    )


def test_a_place_at_the_start_of_a_sentence_separates_events() -> None:
    assert (
        _figure_kinds(
            "Drone strikes killed 9 people in Selk on Saturday, officials said.",
            "In Orvo, three people were killed when a drone struck a fuel depot on Saturday.",
        )
        == []
    )


def test_the_same_number_said_two_ways_is_no_conflict() -> None:
    assert (
        _figure_kinds(
            "Nearly 50 passengers died when the ferry sank, the coast guard said.",
            "Fifty passengers died when the ferry sank, the coast guard said.",
        )
        == []
    )
    assert (
        _figure_kinds(
            "More than 100 miners were killed in the blast, the ministry said.",
            "The blast killed 100 miners, the ministry said.",
        )
        == []
    )


def test_exact_counts_that_differ_by_one_still_conflict() -> None:
    found = run(
        article("Ledger", [claim_dict("captured", 6, group="border guards")]),
        article("Courier", [claim_dict("captured", 5, group="border guards")]),
    )
    assert "conflict" in kinds(found)


def test_a_bare_ministry_is_not_another_countrys_ministry() -> None:
    ledger = analysed(
        "Ledger", "Dravia's Defence Ministry did not respond to requests for comment."
    )
    courier = analysed("Courier", "The Defence Ministry said its forces had repelled the attack.")
    assert [d.kind for d in run(ledger, courier)] == []


def test_one_outlets_later_figure_is_an_update_not_a_conflict() -> None:
    found = run(
        article("Ledger", [claim_dict("killed", 12)], hours=0),
        article("Ledger", [claim_dict("killed", 20)], hours=2),
    )
    assert kinds(found) == ["update"]
