"""Thread routes: each parses the request, calls one query or service, then renders or redirects."""

from functools import partial

from flask import abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .. import handoff, permissions
from ..anonymity import identifiers
from ..anonymity.names import name_after_turning, reply_identity, writer_name
from ..anonymity.presentation import quote_markdown
from ..anonymity.review import review
from ..errors import refused
from ..extensions import limiter
from ..limits import limited
from ..models import HeldBecause, PostStatus
from ..moderation import guard
from ..moderation.threads import set_no_why_replies
from ..notify.reading import first_new_post_id, mark_seen, unread_in
from ..notify.services import level_of, watch_of
from ..pagecache import visitor_page
from ..pagination import page_number, paginate
from ..urls import parse_public_id, safe_next
from . import bp, cards, member_forms, queries, services, votes
from . import helped as helped  # registers "This helped me" on bp
from .forms import (
    ANONYMOUS,
    ConfirmForm,
    EditOpeningForm,
    EditReplyForm,
    FlagForm,
    PreviewForm,
    ReplyForm,
    ThreadForm,
)
from .preview import preview as make_preview


def _per_page(kind: str) -> int:
    return current_app.config[f"{kind}_PER_PAGE"]


# A held post may still be edited by its writer (moderators see the latest text).
EDITABLE = (PostStatus.PUBLISHED, PostStatus.HELD)


def _review(*fields, thread=None):
    """The identifying-details check of these form fields: None when they may be published.
    In a reply to ``thread``, quotes of its published posts are not checked again."""
    texts = [(field.label.text, field.data or "") for field in fields]
    return review(texts, request.form.get("publish_as_is"), scan=_scanner(thread, texts))


def _scanner(thread, texts):
    """The identifying-details scanner, told which of ``thread``'s texts may be quoted."""
    known = queries.quotable_texts(thread, texts[-1][1]) if thread is not None else []
    return partial(identifiers.scan, known=known)


def _form(form_class, **kwargs):
    """The request's form, and whether a hand-off brought it back after a new login (then it
    holds the text sent when the session had ended, and nothing is checked or posted)."""
    fields = handoff.restored_fields(request.path) if request.method == "POST" else None
    if fields is not None:
        return form_class(formdata=fields, **kwargs), True
    return form_class(**kwargs), False


def _previewing(restored: bool) -> bool:
    return not restored and request.method == "POST" and "preview" in request.form


def _preview_of(form, *, guarded: bool = False, thread=None):
    """The preview of a submitted form, which keeps only the texts' own messages (a missing
    category is for posting to say). In a reply to ``thread``, quotes of its published posts
    are not checked again, as on posting."""
    form.validate()
    for name, field in form._fields.items():
        if name not in ("title", "body"):
            field.errors = []
    title = form.title.data if "title" in form else None
    body = form.body.data or ""
    known = queries.quotable_texts(thread, body) if thread is not None else []
    return make_preview(body, title=title, guarded=guarded, known=known)


def _thread_list_page(category=None):
    """The requested page of (thread, score) rows, latest activity first."""
    number = page_number(request.args.get("page"))
    stmt = queries.thread_list(category)
    count = queries.thread_count(category)
    return paginate(stmt, number, _per_page("THREADS"), scalars=False, count=count, inline=True)


def _unread(page) -> dict:
    return unread_in(current_user, [thread.id for thread, _ in page.items])


@bp.get("/")
@visitor_page("lists")
def index():
    page = _thread_list_page()
    return render_template(
        "threads/index.html",
        page=page,
        categories=queries.categories_with_activity(),
        unread=_unread(page),
    )


@bp.get("/c/<slug>")
@visitor_page("lists")
def category(slug: str):
    category = queries.get_category_or_404(slug)
    page = _thread_list_page(category)
    return render_template(
        "threads/category.html", category=category, page=page, unread=_unread(page)
    )


