"""Moderation routes: reports, the queue, actions on posts and threads, the log, notices.
Each parses the request, calls one service, then renders or redirects."""

import re
from functools import wraps

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .. import permissions
from ..errors import refused
from ..limits import limited
from ..models import PUBLIC_ID_PATTERN, PostStatus
from ..pagination import page_number, paginate
from ..search import syntax as search_syntax
from ..threads import queries
from ..urls import parse_id, safe_next
from . import audit, members, notices, posts, reports, reveal, threads
from .blueprint import bp
from .forms import (
    ContentNoteForm,
    LockForm,
    ModEditForm,
    MoveForm,
    NoteForm,
    ReasonForm,
    ReportForm,
    SuspendForm,
)
from .marked import post_text
from .queue import next_item, queue_page


def only(check):
    """A view for logged-in members who pass `check` (a permissions function); 403 for the
    others, the login page for visitors."""

    def decorate(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if not check(current_user):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorate


moderators_only = only(permissions.is_moderator)


def _back_to_post(post):
    return redirect(url_for("moderation.post", post_key=post.public_id))


# Reports -------------------------------------------------------------------------------------


@bp.route("/p/<key:post_key>/report", methods=["GET", "POST"])
@limited("report")
@login_required
def report(post_key: str):
    post = queries.get_post_or_404(post_key, current_user)
    if not permissions.can_report(current_user, post):
        abort(403)
    already = reports.open_report(post, current_user)
    form = ReportForm()
    if already is None and form.validate_on_submit():
        thread_key = post.thread.public_id  # read before the commit expires the post
        _, hidden = reports.report_post(post, current_user, form.reason.data, form.note.data or "")
        if hidden:  # gone from the thread for its author too: back to the thread
            flash("Thank you. The reply is hidden until a moderator looks at it.", "success")
            return redirect(url_for("threads.thread", thread_key=thread_key))
        # No flash at the top of the page: the post itself, where the reader lands, says
        # "You reported this" (templates/_partials/post.html) while the report is open.
        return redirect(url_for("threads.permalink", post_key=post.public_id))
    return render_template(
        "moderation/report.html", post=post, thread=post.thread, form=form, already=already
    )


# The queue and one post -------------------------------------------------------------------


@bp.get("/mod")
@moderators_only
def queue():
    """The queue, or the items in it whose text matches ?q= (search's syntax)."""
    q = search_syntax.clean(request.args.get("q", ""))
    query = search_syntax.parse(q) if q else None
    number = page_number(request.args.get("page"))
    page = queue_page(number, current_app.config["QUEUE_PER_PAGE"], query)
    return render_template("moderation/queue.html", page=page, marked=post_text, q=q, query=query)


@bp.get("/mod/next")
@moderators_only
def next_in_queue():
    """The next item to decide (after ?after=, the post just decided or skipped), or the
    queue when nothing else waits for this moderator."""
    after = request.args.get("after") or None
    if after is not None and not _PUBLIC_ID.fullmatch(after):
        abort(404)
    post = next_item(current_user, after)
    if post is None:
        flash("Nothing else is waiting for you.", "info")
        return redirect(url_for("moderation.queue"))
    return _back_to_post(post)


_PUBLIC_ID = re.compile(PUBLIC_ID_PATTERN)


def get_moderated_post_or_404(post_key: str):
    """The post a moderator acts on: 404 if unseen, 403 if it is their own."""
    post = queries.get_post_or_404(post_key, current_user)
    if not permissions.can_moderate(current_user, post):
        abort(403)
    return post


@bp.get("/mod/p/<key:post_key>")
@moderators_only
def post(post_key: str):
    return _post_page(get_moderated_post_or_404(post_key))


def _post_page(post, failed: str | None = None, errors: dict | None = None):
    """A post's moderation page; after a refused action (`failed`, e.g. "reject"), that
    action's form comes back with what the moderator typed and the messages."""
    thread = post.thread
    move = MoveForm(formdata=None, category=thread.category_id)
    move.category.choices = queries.category_choices()
    return render_template(
        "moderation/post.html",
        post=post,
        thread=thread,
        opening=None if post.is_opening else queries.opening_post(thread),
        open_reports=reports.open_reports(post),
        marked=post_text,
        move_form=move,
        can_reveal=reveal.can_request(current_user, post),
        failed=failed,
        typed=request.form if failed else {},
        errors=errors or {},
    )


def _post_action(post_key: str, form_class, act, done, *, confirm=False, **form_kwargs):
    """Validate the action's form and call `act(post, form)`. A refused form comes back on
    the post's page with the moderator's text and the messages; nothing typed is lost.
    `done` is the message after it, or a function of the post (before acting) giving it.

    A destructive action (`confirm`) sent from the post's page carries step=confirm: without
    JavaScript it is answered with a page that asks once more (its form sends the same
    fields without the step); with JavaScript a dialog asked, and the step is left out."""
    post = get_moderated_post_or_404(post_key)
    form = form_class(**form_kwargs)
    key = request.endpoint.rsplit(".", 1)[1]
    if not form.validate_on_submit():
        return _post_page(post, key, form.errors)
    if confirm and request.form.get("step") == "confirm":
        return render_template(
            "moderation/confirm.html", post=post, thread=post.thread, key=key, form=form
        )
    if callable(done):
        done = done(post)
    if act(post, form):
        flash(done, "success")
    else:
        flash("Nothing to change: it was already so.", "info")
    return _back_to_post(post)


@bp.post("/mod/p/<key:post_key>/approve")
@moderators_only
def approve(post_key: str):
    return _post_action(
        post_key,
        ReasonForm,
        lambda post, form: posts.approve(post, current_user, form.reason.data),
        _approved_or_dismissed,
    )


def _approved_or_dismissed(post) -> str:
    """Keep it, on a published post, dismisses its reports: it approves nothing."""
    if post.status == PostStatus.HELD:
        return "Approved. The reply is published."
    return "Reports dismissed. The post stays as it is."


@bp.post("/mod/p/<key:post_key>/reject")
@moderators_only
def reject(post_key: str):
    return _post_action(
        post_key,
        NoteForm,
        lambda post, form: posts.reject(post, current_user, form.reason.data),
        "Rejected. The writer receives your note.",
        confirm=True,
    )


@bp.post("/mod/p/<key:post_key>/edit")
@moderators_only
def edit(post_key: str):
    post = get_moderated_post_or_404(post_key)
    return _post_action(
        post_key,
        ModEditForm,
        lambda post, form: posts.edit(post, current_user, form.body.data, form.reason.data),
        "Saved. The post shows “edited by a moderator”; the old text is gone.",
        is_opening=post.is_opening,
    )


@bp.post("/mod/p/<key:post_key>/remove")
@moderators_only
def remove(post_key: str):
    return _post_action(
        post_key,
        NoteForm,
        lambda post, form: posts.remove(post, current_user, form.reason.data),
        "Removed.",
        confirm=True,
    )


@bp.post("/mod/p/<key:post_key>/warn")
@moderators_only
def warn(post_key: str):
    return _post_action(
        post_key,
        NoteForm,
        lambda post, form: members.warn(post, current_user, form.reason.data) or True,
        "The writer is warned.",
    )


@bp.post("/mod/p/<key:post_key>/suspend")
@moderators_only
def suspend(post_key: str):
    return _post_action(
        post_key,
        SuspendForm,
        lambda post, form: members.suspend(post, current_user, form.days.data, form.reason.data),
        "The writer is suspended.",
        confirm=True,
    )


# Threads ----------------------------------------------------------------------------------


@bp.post("/mod/t/<key:thread_key>/lock")
@moderators_only
def lock(thread_key: str):
    thread = queries.get_thread_or_404(thread_key)
    form = LockForm()
    locked = form.locked.data == "1"
    if not form.validate_on_submit():
        title = "Lock the thread" if locked else "Unlock the thread"
        return refused(form, title=title, button=title, back=_back_url(thread))
    if threads.set_locked(thread, locked, current_user, form.reason.data or ""):
        flash("Locked: no new replies." if locked else "Unlocked.", "success")
    return redirect(_back_url(thread))


@bp.post("/mod/t/<key:thread_key>/move")
@moderators_only
def move(thread_key: str):
    thread = queries.get_thread_or_404(thread_key)
    form = MoveForm()
    form.category.choices = queries.category_choices()
    if not form.validate_on_submit():
        return refused(form, title="Move the thread", button="Move", back=_back_url(thread))
    category = queries.get_category_by_id(form.category.data)
    if threads.move(thread, category, current_user, form.reason.data or ""):
        flash(f"Moved to {category.name}.", "success")
    return redirect(_back_url(thread))


@bp.post("/mod/t/<key:thread_key>/content-note")
@moderators_only
def content_note(thread_key: str):
    thread = queries.get_thread_or_404(thread_key)
    form = ContentNoteForm()
    if not form.validate_on_submit():
        title = "Change the content note"
        return refused(form, title=title, button="Save the note", back=_back_url(thread))
    note = form.content_note.data
    if threads.set_content_note(thread, note, current_user, form.reason.data or ""):
        flash(f"Content note set: “{note}”." if note else "Content note cleared.", "success")
    else:
        flash("Nothing to change: it was already so.", "info")
    return redirect(_back_url(thread))


def _back_url(thread) -> str:
    """Back where the moderator acted: the post page they came from, or the thread."""
    here = url_for("threads.thread", thread_key=thread.public_id)
    return safe_next(request.form.get("next"), here)


# The log and notices ------------------------------------------------------------------------


@bp.get("/mod/log")
@moderators_only
def log():
    action = request.args.get("action") or None
    if action is not None and action not in set(audit.Action):
        abort(404)
    # The filter form sends actor="" for "anyone"; any other value must be an id.
    raw_actor = request.args.get("actor") or None
    actor = parse_id(raw_actor)
    if raw_actor is not None and actor is None:
        abort(404)
    page = paginate(
        audit.log_entries(action, actor),
        page_number(request.args.get("page")),
        current_app.config["LOG_PER_PAGE"],
    )
    actors = audit.actors()
    return render_template(
        "moderation/log.html",
        page=page,
        actions=list(audit.Action),
        actors=actors,
        action=action,
        actor=actor,
        describe=audit.describe,
        coarse_time=audit.coarse_time,
    )


@bp.post("/notices/<id:notice_id>/dismiss")
@login_required
def dismiss_notice(notice_id: int):
    notices.dismiss(current_user, notice_id)
    return redirect(safe_next(request.form.get("next"), url_for("threads.index")))
