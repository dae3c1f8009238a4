"""Full-text search of the published posts: SQLite FTS5 or PostgreSQL tsvector.

The blueprint lives in views.py (create_app imports it there), so the moderation queue can
use the queries without importing the views and, through them, half the forum."""

from ..models import Post
from . import schema

schema.listen(Post.__table__)