@bp.route("/new", methods=["GET", "POST"])
@limited("new_thread")
@login_required
def new_thread():
    if not permissions.can_write(current_user):
        abort(403)
    form, restored = _form(ThreadForm)
    form.category.choices = [CHOOSE_CATEGORY, *queries.category_choices()]
    if request.method == "GET" and request.args.get("category"):
        chosen = queries.get_category_or_404(request.args["category"])
        form.category.data = chosen.id
    check = shown = None
    if _previewing(restored):
        shown = _preview_of(form)
    elif not restored and form.validate_on_submit():
        check = _review(form.title, form.body)
        if check is None:
            post = services.create_thread(
                current_user,
                category_id=form.category.data,
                title=form.title.data,
                body=form.body.data,
                anonymous=form.identity.anonymous,
                show_profession=form.show_profession.data,
                no_why_replies=form.no_why_replies.data,
                content_note=form.content_note.data,
                form_token=form.form_token.data,
            )
            return redirect(url_for("threads.thread", thread_key=post.thread.public_id))
    return render_template(
        "threads/new.html", form=form, review=check, preview=shown, restored=restored
    )


CHOOSE_CATEGORY = ("", "Choose a category")


@bp.get("/t/<key:thread_key>")
@visitor_page("thread", args=("page", "sort"))
def thread(thread_key: str):
    thread, stamps = queries.get_thread_and_stamps_or_404(thread_key)
    sort = request.args.get("sort", "oldest")
    if sort not in queries.SORTS:
        sort = "oldest"
    page = queries.replies_page(
        thread, current_user, sort, page_number(request.args.get("page")), _per_page("POSTS")
    )
    opening = queries.opening_post(thread) if page.number == 1 else None
    shown = page.items + ([opening] if opening else [])
    identity = reply_identity(thread, current_user.id) if current_user.is_authenticated else None
    # Members only: a form puts a CSRF token in the session, and a visitor's page with one
    # could not be cached.
    reply_form = watch = watch_control = first_new_id = None
    if identity:
        reply_form = member_forms.reply_form(thread, identity, current_user)
    if current_user.is_authenticated:
        watch = watch_of(current_user, thread)
        watch_control = member_forms.watch_control(thread, level_of(watch).value)
        first_new_id = first_new_post_id(watch, page.items, current_user)
    html = render_template(
        "threads/thread.html",
        thread=thread,
        opening=opening,
        page=page,
        sort=sort,
        cards=_cards(shown, thread, stamps),
        reply_form=reply_form,
        watch_control=watch_control,
        first_new_id=first_new_id,
    )
    if current_user.is_authenticated:
        # After rendering: the write commits, and a commit expires the objects shown.
        mark_seen(current_user, thread.id, watch, shown, in_order=sort == "oldest")
    return html


@bp.post("/t/<key:thread_key>/flag")
@login_required
def set_flag(thread_key: str):
    thread = queries.get_thread_or_404(thread_key)
    if not permissions.can_set_flag(current_user, thread):
        abort(403)
    form = FlagForm()
    back = url_for("threads.thread", thread_key=thread.public_id)
    on = form.on.data == "1"
    if not form.validate_on_submit():
        return refused(form, title=FLAG_TITLE[on], button=FLAG_TITLE[on], back=back)
    if set_no_why_replies(thread, on, current_user, form.reason.data or ""):
        flash(FLAG_CHANGED[on], "success")
    return redirect(back)


FLAG_TITLE = {
    True: "Ask for no “why did you” replies",
    False: "Stop checking replies for “why did you” questions",
}


FLAG_CHANGED = {
    True: "Replies in this thread are now checked for 'why did you' questions.",
    False: "Replies in this thread are no longer checked for 'why did you' questions.",
}


