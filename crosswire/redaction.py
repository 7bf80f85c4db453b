"""Secrets never printed: database passwords and Telegram bot tokens are hidden in any text.

``hide_password`` renders a database URL the way SQLAlchemy does with ``hide_password=True``;
``redact`` hides URL passwords, anything shaped like a bot token and every secret the loaded
configuration holds (``remember_secrets``); ``RedactingFilter`` applies it to every log record,
including tracebacks.

>>> hide_password("postgresql+psycopg://reader:s3cret@db.example/news")
'postgresql+psycopg://reader:***@db.example/news'
>>> redact("token 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0 refused")
'token *** refused'
"""

from __future__ import annotations

import logging
import re

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

MASK = "***"

#: What BotFather hands out: the bot id, a colon, a 35-character secret. Shorter tails count
#: too, so that a token cut short in an error message ("got '123:AAH...'") is still hidden.
#: Not anchored on word boundaries: in Bot API URLs the token follows ``/bot`` directly.
BOT_TOKEN = re.compile(r"(?<![0-9])\d{3,15}:[A-Za-z0-9_-]{20,}")
#: ``scheme://user:password@host`` in any URL.
URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*:)(?P<password>[^@\s]+)@")

_remembered: set[str] = set()


def hide_password(url: str) -> str:
    """A database URL with its password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        return URL_PASSWORD.sub(lambda m: f"{m['head']}{MASK}@", url)


def remember_secrets(*secrets: str | None) -> None:
    """Hide these exact values from now on wherever ``redact`` runs (short ones are ignored,
    since hiding ``a`` everywhere would mangle text more than it protects)."""
    _remembered.update(secret for secret in secrets if secret and len(secret) >= 4)


def redact(text: str) -> str:
    """``text`` with URL passwords, bot tokens and remembered secrets hidden."""
    for secret in sorted(_remembered, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    text = URL_PASSWORD.sub(lambda m: f"{m['head']}{MASK}@", text)
    return BOT_TOKEN.sub(MASK, text)


class RedactingFilter(logging.Filter):
    """Redact each record's message and traceback before any handler formats it."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install_redaction(logger: logging.Logger | None = None) -> None:
    """Put a RedactingFilter on every handler of ``logger`` (the root logger by default)."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())


__all__ = [
    "BOT_TOKEN",
    "MASK",
    "RedactingFilter",
    "hide_password",
    "install_redaction",
    "redact",
    "remember_secrets",
]
