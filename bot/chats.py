"""Where a command was sent and who may change that chat's settings.

Private chats belong to their user; in groups only admins change settings (anyone reads);
a channel is configured from a private chat with ``--chat @channel`` by one of its admins.
In a forum, the topic counts: a message's ``message_thread_id`` is a topic only when
``is_topic_message`` is set (otherwise it is a reply chain), and the General topic has none.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Chat, ChatFullInfo, Update
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, Forbidden

from bot.args import ArgumentProblem, take_option
from bot.context import Context, services

ADMIN_STATUSES = {ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}


@dataclass(frozen=True, slots=True)
class Place:
    """A chat, and the forum topic in it (None: no topic, or General)."""

    chat_id: int
    kind: str
    thread_id: int | None
    title: str | None = None


def here(update: Update) -> Place:
    """The chat and topic an update came from."""
    chat = update.effective_chat
    message = update.effective_message
    assert chat is not None
    thread = None
    if message is not None and message.is_topic_message and message.message_thread_id:
        thread = message.message_thread_id
    return Place(chat.id, chat.type, thread, _title(chat))


def _title(chat: Chat | ChatFullInfo) -> str | None:
    return chat.title or chat.username or chat.first_name


async def remember(update: Update, context: Context) -> None:
    """Record the chat an update came from (it is active again if it had left)."""
    chat = update.effective_chat
    if chat is not None:
        services(context).chats.upsert_chat(
            chat.id, chat.type, _title(chat), chat.username, services(context).now()
        )


async def is_admin(context: Context, chat_id: int, user_id: int) -> bool:
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except (BadRequest, Forbidden):
        return False
    return member.status in ADMIN_STATUSES


async def settings_place(
    update: Update, context: Context, items: list[str]
) -> tuple[Place, list[str]]:
    """The chat whose settings a command changes, after checking the sender may change them."""
    rest, target = take_option(items, "--chat")
    user = update.effective_user
    if target is None:
        place = here(update)
        if place.kind in {Chat.GROUP, Chat.SUPERGROUP} and (
            user is None or not await is_admin(context, place.chat_id, user.id)
        ):
            raise ArgumentProblem("only this group's admins can change its settings")
        return place, rest
    if user is None:
        raise ArgumentProblem("--chat works from a private chat with the bot")
    try:
        chat = await context.bot.get_chat(target if target.startswith("@") else int(target))
    except (BadRequest, Forbidden, ValueError):
        raise ArgumentProblem(
            f"cannot find {target}; add the bot there as an admin first"
        ) from None
    if not await is_admin(context, chat.id, user.id):
        raise ArgumentProblem(f"only admins of {target} can change its settings")
    if chat.type == Chat.CHANNEL and not await is_admin(context, chat.id, context.bot.id):
        raise ArgumentProblem(f"make the bot an admin of {target} so that it can post there")
    services(context).chats.upsert_chat(
        chat.id, chat.type, _title(chat), chat.username, services(context).now()
    )
    return Place(chat.id, chat.type, None, _title(chat)), rest


def is_bot_admin(context: Context, user_id: int | None) -> bool:
    """A configured bot administrator (``telegram.admins``)."""
    return user_id is not None and user_id in services(context).config.telegram.admins
