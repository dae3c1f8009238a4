"""Helpful votes. The score on a post always equals its number of Vote rows: both change
in one transaction, the row under a unique constraint and the score by an atomic UPDATE."""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db
from ..models import Post, User, Vote
from ..notify.services import notify_helpful
from ..permissions import can_vote

_INSERT = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


class VoteNotAllowed(ValueError):
    """Own posts, posts without text and suspended voters: see permissions.can_vote."""


def set_vote(post: Post, voter: User, helpful: bool) -> tuple[bool, int]:
    """Make the voter's vote on `post` be `helpful`; return (helpful, new score).

    Idempotent: pressing "helpful" twice in a row (a double submit) leaves one vote.
    RETURNING tells whether a row changed (psycopg reports no rowcount for ON CONFLICT).
    """
    if not can_vote(voter, post):
        raise VoteNotAllowed
    if helpful:
        insert = _INSERT[db.session.get_bind().dialect.name]
        stmt = insert(Vote).values(post_id=post.id, user_id=voter.id).on_conflict_do_nothing()
        delta = len(db.session.execute(stmt.returning(Vote.id)).all())
    else:
        stmt = delete(Vote).where(Vote.post_id == post.id, Vote.user_id == voter.id)
        delta = -len(db.session.execute(stmt.returning(Vote.id)).all())
    if delta:
        db.session.execute(update(Post).where(Post.id == post.id).values(score=Post.score + delta))
    if delta > 0:
        notify_helpful(post)
    db.session.commit()
    return helpful, db.session.scalar(select(Post.score).where(Post.id == post.id))


def recount_scores() -> int:
    """Rebuild every post's score from its votes; return how many scores were wrong."""
    counted = select(func.count(Vote.id)).where(Vote.post_id == Post.id).scalar_subquery()
    wrong = db.session.scalar(select(func.count()).select_from(Post).where(Post.score != counted))
    if wrong:
        db.session.execute(update(Post).where(Post.score != counted).values(score=counted))
    db.session.commit()
    return wrong
