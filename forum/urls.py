"""URL helpers shared by blueprints."""

import re
from urllib.parse import urlsplit

from werkzeug.routing import BaseConverter, IntegerConverter

from .models import PUBLIC_ID_PATTERN

# Longer than any address of this forum: a `next=` this long is not one of ours.
MAX_NEXT = 2_000


def safe_next(target: str | None, default: str) -> str:
    """`target` if it is a path on this site, else `default` (no open redirects)."""
    if (
        target
        and len(target) <= MAX_NEXT
        and target.startswith("/")
        and not target.startswith("//")
        and "\\" not in target
    ):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return default


# Ids are 32-bit integers on PostgreSQL; a larger number in a URL is no post, not a crash.
MAX_ID = 2**31 - 1
# ASCII digits only: str.isdigit() and int() also take "²", "١" or "1_0", and int() refuses
# more than 4,300 digits with an error of its own.
_DIGITS = re.compile(r"[0-9]{1,10}")


def parse_int(raw: str | None, low: int, high: int) -> int | None:
    """A whole number from a query argument if it is written in at most ten ASCII digits
    (no sign) and lies in [low, high], else None: nothing out of range reaches a query."""
    if raw is None or not _DIGITS.fullmatch(raw):
        return None
    number = int(raw)
    return number if low <= number <= high else None


def parse_id(raw: str | None) -> int | None:
    """A database id from a query argument (`?actor=12`), or None."""
    return parse_int(raw, 1, MAX_ID)


class IdConverter(IntegerConverter):
    """`<id:name>`: a positive database id, or the route does not match (404)."""

    def __init__(self, map):
        super().__init__(map, min=1, max=MAX_ID)


class PublicIdConverter(BaseConverter):
    """`<key:name>`: a thread's or post's public id (see models.new_public_id), or the route
    does not match (404). Database ids never appear in URLs of threads and posts."""

    regex = PUBLIC_ID_PATTERN


def parse_public_id(raw: str | None) -> str | None:
    """A public id from a query argument, or None."""
    if raw and re.fullmatch(PUBLIC_ID_PATTERN, raw):
        return raw
    return None
