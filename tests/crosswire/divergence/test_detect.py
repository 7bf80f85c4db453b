"""Figure divergences (conflict, discrepancy, update), found where they should be and silent
where outlets agree; the other kinds are in test_detect_kinds."""

from __future__ import annotations

from datetime import timedelta

from .factory import T0, analysed, article, claim_dict, kinds, run


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