@bp.route("/t/<key:thread_key>/reply", methods=["GET", "POST"])
@limited("reply")
@login_required
def reply(thread_key: str):
    thread = queries.get_thread_or_404(thread_key)
    if not permissions.can_reply(current_user, thread):
        abort(403)
    form, restored = _form(ReplyForm)
    quoted = check = stopped = shown = None
    if request.method == "GET":
        if reply_identity(thread, current_user.id).anonymous:
            form.identity.data = ANONYMOUS
        quote_key = parse_public_id(request.args.get("quote"))
        if quote_key:
            quoted = queries.get_post_or_404(quote_key, current_user)
            if quoted.thread_id != thread.id or quoted.status != PostStatus.PUBLISHED:
                abort(404)
            link = url_for("threads.permalink", post_key=quoted.public_id)
            form.body.data = quote_markdown(quoted, link)
    if _previewing(restored):
        shown = _preview_of(form, guarded=thread.no_why_replies, thread=thread)
    elif not restored and form.validate_on_submit():
        stopped, held = _guard(thread, form.body)
        check = None if stopped or held == HeldBecause.GUARD else _review(form.body, thread=thread)
        if stopped is None and check is None:
            post = services.create_reply(
                thread,
                current_user,
                form.body.data,
                anonymous=form.identity.anonymous,
                show_profession=form.show_profession.data,
                held_because=held,
                form_token=form.form_token.data,
            )
            if held:
                flash(HELD_MESSAGES[held], "info")
            return redirect(url_for("threads.permalink", post_key=post.public_id))
    return render_template(
        "threads/reply.html",
        thread=thread,
        form=form,
        quoted=quoted,
        review=check,
        guard=stopped,
        preview=shown,
        restored=restored,
        anonymous_name=writer_name(thread, current_user.id),
    )


HELD_MESSAGES = {
    HeldBecause.GUARD: "Your reply is waiting for a moderator. Only you and the moderators "
    "can see it until then.",
    HeldBecause.PREMODERATED: "Your reply is waiting for a moderator, as every reply of yours "
    "in threads like this one will for a while (see your notices).",
}


def _guard(thread, field):
    """The guard on a reply in a flagged thread: (findings to show, None) when it stopped the
    reply; (None, why it is held) when it goes to the moderators; (None, None) to publish."""
    if not thread.no_why_replies:
        return None, None
    found = review([(field.label.text, field.data or "")], scan=guard.scan)
    if found is not None:
        if request.form.get("send_to_moderators") != found.digest:
            return found, None
        return None, HeldBecause.GUARD
    if permissions.is_premoderated(current_user):
        return None, HeldBecause.PREMODERATED
    return None, None


@bp.get("/p/<key:post_key>")
@visitor_page("post", args=())
def permalink(post_key: str):
    post = queries.get_post_or_404(post_key, current_user)
    page = queries.reply_page_of(post, current_user, _per_page("POSTS"))
    args = {"page": page} if page > 1 else {}
    return redirect(
        url_for(
            "threads.thread",
            thread_key=post.thread.public_id,
            **args,
            _anchor=f"p-{post.public_id}",
        )
    )


@bp.get("/p/<key:post_key>/view")
@visitor_page("post", args=())
def single_post(post_key: str):
    post = queries.get_post_or_404(post_key, current_user)
    return render_template(
        "threads/post.html", post=post, thread=post.thread, cards=_cards([post], post.thread)
    )


def _cards(posts, thread, stamps=None) -> dict:
    """The posts' cards as the viewer sees them, with what they did to them (voted helpful,
    reported: one query); kept under the thread's `stamps`, when given."""
    viewer = current_user._get_current_object()
    voted, reported = queries.viewer_marks(viewer, posts)
    return cards.post_cards(posts, thread, viewer, voted, reported, stamps)


