"""A thread's content note as stored: one rule for the new-thread form, the author's edit and
a moderator's change. Imports nothing, so any service may use it."""

from __future__ import annotations


def content_note_of(text: str | None) -> str | None:
    """The note to store: trimmed, and None for none (an empty note clears it)."""
    return (text or "").strip() or None
