"""Configuration: defaults here, then the environment, then a test mapping.

`DATABASE_URL` and `SECRET_KEY` are read as they are; every other setting can be
overridden with a `FORUM_` prefix (`FORUM_SESSION_COOKIE_SECURE=true`).
"""

import os
import secrets
from pathlib import Path

from .anonymity.pseudonyms import key_from_env, load_or_create_key

DEFAULTS = {
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_SECURE": False,
    "REMEMBER_COOKIE_HTTPONLY": True,
    "REMEMBER_COOKIE_SAMESITE": "Lax",
    # hide_parameters: a database error logs its SQL without the values (who wrote what).
    "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, "hide_parameters": True},
    "WTF_CSRF_TIME_LIMIT": None,  # tokens live as long as the session; long stories take time
    "MAX_CONTENT_LENGTH": 1024 * 1024,
    "THREADS_PER_PAGE": 25,
    "POSTS_PER_PAGE": 30,
    "NOTIFICATIONS_PER_PAGE": 25,
    "QUEUE_PER_PAGE": 20,
    # Rate limits (Flask-Limiter), counted per member (visitors: per client address) on POST
    # (searches on GET).
    "RATELIMIT_STORAGE_URI": "memory://",
    "RATELIMIT_STRATEGY": "moving-window",
    "RATELIMIT_HEADERS_ENABLED": False,
    "LIMIT_LOGIN": "10 per minute; 50 per hour",
    "LIMIT_REGISTER": "20 per hour",  # per address: a ward may register together
    "LIMIT_NEW_THREAD": "5 per minute; 30 per day",
    "LIMIT_REPLY": "10 per minute; 300 per day",
    "LIMIT_EDIT": "20 per minute",
    "LIMIT_VOTE": "60 per minute",
    "LIMIT_REPORT": "10 per minute; 50 per day",
    "LIMIT_SEARCH": "60 per minute; 600 per hour",  # searches with text, per member or address
    "LIMIT_CSP_REPORT": "30 per minute",  # browsers' reports of blocked content, per address
    "LIMIT_RESET": "5 per hour",  # password reset requests, per address
    "LIMIT_CONFIRM": "5 per hour",  # "send the link again", per member
    # Strict-Transport-Security max-age; 0 sends none (`forum serve` sets a year).
    "HSTS_SECONDS": 0,
    "LOG_PER_PAGE": 50,
    # E-mail (forum.notify.mailer). With no MAIL_SMTP_HOST, mail is written to the log.
    "MAIL_SMTP_HOST": "",
    "MAIL_SMTP_PORT": 587,
    "MAIL_SMTP_USER": "",
    "MAIL_SMTP_PASSWORD": "",
    "MAIL_SMTP_STARTTLS": True,
    "MAIL_SMTP_TIMEOUT": 30,  # seconds to wait on the server before trying again later
    "MAIL_FROM": "Debrief <debrief@localhost>",
    "MAIL_SITE_URL": "http://127.0.0.1:5000",  # links in mail: the worker has no request
    "MAIL_GIVE_UP_AFTER": 3 * 24 * 3600,  # seconds after which an undelivered mail fails
    "MAIL_LEASE_SECONDS": 600,  # a mail claimed longer ago belongs to a worker that died
    # SQLite before 3.44: how often the worker rewrites the search index, when text left it,
    # so removed words are gone from the database file too (forum.search.schema.purge).
    "SEARCH_PURGE_SECONDS": 300,
    # Mail about an anonymous post (or a vote) waits for the next full hour, so its arrival
    # tells no more of when the post was written than the thread page's coarse time does.
    "MAIL_ANONYMOUS_ON_THE_HOUR": True,
    # Members-only: every page but logging in, joining, password reset, the mail links, the
    # about and support pages, static files and health checks needs an account.
    "MEMBERS_ONLY": False,
    # The "Support after a hard shift" page's Markdown; relative paths are in the instance
    # folder. Absent, the page shows a built-in default (forum.pages.support).
    "SUPPORT_FILE": "support.md",
    # Where members reach an administrator (an e-mail address or a web address), shown on
    # the privacy page; empty shows a marked placeholder for the operator to fill.
    "CONTACT": "",
    # Whole visitor pages kept in a cache and answered by ETag (forum.pagecache): "off"
    # turns it off. Each worker keeps up to CACHE_ENTRIES pages in its own memory; CACHE_URL
    # names a Redis (redis://host:6379/1) that every worker and app server shares besides
    # (empty: the rate limits' Redis if they have one, else none).
    "CACHE": "on",
    "CACHE_URL": "",
    "CACHE_ENTRIES": 500,
    "CACHE_KEY_PREFIX": "debrief:page:",
    # Members' pages are never kept, but each worker keeps up to CACHE_CARDS of the posts'
    # cards they are made of (forum.threads.cards).
    "CACHE_CARDS": 2000,
    # How long a browser or reverse proxy may reuse a visitor's page without asking again
    # (it asks with the ETag, answered 304 without rendering). 0: it asks every time, so
    # nothing a moderator removed is shown from any cache.
    "CACHE_MAX_AGE": 0,
    # X-Cache: hit or miss on visitor pages, for the benchmark.
    "CACHE_HEADER": False,
}

_OFF = {"", "0", "false", "no", "off"}


def flag(value) -> bool:
    """A yes/no setting from the environment or a test mapping: `FORUM_MEMBERS_ONLY=off` and
    `=0` are off (from_prefixed_env leaves words other than true/false as strings)."""
    if isinstance(value, str):
        return value.strip().lower() not in _OFF
    return bool(value)


def sqlite_url(instance_path: str) -> str:
    return "sqlite:///" + str(Path(instance_path) / "debrief.sqlite3")


def load_secret_key(instance_path: str) -> str:
    """Read `instance/secret_key`, creating it once (mode 0600) if missing."""
    path = Path(instance_path) / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key + "\n")
    return key


def pseudonym_key(value: str | bytes | None, instance_path: str) -> bytes:
    """The key behind per-thread pseudonyms: the configured one (`FORUM_PSEUDONYM_KEY`), else
    `instance/pseudonym_key`, created once (mode 0600). It is separate from SECRET_KEY, so
    rotating SECRET_KEY changes no name."""
    if isinstance(value, bytes):
        return value
    if value:
        return key_from_env(str(value))
    return load_or_create_key(Path(instance_path) / "pseudonym_key")


def normalise_database_url(url: str) -> str:
    """Accept the `postgres://` and `postgresql://` spellings and use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url
