"""Friendly error pages; no stack trace leaves the server outside debug mode. And the input
every request must pass before any view, form or CSRF check reads it.

Unhandled exceptions reach the 500 page through Flask, which logs them first."""

from urllib.parse import parse_qsl

from flask import Flask, abort, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from . import handoff
from .extensions import db

MESSAGES = {
    400: ("Something was wrong with that request", "Please go back and try again."),
    403: (
        "That is not yours to do",
        "Your account cannot do this here. If it is suspended, the note above says until when.",
    ),
    404: ("We could not find that page", "It may have been moved, or the link is mistyped."),
    405: ("That does not work here", "This page cannot be used that way."),
    413: ("That is too large", "Please shorten what you sent and try again."),
    500: ("Something went wrong on our side", "It has been logged. Please try again shortly."),
}

UNREADABLE_TEXT = (
    "Your text could not be read",
    "Part of what you sent is not valid text (UTF-8): some characters were damaged on the "
    "way, perhaps when they were copied from another program, so nothing was done with it. "
    "Please check the text for characters shown as � and send it again.",
)
UNREADABLE_ADDRESS = (
    "That address could not be read",
    "The link holds characters that are not valid text (UTF-8), so it leads nowhere. "
    "Please check where it came from.",
)
NO_FILES = (
    "Files cannot be sent here",
    "Debrief takes text only: a form that carries a file (a picture, a document) is "
    "refused as a whole. Type or paste the text into the form instead.",
)

# The last resort when even the 500 page cannot be rendered (the database is gone, say).
BARE_500 = (
    "<!doctype html><html lang=en><meta charset=utf-8><title>Something went wrong</title>"
    "<h1>Something went wrong on our side</h1><p>It has been logged. Please try again shortly."
)

# Text fields whose content a refused POST shows back, so nothing typed is lost.
KEPT_FIELDS = [
    ("title", "Your title"),
    ("body", "Your text"),
    ("note", "Your note"),
    ("reason", "Your reason"),
]
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _page(code: int, title: str, detail: str, headers=None, kept=()):
    page = render_template(
        "errors/error.html", code=code, title=title, detail=detail, kept=list(kept)
    )
    return page, code, headers or {}


def _kept(form) -> list[tuple[str, str]]:
    """(label, text) of the kept fields the member filled in, or carried in a hand-off (a
    login refused on the way back to a form)."""
    carried = handoff.open_(form.get(handoff.FIELD))
    if carried is not None:
        form = dict(carried["fields"])
    return [(label, form[name]) for name, label in KEPT_FIELDS if form.get(name, "").strip()]


def session_ended(token: str, form=None, code: int = 401):
    """The login page for a story, reply or edit sent after the session had ended: its text
    rides along in `token` (see forum.handoff), to come back in its form after logging in."""
    from .auth.forms import LoginForm

    data = handoff.open_(token)
    page = render_template(
        "errors/session_ended.html",
        form=form or LoginForm(formdata=None),
        token=token,
        back=data["path"],
        kept=_kept(dict(data["fields"])),
    )
    return page, code, handoff.HEADERS


def _handoff_if_session_ended():
    """The session-ended login page when this request is a writing form sent without a
    session; None otherwise."""
    from flask_login import current_user

    if not handoff.applies() or current_user.is_authenticated:
        return None
    token = handoff.keep()
    return session_ended(token) if token else None


def refused(form, *, title: str, button: str, back: str):
    """A one-click action's form (lock, move, the flag switch…) refused by its validators:
    the form again on a page of its own, with the messages and what was typed. Sending it
    goes back to `back`, as the first click would have."""
    return render_template("errors/refused.html", form=form, title=title, button=button, back=back)


def _is_text(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_text_query(raw: bytes) -> bool:
    """Whether a query string or form body is UTF-8, raw and once percent-decoded.
    (Werkzeug keeps an invalid %-sequence as the literal "%ED%A0%80" instead of saying so.)"""
    if not _is_text(raw):
        return False
    try:
        parse_qsl(raw.decode("utf-8"), keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        return False
    return True


def check_input():
    """Refuse, before anything reads it, input that no form of the forum can take: a query
    string or form body that is not UTF-8 text, a NUL in the address, or a file part. Every
    route and every text field is covered at once, so a view never gets a file object
    where it expects text, nor an empty form where the member sent damaged text (which the
    CSRF check would then call "expired")."""
    if not _is_text_query(request.query_string):
        # The error page itself links back to this address: make it one that can be read.
        request.query_string = b""
        return _page(400, *UNREADABLE_ADDRESS)
    if "\x00" in request.path:
        abort(404)  # a NUL in a URL is never a real link, and PostgreSQL refuses it
    if any("\x00" in value for value in request.args.values()):
        abort(400)
    if request.method != "POST" or request.mimetype not in FORM_TYPES:
        return None
    body = request.get_data(cache=True)  # the form is then parsed from this copy
    if request.files:
        return _page(400, *NO_FILES, kept=_kept(request.form))
    multipart = request.mimetype == "multipart/form-data"
    if not (_is_text(body) if multipart else _is_text_query(body)):
        if multipart:  # Werkzeug has replaced what it could not read with �
            typed = request.form
        else:
            typed = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        return _page(400, *UNREADABLE_TEXT, kept=_kept(typed))
    return None


def register(app: Flask) -> None:
    # First of all the before-request hooks: CSRFProtect's reads the form, and would call a
    # body it cannot parse an expired form.
    app.before_request_funcs.setdefault(None, []).insert(0, check_input)

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        """A form without a valid token: after a logout elsewhere, the login page that
        brings the text back; otherwise this page, with the text kept, and for a story,
        reply or edit a button back to its form, filled in."""
        ended = _handoff_if_session_ended()
        if ended is not None:
            return ended
        kept = _kept(request.form) if request.method == "POST" else []
        token = handoff.keep() if handoff.applies() else None
        page = render_template(
            "errors/expired.html", kept=kept, token=token, back=token and request.path
        )
        return page, 400, handoff.HEADERS

    @app.errorhandler(429)
    def too_many(error):
        """Slow down, with whatever the member typed kept on the page to copy."""
        kept = _kept(request.form) if request.method == "POST" else []
        page = render_template("errors/too_many.html", limit=error.description, kept=kept)
        return page, 429, {"Retry-After": "60"}

    @app.errorhandler(InternalServerError)
    def server_error(error):
        """The 500 page, which must not fail in turn: the failed request's transaction is
        rolled back first (the page asks the database who is logged in), and if rendering
        fails anyway a bare page goes out."""
        try:
            db.session.rollback()
            return _page(500, *MESSAGES[500])
        except Exception:
            app.logger.exception("The 500 page failed too")
            return BARE_500, 500, {"Content-Type": "text/html; charset=utf-8"}

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code not in MESSAGES or request.path.startswith("/static/"):
            return error
        title, detail = MESSAGES[error.code]
        # Keep what the error says in its headers (a 405's Allow), not its body type.
        headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
        return _page(error.code, title, detail, headers)
