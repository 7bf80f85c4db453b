"""The bot's tables: chats, subscriptions, mutes, watch rules, chat outlets, deliveries, feedback.

They sit on the core's ``metadata`` (so one migration history and one schema comparison cover
them); migration 0004 creates the same tables.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from crosswire.db.schema import metadata
from crosswire.db.types import UTCDateTime

NAME_LENGTH = 200

bot_chats = Table(
    "bot_chats",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),  # Telegram's chat id
    Column("kind", String(20), nullable=False),  # private / group / supergroup / channel
    Column("title", String(NAME_LENGTH)),
    Column("username", String(NAME_LENGTH)),
    Column("active", Boolean, nullable=False, default=True),  # false once blocked or removed
    Column("inactive_reason", Text),
    Column("digest_off", Boolean, nullable=False, default=False),
    Column("digest_time", String(5)),  # HH:MM; NULL = the configured default
    Column("digest_zone", String(64)),  # IANA name; NULL = the configured default
    Column("digest_thread_id", BigInteger),
    Column("digest_sent_at", UTCDateTime()),  # the last digest; the next is due after it
    Column("created_at", UTCDateTime(), nullable=False),
)

bot_subscriptions = Table(
    "bot_subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("chat_id", BigInteger, ForeignKey("bot_chats.id"), nullable=False),
    Column("story", String(NAME_LENGTH), nullable=False),  # a story name, or "*" for all
    Column("thread_id", BigInteger),  # the forum topic it was made in; NULL = General / none
    Column("created_by", BigInteger),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("chat_id", "story"),
)

bot_mutes = Table(
    "bot_mutes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("chat_id", BigInteger, ForeignKey("bot_chats.id"), nullable=False),
    Column("story", String(NAME_LENGTH), nullable=False),
    Column("until", UTCDateTime()),  # NULL = until unmuted
    UniqueConstraint("chat_id", "story"),
)

bot_watch_rules = Table(
    "bot_watch_rules",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(NAME_LENGTH), nullable=False),
    Column("name_key", String(NAME_LENGTH), nullable=False, unique=True),  # casefolded
    Column("rule", JSON, nullable=False),  # the story as config.yaml would hold it
    Column("chat_id", BigInteger),
    Column("created_by", BigInteger),
    Column("created_at", UTCDateTime(), nullable=False),
)

bot_outlets = Table(
    "bot_outlets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(NAME_LENGTH), nullable=False),
    Column("name_key", String(NAME_LENGTH), nullable=False, unique=True),
    Column("feeds", JSON, nullable=False),  # list of feed URLs
    Column("created_by", BigInteger),
    Column("created_at", UTCDateTime(), nullable=False),
)

bot_deliveries = Table(
    "bot_deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("alert_id", Integer, nullable=False),  # the outbox row
    Column("chat_id", BigInteger, ForeignKey("bot_chats.id"), nullable=False),
    Column("thread_id", BigInteger),
    Column("message_id", BigInteger),  # the first message of the alert; NULL = skipped (muted)
    Column("story", String(NAME_LENGTH), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("alert", JSON, nullable=False),  # headline and divergence, for the buttons
    Column("sent_at", UTCDateTime(), nullable=False),
    UniqueConstraint("alert_id", "chat_id"),
    Index("ix_bot_deliveries_message", "chat_id", "message_id"),
)

bot_feedback = Table(
    "bot_feedback",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("delivery_id", Integer, ForeignKey("bot_deliveries.id"), nullable=False),
    Column("claim_index", Integer, nullable=False),
    Column("claim", JSON, nullable=False),  # outlet, url, figure, claimant ... as alerted
    Column("verdict", String(10), nullable=False),  # confirm / reject
    Column("user_id", BigInteger, nullable=False),
    Column("chat_id", BigInteger, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("delivery_id", "claim_index", "user_id"),
)
