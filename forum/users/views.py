"""Profile routes: a member's public profile, and their private list of all their posts."""

from flask import abort, current_app, render_template, request
from flask_login import current_user, login_required

from ..auth.services import get_user_by_username
from ..pagination import page_number, paginate
from ..threads.queries import posts_by
from . import bp


def _posts_page(user, *, include_anonymous: bool):
    return paginate(
        posts_by(user, include_anonymous=include_anonymous),
        page_number(request.args.get("page")),
        current_app.config["POSTS_PER_PAGE"],
    )


@bp.get("/u/<username>")
def profile(username: str):
    """Named posts only, counted as such: nothing here leads to an anonymous post."""
    user = get_user_by_username(username)
    if user is None:
        abort(404)
    page = _posts_page(user, include_anonymous=False)
    return render_template("users/profile.html", user=user, page=page)


@bp.get("/me/posts")
@login_required
def my_posts():
    """Every post of the member's own, anonymous ones marked; nobody else can see this page."""
    page = _posts_page(current_user, include_anonymous=True)
    return render_template("users/my_posts.html", page=page)
