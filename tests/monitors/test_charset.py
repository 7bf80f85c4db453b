"""Bytes to text in one order: override, BOM, UTF-8, declared charset, detected guess."""

from __future__ import annotations

import codecs

import pytest

from monitors.charset import declared_encoding, decode_bytes

#: Fictional news text in Russian, long enough for a confident guess.
RUSSIAN = (
    "Спасатели сообщили, что паводок в Бельске затопил нижний город; "
    "по словам мэра, эвакуированы сорок две семьи, пострадавших нет."
)


@pytest.mark.parametrize(
    ("body", "content_type", "encoding", "how"),
    [
        pytest.param(RUSSIAN.encode("utf-8"), None, "utf-8", "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + RUSSIAN.encode(), None, "utf-8-sig", "bom", id="bom-8"),
        pytest.param(RUSSIAN.encode("utf-16"), None, "utf-16", "bom", id="bom-16"),
        pytest.param(
            RUSSIAN.encode("cp1251"),
            "text/plain; charset=windows-1251",
            "cp1251",
            "declared",
            id="header",
        ),
        pytest.param(RUSSIAN.encode("cp1251"), None, "cp1251", "detected", id="undeclared-1251"),
        pytest.param(RUSSIAN.encode("koi8-r"), None, "koi8-r", "detected", id="undeclared-koi8"),
    ],
)
def test_decoding_order(body: bytes, content_type: str | None, encoding: str, how: str) -> None:
    decoded = decode_bytes(body, content_type=content_type)
    assert (decoded.text, decoded.encoding, decoded.how) == (RUSSIAN, encoding, how)


def test_valid_utf8_beats_a_stale_declaration() -> None:
    body = b'<meta charset="windows-1251"><p>' + RUSSIAN.encode("utf-8")
    decoded = decode_bytes(body)
    assert decoded.how == "utf-8" and decoded.text.endswith(RUSSIAN)


def test_a_disproved_utf8_declaration_falls_to_detection() -> None:
    body = b'<meta charset="utf-8"><p>' + RUSSIAN.encode("cp1251")
    decoded = decode_bytes(body)
    assert (decoded.encoding, decoded.how) == ("cp1251", "detected")
    assert decoded.text.endswith(RUSSIAN)


def test_override_wins_and_unknown_override_is_an_error() -> None:
    body = RUSSIAN.encode("cp1251")
    assert (
        decode_bytes(body, encoding="cp1251", content_type="text/plain; charset=utf-8").text
        == RUSSIAN
    )
    with pytest.raises(ValueError, match="unknown encoding 'no-such'"):
        decode_bytes(body, encoding="no-such")


@pytest.mark.parametrize(
    ("head", "found"),
    [
        pytest.param(b'<?xml version="1.0" encoding="windows-1251"?>', "cp1251", id="xml"),
        pytest.param(b'<html><head><meta charset="koi8-r">', "koi8-r", id="meta-charset"),
        pytest.param(
            b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-5">',
            "iso8859-5",
            id="meta-http-equiv",
        ),
        pytest.param(b'<meta charset="no-such-charset">', None, id="unknown-name"),
        pytest.param(b"<p>plain</p>", None, id="none"),
    ],
)
def test_declarations(head: bytes, found: str | None) -> None:
    assert declared_encoding(head) == found


def test_garbage_never_raises() -> None:
    decoded = decode_bytes(bytes(range(256)) * 3)
    assert isinstance(decoded.text, str) and decoded.how in ("detected", "fallback")
