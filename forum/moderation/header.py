"""The header's count of items waiting for the moderators ("3 waiting" on the Moderation link),
loaded with the member by the login's user loader, so that it costs no query of its own."""

from __future__ import annotations

from flask import g
from sqlalchemy import literal, select

from .. import permissions
from ..extensions import db
from ..models import User
from ..notify.reading import count_label
from .queue import WAITING_SHOWN, waiting_expression


def remember_waiting(count: int) -> None:
    """The logged-in member's count, loaded with them (0 for anyone but moderators)."""
    g.waiting_items = count


def waiting_items(viewer: User) -> int:
    """The queue's items, up to WAITING_SHOWN + 1, for a moderator or administrator (0 for
    anyone else): loaded with them, or else counted once per request."""
    if not permissions.is_moderator(viewer):
        return 0
    if "waiting_items" not in g:
        g.waiting_items = db.session.scalar(select(waiting_expression(literal(viewer.role))))
    return g.waiting_items


def waiting_label(viewer: User) -> str:
    """ "3 waiting", "99+ waiting", or "" with none."""
    return count_label(waiting_items(viewer), WAITING_SHOWN, "waiting")
