"""Watching threads and telling members what happened. The functions that notify run in the
caller's transaction (a reply and its notifications commit together); the ones a member calls
directly commit once.

A reply in a thread a member watches is not written as a row for them: it is read from their
watch and the thread's posts when shown (watched_replies), and its read state is their
place in the thread. So a reply among a thousand watchers writes only what cannot be read
back: the rows of the writers it quotes, and one set-based INSERT … SELECT of the e-mail of
those who want it at once. Other notifications (quotes, helpful votes, held replies, notices)
are rows.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import (
    Boolean,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    cast,
    exists,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import joinedload

from ..anonymity.presentation import QUOTE_HEADER
from ..extensions import db
from ..models import (
    MailKind,
    MailMode,
    MailStatus,
    Notice,
    Notification,
    NotificationKind,
    OutboxMail,
    Post,
    PostStatus,
    Thread,
    User,
    UTCDateTime,
    Watch,
    WatchLevel,
    utcnow,
)
from ..moderation.queue import waiting_expression
from ..pagination import Page, paginate
from ..prepared import constants_inline

_INSERT = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


def upsert():
    """INSERT … ON CONFLICT for the engine in use."""
    return _INSERT[db.session.get_bind().dialect.name]


# Watching ------------------------------------------------------------------------------------


def watch_of(user: User, thread: Thread) -> Watch | None:
    """The member's watch row for the thread (level and read place), if any."""
    return db.session.get(Watch, (user.id, thread.id))


def level_of(watch: Watch | None) -> WatchLevel:
    return WatchLevel(watch.level) if watch is not None and watch.level else WatchLevel.NORMAL


def set_level(user: User, thread: Thread, level: WatchLevel) -> bool:
    """Set how closely the member follows the thread; return whether it changed. Who begins
    to watch is told of the replies from now on, not of the thread's past."""
    before = level_of(watch_of(user, thread))
    values = {"level": level}
    if level == WatchLevel.WATCHING and before != level:
        newest = select(func.max(Post.id)).where(Post.thread_id == thread.id).scalar_subquery()
        values["notify_after_post_id"] = newest
    stmt = upsert()(Watch).values(user_id=user.id, thread_id=thread.id, **values)
    db.session.execute(
        stmt.on_conflict_do_update(index_elements=["user_id", "thread_id"], set_=values)
    )
    db.session.commit()
    return before != level


def watch_automatically(user: User, post: Post) -> None:
    """Watch the thread of a post the member wrote (their story or a reply), from that post
    on, unless they turned that off or chose a level for it before (caller's transaction)."""
    if not user.auto_watch:
        return
    values = {"level": WatchLevel.WATCHING, "notify_after_post_id": post.id}
    stmt = upsert()(Watch).values(user_id=user.id, thread_id=post.thread_id, **values)
    db.session.execute(
        stmt.on_conflict_do_update(
            index_elements=["user_id", "thread_id"], set_=values, where=Watch.level.is_(None)
        )
    )


def _muted(thread_id: int):
    """A condition on User: the member muted this thread."""
    return exists().where(
        Watch.user_id == User.id, Watch.thread_id == thread_id, Watch.level == WatchLevel.MUTED
    )


# Writing notifications -----------------------------------------------------------------------


def mailable():
    """A condition on User: their address may receive notifications (see outbox.can_mail)."""
    return and_(
        User.email.is_not(None),
        User.email_confirmed_at.is_not(None),
        User.email_bounced_at.is_(None),
    )


