"""How an author is shown. Every template, list and quote names an author through
`author_label`, the only reader of `anonymous` outside the queries that filter on it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import PUBLIC_ID_PATTERN, Post, Thread, User

ANONYMOUS_THREAD_AUTHOR = "Anonymous"


@dataclass(frozen=True)
class AuthorLabel:
    name: str  # username, pseudonym, "Original poster" or "Anonymous"
    username: str | None  # for a profile link; None for an anonymous author
    profession: str | None  # None when hidden
    is_viewer: bool
    anonymous: bool


def _is_viewer(author_id: int, viewer: User | None) -> bool:
    return bool(viewer is not None and viewer.is_authenticated and viewer.id == author_id)


def author_label(item: Post | Thread, viewer: User | None = None) -> AuthorLabel:
    """How the author of a post, or the opener of a thread in a list, is shown to `viewer`.

    An anonymous post shows its stored thread name and, if its writer opted in on that post,
    their profession. An anonymous thread in a list shows "Anonymous": its pseudonym would
    link the list to the writer's activity inside the thread for no gain.
    """
    is_viewer = _is_viewer(item.author_id, viewer)
    if isinstance(item, Thread):
        if item.anonymous:
            return AuthorLabel(ANONYMOUS_THREAD_AUTHOR, None, None, is_viewer, anonymous=True)
    elif item.anonymous:
        profession = item.author.profession if item.show_profession else None
        return AuthorLabel(item.pseudonym, None, profession, is_viewer, anonymous=True)
    author = item.author
    return AuthorLabel(author.username, author.username, author.profession, is_viewer, False)


def quote_markdown(post: Post, link: str) -> str:
    """The post as a Markdown blockquote whose first line names its author (as others see
    them) and links to it at `link`, ready for a reply form."""
    lines = post.body_md.strip().splitlines() or [""]
    quoted = "\n".join(f"> {line}" if line.strip() else ">" for line in lines)
    return f"{quote_header(author_label(post).name, link)}\n>\n{quoted}\n\n"


def quote_header(name: str, link: str) -> str:
    return f"> [**{name}** wrote]({link}):"


# A header `quote_header` wrote, in a stored reply: group "name", and "post" (the public id
# of the quoted post: the link ends in /p/<public id>).
QUOTE_HEADER = re.compile(
    rf"^> \[\*\*(?P<name>.+?)\*\* wrote\]\(\S*/p/(?P<post>{PUBLIC_ID_PATTERN})\):", re.MULTILINE
)
