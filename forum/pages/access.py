"""`FORUM_MEMBERS_ONLY`: when it is on, a visitor reads nothing but the way in."""

from flask import Flask, abort, current_app, request
from flask_login import current_user

from ..config import flag
from ..extensions import login_manager

# What a visitor still reaches on a members-only forum: the way in (login, joining, password
# reset, the links mailed to members), what the forum promises (the about pages) and where to
# find help (support), and what browsers and load balancers fetch on their own.
OPEN_ENDPOINTS = frozenset(
    {
        "auth.login",
        "auth.register",
        "auth.account_deleted",  # where a member who deleted their account lands, logged out
        "notify.confirm",
        "notify.unsubscribe",
        "notify.reset_request",
        "notify.reset_password",
        "pages.about",
        "pages.anonymity",
        "pages.guidelines",
        "pages.privacy",
        "pages.support",
        "pages.favicon",
        "static",
        "ops.healthz",
        "security.csp_report",
    }
)


def members_only(app: Flask) -> bool:
    return flag(app.config.get("MEMBERS_ONLY"))


def _gate():
    """Before every view: a visitor on a members-only forum is sent to log in, and comes back
    to the page they asked for. A feed is a 404 instead: a feed reader has no session to log
    in with and would read a login page as a broken feed, and a 404 (unlike a 403) says
    nothing of whether the thread or category exists."""
    if not members_only(current_app) or request.endpoint in OPEN_ENDPOINTS:
        return None
    if current_user.is_authenticated:
        return None
    if request.blueprint == "feeds":
        abort(404)
    # Flask-Login's own way to the login page, so a story sent after the session ended keeps
    # its text there as it does on an open forum (forum.auth.views.unauthorized).
    return login_manager.unauthorized()


def register(app: Flask) -> None:
    """Install the gate; call it after the input check (forum.errors), so a request that
    cannot be read is refused before anything looks at it."""
    app.before_request(_gate)
