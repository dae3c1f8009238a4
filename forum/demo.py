"""`forum seed-demo`: demo categories, accounts and threads. Running it again adds only
what is missing, so it is safe on a database that already has the demo."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from flask import current_app
from sqlalchemy import select
from werkzeug.security import generate_password_hash

from . import demo_content
from .anonymity.pseudonyms import ORIGINAL_POSTER, free_pseudonym
from .extensions import db
from .models import (
    Category,
    HeldBecause,
    Post,
    PostStatus,
    Report,
    ReportReason,
    Role,
    Thread,
    User,
    Vote,
    utcnow,
)
from .pages.support import write_default as write_default_support
from .rendering import render
from .threads.categories import recount_categories

LOGIN_ACCOUNTS = (("admin", Role.ADMIN), ("moderator", Role.MODERATOR), ("member", Role.MEMBER))
PASSWORD_FILE = "demo-accounts.txt"


def seed(instance_path: str, echo: Callable[[str], None] = print) -> None:
    now = utcnow()
    categories = _categories()
    users, passwords = _users()
    db.session.flush()  # account ids, for the pseudonyms
    made = 0
    existing = set(db.session.scalars(select(Thread.title)))
    for spec in demo_content.THREADS:
        if spec["title"] in existing:
            continue
        thread = _thread(spec, categories, users, now)
        made += 1
        if spec is demo_content.THREADS[0]:
            _queue_examples(thread, users, now)
    db.session.flush()
    recount_categories()
    db.session.commit()
    if passwords:
        _write_passwords(Path(instance_path) / PASSWORD_FILE, passwords)
    echo(f"Demo data: {len(categories)} categories, {made} new threads.")
    support = write_default_support(current_app)
    if support:
        echo(f"The support page's text is in {support}: fill in its [Operator: …] lines.")
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


def _thread(spec: dict, categories: dict, users: dict, now) -> Thread:
    """One demo thread. Stories are anonymous unless the spec says otherwise; the author's own
    replies follow the story's choice, and every third other reply is anonymous too."""
    opened = now - timedelta(hours=spec["hours_ago"])
    opener = users[spec["author"].lower()]
    thread = Thread(
        category=categories[spec["category"]],
        author=opener,
        title=spec["title"],
        content_note=spec["content_note"],
        anonymous=spec.get("anonymous", True),
        no_why_replies=spec.get("no_why_replies", True),
        created_at=opened,
        last_activity_at=opened,
    )
    db.session.add(thread)
    db.session.flush()  # ids for the pseudonyms
    posts = [(spec, opened, True, thread.anonymous)] + [
        (
            reply,
            now - timedelta(hours=reply["hours_ago"]),
            False,
            thread.anonymous if reply["author"] == spec["author"] else n % 3 == 2,
        )
        for n, reply in enumerate(spec["replies"])
    ]
    names: dict[int, str] = {}
    for item, when, is_opening, anonymous in posts:
        author = users[item["author"].lower()]
        post = Post(
            thread=thread,
            author=author,
            is_opening=is_opening,
            body_md=item["body"],
            body_html=str(render(item["body"])),
            created_at=when,
            score=len(item["helpful_from"]),
            helped_author=item.get("helped_author", False),
            anonymous=anonymous,
            pseudonym=_demo_name(thread, author, names) if anonymous else None,
        )
        db.session.add(post)
        for voter in item["helpful_from"]:
            db.session.add(Vote(post=post, user=users[voter.lower()], created_at=when))
        thread.last_activity_at = max(thread.last_activity_at, when)
    thread.reply_count = len(spec["replies"])
    return thread


def _queue_examples(thread: Thread, users: dict, now) -> None:
    """Something in the moderators' queue: a reply the guard stopped that its writer sent to
    the moderators, and a member's report of another reply."""
    held = Post(
        thread=thread,
        author=users[demo_content.HELD_REPLY["author"]],
        body_md=demo_content.HELD_REPLY["body"],
        body_html=str(render(demo_content.HELD_REPLY["body"])),
        created_at=now - timedelta(hours=2),
        status=PostStatus.HELD,
        held_because=HeldBecause.GUARD,
        held_at=now - timedelta(hours=2),
    )
    db.session.add(held)
    db.session.flush()
    reported = db.session.scalars(
        select(Post).where(Post.thread_id == thread.id, ~Post.is_opening).order_by(Post.id)
    ).first()
    db.session.add(
        Report(
            post=reported,
            reporter_id=users["member"].id,
            reason=ReportReason.OTHER,
            note=demo_content.REPORT_NOTE,
            created_at=now - timedelta(hours=1),
        )
    )


def _demo_name(thread: Thread, author: User, names: dict[int, str]) -> str:
    """The writer's name in the thread, as forum.anonymity.names would give it."""
    if thread.anonymous and author.id == thread.author_id:
        return ORIGINAL_POSTER
    if author.id not in names:
        key = current_app.config["PSEUDONYM_KEY"]
        names[author.id] = free_pseudonym(key, thread.id, author.id, names.values())
    return names[author.id]


def _write_passwords(path: Path, passwords: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a") as f:
        for name, password in passwords.items():
            f.write(f"{name} {password}\n")
