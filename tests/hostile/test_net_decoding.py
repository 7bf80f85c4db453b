"""Compressed bodies: the size limit holds on the DECODED bytes, for any chain of encodings.

The bombs are served by a real loopback server; memory is measured as the peak RSS of a
subprocess that fetches them, against a bound far below what unbounded decoding reaches.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import re
import subprocess
import sys
import zlib
from pathlib import Path

import brotli
import pytest

from monitors.decoding import PIECE, BodyTooLarge, BoundedDecoder, DecodingFailed
from monitors.fetch import Fetcher, FetchPolicy, make_client
from monitors.model import FetchResult
from tests.support.httpserver import LoopbackServer, Response

ROOT = Path(__file__).resolve().parents[2]
TEXT = b"The harbour ferry resumed its crossings on Tuesday morning. " * 2_000
POLICY = FetchPolicy(
    per_host_delay=0.0,
    connect_timeout=5.0,
    read_timeout=10.0,
    max_bytes=5_000_000,
    allow_networks=("127.0.0.0/8",),
)


def _deflate_raw(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(
    ("header", "encode"),
    [
        pytest.param("gzip", gzip.compress, id="gzip"),
        pytest.param("x-gzip", gzip.compress, id="x-gzip"),
        pytest.param("deflate", zlib.compress, id="deflate-zlib"),
        pytest.param("deflate", _deflate_raw, id="deflate-raw"),
        pytest.param("br", brotli.compress, id="br"),
        pytest.param("gzip, gzip", lambda d: gzip.compress(gzip.compress(d)), id="gzip-gzip"),
        pytest.param("deflate, br", lambda d: brotli.compress(zlib.compress(d)), id="deflate-br"),
        pytest.param("identity, gzip", gzip.compress, id="identity-gzip"),
        pytest.param("", lambda d: d, id="none"),
    ],
)
def test_chains_decode_in_small_steps(header: str, encode: object) -> None:
    assert callable(encode)
    raw = encode(TEXT)
    decoder = BoundedDecoder(header, limit=len(TEXT))
    out = b"".join(decoder.feed(raw[i : i + 997]) for i in range(0, len(raw), 997))
    assert out + decoder.flush() == TEXT


def test_concatenated_gzip_members_are_one_body() -> None:
    raw = gzip.compress(TEXT[:1000]) + gzip.compress(TEXT[1000:])
    decoder = BoundedDecoder("gzip", limit=len(TEXT))
    assert decoder.feed(raw) + decoder.flush() == TEXT


@pytest.mark.parametrize("header", ["gzip, gzip", "gzip, gzip, gzip", "br, gzip"])
def test_nested_bombs_stop_just_past_the_limit(header: str) -> None:
    payload = b"\0" * 50_000_000
    for name in header.split(", "):
        payload = brotli.compress(payload) if name == "br" else gzip.compress(payload)
    decoder = BoundedDecoder(header, limit=1_000_000)
    with pytest.raises(BodyTooLarge, match="body larger than 1000000 bytes"):
        decoder.feed(payload)
    # It stopped within a piece of the limit (brotli's pieces may overshoot PIECE a little),
    # not after inflating 50 MB.
    assert decoder.size <= 1_000_000 + 2 * PIECE


@pytest.mark.parametrize(
    ("header", "message"),
    [
        pytest.param("zstd", "unsupported Content-Encoding 'zstd'", id="unknown"),
        pytest.param("gzip, " * 5 + "gzip", "more than 4 Content-Encodings (6)", id="too-many"),
    ],
)
def test_unusable_encodings_are_refused(header: str, message: str) -> None:
    with pytest.raises(DecodingFailed, match=re.escape(message)):
        BoundedDecoder(header, limit=100)


def test_corrupt_data_is_a_decoding_failure() -> None:
    with pytest.raises(DecodingFailed, match="invalid gzip data"):
        BoundedDecoder("gzip", limit=100).feed(b"\x1f\x8bnot really gzip at all")


def fetch(url: str, policy: FetchPolicy = POLICY) -> FetchResult:
    async def main() -> FetchResult:
        async with make_client(policy) as client:
            return await Fetcher(client, policy).fetch(url)

    return asyncio.run(main())


def test_double_gzip_bomb_from_a_server_is_refused_in_one_line() -> None:
    bomb = gzip.compress(gzip.compress(b"\0" * 200_000_000, 9), 9)
    assert len(bomb) < 5_000
    route = Response(
        200, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip, gzip"}, bomb
    )
    with LoopbackServer({"/feed": route}) as server:
        result = fetch(server.url("/feed"))
    assert result.error == "body larger than 5000000 bytes" and result.error_kind == "hard"


def test_an_honest_compressed_feed_still_arrives() -> None:
    route = Response(200, {"Content-Encoding": "gzip, br"}, brotli.compress(gzip.compress(TEXT)))
    with LoopbackServer({"/feed": route}) as server:
        result = fetch(server.url("/feed"))
    assert result.ok and result.body == TEXT


PROBE = """
import asyncio, json, sys
from monitors.fetch import Fetcher, FetchPolicy, make_client

