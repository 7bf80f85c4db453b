"""The Bot API stand-in's data: chats, sent messages, scripted failures, JSON helpers."""

from __future__ import annotations

import email.parser
import email.policy
import json
import select
import socket
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmn"
BOT_ID = 123456789
BOT_USERNAME = "crosswire_test_bot"
MAX_TEXT = 4096
SENDING = frozenset({"sendMessage", "sendPhoto", "editMessageText"})
JSONDict = dict[str, Any]


class ApiError(Exception):
    """An error the API answers with: HTTP status, description, optional parameters."""

    def __init__(self, code: int, description: str, parameters: JSONDict | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


@dataclass
class Chat:
    """A chat the stand-in knows: private, group, supergroup (maybe a forum) or channel."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    is_forum: bool = False
    topics: set[int] = field(default_factory=set)
    admins: set[int] = field(default_factory=set)
    creator: int | None = None
    blocked: bool = False  # the user blocked the bot / the bot was removed

    def as_json(self) -> JSONDict:
        data: JSONDict = {"id": self.id, "type": self.type}
        if self.type == "private":
            data["first_name"] = self.title or f"user{self.id}"
        elif self.title:
            data["title"] = self.title
        if self.username:
            data["username"] = self.username
        if self.is_forum:
            data["is_forum"] = True
        return data


@dataclass(frozen=True)
class Sent:
    """A message as the bot left it: after sends and edits (``edits`` counts the edits)."""

    chat_id: int
    message_id: int
    thread_id: int | None
    text: str  # the raw HTML (or caption) the bot sent
    visible: str  # what a user sees
    buttons: tuple[tuple[str, str], ...]  # (label, callback_data or url)
    method: str
    at: float
    edits: int = 0
    photo: bytes | None = None


@dataclass
class Failure:
    """A scripted failure: the next ``times`` matching calls answer with ``error``."""

    method: str
    chat_id: int | None
    error: ApiError | None  # None: drop the connection without an answer
    times: int


def user_json(user_id: int, name: str | None = None) -> JSONDict:
    return {"id": user_id, "is_bot": False, "first_name": name or f"user{user_id}"}


def client_gone(connection: socket.socket) -> bool:
    """Whether the client closed its end (a killed bot) while its request waited."""
    try:
        readable, _, _ = select.select([connection], [], [], 0)
        return bool(readable) and connection.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


def as_int(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        return None


def parse_body(content_type: str, body: bytes) -> JSONDict:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        parsed = json.loads(body)
        return parsed if isinstance(parsed, dict) else {}
    if content_type.startswith("application/x-www-form-urlencoded"):
        pairs = urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True)
        return {key: maybe_json(value) for key, value in pairs}
    if content_type.startswith("multipart/form-data"):
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        params: JSONDict = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            raw = part.get_payload(decode=True)
            payload = raw if isinstance(raw, bytes) else b""
            if part.get_filename():
                params[str(name)] = payload
            else:
                params[str(name)] = maybe_json(payload.decode("utf-8"))
        return params
    return {}


def maybe_json(text: str) -> Any:
    if text[:1] in "{[":
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def buttons_of(markup: object) -> tuple[tuple[str, str], ...]:
    if isinstance(markup, str):
        markup = json.loads(markup)
    if not isinstance(markup, dict):
        return ()
    return tuple(
        (str(button["text"]), str(button.get("callback_data") or button.get("url") or ""))
        for row in markup.get("inline_keyboard", [])
        for button in row
    )


def photo_size(message_id: int) -> JSONDict:
    return {
        "file_id": f"photo{message_id}",
        "file_unique_id": f"u{message_id}",
        "width": 800,
        "height": 400,
    }


def member_json(chat: Chat, user_id: int) -> JSONDict:
    user = (
        user_json(user_id)
        if user_id != BOT_ID
        else {"id": BOT_ID, "is_bot": True, "first_name": "Crosswire"}
    )
    if user_id == chat.creator:
        return {"status": "creator", "user": user, "is_anonymous": False}
    if user_id in chat.admins or (user_id == BOT_ID and chat.type == "channel"):
        rights = dict.fromkeys(
            (
                "can_be_edited",
                "is_anonymous",
                "can_manage_chat",
                "can_delete_messages",
                "can_manage_video_chats",
                "can_restrict_members",
                "can_promote_members",
                "can_change_info",
                "can_invite_users",
                "can_post_stories",
                "can_edit_stories",
                "can_delete_stories",
            ),
            False,
        )
        return {"status": "administrator", "user": user, **rights, "can_manage_chat": True}
    if chat.type == "private" and user_id == chat.id:
        return {"status": "member", "user": user}
    return {"status": "member", "user": user}
