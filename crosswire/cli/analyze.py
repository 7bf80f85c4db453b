"""``analyze``: run the rules on files, URLs or standard input."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from crosswire.cli.common import Command, one_line, optional_config, write_json_line
from crosswire.config import HttpConfig


class InputError(Exception):
    """One ``analyze`` input could not be read; the message is one line."""


def cmd_analyze(args: argparse.Namespace, out: Console) -> int:
    """Run the rules on files, URLs or stdin and print what they found."""
    from crosswire.analysis import analyse

    config = optional_config(args)
    http = config.http if config else HttpConfig()
    failed = 0
    for source in args.inputs:
        try:
            text = read_input(source, http)
        except InputError as exc:
            print(f"crosswire analyze: {source}: {exc}", file=sys.stderr)
            failed += 1
            continue
        result = analyse(text, url=source).to_json()
        if args.json:
            write_json_line({"source": source, **result})
        else:
            print_analysis(source, result["claims"], result["attributions"], out)
    return 1 if failed else 0


def read_input(source: str, http: HttpConfig) -> str:
    """Text of one input: '-' is stdin, http(s) URLs are fetched, anything else is a file."""
    if source == "-":
        try:
            return sys.stdin.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read stdin: {one_line(exc)}") from None
    if source.lower().startswith(("http://", "https://")):
        return asyncio.run(_fetch_text(source, http))
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


async def _fetch_text(url: str, http: HttpConfig) -> str:
    from crosswire.pipeline import fetch_policy, page_markup
    from monitors.fetch import PAGE_ACCEPT, Fetcher, make_client
    from monitors.fulltext import extract_main_text

    policy = fetch_policy(http)
    async with make_client(policy) as client:
        result = await Fetcher(client, policy).fetch(url, accept=PAGE_ACCEPT)
    if not result.ok or result.body is None:
        raise InputError(result.error or "empty response")
    markup = page_markup(result.body, result.content_type)
    text = await asyncio.to_thread(extract_main_text, markup, url=result.final_url)
    if not text:
        raise InputError("no article text found on the page")
    return text


def print_analysis(
    source: str, claims: list[dict[str, Any]], attributions: list[dict[str, Any]], out: Console
) -> None:
    """Readable tables of one input's claims and attributions."""
    out.print(
        f"[bold]{source}[/bold]: {len(claims)} claim(s), {len(attributions)} attribution(s)",
        soft_wrap=True,
    )
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
    """A claim's figure as written, or else rebuilt from its bounds and qualifier."""
    if claim.get("figure_text"):
        return str(claim["figure_text"])
    low, high, qualifier = claim.get("min"), claim.get("max"), claim.get("qualifier")
    if low is not None and high is not None and low != high:
        number = f"{low}–{high}"
    else:
        number = str(low if low is not None else high if high is not None else "?")
    return number if qualifier in (None, "exact") else f"{number} ({qualifier})"


def _analyze_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="FILE|URL|-", help="texts to analyse")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one input per line")


ANALYZE = Command(cmd_analyze, "find claims and attributions in texts", _analyze_arguments)
