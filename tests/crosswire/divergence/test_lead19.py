"""An update told by several outlets at the same time lists its claims in one fixed order
(the nineteenth session's lead): one poll reads many articles at once, and the ids they get
follow the order in which the fetches ended, which changes from run to run."""

from __future__ import annotations

from crosswire.divergence.model import ArticleFindings
from tests.crosswire.divergence.factory import article, claim_dict, run


def _articles(first_id: int) -> list[ArticleFindings]:
    # the same three reports of one toll, given ids in another order on each "poll"
    ids = [first_id, first_id + 1, first_id + 2]
    told = [
        ("Harbour Post", 12, 0.0, "at_least"),
        ("Orme Ledger", 20, 5.0, "exact"),
        ("Kessel Times", 25, 5.0, "exact"),
    ]
    if first_id % 2:
        ids.reverse()
    return [
        article(
            outlet,
            [claim_dict("killed", value, None, qualifier, figure_text=str(value))],
            hours=hours,
            article_id=ident,
        )
        for (outlet, value, hours, qualifier), ident in zip(told, ids, strict=True)
    ]


def _update_outlets(first_id: int) -> list[str]:
    found = [d for d in run(*_articles(first_id)) if d.kind == "update"]
    assert found, "no update"
    return [c.outlet for c in found[0].claims]


def test_claims_told_at_the_same_time_keep_one_order() -> None:
    orders = {tuple(_update_outlets(first)) for first in (100, 201, 302, 403)}
    assert len(orders) == 1
    assert next(iter(orders))[0] == "Harbour Post"  # the earliest report first
