"""`forum seed-bench` on a small scale: consistent counters, valid anonymity, watch rows and
read places that fit the posts, pages that render with the same number of queries as on a
tiny database."""

import re
from collections import Counter, defaultdict

import pytest
from sqlalchemy import create_engine, func, select, text, update
from werkzeug.security import generate_password_hash

from forum.anonymity.pseudonyms import ORIGINAL_POSTER
from forum.benchdata import LONG_TITLE, MEDIUM_TITLE, POSTING_TITLE
from forum.extensions import db
from forum.models import Category, Post, PostStatus, Thread, User, Vote, Watch
from forum.rendering import render
from forum.search.queries import Filters, search
from forum.search.syntax import parse
from forum.threads.services import recount_all_threads
from forum.threads.votes import recount_scores
from tests.conftest import PASSWORD
from tests.threads.test_query_counts import (
    LIST_PAGE_QUERIES,
    PLACE_MOVING_WRITES,
    THREAD_PAGE_QUERIES,
)

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
    assert _count(Watch) > 0
    assert re.search(
        rf"15 users, 8 categories, 23 threads, {POSTS} posts, [\d,]+ votes, [\d,]+ watches in",
        seeded,
    )


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


def test_times_are_stored_as_the_app_stores_them(seeded, make_thread):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite keeps times as text; PostgreSQL as timestamps")
    make_thread()
    stored = db.session.scalars(text("SELECT created_at FROM posts")).all()
    assert {re.sub(r"\d", "0", value) for value in stored} == {"0000-00-00 00:00:00.000000"}


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
    seeded, client, auth, make_user, count_queries, frozen_minute
):
    thread = _thread(LONG_TITLE)
    # A visitor: the page cache's stamps, then the page; then from the cache, the stamps alone.
    assert _queries(client, count_queries, f"/t/{thread.public_id}") == 1 + THREAD_PAGE_QUERIES - 4
    assert _queries(client, count_queries, f"/t/{thread.public_id}") == 1
    auth.login(make_user())
    page_1, page_3 = f"/t/{thread.public_id}", f"/t/{thread.public_id}?page=3"
    # A first visit moves the member's place; a second finds nothing new.
    assert _queries(client, count_queries, page_1) == THREAD_PAGE_QUERIES + PLACE_MOVING_WRITES
    assert _queries(client, count_queries, page_1) == THREAD_PAGE_QUERIES
    assert _queries(client, count_queries, page_3) == (
        THREAD_PAGE_QUERIES - 1 + PLACE_MOVING_WRITES
    )
    assert _queries(client, count_queries, "/") == LIST_PAGE_QUERIES
    assert _queries(client, count_queries, "/c/nursing") == LIST_PAGE_QUERIES


# Watch rows and read places -------------------------------------------------------------------


def _watches() -> dict[tuple[int, int], Watch]:
    return {(w.user_id, w.thread_id): w for w in db.session.scalars(select(Watch))}


def test_every_writer_watches_the_thread_with_a_place_at_or_after_their_last_post(seeded):
    watches = _watches()
    last_posts = db.session.execute(
        select(Post.author_id, Post.thread_id, func.max(Post.id)).group_by(
            Post.author_id, Post.thread_id
        )
    ).all()
    for author_id, thread_id, last in last_posts:
        watch = watches[author_id, thread_id]
        assert watch.level in ("watching", "normal", "muted")
        assert watch.last_read_post_id >= last
    for thread in db.session.scalars(select(Thread)):
        assert (thread.author_id, thread.id) in watches
    levels = Counter(w.level for w in watches.values())
    assert levels["watching"] > len(last_posts) / 2


def test_every_place_is_a_post_of_its_own_thread(seeded):
    rows = db.session.execute(
        select(Watch.thread_id, Post.thread_id, Thread.id)
        .outerjoin(Post, Post.id == Watch.last_read_post_id)
        .outerjoin(Thread, Thread.id == Watch.thread_id)
    ).all()
    assert len(rows) == _count(Watch)
    assert all(watched == posted == existing for watched, posted, existing in rows)


def test_members_also_have_places_where_they_only_read_and_some_are_behind(seeded):
    writers = set(db.session.execute(select(Post.author_id, Post.thread_id).distinct()).all())
    newest = dict(
        db.session.execute(select(Post.thread_id, func.max(Post.id)).group_by(Post.thread_id)).all()
    )
    watches = _watches().values()
    readers = [w for w in watches if (w.user_id, w.thread_id) not in writers]
    assert readers
    assert all(w.level in (None, "watching") for w in readers)
    behind = [w for w in watches if w.last_read_post_id < newest[w.thread_id]]
    assert 0.2 < len(behind) / len(watches) < 0.8


