"""SQLAlchemy models. Models hold data and build queries; they never commit."""

from .core import (
    Category,
    HeldBecause,
    Post,
    PostStatus,
    Role,
    Thread,
    User,
    UTCDateTime,
    Vote,
    utcnow,
)
from .moderation import REPORT_REASONS, ModAction, Notice, Report, ReportReason

__all__ = [
    "REPORT_REASONS",
    "Category",
    "HeldBecause",
    "ModAction",
    "Notice",
    "Report",
    "ReportReason",
    "Post",
    "PostStatus",
    "Role",
    "Thread",
    "User",
    "UTCDateTime",
    "Vote",
    "utcnow",
]
