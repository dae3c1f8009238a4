"""`forum seed-bench`: a large, realistic forum for benchmarks, written fast.

Rows are planned in Python (ids chronological, counters computed from the planned posts, so
`forum recount` finds nothing to fix) and written in bulk: executemany in batches on SQLite
(journal and fsync off while seeding), COPY on PostgreSQL. Every body is different, written by
`forum.benchtext` from clinical terms in sentence templates, so that searching it is realistic.
The search index is dropped while seeding and built once at the end from the posts, a third
faster on SQLite than its triggers' one index insert per post (4% on PostgreSQL); the page
stamps' triggers are off too, and a new epoch afterwards leaves no cached page. Members watch
the threads they wrote in and have read places there and in threads they only read, some
behind the newest post, so thread lists show unread markers.
"""

from __future__ import annotations

import secrets
import time
from array import array
from bisect import bisect_left
from collections import Counter
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import accumulate, cycle, islice
from random import Random

import click
from flask import Flask, current_app
from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool
from werkzeug.security import generate_password_hash

from . import demo_content
from .anonymity.pseudonyms import ORIGINAL_POSTER, free_pseudonym
from .benchtext import Writer
from .config import normalise_database_url
from .extensions import db
from .models import (
    Category,
    Post,
    PostStatus,
    Role,
    Thread,
    User,
    Vote,
    Watch,
    WatchLevel,
    new_public_id,
)
from .pagecache import stamps
from .search import schema
from .threads.categories import recount_categories

LONG_TITLE = "Benchmark: a long thread"
MEDIUM_TITLE = "Benchmark: a 50-reply thread"
POSTING_TITLE = "Benchmark: replies go here"  # unflagged and unlocked: the bench posts here
BATCH = 10_000
READERS = 0.5  # members with a place in a thread they never wrote in, per writer (a mean)
DAY = 86_400.0
# The columns written, in the order of the planned rows; the rest take their server defaults
# (neither COPY nor the driver's executemany applies a Python-side default).
COLUMNS = {
    User: "id username password_hash role profession created_at open_notices",
    Thread: "id public_id category_id author_id title content_note anonymous no_why_replies "
    "locked created_at last_activity_at reply_count",
    Post: "id public_id thread_id author_id is_opening anonymous pseudonym show_profession "
    "status body_md body_html created_at edited_at score",
    Vote: "id post_id user_id created_at",
    Watch: "user_id thread_id level last_read_post_id",
}
# Categories from biggest to smallest; thread counts fall off as 1/rank^1.2 (Zipf-like).
CATEGORY_RANKS = ["nursing", "medicine", "psychotherapy", "emergency", "pharmacy"]
CONTENT_NOTES = ["patient death", "suicide", "child harm", "self-harm", "medication error"]
PROFESSIONS = [a["profession"] for a in demo_content.AUTHORS if a["profession"]] + [
    "Midwife",
    "Occupational therapist",
    "Physiotherapist",
    "Call handler",
    "Mental health nurse",
]
NAME_PARTS = (
    ["night", "ward", "quiet", "rural", "locum", "agency", "community", "theatre", "triage"],
    ["nurse", "rn", "doc", "medic", "pharm", "therapist", "worker", "student", "gp", "hca"],
)
SITUATIONS = [
    "I missed a falling blood pressure",
    "I gave the right dose to the wrong patient",
    "I signed a chart I had not checked",
    "I reassured a family too early",
    "I put a new symptom down to anxiety",
    "I dispensed the wrong strength",
    "I broke a confidence I should have kept",
    "I sent a letter to the wrong address",
    "I waited too long to escalate",
    "I trusted a handover I should have questioned",
    "I forgot to restart a feed",
    "A referral I wrote never arrived",
    "I closed a case that should have stayed open",
    "I lowered the priority of a call",
    "I did not ask where he would sleep",
    "I left a line running too fast",
]
CONTEXTS = [
    "",
    " on a night shift",
    " during handover",
    " in my first month",
    " and I still think about it",
    " on a short-staffed weekend",
    " as a student",
    ", and nobody noticed for hours",
]


