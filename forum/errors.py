"""Friendly error pages; no stack trace leaves the server outside debug mode.

Unhandled exceptions reach the 500 page through Flask, which logs them first."""

from flask import Flask, abort, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

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


# Text fields whose content a refused POST shows back, so nothing typed is lost.
KEPT_FIELDS = [
    ("title", "Your title"),
    ("body", "Your text"),
    ("note", "Your note"),
    ("reason", "Your reason"),
]


def _page(code: int, title: str, detail: str, headers=None):
    page = render_template("errors/error.html", code=code, title=title, detail=detail)
    return page, code, headers or {}


def register(app: Flask) -> None:
    @app.before_request
    def refuse_nul_characters():
        """A NUL in a URL is never a real link, and PostgreSQL refuses it in a query."""
        if "\x00" in request.path:
            abort(404)
        if any("\x00" in value for value in request.args.values()):
            abort(400)

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        return _page(
            400,
            "This form has expired",
            "For your safety, forms only work from the page that made them. Go back, "
            "reload the page, and send it again — copy your text first if it is long.",
        )

    @app.errorhandler(429)
    def too_many(error):
        """Slow down, with whatever the member typed kept on the page to copy."""
        kept = [
            (label, request.form[name])
            for name, label in KEPT_FIELDS
            if request.method == "POST" and request.form.get(name, "").strip()
        ]
        page = render_template("errors/too_many.html", limit=error.description, kept=kept)
        return page, 429, {"Retry-After": "60"}

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code not in MESSAGES or request.path.startswith("/static/"):
            return error
        title, detail = MESSAGES[error.code]
        # Keep what the error says in its headers (a 405's Allow), not its body type.
        headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
        return _page(error.code, title, detail, headers)
