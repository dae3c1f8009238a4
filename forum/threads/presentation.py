"""How an author is shown. Every template and quote names an author through `author_label`."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Post, Thread, User


@dataclass(frozen=True)
class AuthorLabel:
    name: str
    username: str | None  # for a profile link; None when there is nothing to link to
    profession: str | None
    is_viewer: bool


def author_label(item: Post | Thread, viewer: User | None = None) -> AuthorLabel:
    """How the author of a post (or the opener of a thread) is shown to `viewer`."""
    author = item.author
    is_viewer = bool(viewer is not None and viewer.is_authenticated and viewer.id == author.id)
    return AuthorLabel(
        name=author.username,
        username=author.username,
        profession=author.profession,
        is_viewer=is_viewer,
    )


def quote_markdown(post: Post) -> str:
    """The post as a Markdown blockquote with attribution, ready for a reply form."""
    label = author_label(post)
    lines = post.body_md.strip().splitlines() or [""]
    quoted = "\n".join(f"> {line}" if line.strip() else ">" for line in lines)
    return f"> **{label.name}** wrote:\n>\n{quoted}\n\n"
