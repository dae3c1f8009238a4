"""The reply form and the watch control of a member's thread page, rendered once and kept
with the post cards (forum.threads.cards).

WTForms took about 1.5 ms of a member's 8 ms thread page to render the two forms, and they
are the same for every member who makes the same choices in a thread: anonymous or named,
whether they have a name there yet, whether they have a profession to show; their watch
level. What is each reader's own is put in afterwards in place of markers: the CSRF token,
the reply form's once-only token (new on every render: forum.threads.forms) and the
writer's name in the thread, so no kept form holds a name.
"""

from __future__ import annotations

import secrets

from flask import render_template
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup, escape

from ..anonymity.names import ReplyIdentity
from ..anonymity.pseudonyms import ORIGINAL_POSTER
from ..models import Thread, User
from ..notify.watch_forms import WatchForm
from .cards import TOKEN, store
from .forms import ANONYMOUS, NAMED, ReplyForm

# Stand-ins for the reply form's once-only token and the writer's name; random, as TOKEN is.
FORM_TOKEN, NAME = (f"form{secrets.token_hex(12)}" for _ in range(2))


def reply_form(thread: Thread, identity: ReplyIdentity, viewer: User) -> Markup:
    """The reply form at the foot of `thread`'s page, as `viewer` starts it."""
    # The form says something else to the thread's anonymous author, and to a writer
    # without a name yet; any other name is put in afterwards.
    shown = identity.name if identity.name in (None, ORIGINAL_POSTER) else NAME
    key = f"form:reply:{thread.public_id}:{identity.anonymous}:{shown}:{bool(viewer.profession)}"

    def render() -> str:
        form = ReplyForm(formdata=None)
        form.identity.data = ANONYMOUS if identity.anonymous else NAMED
        form.form_token.data = FORM_TOKEN
        if "csrf_token" in form:
            form.csrf_token.current_token = TOKEN
        return render_template(
            "threads/_reply_form.html",
            thread=thread,
            form=form,
            anonymous_name=shown,
            review=None,
            guard=None,
            preview=None,
            restored=False,
        )

    html = _kept(key, render).replace(FORM_TOKEN, secrets.token_urlsafe(16))
    return Markup(html.replace(NAME, str(escape(identity.name))))


def watch_control(thread: Thread, level: str) -> Markup:
    """The form that sets a member's watch `level` for `thread`."""

    def render() -> str:
        form = WatchForm(formdata=None, level=level)
        return render_template(
            "notify/_watch_control.html", thread=thread, watch_form=form, token=TOKEN
        )

    return Markup(_kept(f"form:watch:{thread.public_id}:{level}", render))


def _kept(key: str, render) -> str:
    """The kept form at `key` (rendered now if not kept), with the reader's CSRF token."""
    kept = store()
    html = kept.get(key) if kept is not None else None
    if html is None:
        html = render()
        if kept is not None:
            kept[key] = html
    return html.replace(TOKEN, generate_csrf()) if TOKEN in html else html
