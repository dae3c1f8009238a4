"""Following a conversation: a member's watch level and read place in a thread, their
notifications, and the outbox of e-mail waiting for the mail worker."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, foreign, mapped_column, relationship

from ..extensions import db
from .core import Post, Thread, UTCDateTime, utcnow
from .moderation import Notice


class WatchLevel(enum.StrEnum):
    WATCHING = "watching"  # every new reply
    NORMAL = "normal"  # only replies that quote my posts (the default)
    MUTED = "muted"  # nothing


class NotificationKind(enum.StrEnum):
    REPLY = "reply"  # a reply in a thread the member watches
    QUOTE = "quote"  # a reply that quotes one of the member's posts
    HELPFUL = "helpful"  # helpful votes on the member's post, batched, never naming voters
    HELD = "held"  # a reply to the member's flagged story waits for the moderators
    MODERATION = "moderation"  # a moderation notice (its text lives on the Notice)


class MailMode(enum.StrEnum):
    OFF = "off"
    NOW = "now"
    DIGEST = "digest"


class Watch(db.Model):
    """A member's relation to one thread: how closely they follow it, and the last post they
    have seen in it. A row exists once they read, write in, or set a level on the thread;
    without one (or with no level), the level is NORMAL."""

    __tablename__ = "watches"
    __table_args__ = (
        Index("ix_watches_thread_id_level", "thread_id", "level"),
        CheckConstraint("level IN ('watching', 'normal', 'muted')", name="level"),
    )

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    thread_id: Mapped[int] = mapped_column(
        ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True
    )
    # None until the member (or the automatic watch) chooses one.
    level: Mapped[str | None] = mapped_column(String(10))
    # The newest post id the member has been shown in the thread (post ids only grow).
    last_read_post_id: Mapped[int | None] = mapped_column()
    # While the level is WATCHING, every later reply is a notification: the thread's newest
    # post when the member began to watch (forum.notify.services.replies_to_watchers).
    notify_after_post_id: Mapped[int | None] = mapped_column()


class Notification(db.Model):
    """Something a member is told about. It stores ids only: names, excerpts and times are
    worked out when it is shown or mailed, so a post made anonymous, edited or removed later
    is shown as it is then.

    A reply in a thread the member watches is not stored: it is read from their watches and
    the thread's posts when shown, as an unsaved Notification of kind REPLY (see
    forum.notify.services.replies_to_watchers), so a reply among a thousand watchers writes
    no thousand rows. Rows of kind REPLY are the ones written before that (migration 0010).

    The table has no foreign keys: on PostgreSQL a key check per row (and the share lock it
    takes on each user, thread and post) tripled the cost of a set-based write. Nothing in
    the forum deletes a user, thread, post or notice; a notification whose post is missing
    reads as removed.
    """

    __tablename__ = "notifications"
    __table_args__ = (
        # A member's list, and every look at their newest (see forum.notify.services.RECENT).
        Index("ix_notifications_user_id_id", "user_id", "id"),
        # A watched thread's reply that quoted the member is told once, as the quote.
        Index("ix_notifications_post_id", "post_id"),
        CheckConstraint("kind IN ('reply', 'quote', 'helpful', 'held', 'moderation')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(String(20))
    thread_id: Mapped[int | None] = mapped_column()
    post_id: Mapped[int | None] = mapped_column()
    notice_id: Mapped[int | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # How it is mailed, decided when it is written: "now" (an outbox row was queued with it),
    # "digest" while it waits for the daily digest, "sent" once a digest carried it.
    mail: Mapped[str | None] = mapped_column(String(10))

    thread: Mapped[Thread | None] = relationship(
        primaryjoin=lambda: foreign(Notification.thread_id) == Thread.id, lazy="raise"
    )
    post: Mapped[Post | None] = relationship(
        primaryjoin=lambda: foreign(Notification.post_id) == Post.id, lazy="raise"
    )
    notice: Mapped[Notice | None] = relationship(
        primaryjoin=lambda: foreign(Notification.notice_id) == Notice.id, lazy="raise"
    )


class MailKind(enum.StrEnum):
    NOTIFICATION = "notification"  # one notification, mailed at once
    REPLY = "reply"  # a reply (`post_id`) in a thread the member watches, mailed at once
    DIGEST = "digest"  # the member's notifications waiting for the daily digest
    CONFIRM = "confirm"  # a link that confirms `address`
    ADDRESS_CHANGED = "address_changed"  # tells the old `address` it was replaced
    RESET = "reset"  # a password reset link


class MailStatus(enum.StrEnum):
    PENDING = "pending"  # due at next_attempt_at
    SENDING = "sending"  # claimed by a worker at claimed_at
    SENT = "sent"
    SKIPPED = "skipped"  # nothing left to say when it was due (the post was removed...)
    BOUNCED = "bounced"  # the server refused the address for good (SMTP 5xx)
    FAILED = "failed"  # retried until MAIL_GIVE_UP_AFTER without success


class OutboxMail(db.Model):
    """One e-mail to send. Written in the transaction that caused it; the mail worker renders
    it from the rows as they are when it is due and sends it (see forum.notify.mailer)."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_next_attempt_at", "status", "next_attempt_at"),
        CheckConstraint(
            "status IN ('pending', 'sending', 'sent', 'skipped', 'bounced', 'failed')",
            name="status",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign key and no index, as for notifications: rows are written by the hundred with
    # a reply, and the few lookups by member ask about mail still waiting (the status index).
    user_id: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(String(20))
    notification_id: Mapped[int | None] = mapped_column()
    post_id: Mapped[int | None] = mapped_column()  # for REPLY
    # For DIGEST: the replies in watched threads it carries were posted after this (the
    # member's digest before; None for their first).
    since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # For CONFIRM and ADDRESS_CHANGED: the address it goes to (not the member's current one).
    address: Mapped[str | None] = mapped_column(String(254))
    status: Mapped[str] = mapped_column(String(10), default=MailStatus.PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
