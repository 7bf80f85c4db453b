"""Keep the bot token out of every log line and traceback.

PTB logs its API URL (which holds the token) at debug level and httpx logs request URLs; a
record factory replaces the token with ``[token]`` in each record's message and in its
pre-formatted traceback, whichever handler later writes it.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

_installed: set[str] = set()
MASK = "[token]"


def redact(text: str) -> str:
    for secret in _installed:
        text = text.replace(secret, MASK)
    return text


def install(token: str) -> None:
    """Redact ``token`` (and its secret half) from every log record from now on."""
    if token in _installed:
        return
    first = not _installed
    _installed.add(token)
    _installed.add(token.split(":", 1)[-1])
    if not first:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        if record.exc_info and record.exc_info[1] is not None:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = redact(text)
        return record

    logging.setLogRecordFactory(factory)
