"""Reading a search page in tests: its hits by post, its count, and the page without the
words it shows back (the leak walks search for an anonymous writer's username, and the page
rightly repeats what was typed: in the box, the page title, its page links, the way back
after logging in, and the message about an unknown `author:`)."""

from __future__ import annotations

import re
from urllib.parse import quote_plus

from forum.models import PUBLIC_ID_PATTERN

SEARCH_PATH = "/search"

_HIT = re.compile(r'<li class="search-hit"[^>]*>.*?</li>', re.S)
_PERMALINK = re.compile(rf'href="/p/({PUBLIC_ID_PATTERN})"')
_COUNT = re.compile(r'<p class="search-count" role="status">\s*(.*?)\s*</p>', re.S)
_ECHOES = [
    (re.compile(r"<title>Search: [^<]*"), "<title>Search: "),
    (re.compile(r'(<input type="search" id="q" name="q" value=")[^"]*"'), r'\1"'),
    # Links to this page (another page of results), and back to it (log in, join, dismiss).
    (re.compile(r'(="[^"]*?/search\?)[^"]*'), r"\1"),
    (re.compile(r"No member is called “[^”]*”"), "No member is called “”"),
    (re.compile(r" among \S+'s named posts"), " among 's named posts"),
]


def without_echo(body: str, path: str) -> str:
    """A /search page without the query it repeats; any other page as it is."""
    if path != SEARCH_PATH:
        return body
    for pattern, replacement in _ECHOES:
        body = pattern.sub(replacement, body)
    return body


def hits(body: str) -> dict[str, str]:
    """Public id of each hit's post -> the hit's HTML, in the order listed."""
    found = {}
    for item in _HIT.findall(body):
        found[_PERMALINK.search(item)[1]] = item
    return found


def count_line(body: str) -> str:
    """The sentence saying how many posts match ("3 posts match…", "Nothing matches…")."""
    match = _COUNT.search(body)
    return " ".join(match[1].split()) if match else ""


def search_url(q: str, **args: str) -> str:
    query = "&".join(f"{k}={quote_plus(v)}" for k, v in {"q": q, **args}.items())
    return f"{SEARCH_PATH}?{query}"
