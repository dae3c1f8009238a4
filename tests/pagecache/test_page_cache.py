"""The visitor page cache: who gets a cached page and who never does, the headers that tell
browsers and proxies, conditional GETs, the stamps the triggers keep, and Redis."""

from __future__ import annotations

import gc
import logging
import socket
import threading
import uuid

import pytest
from sqlalchemy import event, inspect, select, update

from forum.extensions import db
from forum.models import Category, HeldBecause, PageStamps, Post, Thread, User
from forum.moderation import posts as moderation
from forum.pagecache import stamps
from forum.threads import services
from tests.conftest import REDIS_URL as REDIS
from tests.conftest import Auth, RequestPerContextClient, needs_redis, serving


@pytest.fixture(autouse=True)
def _one_minute(frozen_minute):
    """Each test here expects a page asked twice to come from the cache the second time."""


@pytest.fixture
def cached(make_app):
    yield from serving(make_app(CACHE_HEADER=True))


def _client(app):
    app.test_client_class = RequestPerContextClient
    return app.test_client()


@pytest.fixture
def visitor(cached):
    return _client(cached)


@pytest.fixture
def thread(cached, make_thread, make_reply, make_user):
    writer = make_user(username="quiet.writer")
    story = make_thread(author=writer, anonymous=True, title="The missed allergy", replies=2)
    make_reply(story, author=writer, anonymous=True, body="Thank you all.")
    return story


# --- the stamps ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table, shown, private",
    [
        ("users", stamps.USER_COLUMNS_SHOWN, stamps.USER_COLUMNS_PRIVATE),
        ("categories", stamps.CATEGORY_COLUMNS_SHOWN, stamps.CATEGORY_COLUMNS_PRIVATE),
    ],
)
def test_every_column_of_users_and_categories_is_classified_shown_or_private(
    cached, table, shown, private
):
    """A new column fails here until someone decides whether pages show it (then a change
    to it must empty the pages that do: add it to the shown list)."""
    columns = {c["name"] for c in inspect(db.engine).get_columns(table)}
    assert not set(shown) & set(private)
    assert columns == set(shown) | set(private)


def _stamps() -> tuple[int, int]:
    db.session.expire_all()
    row = db.session.get(PageStamps, 1)
    return row.lists, row.shared


def _version(thread_id: int) -> int:
    return db.session.scalar(select(Thread.version).where(Thread.id == thread_id))


def test_a_reply_bumps_its_thread_and_the_lists_in_its_own_transaction(cached, thread, make_user):
    other = services.create_thread(
        make_user(), category_id=thread.category_id, title="Other", body="Text.", anonymous=False
    )
    lists, shared = _stamps()
    mine, others = _version(thread.id), _version(other.thread_id)
    services.create_reply(thread, make_user(), "Same here.", anonymous=False)
    assert _version(thread.id) > mine and _version(other.thread_id) == others
    assert _stamps()[0] > lists and _stamps()[1] == shared


def test_a_rolled_back_write_bumps_nothing(cached, thread):
    lists, version = _stamps()[0], _version(thread.id)
    db.session.execute(update(Post).where(Post.thread_id == thread.id).values(score=5))
    db.session.rollback()
    assert (_stamps()[0], _version(thread.id)) == (lists, version)


def test_only_what_pages_show_of_a_member_or_category_bumps_every_page(cached, thread):
    user = db.session.get(User, thread.author_id)
    before = _stamps()[1]
    user.open_notices, user.session_generation, user.role = 3, 9, "moderator"
    db.session.execute(update(Category).values(thread_count=Category.thread_count + 1))
    db.session.commit()
    assert _stamps()[1] == before  # notices, logouts, roles and counts show on no page
    user.profession = "Midwife"
    db.session.commit()
    assert _stamps()[1] == before + 1


# --- who gets a cached page ----------------------------------------------------------------


