"""How a figure reads in headlines: as written, or as its number when written as a person."""

from __future__ import annotations

import pytest

from crosswire.divergence.load import stated_claim
from crosswire.divergence.settings import QualifierBands
from crosswire.divergence.wording import figure
from tests.crosswire.divergence.factory import claim_dict, source


@pytest.mark.parametrize(
    ("category", "low", "qualifier", "written", "reads"),
    [
        ("killed", 30, "at_least", "at least 30", "at least 30 killed"),
        ("killed_or_wounded", 12, "exact", "twelve", "twelve killed or wounded"),
        ("killed", 41, "at_least", "At least 41", "at least 41 killed"),
        ("killed", 1, "exact", "Marta Velde", "1 killed (Marta Velde)"),
        ("killed", 3, "exact", "Ines, Tomas and Per Aune", "3 killed (Ines, Tomas and Per Aune)"),
        ("wounded", 1, "exact", "herself", "1 wounded"),
        ("wounded", 1, "exact", "An", "1 wounded"),
        ("killed", 1, "exact", "HIS BROTHER", "1 killed"),
        ("killed", 4, "exact", "quadruple", "4 killed"),
        ("killed", 2, "exact", "", "2 killed"),
    ],
)
def test_a_figure_reads_as_written_or_as_its_number(
    category: str, low: int, qualifier: str, written: str, reads: str
) -> None:
    raw = claim_dict(category, low, qualifier=qualifier, figure_text=written)
    claim = stated_claim(source("Harbour Post"), raw, QualifierBands())
    assert claim is not None
    assert figure(claim) == reads
