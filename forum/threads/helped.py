"""The story's author marks the replies that helped them ("This helped me"), and takes the
mark back. Everyone then reads "The author found this helpful" on the reply, never who the
author is; nobody is notified, and no time is kept (see Post.helped_author)."""

from __future__ import annotations

from flask import jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import update

from ..extensions import db
from ..limits import limited
from ..models import Post, PostStatus, Thread, User
from ..permissions import can_write
from ..urls import safe_next
from . import bp, queries


class HelpedNotAllowed(ValueError):
    """Why the mark was refused, in words the author reads."""


def can_mark_helped(viewer: User | None, post: Post, thread: Thread) -> bool:
    """The author of the story, not suspended, on a published reply of someone else's in it."""
    return (
        can_write(viewer)
        and thread.author_id == viewer.id
        and post.thread_id == thread.id
        and not post.is_opening
        and post.author_id != viewer.id
        and post.status == PostStatus.PUBLISHED
    )


def _refusal(viewer: User, post: Post, thread: Thread) -> str:
    if thread.author_id != viewer.id:
        return "Only the author of the story can mark the replies that helped them."
    if not can_write(viewer):
        return "Your account is suspended, so you cannot mark replies for now."
    if post.is_opening:
        return "The story itself cannot be marked; mark the replies that helped you."
    if post.author_id == viewer.id:
        return "Your own replies cannot be marked as helping you."
    return "Only a published reply can be marked: this one is waiting, removed or deleted."


def set_helped(post: Post, viewer: User, helped: bool) -> bool:
    """Make the reply's mark be `helped`; return whether anything changed. Harmless to
    repeat (a double submit changes nothing the second time)."""
    thread = db.session.get(Thread, post.thread_id)
    if not can_mark_helped(viewer, post, thread):
        raise HelpedNotAllowed(_refusal(viewer, post, thread))
    changed = db.session.execute(
        update(Post)
        .where(Post.id == post.id, Post.helped_author != helped)
        .values(helped_author=helped)
        .returning(Post.id)
    ).all()
    db.session.commit()
    return bool(changed)


bp.add_app_template_global(can_mark_helped, "can_mark_helped")


@bp.post("/p/<key:post_key>/helped")
@limited("vote")
@login_required
def mark_helped(post_key: str):
    post = queries.get_post_or_404(post_key, current_user)
    helped = request.form.get("helped") == "1"
    try:
        set_helped(post, current_user, helped)
    except HelpedNotAllowed as refused:
        if request.accept_mimetypes.best == "application/json":
            return jsonify(error=str(refused)), 403
        page = render_template(
            "errors/error.html",
            code=403,
            title="That reply cannot be marked",
            detail=str(refused),
            kept=[],
        )
        return page, 403
    if request.accept_mimetypes.best == "application/json":
        return jsonify(helped=helped)
    back = url_for("threads.permalink", post_key=post.public_id)
    return redirect(safe_next(request.form.get("next"), back))
