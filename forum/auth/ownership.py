"""Deleting one's own account. The member chooses what becomes of their posts: their text
erased (each keeps its place as "removed by its author"), or kept under the names their
threads show. Either way every post becomes anonymous, and the account, its address,
votes, settings and everything it was told go. (Their data's export: forum.auth.export.)

The users row stays as a scrubbed tombstone rather than going: a post's thread name is
HMAC(thread id : account id), so kept posts keep their names only if their author_id stays,
and the audit log and reveal requests keep pointing at something. Nothing on the row is the
person's any more: the username is a random value no login or registration can type, the
password matches nothing, the address, profession, settings and join date are gone.
"""

from __future__ import annotations

import base64
import enum
import secrets
from collections import defaultdict

from sqlalchemy import delete, func, select, update
from werkzeug.security import check_password_hash

from ..anonymity.names import unlinked_name
from ..anonymity.pseudonyms import ORIGINAL_POSTER
from ..extensions import db
from ..models import (
    MailMode,
    Notice,
    Notification,
    OutboxMail,
    Post,
    PostStatus,
    Report,
    Role,
    Thread,
    User,
    Vote,
    Watch,
    utcnow,
)
from ..notify.addresses import KINDS
from ..threads.services import reattribute_quotes


class PostsChoice(enum.StrEnum):
    ERASE = "erase"  # every post's text goes; each keeps its place, "removed by its author"
    KEEP = "keep"  # posts stay, anonymous, under their thread names


# An erased story's thread keeps its replies, so it keeps a title; this one, not the author's.
ERASED_TITLE = "A story removed by its author"
# No password hash has this form (werkzeug's are "method$salt$hash"): nothing logs in.
NO_PASSWORD = "!"
LAST_ADMIN = (
    "You are the only administrator, so your account cannot be deleted: the forum would "
    "have nobody to appoint moderators or manage categories. Make another member an "
    "administrator first (forum set-role NAME admin), then delete your account."
)
WRONG_PASSWORD = "That is not your password."
_BATCH = 500  # ids per IN list


class DeleteRefused(Exception):
    """The account was not deleted, and nothing changed; the message says why."""


class WrongPassword(DeleteRefused):
    pass


class LastAdmin(DeleteRefused):
    pass


def password_matches(user: User, password: str | None) -> bool:
    return bool(password) and check_password_hash(user.password_hash, password)


def is_deleted(user_id: int) -> bool:
    return db.session.scalar(select(User.deleted_at).where(User.id == user_id)) is not None


def is_last_admin(user: User) -> bool:
    """Whether `user` is an administrator and no other live one exists."""
    if user.role != Role.ADMIN:
        return False
    others = select(User.id).where(
        User.role == Role.ADMIN, User.id != user.id, User.deleted_at.is_(None)
    )
    return db.session.scalar(others.limit(1)) is None


def delete_account(user: User, *, password: str, posts: PostsChoice | str) -> bool:
    """Delete the member's account, in one transaction; return False if it was deleted
    already (a form sent twice). Raises WrongPassword, or LastAdmin for the only
    administrator, having changed nothing.

    The first statement claims the row (UPDATE … WHERE deleted_at IS NULL), so of two
    submissions at once one does the work and the other finds it done."""
    posts = PostsChoice(posts)
    if user.deleted_at is not None:
        return False
    if not password_matches(user, password):
        raise WrongPassword(WRONG_PASSWORD)
    was_admin = user.role == Role.ADMIN
    claimed = db.session.execute(
        update(User)
        .where(User.id == user.id, User.deleted_at.is_(None))
        .values(**_scrubbed())
        .returning(User.id)
    ).all()
    if not claimed:
        db.session.rollback()
        return False
    if was_admin and not _other_admins(user.id):
        db.session.rollback()
        raise LastAdmin(LAST_ADMIN)
    _let_go_of_posts(user.id, posts)
    _forget(user.id)
    db.session.commit()
    return True


def _scrubbed() -> dict:
    """The tombstone's columns: nothing of the person, and no way in. Bumping the session
    generation (with the new password hash) ends every session and remember-me cookie."""
    now = utcnow()
    return {
        "deleted_at": now,
        "username": _tombstone_username(),
        "password_hash": NO_PASSWORD,
        "role": Role.MEMBER,
        "profession": None,
        "email": None,
        "email_confirmed_at": None,
        "email_bounced_at": None,
        "email_bounce_reason": None,
        "last_digest_at": None,
        "suspended_until": None,
        "suspension_reason": None,
        "premoderated_until": None,
        "open_notices": 0,
        "auto_watch": False,
        **{f"mail_{kind}": MailMode.OFF for kind in KINDS},
        "created_at": now,  # the join date is the person's too
        "session_generation": User.session_generation + 1,
    }


def _tombstone_username() -> str:
    """120 random bits behind a "~", which no username may contain (auth.services): it can
    never be registered or typed at the login, and says nothing of the account."""
    return "~" + base64.b32encode(secrets.token_bytes(15)).decode().lower()


def _other_admins(user_id: int) -> list[int]:
    """The other live administrators, their rows locked until the commit: of two last
    administrators deleting at once, the second finds the first gone (on PostgreSQL; SQLite
    runs one writer at a time)."""
    return db.session.scalars(
        select(User.id)
        .where(User.role == Role.ADMIN, User.id != user_id, User.deleted_at.is_(None))
        .order_by(User.id)
        .with_for_update()
    ).all()


