"""Profile routes: a member's public profile, and their private list of all their posts."""

from flask import abort, current_app, render_template, request
from flask_login import current_user, login_required

from ..auth.services import get_user_by_username
from ..pagecache import visitor_page
from ..pagination import page_number, paginate
from ..threads.queries import own_posts, posts_by
from . import bp


def _per_page() -> int:
    return current_app.config["POSTS_PER_PAGE"]


@bp.get("/u/<username>")
@visitor_page("lists")
def profile(username: str):
    """Named posts only, counted as such: nothing here leads to an anonymous post."""
    user = get_user_by_username(username)
    if user is None:
        abort(404)
    page = paginate(posts_by(user), page_number(request.args.get("page")), _per_page())
    return render_template("users/profile.html", user=user, page=page)


@bp.get("/me/posts")
@login_required
def my_posts():
    """Every post of the member's own, whatever became of it, anonymous ones marked; nobody
    else can see this page."""
    stmt, count = own_posts(current_user)
    number = page_number(request.args.get("page"))
    page = paginate(stmt, number, _per_page(), scalars=False, count=count)
    return render_template("users/my_posts.html", page=page)
