"""HTTP benchmark (`make bench`): the forum under gunicorn on a 1,000,000-post database, page by
page, against a bare Flask app serving a page of the same size under the same gunicorn settings.

Environment: BENCH_POSTS (default 1,000,000), BENCH_SECONDS per run (10), BENCH_DATABASE_URL
(repeat on that PostgreSQL database), BENCH_WORKER_CLASS (sync) and BENCH_THREADS (4, for gthread),
BENCH_CACHE_URL (the page cache in that Redis; by default each worker's memory, as `make run`),
BENCH_SQLITE=0 (PostgreSQL alone).
Databases are seeded once per size under bench/.data/ and reused; see bench/README.md.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import loadgen
from flask.testing import FlaskClient
from sqlalchemy import create_engine, delete, event, func, insert, inspect, select, update

from forum import create_app
from forum.anonymity.identifiers import scan
from forum.auth.services import create_user, get_user_by_username
from forum.benchdata import LONG_TITLE, MEDIUM_TITLE, POSTING_TITLE
from forum.config import normalise_database_url
from forum.extensions import db
from forum.models import (
    Category,
    Notification,
    OutboxMail,
    PageStamps,
    Post,
    Thread,
    User,
    Watch,
    WatchLevel,
)
from forum.pagecache import stamps
from forum.threads.queries import thread_list
from forum.threads.services import recount_thread

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
RESULTS = ROOT / "bench" / "results"
BIN = Path(sys.executable).parent
POSTS = int(os.environ.get("BENCH_POSTS", "1000000"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "10"))
# sync, not gthread: a gthread worker accepts keep-alive connections up to 1,000, so one worker
# took all 8 of wrk's and the other idled (see bench/README.md).
WORKER_CLASS = os.environ.get("BENCH_WORKER_CLASS", "sync")
THREADS = int(os.environ.get("BENCH_THREADS", "4"))
CACHE_URL = os.environ.get("BENCH_CACHE_URL", "")
# Where a redirect leads: /t/ or /p/ and a public id, as a pattern both Lua and Python read.
PUBLIC_ID_URL = "/{}/[a-z2-7]+"
WORKERS, CONNECTIONS = 2, 8
# The bench account's front page, with places in most of its threads, several behind.
UNREAD_PAGE = "front page, logged in, unread markers"
CONDITIONAL = "long thread, page 1, If-None-Match (304)"
USER, PASSWORD = "bench_poster", "bench-only-password-" + "x" * 8
REPLY = (
    "Something similar happened to me on a night shift, and talking it through with a "
    "colleague the next day helped more than I expected. Note"
)


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    wrk = loadgen.find_wrk()
    print(f"Load: {'wrk' if wrk else 'Python client'}, {CONNECTIONS} connections, {SECONDS:g} s")
    print(f"gunicorn: {WORKERS} workers, {WORKER_CLASS}" + _threads_note())
    print(f"Page cache: {_cache_note()}")
    tiny_url = _sqlite_url("tiny")
    _prepare(tiny_url, ["--threads", "20", "--replies-per-thread", "5", "--long-thread", "65"])
    engines = [("SQLite", _sqlite_url(POSTS))] if os.environ.get("BENCH_SQLITE") != "0" else []
    if os.environ.get("BENCH_DATABASE_URL"):
        engines.append(("PostgreSQL", os.environ["BENCH_DATABASE_URL"]))
    tiny = _in_process(tiny_url, lambda app: _query_counts(app, _targets(app)))
    for name, url in engines:
        seeded = _prepare(
            url, ["--threads", str(max(1, POSTS // 50)), "--replies-per-thread", "49"]
        )
        _bench(name, url, seeded, tiny, wrk)


def _threads_note() -> str:
    return f", {THREADS} threads each" if WORKER_CLASS == "gthread" else ""


def _cache_note() -> str:
    return f"Redis ({CACHE_URL})" if CACHE_URL else "each worker's memory (as `make run`)"


# --- databases -------------------------------------------------------------------------


def _sqlite_url(size) -> str:
    return f"sqlite:///{DATA / f'bench-{size}.sqlite3'}"


def _key() -> str:
    path = DATA / "pseudonym_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
    return path.read_text().strip()


def _env(url: str) -> dict[str, str]:
    """A production-like environment: secrets from the environment, no debug. The reply limit
    (10 a minute per member) is raised so that one member can post for the whole run."""
    return {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": secrets.token_hex(32),
        "FORUM_PSEUDONYM_KEY": _key(),
        "FORUM_LIMIT_REPLY": "1000000 per minute",
        "FLASK_DEBUG": "0",
        "FORUM_CACHE_HEADER": "1",  # X-Cache: hit or miss, counted by the load generator
        "FORUM_CACHE_URL": CACHE_URL,
    }


def _prepare(url: str, options: list[str]) -> str | None:
    """Seed the database unless it already holds a complete seed; return the seed's report."""
    engine = create_engine(normalise_database_url(url))
    done = Path(url.removeprefix("sqlite:///") + ".done") if url.startswith("sqlite") else None
    with engine.connect() as conn:
        seeded = inspect(conn).has_table("posts") and conn.scalar(
            select(func.count()).select_from(User)
        )
    engine.dispose()
    if seeded and (done is None or done.exists()):
        # a database seeded by an earlier version of the code: bring its schema up to date
        subprocess.run([str(BIN / "forum"), "db", "upgrade"], env=_env(url), check=True)
        engine = create_engine(normalise_database_url(url))
        with engine.connect() as conn:
            watched = conn.scalar(select(Watch.user_id).limit(1)) is not None
        engine.dispose()
        if watched or done is None:
            if not watched:
                print(f"{url} was seeded without watch rows: empty it to seed them.")
            return None
        print("Seeded before watches and read places were: seeding again.")
    if done is not None:  # an interrupted or outdated seed: start again
        for stale in Path(done.parent).glob(done.name.removesuffix(".done") + "*"):
            stale.unlink()
    command = [str(BIN / "forum"), "seed-bench", *options]
    out = subprocess.run(command, env=_env(url), capture_output=True, text=True, check=True)
    report = out.stdout.strip().splitlines()[-1].removeprefix("Seeded ").rstrip(".")
    print(report)
    if done is not None:
        done.write_text(report + "\n")
    return report


