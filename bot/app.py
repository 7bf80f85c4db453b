"""The Telegram bot: every handler wired in ``build_app``; ``telegram_consumer`` for ``run``.

``crosswire run`` finds ``telegram_consumer`` through the ``crosswire.consumers`` entry point
(pyproject), so the core never imports this package. Services live in ``bot_data``; one global
error handler turns wrong arguments into a one-line reply and logs anything else (token-free).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import admin, buttons, commands, digests, lookups, watch
from bot.args import ArgumentProblem
from bot.chats import remember
from bot.context import BotServices, BotTiming, Context, services, utc_now
from bot.delivery import Deliverer
from bot.help import COMMANDS
from bot.redact import install, redact
from bot.replies import reply
from crosswire.config import Config, TelegramConfig
from crosswire.db.store import Store
from crosswire.messages import esc
from crosswire.reads import OutboxLike, open_outbox
from crosswire.watchrules import WatchRuleError

log = logging.getLogger(__name__)
RATE_LIMIT_RETRIES = 3
HEADROOM = 1.05  # send 5 % under the configured limits

HANDLERS: dict[str, Callable[..., object]] = {
    "start": commands.start,
    "help": commands.help_command,
    "stories": commands.stories,
    "subscribe": commands.subscribe,
    "unsubscribe": commands.unsubscribe,
    "mute": commands.mute,
    "watch": watch.watch,
    "claims": lookups.claims,
    "divergences": lookups.divergences,
    "sources": lookups.sources,
    "digest": digests.digest,
    "outlet": admin.outlet,
}


def build_app(
    config: Config,
    store: Store,
    *,
    timing: BotTiming | None = None,
    now: Callable[[], datetime] = utc_now,
    outbox_factory: Callable[[Store], OutboxLike] = open_outbox,
) -> Application:  # type: ignore[type-arg]
    """The PTB Application with every handler, the rate limiter and the two jobs."""
    telegram = config.telegram
    if not telegram.token:
        raise ValueError("telegram.token is not set")
    install(telegram.token)
    timing = timing or BotTiming(
        poll_timeout=telegram.poll_timeout, outbox_every=telegram.outbox_interval
    )
    builder = (
        Application.builder()
        .token(telegram.token)
        .rate_limiter(_rate_limiter(telegram))
        .get_updates_read_timeout(timing.poll_timeout + 10)
    )
    if telegram.base_url is not None:
        base = str(telegram.base_url).rstrip("/")
        builder = builder.base_url(base).base_file_url(_file_url(base))
    app = builder.build()
    svc = BotServices(config, store, timing, now, outbox_factory)
    app.bot_data["services"] = svc
    app.bot_data["deliverer"] = Deliverer(app.bot, svc, telegram.batch_after)
    _add_handlers(app)
    jobs = app.job_queue
    assert jobs is not None, "python-telegram-bot[job-queue] is required"
    jobs.run_repeating(
        deliver_job, interval=timing.outbox_every, first=timing.outbox_every, name="outbox"
    )
    jobs.run_repeating(
        digests.digest_job,
        interval=timing.digest_check_every,
        first=timing.digest_check_every,
        name="digests",
    )
    return app


def _rate_limiter(telegram: TelegramConfig) -> AIORateLimiter:
    """One message per slot, evenly spaced a little under the limits: a leaky bucket of
    capacity N would let 2N through in a one-second (or one-minute) window."""
    return AIORateLimiter(
        overall_max_rate=1,
        overall_time_period=HEADROOM / telegram.max_messages_per_second,
        group_max_rate=1,
        group_time_period=HEADROOM * 60 / telegram.group_messages_per_minute,
        max_retries=RATE_LIMIT_RETRIES,
    )


def _add_handlers(app: Application) -> None:  # type: ignore[type-arg]
    """Commands (in private chats, groups, topics and channel posts), buttons, membership."""
    where = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST
    app.add_handler(MessageHandler(filters.COMMAND & where, remember), group=-1)
    app.add_handler(ChatMemberHandler(membership, ChatMemberHandler.MY_CHAT_MEMBER))
    for name, handler in HANDLERS.items():
        app.add_handler(CommandHandler(name, handler, filters=where))  # type: ignore[arg-type]
    app.add_handler(MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGE, commands.unknown))
    app.add_handler(CallbackQueryHandler(buttons.evidence, pattern=r"^ev:"))
    app.add_handler(CallbackQueryHandler(buttons.mute_story, pattern=r"^mu:"))
    app.add_handler(CallbackQueryHandler(buttons.feedback, pattern=r"^fb:"))
    app.add_error_handler(on_error)


def _file_url(base: str) -> str:
    head, _, tail = base.rpartition("/")
    return f"{head}/file/{tail}" if tail == "bot" else base.replace("/bot", "/file/bot", 1)


async def start_bot(app: Application, config: Config, poll_timeout: float) -> None:  # type: ignore[type-arg]
    """Start the application, publish the command menu, then poll (or listen for webhooks)."""
    telegram = config.telegram
    await app.initialize()
    await app.start()
    await app.bot.set_my_commands(
        [BotCommand(c.name, c.summary[:256]) for c in COMMANDS if not c.admin]
    )
    updater = app.updater
    assert updater is not None
    if telegram.webhook_url is not None:
        host, _, port = telegram.webhook_listen.rpartition(":")
        url = str(telegram.webhook_url)
        await updater.start_webhook(
            listen=host,
            port=int(port),
            url_path=urlsplit(url).path.lstrip("/"),
            webhook_url=url,
            secret_token=telegram.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        await updater.start_polling(
            timeout=max(1, int(poll_timeout)), poll_interval=0.0, allowed_updates=Update.ALL_TYPES
        )
    log.info("telegram bot started (%s)", "webhook" if telegram.webhook_url else "polling")


async def stop_bot(app: Application) -> None:  # type: ignore[type-arg]
    """Stop polling, finish running handlers and jobs, close connections."""
    updater = app.updater
    if updater is not None and updater.running:
        await updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()


async def membership(update: Update, context: Context) -> None:
    """The bot was added, promoted, removed or blocked in a chat."""
    change = update.my_chat_member
    if change is None:
        return
    status = change.new_chat_member.status
    svc = services(context)
    if status in {"left", "kicked"}:
        svc.chats.deactivate_chat(change.chat.id, f"bot {status}")
    else:
        await remember(update, context)


async def deliver_job(context: Context) -> None:
    """JobQueue callback: one delivery round over the outbox."""
    deliverer = context.bot_data["deliverer"]
    assert isinstance(deliverer, Deliverer)
    await deliverer.round()


async def on_error(update: object, context: Context) -> None:
    """Wrong arguments get a one-line reply; anything else is logged and apologised for.

    A reply Telegram did not take (flood control, a blocked bot, the network) is logged in
    one line: an apology would meet the same refusal."""
    error = context.error
    chat = update.effective_chat if isinstance(update, Update) else None
    if _not_sent(error):
        log.warning(
            "reply in chat %s not sent: %s",
            chat.id if chat else "?",
            redact(f"{type(error).__name__}: {error}"),
        )
        return
    try:
        if isinstance(error, ArgumentProblem | WatchRuleError) and isinstance(update, Update):
            await reply(update, esc(str(error)))
            return
        log.error("update failed: %s", redact(f"{type(error).__name__}: {error}"), exc_info=error)
        if isinstance(update, Update) and update.effective_message is not None:
            await reply(update, "Sorry, that failed; the error has been logged.")
    except TelegramError as exc:
        if not _not_sent(exc):
            raise
        log.warning("reply in chat %s not sent: %s", chat.id if chat else "?", redact(str(exc)))


def _not_sent(error: object) -> bool:
    """Telegram refused or never got a message: flood control, a blocked bot, the network
    (not a BadRequest, which says what was wrong with the message)."""
    if isinstance(error, RetryAfter | Forbidden):
        return True
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


class TelegramConsumer:
    """The bot as one of ``crosswire run``'s consumers: start, then stop on shutdown."""

    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.app = build_app(config, store)

    async def start(self) -> None:
        await start_bot(self.app, self.config, self.config.telegram.poll_timeout)

    async def stop(self) -> None:
        await stop_bot(self.app)


def telegram_consumer(config: Config, store: Store) -> TelegramConsumer | None:
    """Entry point ``crosswire.consumers: telegram``: the bot when a token is configured."""
    if not config.telegram.token:
        return None
    return TelegramConsumer(config, store)
