"""Thread routes: each parses the request, calls one query or service, then renders or redirects."""

from flask import abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..pagination import page_number, paginate
from ..urls import parse_id, safe_next
from . import bp, queries, services, votes
from .forms import ConfirmForm, EditOpeningForm, EditReplyForm, ReplyForm, ThreadForm
from .presentation import quote_markdown


def _per_page(kind: str) -> int:
    return current_app.config[f"{kind}_PER_PAGE"]


def _thread_list_page(category=None):
    """The requested page of (thread, score) rows, latest activity first."""
    number = page_number(request.args.get("page"))
    stmt = queries.thread_list(category)
    return paginate(stmt, number, _per_page("THREADS"), scalars=False)


@bp.get("/")
def index():
    return render_template(
        "threads/index.html",
        page=_thread_list_page(),
        categories=queries.categories_with_activity(),
    )


@bp.get("/c/<slug>")
def category(slug: str):
    category = queries.get_category_or_404(slug)
    page = _thread_list_page(category)
    return render_template("threads/category.html", category=category, page=page)


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new_thread():
    form = ThreadForm()
    form.category.choices = queries.category_choices()
    if request.method == "GET" and request.args.get("category"):
        chosen = queries.get_category_or_404(request.args["category"])
        form.category.data = chosen.id
    if form.validate_on_submit():
        post = services.create_thread(
            current_user,
            category_id=form.category.data,
            title=form.title.data,
            body=form.body.data,
            content_note=form.content_note.data,
            form_token=form.form_token.data,
        )
        return redirect(url_for("threads.thread", thread_id=post.thread_id))
    return render_template("threads/new.html", form=form)


@bp.get("/t/<id:thread_id>")
def thread(thread_id: int):
    thread = queries.get_thread_or_404(thread_id)
    sort = request.args.get("sort", "oldest")
    if sort not in queries.SORTS:
        sort = "oldest"
    page = paginate(
        queries.thread_replies(thread, sort),
        page_number(request.args.get("page")),
        _per_page("POSTS"),
    )
    opening = queries.opening_post(thread) if page.number == 1 else None
    shown = page.items + ([opening] if opening else [])
    return render_template(
        "threads/thread.html",
        thread=thread,
        opening=opening,
        page=page,
        sort=sort,
        voted=queries.voted_post_ids(current_user, shown),
        reply_form=ReplyForm(formdata=None),
    )


@bp.route("/t/<id:thread_id>/reply", methods=["GET", "POST"])
@login_required
def reply(thread_id: int):
    thread = queries.get_thread_or_404(thread_id)
    form = ReplyForm()
    quoted = None
    quote_id = parse_id(request.args.get("quote"))
    if request.method == "GET" and quote_id:
        quoted = queries.get_post_or_404(quote_id)
        if quoted.thread_id != thread.id or quoted.is_deleted:
            abort(404)
        form.body.data = quote_markdown(quoted)
    if form.validate_on_submit():
        post = services.create_reply(
            thread, current_user, form.body.data, form_token=form.form_token.data
        )
        return redirect(url_for("threads.permalink", post_id=post.id))
    return render_template("threads/reply.html", thread=thread, form=form, quoted=quoted)


@bp.get("/p/<id:post_id>")
def permalink(post_id: int):
    post = queries.get_post_or_404(post_id)
    page = queries.reply_page_of(post, _per_page("POSTS"))
    args = {"page": page} if page > 1 else {}
    return redirect(
        url_for("threads.thread", thread_id=post.thread_id, **args, _anchor=f"p{post.id}")
    )


@bp.get("/p/<id:post_id>/view")
def single_post(post_id: int):
    post = queries.get_post_or_404(post_id)
    return render_template(
        "threads/post.html",
        post=post,
        thread=post.thread,
        voted=queries.voted_post_ids(current_user, [post]),
    )


@bp.route("/p/<id:post_id>/edit", methods=["GET", "POST"])
@login_required
def edit_post(post_id: int):
    post = queries.get_post_or_404(post_id, current_user, check_author=True)
    if post.is_deleted:
        abort(404)
    form_class = EditOpeningForm if post.is_opening else EditReplyForm
    data = {"body": post.body_md}
    if post.is_opening:
        data["title"] = post.thread.title
    form = form_class(data=data)
    if form.validate_on_submit():
        title = form.title.data if post.is_opening else None
        if services.edit_post(post, body=form.body.data, title=title):
            flash("Your changes are saved.", "success")
        return redirect(url_for("threads.permalink", post_id=post.id))
    return render_template("threads/edit.html", post=post, thread=post.thread, form=form)


@bp.route("/p/<id:post_id>/delete", methods=["GET", "POST"])
@login_required
def delete_post(post_id: int):
    post = queries.get_post_or_404(post_id, current_user, check_author=True)
    form = ConfirmForm()
    if form.validate_on_submit():
        if services.delete_post(post):
            flash("Your post is deleted. Its text is gone; its place in the thread stays.", "info")
        return redirect(url_for("threads.permalink", post_id=post.id))
    return render_template("threads/delete.html", post=post, thread=post.thread, form=form)


@bp.post("/p/<id:post_id>/vote")
@login_required
def vote(post_id: int):
    post = queries.get_post_or_404(post_id)
    try:
        helpful, score = votes.set_vote(post, current_user, request.form.get("helpful") == "1")
    except votes.VoteNotAllowed:
        abort(403)
    if request.accept_mimetypes.best == "application/json":
        return jsonify(helpful=helpful, score=score)
    back = url_for("threads.permalink", post_id=post.id)
    return redirect(safe_next(request.form.get("next"), back))