@contextmanager
def _app(url: str):
    config = {"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "PSEUDONYM_KEY": _key()}
    app = create_app(config)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def _in_process(url, work):
    with _app(url) as app:
        return work(app)


def _targets(app) -> dict:
    """Paths the benchmark needs (threads and posts by their public ids), the bench account,
    and no posts left over from an earlier run in the thread it posts to."""
    per_page = app.config["POSTS_PER_PAGE"]

    def thread(title: str) -> Thread:
        """The latest thread with this title."""
        return db.session.scalar(
            select(Thread).where(Thread.title == title).order_by(Thread.id.desc()).limit(1)
        )

    long, medium, posting = thread(LONG_TITLE), thread(MEDIUM_TITLE), thread(POSTING_TITLE)
    replies = long.reply_count
    last_reply = db.session.scalar(
        select(Post.public_id).where(Post.thread_id == long.id).order_by(Post.id.desc()).limit(1)
    )
    biggest = db.session.scalar(
        select(Category.slug)
        .join(Thread, Thread.category_id == Category.id)
        .group_by(Category.id)
        .order_by(func.count(Thread.id).desc())
        .limit(1)
    )
    user = get_user_by_username(USER) or create_user(USER, PASSWORD)
    earlier = select(Post.id).where(Post.thread_id == posting.id, Post.author_id == user.id)
    db.session.execute(delete(Notification).where(Notification.post_id.in_(earlier)))
    db.session.execute(delete(OutboxMail))  # the bench sends no mail
    db.session.execute(delete(Post).where(Post.thread_id == posting.id, Post.author_id == user.id))
    db.session.commit()
    recount_thread(posting.id)
    _places(user, app.config["THREADS_PER_PAGE"], {long.id, medium.id, posting.id})
    last_page = max(1, -(-replies // per_page))
    return {
        "front page": "/",
        UNREAD_PAGE: "/",
        "category page (the biggest)": f"/c/{biggest}",
        "long thread, page 1": f"/t/{long.public_id}",
        CONDITIONAL: f"/t/{long.public_id}",
        "50-reply thread, page 1": f"/t/{medium.public_id}",
        "long thread, last page": f"/t/{long.public_id}?page={last_page}",
        "permalink (302), last reply": f"/p/{last_reply}",
        "long thread, page 1, logged in": f"/t/{long.public_id}",
        "post a reply (302), logged in": f"/t/{posting.public_id}/reply",
    }


def _places(user: User, per_page: int, named: set[int]) -> None:
    """Give the bench account a place in four of five threads of the front page, half of them
    1 to 7 posts behind the newest, so its front page shows unread markers; reset on every
    run, whatever the last one moved. In the threads it reads and posts to (`named`), listed
    or not, its place is the newest post, so their pages never move it and count the same
    queries on every database."""
    db.session.execute(delete(Watch).where(Watch.user_id == user.id))
    listed = [thread.id for thread in db.session.scalars(thread_list().limit(per_page))]
    rows = []
    for n, thread_id in enumerate(listed + sorted(named.difference(listed))):
        if n % 5 == 4 and thread_id not in named:
            continue  # a thread it never opened
        newest = db.session.scalars(
            select(Post.id).where(Post.thread_id == thread_id).order_by(Post.id.desc()).limit(8)
        ).all()
        behind = 0 if thread_id in named or n % 2 else min(1 + n % 7, len(newest) - 1)
        rows.append(
            {
                "user_id": user.id,
                "thread_id": thread_id,
                "level": WatchLevel.WATCHING,
                "last_read_post_id": newest[behind],
            }
        )
    db.session.execute(insert(Watch), rows)
    db.session.commit()


def _query_counts(app, pages: dict) -> dict[str, tuple[int | None, int]]:
    """SQL statements per page, counted in process: (as a visitor, logged in)."""
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    stamps.listeners.append(statements.append)  # the page cache's reads, on its own cursor
    app.test_client_class = _ContextPerRequest
    client = app.test_client()

    def count(method, path, **kw) -> int:
        statements.clear()
        response = client.open(path, method=method, **kw)
        assert response.status_code in (200, 302, 304), (path, response.status_code)
        return len(statements)

    # Visitors: the first request after a write (the stamps, then the page); a cached page,
    # and a 304, cost the stamps' one query.
    visitor = {name: count("GET", path) for name, path in pages.items() if "logged" not in name}
    tag = client.get(pages[CONDITIONAL]).headers["ETag"]
    visitor[CONDITIONAL] = count("GET", pages[CONDITIONAL], headers={"If-None-Match": tag})
    form = client.get("/login").text
    data = {"username": USER, "password": PASSWORD, "csrf_token": _field(form, "csrf_token")}
    assert client.post("/login", data=data).status_code == 302
    counts = {}
    for name, path in pages.items():
        if name.startswith("post"):
            form = client.get(path).text
            reply = {"body": REPLY + " " + loadgen.word(7), "identity": "named"}
            for hidden in ("csrf_token", "form_token"):
                reply[hidden] = _field(form, hidden)
            counts[name] = (None, count("POST", path, data=reply))
        elif name == CONDITIONAL:
            counts[name] = (visitor[name], None)
        else:
            counts[name] = (visitor.get(name), count("GET", path))
    assert 'class="unread-count"' in client.get(pages[UNREAD_PAGE]).text, "no unread markers"
    return counts


class _ContextPerRequest(FlaskClient):
    """Each request in its own app context, so with its own database session, as in
    production (a shared session would answer the login's user query from its identity map)."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


def _field(html: str, name: str) -> str:
    return re.search(rf'name="{name}" type="hidden" value="([^"]*)"', html)[1]


# --- servers ---------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _gunicorn(target: str, env: dict, check_path: str, chdir: Path = ROOT):
    port = _free_port()
    command = [str(BIN / "gunicorn"), "--workers", str(WORKERS), "--worker-class", WORKER_CLASS]
    if WORKER_CLASS == "gthread":
        command += ["--threads", str(THREADS)]
    command += ["--bind", f"127.0.0.1:{port}", "--log-level", "warning", "--chdir", str(chdir)]
    master = subprocess.Popen([*command, target], env=env)
    try:
        deadline = time.time() + 60
        while _status(port, check_path) is None:
            if time.time() > deadline or master.poll() is not None:
                raise RuntimeError(f"gunicorn {target} did not start")
            time.sleep(0.2)
        yield port, master.pid
    finally:
        master.send_signal(signal.SIGTERM)
        master.wait(timeout=60)


def _request(port: int, method: str, path: str, body=None, cookie=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Cookie": cookie} if cookie else {}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response, data


def _status(port: int, path: str) -> int | None:
    try:
        return _request(port, "GET", path)[0].status
    except OSError:
        return None


def _login(port: int, posting_path: str) -> tuple[str, dict]:
    """A logged-in session cookie and the hidden fields of the reply form."""
    response, page = _request(port, "GET", "/login")
    cookie = _cookie(response, "")
    form = {
        "username": USER,
        "password": PASSWORD,
        "csrf_token": _field(page.decode(), "csrf_token"),
    }
    response, _ = _request(port, "POST", "/login", urlencode(form), cookie)
    assert response.status == 302, "bench login failed"
    cookie = _cookie(response, cookie)
    response, page = _request(port, "GET", posting_path, cookie=cookie)
    assert response.status == 200
    return _cookie(response, cookie), {"csrf_token": _field(page.decode(), "csrf_token")}


def _cookie(response, current: str) -> str:
    jar = SimpleCookie(current)
    for header in response.headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return "; ".join(f"{k}={m.value}" for k, m in jar.items())


def _worker_rss_mb(master: int) -> list[float]:
    """VmRSS of each gunicorn worker (the processes whose parent is the master)."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{master}$", text, re.M):
            sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", text)[1]) / 1024)
    return sizes


# --- the benchmark ---------------------------------------------------------------------


def _bench(engine: str, url: str, seeded: str | None, tiny: dict, wrk: str | None) -> None:
    before = os.getloadavg()[0]
    pages = _in_process(url, _targets)
    counts = _in_process(url, lambda app: _query_counts(app, pages))
    cold_warm = _in_process(url, lambda app: _cold_and_warm(app, pages))
    env = _env(url)
    long_path = pages["long thread, page 1"]
    with _gunicorn("forum:create_app()", env, long_path) as (port, app_master):
        response, page = _request(port, "GET", long_path)
        bare_page = DATA / "bare-page.html"
        bare_page.write_bytes(page)
        env_bare = {**env, "BENCH_BARE_PAGE": str(bare_page)}
        with _gunicorn("bare_app:app", env_bare, "/", ROOT / "bench") as (bare_port, bare_master):
            posting = pages["post a reply (302), logged in"]
            cookie, hidden = _login(port, posting)
            loads = {name: _load(name, path, cookie, hidden) for name, path in pages.items()}
            bare = loadgen.Load("/")
            for load in loads.values():  # warm both up: caches, connections, code paths
                loadgen.run(load, port, 2, CONNECTIONS, wrk)
            loadgen.run(bare, bare_port, 2, CONNECTIONS, wrk)
            bare_runs = [loadgen.run(bare, bare_port, SECONDS, CONNECTIONS, wrk)]
            app_runs = {}
            for name, load in loads.items():  # A/B: bare, page, bare, page, ..., bare
                if name == CONDITIONAL:  # the ETag of this minute, for a run within it
                    load = _conditional(port, load)
                app_runs[name] = loadgen.run(load, port, SECONDS, CONNECTIONS, wrk)
                bare_runs.append(loadgen.run(bare, bare_port, SECONDS, CONNECTIONS, wrk))
                print(f"  {name}: {app_runs[name].rps:.0f}/s", flush=True)
            mixed = _mixed(port, posting.removesuffix("/reply"), loads[_POSTING], wrk)
            bare_runs.append(loadgen.run(bare, bare_port, SECONDS, CONNECTIONS, wrk))
            rss = {"app": _worker_rss_mb(app_master), "bare": _worker_rss_mb(bare_master)}
    _in_process(url, _targets)  # delete the replies it posted
    loadavg = f"{before:.1f} → {os.getloadavg()[0]:.1f}"
    _report(
        engine, seeded, len(page), pages, app_runs, bare_runs, counts, tiny, rss, loadavg,
        cold_warm, mixed,
    )  # fmt: skip


_POSTING = "post a reply (302), logged in"


def _load(name: str, path: str, cookie: str, hidden: dict) -> loadgen.Load:
    if name.startswith("post"):
        form = {**hidden, "identity": "named"}
        return loadgen.Load(path, 302, cookie, PUBLIC_ID_URL.format("p") + "$", form, REPLY)
    if name.startswith("permalink"):
        return loadgen.Load(path, 302, location=PUBLIC_ID_URL.format("t"))
    if name == CONDITIONAL:
        return loadgen.Load(path, 304)  # its ETag is set just before its run (_conditional)
    return loadgen.Load(path, 200, cookie if "logged in" in name else None)


def _conditional(port: int, load: loadgen.Load) -> loadgen.Load:
    """The load with the page's current ETag, once the minute has room for a whole run: a
    page's ETag changes with the minute (its times say "5 minutes ago"), so a run across
    the minute would be answered 200 after it."""
    while 60 - datetime.now(UTC).second < SECONDS + 3:
        time.sleep(0.5)
    etag = _request(port, "GET", load.path)[0].getheader("ETag")
    return replace(load, headers=(("If-None-Match", etag),))


def _visitor_pages(pages: dict) -> dict:
    """The pages a visitor reads whole from the cache."""
    return {
        name: path
        for name, path in pages.items()
        if "logged in" not in name and name != CONDITIONAL and not name.startswith(("post", "perm"))
    }


def _cold_and_warm(app, pages: dict, rounds: int = 30) -> dict[str, tuple[float, float]]:
    """In process, the median ms of each visitor page right after a write (rendered, then
    stored) and of the request after it (from the cache). The write bumps the stamp every
    page is keyed by, as a change of a member's profession does."""
    app.test_client_class = _ContextPerRequest
    client = app.test_client()
    times = {}
    for name, path in _visitor_pages(pages).items():
        cold, warm = [], []
        for _ in range(rounds):
            db.session.execute(update(PageStamps).values(shared=PageStamps.shared + 1))
            db.session.commit()
            for kept in (cold, warm):
                started = time.perf_counter()
                response = client.get(path)
                kept.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (path, response.status_code)
        times[name] = (statistics.median(cold), statistics.median(warm))
    return times


def _mixed(port: int, reader_path: str, posting: loadgen.Load, wrk):
    """8 visitors read the thread one member posts to, for one run: the readers' figures and
    the writer's (the Python client, one connection), while every reply invalidates the page."""
    written = {}
    writer = threading.Thread(
        target=lambda: written.update(run=loadgen.run(posting, port, SECONDS, 1, None))
    )
    writer.start()
    readers = loadgen.run(loadgen.Load(reader_path), port, SECONDS, CONNECTIONS, wrk)
    writer.join()
    return readers, written["run"]


def _report(
    engine, seeded, size, pages, app_runs, bare_runs, counts, tiny, rss, loadavg, cold_warm, mixed
):
    lines = [
        f"### {engine}, {POSTS:,} posts, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Seed: {seeded or 'reused'}. Thread page {size:,} bytes; bare page the same. "
        f"Load average before and after: {loadavg}. Page cache: {_cache_note()}.",
        f"gunicorn {WORKERS} workers {WORKER_CLASS}{_threads_note()}; {CONNECTIONS} connections, "
        f"{SECONDS:g} s a run; bare req/s over its {len(bare_runs)} runs: "
        + ", ".join(f"{r.rps:.0f}" for r in bare_runs),
        "",
        "| page | path | req/s | p50 ms | p99 ms | × bare | from the cache | errors "
        "| queries visitor | member | in process ms, after a write / cached |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |",
    ]
    ratios = {}
    for i, (name, run) in enumerate(app_runs.items()):
        around = (bare_runs[i].rps + bare_runs[i + 1].rps) / 2
        ratios[name] = run.rps / around
        visitor, member = counts[name]
        tiny_visitor, tiny_member = tiny[name]
        cold, warm = cold_warm.get(name, (None, None))
        lines.append(
            f"| {name} | `{pages[name]}` | {run.rps:.0f} | {run.p50_ms:.1f} | {run.p99_ms:.1f} | "
            f"{ratios[name]:.2f} | {_share(run.hits, run.requests)} | {run.errors} | "
            f"{_pair(visitor, tiny_visitor)} | {_pair(member, tiny_member)} | "
            + (f"{cold:.2f} / {warm:.2f} |" if cold is not None else "– |")
        )
    readers, writer = mixed
    ratios["mixed"] = readers.rps / ((bare_runs[-2].rps + bare_runs[-1].rps) / 2)
    bare_p50 = sorted(r.p50_ms for r in bare_runs)[len(bare_runs) // 2]
    lines += [
        "",
        f"Mixed: {CONNECTIONS} visitors read `{pages[_POSTING].removesuffix('/reply')}` while "
        f"one member posts to it: readers {readers.rps:.0f} req/s ({ratios['mixed']:.2f} × "
        f"bare), p50 {readers.p50_ms:.1f} ms, p99 {readers.p99_ms:.1f} ms, "
        f"{_share(readers.hits, readers.requests)} from the cache, {readers.errors} errors; "
        f"the writer {writer.rps:.0f} replies/s, p99 {writer.p99_ms:.1f} ms, "
        f"{writer.errors} errors.",
        "",
        f"Bare page: median p50 {bare_p50:.1f} ms. Queries: this database / a tiny one "
        "(20 threads). Worker RSS after the run (MB): app "
        + ", ".join(f"{m:.0f}" for m in rss["app"])
        + "; bare "
        + ", ".join(f"{m:.0f}" for m in rss["bare"])
        + ".",
        "",
        "Missed: "
        + ("; ".join(_missed(app_runs, ratios, counts, tiny, rss, mixed)) or "nothing")
        + ".",
    ]
    text = "\n".join(lines)
    print("\n" + text + "\n", flush=True)
    RESULTS.mkdir(exist_ok=True)
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%S}"
    (RESULTS / f"http-{engine.lower()}-{POSTS}-{stamp}.md").write_text(text + "\n")
    raw = {
        "pages": pages,
        "cache": _cache_note(),
        "cold_warm_ms": cold_warm,
        "mixed": {"readers": vars(readers), "writer": vars(writer)},
        "app": {k: vars(v) for k, v in app_runs.items()},
        "bare": [vars(r) for r in bare_runs],
        "queries": counts,
        "queries_tiny": tiny,
        "rss_mb": rss,
    }
    (RESULTS / f"http-{engine.lower()}-{POSTS}-{stamp}.json").write_text(json.dumps(raw, indent=1))


def _missed(runs, ratios, counts, tiny, rss, mixed) -> list[str]:
    """The targets this run missed, each with its figure (issue 15's table)."""
    missed = []
    for name, run in runs.items():
        reading, member = not name.startswith("post"), "logged in" in name
        least = 0.2 if member else 0.5
        if reading and not name.startswith("permalink") and ratios[name] < least:
            missed.append(f"{name} at {ratios[name]:.0%} of bare (target {least:.0%})")
        slowest = 50 if member else 25
        if reading and run.p99_ms > slowest:
            missed.append(f"{name} p99 {run.p99_ms:.0f} ms (target {slowest})")
        if not reading and run.rps < 200:
            missed.append(f"posting {run.rps:.0f}/s (target 200)")
        if counts[name] != tiny[name] or max(c or 0 for c in counts[name]) > 8:
            missed.append(
                f"{name} queries {counts[name]} vs tiny {tiny[name]} (target: same, <= 8)"
            )
    readers, writer = mixed
    if readers.p99_ms > 25:
        missed.append(f"readers while a member posts: p99 {readers.p99_ms:.0f} ms (target 25)")
    first, last = runs["long thread, page 1"], runs["long thread, last page"]
    if last.rps < 0.9 * first.rps:
        missed.append(f"last page of the long thread at {last.rps / first.rps:.0%} of the first")
    if max(rss["app"]) > 120:
        missed.append(f"worker RSS {max(rss['app']):.0f} MB (target 120)")
    return missed


def _pair(big: int | None, small: int | None) -> str:
    return "–" if big is None else f"{big} / {small}"


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "–"


if __name__ == "__main__":
    # The checks that would stop a benchmark reply must find nothing in any of them.
    assert not any(scan(f"{REPLY} {loadgen.word(n)}") for n in range(0, 20000, 7))
    main()
