"""What a post will look like when published, and what the checks before publishing would
say about it — without holding, saving or posting anything."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from markupsafe import Markup

from ..anonymity import identifiers
from ..anonymity.review import Review, review
from ..moderation import guard
from ..rendering import render


@dataclass(frozen=True)
class Preview:
    title: str | None
    html: Markup  # the body exactly as forum.rendering.render publishes it
    identifying: Review | None  # the identifying-details check, as on posting
    guard: Review | None  # what the "why did you" guard would say (flagged threads' replies)


def preview(
    body: str,
    *,
    title: str | None = None,
    labels=("Title", "Text"),
    guarded: bool = False,
    known: Sequence[str] = (),
) -> Preview:
    """The preview of a post: its body rendered, and the findings of the checks. The
    confirmations a writer gives on posting ("Publish as is") do not apply: a preview shows
    every finding. ``known``: published texts the body may quote without being checked."""
    texts = ([(labels[0], title or "")] if title is not None else []) + [(labels[1], body)]
    found = review(texts, scan=partial(identifiers.scan, known=known))
    stopped = review([(labels[1], body)], scan=guard.scan) if guarded else None
    return Preview(title, render(body), found, stopped)