@dataclass(frozen=True)
class Plan:
    threads: int
    replies_per_thread: int  # the mean: reply counts are skewed, a few threads get many
    long_thread: int = 2000
    medium_thread: int = 50
    users: int | None = None  # default: one per 50 posts
    seed: int = 1

    @property
    def posts(self) -> int:
        named = self.long_thread + self.medium_thread + 3
        return self.threads * (1 + self.replies_per_thread) + named


def register_commands(app: Flask) -> None:
    @app.cli.command("seed-bench")
    @click.option("--threads", type=click.IntRange(1), default=20_000, show_default=True)
    @click.option("--replies-per-thread", type=click.IntRange(0), default=49, show_default=True)
    @click.option("--long-thread", type=click.IntRange(1), default=2000, show_default=True)
    @click.option("--medium-thread", type=click.IntRange(1), default=50, show_default=True)
    @click.option("--users", type=click.IntRange(2), help="Default: one per 50 posts.")
    @click.option("--seed", type=int, default=1, show_default=True)
    @click.option("--database-url", help="Seed this database instead of the app's.")
    @click.option("--force", is_flag=True, help="Add to a database that has content.")
    def seed_bench(threads, replies_per_thread, long_thread, medium_thread, users, seed, **kw):
        """Fill a database with a large realistic forum, for benchmarks only."""
        plan = Plan(threads, replies_per_thread, long_thread, medium_thread, users, seed)
        counts, seconds = seed_database(plan, kw["database_url"], force=kw["force"])
        listed = ", ".join(f"{n:,} {name}" for name, n in counts.items())
        click.echo(f"Seeded {listed} in {seconds:.1f} s.")


def seed_database(plan: Plan, url: str | None = None, *, force: bool = False):
    """Write `plan` into the database at `url` (default: the app's); return the row counts
    written and the seconds it took. Refuses a database with content unless `force`."""
    started = time.perf_counter()
    url = normalise_database_url(url) if url else db.engine.url
    engine = create_engine(url, poolclass=NullPool)
    try:
        if not inspect(engine).has_table("posts"):
            _migrate(str(url) if isinstance(url, str) else url.render_as_string(False))
        with engine.connect() as conn:
            if not force and conn.scalar(select(func.count()).select_from(User)):
                raise click.ClickException("The database has content; use --force to add to it.")
            seeder = _Seeder(conn, plan, current_app.config["PSEUDONYM_KEY"])
            with _fast_sqlite(conn), _search_index_built_after(conn), stamps.suspended(conn):
                counts = seeder.run()
        if engine.dialect.name == "postgresql":
            # VACUUM, as autovacuum would soon: it sets the visibility map, so counts read
            # only the index (Index Only Scan without heap fetches); ANALYZE for the planner.
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        engine.dispose()
    return counts, time.perf_counter() - started


def _migrate(url: str) -> None:
    from flask_migrate import upgrade

    from . import create_app

    other = create_app({"SQLALCHEMY_DATABASE_URI": url}, instance_path=current_app.instance_path)
    with other.app_context():
        upgrade()
        db.engine.dispose()


@contextmanager
def _fast_sqlite(conn):
    """On SQLite, no rollback journal and no fsync while seeding (a failed seed leaves a
    database to delete) and a large page cache; WAL mode comes back afterwards."""
    if conn.dialect.name != "sqlite":
        yield
        return
    conn.exec_driver_sql("PRAGMA busy_timeout=0")
    # When another connection has the database open, it stays in WAL mode.
    with suppress(OperationalError):
        conn.exec_driver_sql("PRAGMA journal_mode=OFF")
    for pragma in ("busy_timeout=5000", "synchronous=OFF", "cache_size=-1000000"):
        conn.exec_driver_sql(f"PRAGMA {pragma}")
    try:
        yield
    finally:
        conn.rollback()
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")


