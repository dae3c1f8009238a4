"""Search benchmark (`make bench`, after http_bench.py): on the bench database, in process, one
search at a time, the latency of four kinds of query; whether a phrase from a post finds that
post on the first page; the SQL queries of a search page; and the posting rate under gunicorn
with the index's triggers against a copy of the database without them.

Environment: BENCH_POSTS (default 1,000,000), BENCH_DATABASE_URL (repeat on that PostgreSQL
database), BENCH_SEARCHES (queries of each kind, 500), BENCH_SEARCH_SECONDS (at most this long
for one kind, 120), BENCH_SECONDS (each posting run, 10), BENCH_POSTING_RUNS (3 of each).
The databases are those of http_bench.py (seeded once under bench/.data/); see bench/README.md.
"""

from __future__ import annotations

import gc
import json
import os
import re
import sqlite3
import statistics
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from random import Random

import http_bench as hb
import loadgen
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import make_url

from forum.benchlexicon import NOUNS
from forum.benchtext import EVEN_BELOW, MISSPELT
from forum.benchwords import LIST_ITEMS, NOTES, REPLY, SLOTS, STORY
from forum.config import normalise_database_url
from forum.extensions import db
from forum.models import Post, PostStatus
from forum.search import queries, syntax

SEARCHES = int(os.environ.get("BENCH_SEARCHES", "500"))  # p99: the 5th slowest
BUDGET = float(os.environ.get("BENCH_SEARCH_SECONDS", "120"))
POSTING_RUNS = int(os.environ.get("BENCH_POSTING_RUNS", "3"))
KINDS = ("one word (common)", "three words", "phrase", "rare word")
POSTING = "post a reply (302), logged in"
UNCAPPED = (KINDS[2], KINDS[3])  # kinds whose matches are counted to the end (others to 1,000)
_WORD = re.compile(r"[^\W_]+")
_MARKS = re.compile(r"^(?:> |- )|[*]", re.M)  # the Markdown the bench text uses


