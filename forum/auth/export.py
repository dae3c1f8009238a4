"""A member's data, for them to download: everything the forum holds about their account.

It goes only to the member, so it gives their own things whole (every post in every state,
anonymous ones included, with exact times). Of anyone else it gives what the member would
see on the forum, and no more: other writers only by the name author_label gives them (never
the account behind an anonymous post), other people's actions to the hour, and never who
reported, moderated, asked to reveal or decided about the member's posts.
"""

from __future__ import annotations

from datetime import datetime

from flask import url_for
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload

from ..anonymity.presentation import author_label
from ..extensions import db
from ..models import (
    REPORT_REASONS,
    ModAction,
    Notice,
    OutboxMail,
    Post,
    Report,
    RevealRequest,
    Thread,
    User,
    Vote,
    Watch,
    utcnow,
)
from ..moderation import audit
from ..notify.addresses import KINDS
from ..notify.presentation import describe as describe_notification
from ..notify.services import notifications_of
from ..times import to_hour

FORMAT = "debrief-export/1"

ABOUT = [
    "Everything Debrief holds about your account, as it was when you downloaded this file. "
    "It holds your anonymous posts too: keep it somewhere only you can read.",
    "Times are UTC. Your own things have exact times. Other people's actions are given to "
    "the hour, as the forum shows them: an interval such as 2026-05-01T14:00:00+00:00/PT1H.",
    "Other writers appear only by the name their thread shows you. Nobody who reported, "
    "moderated or asked to reveal your posts is named here, nor on the forum.",
    "Not included: your password, which is stored only as a scrambled hash (scrypt) that is "
    "of no use to you; and replies in the threads you watch, which are not stored for you "
    "but worked out from your watches (below) when your notifications are shown.",
]

STATUS_WORDS = {
    "published": "published",
    "held": "waiting for a moderator",
    "rejected": "not published: a moderator turned it down",
    "removed": "removed by a moderator: its text is erased",
    "deleted": "deleted by you: its text is erased",
    "withdrawn": "deleted by you after a moderator turned it down: its text is erased",
}
HELD_WORDS = {
    "guard": "you sent it to the moderators past the check for 'why did you' replies",
    "premoderated": "your replies in flagged threads waited for a moderator for a while",
    "author_report": "the story's author reported it, which hid it until a moderator decides",
}


def filename() -> str:
    return f"debrief-export-{utcnow():%Y-%m-%d}.json"