policy = FetchPolicy(per_host_delay=0.0, read_timeout=30.0, total_timeout=300.0,
                     max_bytes=5_000_000, allow_networks=("127.0.0.0/8",))

async def get(url):
    async with make_client(policy) as client:
        return await Fetcher(client, policy).fetch(url)

def status_kb(field):  # Linux: VmRSS now, VmHWM the peak of this process image
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field))

warm = asyncio.run(get(sys.argv[1]))
before = status_kb("VmRSS:")
result = asyncio.run(get(sys.argv[2]))
after = status_kb("VmHWM:")
print(json.dumps({"warm": warm.ok, "error": result.error, "grew_kb": after - before}))
"""


def peak_growth_fetching(server: LoopbackServer, path: str) -> dict[str, object]:
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, server.url("/small"), server.url(path)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    report: dict[str, object] = json.loads(completed.stdout)
    return report


#: A bound well above the 5 MB limit (the body, its join, the pieces) and far below the
#: hundreds of megabytes to gigabytes that unbounded decoding of these bombs reaches.
MAX_GROWTH_KB = 64 * 1024


TOO_LARGE = "body larger than 5000000 bytes"


@pytest.mark.parametrize(
    ("path", "error"),
    [
        pytest.param("/double-gzip", TOO_LARGE, id="double-gzip-200MB"),
        pytest.param("/gigabyte-gzip", TOO_LARGE, id="streamed-gzip-1GB"),
        pytest.param("/gigabyte-plain", TOO_LARGE, id="streamed-plain-1GB"),
        # The body of a redirect is drained for connection reuse, never decoded.
        pytest.param("/redirect-bomb", None, id="redirect-with-double-gzip-body"),
    ],
)
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux's /proc")
def test_bombs_keep_peak_memory_near_the_limit(path: str, error: str | None) -> None:
    member = gzip.compress(b"\0" * 1_000_000, 9)  # ~1 KB that inflates to 1 MB
    double = gzip.compress(gzip.compress(b"\0" * 200_000_000, 9), 9)
    routes = {
        "/small": Response(200, {}, b"<rss/>"),
        "/double-gzip": Response(200, {"Content-Encoding": "gzip, gzip"}, double),
        "/redirect-bomb": Response(
            302, {"Location": "/small", "Content-Encoding": "gzip, gzip"}, double
        ),
        # 1,000 concatenated members, streamed without a length: 1 GB once decoded.
        "/gigabyte-gzip": Response(200, {"Content-Encoding": "gzip"}, member, repeat=1_000),
        "/gigabyte-plain": Response(200, {}, b"\0" * 65_536, repeat=16_384),
    }
    with LoopbackServer(routes) as server:
        report = peak_growth_fetching(server, path)
    assert report["warm"] is True
    assert report["error"] == error
    # Unbounded decoding (httpx's aiter_bytes) grows by about 190 MB on the double gzip.
    assert isinstance(report["grew_kb"], int) and report["grew_kb"] < MAX_GROWTH_KB, report