@bp.route("/p/<key:post_key>/edit", methods=["GET", "POST"])
@limited("edit")
@login_required
def edit_post(post_key: str):
    post = queries.get_post_or_404(post_key, current_user, check_author=True)
    if post.status not in EDITABLE:
        abort(404)
    if not permissions.can_write(current_user):
        abort(403)
    form_class = EditOpeningForm if post.is_opening else EditReplyForm
    data = {"body": post.body_md}
    if post.is_opening:
        data["title"] = post.thread.title
        data["content_note"] = post.thread.content_note or ""
    form, restored = _form(form_class, data=data)
    check = stopped = shown = None
    guarded = not post.is_opening and post.thread.no_why_replies
    if _previewing(restored):
        shown = _preview_of(form, guarded=guarded, thread=None if post.is_opening else post.thread)
    elif not restored and form.validate_on_submit():
        title = form.title.data if post.is_opening else None
        note = form.content_note.data if post.is_opening else None
        # The guard reads replies, not the story it protects.
        stopped, held = (None, None) if post.is_opening else _guard(post.thread, form.body)
        if stopped is None and held != HeldBecause.GUARD:
            fields = [form.title, form.body] if post.is_opening else [form.body]
            check = _review(*fields, thread=None if post.is_opening else post.thread)
        if stopped is None and check is None:
            changed = services.edit_post(
                post, body=form.body.data, title=title, content_note=note, hold=held
            )
            if changed:
                flash(HELD_MESSAGES[held] if held else "Your changes are saved.", "success")
            return redirect(url_for("threads.permalink", post_key=post.public_id))
    return render_template(
        "threads/edit.html",
        post=post,
        thread=post.thread,
        form=form,
        review=check,
        guard=stopped,
        preview=shown,
        restored=restored,
    )


@bp.post("/preview")
@limiter.limit("60 per minute", methods=["POST"], scope="preview")
@login_required
def preview():
    """The preview of a form's text, for forum.js to show in place: the same HTML as the
    form's own Preview button. A refused form is a 422 (forum.js then sends the form
    itself, whose page says what is wrong)."""
    form = PreviewForm()
    if not form.validate():
        return "", 422
    thread = queries.get_thread_or_404(form.thread.data) if form.thread.data else None
    story = "title" in request.form
    body = form.body.data or ""
    shown = make_preview(
        body,
        title=form.title.data if story else None,
        guarded=bool(thread and thread.no_why_replies),
        known=queries.quotable_texts(thread, body) if thread and not story else [],
    )
    return render_template("threads/_preview.html", preview=shown)


@bp.route("/p/<key:post_key>/anonymous", methods=["GET", "POST"])
@login_required
def make_anonymous(post_key: str):
    post = queries.get_post_or_404(post_key, current_user, check_author=True)
    if post.anonymous:
        return redirect(url_for("threads.permalink", post_key=post.public_id))
    form = ConfirmForm()
    if form.validate_on_submit():
        # No flash message: the session cookie must not say that this member writes anonymously.
        services.make_anonymous(post)
        return redirect(url_for("threads.permalink", post_key=post.public_id))
    return render_template(
        "threads/anonymous.html",
        post=post,
        thread=post.thread,
        form=form,
        name=name_after_turning(post.thread, current_user.id),
        named_posts=queries.named_posts_in_thread(post),
    )


@bp.route("/p/<key:post_key>/delete", methods=["GET", "POST"])
@login_required
def delete_post(post_key: str):
    post = queries.get_post_or_404(post_key, current_user, check_author=True)
    form = ConfirmForm()
    if form.validate_on_submit():
        if services.delete_post(post):
            flash("Your post is deleted. Its text is gone; its place in the thread stays.", "info")
        return redirect(url_for("threads.permalink", post_key=post.public_id))
    return render_template("threads/delete.html", post=post, thread=post.thread, form=form)


@bp.post("/p/<key:post_key>/vote")
@limited("vote")
@login_required
def vote(post_key: str):
    post = queries.get_post_or_404(post_key, current_user)
    try:
        helpful, score = votes.set_vote(post, current_user, request.form.get("helpful") == "1")
    except votes.VoteNotAllowed:
        abort(403)
    if request.accept_mimetypes.best == "application/json":
        return jsonify(helpful=helpful, score=score)
    back = url_for("threads.permalink", post_key=post.public_id)
    return redirect(safe_next(request.form.get("next"), back))