def _at(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _hour(value: datetime | None) -> str | None:
    return f"{to_hour(value).isoformat()}/PT1H" if value else None


def _thread(thread: Thread) -> dict:
    return {"id": thread.public_id, "title": thread.title}


def _post_ref(post: Post, member: User) -> dict:
    """Someone else's post, as the member sees it on the forum."""
    return {
        "id": post.public_id,
        "thread": _thread(post.thread),
        "writer": author_label(post, member).name if post.has_text else None,
    }


def export_data(member: User) -> dict:
    """The member's data as one JSON-ready dict (runs in a request: it builds addresses)."""
    data = {
        "format": FORMAT,
        "exported_at": _at(utcnow()),
        "about": ABOUT,
        "account": {
            "username": member.username,
            "role": member.role,
            "profession": member.profession,
            "joined_at": _at(member.created_at),
            "suspended_until": _at(member.suspended_until),
            "suspension_reason": member.suspension_reason,
            "replies_in_flagged_threads_wait_for_a_moderator_until": _at(member.premoderated_until),
        },
        "email": {
            "address": member.email,
            "confirmed_at": _at(member.email_confirmed_at),
            "refused_by_the_mail_server_at": _at(member.email_bounced_at),
            "mail_server_said": member.email_bounce_reason,
        },
        "settings": {
            "watch_threads_you_start_or_reply_in": member.auto_watch,
            "email_for": {kind: getattr(member, f"mail_{kind}") for kind in KINDS},
            "last_daily_digest_at": _at(member.last_digest_at),
        },
        "threads_started": _threads_started(member),
        "posts": _posts(member),
        "helpful_votes_given": _votes(member),
        "replies_you_marked_this_helped_me": _helped_marks(member),
        "watches": _watches(member),
        "notifications": _notifications(member),
        "notices": _notices(member),
        "reports_filed": _reports(member),
        "moderation_of_your_posts": _moderation_of(member),
        "requests_to_reveal_who_wrote_your_posts": _reveals_about(member),
        "emails": _emails(member),
    }
    if member.role != "member":
        data |= _moderator_data(member)
    return data


def _threads_started(member: User) -> list[dict]:
    threads = db.session.scalars(
        select(Thread)
        .options(joinedload(Thread.category))
        .where(Thread.author_id == member.id)
        .order_by(Thread.created_at, Thread.id)
    )
    return [
        {
            **_thread(thread),
            "category": thread.category.name,
            "anonymous": thread.anonymous,
            "content_note": thread.content_note,
            "no_why_did_you_replies": thread.no_why_replies,
            "locked": thread.locked,
            "started_at": _at(thread.created_at),
            "replies": thread.reply_count,
        }
        for thread in threads
    ]


def _posts(member: User) -> list[dict]:
    posts = db.session.scalars(
        select(Post)
        .options(joinedload(Post.thread))
        .where(Post.author_id == member.id)
        .order_by(Post.created_at, Post.id)
    )
    return [
        {
            "id": post.public_id,
            "address": url_for("threads.permalink", post_key=post.public_id),
            "thread": _thread(post.thread),
            "kind": "story" if post.is_opening else "reply",
            "anonymous": post.anonymous,
            "name_in_thread": post.pseudonym,
            "profession_shown": post.show_profession,
            "status": post.status,
            "status_explained": STATUS_WORDS.get(post.status, post.status),
            "why_it_waits": HELD_WORDS.get(post.held_because) if post.status == "held" else None,
            "text_markdown": post.body_md,
            "written_at": _at(post.created_at),
            "edited_at": _at(post.edited_at),
            "edited_by_a_moderator_at": _at(post.moderator_edited_at),
            "moderated_at": _at(post.moderated_at),
            "moderators_note": post.moderation_note,
            "helpful_votes": post.score,
            "the_author_found_it_helpful": post.helped_author,
        }
        for post in posts
    ]


def _votes(member: User) -> list[dict]:
    rows = db.session.execute(
        select(Vote.created_at, Post)
        .join(Post, Post.id == Vote.post_id)
        .options(joinedload(Post.thread), joinedload(Post.author))
        .where(Vote.user_id == member.id)
        .order_by(Vote.created_at, Vote.id)
    )
    return [{"post": _post_ref(post, member), "voted_at": _at(at)} for at, post in rows]


def _helped_marks(member: User) -> list[dict]:
    posts = db.session.scalars(
        select(Post)
        .join(Thread, Thread.id == Post.thread_id)
        .options(joinedload(Post.thread), joinedload(Post.author))
        .where(Thread.author_id == member.id, Post.helped_author, Post.author_id != member.id)
        .order_by(Post.id)
    )
    return [_post_ref(post, member) for post in posts]


def _watches(member: User) -> list[dict]:
    rows = db.session.execute(
        select(Watch, Thread, Post.public_id)
        .join(Thread, Thread.id == Watch.thread_id)
        .outerjoin(Post, Post.id == Watch.last_read_post_id)
        .where(Watch.user_id == member.id)
        .order_by(Thread.id)
    )
    return [
        {
            "thread": _thread(thread),
            "level": watch.level or "normal (not chosen)",
            "read_up_to_post": read_up_to,
        }
        for watch, thread, read_up_to in rows
    ]


def _notifications(member: User) -> list[dict]:
    items = []
    for notification in db.session.scalars(notifications_of(member)).unique():
        item = describe_notification(notification, member)
        items.append(
            {
                "kind": notification.kind,
                "text": item.text,
                "address": item.url,
                "at": _hour(item.at) if item.coarse else _at(item.at),
                "read_at": _at(notification.read_at),
            }
        )
    return items


def _notices(member: User) -> list[dict]:
    notices = db.session.scalars(
        select(Notice)
        .options(joinedload(Notice.post))
        .where(Notice.user_id == member.id)
        .order_by(Notice.id)
    )
    return [
        {
            "text": notice.text,
            "post": notice.post.public_id if notice.post is not None else None,
            "at": _at(notice.created_at),
            "dismissed_at": _at(notice.dismissed_at),
        }
        for notice in notices
    ]


def _reports(member: User) -> list[dict]:
    reports = db.session.scalars(
        select(Report)
        .options(joinedload(Report.post).joinedload(Post.thread))
        .options(joinedload(Report.post).joinedload(Post.author))
        .where(Report.reporter_id == member.id)
        .order_by(Report.id)
    )
    return [
        {
            "post": _post_ref(report.post, member),
            "reason": REPORT_REASONS.get(report.reason, report.reason),
            "note": report.note,
            "at": _at(report.created_at),
            "closed_at": _at(report.resolved_at),
        }
        for report in reports
    ]


def _moderation_of(member: User) -> list[dict]:
    """The audit log's lines about the member's posts and threads, without who acted."""
    mine = select(Post.id).where(Post.author_id == member.id)
    started = select(Thread.id).where(Thread.author_id == member.id)
    entries = db.session.scalars(
        select(ModAction)
        .options(joinedload(ModAction.post).joinedload(Post.thread), joinedload(ModAction.thread))
        .where(
            or_(
                ModAction.post_id.in_(mine),
                ModAction.thread_id.in_(started) & ModAction.action.in_(audit.ON_THREAD),
            )
        )
        .order_by(ModAction.id)
    )
    lines = []
    for entry in entries:
        if entry.post is not None:
            kind = "story" if entry.post.is_opening else "reply"
            on = {"post": entry.post.public_id, "what": f"your {kind}"}
            thread = entry.post.thread
        else:
            on, thread = {"what": "your thread"}, entry.thread
        lines.append(
            {
                "action": entry.action,
                **on,
                "thread": _thread(thread) if thread is not None else None,
                "reason": entry.reason,
                "at": _at(entry.created_at),
            }
        )
    return lines


def _reveals_about(member: User) -> list[dict]:
    """As the member is told of them: that it was asked and why, then the decision and why."""
    requests = db.session.scalars(
        select(RevealRequest)
        .options(joinedload(RevealRequest.post))
        .join(Post, Post.id == RevealRequest.post_id)
        .where(Post.author_id == member.id)
        .order_by(RevealRequest.id)
    )
    return [
        {
            "post": request.post.public_id,
            "asked_at": _at(request.created_at),
            "reason": request.reason,
            "decision": request.decision or "waiting for a second administrator",
            "decision_reason": request.decision_reason,
            "decided_at": _at(request.decided_at),
        }
        for request in requests
    ]


def _emails(member: User) -> list[dict]:
    mails = db.session.scalars(
        select(OutboxMail).where(OutboxMail.user_id == member.id).order_by(OutboxMail.id)
    )
    return [
        {
            "kind": mail.kind,
            "status": mail.status,
            "to_address": mail.address,  # set only for a confirmation or a change of address
            "queued_at": _at(mail.created_at),
            "sent_at": _at(mail.sent_at),
            "mail_server_said": mail.last_error,
        }
        for mail in mails
    ]


def _moderator_data(member: User) -> dict:
    """A moderator's own actions, named as the audit log names them (never the account
    behind an anonymous post), and an administrator's reveal requests, without the account
    any of them showed."""
    entries = db.session.execute(
        audit.log_entries(actor_id=member.id).order_by(None).order_by(ModAction.id)
    ).scalars()
    actions = [
        {
            "action": entry.action,
            "on": audit.describe(entry),
            "reason": entry.reason,
            "at": _hour(entry.created_at) if audit.coarse_time(entry) else _at(entry.created_at),
        }
        for entry in entries.unique()
    ]

    def request_line(request: RevealRequest) -> dict:
        return {
            "post": audit.post_target(request.post),
            "reason": request.reason,
            "asked_at": _hour(request.created_at),
            "decision": request.decision,
            "decision_reason": request.decision_reason,
            "decided_at": _hour(request.decided_at),
        }

    def requests(column) -> list[dict]:
        found = db.session.scalars(
            select(RevealRequest)
            .options(joinedload(RevealRequest.post).joinedload(Post.thread))
            .options(joinedload(RevealRequest.post).joinedload(Post.author))
            .where(column == member.id)
            .order_by(RevealRequest.id)
        )
        return [request_line(request) for request in found]

    return {
        "moderation_actions_taken": actions,
        "reveal_requests_you_asked": requests(RevealRequest.requester_id),
        "reveal_requests_you_decided": requests(RevealRequest.decided_by_id),
    }
