"""/outlet add|remove|list: outlets from the chat, for configured bot admins only."""

from __future__ import annotations

from telegram import Update

from bot.args import ArgumentProblem, words
from bot.chats import is_bot_admin
from bot.context import Context, services
from bot.feedpolicy import FeedRefused, check_feed_url
from bot.help import usage
from bot.replies import reply
from crosswire.db.bot_store import DuplicateName
from crosswire.messages import esc

MAX_FEEDS = 10


async def outlet(update: Update, context: Context) -> None:
    """Dispatch /outlet to add, remove or list (bot admins only)."""
    user = update.effective_user
    if not is_bot_admin(context, user.id if user else None):
        raise ArgumentProblem("only the bot's admins (telegram.admins) can manage outlets")
    items = words(context.args or [])
    action = items[0].casefold() if items else ""
    if action == "list":
        await _list(update, context)
    elif action == "remove" and len(items) > 1:
        await _remove(update, context, " ".join(items[1:]))
    elif action == "add" and len(items) > 2:
        await _add(update, context, items[1], items[2:])
    else:
        raise ArgumentProblem(f"usage: {usage('outlet')}")


async def _add(update: Update, context: Context, name: str, feeds: list[str]) -> None:
    svc = services(context)
    if len(feeds) > MAX_FEEDS:
        raise ArgumentProblem(f"at most {MAX_FEEDS} feeds per outlet")
    if svc.config.outlet(name) is not None:
        raise ArgumentProblem(f'"{name}" is in config.yaml already')
    for url in feeds:
        try:
            await check_feed_url(url)
        except FeedRefused as exc:
            raise ArgumentProblem(str(exc)) from None
    user = update.effective_user
    try:
        svc.chats.add_outlet(name, feeds, user.id if user else None, svc.now())
    except DuplicateName:
        raise ArgumentProblem(f'an outlet called "{name}" exists already') from None
    await reply(
        update,
        f"Added {esc(name)} with {len(feeds)} feed(s); polled from the next round of "
        "crosswire run.",
    )


async def _remove(update: Update, context: Context, name: str) -> None:
    svc = services(context)
    if not svc.chats.remove_outlet(name):
        where = "config.yaml" if svc.config.outlet(name) else None
        raise ArgumentProblem(
            f'"{name}" is in config.yaml; remove it there' if where else f'no outlet "{name}"'
        )
    await reply(update, f"Removed {esc(name)}.")


async def _list(update: Update, context: Context) -> None:
    svc = services(context)
    states = {f.url: f for f in svc.store.feeds()}
    outlets = [(o.name, [str(f.url) for f in o.feeds], "config") for o in svc.config.outlets]
    outlets += [(o.name, o.feeds, "chat") for o in svc.chats.outlets()]
    if not outlets:
        await reply(update, "No outlets yet; /outlet add NAME FEED_URL adds one.")
        return
    lines = ["<b>Outlets</b>"]
    for name, feeds, origin in outlets:
        lines.append(f"<b>{esc(name)}</b> ({origin})")
        for url in feeds:
            state = states.get(url)
            if state is None:
                status = "not polled yet"
            elif state.paused:
                status = f"paused: {state.last_error or 'too many failures'}"
            elif state.last_error and state.last_status == "failed":
                status = f"failing: {state.last_error}"
            else:
                status = state.last_status or "ok"
            lines.append(f"  • {esc(url, 200)} — {esc(status, 200)}")
    await reply(update, lines)
