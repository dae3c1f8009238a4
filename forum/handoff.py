"""Text sent after the writer's session ended, kept for the one hand-off back to its form.

A story, reply or edit that arrives without a session (logged out in another tab, password
changed elsewhere, session expired) is neither posted nor dropped: its fields travel, signed,
in a hidden field of the login form, and after logging in the writer presses one button
(forum.js presses it for them) that brings the form back filled in. Nothing is posted until
they press the form's own button again. The fields live only in that browser's pages — never
in the database, the session cookie or a URL — and a hand-off older than MAX_AGE is refused."""

from __future__ import annotations

from flask import current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.datastructures import ImmutableMultiDict

# The forms whose text is kept, by endpoint.
ENDPOINTS = ("threads.new_thread", "threads.reply", "threads.edit_post")
FIELD = "kept"  # the hidden field that carries a hand-off
MAX_AGE = 3 * 60 * 60  # seconds: long enough to find a forgotten password
MAX_CHARS = 200_000  # more than any form takes (the body refuses 20,000); bounds the token
# What is not kept: the CSRF token is the old session's; the checks' confirmations and the
# preview button are decisions the writer makes again on the restored form.
NOT_KEPT = ("csrf_token", FIELD, "publish_as_is", "send_to_moderators", "preview")

HEADERS = {"Cache-Control": "no-store"}  # a page carrying someone's text is never cached


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="debrief.handoff")


def applies() -> bool:
    """Whether this request is a writing form's POST whose text a hand-off can keep."""
    return request.method == "POST" and request.endpoint in ENDPOINTS


def keep() -> str | None:
    """A signed hand-off of this request's form fields back to its address, or None when
    there is nothing typed to keep."""
    fields = [(k, v) for k, v in request.form.items(multi=True) if k not in NOT_KEPT]
    if not any(v.strip() for k, v in fields if k in ("title", "body")):
        return None
    if sum(len(k) + len(v) for k, v in fields) > MAX_CHARS:
        return None
    return _serializer().dumps({"path": request.path, "fields": fields})


def open_(token: str | None, path: str | None = None) -> dict | None:
    """The hand-off in `token` ({"path", "fields"}) if it is genuine, recent and (when
    `path` is given) made for that address; otherwise None."""
    if not token or len(token) > 2 * MAX_CHARS:
        return None
    try:
        data = _serializer().loads(token, max_age=MAX_AGE)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("path"), str):
        return None
    if path is not None and data["path"] != path:
        return None
    fields = data.get("fields")
    if not isinstance(fields, list):
        return None
    return {"path": data["path"], "fields": [(str(k), str(v)) for k, v in fields]}


def restored_fields(path: str):
    """The fields of the hand-off this POST brings back to `path`, as form data, or None
    when the POST is not a hand-off (or a forged or stale one)."""
    data = open_(request.form.get(FIELD), path)
    return None if data is None else ImmutableMultiDict(data["fields"])
