"""A Telegram Bot API stand-in on 127.0.0.1 for end-to-end tests of the real PTB Application.

It serves ``/bot<token>/<method>`` (JSON or multipart bodies) and ``/file/bot<token>/...`` and
behaves like the real API where the bot depends on it: long-polling ``getUpdates`` with offsets
(confirmed updates are dropped), message ids per chat, forum topics (``message_thread_id``; the
General topic takes no thread id), Telegram's HTML subset (``400 can't parse entities``), the
4,096-character limit, ``429`` with ``parameters.retry_after``, ``403 bot was blocked by the
user``. Tests add chats and users, inject updates (messages, button presses, channel posts,
``my_chat_member``), script failures, and read every sent or edited message per chat and thread.
Nothing here reaches the internet.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import select
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from tests.support.telegram_html import EntityError, utf16_length, visible_text

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


def _user(user_id: int, name: str | None = None) -> JSONDict:
    return {"id": user_id, "is_bot": False, "first_name": name or f"user{user_id}"}


class BotApiStandIn:
    """The fake Bot API server; use as a context manager, then point PTB at ``base_url``."""

    def __init__(self, token: str = TOKEN, *, enforce_limits: bool = False) -> None:
        self.token = token
        self.enforce_limits = enforce_limits
        self.chats: dict[int, Chat] = {}
        self.sent: list[Sent] = []
        self.calls: list[tuple[str, JSONDict]] = []
        self.answered: list[JSONDict] = []
        self.commands: list[JSONDict] = []
        self.webhook: JSONDict | None = None  # set by setWebhook
        self.failures: list[Failure] = []
        self._updates: list[JSONDict] = []
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._callback_ids = itertools.count(1)
        self._lock = threading.Condition()
        self._closing = False
        self._holds: dict[str, threading.Semaphore] = {}
        self.held = 0  # requests that reached a hold
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """What ``telegram.base_url`` should be: PTB appends the token."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def __enter__(self) -> BotApiStandIn:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._closing = True
            self._lock.notify_all()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # -- the world the tests set up ----------------------------------------------------

    def add_chat(self, chat_id: int, kind: str = "private", **details: Any) -> Chat:
        """Register a chat (private chats need no title; groups have negative ids)."""
        chat = Chat(id=chat_id, type=kind, **details)
        with self._lock:
            self.chats[chat_id] = chat
        return chat

    def user_says(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        thread_id: int | None = None,
    ) -> int:
        """A user's message arrives in ``chat_id`` (``thread_id``: a forum topic)."""
        chat = self.chats[chat_id]
        sender = user_id if user_id is not None else chat_id
        message = self._message(chat, text, thread_id)
        message["from"] = _user(sender)
        return self._push({"message": message})

    def channel_post(self, chat_id: int, text: str) -> int:
        """A post appears in a channel the bot administers."""
        return self._push({"channel_post": self._message(self.chats[chat_id], text, None)})

    def press(self, chat_id: int, message_id: int, data: str, *, user_id: int) -> str:
        """A user presses the inline button carrying ``data`` under a bot message."""
        sent = self.message(chat_id, message_id)
        query_id = str(next(self._callback_ids))
        message: JSONDict = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self.chats[chat_id].as_json(),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Crosswire"},
            "text": sent.visible,
        }
        if sent.thread_id is not None:
            message |= {"message_thread_id": sent.thread_id, "is_topic_message": True}
        query = {
            "id": query_id,
            "from": _user(user_id),
            "chat_instance": str(chat_id),
            "data": data,
            "message": message,
        }
        self._push({"callback_query": query})
        return query_id

    def member_update(self, chat_id: int, status: str, *, by: int) -> int:
        """The bot's membership changed (added, made admin, removed, blocked: ``kicked``)."""
        old = "member" if status in {"left", "kicked"} else "left"
        update = {
            "chat": self.chats[chat_id].as_json(),
            "from": _user(by),
            "date": int(time.time()),
            "old_chat_member": {"status": old, "user": self._me()},
            "new_chat_member": {"status": status, "user": self._me()}
            | ({"until_date": 0} if status == "kicked" else {}),
        }
        if status == "kicked":
            self.chats[chat_id].blocked = True
        return self._push({"my_chat_member": update})

    def fail(
        self,
        method: str,
        *,
        code: int = 429,
        description: str | None = None,
        retry_after: int | None = None,
        chat_id: int | None = None,
        times: int = 1,
        drop: bool = False,
    ) -> None:
        """Script the next ``times`` calls of ``method`` (to ``chat_id``) to fail."""
        error: ApiError | None = None
        if not drop:
            parameters = {"retry_after": retry_after} if retry_after is not None else None
            if description is None:
                description = (
                    f"Too Many Requests: retry after {retry_after}" if code == 429 else "Error"
                )
            error = ApiError(code, description, parameters)
        with self._lock:
            self.failures.append(Failure(method, chat_id, error, times))

    def hold(self, method: str) -> None:
        """Keep every ``method`` request waiting (before it is processed) until released."""
        with self._lock:
            self._holds[method] = threading.Semaphore(0)

    def release(self, method: str, count: int = 1) -> None:
        """Let ``count`` held (or future) ``method`` requests through."""
        self._holds[method].release(count)

    def unhold(self, method: str) -> None:
        """Stop holding ``method``; waiting requests go on (those whose client died are dropped)."""
        with self._lock:
            gate = self._holds.pop(method, None)
        if gate is not None:
            gate.release(10_000)

    def _wait_at_hold(self, method: str) -> None:
        with self._lock:
            gate = self._holds.get(method)
            if gate is None:
                return
            self.held += 1
            self._lock.notify_all()
        gate.acquire()

    # -- what tests read ---------------------------------------------------------------

    def messages(
        self, chat_id: int, thread_id: int | None = None, *, any_thread: bool = False
    ) -> list[Sent]:
        """Messages in a chat (and topic), oldest first, as last edited."""
        with self._lock:
            return [
                m
                for m in self.sent
                if m.chat_id == chat_id and (any_thread or m.thread_id == thread_id)
            ]

    def message(self, chat_id: int, message_id: int) -> Sent:
        with self._lock:
            return next(m for m in self.sent if (m.chat_id, m.message_id) == (chat_id, message_id))

    def wait_for(
        self, condition: Callable[[], bool], timeout: float = 20.0, what: str = "condition"
    ) -> None:
        """Block until ``condition()`` holds (checked on every API call), or fail."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"timed out waiting for {what}")
                self._lock.wait(min(remaining, 0.2))

    def wait_reply(
        self, chat_id: int, count: int = 1, *, thread_id: int | None = None, timeout: float = 20.0
    ) -> list[Sent]:
        """Wait until ``chat_id`` (topic ``thread_id``) holds at least ``count`` messages."""
        self.wait_for(
            lambda: len(self.messages(chat_id, thread_id)) >= count,
            timeout,
            f"{count} message(s) in chat {chat_id}",
        )
        return self.messages(chat_id, thread_id)

    def pending_updates(self) -> int:
        with self._lock:
            return len(self._updates)

    # -- internals ---------------------------------------------------------------------

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
                if failure.method == method and failure.chat_id in (None, _as_int(chat_id)):
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
            chat = self.chats.get(_as_int(raw) or 0)
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
        thread = _as_int(params.get("message_thread_id"))
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
            _buttons(params.get("reply_markup")),
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
            message |= {"caption": visible, "photo": [_photo_size(message_id)]}
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
        offset = _as_int(params.get("offset")) or 0
        timeout = float(params.get("timeout") or 0)
        limit = _as_int(params.get("limit")) or 100
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
        user_id = _as_int(params.get("user_id")) or 0
        return _member(chat, user_id)

    def _api_getChatAdministrators(self, params: JSONDict) -> list[JSONDict]:
        chat = self._chat(params)
        ids = sorted(chat.admins | ({chat.creator} if chat.creator else set()))
        return [_member(chat, user_id) for user_id in ids]

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
        message_id = _as_int(params.get("message_id"))
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
            buttons = _buttons(params.get("reply_markup"))
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

    # -- HTTP ---------------------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self._serve(b"")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self._serve(self.rfile.read(length))

            def _serve(self, body: bytes) -> None:
                prefix = f"/bot{api.token}/"
                if self.path.startswith(f"/file/bot{api.token}/"):
                    self._answer(200, b"file", "application/octet-stream")
                    return
                if not self.path.startswith(prefix):
                    self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                    return
                method = self.path[len(prefix) :].split("?")[0]
                params = _parse_body(self.headers.get("Content-Type", ""), body)
                api._wait_at_hold(method)
                if _client_gone(self.connection):
                    self.close_connection = True
                    return  # the client died while held: the request never happened
                failure = api._scripted(method, params)
                if failure is not None and failure.error is None:
                    self.close_connection = True
                    self.connection.close()
                    return
                try:
                    if failure is not None and failure.error is not None:
                        raise failure.error
                    result = api._call(method, params)
                except ApiError as exc:
                    answer: JSONDict = {
                        "ok": False,
                        "error_code": exc.code,
                        "description": exc.description,
                    }
                    if exc.parameters:
                        answer["parameters"] = exc.parameters
                    self._json(exc.code, answer)
                    return
                self._json(200, {"ok": True, "result": result})

            def _json(self, status: int, payload: JSONDict) -> None:
                self._answer(status, json.dumps(payload).encode(), "application/json")

            def _answer(self, status: int, body: bytes, kind: str) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def log_message(self, format: str, *args: object) -> None:
                return

        return _Handler


def _client_gone(connection: socket.socket) -> bool:
    """Whether the client closed its end (a killed bot) while its request waited."""
    try:
        readable, _, _ = select.select([connection], [], [], 0)
        return bool(readable) and connection.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


def _as_int(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        return None


def _parse_body(content_type: str, body: bytes) -> JSONDict:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        parsed = json.loads(body)
        return parsed if isinstance(parsed, dict) else {}
    if content_type.startswith("application/x-www-form-urlencoded"):
        pairs = urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True)
        return {key: _maybe_json(value) for key, value in pairs}
    if content_type.startswith("multipart/form-data"):
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        params: JSONDict = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            if part.get_filename():
                params[str(name)] = payload
            else:
                params[str(name)] = _maybe_json(payload.decode("utf-8"))
        return params
    return {}


def _maybe_json(text: str) -> Any:
    if text[:1] in "{[":
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def _buttons(markup: object) -> tuple[tuple[str, str], ...]:
    if isinstance(markup, str):
        markup = json.loads(markup)
    if not isinstance(markup, dict):
        return ()
    return tuple(
        (str(button["text"]), str(button.get("callback_data") or button.get("url") or ""))
        for row in markup.get("inline_keyboard", [])
        for button in row
    )


def _photo_size(message_id: int) -> JSONDict:
    return {
        "file_id": f"photo{message_id}",
        "file_unique_id": f"u{message_id}",
        "width": 800,
        "height": 400,
    }


def _member(chat: Chat, user_id: int) -> JSONDict:
    user = (
        _user(user_id)
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