def _fan_out(
    kind: NotificationKind,
    recipients: Select,
    *,
    thread_id: int | None,
    post_id: int | None = None,
    notice_id: int | None = None,
) -> None:
    """Notify every member `recipients` (a select of user ids) selects, and queue the e-mail
    of those who want it at once."""
    now = utcnow()
    mode = getattr(User, f"mail_{kind}")
    at = literal(now, UTCDateTime())
    # How each recipient wants it mailed, decided now: "now" rows get an outbox row below,
    # "digest" rows wait for the daily digest.
    mail = case((and_(mode.in_([MailMode.NOW, MailMode.DIGEST]), mailable()), mode), else_=None)
    rows = select(
        User.id,
        literal(str(kind)),
        literal(thread_id),
        literal(post_id),
        literal(notice_id),
        at,
        mail,
    ).where(User.id.in_(recipients), User.deleted_at.is_(None))  # (nobody reads a tombstone's)
    columns = ["user_id", "kind", "thread_id", "post_id", "notice_id", "created_at", "mail"]
    # The rows just written are found again by id, past the newest before.
    before = db.session.scalar(select(func.coalesce(func.max(Notification.id), 0)))
    db.session.execute(Notification.__table__.insert().from_select(columns, rows))
    mails = select(
        Notification.user_id,
        literal(str(MailKind.NOTIFICATION)),
        Notification.id,
        literal(str(MailStatus.PENDING)),
        literal(0),
        at,
        at,
    ).where(
        Notification.id > before,
        Notification.kind == kind,
        Notification.created_at == at,
        Notification.post_id == post_id if post_id else Notification.post_id.is_(None),
        Notification.notice_id == notice_id if notice_id else Notification.notice_id.is_(None),
        Notification.mail == MailMode.NOW,
    )
    columns = [
        "user_id",
        "kind",
        "notification_id",
        "status",
        "attempts",
        "next_attempt_at",
        "created_at",
    ]
    db.session.execute(OutboxMail.__table__.insert().from_select(columns, mails))


def quoted_post_ids(body_md: str) -> set[str]:
    """Public ids of the posts a reply quotes with the Quote button's header."""
    return {match["post"] for match in QUOTE_HEADER.finditer(body_md)}


def notify_reply(post: Post) -> None:
    """A reply was published: tell the writers it quotes, and everyone watching the thread
    (each once; never the writer, never who muted the thread). Caller's transaction.

    Watchers get no row (watched_replies reads the reply back for them): only the e-mail
    of those who want replies mailed at once is written, in one statement."""
    others = and_(User.id != post.author_id, ~_muted(post.thread_id))
    watchers = select(Watch.user_id).where(
        Watch.thread_id == post.thread_id,
        Watch.level == WatchLevel.WATCHING,  # (so not muted)
        Watch.user_id != post.author_id,
    )
    quoted_keys = quoted_post_ids(post.body_md)
    if quoted_keys:  # (an empty IN list would make SQLite scan every published post)
        quoted = select(Post.author_id).where(
            Post.public_id.in_(sorted(quoted_keys)), Post.status == PostStatus.PUBLISHED
        )
        quoting = select(User.id).where(User.id.in_(quoted), others)
        _fan_out(NotificationKind.QUOTE, quoting, thread_id=post.thread_id, post_id=post.id)
        watchers = watchers.where(Watch.user_id.not_in(quoting))
    at = literal(utcnow(), UTCDateTime())
    mails = select(
        User.id,
        literal(str(MailKind.REPLY)),
        literal(post.id),
        literal(str(MailStatus.PENDING)),
        literal(0),
        at,
        at,
    ).where(User.id.in_(watchers), User.mail_reply == MailMode.NOW, mailable())
    columns = ["user_id", "kind", "post_id", "status", "attempts", "next_attempt_at", "created_at"]
    db.session.execute(OutboxMail.__table__.insert().from_select(columns, mails))


def notify_held(post: Post) -> None:
    """A reply to a flagged story waits for the moderators: tell the story's author, so they
    know peers are answering (caller's transaction)."""
    author = select(Thread.author_id).where(Thread.id == post.thread_id).scalar_subquery()
    recipient = select(User.id).where(
        User.id == author, User.id != post.author_id, ~_muted(post.thread_id)
    )
    _fan_out(NotificationKind.HELD, recipient, thread_id=post.thread_id, post_id=post.id)


