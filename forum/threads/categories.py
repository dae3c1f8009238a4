"""Category management (the CLI for now)."""

import re

from sqlalchemy import func, select

from ..extensions import db
from ..models import Category

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _check_slug(slug: str) -> None:
    if not SLUG_RE.fullmatch(slug) or len(slug) > 60:
        raise ValueError(
            "A slug is lowercase letters and digits joined by '-', e.g. 'social-work'."
        )
    if db.session.scalar(select(Category.id).where(Category.slug == slug)):
        raise ValueError(f"The slug {slug!r} is taken.")


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
