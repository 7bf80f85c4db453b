"""Key figures read from sentences the thirty-ninth session's work touched. Every sentence
is invented."""

from __future__ import annotations

from .factory import key_figures as figures


def test_a_hospital_list_in_a_sentence_longer_than_an_excerpt_adds_up() -> None:
    # the claim's text is an excerpt that starts inside the sentence: the figure's offset
    # is taken from the excerpt, not from the sentence's start
    road = "on a road that winds through the passes and the high pastures of the north, " * 9
    text = (
        "A bus crashed near Orme on Monday, killing five people. Of the injured, carried "
        f"{road}14 were taken to the district hospital in Orme and 9 to the clinic in Velk, "
        "a doctor said."
    )
    assert len(text) > 800
    assert figures(text) == (5, 23)

