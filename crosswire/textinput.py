"""Reading texts people hand to the CLI (files, standard input): bytes decoded one way.

The order is :func:`monitors.charset.decode_bytes`'s (``--encoding`` override, BOM, valid
UTF-8, a declared charset such as an HTML ``<meta charset>``, then a detected guess), so a
windows-1251 file piped into ``crosswire analyze -`` reads as the Cyrillic it is. A guess is
logged. Every problem is an :class:`InputError` with a one-line message; nothing here raises
anything else.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import BinaryIO

from monitors.charset import Decoded, decode_bytes

log = logging.getLogger(__name__)


class InputError(Exception):
    """One input could not be read; the message is one line."""


def decode_input(data: bytes, *, source: str, encoding: str | None = None) -> str:
    """Text of ``data``; logs how a guessed encoding was chosen."""
    try:
        decoded: Decoded = decode_bytes(data, encoding=encoding)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if decoded.how in ("detected", "fallback"):
        log.info(
            "%s: no declared charset and not UTF-8; read as %s (%s)",
            source,
            decoded.encoding,
            decoded.how,
        )
    return decoded.text


def read_stdin(encoding: str | None = None, stream: BinaryIO | None = None) -> str:
    """Standard input as text, read as bytes so that any encoding can be decoded."""
    source = stream if stream is not None else getattr(sys.stdin, "buffer", None)
    try:
        if source is None:  # stdin replaced by a text stream (tests, embedding)
            return sys.stdin.read()
        data = source.read()
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read stdin: {_one_line(exc)}") from None
    return decode_input(data, source="stdin", encoding=encoding)


def read_file(path: Path, encoding: str | None = None) -> str:
    """A file's text, whatever its encoding."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or _one_line(exc)}") from None
    return decode_input(data, source=str(path), encoding=encoding)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


__all__ = ["InputError", "decode_input", "read_file", "read_stdin"]