def notify_helpful(post: Post) -> None:
    """A helpful vote on the post: one unread notification per post gathers the votes (it
    says how many, never who), so a second vote only brings it to the top."""
    bumped = db.session.execute(
        update(Notification)
        .where(
            Notification.user_id == post.author_id,
            _recent(post.author_id),
            Notification.read_at.is_(None),
            Notification.kind == NotificationKind.HELPFUL,
            Notification.post_id == post.id,
        )
        .values(created_at=utcnow())
        .returning(Notification.id)
    ).all()
    if not bumped:
        recipient = select(User.id).where(User.id == post.author_id, ~_muted(post.thread_id))
        _fan_out(NotificationKind.HELPFUL, recipient, thread_id=post.thread_id, post_id=post.id)


def notify_notice(notice: Notice) -> None:
    """A moderation notice also joins the member's notifications (caller's transaction; the
    notice must be flushed)."""
    recipient = select(User.id).where(User.id == notice.user_id)
    _fan_out(NotificationKind.MODERATION, recipient, thread_id=None, notice_id=notice.id)


# Reading them --------------------------------------------------------------------------------


def notifications_of(user: User) -> Select:
    """The member's stored notifications, newest first, with what describing them needs."""
    return (
        select(Notification)
        .options(
            joinedload(Notification.thread),
            joinedload(Notification.post).joinedload(Post.author),
            joinedload(Notification.notice).joinedload(Notice.post),
        )
        .where(Notification.user_id == user.id)
        .order_by(Notification.id.desc())
    )


def watched_replies(user_id: int, *, unread_only: bool = False) -> Select:
    """The replies in threads the member watches, posted since they began to watch: the
    notifications of kind REPLY, read from the watches and the posts index instead of stored.
    Columns: post_id, read (the member's place has passed it); the posts index answers it
    without reading a post. A reply that quoted the member is told once, as the quote."""
    place = func.coalesce(Watch.last_read_post_id, 0)
    after = func.coalesce(Watch.notify_after_post_id, 0)
    if unread_only:  # one range on the posts index, past both
        after = case((place > after, place), else_=after)
    return (
        select(Post.id.label("post_id"), (Post.id <= place).label("read"))
        .select_from(Watch)
        .join(Post, and_(Post.thread_id == Watch.thread_id, Post.id > after))
        .where(
            Watch.user_id == user_id,
            Watch.level == WatchLevel.WATCHING,
            Post.is_opening.is_(False),
            _mostly(Post.status == PostStatus.PUBLISHED),
            Post.author_id != user_id,
            Post.id.not_in(  # (looked up once, not per post)
                select(Notification.post_id).where(
                    Notification.user_id == user_id,
                    Notification.kind == NotificationKind.QUOTE,
                    Notification.post_id.is_not(None),
                )
            ),
        )
    )


def _mostly(condition):
    """`condition`, which holds for most rows. SQLite plans without statistics unless someone
    ran ANALYZE; told this (likelihood()), it reads a member's watches first and each thread's
    posts by the posts index, where it would otherwise walk every published post and look up
    a watch for each. PostgreSQL's statistics tell it so already."""
    if db.session.get_bind().dialect.name == "sqlite":
        return func.likelihood(condition, literal_column("0.99"))  # (a constant: no parameter)
    return condition


def replies_for_digest(user_id, since, until) -> Select:
    """The member's unread replies in watched threads posted after `since` (their digest
    before; None for none) and up to `until`: what a digest carries of them. `user_id` may
    be User.id, for a correlated use."""
    stmt = watched_replies(user_id, unread_only=True).where(Post.created_at <= until)
    if since is not None:
        stmt = stmt.where(Post.created_at > since)
    return stmt.order_by(Post.id)


def reply_notification(user: User, post: Post, *, read: bool) -> Notification:
    """The unsaved notification of a reply in a thread the member watches (see
    watched_replies): `post` must come with its thread and author loaded."""
    notification = Notification(
        user_id=user.id,
        kind=NotificationKind.REPLY,
        thread_id=post.thread_id,
        post_id=post.id,
        created_at=post.created_at,
        # Read once the member's place passed it; when is not kept.
        read_at=post.created_at if read else None,
    )
    notification.thread, notification.post = post.thread, post
    return notification


