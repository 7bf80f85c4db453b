"""Reading commands anyone may use: /claims, /divergences, /sources."""

from __future__ import annotations

from collections import Counter

from telegram import Update

from bot.args import ArgumentProblem
from bot.context import Context, services
from bot.help import usage
from bot.replies import reply
from crosswire.digest import divergence_lines, key_figure_lines, record_fields
from crosswire.messages import esc
from crosswire.reads import outlet_records, story_divergences, story_key_figures

MAX_SHOWN = 15


def _story(context: Context, command: str) -> str:
    name = " ".join(context.args or [])
    if not name:
        raise ArgumentProblem(f"usage: {usage(command)}")
    story = services(context).find_story(name)
    if story is None:
        raise ArgumentProblem(f'no story called "{name}"; /stories lists them')
    return story.name


async def claims(update: Update, context: Context) -> None:
    """Key figures of a story per category and group."""
    name = _story(context, "claims")
    svc = services(context)
    figures = story_key_figures(svc.store, svc.config, name)
    if not figures:
        await reply(update, f"No figures for {esc(name)} yet.")
        return
    await reply(update, [f"<b>Key figures: {esc(name)}</b>", *key_figure_lines(figures, "html")])


async def divergences(update: Update, context: Context) -> None:
    """Where outlets' accounts of a story differ."""
    name = _story(context, "divergences")
    svc = services(context)
    found = story_divergences(svc.store, svc.config, name)
    if not found:
        await reply(update, f"No divergences in {esc(name)}: the outlets agree so far.")
        return
    lines = [f"<b>Divergences: {esc(name)}</b> ({len(found)})"]
    for item in found[:MAX_SHOWN]:
        lines += divergence_lines(item, "html")
    if len(found) > MAX_SHOWN:
        lines.append(f"… and {len(found) - MAX_SHOWN} more (crosswire divergences --story)")
    await reply(update, lines)


async def sources(update: Update, context: Context) -> None:
    """Outlet records, with readers' confirmations and rejections of extracted figures."""
    svc = services(context)
    records = outlet_records(svc.store, svc.config)
    votes: Counter[tuple[str, str]] = Counter(
        (str(f.claim.get("outlet", "?")), f.verdict) for f in svc.chats.feedback()
    )
    outlets = [str(r.get("outlet", "?")) for r in records]
    outlets += sorted({o for o, _ in votes} - set(outlets))
    if not outlets:
        await reply(update, "No outlet records yet.")
        return
    by_name = {str(r.get("outlet")): r for r in records}
    lines = ["<b>Outlet records</b>"]
    for name in outlets:
        fields = record_fields(by_name.get(name, {}))
        confirmed, rejected = votes[(name, "confirm")], votes[(name, "reject")]
        fields.append(f"readers: {confirmed} confirmed, {rejected} rejected")
        lines.append(f"• <b>{esc(name)}</b>: {esc('; '.join(fields))}")
    await reply(update, lines)
