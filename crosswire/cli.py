"""The ``crosswire`` command line: check-config, poll, run, articles, analyze, demo.

Each command is a small function registered in ``COMMANDS``; ``main`` parses the arguments,
loads the configuration where the command needs it and maps problems to exit codes:
0 done, 1 some input failed (``analyze``), 2 bad configuration or usage.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from crosswire.config import Config, ConfigError, HttpConfig, load_config

if TYPE_CHECKING:
    # Storage, the pipeline and the rules are imported by the commands that use them, so
    # that `check-config` and `--help` start quickly.
    from crosswire.db import ArticleListing, Store, StoredAnalysis
    from crosswire.pipeline import FeedReport, PollSummary

DEFAULT_CONFIG = "config.yaml"
CONFIG_ENV = "CROSSWIRE_CONFIG"
PIPED_WIDTH = 160

log = logging.getLogger("crosswire")


class UsageError(Exception):
    """A problem with how the command was called or configured; exit code 2."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)


# -- configuration ---------------------------------------------------------------------


def config_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """Where the configuration is, and whether the user named it (flag or environment)."""
    if args.config:
        return Path(args.config), True
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV]), True
    return Path(DEFAULT_CONFIG), False


def require_config(args: argparse.Namespace) -> Config:
    """Load and validate the configuration or raise ``UsageError`` with one line per problem."""
    path, _ = config_path(args)
    try:
        return load_config(path)
    except ConfigError as exc:
        prefix = f"{path}: "
        raise UsageError(
            [line if line.startswith(str(path)) else prefix + line for line in exc.problems]
        ) from None


def optional_config(args: argparse.Namespace) -> Config | None:
    """The configuration if one was named or ./config.yaml exists; else ``None``."""
    path, named = config_path(args)
    if not named and not path.exists():
        return None
    return require_config(args)


def open_store(config: Config) -> Store:
    from crosswire.db import Store

    try:
        return Store.open(config.database)
    except Exception as exc:
        reason = getattr(exc, "orig", None) or exc  # the driver's message, without SQL noise
        raise UsageError([f"cannot open database {config.database}: {_one_line(reason)}"]) from None


# -- check-config ----------------------------------------------------------------------


def cmd_check_config(args: argparse.Namespace, out: Console) -> int:
    """Validate the configuration only."""
    config = require_config(args)
    feeds = sum(len(outlet.feeds) for outlet in config.outlets)
    out.print(
        f"config OK: {len(config.outlets)} outlets, {feeds} feeds, {len(config.stories)} stories",
        soft_wrap=True,
    )
    return 0


# -- poll --------------------------------------------------------------------------------


def cmd_poll(args: argparse.Namespace, out: Console) -> int:
    """Poll every configured feed once and print what happened."""
    config = require_config(args)
    with open_store(config) as store:
        summary = run_poll(config, store, out, include_paused=args.retry_paused)
    print_summary(summary, out)
    return 0


