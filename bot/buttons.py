"""Inline buttons under an alert: evidence, mute the story, confirm or reject a figure."""

from __future__ import annotations

from datetime import timedelta

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.alerts import StoredAlert, alert_buttons, alert_lines, evidence_lines
from bot.chats import ADMIN_STATUSES
from bot.context import Context, services
from crosswire.db.bot_store import Delivery
from crosswire.messages import TELEGRAM_LIMIT, split_lines

MUTE_FOR = timedelta(hours=24)


async def _delivery(update: Update, context: Context) -> Delivery | None:
    query = update.callback_query
    assert query is not None and query.data is not None
    chat = update.effective_chat
    try:
        alert_id = int(query.data.split(":")[1])
    except (IndexError, ValueError):
        alert_id = -1
    found = services(context).chats.delivery_for(alert_id, chat.id) if chat else None
    if found is None:
        await query.answer("This alert is no longer known.", show_alert=True)
    return found


def _alert(delivery: Delivery) -> StoredAlert:
    return StoredAlert.of(delivery.alert_id, delivery.story, delivery.kind, delivery.alert)


async def evidence(update: Update, context: Context) -> None:
    """Edit the alert to show the sentences behind each claim."""
    delivery = await _delivery(update, context)
    query = update.callback_query
    if delivery is None or query is None:
        return
    alert = _alert(delivery)
    body = split_lines(
        [*alert_lines(alert, alert.stories), *evidence_lines(alert.divergence)], TELEGRAM_LIMIT
    )
    try:
        await query.edit_message_text(
            body[0],
            parse_mode=ParseMode.HTML,
            disable_web_page_preview=True,
            reply_markup=alert_buttons(alert, evidence_shown=True),
        )
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise
    await query.answer("Evidence added" if len(body) == 1 else "Evidence added (shortened)")


async def mute_story(update: Update, context: Context) -> None:
    """Mute the alert's stories (all those its message named) in this chat for a day."""
    delivery = await _delivery(update, context)
    query = update.callback_query
    if delivery is None or query is None:
        return
    chat = update.effective_chat
    if chat is not None and chat.type != "private":
        member = await context.bot.get_chat_member(chat.id, query.from_user.id)
        if member.status not in ADMIN_STATUSES:
            await query.answer("Only admins can mute this chat's alerts.", show_alert=True)
            return
    svc = services(context)
    stories = _alert(delivery).stories or (delivery.story,)
    for story in stories:
        svc.chats.mute(delivery.chat_id, story, svc.now() + MUTE_FOR)
    await query.answer(f"{'; '.join(stories)} muted for 24 hours")


async def feedback(update: Update, context: Context) -> None:
    """Record whether a reader thinks an extracted figure is right (fb:ALERT:CLAIM:y|n)."""
    delivery = await _delivery(update, context)
    query = update.callback_query
    if delivery is None or query is None or query.data is None:
        return
    parts = query.data.split(":")
    claims = list(delivery.alert.get("divergence", {}).get("claims", []))
    index = int(parts[2]) if len(parts) == 4 and parts[2].isdigit() else -1
    if not 0 <= index < len(claims) or parts[3] not in {"y", "n"}:
        await query.answer("Unknown button.", show_alert=True)
        return
    verdict = "confirm" if parts[3] == "y" else "reject"
    svc = services(context)
    svc.chats.record_feedback(
        delivery, index, claims[index], verdict, query.from_user.id, svc.now()
    )
    await query.answer(
        "Thanks: marked as right" if verdict == "confirm" else "Thanks: marked as wrong"
    )
