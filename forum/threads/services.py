"""Thread and post use cases. Each commits once and returns what it made or changed."""

from __future__ import annotations

from sqlalchemy import case, func, literal, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from ..anonymity.names import name_after_turning, writer_name
from ..anonymity.presentation import QUOTE_HEADER
from ..extensions import db
from ..models import HeldBecause, Post, PostStatus, Thread, User, utcnow
from ..notify.reading import place_at
from ..notify.services import notify_held, notify_reply, watch_automatically
from ..rendering import render
from .categories import count_threads_in, recount_categories
from .notes import content_note_of
from .queries import SHOWN_STATUSES


def _find_by_form_token(author: User, form_token: str | None) -> Post | None:
    if not form_token:
        return None
    return db.session.scalar(
        select(Post)
        .where(Post.author_id == author.id, Post.form_token == form_token)
        .options(joinedload(Post.thread))
    )


def create_thread(
    author: User,
    *,
    category_id: int,
    title: str,
    body: str,
    anonymous: bool,
    show_profession: bool = False,
    no_why_replies: bool = False,
    content_note: str | None = None,
    form_token: str | None = None,
) -> Post:
    """Open a thread and return its opening post. An anonymous author appears as
    "Original poster" in it, and as "Anonymous" in thread lists.

    A form submitted twice (same `form_token`) returns the post the first submission made.
    """
    now = utcnow()
    thread = Thread(
        category_id=category_id,
        author_id=author.id,
        title=title.strip(),
        content_note=content_note_of(content_note),
        anonymous=anonymous,
        no_why_replies=no_why_replies,
        created_at=now,
        last_activity_at=now,
    )
    post = Post(
        thread=thread,
        author_id=author.id,
        is_opening=True,
        body_md=body,
        body_html=str(render(body)),
        created_at=now,
        form_token=form_token or None,
        **_identity(thread, author, anonymous, show_profession),
    )
    db.session.add_all([thread, post])
    count_threads_in(category_id, +1)
    post = _commit_once(
        post, author, form_token, then=lambda post: _followed_by_its_writer(post, author)
    )
    db.session.refresh(post, ["thread"])  # the caller goes to the thread by its public id
    return post


def _identity(thread: Thread, author: User, anonymous: bool, show_profession: bool) -> dict:
    """The anonymity columns of a new post by `author` in `thread`."""
    if not anonymous:
        return {"anonymous": False, "pseudonym": None, "show_profession": False}
    return {
        "anonymous": True,
        "pseudonym": writer_name(thread, author.id),
        "show_profession": bool(show_profession and author.profession),
    }


def create_reply(
    thread: Thread,
    author: User,
    body: str,
    *,
    anonymous: bool,
    show_profession: bool = False,
    held_because: HeldBecause | None = None,
    form_token: str | None = None,
) -> Post:
    """Publish a reply, counting it on the thread atomically; or, with `held_because`, put it
    in the moderation queue, where only its writer and the moderators see it. An anonymous
    reply carries the writer's name in this thread (see forum.anonymity.names)."""
    now = utcnow()
    post = Post(
        thread_id=thread.id,
        author_id=author.id,
        body_md=body,
        body_html=str(render(body)),
        created_at=now,
        form_token=form_token or None,
        **_identity(thread, author, anonymous, show_profession),
    )
    if held_because:
        post.status, post.held_because, post.held_at = PostStatus.HELD, held_because, now
    else:
        # Concurrent replies reach the thread's row in any order (a later `now` may get there
        # first), so the last activity only ever moves forward.
        at = literal(now, Thread.last_activity_at.type)
        latest = case((Thread.last_activity_at < at, at), else_=Thread.last_activity_at)
        db.session.execute(
            update(Thread)
            .where(Thread.id == thread.id)
            .values(reply_count=Thread.reply_count + 1, last_activity_at=latest)
        )
    db.session.add(post)

    def tell(post: Post) -> None:
        _followed_by_its_writer(post, author)
        if held_because:
            notify_held(post)
        else:
            notify_reply(post)

    return _commit_once(post, author, form_token, then=tell)


