"""Moderation models: reports, the audit log, notices to members, and reveal requests."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .core import Post, Thread, User, UTCDateTime, utcnow


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

    A line stores what it is about as ids (a post, a thread, a member) and never a name:
    names are given when the log is read, by moderation.audit.describe through the one
    function that names authors, so a post turned anonymous later shows its pseudonym in
    every line about it, old ones included. `detail` holds only what no id can give (what
    changed on a category).
    """

    __tablename__ = "mod_actions"
    __table_args__ = (Index("ix_mod_actions_action_id", "action", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str] = mapped_column(String(300), default="")
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="SET NULL"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    # A member acted on by name (appointed or removed as a moderator); never a post's writer.
    member_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    actor: Mapped[User] = relationship(lazy="raise", foreign_keys=[actor_id])
    member: Mapped[User | None] = relationship(lazy="raise", foreign_keys=[member_id])
    thread: Mapped[Thread | None] = relationship(lazy="raise")
    post: Mapped[Post | None] = relationship(lazy="raise")


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

    post: Mapped[Post | None] = relationship(lazy="raise")


class RevealDecision(enum.StrEnum):
    APPROVED = "approved"
    REFUSED = "refused"


class RevealRequest(db.Model):
    """An administrator's request to see who wrote an anonymous post. A different
    administrator approves or refuses it, once; after approval the requester alone sees the
    account, once (`seen_at`). The rows say nothing of the account: that is read from the
    post only at the one showing."""

    __tablename__ = "reveal_requests"
    __table_args__ = (
        CheckConstraint("decision IN ('approved', 'refused')", name="decision"),
        # Decided all at once, by someone other than the requester; seen only once approved.
        CheckConstraint(
            "(decided_at IS NULL AND decision IS NULL AND decided_by_id IS NULL"
            " AND decision_reason IS NULL)"
            " OR (decided_at IS NOT NULL AND decision IS NOT NULL AND decided_by_id IS NOT NULL"
            " AND decision_reason IS NOT NULL AND decided_by_id <> requester_id)",
            name="decided",
        ),
        CheckConstraint("seen_at IS NULL OR decision = 'approved'", name="seen_if_approved"),
        # One open request per administrator and post: a double submit finds the first.
        Index(
            "uq_reveal_requests_open_post_requester",
            "post_id",
            "requester_id",
            unique=True,
            sqlite_where=text("decided_at IS NULL"),
            postgresql_where=text("decided_at IS NULL"),
        ),
        Index("ix_reveal_requests_decided_at_id", "decided_at", "id"),  # the pending list
        Index("ix_reveal_requests_requester_id_id", "requester_id", "id"),  # one's own
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision: Mapped[str | None] = mapped_column(String(10))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    post: Mapped[Post] = relationship(lazy="raise")
    requester: Mapped[User] = relationship(lazy="raise", foreign_keys=[requester_id])
    decided_by: Mapped[User | None] = relationship(lazy="raise", foreign_keys=[decided_by_id])

    @property
    def pending(self) -> bool:
        return self.decided_at is None

    @property
    def approved(self) -> bool:
        return self.decision == RevealDecision.APPROVED
