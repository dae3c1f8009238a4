"""How a notification reads, on the notifications page and in e-mail: worked out when it is
shown, from the rows as they are then. Writers are named only through author_label, as the
thread shows them; a post removed or hidden since says so and shows no text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from flask import url_for

from ..anonymity.presentation import author_label
from ..models import Notification, NotificationKind, Post, PostStatus, Thread, User
from ..textmask import mask_quotes_and_code
from ..times import abstime, abstime_hour

EXCERPT_LENGTH = 160


@dataclass(frozen=True)
class Item:
    notification: Notification
    text: str  # one plain sentence
    url: str  # a path on this site
    at: datetime
    coarse: bool  # show `at` to the hour only
    excerpt: str | None  # plain text, None when the post shows none
    gone: bool  # the post was removed, hidden or deleted since: nothing to show or mail

    @property
    def unread(self) -> bool:
        return self.notification.read_at is None

    @property
    def when(self) -> str:
        return abstime_hour(self.at) if self.coarse else abstime(self.at)


def excerpt(body_md: str, length: int = EXCERPT_LENGTH) -> str:
    """The start of a post as plain text, without its quotes and code."""
    text = re.sub(r"[*_`]+", "", mask_quotes_and_code(body_md))
    text = re.sub(r"\]\(\S+?\)|[#>\[\]]+", " ", text)
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0] + "…"


def _your(post: Post) -> str:
    kind = "story" if post.is_opening else "reply"
    return f"your anonymous {kind}" if post.anonymous else f"your {kind}"


def describe(notification: Notification, recipient: User) -> Item:
    """The notification as `recipient` (its owner) reads it."""
    kind, post, thread = notification.kind, notification.post, notification.thread
    if kind == NotificationKind.MODERATION:
        notice = notification.notice
        url = (
            url_for("threads.permalink", post_key=notice.post.public_id)
            if notice is not None and notice.post is not None
            else url_for("notify.notifications")
        )
        text = notice.text if notice is not None else "A moderation notice."
        return Item(notification, text, url, notification.created_at, False, None, False)
    title = f"“{thread.title}”"
    thread_url = url_for("threads.thread", thread_key=thread.public_id)
    if kind == NotificationKind.HELD:
        # The held reply is not the author's to see: the story is where peers will answer.
        text = f"A reply to your story {title} is waiting for the moderators."
        return Item(notification, text, thread_url, notification.created_at, True, None, False)
    if post is None or post.status != PostStatus.PUBLISHED:
        what = _your(post) if post and kind == NotificationKind.HELPFUL else "a reply"
        text = f"{what[0].upper()}{what[1:]} in {title} was removed."
        return Item(notification, text, thread_url, notification.created_at, True, None, True)
    post_url = url_for("threads.permalink", post_key=post.public_id)
    if kind == NotificationKind.HELPFUL:
        people = "1 person" if post.score == 1 else f"{post.score} people"
        text = f"{people} found {_your(post)} in {title} helpful."
        return Item(notification, text, post_url, notification.created_at, True, None, False)
    label = author_label(post, recipient)
    verb = "quoted you" if kind == NotificationKind.QUOTE else "replied"
    text = f"{label.name} {verb} in {title}."
    coarse = label.anonymous
    return Item(
        notification, text, post_url, notification.created_at, coarse, _shown(post, thread), False
    )


def _shown(post: Post, thread: Thread) -> str:
    """The reply's excerpt, or, in a thread behind a content note, the note: the thread
    folds its replies behind it, so a notification or an e-mail does not unfold them."""
    note = thread.content_note
    if note:
        return f"Behind the content note “{note}”: open it on Debrief to read the reply."
    return excerpt(post.body_md)