def posts_for_replies(post_ids) -> dict[int, Post]:
    """Posts by id, with what describing their reply notifications needs (one query)."""
    if not post_ids:
        return {}
    posts = db.session.scalars(
        select(Post)
        .options(joinedload(Post.thread), joinedload(Post.author))
        .where(Post.id.in_(post_ids))
    )
    return {post.id: post for post in posts}


def notification_page(user: User, number: int, per_page: int) -> Page:
    """One page of everything the member was told, stored and read from their watches,
    newest first (four queries: the count, the page, its stored notifications, its posts).

    Each kind is cut to the newest number × per_page by its index (stored ones by id, the
    replies by post id) before the two are merged by time, so a page costs the same whether
    the member was told of a hundred things or a hundred thousand."""
    enough = number * per_page
    stored = (
        select(
            Notification.id.label("notification_id"),
            cast(null(), Integer).label("post_id"),
            cast(null(), Boolean).label("read"),
            Notification.created_at.label("at"),
        )
        .where(Notification.user_id == user.id)
        .order_by(Notification.id.desc())
        .limit(enough)
    )
    newest = watched_replies(user.id).order_by(Post.id.desc()).limit(enough).subquery()
    replies = select(cast(null(), Integer), newest.c.post_id, newest.c.read, Post.created_at).join(
        Post, Post.id == newest.c.post_id
    )
    every = union_all(stored.subquery().select(), replies).subquery()
    ordered = select(every).order_by(
        every.c.at.desc(), every.c.notification_id.desc(), every.c.post_id.desc()
    )
    count_stored = select(func.count(Notification.id)).where(Notification.user_id == user.id)
    count_replies = select(func.count()).select_from(watched_replies(user.id).subquery())
    total = select(count_stored.scalar_subquery() + count_replies.scalar_subquery())
    page = paginate(ordered, number, per_page, scalars=False, count=total)
    stored_ids = [row.notification_id for row in page.items if row.notification_id]
    rows = {}
    if stored_ids:
        found = notifications_of(user).where(Notification.id.in_(stored_ids))
        rows = {n.id: n for n in db.session.scalars(found).unique()}
    posts = posts_for_replies([row.post_id for row in page.items if row.post_id])
    items = [
        rows[row.notification_id]
        if row.notification_id
        else reply_notification(user, posts[row.post_id], read=bool(row.read))
        for row in page.items
    ]
    return replace(page, items=items)


UNREAD_SHOWN = 99  # the header counts this far, then says "99+ new"


# Pages look only at a member's newest notifications, so that no page's cost grows with how
# many a member has had: the header counts the unread among the newest UNREAD_SHOWN + 1
# stored ones and at most UNREAD_SHOWN + 1 unread replies in watched threads, and a page marks
# read (and a vote gathers into) one of the newest RECENT. "Mark all read" reaches every one.
RECENT = 500


def _newest(user_id, count: int):
    """A condition on Notification: one of the member's newest `count` (`user_id` may be a
    column, for a correlated use)."""
    oldest = (
        select(Notification.id)
        .where(Notification.user_id == user_id)
        .order_by(Notification.id.desc())
        .offset(count - 1)
        .limit(1)
        .correlate_except(Notification)
        .scalar_subquery()
    )
    return Notification.id >= func.coalesce(oldest, 0)


def unread_expression(user_id: int):
    """The header's count, as an SQL expression: the unread among the member's newest
    UNREAD_SHOWN + 1 stored notifications, plus up to UNREAD_SHOWN + 1 of their unread
    replies in watched threads. Loaded with the member on every request (see
    member_with_header_counts), so the header's count costs no query of its own."""
    stored, read_back = _unread_parts(user_id)
    return stored + read_back  # (up to twice UNREAD_SHOWN + 1: see counted)


