"""Content-Encoding decoding that never holds more than the body limit in memory.

httpx decodes a chain such as ``Content-Encoding: gzip, gzip`` itself, but each layer inflates
a whole network chunk at once, so 2 KB of nested gzip can become gigabytes before any size
check sees it. :class:`BoundedDecoder` decodes the raw bytes layer by layer with output caps
(``zlib`` ``max_length``, brotli ``output_buffer_limit``), hands pieces of at most
:data:`PIECE` bytes down the chain, and stops as soon as the decoded total passes the limit.

>>> import gzip
>>> decoder = BoundedDecoder("gzip, gzip", limit=100)
>>> decoder.feed(gzip.compress(gzip.compress(b"quiet harbour")))
b'quiet harbour'
>>> BoundedDecoder("gzip", limit=10).feed(gzip.compress(b"x" * 11))
Traceback (most recent call last):
...
monitors.decoding.BodyTooLarge: body larger than 10 bytes
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Protocol

import brotli

#: The most bytes one layer hands to the next in one step.
PIECE = 65_536
#: A chain longer than this is refused: no honest server stacks more encodings.
MAX_LAYERS = 4
#: An inner layer may expand to at most this multiple of the limit (plus one piece) before the
#: outer layers' output counts: enough for incompressible data, small enough to bound the work.
INNER_FACTOR = 4


class BodyTooLarge(Exception):
    """The decoded body passed the limit."""


class DecodingFailed(Exception):
    """The body is not valid data for its declared Content-Encoding (one-line message)."""


class _Layer(Protocol):
    def pieces(self, data: bytes) -> Iterator[bytes]: ...

    def finish(self) -> Iterator[bytes]: ...


class _ZlibLayer:
    """gzip or deflate (zlib-wrapped, or raw as some servers send), output capped per step."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._gzip = name in ("gzip", "x-gzip")
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 32 if self._gzip else zlib.MAX_WBITS)
        self._first = True

    def pieces(self, data: bytes) -> Iterator[bytes]:
        if self._first and data and not self._gzip:
            self._first = False
            # "deflate" is meant to be zlib-wrapped; a raw stream lacks the 0x78 header byte.
            if data[0] & 0x0F != 8:
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        pending = data
        while True:
            try:
                piece = self._inflater.decompress(pending, PIECE)
            except zlib.error as exc:
                raise DecodingFailed(f"invalid {self.name} data: {exc}") from None
            if piece:
                yield piece
            pending = self._inflater.unconsumed_tail
            rest = self._inflater.unused_data if self._inflater.eof else b""
            if self._gzip and rest.startswith(b"\x1f\x8b"):
                # Concatenated gzip members make one stream (RFC 1952 §2.2); other trailing
                # bytes (padding) are ignored, as gzip tools do.
                pending = rest + pending
                self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)
            if not pending:
                return

    def finish(self) -> Iterator[bytes]:
        while True:
            try:
                piece = self._inflater.decompress(self._inflater.unconsumed_tail, PIECE)
            except zlib.error as exc:
                raise DecodingFailed(f"invalid {self.name} data: {exc}") from None
            if not piece:
                return
            yield piece


class _BrotliLayer:
    name = "br"

    def __init__(self) -> None:
        self._decompressor = brotli.Decompressor()

    def pieces(self, data: bytes) -> Iterator[bytes]:
        # brotli's protocol: after a capped call, call again with empty input until it can
        # accept more data, and until no output is left.
        piece = self._process(data)
        idle = 0
        while True:
            if piece:
                yield piece
                idle = 0
            elif self._decompressor.can_accept_more_data():
                return
            else:
                idle += 1
                if idle > 3:
                    raise DecodingFailed("invalid br data: the stream stalled")
            if self._decompressor.is_finished():
                return
            piece = self._process(b"")

    def _process(self, data: bytes) -> bytes:
        try:
            return bytes(self._decompressor.process(data, output_buffer_limit=PIECE))
        except Exception as exc:  # brotli.error, or anything its C code raises on bad data
            raise DecodingFailed(f"invalid br data: {exc}") from None

    def finish(self) -> Iterator[bytes]:
        return iter(())


def _layer(name: str) -> _Layer:
    if name in ("gzip", "x-gzip", "deflate"):
        return _ZlibLayer(name)
    if name == "br":
        return _BrotliLayer()
    raise DecodingFailed(f"unsupported Content-Encoding {name!r}")


def encodings(header: str | None) -> list[str]:
    """The codings of a Content-Encoding header in the order they were applied."""
    names = [part.strip().lower() for part in (header or "").split(",")]
    return [name for name in names if name and name != "identity"]


class BoundedDecoder:
    """Undo a chain of Content-Encodings incrementally; raise once output passes ``limit``."""

    def __init__(self, content_encoding: str | None, *, limit: int) -> None:
        names = encodings(content_encoding)
        if len(names) > MAX_LAYERS:
            raise DecodingFailed(f"more than {MAX_LAYERS} Content-Encodings ({len(names)})")
        # Decoding undoes the codings in reverse order of application.
        self._layers = [_layer(name) for name in reversed(names)]
        self._limit = limit
        self._inner_limit = INNER_FACTOR * limit + PIECE
        self._produced = [0] * len(self._layers)
        self.size = 0

    def feed(self, raw: bytes) -> bytes:
        """Decoded bytes for the next raw chunk (possibly empty)."""
        return self._collect(self._run(0, raw, finish=False))

    def flush(self) -> bytes:
        """Whatever the layers still hold once the raw stream has ended."""
        return self._collect(self._run(0, b"", finish=True))

    def _collect(self, pieces: Iterator[bytes]) -> bytes:
        out: list[bytes] = []
        for piece in pieces:
            self.size += len(piece)
            if self.size > self._limit:
                raise BodyTooLarge(f"body larger than {self._limit} bytes")
            out.append(piece)
        return b"".join(out)

    def _run(self, index: int, data: bytes, *, finish: bool) -> Iterator[bytes]:
        if index == len(self._layers):
            if data:
                yield data
            return
        layer = self._layers[index]
        outputs = [layer.pieces(data)] if data else []
        if finish:
            outputs.append(layer.finish())
        for output in outputs:
            for piece in output:
                self._count(index, len(piece))
                yield from self._run(index + 1, piece, finish=False)
        if finish:
            yield from self._run(index + 1, b"", finish=True)

    def _count(self, index: int, size: int) -> None:
        self._produced[index] += size
        if index < len(self._layers) - 1 and self._produced[index] > self._inner_limit:
            raise BodyTooLarge(f"body larger than {self._limit} bytes")


__all__ = ["BodyTooLarge", "BoundedDecoder", "DecodingFailed", "encodings"]