def _unread_of(user_id: int) -> list[int]:
    """Published replies by others after the member's place, per thread where there are any:
    what the thread lists should mark, worked out row by row."""
    counts = []
    for watch in db.session.scalars(select(Watch).where(Watch.user_id == user_id)):
        count = db.session.scalar(
            select(func.count()).where(
                Post.thread_id == watch.thread_id,
                Post.id > watch.last_read_post_id,
                Post.is_opening.is_(False),
                Post.status == PostStatus.PUBLISHED,
                Post.author_id != user_id,
            )
        )
        if count:
            counts.append(count)
    return sorted(counts)


def test_a_seeded_member_sees_unread_markers_for_one_more_query_in_all(
    seeded, client, auth, count_queries
):
    # One who started no thread: the front page would load a starter with their thread,
    # and the login's user query would find them loaded already.
    members = db.session.scalars(select(User.id).where(User.id.not_in(select(Thread.author_id))))
    member_id = max(members, key=lambda user_id: len(_unread_of(user_id)))
    expected = _unread_of(member_id)
    assert len(expected) >= 2
    db.session.execute(
        update(User)
        .where(User.id == member_id)
        .values(password_hash=generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000"))
    )
    db.session.commit()
    auth.login(db.session.get(User, member_id))
    with count_queries() as statements:
        page = client.get("/").get_data(as_text=True)
    assert len(statements) == LIST_PAGE_QUERIES
    # every seeded thread is on the front page (23 of 25 a page)
    assert sorted(int(n) for n in re.findall(r'"unread-count"[^>]*>(\d+) new', page)) == expected


# Text and the search index ----------------------------------------------------------------------


def test_every_published_body_is_different(seeded):
    bodies = db.session.scalars(select(Post.body_md).where(Post.status == PostStatus.PUBLISHED))
    bodies = list(bodies)
    assert len(set(bodies)) == len(bodies) == _count(Post) - _deleted()


def _deleted() -> int:
    return db.session.scalar(
        select(func.count()).where(Post.status != PostStatus.PUBLISHED).select_from(Post)
    )


def _index() -> list[tuple]:
    if db.engine.dialect.name == "postgresql":
        sql = "SELECT post_id, vector::text FROM post_search ORDER BY post_id"
    else:
        sql = "SELECT rowid, title, body FROM post_search ORDER BY rowid"
    return [tuple(row) for row in db.session.execute(text(sql))]


def test_the_search_index_built_after_seeding_is_the_one_its_triggers_keep(seeded):
    built = _index()
    assert len(built) == _count(Post) - _deleted()
    # Every post through the triggers: out of the index and back in.
    published = Post.status == PostStatus.PUBLISHED
    db.session.execute(update(Post).where(published).values(status=PostStatus.HELD))
    assert _index() == []
    held = Post.status == PostStatus.HELD
    db.session.execute(update(Post).where(held).values(status=PostStatus.PUBLISHED))
    assert _index() == built


def test_a_phrase_from_a_seeded_post_finds_it(seeded):
    # In id order: without it PostgreSQL returns whichever rows its scan meets first, which
    # changed from run to run (a post whose phrase 20 newer posts share failed once).
    posts = db.session.execute(
        select(Post.id, Post.body_md)
        .where(Post.status == PostStatus.PUBLISHED)
        .order_by(Post.id)
        .limit(40)
    ).all()
    for post_id, body in posts[::4]:
        phrase = _plain_phrase(body)
        results = search(parse(f'"{phrase}"'), Filters(), 1, None)
        assert post_id in {hit.post.id for hit in results.page.items}, phrase


def _plain_phrase(body: str, length: int = 6) -> str:
    """The first six words in a row of the body with nothing but spaces and punctuation
    between them. No hyphen: PostgreSQL indexes "co-amoxiclav" as itself, then "co", then
    "amoxiclav", so a phrase with a word before it ("gave co-amoxiclav") finds nothing there
    (bench/search_bench.py counts such phrases)."""
    words = list(re.finditer(r"[^\W_]+", body))
    for i in range(len(words) - length + 1):
        span = body[words[i].start() : words[i + length - 1].end()]
        if re.fullmatch(r"[A-Za-z ,.;:]+", span):
            return span
    raise AssertionError(f"no plain phrase in {body!r}")


def _bodies(url: str) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        bodies = conn.scalars(select(Post.body_md).order_by(Post.id)).all()
    engine.dispose()
    return bodies


def test_the_same_seed_writes_the_same_text_and_another_seed_other_text(app, runner, tmp_path):
    urls = [f"sqlite:///{tmp_path / f'seed-{n}.sqlite3'}" for n in range(3)]
    for url, seed in zip(urls, ("1", "1", "2"), strict=True):
        _seed(runner, "--database-url", url, "--seed", seed)
    first, again, other = (_bodies(url) for url in urls)
    assert first == again
    assert len(set(first) & set(other)) <= 1  # "": the deleted posts'
