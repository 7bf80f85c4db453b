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

import itertools
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from tests.support.botapi_methods import BotApiMethods
from tests.support.botapi_model import (
    BOT_ID,
    BOT_USERNAME,
    TOKEN,
    ApiError,
    Chat,
    Failure,
    JSONDict,
    Sent,
    client_gone,
    parse_body,
    user_json,
)

__all__ = ["BOT_ID", "BOT_USERNAME", "TOKEN", "BotApiStandIn", "Chat", "Sent"]


class BotApiStandIn(BotApiMethods):
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
        message["from"] = user_json(sender)
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
            "from": user_json(user_id),
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
            "from": user_json(by),
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
        migrate_to: int | None = None,
    ) -> None:
        """Script the next ``times`` calls of ``method`` (to ``chat_id``) to fail.

        ``migrate_to``: the group became a supergroup with this id (400 with
        ``parameters.migrate_to_chat_id``, as Telegram answers).
        """
        error: ApiError | None = None
        if not drop:
            parameters: JSONDict | None = None
            if retry_after is not None:
                parameters = {"retry_after": retry_after}
            if migrate_to is not None:
                code, parameters = 400, {"migrate_to_chat_id": migrate_to}
                description = (
                    description or "Bad Request: group chat was upgraded to a supergroup chat"
                )
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
                params = parse_body(self.headers.get("Content-Type", ""), body)
                api._wait_at_hold(method)
                if client_gone(self.connection):
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
