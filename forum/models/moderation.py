"""Moderation models: reports, the audit log, and notices to members."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .core import Post, User, UTCDateTime, utcnow


class ReportReason(enum.StrEnum):
    WHY_DID_YOU = "why"
    IDENTIFYING = "identifying"
    HARASSMENT = "harassment"
    OTHER = "other"


REPORT_REASONS = {
    ReportReason.WHY_DID_YOU: "Asks 'why did you' or second-guesses the author",
    ReportReason.IDENTIFYING: "Could identify a patient or a colleague",
    ReportReason.HARASSMENT: "Harassment or abuse",
    ReportReason.OTHER: "Something else",
}


class Report(db.Model):
    """A member's report of a post. Its reporter is shown to nobody, moderators included:
    the reporter may be the anonymous author of the thread."""

    __tablename__ = "reports"
    __table_args__ = (
        CheckConstraint("reason IN ('why', 'identifying', 'harassment', 'other')", name="reason"),
        # One open report per member and post.
        Index(
            "uq_reports_open_post_reporter",
            "post_id",
            "reporter_id",
            unique=True,
            sqlite_where=text("resolved_at IS NULL"),
            postgresql_where=text("resolved_at IS NULL"),
        ),
        Index("ix_reports_resolved_at_created_at", "resolved_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    reporter_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    post: Mapped[Post] = relationship(lazy="raise")


class ModAction(db.Model):
    """One line of the audit log, append-only from the application.

    `target` is how the target was shown when the action was taken: a thread title, a post
    as its author appears ("Quiet Heron's reply"), a username for named members. The account
    behind an anonymous post is never written here, so moderators can read the whole log.
    """

    __tablename__ = "mod_actions"
    __table_args__ = (Index("ix_mod_actions_action_id", "action", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(30))
    target: Mapped[str] = mapped_column(String(300))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="SET NULL"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    actor: Mapped[User] = relationship(lazy="raise")


class Notice(db.Model):
    """A message to one member, shown on every page until they dismiss it: moderation
    outcomes, warnings, suspensions, and an administrator's reveal of an anonymous post."""

    __tablename__ = "notices"
    __table_args__ = (Index("ix_notices_user_id_dismissed_at", "user_id", "dismissed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    dismissed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
