"""Notification routes: the list, marking all read, and a thread's watch level. A
notification links straight to its post; it is read once a page has shown that post."""

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..errors import refused
from ..models import WatchLevel
from ..pagination import page_number
from ..threads.queries import get_thread_or_404
from . import bp, services
from .presentation import describe
from .watch_forms import WatchForm


@bp.get("/notifications")
@login_required
def notifications():
    page = services.notification_page(
        current_user,
        page_number(request.args.get("page")),
        current_app.config["NOTIFICATIONS_PER_PAGE"],
    )
    items = [describe(n, current_user) for n in page.items]
    return render_template("notify/notifications.html", page=page, items=items)


@bp.post("/notifications/read")
@login_required
def mark_all_read():
    if services.mark_all_read(current_user):
        flash("All your notifications are marked read.", "success")
    return redirect(url_for("notify.notifications"))


WATCH_SAID = {
    WatchLevel.WATCHING: "You are watching this thread: every new reply is notified.",
    WatchLevel.NORMAL: "You will be notified only when someone quotes you here.",
    WatchLevel.MUTED: "This thread is muted: nothing here will be notified.",
}


@bp.post("/t/<key:thread_key>/watch")
@login_required
def watch(thread_key: str):
    thread = get_thread_or_404(thread_key)
    back = url_for("threads.thread", thread_key=thread.public_id) + "#watch"
    form = WatchForm()
    if not form.validate_on_submit():
        return refused(form, title="Notifications for this thread", button="Save", back=back)
    level = WatchLevel(form.level.data)
    if services.set_level(current_user, thread, level):
        flash(WATCH_SAID[level], "success")
    return redirect(back)