@contextmanager
def _search_index_built_after(conn):
    """No search index while seeding, then one built from all the posts: the same index as
    its triggers keep (`forum.search.schema.create` fills it as migration 0013 does)."""
    schema.drop(conn)
    conn.commit()
    try:
        yield
    finally:
        conn.rollback()
        schema.create(conn)
        conn.commit()


def _converted(row: tuple, convert: list) -> tuple:
    values = list(row)
    for i, process in convert:
        values[i] = process(values[i])
    return tuple(values)


class _Seeder:
    def __init__(self, conn, plan: Plan, key: bytes):
        self.conn, self.plan, self.key = conn, plan, key
        self.rng = Random(plan.seed)
        self.now = time.time() - 60
        self.start = self.now - 3 * 365 * DAY
        self.ids = {
            model: conn.scalar(select(func.coalesce(func.max(model.id), 0)))
            for model in (User, Thread, Post, Vote)
        }

    def run(self) -> dict[str, int]:
        categories = self._categories()
        users = self._users()
        threads, events = self._plan_threads(categories, len(users))
        first_user = self.ids[User] + 1
        self._write(Thread, (self._thread_row(t, first_user) for t in threads))
        votes: list[tuple] = []
        posted = [array("q") for _ in threads]  # each thread's post ids, oldest first
        wrote: list[dict[int, int]] = [{} for _ in threads]  # writer -> their last post there
        self._write(Post, self._posts(threads, users, events, votes, (posted, wrote)))
        self._write(Vote, votes)
        watches = self._write(Watch, self._watches(threads, posted, wrote))
        self._finish()
        return {
            "users": len(users),
            "categories": len(categories),
            "threads": len(threads),
            "posts": len(events),
            "votes": len(votes),
            "watches": watches,
        }

    # --- writing ---------------------------------------------------------------------

    def _write(self, model, rows) -> int:
        """Insert tuples in the table's column order: COPY on PostgreSQL, else executemany.
        Return how many."""
        table, names, written = model.__table__, COLUMNS[model].split(), 0
        if self.conn.dialect.name == "postgresql":
            cursor = self.conn.connection.dbapi_connection.cursor()
            with cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    written += 1
        else:
            # Values go to the driver through their column type's own conversion (datetimes
            # to SQLite's text) and nothing else: faster than the statement's parameter
            # handling, which builds a dict and processes every value of every row.
            dialect = self.conn.dialect
            convert = [
                (i, process)
                for i, name in enumerate(names)
                if (process := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
            ]
            marks = ", ".join("?" for _ in names)
            insert = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
            rows = iter(rows)
            while batch := list(islice(rows, BATCH)):
                if convert:
                    batch = [_converted(row, convert) for row in batch]
                self.conn.exec_driver_sql(insert, batch)
                written += len(batch)
        self.conn.commit()
        return written

    def _finish(self) -> None:
        recount_categories(self.conn)
        self.conn.commit()
        if self.conn.dialect.name == "postgresql":
            for model in (Category, User, Thread, Post, Vote):
                name = model.__tablename__
                self.conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {name}))"
                )
            self.conn.commit()

    # --- planning --------------------------------------------------------------------

    def _categories(self) -> list[int]:
        """Category ids from biggest to smallest, creating the demo categories missing."""
        found = dict(self.conn.execute(select(Category.slug, Category.id)).all())
        position = self.conn.scalar(select(func.coalesce(func.max(Category.position), 0)))
        for spec in demo_content.CATEGORIES:
            if spec["slug"] not in found:
                position += 1
                values = {**spec, "position": position}
                found[spec["slug"]] = self.conn.execute(
                    Category.__table__.insert().values(values).returning(Category.id)
                ).scalar_one()
        self.conn.commit()
        ranked = [s for s in CATEGORY_RANKS if s in found]
        return [found[s] for s in ranked] + [i for s, i in found.items() if s not in ranked]

    def _users(self) -> list[bool]:
        """Write the accounts; return whether each has a profession label."""
        rng, first = self.rng, self.ids[User] + 1
        count = self.plan.users or max(10, self.plan.posts // 50)
        # Nobody can log in as a seeded account: one hash of a password thrown away.
        password_hash = generate_password_hash(secrets.token_urlsafe(16))
        rows, labelled = [], []
        for n in range(count):
            user_id = first + n
            role = Role.ADMIN if n == 0 else Role.MODERATOR if n % 2000 == 1 else Role.MEMBER
            profession = rng.choice(PROFESSIONS) if rng.random() < 0.6 else None
            prefix, suffix = rng.choice(NAME_PARTS[0]), rng.choice(NAME_PARTS[1])
            username = f"{prefix}{rng.choice('._-')}{suffix}{user_id}"
            joined = self._at(self.start - rng.uniform(0, 365 * DAY))
            rows.append((user_id, username, password_hash, role.value, profession, joined, 0))
            labelled.append(profession is not None)
        self._write(User, rows)
        return labelled

    def _plan_threads(self, categories: list[int], users: int):
        """Threads (dicts) and every post as (time, thread index, kind), oldest first; kind is
        0 for the opening post, 1 for a published reply, 2 for a reply its author deleted."""
        rng, plan = self.rng, self.plan
        sizes = list(accumulate(1 / rank**1.2 for rank in range(1, len(categories) + 1)))
        # Reply counts with a long tail (log-normal weights), summing to exactly the plan's.
        weights = list(accumulate(rng.lognormvariate(0, 1) for _ in range(plan.threads)))
        total = plan.threads * plan.replies_per_thread
        counts = Counter(rng.choices(range(plan.threads), cum_weights=weights, k=total))
        specs = [
            (None, counts[i], rng.uniform(self.start, self.now - 3600), 7 * DAY)
            for i in range(plan.threads)
        ]
        specs += [
            (LONG_TITLE, plan.long_thread, self.now - 120 * DAY, 120 * DAY),
            (MEDIUM_TITLE, plan.medium_thread, self.now - 3 * DAY, 3 * DAY),
            (POSTING_TITLE, 2, self.now - DAY, DAY),
        ]
        threads, events = [], []
        for title, replies, created, span in sorted(specs, key=lambda s: s[2]):
            index, regular = len(threads), title is None
            span = min(rng.expovariate(1 / span) if regular else span, self.now - created)
            times = sorted(created + 60 + rng.uniform(0, max(span - 60, 1)) for _ in range(replies))
            kinds = [2 if regular and rng.random() < 0.005 else 1 for _ in times]
            events.append((created, index, 0))
            events += [(ts, index, kind) for ts, kind in zip(times, kinds, strict=True)]
            category = bisect_left(sizes, rng.random() * sizes[-1]) if regular else 0
            threads.append(
                {
                    "title": title or rng.choice(SITUATIONS) + rng.choice(CONTEXTS),
                    "category": categories[category],
                    "author": rng.randrange(users),
                    "anonymous": rng.random() < 0.65,
                    "flagged": regular and rng.random() < 0.7,
                    "locked": regular and rng.random() < 0.005,
                    "note": rng.choice(CONTENT_NOTES) if rng.random() < 0.1 else None,
                    "created": created,
                    "last": times[-1] if times else created,
                    "replies": kinds.count(1),
                }
            )
        events.sort()
        return threads, events

    def _thread_row(self, t: dict, first_user: int) -> tuple:
        t["id"] = self.ids[Thread] = self.ids[Thread] + 1
        return (
            t["id"],
            new_public_id(),
            t["category"],
            first_user + t["author"],
            t["title"],
            t["note"],
            t["anonymous"],
            t["flagged"],
            t["locked"],
            self._at(t["created"]),
            self._at(t["last"]),
            t["replies"],
        )

    def _posts(self, threads, labelled, events, votes, written):
        """Post rows in id order; fills `votes` with the helpful votes they got, and
        `written` (posted, wrote) with each thread's post ids and position of each writer's
        last post among them."""
        rng, first_user = self.rng, self.ids[User] + 1
        bodies = Writer(self.plan.seed)
        users = len(labelled)
        # A few members write much more than most (Zipf-like, in a shuffled order).
        activity = list(accumulate(1 / rank**0.6 for rank in range(1, users + 1)))
        order = list(range(users))
        rng.shuffle(order)
        self.active = order, activity  # the same members read the most
        authors = iter(rng.choices(order, cum_weights=activity, k=len(events)))
        posted, wrote = written
        names: dict[int, dict[int, str | None]] = {}  # thread -> writer -> pseudonym or None
        for ts, index, kind in events:
            thread = threads[index]
            writer = thread["author"] if kind == 0 or rng.random() < 0.1 else next(authors)
            chosen = names.setdefault(index, {})
            if writer not in chosen:
                if writer == thread["author"]:
                    chosen[writer] = ORIGINAL_POSTER if thread["anonymous"] else None
                elif rng.random() < 0.25:
                    taken = [n for n in chosen.values() if n]
                    account = first_user + writer
                    chosen[writer] = free_pseudonym(self.key, thread["id"], account, taken)
                else:
                    chosen[writer] = None
            name = chosen[writer]
            post_id = self.ids[Post] = self.ids[Post] + 1
            wrote[index][writer] = len(posted[index])
            posted[index].append(post_id)
            created, score, edited = self._at(ts), 0, None
            if kind == 2:
                status, md, html, edited = PostStatus.DELETED, "", "", self._at(ts + 3600)
            else:
                status = PostStatus.PUBLISHED
                md, html = bodies.reply() if kind else bodies.story()
                if rng.random() < (0.6 if kind == 0 else 0.15):
                    score = self._vote(votes, post_id, first_user, writer, users, ts)
                if rng.random() < 0.03:
                    edited = self._at(ts + rng.uniform(60, DAY))
            show = name is not None and labelled[writer] and rng.random() < 0.1
            yield (
                post_id,
                new_public_id(),
                thread["id"],
                first_user + writer,
                kind == 0,
                name is not None,
                name,
                show,
                status.value,
                md,
                html,
                created,
                edited,
                score,
            )

    def _watches(self, threads, posted, wrote):
        """Watch rows, thread by thread. Writers watch (the automatic watch; a few chose normal
        or muted since) with a place at or after their last post; members who only read have
        a place and rarely a level. Half of the places are at the newest post, the others
        behind it, so thread lists show unread markers."""
        rng, first_user = self.rng, self.ids[User] + 1
        order, activity = self.active
        readers = cycle(rng.choices(order, cum_weights=activity, k=10_007))
        watching, normal, muted = (level.value for level in WatchLevel)
        for thread, ids, writers in zip(threads, posted, wrote, strict=True):
            newest = len(ids) - 1
            for writer, last in writers.items():
                r = rng.random()
                level = muted if r < 0.01 else normal if r < 0.04 else watching
                r = rng.random()
                place = newest if r < 0.5 else last + int((r - 0.5) * 2 * (newest + 1 - last))
                yield first_user + writer, thread["id"], level, ids[place]
            read = set(writers)
            for reader in islice(readers, int(rng.expovariate(1 / (READERS * len(writers))))):
                if reader not in read:
                    read.add(reader)
                    r = rng.random()
                    place = newest if r < 0.5 else int((r - 0.5) * 2 * (newest + 1))
                    level = watching if r < 0.05 else None
                    yield first_user + reader, thread["id"], level, ids[place]

    def _vote(self, votes, post_id, first_user, writer, users, ts) -> int:
        rng = self.rng
        voters = {v for v in rng.sample(range(users), min(users, rng.randint(1, 8))) if v != writer}
        for voter in voters:
            self.ids[Vote] += 1
            votes.append((self.ids[Vote], post_id, first_user + voter, self._at(ts + 600)))
        return len(voters)

    @staticmethod
    def _at(ts: float) -> datetime:
        return datetime.fromtimestamp(ts, UTC)
