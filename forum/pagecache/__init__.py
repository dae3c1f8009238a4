"""Whole visitor pages from a cache, and conditional GETs answered without rendering.

A page that is the same for every visitor (thread pages, single posts and their links'
redirects, the front page, category pages, profiles, feeds) is kept whole: in each
worker's memory (pagecache.kept), and in a Redis all workers share when one is configured
(Flask-Caching). Its key, also its ETag, is a digest of:
- the version stamps of everything the page shows (forum.pagecache.stamps), read before
  the page is rendered; a write changes them in its own transaction, so the old copy is
  unreachable from the moment the write commits, never after a time-to-live;
- the minute, since pages say "5 minutes ago" and, for anonymous posts, "within the hour":
  a copy is never older than the text it shows;
- the URL (query included: the "Log in" link returns to it) and the code's release.

Members never get a cached page and their pages are never stored: they carry "You" marks,
forms and tokens, and get `Cache-Control: no-store` (forum.anonymity.web). A visitor's page
is stored only when rendering it left nothing in the session (a form's CSRF token, a
message), and a visitor with a message waiting is served fresh.
"""

from __future__ import annotations

import hashlib
from functools import cache as once
from functools import wraps
from pathlib import Path

from flask import Flask, Response, current_app, make_response, request, session
from flask_login import current_user

from .. import times
from ..config import flag
from ..extensions import cache
from . import stamps
from .kept import Kept

stamps.listen()

# Entries are unreachable once their minute has passed; Redis's timeout only frees memory.
ENTRY_SECONDS = 120
SCOPES = {
    "lists": lambda args: stamps.of_lists(),
    "thread": lambda args: stamps.of_thread(args["thread_key"]),
    "post": lambda args: stamps.of_post(args["post_key"]),
}


# A page, and a permalink's redirect to the page its post is on (it moves with the thread's
# version, as the page does). Errors are rendered each time: a 404 must not fill the cache.
STORED_STATUSES = (200, 302)


def visitor_page(scope: str, args: tuple[str, ...] = ("page",)):
    """Serve the view's page to visitors from the cache. `scope` names the stamps of what
    it shows (SCOPES); a request with a query argument other than `args` is served fresh,
    so made-up URLs cannot fill the cache."""
    stamps_of, allowed = SCOPES[scope], frozenset(args)

    def decorate(view):
        @wraps(view)
        def cached_view(**view_args):
            if not _may_use_cache(allowed):
                return view(**view_args)
            found = stamps_of(view_args)
            if found is None:  # no such thread or post: the view says so
                return view(**view_args)
            tag = _tag(found)
            if request.if_none_match.contains_weak(tag):
                return _answer(Response(status=304), tag, "hit")
            entry = _get(tag)
            if entry is not None:
                return _answer(_response(*entry), tag, "hit")
            response = make_response(view(**view_args))
            if response.status_code not in STORED_STATUSES or session.modified:
                return response
            location = response.headers.get("Location")
            _set(tag, (response.status_code, location, response.content_type, response.get_data()))
            return _answer(response, tag, "miss")

        return cached_view

    return decorate


def _response(status: int, location: str | None, content_type: str, body: bytes) -> Response:
    response = Response(body, status=status, content_type=content_type)
    if location is not None:
        response.headers["Location"] = location
    return response


def _may_use_cache(allowed: frozenset) -> bool:
    return (
        current_app.extensions.get("pagecache") is not None
        and request.method in ("GET", "HEAD")
        and not current_user.is_authenticated
        and "_flashes" not in session
        and allowed.issuperset(request.args)
    )


def _tag(found: tuple) -> str:
    environ = request.environ  # as sent: request.url would rebuild it, at a cost per page
    where = (environ.get("HTTP_HOST"), environ["PATH_INFO"], environ.get("QUERY_STRING"))
    parts = (_release(), *found, times.page_now().isoformat(), request.scheme, *where)
    return hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()[:32]


def _get(tag: str):
    settings = current_app.extensions["pagecache"]
    entry = settings["local"].get(tag)
    if entry is not None or not settings["shared"]:
        return entry
    try:
        entry = cache.get(tag)
    except Exception:  # a cache that does not answer costs speed, never a page
        current_app.logger.warning("page cache: could not read", exc_info=True)
        return None
    if entry is not None:
        settings["local"][tag] = entry
    return entry


def _set(tag: str, entry: tuple) -> None:
    settings = current_app.extensions["pagecache"]
    settings["local"][tag] = entry
    if not settings["shared"]:
        return
    try:
        cache.set(tag, entry, timeout=ENTRY_SECONDS)
    except Exception:
        current_app.logger.warning("page cache: could not write", exc_info=True)


def _answer(response: Response, tag: str, how: str) -> Response:
    """A visitor's page, as a reverse proxy may keep it: public, revalidated by its ETag,
    and apart from members' pages (they send the session cookie)."""
    settings = current_app.extensions["pagecache"]
    headers = response.headers
    headers["ETag"] = f'"{tag}"'
    headers["Cache-Control"] = settings["control"]
    if "Vary" in headers:
        response.vary.add("Cookie")
    else:
        headers["Vary"] = "Cookie"
    if settings["header"]:
        headers["X-Cache"] = how
    return response


@once
def _release() -> str:
    """A digest of the code and templates: a new release never serves an old one's pages
    from a shared cache."""
    root = Path(__file__).resolve().parent.parent.parent
    digest = hashlib.sha256()
    for path in sorted([*(root / "forum").rglob("*.py"), *(root / "templates").rglob("*")]):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def shared_config(config) -> dict | None:
    """Flask-Caching's settings for the Redis all workers share: at CACHE_URL, else at the
    rate limits' Redis if they have one; None when there is none."""
    url = config.get("CACHE_URL") or ""
    limits = str(config.get("RATELIMIT_STORAGE_URI") or "")
    if not url and limits.startswith(("redis://", "rediss://")):
        url = limits
    if not url:
        return None
    return {
        "CACHE_TYPE": "RedisCache",
        "CACHE_REDIS_URL": url,
        "CACHE_KEY_PREFIX": config["CACHE_KEY_PREFIX"],
    }


def register(app: Flask) -> None:
    if not flag(app.config.get("CACHE")):
        app.extensions["pagecache"] = None
        return
    shared = shared_config(app.config)
    if shared is not None:
        cache.init_app(app, config=dict(shared))
    max_age = int(app.config["CACHE_MAX_AGE"])
    control = f"public, max-age={max_age}" + (", must-revalidate" if max_age == 0 else "")
    app.extensions["pagecache"] = {
        "shared": shared,
        "control": control,
        "header": flag(app.config["CACHE_HEADER"]),
        # Each worker keeps the pages it served in its own memory, with Redis too: a key
        # names one version of one page and its entry never changes, so a copy can never be
        # stale, and it saves Redis's round trip (a fifth of a cached page).
        "local": Kept(app.config["CACHE_ENTRIES"]),
        # Members' pages are never kept, but their posts' cards are (threads.cards).
        "cards": Kept(app.config["CACHE_CARDS"]),
    }
