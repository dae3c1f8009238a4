"""Eight members vote and reply in one thread at the same time for a few seconds, and nothing
is lost: every vote row is in a score, every reply answered 302 is stored and counted, and
the thread's last activity is its latest post, never earlier, even for a moment.

The app runs in a real server (werkzeug, a thread per request) and the members are HTTP
clients, each in its own thread. Test clients in threads would also give each request its own
app context, session and connection; the server adds what production has and they lack: a
request handled on a thread that is not its client's, cookies over HTTP, and no test-client
machinery (the test's pushed app context, context preservation) between the requests.
SQLite by default; PostgreSQL when FORUM_TEST_DATABASE_URL is set.

On SQLite, the writes wait for each other through busy_timeout alone: pysqlite begins a
transaction at its first INSERT/UPDATE/DELETE, so the two services' transactions start by
writing and never turn a read into a write (which SQLite refuses at once, busy_timeout or
not). Reading inside a transaction before writing would break that, and this test with it.
"""

from __future__ import annotations

import http.client
import random
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest
from flask import got_request_exception
from sqlalchemy import func, select
from werkzeug.serving import WSGIRequestHandler, make_server

from forum.extensions import db
from forum.models import Post, PostStatus, Thread, Vote
from forum.threads import services, votes
from tests.conftest import PASSWORD

WORKERS = 8
SECONDS = 3.0
REPLY_SHARE = 0.3  # the rest of the requests are votes
REPLIES = [
    "Something similar happened to me once, and talking about it helped.",
    "Thank you for writing this down; it stays with me too.",
    "I made the same kind of mistake and learned to ask for help sooner.",
    "Reading this made me check how our team hands over at night.",
]


class _QuietHandler(WSGIRequestHandler):
    """No access log line per request; errors are still logged."""

    def log_request(self, *args, **kwargs):
        pass


@dataclass(frozen=True)
class Live:
    port: int
    errors: list[str]  # exceptions the app raised while handling a request


@pytest.fixture
def live(make_app, app):
    """The app served on a free port of 127.0.0.1 over the test database, with its own engine
    (so its own connection pool), CSRF off and no rate limits. Exceptions get the app's 500
    page, as in production, and are recorded."""
    served = make_app(RATELIMIT_ENABLED=False, PROPAGATE_EXCEPTIONS=False)
    errors: list[str] = []

    def record(sender, exception, **extra):
        errors.append(f"{type(exception).__name__}: {exception}")

    got_request_exception.connect(record, served)
    server = make_server("127.0.0.1", 0, served, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, name="debrief-live", daemon=True)
    thread.start()
    try:
        yield Live(port=server.server_port, errors=errors)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        got_request_exception.disconnect(record, served)


class Member:
    """One member's browser: its own cookies, one request at a time, redirects not followed."""

    def __init__(self, port: int, username: str):
        self.port, self.username, self.cookies = port, username, {}

    def post(self, path: str, data: dict) -> tuple[int, str]:
        """POST a form; return the status and the Location header ("" if none)."""
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("POST", path, urlencode(data), headers)
            response = connection.getresponse()
            response.read()
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, response.getheader("Location") or ""
        finally:
            connection.close()


@dataclass(frozen=True)
class Sent:
    kind: str  # "reply" or "vote"
    status: int
    post_key: str | None = None  # the post voted on, or the reply made (from its Location)
    helpful: bool | None = None


def _work(member: Member, me: int, thread_key: str, posts: list, start: threading.Barrier, seed):
    """Log in, then for SECONDS reply or vote (helpful or taken back) on others' posts."""
    rng = random.Random(seed)
    status, _ = member.post("/login", {"username": member.username, "password": PASSWORD})
    if status != 302:
        start.abort()  # the others stop waiting
    assert status == 302, f"{member.username} could not log in ({status})"
    start.wait(timeout=30)
    sent: list[Sent] = []
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        if rng.random() < REPLY_SHARE:
            form = {
                "body": rng.choice(REPLIES),
                "identity": "named",
                "form_token": secrets.token_urlsafe(16),
            }
            status, location = member.post(f"/t/{thread_key}/reply", form)
            made = location.rsplit("/", 1)[1] if status == 302 else None
            sent.append(Sent("reply", status, made))
            if made:
                posts.append((made, me))  # list.append is atomic: others may vote on it now
        else:
            post_key = rng.choice([post_key for post_key, author in posts if author != me])
            helpful = rng.random() < 0.6
            status, _ = member.post(f"/p/{post_key}/vote", {"helpful": "1" if helpful else "0"})
            sent.append(Sent("vote", status, post_key, helpful))
    return sent


