"""Revealing the account behind an anonymous post takes two administrators.

One asks, with a written reason; a different one approves or refuses it, with a reason, once;
after approval the one who asked, and nobody else, sees the account, once. Each step goes to
the audit log on the post (never the account) and the writer is told each step and why.
"""

from __future__ import annotations

from flask import abort
from sqlalchemy import Select, exists, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from ..anonymity.presentation import author_label
from ..extensions import db
from ..models import Post, RevealDecision, RevealRequest, Role, User, utcnow
from ..permissions import can_moderate, is_admin
from . import audit
from .notices import notify


class RevealNotAllowed(PermissionError):
    """Not an administrator, a named post, no reason, a forum with one administrator, or a
    decision by the requester or by the post's own writer."""


def has_second_admin(admin: User) -> bool:
    """Whether another administrator exists to decide `admin`'s requests. Whether that one
    wrote the post is not asked: the answer would tell the requester who did."""
    others = exists().where(User.role == Role.ADMIN, User.id != admin.id)
    return bool(db.session.scalar(select(others)))


def can_request(admin: User, post: Post) -> bool:
    """An administrator, about someone else's anonymous post (a named one has nothing to
    reveal, and nobody moderates their own)."""
    return is_admin(admin) and can_moderate(admin, post) and author_label(post).anonymous


def can_decide(admin: User, request: RevealRequest) -> bool:
    """An administrator other than the requester and other than the post's writer, who would
    be judging their own case (refusing the writer tells them nothing they do not know)."""
    if not is_admin(admin) or admin.id == request.requester_id:
        return False
    return admin.id != db.session.get(Post, request.post_id).author_id


def open_request(post: Post, admin: User) -> RevealRequest | None:
    """`admin`'s undecided request about `post`, if any."""
    return db.session.scalar(
        select(RevealRequest).where(
            RevealRequest.post_id == post.id,
            RevealRequest.requester_id == admin.id,
            RevealRequest.decided_at.is_(None),
        )
    )


def request_reveal(post: Post, admin: User, reason: str) -> tuple[RevealRequest, bool]:
    """Ask to see who wrote `post`; return the request and whether it is new. One open
    request per administrator and post: a second one (a double submit) returns the first.
    Logs the request and tells the writer why, in one commit."""
    if not can_request(admin, post) or not reason.strip() or not has_second_admin(admin):
        raise RevealNotAllowed
    existing = open_request(post, admin)
    if existing is not None:
        return existing, False
    request = RevealRequest(post_id=post.id, requester_id=admin.id, reason=reason)
    db.session.add(request)
    try:
        db.session.flush()  # the unique index stops the same request sent twice at once
    except IntegrityError:
        db.session.rollback()
        existing = open_request(post, admin)
        if existing is None:
            raise
        return existing, False
    audit.record_on_post(admin, audit.Action.REVEAL_REQUESTED, post, reason)
    notify(
        post.author_id,
        "An administrator asked to see who wrote one of your anonymous posts (linked below). "
        "Nobody sees it unless a second administrator approves; you will be told either way. "
        f"Their reason: {reason}",
        post_id=post.id,
    )
    db.session.commit()
    return request, True


def decide_reveal(request: RevealRequest, admin: User, *, approve: bool, reason: str) -> bool:
    """Approve or refuse `request`; False if it was already decided. Logs the decision and
    tells the writer which and why, in one commit."""
    if not can_decide(admin, request) or not reason.strip():
        raise RevealNotAllowed
    # Of two administrators deciding at once, only one finds the request still open.
    decided = db.session.execute(
        update(RevealRequest)
        .where(RevealRequest.id == request.id, RevealRequest.decided_at.is_(None))
        .values(
            decided_by_id=admin.id,
            decision=RevealDecision.APPROVED if approve else RevealDecision.REFUSED,
            decision_reason=reason,
            decided_at=utcnow(),
        )
        .returning(RevealRequest.id)
    ).all()
    if not decided:
        db.session.rollback()
        return False
    post = db.session.get(Post, request.post_id)
    if approve:
        action, outcome = (
            audit.Action.REVEAL_APPROVED,
            "approved the request to see who wrote one of your anonymous posts (linked "
            "below): the administrator who asked will see your account, once.",
        )
    else:
        action, outcome = (
            audit.Action.REVEAL_REFUSED,
            "refused the request to see who wrote one of your anonymous posts (linked "
            "below): nobody will see your account.",
        )
    audit.record_on_post(admin, action, post, reason)
    notify(
        post.author_id, f"A second administrator {outcome} Their reason: {reason}", post_id=post.id
    )
    db.session.commit()
    return True


def can_see_writer(admin: User, request: RevealRequest) -> bool:
    """The administrator who asked, once the request is approved (once: see seen_at)."""
    return is_admin(admin) and request.requester_id == admin.id and request.approved


def show_revealed_writer(request: RevealRequest, admin: User) -> str | None:
    """The writer's username, for the administrator who asked, after approval, the first
    time only (it marks the request seen, in one commit); None otherwise."""
    if not can_see_writer(admin, request) or request.seen_at is not None:
        return None
    # Two tabs opening the request at once: only one finds it unseen.
    post_id = db.session.execute(
        update(RevealRequest)
        .where(
            RevealRequest.id == request.id,
            RevealRequest.requester_id == admin.id,
            RevealRequest.decision == RevealDecision.APPROVED,
            RevealRequest.seen_at.is_(None),
        )
        .values(seen_at=utcnow())
        .returning(RevealRequest.post_id)
    ).scalar()
    if post_id is None:
        return None
    writer = db.session.scalar(
        select(User).join(Post, Post.author_id == User.id).where(Post.id == post_id)
    )
    username = writer.account_name  # "a deleted account" once its member deleted it
    db.session.commit()
    return username


def open_reveal_request(request_id: int, admin: User) -> tuple[RevealRequest, str | None]:
    """A request as `admin` opens it (404 if there is none), with the writer's username the
    one time it is shown (see show_revealed_writer), else None."""
    request = get_request_or_404(request_id)
    username = show_revealed_writer(request, admin)
    if username is not None:
        request = get_request_or_404(request_id)  # the commit expired it
    return request, username


# Reading -----------------------------------------------------------------------------------


def _loaded(stmt: Select) -> Select:
    return stmt.options(
        joinedload(RevealRequest.post).joinedload(Post.thread),
        joinedload(RevealRequest.post).joinedload(Post.author),
        joinedload(RevealRequest.requester),
        joinedload(RevealRequest.decided_by),
    )


def get_request_or_404(request_id: int) -> RevealRequest:
    """A request with its post (thread, author), requester and decider."""
    request = db.session.scalar(
        _loaded(select(RevealRequest).where(RevealRequest.id == request_id))
    )
    if request is None:
        abort(404)
    return request


def pending_for(admin: User) -> Select:
    """Requests `admin` may decide, oldest first: undecided, asked by someone else, about a
    post `admin` did not write."""
    return _loaded(
        select(RevealRequest)
        .join(Post, Post.id == RevealRequest.post_id)
        .where(
            RevealRequest.decided_at.is_(None),
            RevealRequest.requester_id != admin.id,
            Post.author_id != admin.id,
        )
        .order_by(RevealRequest.id)
    )


def requested_by(admin: User) -> Select:
    """`admin`'s own requests, newest first."""
    return _loaded(
        select(RevealRequest)
        .where(RevealRequest.requester_id == admin.id)
        .order_by(RevealRequest.id.desc())
    )
