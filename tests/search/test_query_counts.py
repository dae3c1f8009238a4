"""A search page runs a fixed number of SQL queries however many posts match or are shown.
The counts are stated in the README; change both together."""

import pytest

# categories (for the filter), the newest matches (up to COUNT_CAP + 1) with their scores,
# the page's posts with their threads, categories and authors, their titles and snippets
SEARCH_PAGE_QUERIES = 4
AUTHOR_LOOKUP = 1  # `author:name` looks the member up
USER = 1  # a logged-in reader's account (with the header's counts)


def _queries_for(client, count_queries, **args) -> int:
    with count_queries() as statements:
        response = client.get("/search", query_string=args)
    assert response.status_code == 200
    return len(statements)


@pytest.mark.parametrize("threads", [2, 25])
def test_a_search_page_runs_the_same_queries_for_few_and_many_matches(
    client, auth, count_queries, make_user, make_thread, threads
):
    writer = make_user(username="often_named")
    for i in range(threads):
        make_thread(author=writer, title=f"Handover number {i}", body="A rushed handover.")
    assert _queries_for(client, count_queries, q="handover") == SEARCH_PAGE_QUERIES
    assert _queries_for(client, count_queries, q="handover", page=2 if threads > 20 else 1) == (
        SEARCH_PAGE_QUERIES
    )
    filtered = _queries_for(client, count_queries, q="handover", scope="stories", note="with")
    assert filtered == SEARCH_PAGE_QUERIES - 2  # nothing matches: no posts, no snippets
    named = _queries_for(client, count_queries, q="handover author:often_named")
    assert named == SEARCH_PAGE_QUERIES + AUTHOR_LOOKUP
    auth.login(make_user())
    assert _queries_for(client, count_queries, q="handover") == SEARCH_PAGE_QUERIES + USER


def test_an_empty_search_page_reads_only_the_categories(client, count_queries):
    assert _queries_for(client, count_queries) == 1
    assert _queries_for(client, count_queries, q="the why") == 1