def _unread_parts(user_id: int):
    """unread_expression's two counts: (stored notifications, replies in watched threads)."""
    stored = (
        select(func.count(Notification.id))
        .where(
            Notification.user_id == user_id,
            Notification.read_at.is_(None),
            _newest(user_id, UNREAD_SHOWN + 1),
        )
        .scalar_subquery()
    )
    replies = watched_replies(user_id, unread_only=True).limit(UNREAD_SHOWN + 1).subquery()
    read_back = select(func.count()).select_from(replies).scalar_subquery()
    return stored, read_back


_MEMBER_WITH_HEADER_COUNTS: dict[str, Select] = {}  # by dialect name


def member_with_header_counts(user_id: int) -> tuple[User | None, int, int, int]:
    """The member and their header's counts, in one query: (member, unread notifications,
    of those the stored ones, for moderators the queue's waiting items, else 0). The
    statement is built once per database engine and run with the id as its parameter:
    building it costs six times running it."""
    dialect = db.session.get_bind().dialect.name
    stmt = _MEMBER_WITH_HEADER_COUNTS.get(dialect)
    if stmt is None:
        member = bindparam("member_id", type_=Integer)
        stored, read_back = _unread_parts(member)
        stmt = _MEMBER_WITH_HEADER_COUNTS[dialect] = constants_inline(
            select(
                User,
                stored.label("stored"),
                read_back.label("read_back"),
                waiting_expression(User.role).label("waiting"),
            ).where(User.id == member)
        )
    row = db.session.execute(stmt, {"member_id": user_id}).first()
    if row is None:
        return None, 0, 0, 0
    return row.User, counted(row.stored + row.read_back), row.stored, row.waiting


def stored_unread_count(user: User) -> int:
    """How many of the member's newest UNREAD_SHOWN + 1 stored notifications are unread."""
    return db.session.scalar(select(_unread_parts(user.id)[0]))


def counted(value: int) -> int:
    """The header's count from unread_expression's value: UNREAD_SHOWN + 1 at most."""
    return min(value, UNREAD_SHOWN + 1)


def unread_count(user: User) -> int:
    """The header's count for the member (one query; see unread_expression)."""
    return counted(db.session.scalar(select(unread_expression(user.id))))


def _recent(user_id: int):
    """A condition on Notification: one of the member's newest RECENT."""
    return _newest(user_id, RECENT)


def _mark_read(user: User, *conditions) -> int:
    """Mark the member's unread notifications matching `conditions` read; return how many
    (caller commits)."""
    done = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None), *conditions)
        .values(read_at=utcnow())
        .returning(Notification.id)
    ).all()
    return len(done)


def mark_all_read(user: User) -> int:
    """Every notification of the member's is read: the stored ones, and the replies in the
    threads they watch (their place there moves to the newest post). Returns how many stored
    notifications and watched threads it changed: 0 when nothing was unread."""
    done = _mark_read(user)
    newest = (
        select(func.max(Post.id))
        .where(Post.thread_id == Watch.thread_id)
        .correlate(Watch)
        .scalar_subquery()
    )
    moved = db.session.execute(
        update(Watch)
        .where(
            Watch.user_id == user.id,
            Watch.level == WatchLevel.WATCHING,
            func.coalesce(Watch.last_read_post_id, 0) < newest,
        )
        .values(last_read_post_id=newest)
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.commit()
    return done + moved


def mark_thread_read(user: User, thread_id: int, shown_post_ids: list[int]) -> int:
    """A thread page showed the member these posts: the notifications about them count as
    read, and so does "a reply waits for the moderators" about this thread (caller commits)."""
    return _mark_read(
        user,
        _recent(user.id),
        Notification.thread_id == thread_id,
        or_(Notification.post_id.in_(shown_post_ids), Notification.kind == NotificationKind.HELD),
    )


def mark_notice_read(user: User, notice_id: int) -> int:
    """A dismissed notice is a read notification (caller commits)."""
    return _mark_read(user, _recent(user.id), Notification.notice_id == notice_id)
