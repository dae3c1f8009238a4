"""Template filters and globals: times, author labels, page links."""

from datetime import UTC, datetime

from flask import Flask, request, url_for
from flask_login import current_user

from .threads.presentation import author_label
from .threads.votes import can_vote


def reltime(value: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "5 minutes ago", "3 days ago", then a date."""
    if value is None:
        return ""
    seconds = int(((now or datetime.now(UTC)) - value).total_seconds())
    if seconds < 60:
        return "just now"
    for unit, size, limit in (("minute", 60, 60), ("hour", 3600, 24), ("day", 86400, 30)):
        count = seconds // size
        if count < limit:
            return f"{count} {unit}{'' if count == 1 else 's'} ago"
    return value.strftime("%-d %b %Y")


def abstime(value: datetime | None) -> str:
    return value.strftime("%-d %b %Y, %H:%M UTC") if value else ""


def isotime(value: datetime | None) -> str:
    return value.isoformat(timespec="minutes") if value else ""


def page_url(number: int, **changes) -> str:
    """This page's URL with another ?page= (and any other query changes)."""
    args = {**request.view_args, **request.args.to_dict(), **changes, "page": number}
    if number == 1:
        args.pop("page")
    return url_for(request.endpoint, **args)


def register(app: Flask) -> None:
    app.jinja_env.add_extension("jinja2.ext.do")
    app.add_template_filter(reltime)
    app.add_template_filter(abstime)
    app.add_template_filter(isotime)
    app.add_template_global(page_url)
    app.add_template_global(can_vote)

    @app.context_processor
    def viewer():
        return {"viewer": current_user, "author_of": lambda post: author_label(post, current_user)}
