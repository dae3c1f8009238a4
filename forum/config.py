"""Configuration: defaults here, then the environment, then a test mapping.

`DATABASE_URL` and `SECRET_KEY` are read as they are; every other setting can be
overridden with a `FORUM_` prefix (`FORUM_SESSION_COOKIE_SECURE=true`).
"""

import os
import secrets
from pathlib import Path

DEFAULTS = {
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_SECURE": False,
    "REMEMBER_COOKIE_HTTPONLY": True,
    "REMEMBER_COOKIE_SAMESITE": "Lax",
    "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
    "WTF_CSRF_TIME_LIMIT": None,  # tokens live as long as the session; long stories take time
    "MAX_CONTENT_LENGTH": 1024 * 1024,
    "THREADS_PER_PAGE": 25,
    "POSTS_PER_PAGE": 30,
}


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


def normalise_database_url(url: str) -> str:
    """Accept the `postgres://` and `postgresql://` spellings and use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url
