"""Fuzzing the edges that read hostile bytes: no exception may escape.

``parse_feed`` gets random bytes and feed-shaped documents stitched from hostile fragments;
text decoding gets random bytes with random declarations; ``rules.analyze`` gets text stitched
from news-like words, figures, quotes and brackets. Budgets are in ``tests/fuzz/budget.py``.
"""

from __future__ import annotations

import gzip
import zlib

import brotli
from hypothesis import given
from hypothesis import strategies as st

import rules
from monitors.charset import decode_bytes
from monitors.decoding import BodyTooLarge, BoundedDecoder, DecodingFailed
from monitors.feeds import parse_feed
from monitors.model import ParsedFeed
from tests.fuzz.budget import budget

FEED_FRAGMENTS = [
    '<?xml version="1.0"?>',
    '<?xml version="1.0" encoding="windows-1251"?>',
    '<?xml version="1.0" encoding="bogus-9"?>',
    '<rss version="2.0">',
    "</rss>",
    "<channel>",
    "</channel>",
    "<item>",
    "</item>",
    "<title>",
    "</title>",
    "<link>http://news.example/a</link>",
    "<link>javascript:alert(1)</link>",
    "<description><![CDATA[<p>Officials said <b>12</b> were hurt.</p>]]></description>",
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    "</feed>",
    "<entry><title>Quay reopens</title><updated>2026-02-30T25:61:00Z</updated></entry>",
    "<pubDate>Mon, 99 Foo 2026 99:99:99 +9999</pubDate>",
    '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
    "&b;",
    "&#0;",
    "&#xD800;",
    "<ttl>-5</ttl>",
    "<ttl>99999999999999999999</ttl>",
    "\u202e\ufeff\x00",
    "Паводок в Бельске",
    '{"version": "https://jsonfeed.org/version/1.1", "items": [',
    '{"id": 1, "url": 5, "content_text": null, "date_published": "yesterday"}',
    "]}",
]

NEWS_FRAGMENTS = [
    "Officials said",
    "at least",
    "12",
    "1,200",
    "3.5 million",
    "dozens of",
    "people were killed",
    "were injured",
    "according to",
    "the ministry",
    "did not immediately respond",
    "declined to comment",
    '"',
    "“",
    "”",
    "'",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    ";",
    "—",
    "-",
    "Mr.",
    "U.S.",
    "between 10 and 20",
    "10–12,000",
    "told Reuters",
    "a source said",
    "\n",
    "Паводок",
    "٣",
]


@budget(short=60, long=8_000)
@given(st.binary(max_size=4_000), st.sampled_from([None, "application/rss+xml", "text/html"]))
def test_parse_feed_random_bytes(body: bytes, content_type: str | None) -> None:
    assert isinstance(
        parse_feed(body, url="http://news.example/feed", content_type=content_type), ParsedFeed
    )


@budget(short=60, long=6_000)
@given(
    st.lists(st.sampled_from(FEED_FRAGMENTS) | st.text(max_size=40), max_size=60),
    st.sampled_from(["utf-8", "cp1251", "utf-16", "latin-1"]),
)
def test_parse_feed_feed_shaped_documents(parts: list[str], encoding: str) -> None:
    body = "".join(parts).encode(encoding, errors="replace")
    parsed = parse_feed(body, url="http://news.example/feed")
    assert isinstance(parsed, ParsedFeed)
    assert all(isinstance(item.title, str) for item in parsed.items)


@budget(short=100, long=14_000)
@given(
    st.binary(max_size=4_000),
    st.sampled_from(
        [None, "text/html; charset=koi8-r", "text/plain; charset=nonsense", "x;charset="]
    ),
)
def test_decode_bytes_never_raises(body: bytes, content_type: str | None) -> None:
    assert isinstance(decode_bytes(body, content_type=content_type).text, str)


def _gzip_without_time(data: bytes) -> bytes:
    # A timestamp in the gzip header would make the generated data vary from run to run.
    return gzip.compress(data, mtime=0)


@st.composite
def damaged_streams(draw: st.DrawFn) -> tuple[str, bytes]:
    """A real compressed stream of random data, with a few bytes overwritten or cut."""
    header = draw(st.sampled_from(["gzip", "deflate", "br", "gzip, br", "gzip, gzip"]))
    data = draw(st.binary(max_size=3_000)) * draw(st.integers(1, 20))
    packers = {"br": brotli.compress, "deflate": zlib.compress, "gzip": _gzip_without_time}
    for name in header.split(", "):
        data = packers[name](data)
    damaged = bytearray(data)
    for _ in range(draw(st.integers(0, 3))):
        if damaged:
            damaged[draw(st.integers(0, len(damaged) - 1))] = draw(st.integers(0, 255))
    return header, bytes(damaged[: draw(st.integers(0, len(damaged)))])


@budget(short=100, long=10_000)
@given(
    st.one_of(
        st.tuples(
            st.sampled_from(["gzip", "deflate", "br", "gzip, br", "identity", "zstd"]),
            st.binary(max_size=2_000),
        ),
        damaged_streams(),
    ),
    st.integers(1, 4_096),
)
def test_bounded_decoder_raises_only_its_own_errors(case: tuple[str, bytes], step: int) -> None:
    header, raw = case
    try:
        decoder = BoundedDecoder(header, limit=20_000)
        for start in range(0, len(raw), step):
            decoder.feed(raw[start : start + step])
        decoder.flush()
    except (BodyTooLarge, DecodingFailed):
        pass


@budget(short=40, long=9_000)
@given(st.lists(st.sampled_from(NEWS_FRAGMENTS) | st.text(max_size=12), max_size=120))
def test_analyze_never_raises(parts: list[str]) -> None:
    text = " ".join(parts)
    result = rules.analyze(text).to_json()
    assert {"claims", "attributions"} <= set(result) <= {"claims", "attributions", "truncated"}
