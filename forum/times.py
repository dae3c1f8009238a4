"""How times read: relative and absolute, to the minute or (for anonymous posts and the
lists that show their activity) only to the hour. Pure functions of a UTC datetime."""

from datetime import UTC, datetime


def page_now() -> datetime:
    """Now, cut to the minute: what pages count "5 minutes ago" from. A page rendered at any
    second of a minute reads the same, so a copy cached for that minute is true
    (forum.pagecache keys pages by it)."""
    return datetime.now(UTC).replace(second=0, microsecond=0)


def reltime(value: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "5 minutes ago", "3 days ago", then a date."""
    if value is None:
        return ""
    seconds = int(((now or page_now()) - value).total_seconds())
    if seconds < 60:
        return "just now"
    for unit, size, limit in (("minute", 60, 60), ("hour", 3600, 24), ("day", 86400, 30)):
        count = seconds // size
        if count < limit:
            return f"{count} {unit}{'' if count == 1 else 's'} ago"
    return value.strftime("%-d %b %Y")


def abstime(value: datetime | None) -> str:
    return value.strftime("%-d %b %Y, %H:%M UTC") if value else ""


def isotime(value: datetime | None) -> str:
    return value.isoformat(timespec="minutes") if value else ""


def to_hour(value: datetime | None) -> datetime | None:
    """The time cut to the hour, for posts whose minute could be matched to named activity."""
    return value.replace(minute=0, second=0, microsecond=0) if value else None


def reltime_hour(value: datetime | None, now: datetime | None = None) -> str:
    """Like reltime, but no finer than an hour: "within the hour", "3 hours ago"…"""
    if value is None:
        return ""
    hours = int(((now or page_now()) - to_hour(value)).total_seconds()) // 3600
    if hours < 1:
        return "within the hour"
    return reltime(to_hour(value), now)


def abstime_hour(value: datetime | None) -> str:
    return to_hour(value).strftime("%-d %b %Y, between %H:00 and %H:59 UTC") if value else ""


def isotime_hour(value: datetime | None) -> str:
    return to_hour(value).isoformat(timespec="minutes") if value else ""
