"""Pages run a fixed number of SQL queries however long the thread or list (no N+1).
The counts are stated in the README; change both together."""

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import Post, WatchLevel
from forum.notify.services import set_level
from forum.threads.votes import set_vote

# user (with the header's count of unread notifications), thread (with the stamps its posts'
# cards are kept under), reply count, replies, opening post, viewer's votes, viewer's choice
# in the thread, viewer's watch level and place
THREAD_PAGE_QUERIES = 8
# user, thread count, threads, categories with activity, unread replies in the listed threads
LIST_PAGE_QUERIES = 5
# A page with posts the member had not seen moves their place (one upsert); while they have
# unread notifications, one update marks those about the posts shown read.
PLACE_MOVING_WRITES = 1


@pytest.fixture
def logged_in_reader(client, auth, make_user):
    reader = make_user()
    auth.login(reader)
    return reader


def _queries_for(client, count_queries, url):
    with count_queries() as statements:
        response = client.get(url)
    assert response.status_code == 200
    return len(statements)


@pytest.mark.parametrize("replies", [5, 60])
def test_the_thread_page_runs_the_same_queries_for_5_and_60_replies(
    client, count_queries, logged_in_reader, make_thread, make_user, replies
):
    thread = make_thread(replies=replies)
    voter = make_user()
    for post in db.session.scalars(select(Post).where(Post.thread_id == thread.id)):
        set_vote(post, voter, True)
    url = f"/t/{thread.public_id}"
    assert _queries_for(client, count_queries, url) == THREAD_PAGE_QUERIES + PLACE_MOVING_WRITES
    assert _queries_for(client, count_queries, url) == THREAD_PAGE_QUERIES  # nothing new
    if replies > 30:
        assert _queries_for(client, count_queries, f"{url}?page=2") == (
            THREAD_PAGE_QUERIES - 1 + PLACE_MOVING_WRITES  # no opening post on later pages
        )


def test_unread_replies_in_watched_threads_cost_no_update_of_notifications_on_a_page(
    client, count_queries, logged_in_reader, make_thread, make_reply
):
    """The header counts them, but only stored notifications are marked read by a page; the
    replies are read when the member's place in their thread moves."""
    watched, other = make_thread(replies=1), make_thread(replies=3)
    client.get(f"/t/{watched.public_id}")
    set_level(logged_in_reader, watched, WatchLevel.WATCHING)
    client.get(f"/t/{other.public_id}")
    url = f"/t/{other.public_id}"
    make_reply(watched)
    with count_queries() as statements:
        page = client.get(url).get_data(as_text=True)
    assert '<span class="count">1 new</span>' in page  # the header counts the reply
    assert not [s for s in statements if s.lstrip().upper().startswith("UPDATE")]
    assert len(statements) == THREAD_PAGE_QUERIES


@pytest.mark.parametrize("unread", [2, 40])
def test_unread_markers_cost_one_query_however_many_threads_and_replies_are_unread(
    client, count_queries, logged_in_reader, make_thread, make_reply, unread
):
    threads = [make_thread(replies=1) for _ in range(3)]
    for thread in threads:
        client.get(f"/t/{thread.public_id}")  # the reader has a place in each
        for _ in range(unread):
            make_reply(thread)
    with count_queries() as statements:
        response = client.get("/")
    assert len(statements) == LIST_PAGE_QUERIES
    assert response.get_data(as_text=True).count(f"{unread} new") == 3


@pytest.mark.parametrize("threads", [3, 30])
def test_the_front_page_runs_the_same_queries_for_3_and_30_threads(
    client, count_queries, logged_in_reader, make_thread, make_category, threads
):
    categories = [make_category() for _ in range(3)]
    for i in range(threads):
        make_thread(category=categories[i % 3], replies=1)
    assert _queries_for(client, count_queries, "/") == LIST_PAGE_QUERIES


@pytest.mark.parametrize("threads", [3, 30])
def test_a_category_page_runs_the_same_queries_for_3_and_30_threads(
    client, count_queries, logged_in_reader, make_thread, make_category, threads
):
    category = make_category()
    for _ in range(threads):
        make_thread(category=category)
    # user, category, thread count, threads, unread replies in them
    assert _queries_for(client, count_queries, f"/c/{category.slug}") == 5


def test_a_visitor_costs_the_stamps_and_the_page_then_the_stamps_alone(
    client, count_queries, make_thread, frozen_minute
):
    thread = make_thread(replies=5)
    url = f"/t/{thread.public_id}"
    # the page's stamps, then the page without user, votes, choice, watch level or place
    assert _queries_for(client, count_queries, url) == 1 + THREAD_PAGE_QUERIES - 4
    assert _queries_for(client, count_queries, url) == 1  # from the cache: the stamps only
    assert _queries_for(client, count_queries, "/") == 1 + LIST_PAGE_QUERIES - 2
    assert _queries_for(client, count_queries, "/") == 1


# user, count, the page, its stored notifications, the posts of its replies in watched threads
NOTIFICATIONS_PAGE_QUERIES = 5


@pytest.mark.parametrize("replies", [3, 40])
def test_the_notifications_page_runs_the_same_queries_for_3_and_40(
    client, count_queries, logged_in_reader, make_thread, make_reply, replies
):
    from forum.models import WatchLevel
    from forum.notify.services import set_level

    thread = make_thread()
    set_level(logged_in_reader, thread, WatchLevel.WATCHING)
    mine = make_reply(thread, author=logged_in_reader)
    quote = f"> [**me** wrote](/p/{mine.public_id}):\n>\n> text\n\nSame."
    for n in range(replies):  # replies read from the watch, and stored quotes among them
        make_reply(thread, body=quote if n % 3 == 0 else f"Reply {n}.")
    with count_queries() as statements:
        response = client.get("/notifications")
    assert response.status_code == 200 and "quoted you" in response.get_data(as_text=True)
    assert len(statements) == NOTIFICATIONS_PAGE_QUERIES
