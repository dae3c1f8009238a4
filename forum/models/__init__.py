"""SQLAlchemy models. Models hold data and build queries; they never commit."""

from .core import (
    PUBLIC_ID_PATTERN,
    Category,
    HeldBecause,
    Post,
    PostStatus,
    Role,
    Thread,
    User,
    UTCDateTime,
    Vote,
    new_public_id,
    utcnow,
)
from .moderation import (
    REPORT_REASONS,
    ModAction,
    Notice,
    Report,
    ReportReason,
    RevealDecision,
    RevealRequest,
)

__all__ = [
    "PUBLIC_ID_PATTERN",
    "REPORT_REASONS",
    "Category",
    "HeldBecause",
    "ModAction",
    "Notice",
    "Report",
    "ReportReason",
    "RevealDecision",
    "RevealRequest",
    "Post",
    "PostStatus",
    "Role",
    "Thread",
    "User",
    "UTCDateTime",
    "Vote",
    "new_public_id",
    "utcnow",
]
