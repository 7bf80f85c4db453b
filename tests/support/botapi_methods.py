"""The Bot API methods the stand-in answers, and the checks the real API makes."""

from __future__ import annotations

import itertools
import json
import threading
import time
from typing import Any

from tests.support.botapi_model import (
    BOT_ID,
    BOT_USERNAME,
    MAX_TEXT,
    ApiError,
    Chat,
    Failure,
    JSONDict,
    Sent,
    as_int,
    buttons_of,
    member_json,
    photo_size,
)
from tests.support.telegram_html import EntityError, utf16_length, visible_text


class BotApiMethods:
    """``_api_<method>`` answers one Bot API method; the state lives in the stand-in."""

    token: str
    enforce_limits: bool
    chats: dict[int, Chat]
    sent: list[Sent]
    calls: list[tuple[str, JSONDict]]
    answered: list[JSONDict]
    commands: list[JSONDict]
    failures: list[Failure]
    webhook: JSONDict | None
    _updates: list[JSONDict]
    _message_ids: dict[int, itertools.count[int]]
    _update_ids: itertools.count[int]
    _lock: threading.Condition
    _closing: bool

    def _me(self) -> JSONDict:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Crosswire", "username": BOT_USERNAME}

    def _message(self, chat: Chat, text: str, thread_id: int | None) -> JSONDict:
        message: JSONDict = {
            "message_id": self._next_message_id(chat.id),
            "date": int(time.time()),
            "chat": chat.as_json(),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if thread_id is not None:
            message |= {"message_thread_id": thread_id, "is_topic_message": True}
        return message

    def _next_message_id(self, chat_id: int) -> int:
        with self._lock:
            counter = self._message_ids.setdefault(chat_id, itertools.count(1))
            return next(counter)

    def _push(self, body: JSONDict) -> int:
        with self._lock:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id} | body)
            self._lock.notify_all()
            return update_id

    def _scripted(self, method: str, params: JSONDict) -> Failure | None:
        chat_id = params.get("chat_id")
        with self._lock:
            for failure in self.failures:
                if failure.method == method and failure.chat_id in (None, as_int(chat_id)):
                    failure.times -= 1
                    if failure.times <= 0:
                        self.failures.remove(failure)
                    return failure
        return None

    def _call(self, method: str, params: JSONDict) -> Any:
        with self._lock:
            self.calls.append((method, params))
            self._lock.notify_all()
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        return handler(params)

    def _chat(self, params: JSONDict) -> Chat:
        raw = params.get("chat_id")
        if isinstance(raw, str) and raw.startswith("@"):
            chat = next((c for c in self.chats.values() if c.username == raw[1:]), None)
        else:
            chat = self.chats.get(as_int(raw) or 0)
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def _check_target(self, chat: Chat, params: JSONDict) -> int | None:
        if chat.blocked:
            reason = (
                "bot was blocked by the user"
                if chat.type == "private"
                else ("bot was kicked from the group chat")
            )
            raise ApiError(403, f"Forbidden: {reason}")
        thread = as_int(params.get("message_thread_id"))
        if thread is not None and chat.is_forum and thread not in chat.topics:
            raise ApiError(400, "Bad Request: message thread not found")
        return thread if chat.is_forum else None

    def _check_text(self, text: str | None, parse_mode: str | None) -> str:
        if not text or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        visible = text
        if parse_mode == "HTML":
            try:
                visible = visible_text(text)
            except EntityError as exc:
                raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        if utf16_length(visible.strip()) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return visible

    def _check_limits(self, chat: Chat) -> None:
        """Flood control as Telegram documents it: 1/s per chat, 20/min per group, 30/s."""
        if not self.enforce_limits:
            return
        now = time.monotonic()
        with self._lock:
            overall = [m for m in self.sent if now - m.at < 1.0]
            in_chat = [m for m in overall if m.chat_id == chat.id]
            group = chat.type != "private" and (
                sum(1 for m in self.sent if m.chat_id == chat.id and now - m.at < 60.0) >= 20
            )
        if len(overall) >= 30 or len(in_chat) >= 1 or group:
            raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})

    def _record(
        self,
        chat: Chat,
        thread: int | None,
        text: str,
        visible: str,
        params: JSONDict,
        method: str,
        photo: bytes | None = None,
    ) -> JSONDict:
        message_id = self._next_message_id(chat.id)
        sent = Sent(
            chat.id,
            message_id,
            thread,
            text,
            visible,
            buttons_of(params.get("reply_markup")),
            method,
            time.monotonic(),
            photo=photo,
        )
        with self._lock:
            self.sent.append(sent)
            self._lock.notify_all()
        message: JSONDict = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat.as_json(),
            "from": self._me(),
        }
        if photo is None:
            message["text"] = visible
        else:
            message |= {"caption": visible, "photo": [photo_size(message_id)]}
        if thread is not None:
            message |= {"message_thread_id": thread, "is_topic_message": True}
        return message

    # -- methods ------------------------------------------------------------------------

    def _api_getMe(self, params: JSONDict) -> JSONDict:
        return self._me() | {
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _api_deleteWebhook(self, params: JSONDict) -> bool:
        self.webhook = None
        return True

    def _api_setWebhook(self, params: JSONDict) -> bool:
        self.webhook = {k: v for k, v in params.items() if k in {"url", "secret_token"}}
        return True

    def _api_setMyCommands(self, params: JSONDict) -> bool:
        commands = params.get("commands")
        self.commands = json.loads(commands) if isinstance(commands, str) else list(commands or [])
        return True

    def _api_getUpdates(self, params: JSONDict) -> list[JSONDict]:
        offset = as_int(params.get("offset")) or 0
        timeout = float(params.get("timeout") or 0)
        limit = as_int(params.get("limit")) or 100
        deadline = time.monotonic() + min(timeout, 5.0)
        with self._lock:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and not self._closing:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._lock.wait(remaining)
            return list(self._updates[:limit])

    def _api_getChat(self, params: JSONDict) -> JSONDict:
        chat = self._chat(params)
        return chat.as_json() | {
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    def _api_getChatMember(self, params: JSONDict) -> JSONDict:
        chat = self._chat(params)
        user_id = as_int(params.get("user_id")) or 0
        return member_json(chat, user_id)

    def _api_getChatAdministrators(self, params: JSONDict) -> list[JSONDict]:
        chat = self._chat(params)
        ids = sorted(chat.admins | ({chat.creator} if chat.creator else set()))
        return [member_json(chat, user_id) for user_id in ids]

    def _api_sendMessage(self, params: JSONDict) -> JSONDict:
        chat = self._chat(params)
        thread = self._check_target(chat, params)
        visible = self._check_text(params.get("text"), params.get("parse_mode"))
        self._check_limits(chat)
        return self._record(chat, thread, str(params["text"]), visible, params, "sendMessage")

    def _api_sendPhoto(self, params: JSONDict) -> JSONDict:
        chat = self._chat(params)
        thread = self._check_target(chat, params)
        caption = params.get("caption") or " "
        visible = self._check_text(caption, params.get("parse_mode"))
        self._check_limits(chat)
        photo = params.get("photo")
        data = photo if isinstance(photo, bytes) else str(photo).encode()
        return self._record(chat, thread, caption, visible, params, "sendPhoto", data)

    def _api_editMessageText(self, params: JSONDict) -> JSONDict:
        chat = self._chat(params)
        message_id = as_int(params.get("message_id"))
        visible = self._check_text(params.get("text"), params.get("parse_mode"))
        with self._lock:
            index = next(
                (
                    i
                    for i, m in enumerate(self.sent)
                    if m.chat_id == chat.id and m.message_id == message_id
                ),
                None,
            )
            if index is None:
                raise ApiError(400, "Bad Request: message to edit not found")
            old = self.sent[index]
            buttons = buttons_of(params.get("reply_markup"))
            if old.text == params["text"] and old.buttons == buttons:
                raise ApiError(
                    400,
                    "Bad Request: message is not modified: specified new message content and "
                    "reply markup are exactly the same as a current content and reply markup "
                    "of the message",
                )
            self.sent[index] = Sent(
                old.chat_id,
                old.message_id,
                old.thread_id,
                str(params["text"]),
                visible,
                buttons,
                old.method,
                old.at,
                old.edits + 1,
            )
            self._lock.notify_all()
        message: JSONDict = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat.as_json(),
            "text": visible,
            "edit_date": int(time.time()),
        }
        return message

    def _api_answerCallbackQuery(self, params: JSONDict) -> bool:
        with self._lock:
            self.answered.append(params)
            self._lock.notify_all()
        return True
