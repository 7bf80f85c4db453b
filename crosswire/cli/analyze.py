"""``analyze``: run the rules on files, URLs or standard input."""

from __future__ import annotations

import argparse
import asyncio
import codecs
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from crosswire.cli.common import Command, optional_config, write_json_line
from crosswire.config import HttpConfig
from crosswire.textinput import InputError, read_file, read_stdin


def cmd_analyze(args: argparse.Namespace, out: Console) -> int:
    """Run the rules on files, URLs or stdin and print what they found."""
    from crosswire.analysis import analyse

    config = optional_config(args)
    http = config.http if config else HttpConfig()
    failed = 0
    for source, text in read_each("analyze", args.inputs, http, encoding=args.encoding):
        if text is None:
            failed += 1
            continue
        result = analyse(text, url=source).to_json()
        if args.json:
            write_json_line({"source": source, **result})
        else:
            print_analysis(source, result["claims"], result["attributions"], out)
    return 1 if failed else 0


def read_each(
    command: str, sources: Sequence[str], http: HttpConfig, *, encoding: str | None = None
) -> Iterator[tuple[str, str | None]]:
    """Each input's text in order; one that cannot be read gets one line on stderr and None."""
    for source in sources:
        try:
            yield source, read_input(source, http, encoding=encoding)
        except InputError as exc:
            print(f"crosswire {command}: {source}: {exc}", file=sys.stderr)
            yield source, None


def read_input(source: str, http: HttpConfig, *, encoding: str | None = None) -> str:
    """Text of one input: '-' is stdin, http(s) URLs are fetched, anything else is a file.

    ``encoding`` overrides the charset of every input (declared, sniffed or guessed)."""
    if source == "-":
        return read_stdin(encoding)
    if source.lower().startswith(("http://", "https://")):
        return asyncio.run(_fetch_text(source, http, encoding))
    return read_file(Path(source), encoding)


async def _fetch_text(url: str, http: HttpConfig, encoding: str | None) -> str:
    from crosswire.pipeline import fetch_policy, page_markup
    from monitors.fetch import PAGE_ACCEPT, Fetcher, make_client
    from monitors.fulltext import extract_main_text

    policy = fetch_policy(http)
    async with make_client(policy) as client:
        result = await Fetcher(client, policy).fetch(url, accept=PAGE_ACCEPT)
    if not result.ok or result.body is None:
        raise InputError(result.error or "empty response")
    if encoding is not None:
        markup: bytes | str = result.body.decode(encoding, errors="replace")
    else:
        markup = page_markup(result.body, result.content_type)
    text = await asyncio.to_thread(extract_main_text, markup, url=result.final_url)
    if not text:
        raise InputError("no article text found on the page")
    return text


def print_analysis(
    source: str, claims: list[dict[str, Any]], attributions: list[dict[str, Any]], out: Console
) -> None:
    """Readable tables of one input's claims and attributions."""
    counts = f": {len(claims)} claim(s), {len(attributions)} attribution(s)"
    out.print(Text.assemble((source, "bold"), counts), soft_wrap=True)
    if claims:
        table = Table("category", "figure", "claimant", "via", "sentence")
        for claim in claims:
            table.add_row(
                str(claim.get("category", "")),
                figure_text(claim),
                str(claim.get("claimant") or ""),
                str(claim.get("via") or ""),
                str(claim.get("text", "")),
            )
        out.print(table)
    if attributions:
        table = Table("source", "kind", "cue", "anonymous", "sentence")
        for attribution in attributions:
            table.add_row(
                str(attribution.get("source", "")),
                str(attribution.get("kind", "")),
                str(attribution.get("cue", "")),
                "yes" if attribution.get("anonymous") else "",
                str(attribution.get("text", "")),
            )
        out.print(table)


def figure_text(claim: dict[str, Any]) -> str:
    """A claim's figure as written, or else rebuilt from its bounds and qualifier.

    A claim with no number ("The neighbours were killed", "several soldiers") says so, so that
    its words are not read as a figure: "no number: The neighbours".
    """
    low, high, qualifier = claim.get("min"), claim.get("max"), claim.get("qualifier")
    unstated = low is None and high is None
    if claim.get("figure_text"):
        written = str(claim["figure_text"])
        return f"no number: {written}" if unstated else written
    if low is not None and high is not None and low != high:
        number = f"{low}–{high}"
    else:
        number = str(low if low is not None else high if high is not None else "?")
    return number if qualifier in (None, "exact") else f"{number} ({qualifier})"


def _analyze_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="FILE|URL|-", help="texts to analyse")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one input per line")
    parser.add_argument(
        "--encoding",
        type=_encoding,
        metavar="NAME",
        help="read every input in this encoding (default: BOM, declared charset, UTF-8, guess)",
    )


def _encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r}") from None


ANALYZE = Command(cmd_analyze, "find claims and attributions in texts", _analyze_arguments)
