"""Feed entries as a visitor sees the posts: names through author_label, times to the hour
on anonymous posts, a content note instead of its story and before each of its replies, no
text of removed posts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from flask import url_for
from markupsafe import escape

from ..anonymity.presentation import author_label
from ..models import Post, PostStatus, Thread
from ..times import to_hour

# Characters XML 1.0 cannot carry, even escaped; a form keeps any but NUL.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

NO_TEXT = {
    PostStatus.DELETED: "This post was removed by its author.",
    PostStatus.REMOVED: "This post was removed by a moderator.",
}


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    link: str
    updated: datetime
    content: str  # HTML, to be escaped once more into the feed
    author: str | None = None  # None for a post that shows no author (removed)
    published: datetime | None = None
    category: tuple[str, str] | None = None  # (slug, name)


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def rfc3339(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")


def newest(entries: list[Entry]) -> datetime:
    """A feed's own time: its newest entry's, or the hour now for an empty feed."""
    return max((e.updated for e in entries), default=to_hour(datetime.now(UTC)))


def _content(post: Post | None, thread: Thread, link: str) -> str:
    if post is None or post.status != PostStatus.PUBLISHED:
        status = post.status if post is not None else None
        return f"<p>{NO_TEXT.get(status, 'This post is not shown.')}</p>"
    if thread.content_note:
        # A feed reader shows everything unfolded: the story stays behind its note on the
        # site, and a reply, which may retell it, comes after the note.
        note = f"<p>Content note: {escape(thread.content_note)}."
        if post.is_opening:
            return f'{note} <a href="{escape(link)}">Read it on Debrief</a>.</p>'
        return f"{note}</p>{post.body_html}"
    return post.body_html


def thread_entry(thread: Thread, opening: Post | None) -> Entry:
    """A thread in a list feed: named as the lists name its opener ("Anonymous" for an
    anonymous story), dated by its last activity to the hour, as the lists show it."""
    link = url_for("threads.thread", thread_key=thread.public_id, _external=True)
    return Entry(
        id=link,
        title=xml_text(thread.title),
        link=link,
        updated=to_hour(thread.last_activity_at),
        content=xml_text(_content(opening, thread, link)),
        author=xml_text(author_label(thread).name),
        category=(thread.category.slug, xml_text(thread.category.name)),
    )


def post_entry(post: Post, thread: Thread) -> Entry:
    """A post in its thread's feed, named and dated as the thread page shows it."""
    label = author_label(post)
    coarse = to_hour if label.anonymous else (lambda value: value)
    link = url_for("threads.permalink", post_key=post.public_id, _external=True)
    shown = post.status == PostStatus.PUBLISHED
    edited = post.edited_at if shown and post.edited_at else post.created_at
    title = thread.title if post.is_opening else f"Reply by {label.name}"
    return Entry(
        id=link,
        title=xml_text(title if shown or post.is_opening else "A removed reply"),
        link=link,
        updated=coarse(edited),
        published=coarse(post.created_at),
        content=xml_text(_content(post, thread, link)),
        author=xml_text(label.name) if shown else None,
    )
