"""`forum seed-bench` on a small scale: consistent counters, valid anonymity, pages that
render with the same number of queries as on a tiny database."""

import re
from collections import defaultdict

import pytest
from sqlalchemy import create_engine, func, select

from forum.anonymity.pseudonyms import ORIGINAL_POSTER
from forum.benchdata import LONG_TITLE, MEDIUM_TITLE, POSTING_TITLE
from forum.extensions import db
from forum.models import Category, Post, PostStatus, Thread, User, Vote
from forum.rendering import render
from forum.threads.services import recount_all_threads
from forum.threads.votes import recount_scores
from tests.threads.test_query_counts import LIST_PAGE_QUERIES, THREAD_PAGE_QUERIES

SMALL = ["--threads", "20", "--replies-per-thread", "10", "--users", "15"]
NAMED = ["--long-thread", "65", "--medium-thread", "12"]
POSTS = 20 * 11 + (1 + 65) + (1 + 12) + (1 + 2)  # the posting thread starts with 2 replies


def _seed(runner, *extra):
    result = runner.invoke(args=["seed-bench", *SMALL, *NAMED, *extra])
    assert result.exit_code == 0, result.output
    return result.output


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def _thread(title) -> Thread:
    return db.session.scalar(select(Thread).where(Thread.title == title))


@pytest.fixture
def seeded(app, runner):
    return _seed(runner)


def test_the_seed_writes_what_it_was_asked_for_and_says_so(seeded):
    assert _count(User) == 15
    assert _count(Category) == 8
    assert _count(Thread) == 23
    assert _count(Post) == POSTS
    assert _count(Vote) > 0
    assert re.search(rf"15 users, 8 categories, 23 threads, {POSTS} posts, [\d,]+ votes in", seeded)


def test_the_named_threads_have_exactly_their_replies(seeded):
    for title, replies in ((LONG_TITLE, 65), (MEDIUM_TITLE, 12), (POSTING_TITLE, 2)):
        thread = _thread(title)
        assert thread.reply_count == replies
        assert not thread.locked
        posts = db.session.scalar(select(func.count()).where(Post.thread_id == thread.id))
        assert posts == replies + 1
    assert not _thread(POSTING_TITLE).no_why_replies


def test_recounting_finds_nothing_to_fix(seeded):
    assert recount_scores() == 0
    assert recount_all_threads() == 0


def test_categories_are_skewed_towards_a_few_big_ones(app, runner):
    _seed(runner, "--force", "--threads", "400", "--replies-per-thread", "1")
    sizes = sorted(
        db.session.scalars(select(func.count(Thread.id)).group_by(Thread.category_id)),
        reverse=True,
    )
    assert sizes[0] > 3 * sizes[-1]


def test_anonymous_posts_carry_one_distinct_name_per_writer_in_each_thread(seeded):
    rows = db.session.execute(
        select(Post.thread_id, Post.author_id, Post.pseudonym, Thread.author_id)
        .join(Thread, Thread.id == Post.thread_id)
        .where(Post.anonymous)
    ).all()
    assert 0 < len(rows) < POSTS
    writers = defaultdict(set)
    for thread_id, author_id, name, opener_id in rows:
        assert name
        assert (name == ORIGINAL_POSTER) == (author_id == opener_id)
        writers[thread_id, name].add(author_id)
    assert all(len(ids) == 1 for ids in writers.values())


def test_bodies_are_stored_rendered_and_deleted_posts_have_none(seeded):
    for body_md, body_html, status in db.session.execute(
        select(Post.body_md, Post.body_html, Post.status).limit(60)
    ):
        if status == PostStatus.DELETED:
            assert body_md == body_html == ""
        else:
            assert body_html == str(render(body_md))
            assert "lorem" not in body_md.lower()


def test_a_database_with_content_is_refused_unless_forced(seeded, runner):
    result = runner.invoke(args=["seed-bench", *SMALL, *NAMED])
    assert result.exit_code != 0
    assert "--force" in result.output
    _seed(runner, "--force")
    assert _count(Post) == 2 * POSTS
    assert recount_scores() == 0
    assert recount_all_threads() == 0


def test_another_database_is_migrated_and_seeded(app, runner, tmp_path):
    url = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    _seed(runner, "--database-url", url)
    assert _count(Post) == 0
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Post)) == POSTS
    engine.dispose()


@pytest.mark.parametrize("page", [1, 3])
def test_pages_of_the_long_thread_render(seeded, client, page):
    thread = _thread(LONG_TITLE)
    assert client.get(f"/t/{thread.public_id}?page={page}").status_code == 200


def test_lists_and_permalinks_render(seeded, client):
    assert client.get("/").status_code == 200
    assert client.get("/c/nursing").status_code == 200
    last = db.session.scalar(
        select(Post.public_id)
        .where(Post.thread_id == _thread(LONG_TITLE).id)
        .order_by(Post.id.desc())
        .limit(1)
    )
    response = client.get(f"/p/{last}")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"?page=3#p-{last}")


def _queries(client, count_queries, url) -> int:
    with count_queries() as statements:
        assert client.get(url).status_code == 200
    return len(statements)


def test_pages_run_as_many_queries_as_on_a_tiny_database(
    seeded, client, auth, make_user, count_queries
):
    thread = _thread(LONG_TITLE)
    assert _queries(client, count_queries, f"/t/{thread.public_id}") == THREAD_PAGE_QUERIES - 3
    auth.login(make_user())
    assert _queries(client, count_queries, f"/t/{thread.public_id}") == THREAD_PAGE_QUERIES
    assert (
        _queries(client, count_queries, f"/t/{thread.public_id}?page=3") == THREAD_PAGE_QUERIES - 1
    )
    assert _queries(client, count_queries, "/") == LIST_PAGE_QUERIES
    assert _queries(client, count_queries, "/c/nursing") == LIST_PAGE_QUERIES
