"""Template filters and globals: times, author labels, page links."""

from datetime import UTC, datetime

from flask import Flask, request, url_for
from flask_login import current_user

from . import permissions
from .anonymity.presentation import author_label
from .models import REPORT_REASONS
from .moderation.notices import open_notices


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


def to_hour(value: datetime | None) -> datetime | None:
    """The time cut to the hour, for posts whose minute could be matched to named activity."""
    return value.replace(minute=0, second=0, microsecond=0) if value else None


def reltime_hour(value: datetime | None, now: datetime | None = None) -> str:
    """Like reltime, but no finer than an hour: "within the hour", "3 hours ago"…"""
    if value is None:
        return ""
    hours = int(((now or datetime.now(UTC)) - to_hour(value)).total_seconds()) // 3600
    if hours < 1:
        return "within the hour"
    return reltime(to_hour(value), now)


def abstime_hour(value: datetime | None) -> str:
    return to_hour(value).strftime("%-d %b %Y, between %H:00 and %H:59 UTC") if value else ""


def isotime_hour(value: datetime | None) -> str:
    return to_hour(value).isoformat(timespec="minutes") if value else ""


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
    app.add_template_filter(reltime_hour)
    app.add_template_filter(abstime_hour)
    app.add_template_filter(isotime_hour)
    app.add_template_global(page_url)
    for name in (
        "can_vote",
        "can_reply",
        "can_report",
        "can_set_flag",
        "can_moderate",
        "is_moderator",
        "is_admin",
        "is_suspended",
        "is_premoderated",
    ):
        app.add_template_global(getattr(permissions, name), name)
    app.add_template_global(open_notices)
    app.add_template_global(REPORT_REASONS, "report_reasons")

    @app.context_processor
    def viewer():
        # The user object itself, not the current_user proxy: a thread page asks about the
        # viewer a few times per post, and each look through the proxy costs a lookup.
        user = current_user._get_current_object()
        return {"viewer": user, "author_of": lambda post: author_label(post, user)}
