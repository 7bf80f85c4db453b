"""The ``crosswire`` command line; see ``crosswire.cli.main``."""

from crosswire.cli.main import COMMANDS, build_parser, main

__all__ = ["COMMANDS", "build_parser", "main"]
