"""Factories with keyword-only overrides. They go through the real services."""

from __future__ import annotations

import itertools

import pytest
from werkzeug.security import generate_password_hash

from forum.extensions import db
from forum.models import Category, Role, Thread, User
from forum.threads import services

_numbers = itertools.count(1)
# Hashing with the default scrypt settings costs ~50 ms; tests make hundreds of users.
_PASSWORD_HASH = generate_password_hash("correct horse battery", method="pbkdf2:sha256:1000")


@pytest.fixture
def make_user(app):
    def make(
        *,
        username: str | None = None,
        role: Role = Role.MEMBER,
        profession=None,
        email=None,
        id: int | None = None,
        created_at=None,
    ):
        user = User(
            id=id,
            username=username or f"user{next(_numbers)}",
            password_hash=_PASSWORD_HASH,
            role=role,
            profession=profession,
            email=email,
        )
        if created_at is not None:
            user.created_at = created_at
        db.session.add(user)
        db.session.commit()
        return user

    return make


@pytest.fixture
def make_category(app):
    def make(*, slug: str | None = None, name: str | None = None, description: str = "About it"):
        n = next(_numbers)
        category = Category(
            slug=slug or f"cat-{n}",
            name=name or f"Category {n}",
            description=description,
            position=n,
        )
        db.session.add(category)
        db.session.commit()
        return category

    return make


@pytest.fixture
def make_thread(app, make_user, make_category):
    def make(
        *,
        author=None,
        category=None,
        title: str = "A night I keep thinking about",
        body: str = "What happened was this.",
        content_note=None,
        anonymous: bool = False,
        show_profession: bool = False,
        no_why_replies: bool = False,
        replies: int = 0,
    ):
        author = author or make_user()
        category = category or make_category()
        opening = services.create_thread(
            author,
            category_id=category.id,
            title=title,
            body=body,
            anonymous=anonymous,
            show_profession=show_profession,
            no_why_replies=no_why_replies,
            content_note=content_note,
        )
        thread = db.session.get(Thread, opening.thread_id)
        for i in range(replies):
            services.create_reply(thread, make_user(), f"Reply number {i + 1}.", anonymous=False)
        return thread

    return make


@pytest.fixture
def make_reply(app, make_user):
    def make(
        thread,
        *,
        author=None,
        body: str = "Something similar happened to me.",
        anonymous: bool = False,
        show_profession: bool = False,
    ):
        return services.create_reply(
            thread,
            author or make_user(),
            body,
            anonymous=anonymous,
            show_profession=show_profession,
        )

    return make