def _followed_by_its_writer(post: Post, author: User) -> None:
    """The writer watches the thread (unless they chose otherwise) and has read their post."""
    watch_automatically(author, post)
    if post.status == PostStatus.PUBLISHED:
        place_at(author, post.thread_id, post.id)


def _commit_once(post: Post, author: User, form_token: str | None, then=None) -> Post:
    """Commit a new post, or, when its form was already used, roll back and return the
    post the first submission made. `then(post)` runs in the same transaction, once the
    post has its id (the notifications it causes)."""
    try:
        db.session.flush()
        if then is not None:
            then(post)
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        existing = _find_by_form_token(author, form_token)
        if existing is None:
            raise
        return existing
    return post


def edit_post(
    post: Post,
    *,
    body: str,
    title: str | None = None,
    content_note: str | None = None,
    hold: HeldBecause | None = None,
) -> bool:
    """Replace a post's text (and, for an opening post, its thread's title, and its content
    note unless `content_note` is None: "" clears it); return whether anything changed. An
    unchanged submission does not mark the post edited, nor does a new note alone (the text
    a reader may have read is the same). With `hold`, a published reply goes back to the
    moderation queue with its new text. The author's own note change is not logged, as
    their flag switch is not (moderation.threads)."""
    if hold and post.status == PostStatus.PUBLISHED and body != post.body_md:
        hold_post(post, hold)
    edited = False
    if body != post.body_md:
        post.body_md = body
        post.body_html = str(render(body))
        edited = True
    if post.is_opening and title is not None and title.strip() != post.thread.title:
        post.thread.title = title.strip()
        edited = True
    note = content_note_of(content_note)
    noted = post.is_opening and content_note is not None and note != post.thread.content_note
    if noted:
        post.thread.content_note = note
    if edited:
        post.edited_at = utcnow()
    if edited or noted:
        db.session.commit()
    return edited or noted


def delete_post(post: Post) -> bool:
    """Delete by the author: a published post keeps its place and loses its text for good; a
    held one goes entirely; a rejected one loses its text and is seen by nobody."""
    if post.status in (PostStatus.DELETED, PostStatus.WITHDRAWN):
        return False
    if post.status == PostStatus.HELD:
        # Never published, never decided: nothing of it stays, not even a placeholder.
        db.session.delete(post)
        db.session.commit()
        return True
    if post.status == PostStatus.REJECTED:
        # Its text goes; the row stays out of sight, still counted for pre-moderation.
        post.status, post.body_md, post.body_html = PostStatus.WITHDRAWN, "", ""
        db.session.commit()
        return True
    was_counted = post.status == PostStatus.PUBLISHED and not post.is_opening
    post.status = PostStatus.DELETED
    post.body_md = ""
    post.body_html = ""
    post.edited_at = utcnow()
    if was_counted:
        db.session.execute(
            update(Thread)
            .where(Thread.id == post.thread_id)
            .values(reply_count=Thread.reply_count - 1)
        )
    db.session.commit()
    return True


def make_anonymous(post: Post) -> int:
    """Turn a named post anonymous, with every other named post of its writer in the thread
    (a lone named post next to their anonymous ones would name them). Opening posts make the
    thread anonymous, and the writer becomes "Original poster" on all their posts in it.

    Quotes of these posts in the thread that carry the writer's username are re-attributed.
    Returns how many posts changed; 0 if there was nothing to do. There is no way back.
    """
    thread = db.session.get(Thread, post.thread_id)
    mine = db.session.scalars(
        select(Post)
        .where(Post.thread_id == thread.id, Post.author_id == post.author_id)
        .order_by(Post.id)
    ).all()
    if all(p.anonymous for p in mine):
        return 0
    name = name_after_turning(thread, post.author_id)
    thread.anonymous = thread.anonymous or thread.author_id == post.author_id
    changed = [p for p in mine if not p.anonymous or p.pseudonym != name]
    for p in changed:
        p.anonymous, p.pseudonym = True, name
    reattribute_quotes(dict.fromkeys((p.public_id for p in changed), name))
    db.session.commit()
    return len(changed)


