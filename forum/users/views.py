"""Profile route."""

from flask import abort, current_app, render_template, request

from ..auth.services import get_user_by_username
from ..pagination import page_number, paginate
from ..threads.queries import posts_by
from . import bp


@bp.get("/u/<username>")
def profile(username: str):
    user = get_user_by_username(username)
    if user is None:
        abort(404)
    page = paginate(
        posts_by(user), page_number(request.args.get("page")), current_app.config["POSTS_PER_PAGE"]
    )
    return render_template("users/profile.html", user=user, page=page)
