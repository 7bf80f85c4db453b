"""CLI input decoding: files and stdin in any encoding, one-line errors."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from crosswire.textinput import InputError, read_file, read_stdin

TEXT = "Жители Бельска сообщили, что паром отменён до понедельника из-за шторма у причала."


def test_stdin_in_windows_1251_is_read_and_the_guess_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="crosswire.textinput"):
        assert read_stdin(stream=io.BytesIO(TEXT.encode("cp1251"))) == TEXT
    assert "stdin: no declared charset and not UTF-8; read as cp1251 (detected)" in caplog.text


def test_html_file_with_meta_charset(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(b'<meta charset="koi8-r"><p>' + TEXT.encode("koi8-r"))
    assert read_file(page).endswith(TEXT)


def test_override(tmp_path: Path) -> None:
    page = tmp_path / "note.txt"
    page.write_bytes(TEXT.encode("iso-8859-5"))
    assert read_file(page, "iso-8859-5") == TEXT


@pytest.mark.parametrize(
    ("name", "message"),
    [("missing.txt", "no such file"), (".", "is a directory")],
)
def test_unreadable_files_are_one_line_errors(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(InputError, match=f"^{message}$"):
        read_file(tmp_path / name)
