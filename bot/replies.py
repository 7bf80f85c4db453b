"""Answering in the chat (and topic) a command came from, split under Telegram's limit."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import Update
from telegram.constants import ParseMode

from crosswire.messages import esc, split_lines


async def reply(update: Update, lines: Sequence[str] | str) -> None:
    """Send HTML ``lines`` (already escaped) as one or more messages."""
    message = update.effective_message
    if message is None:
        return
    for part in split_lines([lines] if isinstance(lines, str) else lines):
        await message.reply_text(
            part, parse_mode=ParseMode.HTML, do_quote=False, disable_web_page_preview=True
        )


async def reply_plain(update: Update, text: str) -> None:
    """Send outside or mixed ``text`` escaped."""
    await reply(update, [esc(line, 4000) for line in text.splitlines() or [""]])
