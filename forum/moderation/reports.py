"""Members report posts; moderators see the open reports, grouped per post, in the queue."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import HeldBecause, Post, Report, ReportReason, Thread, User, utcnow
from ..permissions import can_report
from ..threads.services import hold_post


class ReportNotAllowed(ValueError):
    """Own posts, posts that are not published, and suspended members."""


def open_report(post: Post, reporter: User) -> Report | None:
    return db.session.scalar(
        select(Report).where(
            Report.post_id == post.id,
            Report.reporter_id == reporter.id,
            Report.resolved_at.is_(None),
        )
    )


def open_reports(post: Post) -> list[Report]:
    return list(
        db.session.scalars(
            select(Report)
            .where(Report.post_id == post.id, Report.resolved_at.is_(None))
            .order_by(Report.id)
        )
    )


def report_post(
    post: Post, reporter: User, reason: str, note: str | None = ""
) -> tuple[Report, bool]:
    """File a report; return it and whether the post was hidden at once.

    One open report per member and post: a second one returns the first. When the author of a
    flagged thread reports a reply in it as why-did-you, the reply is held at once, pending
    review (and leaves the thread's reply count).
    """
    if not can_report(reporter, post):
        raise ReportNotAllowed
    existing = open_report(post, reporter)
    if existing is not None:
        return existing, False
    report = Report(
        post_id=post.id, reporter_id=reporter.id, reason=reason, note=(note or "").strip()
    )
    db.session.add(report)
    thread = db.session.get(Thread, post.thread_id)
    hidden = (
        reason == ReportReason.WHY_DID_YOU
        and thread.no_why_replies
        and reporter.id == thread.author_id
        and not post.is_opening
    )
    if hidden:
        hold_post(post, HeldBecause.AUTHOR_REPORT)
    try:
        db.session.commit()
    except IntegrityError:  # the same member's report, sent twice at once
        db.session.rollback()
        return open_report(post, reporter), False
    return report, hidden


def resolve_reports(post: Post) -> int:
    """Close every open report of the post (the caller commits); return how many."""
    closed = db.session.execute(
        update(Report)
        .where(Report.post_id == post.id, Report.resolved_at.is_(None))
        .values(resolved_at=utcnow())
        .returning(Report.id)
    ).all()
    return len(closed)
