"""The ``crosswire`` command line: one module per command, wired here.

``main`` parses the arguments and maps problems to exit codes: 0 done, 1 some input failed
(``analyze``) or an unexpected error (one line, never a traceback; ``-v`` logs it), 2 bad
configuration or usage. ``--config`` and ``-v`` are accepted before or after the command. A
command is a ``Command`` (handler, help line, argument setup) in ``COMMANDS``. Everything
printed or logged passes through :func:`crosswire.redaction.redact`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from rich.console import Console

from crosswire.cli.analyze import ANALYZE
from crosswire.cli.articles import ARTICLES
from crosswire.cli.common import (
    CONFIG_ENV,
    DEFAULT_CONFIG,
    Command,
    UsageError,
    one_line,
    silence_stdout,
)
from crosswire.cli.compare import COMPARE
from crosswire.cli.demo import DEMO
from crosswire.cli.digest import DIGEST
from crosswire.cli.divergences import CLAIMS, DIVERGENCES, SOURCES
from crosswire.cli.feedback import FEEDBACK
from crosswire.cli.poll import CHECK_CONFIG, POLL, RUN
from crosswire.redaction import install_redaction, redact

PIPED_WIDTH = 160

log = logging.getLogger("crosswire")

COMMANDS: dict[str, Command] = {
    "check-config": CHECK_CONFIG,
    "poll": POLL,
    "run": RUN,
    "articles": ARTICLES,
    "analyze": ANALYZE,
    "divergences": DIVERGENCES,
    "compare": COMPARE,
    "claims": CLAIMS,
    "sources": SOURCES,
    "digest": DIGEST,
    "feedback": FEEDBACK,
    "demo": DEMO,
}


def _global_options(parser: argparse.ArgumentParser, default: object) -> None:
    """``--config`` and ``-v``; on subcommands their default is "not given", so that a value
    given before the command is not overwritten by the subcommand's default."""
    parser.add_argument(
        "--config",
        metavar="PATH",
        default=default,
        help=f"configuration file (default ./{DEFAULT_CONFIG}, or ${CONFIG_ENV})",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", default=default, help="log debugging detail"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosswire", description="Watch how outlets' accounts of a story drift apart."
    )
    _global_options(parser, None)
    parser.set_defaults(verbose=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, command in COMMANDS.items():
        sub = commands.add_parser(name, help=command.help, description=command.help)
        _global_options(sub, argparse.SUPPRESS)
        command.arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``crosswire`` console script."""
    args = build_parser().parse_args(argv)
    _configure_logging(args)
    # markup off: outside text ("[the rebels]", "[sic]", "[/b]") is printed as written
    out = Console(highlight=False, markup=False, width=_output_width())
    try:
        return COMMANDS[args.command].run(args, out)
    except UsageError as exc:
        for line in exc.lines:
            print(redact(line), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `crosswire articles --json | head` closed the pipe; nothing left to say.
        silence_stdout()
        return 0
    except Exception as exc:  # the last edge: a one-line error, never a traceback
        log.debug("unexpected error in %s", args.command, exc_info=True)
        hint = "" if args.verbose else " (run with -v for details)"
        print(
            f"crosswire {args.command}: unexpected {type(exc).__name__}: {one_line(exc)}{hint}",
            file=sys.stderr,
        )
        return 1


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
    install_redaction()
    if not args.verbose:
        logging.getLogger("httpx").setLevel(logging.WARNING)
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        logging.getLogger("alembic").setLevel(logging.WARNING)
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