def _watch(app, thread_id: int, stop: threading.Event) -> list:
    """The thread's last activity as one more connection sees it, read until `stop`."""
    seen = []
    with app.app_context():
        while not stop.is_set():
            seen.append(
                db.session.scalar(select(Thread.last_activity_at).where(Thread.id == thread_id))
            )
            db.session.rollback()
            time.sleep(0.002)
        db.session.remove()
    return seen


def test_eight_members_voting_and_replying_at_once_lose_nothing(live, app, make_thread, make_user):
    thread = make_thread(replies=3)
    thread_id, thread_key = thread.id, thread.public_id
    members = [make_user() for _ in range(WORKERS)]
    user_ids = [m.id for m in members]
    clients = [Member(live.port, m.username) for m in members]
    opening, *first = db.session.scalars(
        select(Post.public_id)
        .where(Post.thread_id == thread_id)
        .order_by(~Post.is_opening, Post.id)
    )
    posts = [(post_key, None) for post_key in [opening, *first]]  # (post, worker who wrote it)
    db.session.remove()

    start, stop = threading.Barrier(WORKERS), threading.Event()
    with ThreadPoolExecutor(max_workers=WORKERS + 1) as pool:
        watcher = pool.submit(_watch, app, thread_id, stop)
        futures = [
            pool.submit(_work, client, i, thread_key, posts, start, 1000 + i)
            for i, client in enumerate(clients)
        ]
        try:
            sent = [f.result() for f in futures]
        finally:
            stop.set()
        seen = watcher.result()

    everything = [s for worker in sent for s in worker]
    replies = [s for s in everything if s.kind == "reply"]
    cast = [s for s in everything if s.kind == "vote"]
    assert live.errors == []
    assert [s for s in everything if s.status >= 500] == []
    assert {s.status for s in replies} == {302}
    assert {s.status for s in cast} == {302}

    # What the members were told, read back through a fresh session.
    in_thread = Post.thread_id == thread_id
    stored = set(
        db.session.scalars(
            select(Post.public_id).where(
                in_thread, ~Post.is_opening, Post.status == PostStatus.PUBLISHED
            )
        )
    )
    made = {s.post_key for s in replies}
    assert len(made) == len(replies)
    assert stored == made | set(first)
    assert db.session.get(Thread, thread_id).reply_count == len(stored)

    # Each member's last vote on a post is what stays.
    last_vote = {}
    for i, worker in enumerate(sent):
        for s in worker:
            if s.kind == "vote":
                last_vote[s.post_key, user_ids[i]] = s.helpful
    expected = {key for key, helpful in last_vote.items() if helpful}
    rows = db.session.execute(
        select(Post.public_id, Vote.user_id).join(Post).where(in_thread)
    ).all()
    assert {tuple(row) for row in rows} == expected
    counted = dict(
        db.session.execute(
            select(Post.id, func.count(Vote.id)).outerjoin(Vote).where(in_thread).group_by(Post.id)
        ).all()
    )
    scores = dict(db.session.execute(select(Post.id, Post.score).where(in_thread)).all())
    assert scores == counted

    latest = db.session.scalar(
        select(func.max(Post.created_at)).where(in_thread, Post.status == PostStatus.PUBLISHED)
    )
    assert db.session.get(Thread, thread_id).last_activity_at == latest
    assert seen == sorted(seen), "the thread's last activity went back in time"

    assert services.recount_all_threads() == 0
    assert votes.recount_scores() == 0
