"""Category management, for the CLI and the administrators' pages."""

import re

from sqlalchemy import func, select, update

from ..extensions import db
from ..models import Category, Thread

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _check_slug(slug: str) -> None:
    if not SLUG_RE.fullmatch(slug) or len(slug) > 60:
        raise ValueError(
            "A slug is lowercase letters and digits joined by '-', e.g. 'social-work'."
        )
    if db.session.scalar(select(Category.id).where(Category.slug == slug)):
        raise ValueError(f"The slug {slug!r} is taken.")


def all_categories() -> list[Category]:
    return list(db.session.scalars(select(Category).order_by(Category.position, Category.id)))


def get_category(slug: str) -> Category | None:
    return db.session.scalar(select(Category).where(Category.slug == slug))


def add_category(slug: str, name: str, description: str = "") -> Category:
    _check_slug(slug)
    if not name.strip() or len(name) > 80 or len(description) > 300:
        raise ValueError("A name has 1–80 characters and a description at most 300.")
    position = (db.session.scalar(select(func.max(Category.position))) or 0) + 1
    category = Category(
        slug=slug, name=name.strip(), description=description.strip(), position=position
    )
    db.session.add(category)
    db.session.commit()
    return category


def edit_category(
    slug: str,
    *,
    name: str | None = None,
    description: str | None = None,
    position: int | None = None,
    new_slug: str | None = None,
) -> Category:
    category = db.session.scalar(select(Category).where(Category.slug == slug))
    if category is None:
        raise ValueError(f"No category has the slug {slug!r}.")
    if new_slug and new_slug != slug:
        _check_slug(new_slug)
        category.slug = new_slug
    if name is not None:
        if not name.strip() or len(name) > 80:
            raise ValueError("A name has 1–80 characters.")
        category.name = name.strip()
    if description is not None:
        if len(description) > 300:
            raise ValueError("A description has at most 300 characters.")
        category.description = description.strip()
    if position is not None:
        category.position = position
    db.session.commit()
    return category


def count_threads_in(category_id: int, change: int) -> None:
    """Add `change` to the category's stored thread count, in the caller's transaction. The
    database does the addition, so concurrent new threads are all counted. Pending objects
    are not flushed here: their errors belong to the caller's commit (a form sent twice)."""
    with db.session.no_autoflush:
        db.session.execute(
            update(Category)
            .where(Category.id == category_id)
            .values(thread_count=Category.thread_count + change)
            .execution_options(synchronize_session=False)
        )


def recount_categories(connection=None) -> int:
    """Set every category's thread count from the threads table; return how many were wrong.
    Works on `connection` (bulk loaders) or the session, and leaves committing to the caller."""
    run = connection if connection is not None else db.session
    counted = (
        select(func.count(Thread.id)).where(Thread.category_id == Category.id).scalar_subquery()
    )
    wrong = run.execute(
        update(Category)
        .where(Category.thread_count != counted)
        .values(thread_count=counted)
        .execution_options(synchronize_session=False)
    ).rowcount
    return wrong