def _let_go_of_posts(user_id: int, choice: PostsChoice) -> None:
    """Every post of the account turns anonymous, then is erased or kept (caller's
    transaction). Quotes of the named ones elsewhere take their new names."""
    mine = db.session.scalars(
        select(Post).where(Post.author_id == user_id).order_by(Post.thread_id, Post.id)
    ).all()
    by_thread: dict[int, list[Post]] = defaultdict(list)
    for post in mine:
        by_thread[post.thread_id].append(post)
    threads = {
        thread.id: thread
        for thread in db.session.scalars(select(Thread).where(Thread.id.in_(list(by_thread))))
    }
    renamed: dict[str, str] = {}
    for thread_id, posts in by_thread.items():
        renamed |= _anonymise(threads[thread_id], user_id, posts)
    reattribute_quotes(renamed)
    for post in mine:
        post.show_profession = False
        if choice == PostsChoice.ERASE:
            _erase(post)
        elif post.status == PostStatus.REJECTED:
            # Only its writer could read it, and there is no writer any more.
            post.status, post.body_md, post.body_html = PostStatus.WITHDRAWN, "", ""
    if choice == PostsChoice.ERASE:
        started = select(Thread.id).where(Thread.author_id == user_id)
        db.session.execute(
            update(Thread)
            .where(Thread.id.in_(started))
            .values(title=ERASED_TITLE)
            .execution_options(synchronize_session="fetch")
        )
        # "The author found this helpful" was the author speaking; their story is gone.
        db.session.execute(
            update(Post)
            .where(Post.thread_id.in_(started), Post.helped_author)
            .values(helped_author=False)
            .execution_options(synchronize_session="fetch")
        )
    _recount_replies(list(by_thread))


def _anonymise(thread: Thread, user_id: int, posts: list[Post]) -> dict[str, str]:
    """Turn the account's named posts in `thread` anonymous; return {public id: new name}.

    A named story makes the thread anonymous and its writer "Original poster" on every
    named post of theirs there (readers knew all of those were one person). Otherwise the
    named posts take a name of their own (anonymity.names.unlinked_name): taking the
    writer's pseudonym in the thread would tell every reader of the named posts who wrote
    the anonymous ones. Posts anonymous already keep their names."""
    named = [post for post in posts if not post.anonymous]
    if not named:
        return {}
    if any(post.is_opening for post in named):
        name = ORIGINAL_POSTER
        thread.anonymous = True
    else:
        name = unlinked_name(thread, user_id)
    for post in named:
        post.anonymous, post.pseudonym = True, name
    return {post.public_id: name for post in named}


def _erase(post: Post) -> None:
    """As forum.threads.services.delete_post does, without its commit: a held reply goes
    entirely, a rejected one is withdrawn, any other keeps its place without its text. Its
    "edited" time is left alone: stamping every post with one time would tie them together."""
    if post.status == PostStatus.HELD and not post.is_opening:
        db.session.delete(post)
        return
    if post.status == PostStatus.REJECTED:
        post.status = PostStatus.WITHDRAWN
    elif post.status in (PostStatus.PUBLISHED, PostStatus.HELD):
        post.status = PostStatus.DELETED
    post.body_md, post.body_html = "", ""


def _recount_replies(thread_ids: list[int]) -> None:
    """Rebuild reply_count of these threads from their posts (what recount_thread does)."""
    replies = (
        select(func.count())
        .select_from(Post)
        .where(Post.thread_id == Thread.id, ~Post.is_opening, Post.status == PostStatus.PUBLISHED)
        .scalar_subquery()
    )
    db.session.flush()
    for start in range(0, len(thread_ids), _BATCH):
        db.session.execute(
            update(Thread)
            .where(Thread.id.in_(thread_ids[start : start + _BATCH]))
            .values(reply_count=replies)
            .execution_options(synchronize_session="fetch")
        )


def _forget(user_id: int) -> None:
    """What the account did and was told goes: votes (the posts' scores recounted), watches
    and read places, notifications, notices, e-mail sent or waiting, and the reports it filed
    that are closed. Its open reports stay for the moderators: they are about someone else's
    post, may protect a patient, and no page has ever named a reporter."""
    voted = db.session.scalars(select(Vote.post_id).where(Vote.user_id == user_id)).all()
    db.session.execute(delete(Vote).where(Vote.user_id == user_id))
    counted = select(func.count(Vote.id)).where(Vote.post_id == Post.id).scalar_subquery()
    for start in range(0, len(voted), _BATCH):
        db.session.execute(
            update(Post)
            .where(Post.id.in_(voted[start : start + _BATCH]))
            .values(score=counted)
            .execution_options(synchronize_session="fetch")
        )
    db.session.execute(delete(Watch).where(Watch.user_id == user_id))
    db.session.execute(delete(Notification).where(Notification.user_id == user_id))
    db.session.execute(delete(OutboxMail).where(OutboxMail.user_id == user_id))
    db.session.execute(delete(Notice).where(Notice.user_id == user_id))
    db.session.execute(
        delete(Report).where(Report.reporter_id == user_id, Report.resolved_at.is_not(None))
    )
