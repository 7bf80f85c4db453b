"""Chat commands: /start, /help, /stories, /subscribe, /unsubscribe, /mute; unknown commands."""

from __future__ import annotations

from telegram import Update

from bot.args import ArgumentProblem, parse_duration, words
from bot.chats import settings_place
from bot.context import Context, services
from bot.help import BY_NAME, COMMANDS, usage
from bot.replies import reply
from crosswire.db.bot_store import ALL_STORIES
from crosswire.messages import esc
from crosswire.reads import story_overview

DEFAULT_MUTE = "24h"


async def start(update: Update, context: Context) -> None:
    """Introduce the bot and point at the first steps."""
    await reply(
        update,
        [
            "<b>Crosswire</b> watches how outlets' accounts of a story drift apart: conflicting "
            "tolls, exclusives, silent edits.",
            "/stories lists what is watched; /subscribe STORY (or all) sends alerts here; "
            "/help shows every command.",
        ],
    )


async def help_command(update: Update, context: Context) -> None:
    """List the commands, or explain one."""
    asked = (context.args or [""])[0].lstrip("/").casefold()
    if asked in BY_NAME:
        command = BY_NAME[asked]
        lines = [f"<code>{esc(usage(asked))}</code>", esc(command.summary)]
        if command.details:
            lines.append(esc(command.details))
        await reply(update, lines)
        return
    lines = [f"No command /{esc(asked[:64])}."] if asked else []
    lines.append("<b>Commands</b>")
    lines += [f"<code>{esc(usage(c.name))}</code> — {esc(c.summary)}" for c in COMMANDS]
    await reply(update, lines)


async def unknown(update: Update, context: Context) -> None:
    """A command the bot does not have: say so in a private chat, or when addressed by name.

    A bare ``/command`` in a group, or one addressed to another bot, may be another bot's,
    so the bot stays silent there.
    """
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not message.text:
        return
    command, _, addressed = message.text.split()[0].partition("@")
    if addressed:
        answer = addressed.casefold() == (context.bot.username or "").casefold()
    else:
        answer = chat.type == chat.PRIVATE
    if answer:
        await reply(update, f"No command {esc(command[:64])}; /help lists the commands.")


async def stories(update: Update, context: Context) -> None:
    """Watched stories with article, outlet and claim counts and last activity."""
    found = services(context).rules()
    if not found:
        await reply(update, "No stories are watched yet; add one with /watch add NAME KEYWORDS.")
        return
    lines = ["<b>Watched stories</b>"]
    for rule in found:
        seen = story_overview(services(context).store, rule.story.name)
        last = seen.last_activity.strftime("%Y-%m-%d %H:%M UTC") if seen.last_activity else "none"
        lines.append(
            f"• <b>{esc(rule.story.name)}</b> ({esc(rule.origin)}): {seen.articles} articles, "
            f"{seen.outlets} outlets, {seen.claims} claims; last activity {last}"
        )
    await reply(update, lines)


def _story_name(context: Context, items: list[str], command: str) -> str:
    if not items:
        raise ArgumentProblem(f"usage: {usage(command)}")
    name = " ".join(items)
    if name.casefold() == "all":
        return ALL_STORIES
    story = services(context).find_story(name)
    if story is None:
        raise ArgumentProblem(f'no story called "{name}"; /stories lists them')
    return story.name


async def subscribe(update: Update, context: Context) -> None:
    """Send a story's alerts (or all) to this chat, in this topic."""
    place, rest = await settings_place(update, context, words(context.args or []))
    story = _story_name(context, rest, "subscribe")
    user = update.effective_user
    new = services(context).chats.subscribe(
        place.chat_id, story, place.thread_id, user.id if user else None, services(context).now()
    )
    what = _what(story)
    where = f" in {esc(place.title)}" if place.chat_id != update.effective_chat.id else ""  # type: ignore[union-attr]
    topic = " (this topic)" if place.thread_id else ""
    verb = "Subscribed to" if new else "Already subscribed to"
    await reply(update, f"{verb} {what}{where}{topic}.")


async def unsubscribe(update: Update, context: Context) -> None:
    """Stop a story's alerts (or all) in this chat."""
    place, rest = await settings_place(update, context, words(context.args or []))
    story = _story_name(context, rest, "unsubscribe")
    removed = services(context).chats.unsubscribe(place.chat_id, story)
    if not removed:
        held = {s.story for s in services(context).chats.subscriptions(place.chat_id)}
        if ALL_STORIES in held:  # the story's alerts still come, through "all"
            await reply(
                update,
                "This chat gets every story (/subscribe all): /unsubscribe all stops that, "
                f"and /mute {esc(story)} pauses this one.",
            )
            return
        await reply(update, "There was no such subscription here.")
        return
    await reply(update, f"Unsubscribed from {_what(story)}.")


def _what(story: str) -> str:
    """A story as a reply names it: "every story" for ``all``."""
    return "every story" if story == ALL_STORIES else esc(story)


async def mute(update: Update, context: Context) -> None:
    """Pause a story's alerts for a while (default 24h); ``off`` unmutes."""
    place, rest = await settings_place(update, context, words(context.args or []))
    if not rest:
        raise ArgumentProblem(f"usage: {usage('mute')}")
    duration_text = DEFAULT_MUTE
    if len(rest) > 1 and services(context).find_story(" ".join(rest)) is None:
        duration_text, rest = rest[-1].casefold(), rest[:-1]
    story = _story_name(context, rest, "mute")
    now = services(context).now()
    if duration_text == "off":
        services(context).chats.mute(place.chat_id, story, now)
        what = "Every story" if story == ALL_STORIES else esc(story)
        await reply(update, f"{what} is no longer muted.")
        return
    until = now + parse_duration(duration_text)
    services(context).chats.mute(place.chat_id, story, until)
    await reply(update, f"Muted {_what(story)} until {until:%Y-%m-%d %H:%M} UTC.")
