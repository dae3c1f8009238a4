"""Administrators' pages: appoint and remove moderators, manage categories."""

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from .. import permissions
from ..auth.services import get_user_by_username
from ..threads import categories
from . import audit, members
from .blueprint import bp
from .forms import AppointForm, CategoryForm, ReasonForm
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
    if form.validate_on_submit() and members.set_moderator(
        member, False, current_user, form.reason.data
    ):
        flash(f"{member.username} is no longer a moderator.", "success")
    return redirect(url_for("moderation.moderators"))


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
