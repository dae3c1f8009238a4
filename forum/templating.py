"""Template filters and globals: times, author labels, page links."""

from flask import Flask, request, url_for
from flask_login import current_user

from . import permissions
from .anonymity.presentation import author_label
from .models import REPORT_REASONS
from .moderation.notices import open_notices
from .notify.reading import unread_label
from .times import abstime, abstime_hour, isotime, isotime_hour, reltime, reltime_hour


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
    app.add_template_global(unread_label)
    app.add_template_global(REPORT_REASONS, "report_reasons")

    @app.context_processor
    def viewer():
        # The user object itself, not the current_user proxy: a thread page asks about the
        # viewer a few times per post, and each look through the proxy costs a lookup.
        user = current_user._get_current_object()
        return {"viewer": user, "author_of": lambda post: author_label(post, user)}
