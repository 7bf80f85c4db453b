"""Product session 20: an article's key figures as a demanding fact-checker reads them.

Every article is invented; each test fails without the fix it names.
"""

from __future__ import annotations

from datetime import UTC, datetime

from crosswire.divergence.compare_texts import CompareInput, compare_texts
from crosswire.divergence.keyfigures import key_figures
from crosswire.divergence.settings import DivergenceConfig
from tests.crosswire.divergence.test_headline_lead import titled

NOW = datetime(2026, 5, 4, 12, tzinfo=UTC)


def _compare(*articles: tuple[str, str, str]) -> list[dict[str, object]]:
    inputs = [
        CompareInput(outlet, f"https://{outlet.lower()}.example/1", title, f"{title}\n\n{text}")
        for outlet, title, text in articles
    ]
    return compare_texts(inputs, DivergenceConfig(), story="compare", now=NOW).divergences


def test_a_headline_figure_restated_by_the_body_for_a_narrower_group_is_one_key_figure() -> None:
    title = "Shelling kills 12 in Orsk"
    text = (
        "Twelve soldiers were killed when shells hit a barracks in Orsk, the Defence Ministry said."
    )
    keys = key_figures(titled(title, text))
    assert list(keys) == [("killed", "military")]
    assert keys[("killed", "military")].claimant == "the Defence Ministry"
    # the headline's bare "12 people" no longer conflicts with another outlet's 20 people
    found = _compare(
        ("Ledger", title, text),
        (
            "Courier",
            "Orsk barracks shelled",
            "Twenty people were killed when shells hit a "
            "barracks in Orsk, the regional governor said.",
        ),
    )
    assert [d["kind"] for d in found] == []


def test_a_headline_figure_of_another_count_stays_beside_the_body_part() -> None:
    keys = key_figures(
        titled(
            "Shelling kills 14 in Orsk",
            "Twelve soldiers were killed when shells hit a barracks in Orsk, the Defence "
            "Ministry said.",
        )
    )
    assert sorted((k, c.stated) for k, c in keys.items()) == [
        (("killed", "military"), 12.0),
        (("killed", "people"), 14.0),
    ]


def test_a_headline_above_40_gives_way_to_the_bodys_sourced_at_least_41() -> None:
    keys = key_figures(
        titled(
            "Casualty toll rises above 40 in Brenna valley",
            "At least 41 people have been killed or wounded, the Brenna Rescue Service said in "
            "an updated statement on Tuesday.",
        )
    )
    (key,) = keys.values()
    assert (key.figure_text, key.claimant) == ("At least 41", "the Brenna Rescue Service")


RELAYED = (
    "At least 20 people were killed in the shelling of Orsk, according to the Orvik Herald. "
    "The regional governor said 14 people were killed."
)


def test_a_figure_credited_to_another_outlet_does_not_take_the_key_from_the_articles_own() -> None:
    (key,) = key_figures(titled("Orsk barracks shelled", RELAYED)).values()
    assert (key.stated, key.claimant) == (14, "The regional governor")
    own = "Fourteen people were killed in the shelling of Orsk, the regional governor said."
    found = _compare(("Ledger", "Orsk barracks shelled", RELAYED), ("Courier", "Orsk", own))
    assert found == []  # both outlets' own sources say 14


def test_a_relayed_figure_is_still_the_key_when_the_article_has_no_other() -> None:
    text = "At least 20 people were killed in Orsk, local media reported."
    (key,) = key_figures(titled("Orsk barracks shelled", text)).values()
    assert (key.stated, key.claimant) == (20, "local media")


def test_an_update_keeps_at_least_30_apart_from_around_30() -> None:
    from tests.crosswire.divergence.factory import article, claim_dict, run

    agency = "the Brenna Rescue Service"
    found = run(
        article("Ledger", [claim_dict("killed", 9, None, "at_least", claimant=agency)]),
        article(
            "Courier",
            [
                claim_dict(
                    "killed", 30, None, "approximately", claimant=agency, figure_text="around 30"
                )
            ],
            hours=6,
        ),
        article(
            "Post",
            [
                claim_dict(
                    "killed", 30, None, "at_least", claimant=agency, figure_text="at least 30"
                )
            ],
            hours=7,
        ),
    )
    (update,) = [d for d in found if d.kind == "update"]
    assert update.headline.endswith(": 9 killed → around 30 killed / at least 30 killed"), (
        update.headline
    )
    assert update.summary.endswith(
        f"Courier ({agency}): around 30 killed; Post ({agency}): at least 30 killed"
    ), update.summary