def run_poll(config: Config, store: Store, out: Console, *, include_paused: bool) -> PollSummary:
    """Poll once; show a progress bar only when stdout is a terminal."""
    from crosswire.pipeline import poll_once

    total = sum(len(outlet.feeds) for outlet in config.outlets)
    if not out.is_terminal:
        return asyncio.run(poll_once(config, store, include_paused=include_paused))
    columns = (TextColumn("polling"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=out, transient=True) as bar:
        task = bar.add_task("poll", total=total)

        def advance(_report: FeedReport) -> None:
            bar.advance(task)

        return asyncio.run(
            poll_once(config, store, progress=advance, include_paused=include_paused)
        )


def print_summary(summary: PollSummary, out: Console) -> None:
    """Per-feed table, then one line of totals."""
    table = Table(title="Poll summary", show_lines=False)
    for name in ("outlet", "feed", "status", "new", "revised", "reason"):
        table.add_column(name, overflow="fold")
    for feed in sorted(summary.feeds, key=lambda f: (f.status != "failed", f.outlet, f.url)):
        table.add_row(
            feed.outlet,
            feed.url,
            feed.status.replace("_", " "),
            str(feed.new_articles),
            str(feed.new_versions),
            feed.reason or "",
        )
    out.print(table)
    out.print(
        f"feeds: {summary.count('ok')} ok, {summary.count('not_modified')} not modified, "
        f"{summary.count('failed')} failed, {summary.count('paused')} paused; "
        f"new articles: {summary.new_articles}; new versions: {summary.new_versions}; "
        f"matched stories: {summary.matched_stories}",
        soft_wrap=True,
    )


# -- run -----------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace, out: Console) -> int:
    """Run the scheduler until SIGINT or SIGTERM."""
    from crosswire.scheduler import ServiceTiming, run_service

    config = require_config(args)
    timing = ServiceTiming(dispatch_every=args.dispatch_every)
    with open_store(config) as store:
        asyncio.run(run_service(config, store, timing=timing))
    return 0


# -- articles ----------------------------------------------------------------------------


def article_json(article: ArticleListing) -> dict[str, Any]:
    """The stable JSON shape of one article (see ``crosswire articles --json``)."""
    return {
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "stories": list(article.stories),
        "versions": article.versions,
        "duplicate_of": article.duplicate_of,
    }


def cmd_articles(args: argparse.Namespace, out: Console) -> int:
    """List stored articles, newest first."""
    config = require_config(args)
    with open_store(config) as store:
        listing = store.list_articles(story=args.story)
    if args.json:
        for article in listing:
            _write_json_line(article_json(article))
        return 0
    table = Table(title=f"{len(listing)} article(s)")
    for name in ("published", "outlet", "title", "stories", "versions", "url"):
        table.add_column(name, overflow="fold")
    for article in listing:
        published = article.published.strftime("%Y-%m-%d %H:%M") if article.published else ""
        table.add_row(
            published,
            article.outlet,
            article.title + (" [duplicate]" if article.duplicate_of else ""),
            ", ".join(article.stories),
            str(article.versions),
            article.url,
        )
    out.print(table)
    return 0


# -- analyze -----------------------------------------------------------------------------


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
            _write_json_line({"source": source, **result})
        else:
            print_analysis(source, result["claims"], result["attributions"], out)
    return 1 if failed else 0


def read_input(source: str, http: HttpConfig) -> str:
    """Text of one input: '-' is stdin, http(s) URLs are fetched, anything else is a file."""
    if source == "-":
        try:
            return sys.stdin.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read stdin: {_one_line(exc)}") from None
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


# -- demo ----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace, out: Console) -> int:
    """Serve the bundled fictional feeds on loopback, poll them, show findings, then a revision."""
    from crosswire.demo import serve_demo
    from crosswire.pipeline import poll_once

    database = f"sqlite:///{Path(args.keep).resolve()}" if args.keep else None
    with serve_demo(database=database) as site:
        config: Config = site.config
        with open_store(config) as store:
            first = asyncio.run(poll_once(config, store))
            listing = store.list_articles()
            analyses = store.latest_analyses()
            # The demo site can serve an updated version of one story: poll again to show it.
            site.revise()
            second = asyncio.run(poll_once(config, store))
            revised = [a for a in store.list_articles() if a.versions > 1]
    print_summary(first, out)
    print_demo_findings(listing, analyses, out)
    out.print(
        f"second poll after the site revised a story: {second.count('not_modified')} feed(s) "
        f"not modified, {second.new_articles} new article(s), "
        f"{second.new_versions} new version(s)",
        soft_wrap=True,
    )
    for article in revised:
        out.print(
            f"  revised: {article.outlet}: {article.title} ({article.versions} versions)",
            soft_wrap=True,
        )
    if args.keep:
        out.print(f"database kept at {args.keep}", soft_wrap=True)
    return 0


def print_demo_findings(
    listing: Sequence[ArticleListing], analyses: Sequence[StoredAnalysis], out: Console
) -> None:
    """Articles per outlet, story matches, claims per outlet and non-responses."""
    per_outlet: dict[str, list[ArticleListing]] = {}
    per_story: dict[str, list[ArticleListing]] = {}
    for article in listing:
        per_outlet.setdefault(article.outlet, []).append(article)
        for story in article.stories:
            per_story.setdefault(story, []).append(article)

    table = Table("outlet", "articles", "titles", title="Articles per outlet")
    for outlet, articles in sorted(per_outlet.items()):
        table.add_row(outlet, str(len(articles)), "\n".join(a.title for a in articles))
    out.print(table)

    table = Table("story", "outlet", "title", title="Story matches")
    for story, articles in sorted(per_story.items()):
        for article in articles:
            table.add_row(story, article.outlet, article.title)
    out.print(table if per_story else "No story matches.")

    claims = Table("outlet", "category", "figure", "claimant", title="Claims per outlet")
    silences = Table("outlet", "who", "sentence", title="Non-responses")
    for analysis in analyses:
        for claim in analysis.claims:
            claims.add_row(
                analysis.outlet,
                str(claim.get("category", "")),
                figure_text(claim),
                str(claim.get("claimant") or "(unattributed)"),
            )
        for attribution in analysis.attributions:
            if attribution.get("kind") == "non_response":
                silences.add_row(
                    analysis.outlet, str(attribution.get("source", "")), attribution.get("text")
                )
    out.print(claims if claims.row_count else "No casualty claims found.")
    out.print(silences if silences.row_count else "No non-responses found.")


# -- wiring --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Command:
    """A subcommand: its handler, help line and argument setup."""

    run: Callable[[argparse.Namespace, Console], int]
    help: str
    arguments: Callable[[argparse.ArgumentParser], None] = lambda parser: None


def _poll_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--once", action="store_true", help="poll every feed once now (the default)"
    )
    parser.add_argument(
        "--retry-paused", action="store_true", help="unpause paused feeds and poll them too"
    )


