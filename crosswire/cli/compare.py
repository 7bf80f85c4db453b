"""``compare``: a few articles compared as one story, with no database.

A SOURCE is a file (its outlet is the file name's stem, its first line the title) or an
http(s) URL (its outlet is the host without ``www.``; the main text is extracted, through the
same network policy as every fetch). This is what a journalist runs on three links at once.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from rich.console import Console
from rich.table import Table

from crosswire.cli.analyze import read_each
from crosswire.cli.common import Command, optional_config, write_json_line
from crosswire.cli.divergences import print_divergences
from crosswire.config import HttpConfig
from crosswire.divergence.compare_texts import CompareInput, compare_texts, unique_outlets
from crosswire.divergence.settings import DivergenceConfig

STORY = "compare"
_LINE_BREAK = re.compile(r"(?<!\n)[ \t]*\n[ \t]*(?!\n)")


def cmd_compare(args: argparse.Namespace, out: Console) -> int:
    """Compare the claims of the given articles as one story and print the divergences."""
    config = optional_config(args)
    http = config.http if config else HttpConfig()
    settings = config.divergence if config else DivergenceConfig()
    inputs: list[CompareInput] = []
    failed = 0
    for source, text in read_each("compare", args.sources, http):
        if text is None:
            failed += 1
            continue
        inputs.append(_as_input(source, text, len(inputs)))
    if len(inputs) < 2:
        print("crosswire compare: needs at least two readable sources", file=sys.stderr)
        return 1 if failed else 2
    inputs = unique_outlets(inputs)  # two pages of one host get a column each
    result = compare_texts(inputs, settings, story=STORY, now=datetime.now(UTC))
    if args.json:
        for row in result.divergences:
            write_json_line(row)
        return 1 if failed else 0
    table = Table("category", "group", *(i.outlet for i in inputs), title="Key figures per outlet")
    for row in result.key_figures:
        table.add_row(
            row["category"], row["group"], *(row["by_outlet"].get(i.outlet, "") for i in inputs)
        )
    out.print(table if result.key_figures else "No casualty figures found in these articles.")
    for copy, original in result.copies:
        out.print(f"{copy} reads as a copy of {original}: counted as one source", soft_wrap=True)
    print_divergences(result.divergences, out)
    return 1 if failed else 0


def _as_input(source: str, text: str, index: int) -> CompareInput:
    if source.lower().startswith(("http://", "https://")):
        host = (urlsplit(source).hostname or source).removeprefix("www.")
        return CompareInput(outlet=host, url=source, title="", text=text, order=index)
    outlet = "stdin" if source == "-" else Path(source).stem
    title, _, _ = text.strip().partition("\n")
    # Plain-text files are often hard-wrapped: a single line break inside a paragraph is a space.
    unwrapped = _LINE_BREAK.sub(" ", text.strip())
    return CompareInput(outlet=outlet, url=source, title=title.strip(), text=unwrapped, order=index)


def _compare_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="files or URLs, two or more")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one divergence per line")


COMPARE = Command(
    cmd_compare, "compare a few articles as one story, no database", _compare_arguments
)
