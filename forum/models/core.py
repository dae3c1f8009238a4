"""Core models: accounts, categories, threads, posts and votes."""

from __future__ import annotations

import base64
import enum
import hashlib
import secrets
from datetime import UTC, datetime

from flask_login import UserMixin
from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Select,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    select,
    true,
)
from sqlalchemy.orm import Mapped, joinedload, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from ..extensions import db


def utcnow() -> datetime:
    return datetime.now(UTC)


# Threads and posts are addressed in URLs, anchors and forms by a random public id, never by
# their database id: ids are one global sequence, and neighbouring ids would tell in which
# order a writer's named and anonymous posts were written across threads.
PUBLIC_ID_LENGTH = 12  # base32 letters, 60 random bits
PUBLIC_ID_PATTERN = f"[a-z2-7]{{{PUBLIC_ID_LENGTH}}}"


def new_public_id() -> str:
    return base64.b32encode(secrets.token_bytes(8)).decode()[:PUBLIC_ID_LENGTH].lower()


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC datetime on every engine (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            if value.tzinfo is None:
                raise ValueError("naive datetime; use forum.models.utcnow()")
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Role(enum.StrEnum):
    MEMBER = "member"
    MODERATOR = "moderator"
    ADMIN = "admin"


class PostStatus(enum.StrEnum):
    PUBLISHED = "published"
    DELETED = "deleted"  # soft-deleted by its author: keeps its place, loses its text
    HELD = "held"  # waiting for a moderator; seen only by its writer and moderators
    REJECTED = "rejected"  # a held reply a moderator turned down; seen only by its writer
    REMOVED = "removed"  # taken down by a moderator: keeps its place, shows no text
    # A rejected reply its writer deleted: no text, seen by nobody, still counted for
    # pre-moderation (so deleting rejections does not escape it).
    WITHDRAWN = "withdrawn"


class HeldBecause(enum.StrEnum):
    GUARD = "guard"  # the writer sent a reply the guard stopped to the moderators
    PREMODERATED = "premoderated"  # a repeat offender's reply in a flagged thread
    AUTHOR_REPORT = "author_report"  # the flagged thread's author reported it as why-did-you


DELETED_ACCOUNT = "a deleted account"


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('member', 'moderator', 'admin')", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default=Role.MEMBER)
    profession: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A suspended member reads but does not post, reply, vote or report until then.
    suspended_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    suspension_reason: Mapped[str | None] = mapped_column(String(500))
    # Until then, every reply of theirs in a flagged thread waits for a moderator.
    premoderated_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Notices not yet dismissed, kept on the row so a page costs no query when there are none.
    open_notices: Mapped[int] = mapped_column(default=0, server_default="0")
    # Bumped by logging out and by a change of role: every session and remember-me cookie
    # issued before no longer logs anyone in (see get_id).
    session_generation: Mapped[int] = mapped_column(default=0, server_default="0")
    # Watch every thread one starts or replies in (forum.notify.services).
    auto_watch: Mapped[bool] = mapped_column(default=True, server_default=true())
    # E-mail goes only to a confirmed address that has not bounced (forum.notify.mail).
    email_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    email_bounced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    email_bounce_reason: Mapped[str | None] = mapped_column(String(300))
    last_digest_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # How each kind of notification is mailed: "off", "now" or "digest" (MailMode).
    mail_reply: Mapped[str] = mapped_column(String(10), default="now", server_default="now")
    mail_quote: Mapped[str] = mapped_column(String(10), default="now", server_default="now")
    mail_helpful: Mapped[str] = mapped_column(String(10), default="digest", server_default="digest")
    mail_held: Mapped[str] = mapped_column(String(10), default="now", server_default="now")
    mail_moderation: Mapped[str] = mapped_column(String(10), default="now", server_default="now")
    # Set when the member deleted their account (forum.auth.ownership): the row stays as a
    # scrubbed tombstone, so posts kept anonymised keep their thread names; it never logs in.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def get_id(self) -> str:
        """The login id kept in the session and remember-me cookies. It carries a digest of
        the password hash and the session generation, so changing the password, logging
        out or a new role ends every session issued before, stolen copies included."""
        secret = f"{self.password_hash}:{self.session_generation}"
        digest = hashlib.sha256(secret.encode()).hexdigest()[:16]
        return f"{self.id}.{digest}"

    @property
    def account_name(self) -> str:
        """The account as pages that name accounts show it (the audit log, reveal requests):
        its username, or "a deleted account" (a tombstone's username means nothing)."""
        return DELETED_ACCOUNT if self.deleted_at is not None else self.username

    @staticmethod
    def by_username(name: str):
        """The live account with this username, in any letter case (never a deleted one)."""
        return select(User).where(
            func.lower(User.username) == name.lower(), User.deleted_at.is_(None)
        )


# What pages show of a member beside their posts (author labels, profiles). Pages load only
# these columns of an author, and a change to one of them empties every cached page
# (forum.pagecache.stamps).
SHOWN_USER_COLUMNS = ("username", "profession", "created_at", "deleted_at")

# Usernames are unique regardless of case ("Ana" and "ana" are one account).
Index("uq_users_username_lower", func.lower(User.username), unique=True)


class Category(db.Model):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(default=0)
    # Threads in the category, kept by threads.services.count_thread_in (create, move) so
    # that lists do not count a table that grows with the forum; `forum recount` rebuilds it.
    thread_count: Mapped[int] = mapped_column(default=0, server_default="0")


class Thread(db.Model):
    __tablename__ = "threads"
    __table_args__ = (
        Index("ix_threads_last_activity", "last_activity_at", "id"),
        Index("ix_threads_category_last_activity", "category_id", "last_activity_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(
        String(PUBLIC_ID_LENGTH), unique=True, default=new_public_id
    )
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    title: Mapped[str] = mapped_column(String(150))
    content_note: Mapped[str | None] = mapped_column(String(60))
    # Whether the opening post is anonymous; thread lists then say "Anonymous".
    anonymous: Mapped[bool] = mapped_column(default=False, server_default=false())
    # "No 'why did you' replies": the guard checks every reply.
    no_why_replies: Mapped[bool] = mapped_column(default=False, server_default=false())
    locked: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Published replies, not counting the opening post; see threads.services.recount_thread.
    reply_count: Mapped[int] = mapped_column(default=0)
    # Goes up with every change to the thread or its posts, in the same transaction; kept by
    # the database's triggers (forum.pagecache.stamps), never set by code. Cached pages of
    # the thread are keyed by it.
    version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")

    category: Mapped[Category] = relationship(lazy="raise")
    author: Mapped[User] = relationship(lazy="raise")


class Post(db.Model):
    __tablename__ = "posts"
    __table_args__ = (
        # A thread's page in order. The columns after id let a count, or OFFSET past earlier
        # pages, check each post's visibility in the index without reading the post.
        Index("ix_posts_thread_listing", "thread_id", "id", "is_opening", "status", "author_id"),
        Index("ix_posts_author_id_id", "author_id", "id"),
        # A member's posts by time, newest first (profiles, My posts).
        Index("ix_posts_author_id_created_at", "author_id", "created_at", "id"),
        Index("ix_posts_status_held_at", "status", "held_at"),  # the moderation queue
        # One post per rendered form: a resubmitted form finds its first post instead.
        UniqueConstraint("author_id", "form_token", name="uq_posts_author_id_form_token"),
        CheckConstraint(
            "status IN ('published', 'deleted', 'held', 'rejected', 'removed', 'withdrawn')",
            name="status",
        ),
        # An anonymous post always carries its writer's name in the thread; a named one never.
        CheckConstraint(
            "(anonymous AND pseudonym IS NOT NULL) OR (NOT anonymous AND pseudonym IS NULL)",
            name="anonymous_pseudonym",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(
        String(PUBLIC_ID_LENGTH), unique=True, default=new_public_id
    )
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    is_opening: Mapped[bool] = mapped_column(default=False)
    # Read only by forum.anonymity.presentation.author_label (and the queries that filter on it).
    anonymous: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The writer's name in this thread ("Quiet Heron" or "Original poster"), set when the post
    # becomes anonymous; see forum.anonymity.names.
    pseudonym: Mapped[str | None] = mapped_column(String(60))
    # An anonymous writer may show their profession label on this one post.
    show_profession: Mapped[bool] = mapped_column(default=False, server_default=false())
    status: Mapped[str] = mapped_column(String(20), default=PostStatus.PUBLISHED)
    body_md: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Equals the number of Vote rows; changed only by atomic UPDATEs in votes.py.
    score: Mapped[int] = mapped_column(default=0)
    held_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # when it joined the queue
    held_because: Mapped[str | None] = mapped_column(String(20))
    # Shown as "edited by a moderator"; the text they removed is kept nowhere.
    moderator_edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When a moderator last decided on it (approved, rejected, removed).
    moderated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A moderator's note to the writer when they reject or remove the post.
    moderation_note: Mapped[str | None] = mapped_column(String(1000))
    form_token: Mapped[str | None] = mapped_column(String(64))
    # The story's author marked this reply "This helped me" (threads.helped). A flag, not a
    # time: when the author read and marked it is theirs alone.
    helped_author: Mapped[bool] = mapped_column(default=False, server_default=false())

    thread: Mapped[Thread] = relationship(lazy="raise")
    author: Mapped[User] = relationship(lazy="raise")

    @classmethod
    def with_context(cls) -> Select:
        """Posts with what a list of them or a post page shows, in the same query: the
        author, and the thread with its category and its author."""
        return select(cls).options(
            joinedload(cls.author),
            joinedload(cls.thread).joinedload(Thread.category),
            joinedload(cls.thread).joinedload(Thread.author),
        )

    @property
    def is_deleted(self) -> bool:
        return self.status == PostStatus.DELETED

    @property
    def is_removed(self) -> bool:
        return self.status == PostStatus.REMOVED

    @property
    def has_text(self) -> bool:
        """Whether the post shows its text (deleted and removed posts keep only their place)."""
        return self.status not in (PostStatus.DELETED, PostStatus.REMOVED)


class Vote(db.Model):
    __tablename__ = "votes"
    __table_args__ = (UniqueConstraint("post_id", "user_id", name="uq_votes_post_id_user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    post: Mapped[Post] = relationship(lazy="raise")
    user: Mapped[User] = relationship(lazy="raise")
