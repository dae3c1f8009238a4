"""Pages run a fixed number of SQL queries however long the thread or list (no N+1).
The counts are stated in the README; change both together."""

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import Post
from forum.threads.votes import set_vote

# user, thread, reply count, replies, opening post, viewer's votes, viewer's choice in the thread
THREAD_PAGE_QUERIES = 7
LIST_PAGE_QUERIES = 4  # user, thread count, threads, categories with activity


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
    assert _queries_for(client, count_queries, f"/t/{thread.public_id}") == THREAD_PAGE_QUERIES
    if replies > 30:
        assert _queries_for(client, count_queries, f"/t/{thread.public_id}?page=2") == (
            THREAD_PAGE_QUERIES - 1  # later pages do not load the opening post
        )


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
    # user, category, thread count, threads
    assert _queries_for(client, count_queries, f"/c/{category.slug}") == 4


def test_a_visitor_costs_one_query_less(client, count_queries, make_thread):
    thread = make_thread(replies=5)
    assert _queries_for(client, count_queries, f"/t/{thread.public_id}") == THREAD_PAGE_QUERIES - 3