QUOTE_SCAN_BATCH = 200  # posts looked for in one scan of the posts table


def reattribute_quotes(names: dict[str, str]) -> None:
    """Rewrite the attribution line of every stored quote of the posts `names` maps (public
    id -> the name the post shows now), and rebuild the quoting posts' HTML (the caller
    commits). Every status counts (a held, hidden or rejected reply may be published or shown
    to moderators later), and so does every thread (a quote can be pasted anywhere). Not an
    edit: the quoting posts get no "edited" mark.

    It reads every post whose text links to one of them: a scan of the posts table per
    QUOTE_SCAN_BATCH posts, paid only when named posts turn anonymous (a writer's choice, or
    their account deleted)."""

    def rename(match):
        name = names.get(match["post"])
        if name is None:
            return match[0]
        start, end = match.span("name")
        return match[0][: start - match.start()] + name + match[0][end - match.start() :]

    public_ids = sorted(names)
    for start in range(0, len(public_ids), QUOTE_SCAN_BATCH):
        batch = public_ids[start : start + QUOTE_SCAN_BATCH]
        links = [Post.body_md.contains(f"/p/{public_id})") for public_id in batch]
        for reply in db.session.scalars(select(Post).where(or_(*links))):
            body = QUOTE_HEADER.sub(rename, reply.body_md)
            if body != reply.body_md:
                reply.body_md = body
                reply.body_html = str(render(body))


def hold_post(post: Post, because: HeldBecause) -> None:
    """Take a post out of its thread into the moderation queue, where only its writer and the
    moderators see it (the caller commits). A published reply leaves the reply count."""
    if post.status == PostStatus.PUBLISHED and not post.is_opening:
        db.session.execute(
            update(Thread)
            .where(Thread.id == post.thread_id)
            .values(reply_count=Thread.reply_count - 1)
        )
    post.status, post.held_because, post.held_at = PostStatus.HELD, because, utcnow()


def recount_thread(thread_id: int) -> Thread:
    """Rebuild a thread's reply_count and last_activity_at from its posts."""
    in_thread = Post.thread_id == thread_id
    replies = db.session.scalar(
        select(func.count())
        .select_from(Post)
        .where(in_thread, ~Post.is_opening, Post.status == PostStatus.PUBLISHED)
    )
    # A deleted or removed post keeps its place, and so keeps the activity it made.
    latest = db.session.scalar(
        select(func.max(Post.created_at)).where(in_thread, Post.status.in_(SHOWN_STATUSES))
    )
    thread = db.session.get(Thread, thread_id)
    thread.reply_count = replies
    thread.last_activity_at = latest or thread.created_at
    db.session.commit()
    return thread


def recount_all_threads() -> int:
    """Rebuild every thread's counters and every category's thread count; return how many
    threads and categories were wrong."""
    wrong = recount_categories()
    for thread_id in db.session.scalars(select(Thread.id).order_by(Thread.id)).all():
        before = db.session.execute(
            select(Thread.reply_count, Thread.last_activity_at).where(Thread.id == thread_id)
        ).one()
        after = recount_thread(thread_id)
        wrong += tuple(before) != (after.reply_count, after.last_activity_at)
    return wrong


def rerender_all(batch: int = 500) -> int:
    """Rebuild every post's stored HTML from its Markdown; return how many changed.

    Works on plain rows in batches, so memory stays flat on a large forum."""
    changed, last_id = 0, 0
    while True:
        rows = db.session.execute(
            select(Post.id, Post.body_md, Post.body_html)
            .where(Post.id > last_id)
            .order_by(Post.id)
            .limit(batch)
        ).all()
        if not rows:
            return changed
        for post_id, body_md, body_html in rows:
            html = str(render(body_md)) if body_md else ""
            if html != body_html:
                db.session.execute(update(Post).where(Post.id == post_id).values(body_html=html))
                changed += 1
        db.session.commit()
        last_id = rows[-1][0]
