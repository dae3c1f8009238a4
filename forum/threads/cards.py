"""Post cards, rendered once and kept: what makes a member's thread page cheap.

A post's card (templates/_partials/post.html) shows the post and a few yes/no facts about
whoever reads it, a `View`; nothing else about the reader reaches the macro, which is not
given the page's context. So a card rendered once serves every reader with the same view of
that post: the vote form to all who may vote, "You · posted anonymously" to the post's
writer alone (the only reader whose view has `own`).

With the page cache on, members' cards are kept in each process's memory (a visitor's page
is kept whole instead), the least recently used dropped first, keyed by the thread's
stamps (read with the thread, before its posts, so a card is never older than its key; see
forum.pagecache.stamps), the minute (cards say "5 minutes ago"), the post and the view. The
reader's CSRF token and the page's address, which the cards' forms carry, are put in
afterwards in place of markers.
"""

from __future__ import annotations

import secrets
from typing import NamedTuple

from flask import current_app, request
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup, escape

from .. import times
from ..anonymity.presentation import author_label
from ..models import Post, Thread, User
from ..pagecache.kept import Kept
from ..permissions import can_moderate, can_reply, can_report, can_vote
from .helped import can_mark_helped

# Stand-ins for the reader's CSRF token and the page's address in a kept card; random, so no
# post's text can hold them.
TOKEN, HERE = (f"card{secrets.token_hex(12)}" for _ in range(2))


class View(NamedTuple):
    """What a card shows of its reader: each field one fact about them and the post."""

    own: bool = False  # they wrote it: "You", and Edit, Delete, Make anonymous
    vote: bool = False  # the Helpful button
    voted: bool = False
    report: bool = False
    reported: bool = False  # "You reported this"
    quote: bool = False
    helped: bool = False  # the story's author: "This helped me"
    moderate: bool = False


def post_cards(
    posts: list[Post],
    thread: Thread,
    viewer: User,
    voted: set[int],
    reported: set[int],
    stamps: tuple | None = None,
) -> dict[int, Markup]:
    """Each post's card as `viewer` sees it, by post id; for a member, kept under the
    thread's `stamps` (read before the posts were loaded) when given and the cache is on."""
    kept = store() if viewer.is_authenticated and stamps else None
    page = f"{stamps}:{times.page_now().isoformat()}:"
    quote = can_reply(viewer, thread)
    macro = current_app.jinja_env.get_template("_partials/post.html").module.post_card
    token = here = None
    cards = {}
    for post in posts:
        view = View(
            own=viewer.is_authenticated and post.author_id == viewer.id,
            vote=can_vote(viewer, post),
            voted=post.id in voted,
            report=can_report(viewer, post),
            reported=post.id in reported,
            quote=quote,
            helped=can_mark_helped(viewer, post, thread),
            moderate=can_moderate(viewer, post),
        )
        key = card = None
        if kept is not None:
            key = f"{page}{post.id}:{''.join('1' if fact else '0' for fact in view)}"
            card = kept.get(key)
        if card is None:
            card = str(macro(post, thread, view, author_label(post), TOKEN, HERE))
            if kept is not None:
                kept[key] = card
        if TOKEN in card:
            if token is None:
                token, here = generate_csrf(), str(escape(request.full_path.rstrip("?")))
            card = card.replace(TOKEN, token).replace(HERE, here)
        cards[post.id] = Markup(card)
    return cards


def store() -> Kept | None:
    """Each worker's store of members' cards and forms (forum.threads.member_forms); None
    with the page cache off."""
    settings = current_app.extensions.get("pagecache")
    return settings["cards"] if settings is not None else None
