"""Moderators' actions on one post: approve, reject, edit, remove. Each records who, when and
why in the audit log, tells the writer, and returns False when there was nothing to do."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update

from ..extensions import db
from ..models import HeldBecause, Post, PostStatus, Thread, User, utcnow
from ..notify.services import notify_reply
from ..rendering import render
from . import audit
from .notices import notify
from .reports import resolve_reports

REPEAT_REJECTIONS = 3  # this many rejected why-did-you replies within REPEAT_WINDOW...
REPEAT_WINDOW = timedelta(days=30)
PREMODERATION = timedelta(days=14)  # ...and every reply in flagged threads waits this long


def _recount(post: Post, delta: int) -> Thread:
    """Count a reply into (+1) or out of (-1) its thread, atomically."""
    if not post.is_opening:
        db.session.execute(
            update(Thread)
            .where(Thread.id == post.thread_id)
            .values(reply_count=Thread.reply_count + delta)
        )
    thread = db.session.get(Thread, post.thread_id)
    if delta > 0:
        thread.last_activity_at = max(thread.last_activity_at, post.created_at)
    return thread


def approve(post: Post, actor: User, reason: str = "") -> bool:
    """Publish a held post; for a published one, dismiss its open reports."""
    thread = db.session.get(Thread, post.thread_id)
    if post.status == PostStatus.HELD:
        first_time = not _was_public(post)  # else its watchers were told when it was
        post.status, post.held_because, post.moderated_at = PostStatus.PUBLISHED, None, utcnow()
        _recount(post, +1)
        resolve_reports(post)
        if first_time:
            notify_reply(post)
        notify(
            post.author_id,
            f"A moderator approved your reply in “{thread.title}”. It is published now.",
            post_id=post.id,
        )
        audit.record_on_post(actor, audit.Action.APPROVE, post, reason)
    elif resolve_reports(post):
        audit.record_on_post(actor, audit.Action.DISMISS, post, reason)
    else:
        return False
    db.session.commit()
    return True


def reject(post: Post, actor: User, note: str) -> bool:
    """Turn a held reply down with a note its writer receives. A writer with
    REPEAT_REJECTIONS rejected replies within REPEAT_WINDOW is pre-moderated in flagged
    threads for PREMODERATION, and told so."""
    if post.status != PostStatus.HELD:
        return False
    thread = db.session.get(Thread, post.thread_id)
    post.status, post.moderation_note, post.moderated_at = PostStatus.REJECTED, note, utcnow()
    resolve_reports(post)
    notify(
        post.author_id,
        f"A moderator did not publish your reply in “{thread.title}”. Their note: {note}",
        post_id=post.id,
    )
    audit.record_on_post(actor, audit.Action.REJECT, post, note)
    db.session.flush()
    _premoderate_repeat_offender(post.author_id)
    db.session.commit()
    return True


def _premoderate_repeat_offender(user_id: int) -> None:
    now = utcnow()
    rejected = db.session.scalar(
        select(func.count())
        .select_from(Post)
        .where(
            Post.author_id == user_id,
            Post.status.in_((PostStatus.REJECTED, PostStatus.WITHDRAWN)),
            Post.moderated_at >= now - REPEAT_WINDOW,
        )
    )
    writer = db.session.get(User, user_id)
    if rejected < REPEAT_REJECTIONS or (
        writer.premoderated_until and writer.premoderated_until > now
    ):
        return
    writer.premoderated_until = now + PREMODERATION
    notify(
        user_id,
        f"{rejected} of your replies were turned down in the last 30 days for asking 'why did "
        "you' or second-guessing. For the next 14 days, your replies in threads that ask for "
        "no 'why did you' replies wait for a moderator before they are published.",
    )


def edit(post: Post, actor: User, body: str, reason: str) -> bool:
    """Replace the text, e.g. to take out an identifying detail. The old text is kept
    nowhere: not in a revision, not in the log (which holds only the reason)."""
    if body == post.body_md or not post.has_text:
        return False
    thread = db.session.get(Thread, post.thread_id)
    post.body_md, post.body_html = body, str(render(body))
    post.moderator_edited_at = utcnow()
    notify(
        post.author_id,
        f"A moderator edited your post in “{thread.title}”. Their reason: {reason}",
        post_id=post.id,
    )
    audit.record_on_post(actor, audit.Action.EDIT, post, reason)
    db.session.commit()
    return True


def remove(post: Post, actor: User, reason: str) -> bool:
    """Take a post down: it keeps its place as "removed by a moderator", and its text is
    erased. A held reply that was never public leaves no placeholder: it is rejected."""
    if post.status in (PostStatus.REMOVED, PostStatus.DELETED, PostStatus.WITHDRAWN):
        return False
    if post.status in (PostStatus.HELD, PostStatus.REJECTED) and not _was_public(post):
        if post.status == PostStatus.HELD:
            reject(post, actor, reason)  # logs, tells the writer, counts for pre-moderation
        else:
            audit.record_on_post(actor, audit.Action.REMOVE, post, reason)
        post.body_md = post.body_html = ""
        db.session.commit()
        return True
    if post.status == PostStatus.PUBLISHED:
        _recount(post, -1)
    thread = db.session.get(Thread, post.thread_id)
    audit.record_on_post(actor, audit.Action.REMOVE, post, reason)
    post.status, post.moderation_note, post.moderated_at = PostStatus.REMOVED, reason, utcnow()
    post.body_md = post.body_html = ""
    resolve_reports(post)
    notify(
        post.author_id,
        f"A moderator removed your post in “{thread.title}”. Their reason: {reason}",
        post_id=post.id,
    )
    db.session.commit()
    return True


def _was_public(post: Post) -> bool:
    """Whether others ever saw the post: a reply hidden by the thread author's report, or a
    published reply held again after an edit (it has an "edited" time)."""
    return post.held_because == HeldBecause.AUTHOR_REPORT or post.edited_at is not None