def main() -> None:
    hb.DATA.mkdir(parents=True, exist_ok=True)
    rng = Random(13)
    wrk = loadgen.find_wrk()
    tiny_url = hb._sqlite_url("tiny")
    hb._prepare(tiny_url, ["--threads", "20", "--replies-per-thread", "5", "--long-thread", "65"])
    engines = [("SQLite", hb._sqlite_url(hb.POSTS))]
    if os.environ.get("BENCH_DATABASE_URL"):
        engines.append(("PostgreSQL", os.environ["BENCH_DATABASE_URL"]))
    for name, url in engines:
        _drop_if_outdated(url)
        seeded = hb._prepare(
            url, ["--threads", str(max(1, hb.POSTS // 50)), "--replies-per-thread", "49"]
        )
        searched = hb._in_process(url, lambda app, url=url: _searches(app, rng, url))
        tiny = hb._in_process(tiny_url, lambda app: _query_counts(app, _tiny_samples(rng)))
        posting = _posting(url, wrk)
        _report(name, seeded, searched, tiny, posting)


def _drop_if_outdated(url: str) -> None:
    """A SQLite bench database seeded with older bench text (bodies from a pool of 200, or
    the clinical terms without the everyday vocabulary of forum.benchlexicon) is deleted, to
    be seeded again; a PostgreSQL one is only reported."""
    engine = create_engine(normalise_database_url(url))
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "posts"):
            engine.dispose()
            return
        bodies = conn.scalars(
            select(Post.body_md).where(Post.status == PostStatus.PUBLISHED).limit(2000)
        ).all()
    engine.dispose()
    if len(bodies) < 2000:
        return
    everyday = {w for body in bodies for w in _WORD.findall(body.lower())} & _everyday_only()
    if len(set(bodies)) > len(bodies) * 0.99 and len(everyday) >= 20:
        return
    if url.startswith("sqlite"):
        print("The bench database was seeded with older bench text: seeding it again.")
        for stale in hb.DATA.glob(Path(url.removeprefix("sqlite:///")).name + "*"):
            stale.unlink()
    else:
        print(f"{url} was seeded with older bench text: empty it to seed the current text.")


def _everyday_only() -> set[str]:
    """The everyday nouns that no clinical term or template holds: text seeded before
    forum.benchlexicon has none of them."""
    clinical = {
        w.lower()
        for name, terms in SLOTS.items()
        if name not in MISSPELT
        for term in terms
        for w in _WORD.findall(term)
    }
    clinical |= {w.lower() for t in STORY + REPLY + NOTES + LIST_ITEMS for w in _WORD.findall(t)}
    return set(NOUNS) - clinical


# --- the queries -------------------------------------------------------------------------


def _vocabulary() -> tuple[list[str], list[str]]:
    """Searchable words of the bench vocabulary: common ones (the first terms of the lists
    drawn by rank) and rare ones (the last tenth of those lists, words no other term holds)."""
    used = Counter()
    for terms in SLOTS.values():
        for term in terms:
            used.update(set(_words(term)))
    common, rare = [], []
    for terms in SLOTS.values():
        if len(terms) < EVEN_BELOW:  # drawn evenly: neither common nor rare
            continue
        for term in terms[:4]:
            common += [w for w in _words(term) if w not in common]
        for term in terms[-len(terms) // 10 :]:
            rare += [w for w in _words(term) if used[w] == 1 and w not in rare]
    return common, rare


def _words(text: str) -> list[str]:
    """Words a search would look for: letters only, not stop words, slots left out."""
    text = re.sub(r"\{\w+\??\}", " ", text)
    return [
        w.lower()
        for w in _WORD.findall(text)
        if w.isalpha() and len(w) > 2 and w.lower() not in syntax.STOP_WORDS
    ]


def _random_posts(rng: Random, count: int) -> list[tuple[int, str]]:
    """(id, Markdown) of published posts picked at random."""
    last = db.session.scalar(select(func.max(Post.id)))
    found: list[tuple[int, str]] = []
    while len(found) < count:
        ids = rng.sample(range(1, last + 1), min(last, 2 * count))
        rows = db.session.execute(
            select(Post.id, Post.body_md).where(
                Post.id.in_(ids), Post.status == PostStatus.PUBLISHED
            )
        ).all()
        found += [tuple(row) for row in rows if _WORD.search(row[1])]
    rng.shuffle(found)
    return found[:count]


def _phrase(rng: Random, body: str) -> str:
    """Four to six words in a row of one paragraph, as written there (punctuation and all),
    between quotes: what a reader would paste to find the post again."""
    paragraphs = [p for p in _MARKS.sub("", body).split("\n\n") if len(_WORD.findall(p)) >= 4]
    paragraph = rng.choice(paragraphs or [_MARKS.sub("", body)])
    spans = [m.span() for m in _WORD.finditer(paragraph)]
    length = min(rng.choice((4, 5, 6)), len(spans))
    start = rng.randrange(len(spans) - length + 1)
    return '"' + paragraph[spans[start][0] : spans[start + length - 1][1]] + '"'


def _three_words(rng: Random, body: str) -> str | None:
    words = list(dict.fromkeys(_words(body)))
    return " ".join(rng.sample(words, 3)) if len(words) >= 3 else None


def _query_sets(rng: Random) -> dict[str, list[tuple[str, int | None]]]:
    """For each kind, (query, the post it was taken from or None)."""
    common, rare = _vocabulary()
    posts = _random_posts(rng, 2 * SEARCHES)
    phrases = [(_phrase(rng, body), post_id) for post_id, body in posts[:SEARCHES]]
    triples = [(_three_words(rng, body), None) for _, body in posts[SEARCHES:]]
    return {
        KINDS[0]: [(word, None) for word in rng.choices(common, k=SEARCHES)],
        KINDS[1]: [t for t in triples if t[0]][:SEARCHES],
        KINDS[2]: phrases,
        KINDS[3]: [(word, None) for word in rng.choices(rare, k=SEARCHES)],
    }


# --- in process --------------------------------------------------------------------------


def _searches(app, rng: Random, url: str) -> dict:
    """Latency of `queries.search` (the page's queries and its hits, first page, sorted by
    relevance, no filter) and of the whole page through Flask's test client, one at a time;
    the matches of each; and whether each phrase's post is on its first page."""
    app.test_client_class = hb._ContextPerRequest
    app.config["LIMIT_SEARCH"] = "1000000 per minute"  # counted still, never reached
    client = app.test_client()
    sets = _query_sets(rng)
    for kind in KINDS:  # warm up: the database's pages, the templates, the code paths
        for q, _ in sets[kind][:10]:
            _search(q)
            client.get("/search", query_string={"q": q})
    gc.freeze()  # as `forum serve` does once a worker has started (forum/ops.py)
    figures = {}
    for kind in KINDS:
        _read_through(url)
        service, page, matches, found, misses, unmatched = [], [], [], Counter(), [], []
        started = time.perf_counter()
        for q, post_id in sets[kind]:
            if time.perf_counter() - started > BUDGET:
                break
            ms, results = _search(q)
            service.append(ms)
            matches.append(_all_matches(q) if kind in UNCAPPED else results.page.total)
            phrases = syntax.parse(q).phrases  # none when all its words are stop words
            if post_id is not None and phrases:
                length = len(phrases[0])
                hit = post_id in {h.post.id for h in results.page.items}
                found[length, hit] += 1
                if not hit and not _matches_post(q, post_id):
                    found["unmatched"] += 1
                    unmatched.append(q)
                elif not hit:
                    found["later page" if _listed(q, post_id) else "not listed"] += 1
                    if len(misses) < 5:
                        misses.append((q, matches[-1]))
            began = time.perf_counter()
            assert client.get("/search", query_string={"q": q}).status_code == 200
            page.append((time.perf_counter() - began) * 1000)
        figures[kind] = {
            "searches": len(service),
            "service_ms": sorted(service),
            "page_ms": sorted(page),
            "matches": sorted(matches),
            "found": {
                key if isinstance(key, str) else f"{key[0]}:{key[1]}": n for key, n in found.items()
            },
            "misses": misses,
            "unmatched": unmatched,
        }
    samples = {kind: sets[kind][0][0] for kind in KINDS}
    return {
        "figures": figures,
        "samples": samples,
        "queries": _query_counts(app, samples),
    }


def _read_through(url: str) -> None:
    """Read the database's files once, into the operating system's cache, as a server that
    has been answering searches holds them. This machine pages out file pages untouched for
    a minute (DAMON's pageout), so without this the figures measure its disk as much as the
    search (bench/README.md). SQLite: the file; PostgreSQL: the forum's tables, their TOAST
    tables and indexes, with pg_prewarm (a contrib extension, created if missing)."""
    if url.startswith("sqlite"):
        with open(url.removeprefix("sqlite:///"), "rb") as file:
            while file.read(1 << 20):
                pass
        return
    engine = create_engine(normalise_database_url(url))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        conn.exec_driver_sql(
            "SELECT pg_prewarm(c.oid, 'read') FROM pg_class c WHERE c.relkind IN ('r', 'i', 't') "
            "AND (c.relnamespace = 'public'::regnamespace OR c.oid IN (SELECT reltoastrelid "
            "FROM pg_class WHERE relnamespace = 'public'::regnamespace))"
        )
    engine.dispose()


def _all_matches(q: str) -> int:
    """How many posts match, counted to the end (the page counts to COUNT_CAP + 1)."""
    query = syntax.parse(q)
    if query.problem is not None:  # nothing searched for (only stop words)
        return 0
    ids = queries._matching(query, queries.Filters(), None)
    return db.session.scalar(select(func.count()).select_from(ids.order_by(None).subquery()))


def _matches_post(q: str, post_id: int) -> bool:
    """Whether the post matches the query at all (a miss may only be ranked below the page)."""
    ids = queries._matching(syntax.parse(q), queries.Filters(), None)
    return db.session.scalar(ids.where(Post.id == post_id).order_by(None)) is not None


def _listed(q: str, post_id: int) -> bool:
    """Whether the post is among the matches the search lists, on any page (when more than
    COUNT_CAP posts match, the newest COUNT_CAP)."""
    ids = queries._matching(syntax.parse(q), queries.Filters(), None).limit(queries.COUNT_CAP)
    return any(row.id == post_id for row in db.session.execute(ids))


def _tiny_samples(rng: Random) -> dict[str, str]:
    """On the tiny database: a word most posts hold, and a phrase only one post holds."""
    ((_, body),) = _random_posts(rng, 1)
    return {"many matches": _vocabulary()[0][0], "one match": _phrase(rng, body)}


def _search(q: str):
    db.session.remove()  # a fresh session, as each request has
    began = time.perf_counter()
    results = queries.search(syntax.parse(q), queries.Filters(), 1, None)
    return (time.perf_counter() - began) * 1000, results


def _query_counts(app, samples: dict[str, str]) -> dict[str, int]:
    """SQL statements of the search page for one query of each kind, as a visitor."""
    statements: list[str] = []

    def record(*args):
        statements.append(args[2])

    app.test_client_class = hb._ContextPerRequest
    client = app.test_client()
    event.listen(db.engine, "before_cursor_execute", record)
    counts = {}
    try:
        for kind, q in samples.items():
            statements.clear()
            assert client.get("/search", query_string={"q": q}).status_code == 200
            counts[kind] = len(statements)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return counts


# --- posting with and without the index --------------------------------------------------


def _posting(url: str, wrk: str | None) -> dict[str, list[float]]:
    """Replies a second, as http_bench.py posts them (gunicorn, 8 connections, the reply form
    logged in), on the database and on a copy whose search triggers are dropped: warmed up,
    then alternating runs. The replies are deleted afterwards, the copy dropped."""
    pages = hb._in_process(url, hb._targets)  # the bench account, no replies left over
    copy = _copy_without_triggers(url)
    hb._in_process(copy, hb._targets)
    path = pages[POSTING]
    rates: dict[str, list[float]] = {"with index": [], "without index": []}
    try:
        with (
            hb._gunicorn("forum:create_app()", hb._env(url), path) as (port_on, _),
            hb._gunicorn("forum:create_app()", hb._env(copy), path) as (port_off, _),
        ):
            loads = {}
            for label, port in (("with index", port_on), ("without index", port_off)):
                cookie, hidden = hb._login(port, path)
                loads[label] = (port, hb._load(POSTING, path, cookie, hidden))
                loadgen.run(loads[label][1], port, 2, hb.CONNECTIONS, wrk)
            for _ in range(POSTING_RUNS):
                for label, (port, load) in loads.items():
                    result = loadgen.run(load, port, hb.SECONDS, hb.CONNECTIONS, wrk)
                    rates[label].append(result.rps)
                    print(f"  posting {label}: {result.rps:.0f}/s", flush=True)
    finally:
        hb._in_process(url, hb._targets)  # delete the replies posted
        _drop_copy(copy)
    return rates


def _copy_without_triggers(url: str) -> str:
    """A copy of the database, its search index as it is but no trigger keeping it."""
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        copy_path = path.replace(".sqlite3", "-notriggers.sqlite3")
        source, target = sqlite3.connect(path), sqlite3.connect(copy_path)
        source.backup(target)
        names = target.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'post_search%'"
        ).fetchall()
        for (name,) in names:
            target.execute(f"DROP TRIGGER {name}")
        target.commit()
        source.close()
        target.close()
        return f"sqlite:///{copy_path}"
    parsed = make_url(normalise_database_url(url))
    copy = parsed.set(database=f"{parsed.database}_notriggers")
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{copy.database}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{copy.database}" TEMPLATE "{parsed.database}"')
    admin.dispose()
    engine = create_engine(copy)
    with engine.begin() as conn:
        rows = conn.exec_driver_sql(
            "SELECT tgname, tgrelid::regclass::text FROM pg_trigger "
            "WHERE tgname LIKE 'post_search%%' AND NOT tgisinternal"
        ).all()
        for name, table in rows:
            conn.exec_driver_sql(f"DROP TRIGGER {name} ON {table}")
    engine.dispose()
    return copy.render_as_string(hide_password=False)


def _drop_copy(copy: str) -> None:
    if copy.startswith("sqlite"):
        for path in Path(copy.removeprefix("sqlite:///")).parent.glob("*-notriggers.sqlite3*"):
            path.unlink()
        return
    parsed = make_url(copy)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{parsed.database}"')
    admin.dispose()


# --- the report --------------------------------------------------------------------------


def _percentile(values: list[float], p: float) -> float:
    return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")


def _report(engine: str, seeded, searched: dict, tiny: dict, posting: dict) -> None:
    figures, counts = searched["figures"], searched["queries"]
    lines = [
        f"### Search, {engine}, {hb.POSTS:,} posts, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Seed: {seeded or 'reused'}. In process, one search at a time, first page by relevance: "
        "`queries.search` (its SQL and the hits with their snippets) and the whole page "
        f"through Flask's test client. Load average now: {os.getloadavg()[0]:.1f}.",
        "",
        "| query | searches | search() p50 ms | p99 ms | page p50 ms | p99 ms | "
        "matches, median | SQL per page |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for kind in KINDS:
        f = figures[kind]
        lines.append(
            f"| {kind} | {f['searches']} | {statistics.median(f['service_ms']):.1f} | "
            f"{_percentile(f['service_ms'], 0.99):.1f} | {statistics.median(f['page_ms']):.1f} | "
            f"{_percentile(f['page_ms'], 0.99):.1f} | {_matches(kind, f['matches'])} | "
            f"{counts[kind]} |"
        )
    found = figures["phrase"]["found"]
    by_length = []
    for length in (4, 5, 6):
        hit, miss = found.get(f"{length}:True", 0), found.get(f"{length}:False", 0)
        if hit + miss:
            by_length.append(f"{length} words {hit}/{hit + miss}")
    hits = sum(v for k, v in found.items() if k.endswith("True"))
    total = sum(v for k, v in found.items() if ":" in k)
    unmatched = found.get("unmatched", 0)
    with_index, without = posting["with index"], posting["without index"]
    ratio = statistics.median(with_index) / statistics.median(without)
    lines += [
        "",
        "SQL per page on a tiny database (20 threads): "
        + ", ".join(f"{n} ({kind})" for kind, n in tiny.items())
        + ".",
        "",
        f"Phrases from random posts: **{hits}/{total} ({hits / total:.0%}) find their post on "
        f"the first page** ({', '.join(by_length)}). Listed on a later page: "
        f"{found.get('later page', 0)}; not listed, among more than {queries.COUNT_CAP:,} "
        f"newer matches: {found.get('not listed', 0)}. Some of those, with their matches: "
        + "; ".join(f"`{q}` ({n:,})" for q, n in figures["phrase"]["misses"])
        + f". Not matching their own post at all: {unmatched}"
        + "".join(f"; `{q}`" for q in figures["phrase"]["unmatched"])
        + ".",
        "",
        "Posting a reply (gunicorn, http_bench.py's way), replies/s per run: with the index "
        + ", ".join(f"{r:.0f}" for r in with_index)
        + "; without its triggers (a copy) "
        + ", ".join(f"{r:.0f}" for r in without)
        + f". **With / without (medians): {ratio:.2f}** (target at least {1 / 1.2:.2f}).",
        "",
        "Missed: " + ("; ".join(_missed(figures, counts, tiny, ratio)) or "nothing") + ".",
    ]
    text = "\n".join(lines)
    print("\n" + text + "\n", flush=True)
    hb.RESULTS.mkdir(exist_ok=True)
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%S}"
    stem = hb.RESULTS / f"search-{engine.lower()}-{hb.POSTS}-{stamp}"
    stem.with_suffix(".md").write_text(text + "\n")
    raw = {**searched, "queries_tiny": tiny, "posting": posting}
    stem.with_suffix(".json").write_text(json.dumps(raw, indent=1))


def _matches(kind: str, counts: list[int]) -> str:
    median = statistics.median(counts)
    if kind in UNCAPPED:
        return f"{median:,.0f}"
    return f"{median:,.0f}" if median < queries.COUNT_CAP else f"over {queries.COUNT_CAP:,}"


def _missed(figures: dict, counts: dict, tiny: dict, ratio: float) -> list[str]:
    missed = []
    for kind in KINDS:
        p99 = _percentile(figures[kind]["service_ms"], 0.99)
        if p99 > 50:
            missed.append(f"{kind} p99 {p99:.0f} ms (target 50)")
        if {counts[kind]} != set(tiny.values()):
            missed.append(f"{kind}: {counts[kind]} queries, on a tiny db {set(tiny.values())}")
    if ratio < 1 / 1.2:
        missed.append(f"posting with the index at {ratio:.2f} of without (target 0.83)")
    return missed


if __name__ == "__main__":
    main()
