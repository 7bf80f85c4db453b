"""Stories of an outbreak, whose sick in care are its hurt.

An illness in care is no injury ("treated for flu", "300 covid patients on ventilators"),
but in a story about an outbreak of a disease, the patients a bulletin counts in care are
the outbreak's toll of the sick, and news counts them beside its dead ("About 140 patients
were being treated, 22 of them children"). The story tells that it is about an outbreak in
its headline and lead. The words are general knowledge of health news (diseases that break
out and are counted by bulletins), not taken from any corpus.
"""

from __future__ import annotations

import re

#: How much of a document's opening (its headline and lead) names the outbreak.
_LEAD = 320

#: An outbreak named in a story's opening: the word itself or a disease that breaks out
#: (not covid or flu, whose patients are a hospital's load more than an event's toll; not
#: "epidemic" or "plague", as often a figure of speech: "the opioid epidemic").
_OUTBREAK = re.compile(
    r"\b(?:outbreaks?|cholera|measles|typhoid|ebola|dengue|diphtheria|meningitis|mpox"
    r"|marburg|lassa|yellow\s+fever|anthrax|legionnaires)\b",
    re.IGNORECASE,
)


def outbreak_story(text: str, start: int) -> bool:
    """Whether the opening of ``text`` before ``start`` names an outbreak of a disease.

    >>> outbreak_story("Cholera has killed 40 in Orme. Some 90 patients are in care.", 31)
    True
    >>> outbreak_story("A fire killed two. Four were treated for flu.", 19)
    False
    """
    return _OUTBREAK.search(text, 0, min(start, _LEAD)) is not None


#: A heat wave: its dead and its sick in hospital are counted since it began, as an
#: outbreak's are ("Hospitals have admitted 1,400 people with heat-related illness since July
#: 2"; 49th session). Read by ``crosswire.divergence.outbreak_tally`` only.
_HEAT_WAVE = re.compile(r"\bheat\s*waves?\b", re.IGNORECASE)


def heat_wave_story(text: str, start: int) -> bool:
    """Whether the opening of ``text`` before ``start`` names a heat wave.

    >>> heat_wave_story("A heat wave has killed 120. Hospitals admitted 900.", 30)
    True
    """
    return _HEAT_WAVE.search(text, 0, min(start, _LEAD)) is not None
