"""`forum seed-demo`: demo categories, accounts and threads. Running it again adds only
what is missing, so it is safe on a database that already has the demo."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from . import demo_content
from .extensions import db
from .models import Category, Post, Role, Thread, User, Vote, utcnow
from .rendering import render

LOGIN_ACCOUNTS = (("admin", Role.ADMIN), ("moderator", Role.MODERATOR), ("member", Role.MEMBER))
PASSWORD_FILE = "demo-accounts.txt"


def seed(instance_path: str, echo: Callable[[str], None] = print) -> None:
    now = utcnow()
    categories = _categories()
    users, passwords = _users()
    made = 0
    existing = set(db.session.scalars(select(Thread.title)))
    for spec in demo_content.THREADS:
        if spec["title"] in existing:
            continue
        _thread(spec, categories, users, now)
        made += 1
    db.session.commit()
    if passwords:
        _write_passwords(Path(instance_path) / PASSWORD_FILE, passwords)
    echo(f"Demo data: {len(categories)} categories, {made} new threads.")
    if passwords:
        echo("Demo accounts (for trying the forum on this machine, never for production):")
        for name, password in passwords.items():
            echo(f"  {name:<10} {password}")
        echo(f"They are also in {Path(instance_path) / PASSWORD_FILE}.")


def _categories() -> dict[str, Category]:
    found = {c.slug: c for c in db.session.scalars(select(Category))}
    for position, spec in enumerate(demo_content.CATEGORIES, start=1):
        if spec["slug"] not in found:
            found[spec["slug"]] = Category(position=position, **spec)
            db.session.add(found[spec["slug"]])
    return found


def _users() -> tuple[dict[str, User], dict[str, str]]:
    """Every demo account; passwords of the newly made login accounts."""
    wanted = [(name, role, None) for name, role in LOGIN_ACCOUNTS] + [
        (a["username"], Role.MEMBER, a["profession"]) for a in demo_content.AUTHORS
    ]
    # Usernames are unique regardless of case, so "Admin" already taken means "admin" is too.
    found = {u.username.lower(): u for u in db.session.scalars(select(User))}
    passwords = {}
    for name, role, profession in wanted:
        if name.lower() in found:
            continue
        password = secrets.token_urlsafe(12)
        if (name, role) in LOGIN_ACCOUNTS:
            passwords[name] = password
        found[name.lower()] = User(
            username=name,
            role=role,
            profession=profession,
            password_hash=generate_password_hash(password),
            created_at=utcnow() - timedelta(days=60),
        )
        db.session.add(found[name.lower()])
    return found, passwords


def _thread(spec: dict, categories: dict, users: dict, now) -> None:
    opened = now - timedelta(hours=spec["hours_ago"])
    thread = Thread(
        category=categories[spec["category"]],
        author=users[spec["author"].lower()],
        title=spec["title"],
        content_note=spec["content_note"],
        created_at=opened,
        last_activity_at=opened,
    )
    posts = [(spec, opened, True)] + [
        (reply, now - timedelta(hours=reply["hours_ago"]), False) for reply in spec["replies"]
    ]
    for item, when, is_opening in posts:
        post = Post(
            thread=thread,
            author=users[item["author"].lower()],
            is_opening=is_opening,
            body_md=item["body"],
            body_html=str(render(item["body"])),
            created_at=when,
            score=len(item["helpful_from"]),
        )
        db.session.add(post)
        for voter in item["helpful_from"]:
            db.session.add(Vote(post=post, user=users[voter.lower()], created_at=when))
        thread.last_activity_at = max(thread.last_activity_at, when)
    thread.reply_count = len(spec["replies"])


def _write_passwords(path: Path, passwords: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a") as f:
        for name, password in passwords.items():
            f.write(f"{name} {password}\n")