def _run_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dispatch-every",
        type=_positive_float,
        default=30.0,
        metavar="SECONDS",
        help="how often to look for due feeds (default 30)",
    )


def _articles_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--story", metavar="NAME", help="only articles matched to this story")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one article per line")


def _analyze_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="FILE|URL|-", help="texts to analyse")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one input per line")


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep", metavar="DB", help="keep the demo database at this path")


COMMANDS: dict[str, Command] = {
    "check-config": Command(cmd_check_config, "validate the configuration and exit"),
    "poll": Command(cmd_poll, "poll every feed once and print a summary", _poll_arguments),
    "run": Command(cmd_run, "poll on schedule until SIGINT/SIGTERM", _run_arguments),
    "articles": Command(cmd_articles, "list stored articles", _articles_arguments),
    "analyze": Command(cmd_analyze, "find claims and attributions in texts", _analyze_arguments),
    "demo": Command(cmd_demo, "poll bundled fictional feeds served locally", _demo_arguments),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosswire", description="Watch how outlets' accounts of a story drift apart."
    )
    parser.add_argument(
        "--config",
        metavar="PATH",
        help=f"configuration file (default ./{DEFAULT_CONFIG}, or ${CONFIG_ENV})",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, command in COMMANDS.items():
        sub = commands.add_parser(name, help=command.help, description=command.help)
        command.arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``crosswire`` console script."""
    args = build_parser().parse_args(argv)
    _configure_logging(args)
    out = Console(highlight=False, width=_output_width())
    try:
        return COMMANDS[args.command].run(args, out)
    except UsageError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `crosswire articles --json | head` closed the pipe; nothing left to say.
        _silence_stdout()
        return 0


def _output_width() -> int | None:
    """Let rich size tables to a terminal; use a roomy fixed width when output is piped."""
    if sys.stdout.isatty():
        return None
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else PIPED_WIDTH


def _configure_logging(args: argparse.Namespace) -> None:
    level = (
        logging.DEBUG
        if args.verbose
        else logging.INFO
        if args.command == "run"
        else logging.WARNING
    )
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    if not args.verbose:
        logging.getLogger("httpx").setLevel(logging.WARNING)
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        logging.getLogger("alembic").setLevel(logging.WARNING)
        logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _write_json_line(record: dict[str, Any], stream: TextIO | None = None) -> None:
    target = stream or sys.stdout
    target.write(json.dumps(record, ensure_ascii=False) + "\n")


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    with suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return number


def _one_line(exc: BaseException | str) -> str:
    return " ".join(str(exc).split())[:300]
