"""Administrators' pages: appoint and remove moderators, manage categories, and reveal who
wrote an anonymous post (two administrators: one asks, another decides)."""

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from .. import permissions
from ..auth.services import get_user_by_username
from ..errors import refused
from ..pagination import page_number, paginate
from ..threads import categories, queries
from . import audit, members, reveal
from .blueprint import bp
from .forms import AppointForm, CategoryForm, NoteForm, ReasonForm, RevealDecisionForm
from .views import only

admins_only = only(permissions.is_admin)


@bp.route("/admin/moderators", methods=["GET", "POST"])
@admins_only
def moderators():
    form = AppointForm()
    if form.validate_on_submit():
        member = get_user_by_username(form.username.data)
        if member is None:
            form.username.errors.append("No member has this username.")
        elif members.set_moderator(member, True, current_user, form.reason.data):
            flash(f"{member.username} is a moderator now.", "success")
            return redirect(url_for("moderation.moderators"))
        else:
            form.username.errors.append("This member already moderates (or is an admin).")
    return render_template(
        "moderation/moderators.html",
        form=form,
        team=members.team(),
        remove_form=ReasonForm(formdata=None),
    )


@bp.post("/admin/moderators/<id:user_id>/remove")
@admins_only
def remove_moderator(user_id: int):
    member = members.get_member_or_404(user_id)
    form = ReasonForm()
    back = url_for("moderation.moderators")
    if not form.validate_on_submit():
        title = f"Remove {member.username} as moderator"
        return refused(form, title=title, button="Remove as moderator", back=back)
    if members.set_moderator(member, False, current_user, form.reason.data or ""):
        flash(f"{member.username} is no longer a moderator.", "success")
    return redirect(back)


@bp.route("/admin/categories", methods=["GET", "POST"])
@admins_only
def categories_page():
    form = CategoryForm()
    if form.validate_on_submit():
        try:
            category = categories.add_category(
                form.slug.data, form.name.data, form.description.data or ""
            )
        except ValueError as error:
            form.slug.errors.append(str(error))
        else:
            audit.record_category(current_user, category, "added")
            flash(f"Category “{category.name}” added.", "success")
            return redirect(url_for("moderation.categories_page"))
    listed = categories.all_categories()
    return render_template("moderation/categories.html", form=form, categories=listed)


@bp.route("/admin/categories/<slug>", methods=["GET", "POST"])
@admins_only
def edit_category(slug: str):
    category = categories.get_category(slug) or abort(404)
    form = CategoryForm(obj=category)
    if form.validate_on_submit():
        try:
            category = categories.edit_category(
                slug,
                name=form.name.data,
                description=form.description.data or "",
                position=form.position.data,
                new_slug=form.slug.data,
            )
        except ValueError as error:
            form.slug.errors.append(str(error))
        else:
            audit.record_category(current_user, category, "edited")
            flash("Category saved.", "success")
            return redirect(url_for("moderation.categories_page"))
    return render_template("moderation/category_edit.html", form=form, category=category)


# Revealing an anonymous writer: one administrator asks, another decides ---------------------

ASKED = "Asked. A second administrator must approve it; the writer has been told why."
ALREADY_ASKED = (
    "You already asked to see who wrote this post: your request waits for a second administrator."
)


@bp.route("/mod/p/<key:post_key>/reveal", methods=["GET", "POST"])
@admins_only
def reveal_author(post_key: str):
    """The request form. With one administrator there is nobody to approve: the page says
    so and a POST is refused (403)."""
    post = queries.get_post_or_404(post_key, current_user)
    if not reveal.can_request(current_user, post):
        abort(403)
    possible = reveal.has_second_admin(current_user)
    pending = reveal.open_request(post, current_user) if possible else None
    form = NoteForm()
    if pending is None and possible and form.validate_on_submit():
        asked, created = reveal.request_reveal(post, current_user, form.reason.data)
        flash(ASKED if created else ALREADY_ASKED, "success" if created else "info")
        return redirect(url_for("moderation.reveal_request", request_id=asked.id))
    if pending is not None and request.method == "POST":  # a double submit
        flash(ALREADY_ASKED, "info")
        return redirect(url_for("moderation.reveal_request", request_id=pending.id))
    page = render_template(
        "moderation/reveal.html",
        post=post,
        thread=post.thread,
        form=form,
        possible=possible,
        pending=pending,
    )
    return page, 403 if request.method == "POST" and not possible else 200


@bp.get("/admin/reveals")
@admins_only
def reveals():
    """Requests waiting for this administrator's decision, and their own requests."""
    per_page = current_app.config["QUEUE_PER_PAGE"]
    return render_template(
        "moderation/reveals.html",
        pending=paginate(
            reveal.pending_for(current_user), page_number(request.args.get("page")), per_page
        ),
        mine=paginate(
            reveal.requested_by(current_user), page_number(request.args.get("mine")), per_page
        ),
    )


@bp.get("/admin/reveals/<id:request_id>")
@admins_only
def reveal_request(request_id: int):
    """One request, and for its requester after approval a button that shows the account."""
    return _reveal_request_page(reveal.get_request_or_404(request_id))


@bp.post("/admin/reveals/<id:request_id>/show")
@admins_only
def show_revealed_writer(request_id: int):
    """The one showing of the account, to the administrator who asked, after approval. A
    POST, so that no prefetch or reload of a link can spend it."""
    asked, username = reveal.open_reveal_request(request_id, current_user)
    if username is None:
        if not reveal.can_see_writer(current_user, asked):
            abort(403)
        flash("The account was already shown to you; it is not shown again.", "info")
        return redirect(url_for("moderation.reveal_request", request_id=request_id))
    return _reveal_request_page(asked, username=username)


@bp.post("/admin/reveals/<id:request_id>/decide")
@admins_only
def decide_reveal(request_id: int):
    asked = reveal.get_request_or_404(request_id)
    if not reveal.can_decide(current_user, asked):
        abort(403)
    form = RevealDecisionForm()
    if asked.pending and not form.validate_on_submit():
        return _reveal_request_page(asked, form=form)
    approve = form.decision.data == "approve"
    if asked.pending and reveal.decide_reveal(
        asked, current_user, approve=approve, reason=form.reason.data
    ):
        flash(
            "Approved: the administrator who asked will see the account once; the writer "
            "has been told."
            if approve
            else "Refused: nobody will see the account; the writer has been told.",
            "success",
        )
        return redirect(url_for("moderation.reveals"))
    flash("This request was already decided.", "info")
    return redirect(url_for("moderation.reveal_request", request_id=request_id))


def _reveal_request_page(asked, *, username: str | None = None, form=None):
    decides = asked.pending and reveal.can_decide(current_user, asked)
    return render_template(
        "moderation/reveal_request.html",
        asked=asked,
        post=asked.post,
        username=username,
        form=(form or RevealDecisionForm(formdata=None)) if decides else None,
    )
