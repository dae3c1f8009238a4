"""Time posting a reply (forum.threads.services.create_reply, in process) in a thread nobody
else watches against one that 1,000 members watch, in alternating runs (issue 11: within 2x).

Run from the repository root: ``python bench/notify_fanout.py [--replies 200]
[--watchers 1000] [--posts 100000] [--database-url URL]``. Without a URL it builds a
temporary SQLite file database with the app's migrations and deletes it afterwards; a URL
names an empty PostgreSQL (or SQLite) database to migrate and fill, left as it is after the
run. The database first gets a forum of `--posts` posts from `forum seed-bench` (with its
watch rows), so that statements which read more than they should show it.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import event, func, insert, select  # noqa: E402
from timing import summary  # noqa: E402
from werkzeug.security import generate_password_hash  # noqa: E402

from forum import create_app  # noqa: E402
from forum.benchdata import Plan, seed_database  # noqa: E402
from forum.config import normalise_database_url  # noqa: E402
from forum.extensions import db  # noqa: E402
from forum.models import (  # noqa: E402
    Category,
    MailMode,
    Notification,
    OutboxMail,
    Thread,
    User,
    Watch,
    WatchLevel,
    utcnow,
)
from forum.threads.services import create_reply, create_thread  # noqa: E402

FORM_PASSWORD = "bench password, long enough"
REPLY = (
    "Something similar happened to me on a night shift. I kept going over it for weeks, and "
    "what helped was talking it through with the charge nurse the next day. Reply {}."
)
# Members with a place in the busy thread who do not watch it, on top of the watchers:
# (level, how many). Their rows are read by the fan-out's index scan and skipped.
BYSTANDERS = [(WatchLevel.NORMAL, 100), (WatchLevel.MUTED, 20), (None, 200)]


def mail_settings(n: int) -> dict:
    """The n-th watcher's address and reply mail, in tens: 3 confirmed and mailed at once
    (outbox rows), 1 by daily digest, 1 mail off, 1 address not confirmed, 4 no address."""
    group, now = n % 10, utcnow()
    if group >= 6:
        return {"email": None, "email_confirmed_at": None, "mail_reply": MailMode.NOW}
    confirmed = None if group == 5 else now - timedelta(days=n % 300)
    mode = {3: MailMode.DIGEST, 4: MailMode.OFF}.get(group, MailMode.NOW)
    return {"email": f"watcher{n}@example.org", "email_confirmed_at": confirmed, "mail_reply": mode}


def fill(watchers: int) -> tuple[int, int, int]:
    """The poster, a quiet thread (only the poster watches it) and a busy one (the poster,
    `watchers` members watching and the BYSTANDERS); return their ids."""
    bystanders = sum(n for _, n in BYSTANDERS)
    rows = [{"username": "fanout_poster", "password_hash": "!"}]  # nobody logs in
    rows += [
        {"username": f"fanout{n}", "password_hash": "!", **mail_settings(n)}
        for n in range(watchers + bystanders)
    ]
    before = db.session.scalar(select(func.coalesce(func.max(User.id), 0)))
    db.session.execute(insert(User), rows)
    category = Category(slug="fanout", name="Fan-out", description="Benchmark")
    db.session.add(category)
    db.session.commit()
    ids = db.session.scalars(select(User.id).where(User.id > before).order_by(User.id)).all()
    poster = db.session.get(User, ids[0])
    threads = [
        create_thread(
            poster, category_id=category.id, title=title, body=REPLY.format(0), anonymous=False
        ).thread_id
        for title in ("A thread nobody else watches", f"A thread {watchers:,} members watch")
    ]
    levels = [WatchLevel.WATCHING] * watchers + [lvl for lvl, n in BYSTANDERS for _ in range(n)]
    db.session.execute(
        insert(Watch),
        [
            {"user_id": user_id, "thread_id": threads[1], "level": level}
            for user_id, level in zip(ids[1:], levels, strict=True)
        ],
    )
    db.session.commit()
    return poster.id, threads[0], threads[1]


def newest_ids() -> tuple[int, int]:
    return (
        db.session.scalar(select(func.coalesce(func.max(Notification.id), 0))),
        db.session.scalar(select(func.coalesce(func.max(OutboxMail.id), 0))),
    )


def reply(poster_id: int, thread_id: int, n: int, statements: list) -> tuple[float, int, int, int]:
    """Post one reply; return its milliseconds, the statements it ran and the notification and
    outbox rows it wrote (each notification also bumps its member's unread counter). The
    thread and the poster are loaded first, untimed, as a request's view and login would."""
    thread = db.session.get(Thread, thread_id, populate_existing=True)
    poster = db.session.get(User, poster_id, populate_existing=True)
    before = newest_ids()
    statements.clear()
    began = time.perf_counter()
    create_reply(thread, poster, REPLY.format(n), anonymous=False)
    elapsed = (time.perf_counter() - began) * 1000
    ran = len(statements)
    after = newest_ids()
    return elapsed, ran, after[0] - before[0], after[1] - before[1]


def form_poster(app, poster_id: int):
    """A logged-in test client for the poster, to post through the reply form."""
    poster = db.session.get(User, poster_id)
    poster.password_hash = generate_password_hash(FORM_PASSWORD)
    db.session.commit()
    client = app.test_client()
    response = client.post("/login", data={"username": poster.username, "password": FORM_PASSWORD})
    assert response.status_code == 302, "the poster could not log in"
    return client


def reply_by_form(client, poster_id: int, thread_id: int, n: int, statements: list):
    """Post one reply the way a member does: the reply form's POST (form parsing, the guard,
    the identifying-details check, rendering, the service, the redirect)."""
    key = db.session.scalar(select(Thread.public_id).where(Thread.id == thread_id))
    before = newest_ids()
    statements.clear()
    began = time.perf_counter()
    response = client.post(
        f"/t/{key}/reply",
        data={"identity": "named", "body": REPLY.format(n), "form_token": f"bench-{thread_id}-{n}"},
    )
    elapsed = (time.perf_counter() - began) * 1000
    assert response.status_code == 302, response.status_code
    ran = len(statements)
    after = newest_ids()
    return elapsed, ran, after[0] - before[0], after[1] - before[1]


def measure(replies: int, watchers: int, client=None) -> None:
    poster_id, quiet, busy = fill(watchers)
    post = reply
    if client is not None:
        client = form_poster(client, poster_id)
        post = functools.partial(reply_by_form, client)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    arms = {"0 watchers": quiet, f"{watchers:,} watchers": busy}
    runs = {name: [] for name in arms}
    for n in range(5):  # warm up: caches, code paths, the database's pages
        for thread_id in arms.values():
            post(poster_id, thread_id, -n - 1, statements)
    load = os.getloadavg()[0]
    for n in range(replies):  # A/B, then B/A: neither arm always goes first
        for name in arms if n % 2 == 0 else reversed(arms):
            runs[name].append(post(poster_id, arms[name], n, statements))
    groups = [n % 10 for n in range(watchers)]
    mailed, digest = sum(g < 3 for g in groups), groups.count(3)
    how = "through the reply form" if client is not None else "create_reply"
    print(
        f"{db.engine.dialect.name}, {how}, {replies} replies in each thread, alternating; "
        f"{watchers:,} watchers ({mailed:,} mailed at once, {digest:,} by digest, the rest "
        f"in the forum only) and {sum(n for _, n in BYSTANDERS)} members with a place who do "
        f"not watch. Load average {load:.1f} → {os.getloadavg()[0]:.1f}."
    )
    medians, p95s = {}, {}
    for name, results in runs.items():
        times = sorted(r[0] for r in results)
        medians[name] = statistics.median(times)
        p95s[name] = times[min(len(times) - 1, int(len(times) * 0.95))]
        ran, notified, queued = (sorted({r[i] for r in results}) for i in (1, 2, 3))
        print(f"  {name}: {summary(times)}")
        print(
            f"    a reply: {_span(ran)} statements, {_span(notified)} notifications, "
            f"{_span(queued)} outbox rows"
        )
    quiet_name, busy_name = arms
    print(
        f"  ratio {busy_name} / 0 watchers: median {medians[busy_name] / medians[quiet_name]:.2f}x"
        f", p95 {p95s[busy_name] / p95s[quiet_name]:.2f}x (aim: within 2x)"
    )


def _span(values: list[int]) -> str:
    return f"{values[0]:,}" if len(values) == 1 else f"{values[0]:,}–{values[-1]:,}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replies", type=int, default=200, help="timed replies per thread")
    parser.add_argument("--watchers", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=100_000, help="seeded first (0: none)")
    parser.add_argument("--database-url", help="an empty database (default: a temporary file)")
    parser.add_argument(
        "--form", action="store_true", help="post through the reply form, as a member does"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fanout-") as scratch:
        url = args.database_url or f"sqlite:///{scratch}/fanout.sqlite3"
        config = {
            "SQLALCHEMY_DATABASE_URI": normalise_database_url(url),
            "SECRET_KEY": "bench",
            "WTF_CSRF_ENABLED": False,  # the form's token is not what is measured
            "RATELIMIT_ENABLED": False,
        }
        app = create_app(config, instance_path=scratch)
        with app.app_context():
            upgrade()
            if db.session.scalar(select(func.count()).select_from(User)):
                sys.exit("notify_fanout: the database has content; give it an empty one.")
            if args.posts:
                plan = Plan(threads=max(1, args.posts // 50), replies_per_thread=49)
                counts, seconds = seed_database(plan, config["SQLALCHEMY_DATABASE_URI"])
                print(
                    f"Seeded {counts['posts']:,} posts, {counts['watches']:,} watches "
                    f"in {seconds:.0f} s."
                )
            try:
                measure(args.replies, args.watchers, app if args.form else None)
            finally:
                db.session.remove()
                db.engine.dispose()


if __name__ == "__main__":
    main()
