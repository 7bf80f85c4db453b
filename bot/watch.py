"""/watch add|list|show|remove: watch rules from the chat, validated like config.yaml's."""

from __future__ import annotations

from telegram import Update

from bot.args import ArgumentProblem
from bot.chats import is_bot_admin, settings_place
from bot.context import Context, services
from bot.help import usage
from bot.replies import reply
from crosswire.db.bot_store import DuplicateName
from crosswire.messages import esc
from crosswire.watchrules import describe_rule, parse_watch_add, validate_watch_rule


async def watch(update: Update, context: Context) -> None:
    """Dispatch /watch to add, list, show or remove."""
    args = list(context.args or [])
    action = args[0].casefold() if args else ""
    if action == "list":
        await _list(update, context)
    elif action == "show" and len(args) > 1:
        await _show(update, context, " ".join(args[1:]))
    elif action == "remove" and len(args) > 1:
        await _remove(update, context, " ".join(args[1:]))
    elif action == "add" and len(args) > 1:
        await _add(update, context, args[1:])
    else:
        raise ArgumentProblem(f"usage: {usage('watch')}")


async def _add(update: Update, context: Context, args: list[str]) -> None:
    place, _ = await settings_place(update, context, [])
    svc = services(context)
    rule = parse_watch_add(args)
    story = validate_watch_rule(svc.config, svc.store, rule)
    user = update.effective_user
    try:
        svc.chats.add_watch_rule(
            story.name, rule, place.chat_id, user.id if user else None, svc.now()
        )
    except DuplicateName:
        raise ArgumentProblem(f'a rule called "{story.name}" exists already') from None
    await reply(
        update,
        f"Watching <b>{esc(story.name)}</b>. /subscribe {esc(story.name)} to get its alerts here.",
    )


async def _list(update: Update, context: Context) -> None:
    rules = services(context).rules()
    if not rules:
        await reply(update, "No watch rules yet; add one with /watch add NAME KEYWORDS.")
        return
    lines = ["<b>Watch rules</b>"]
    lines += [f"• {esc(r.story.name)} — from {esc(r.origin)}" for r in rules]
    await reply(update, lines)


async def _show(update: Update, context: Context, name: str) -> None:
    key = name.casefold()
    rule = next((r for r in services(context).rules() if r.story.name.casefold() == key), None)
    if rule is None:
        raise ArgumentProblem(f'no watch rule called "{name}"; /watch list shows them')
    head, *rest = describe_rule(rule)
    await reply(update, [f"<b>{esc(head)}</b>", *(esc(line) for line in rest)])


async def _remove(update: Update, context: Context, name: str) -> None:
    place, _ = await settings_place(update, context, [])
    svc = services(context)
    record = next(
        (r for r in svc.chats.watch_rules() if r.name.casefold() == name.casefold()), None
    )
    user = update.effective_user
    if (
        record is not None
        and record.chat_id != place.chat_id
        and not is_bot_admin(context, user.id if user else None)
    ):
        raise ArgumentProblem("only the chat that added this rule (or a bot admin) can remove it")
    if not svc.chats.remove_watch_rule(name):
        if svc.find_story(name) is not None:
            raise ArgumentProblem(f'"{name}" is in config.yaml; remove it there')
        raise ArgumentProblem(f'no watch rule called "{name}"; /watch list shows them')
    await reply(update, f"Removed the watch rule {esc(name)}.")
