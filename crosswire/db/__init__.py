"""Storage: the schema, its migrations runner and the one ``Store`` that speaks SQL."""

from crosswire.db import divergence_schema as divergence_schema  # registers its tables
from crosswire.db.records import (
    ArticleListing,
    FeedState,
    FeedUpdate,
    Findings,
    FulltextArrival,
    FulltextUpdate,
    KnownArticle,
    NewArticle,
    OutletSpec,
    Revision,
    StoredAnalysis,
)
from crosswire.db.store import Store

__all__ = [
    "ArticleListing",
    "FeedState",
    "FeedUpdate",
    "Findings",
    "FulltextArrival",
    "FulltextUpdate",
    "KnownArticle",
    "NewArticle",
    "OutletSpec",
    "Revision",
    "Store",
    "StoredAnalysis",
]
