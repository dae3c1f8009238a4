"""Actions on a thread: the "No 'why did you' replies" flag (its author or a moderator), its
content note (a moderator's; the author changes it by editing the story), and lock, unlock
and move (moderators). Moderators' actions are logged."""

from __future__ import annotations

from ..extensions import db
from ..models import Category, Thread, User
from ..threads.categories import count_threads_in
from ..threads.notes import content_note_of
from . import audit


def set_locked(thread: Thread, locked: bool, actor: User, reason: str = "") -> bool:
    """Lock (no new replies, except from moderators) or unlock; False if already so."""
    if thread.locked == locked:
        return False
    thread.locked = locked
    action = audit.Action.LOCK if locked else audit.Action.UNLOCK
    audit.record_on_thread(actor, action, thread, reason)
    db.session.commit()
    return True


def move(thread: Thread, category: Category, actor: User, reason: str = "") -> bool:
    if thread.category_id == category.id:
        return False
    count_threads_in(thread.category_id, -1)
    count_threads_in(category.id, +1)
    thread.category_id = category.id
    audit.record_on_thread(
        actor, audit.Action.MOVE, thread, f"to {category.name}. {reason}".strip()
    )
    db.session.commit()
    return True


def set_no_why_replies(thread: Thread, on: bool, actor: User, reason: str = "") -> bool:
    """Turn the thread's "No 'why did you' replies" flag on or off; return whether it changed.
    A moderator's change (not the author's own) goes to the audit log."""
    if thread.no_why_replies == on:
        return False
    thread.no_why_replies = on
    if actor.id != thread.author_id:
        action = audit.Action.FLAG_ON if on else audit.Action.FLAG_OFF
        audit.record_on_thread(actor, action, thread, reason)
    db.session.commit()
    return True


def set_content_note(thread: Thread, note: str | None, actor: User, reason: str = "") -> bool:
    """Set, change or clear (an empty `note`) the thread's content note; return whether it
    changed. A moderator's change (not the author's own) goes to the audit log, with the
    note before and after: the log cannot look it up later."""
    note = content_note_of(note)
    if thread.content_note == note:
        return False
    if actor.id != thread.author_id:
        change = _note_change(thread.content_note, note)
        audit.record_on_thread(
            actor, audit.Action.CONTENT_NOTE, thread, f"{change}. {reason}".strip()
        )
    thread.content_note = note
    db.session.commit()
    return True


def _note_change(before: str | None, after: str | None) -> str:
    if before is None:
        return f"set to “{after}”"
    if after is None:
        return f"cleared (was “{before}”)"
    return f"from “{before}” to “{after}”"