def test_a_visitor_gets_the_page_from_the_cache_with_its_etag_and_headers(visitor, thread):
    url = f"/t/{thread.public_id}"
    first, second = visitor.get(url), visitor.get(url)
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit")
    assert first.data == second.data and first.headers["ETag"] == second.headers["ETag"]
    assert second.headers["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert "Cookie" in second.headers["Vary"]
    assert "Set-Cookie" not in second.headers


def test_the_max_age_is_a_setting(make_app, thread):
    client = _client(make_app(CACHE_MAX_AGE=30))
    response = client.get(f"/t/{thread.public_id}")
    assert response.headers["Cache-Control"] == "public, max-age=30"


def test_a_member_never_gets_the_visitors_copy_and_theirs_is_never_stored(
    cached, visitor, thread, make_user
):
    url = f"/t/{thread.public_id}"
    visitor.get(url)
    assert visitor.get(url).headers["X-Cache"] == "hit"
    member = _client(cached)
    Auth(member).login(make_user(username="a.member"))
    page = member.get(url)
    assert "X-Cache" not in page.headers and "ETag" not in page.headers
    assert page.headers["Cache-Control"] == "no-store"
    assert "a.member" in page.get_data(as_text=True)  # their header, not the visitor's
    writer = _client(cached)
    Auth(writer).login(db.session.get(User, thread.author_id))
    assert "You · posted anonymously" in writer.get(url).get_data(as_text=True)
    again = visitor.get(url)
    assert again.headers["X-Cache"] == "hit"
    assert "You · posted anonymously" not in again.get_data(as_text=True)
    assert "a.member" not in again.get_data(as_text=True)


def test_an_if_none_match_with_the_current_etag_is_answered_304_with_one_query(
    visitor, thread, make_user
):
    url = f"/t/{thread.public_id}"
    tag = visitor.get(url).headers["ETag"]
    statements = []
    with visitor.application.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    stamps.listeners.append(statements.append)
    try:
        again = visitor.get(url, headers={"If-None-Match": tag})
    finally:
        stamps.listeners.remove(statements.append)
    assert again.status_code == 304 and again.data == b"" and len(statements) == 1
    assert "page_stamps" in statements[0]
    assert again.headers["ETag"] == tag
    services.create_reply(db.session.get(Thread, thread.id), make_user(), "New.", anonymous=False)
    changed = visitor.get(url, headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["ETag"] != tag
    assert "New." in changed.get_data(as_text=True)


def test_each_sort_and_page_is_its_own_entry_and_made_up_arguments_are_served_fresh(
    visitor, thread
):
    url = f"/t/{thread.public_id}"
    tags = {
        visitor.get(url + query).headers["ETag"] for query in ("", "?sort=helpful", "?sort=helped")
    }
    assert len(tags) == 3
    made_up = visitor.get(url + "?utm_source=x")
    assert made_up.status_code == 200 and "X-Cache" not in made_up.headers
    assert "ETag" not in made_up.headers


def test_a_visitors_permalink_redirect_is_kept_and_a_members_is_not(
    cached, visitor, thread, make_user
):
    post = db.session.scalar(
        select(Post.public_id).where(Post.thread_id == thread.id).order_by(Post.id.desc())
    )
    first, second = visitor.get(f"/p/{post}"), visitor.get(f"/p/{post}")
    assert (first.status_code, first.headers["X-Cache"]) == (302, "miss")
    assert (second.status_code, second.headers["X-Cache"]) == (302, "hit")
    assert second.headers["Location"] == first.headers["Location"]
    assert second.headers["Location"] == f"/t/{thread.public_id}#p-{post}"
    assert second.data == first.data and second.headers["ETag"] == first.headers["ETag"]
    member = _client(cached)
    Auth(member).login(make_user(username="a.member"))
    theirs = member.get(f"/p/{post}")
    assert theirs.status_code == 302 and "X-Cache" not in theirs.headers
    assert theirs.headers["Cache-Control"] == "no-store"
    assert visitor.get("/p/aaaaaaaaaaaa").status_code == 404  # no such post: not kept
    assert "X-Cache" not in visitor.get("/p/aaaaaaaaaaaa").headers


def test_a_worker_keeps_up_to_its_number_of_pages_the_least_recently_read_going_first(
    make_app, thread
):
    client = _client(make_app(CACHE_HEADER=True, CACHE_ENTRIES=2))
    url = f"/t/{thread.public_id}"
    first, second, third = (url, url + "?sort=helpful", url + "?sort=helped")
    client.get(first), client.get(second)
    assert client.get(first).headers["X-Cache"] == "hit"  # now the most recently read
    client.get(third)  # the store is full: the second page goes
    assert [client.get(page).headers["X-Cache"] for page in (first, second)] == ["hit", "miss"]


def test_a_message_waiting_for_a_visitor_is_shown_and_never_stored(visitor, make_user):
    visitor.get("/")
    Auth(visitor).login(make_user())
    Auth(visitor).logout()  # flashes "You are logged out."
    page = visitor.get("/")
    assert "You are logged out." in page.get_data(as_text=True)
    assert "X-Cache" not in page.headers
    again = visitor.get("/")
    assert "You are logged out." not in again.get_data(as_text=True)
    assert again.headers["X-Cache"] == "hit"


def test_missing_and_held_pages_are_not_cached(visitor, thread, make_user):
    assert visitor.get("/t/aaaaaaaaaaaa").status_code == 404
    held = services.create_reply(
        thread, make_user(), "Held for now.", anonymous=False, held_because=HeldBecause.GUARD
    )
    view = f"/p/{held.public_id}/view"
    assert visitor.get(view).status_code == 404
    assert visitor.get(view).status_code == 404
    moderator = make_user(role="moderator")
    moderation.approve(db.session.get(Post, held.id), moderator, "")
    shown = visitor.get(view)
    assert shown.status_code == 200 and "Held for now." in shown.get_data(as_text=True)


def test_a_head_request_gets_the_headers_of_the_cached_page(visitor, thread):
    url = f"/t/{thread.public_id}"
    tag = visitor.get(url).headers["ETag"]
    head = visitor.head(url)
    assert head.status_code == 200 and head.headers["ETag"] == tag and head.data == b""


def test_members_only_turns_visitors_away_before_the_cache(make_app, thread):
    open_app = make_app(CACHE_HEADER=True)
    url = f"/t/{thread.public_id}"
    _client(open_app).get(url)
    closed = _client(make_app(CACHE_HEADER=True, MEMBERS_ONLY=True))
    assert closed.get(url).status_code == 302


@pytest.mark.parametrize("setting", ["off", "0", "false"])
def test_forum_cache_off_serves_every_page_fresh_without_etags(make_app, thread, setting):
    client = _client(make_app(CACHE=setting, CACHE_HEADER=True))
    url = f"/t/{thread.public_id}"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert "ETag" not in response.headers and "X-Cache" not in response.headers


def test_forum_cache_off_from_the_environment(monkeypatch, make_app, thread):
    monkeypatch.setenv("FORUM_CACHE", "off")
    assert make_app().extensions["pagecache"] is None


# --- Redis ---------------------------------------------------------------------------------


@needs_redis
def test_pages_kept_in_redis_are_shared_by_apps_and_name_no_anonymous_writer(make_app, thread):
    import redis

    prefix = f"debrief-test-{uuid.uuid4().hex[:8]}:"
    settings = {"CACHE_URL": REDIS, "CACHE_KEY_PREFIX": prefix, "CACHE_HEADER": True}
    one, two = _client(make_app(**settings)), _client(make_app(**settings))
    store = redis.Redis.from_url(REDIS)
    url = f"/t/{thread.public_id}"
    try:
        assert one.get(url).headers["X-Cache"] == "miss"
        assert two.get(url).headers["X-Cache"] == "hit"  # another worker, another server
        keys = store.keys(f"{prefix}*")
        assert keys
        writer = db.session.get(User, thread.author_id)
        for key in keys:
            value = store.get(key)
            assert b"The missed allergy" in value  # the page itself
            for secret in (writer.username.encode(), f"/u/{writer.username}".encode()):
                assert secret not in key and secret not in value
            assert 0 < store.ttl(key) <= 120
    finally:
        for key in store.keys(f"{prefix}*"):
            store.delete(key)


@needs_redis
def test_a_worker_serves_its_own_copy_of_a_page_it_kept_in_redis(make_app, thread):
    """A key names one version of one page, so the copy a worker keeps in its memory is
    the page Redis holds, and it spares a round trip."""
    import redis

    prefix = f"debrief-test-{uuid.uuid4().hex[:8]}:"
    client = _client(make_app(CACHE_URL=REDIS, CACHE_KEY_PREFIX=prefix, CACHE_HEADER=True))
    store = redis.Redis.from_url(REDIS)
    url = f"/t/{thread.public_id}"
    try:
        page = client.get(url).data
        for key in store.keys(f"{prefix}*"):
            store.delete(key)
        again = client.get(url)
        assert again.headers["X-Cache"] == "hit" and again.data == page
        assert not store.keys(f"{prefix}*")  # it was not asked, so not filled again
    finally:
        for key in store.keys(f"{prefix}*"):
            store.delete(key)


def test_the_rate_limits_redis_is_used_when_no_cache_url_is_given(make_app):
    app = make_app(RATELIMIT_STORAGE_URI=REDIS)
    assert app.extensions["pagecache"]["shared"]["CACHE_REDIS_URL"] == REDIS
    assert make_app().extensions["pagecache"]["shared"] is None


def test_a_cache_that_does_not_answer_costs_speed_never_a_page(make_app, thread, caplog):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = _client(make_app(CACHE_URL=f"redis://127.0.0.1:{port}/0", CACHE_HEADER=True))
    with caplog.at_level(logging.WARNING):
        response = client.get(f"/t/{thread.public_id}")
    assert response.status_code == 200 and "The missed allergy" in response.get_data(as_text=True)
    assert "page cache: could not" in caplog.text


def test_with_csrf_on_as_in_production_every_visitor_page_is_cached_and_sets_no_cookie(
    make_app, thread, make_reply
):
    """A form on a visitor's page would put a CSRF token in the session: the page could not
    be stored, and every visitor would get a cookie."""
    client = _client(make_app(WTF_CSRF_ENABLED=True, CACHE_HEADER=True))
    reply = make_reply(thread, body="Named.")
    author = db.session.get(User, reply.author_id)
    category = db.session.get(Category, thread.category_id)
    pages = [
        "/", f"/c/{category.slug}", f"/t/{thread.public_id}", f"/p/{reply.public_id}/view",
        f"/u/{author.username}", "/feed.atom", f"/c/{category.slug}/feed.atom",
        f"/t/{thread.public_id}/feed.atom",
    ]  # fmt: skip
    for path in pages:
        first, second = client.get(path), client.get(path)
        assert first.status_code == 200, path
        assert "Set-Cookie" not in first.headers, path
        assert second.headers["X-Cache"] == "hit", path


def test_cache_reset_makes_every_cached_page_unreachable(cached, visitor, thread):
    """After a backup is restored its stamps go back, and pages cached since could match
    them again: `forum cache-reset` gives the database a new epoch."""
    url = f"/t/{thread.public_id}"
    visitor.get(url)
    assert visitor.get(url).headers["X-Cache"] == "hit"
    result = cached.test_cli_runner().invoke(args=["cache-reset"])
    assert result.exit_code == 0 and "out of date" in result.output
    assert visitor.get(url).headers["X-Cache"] == "miss"


def test_a_stamps_connection_that_broke_is_opened_again(visitor, thread):
    """A database server restarted under a worker: the next page reads its stamps anew."""
    url = f"/t/{thread.public_id}"
    assert visitor.get(url).status_code == 200
    stamps._reader.closing.driver.close()  # as a restart would leave it
    response = visitor.get(url)
    assert response.status_code == 200 and response.headers["X-Cache"] == "hit"


def test_a_thread_that_ends_gives_no_autocommit_connection_back_to_the_pool(cached, thread):
    """The development server (and a threaded worker) ends threads; the connection a thread
    read stamps on, in autocommit, must never be handed to a session, whose transactions
    would then commit statement by statement."""
    url = f"/t/{thread.public_id}"
    for _ in range(3):
        reader = threading.Thread(target=lambda: _client(cached).get(url))
        reader.start()
        reader.join()
    gc.collect()
    with cached.app_context():
        pooled = [db.engine.raw_connection() for _ in range(db.engine.pool.checkedin())]
        try:
            for connection in pooled:
                driver = connection.driver_connection
                if db.engine.dialect.name == "sqlite":
                    assert driver.isolation_level is not None
                else:
                    assert not driver.autocommit
        finally:
            for connection in pooled:
                connection.close()
