"""Whatever is typed into the search box, or into its address, the page answers with results or
a clear message, the text kept in the box; never a server error."""

from __future__ import annotations

import html
import re

import pytest

from forum.search.syntax import MAX_QUERY
from tests.search.pages import count_line, hits

SERVER_ERROR = "Something went wrong on our side"

TYPED = [
    # Unbalanced quotes
    '"insulin',
    'insulin"',
    '"wrong patient',
    '""',
    '"""',
    "'insulin",
    # Lone operators
    "-",
    "*",
    "OR",
    "AND",
    "NOT",
    "insulin OR",
    "AND insulin",
    "insulin NOT",
    "- insulin",
    "insulin -",
    "insulin *",
    "--insulin",
    "-*",
    "ins*",
    "i*",
    "**insulin**",
    # FTS5 and tsquery syntax
    '"',
    "^",
    "^insulin",
    ":",
    "insulin:",
    "NEAR(",
    "NEAR(insulin wrong, 2)",
    "title:x",
    "title:insulin",
    "body:insulin",
    "{a b}",
    "{title body}: insulin",
    "insulin + wrong",
    "(insulin",
    "insulin)",
    "insulin & wrong",
    "insulin | wrong",
    "!insulin",
    "insulin <-> wrong",
    "insulin:*",
    "'insulin':* & 'wrong'",
    # SQL metacharacters
    "' OR 1=1 --",
    "'; DROP TABLE posts; --",
    "insulin'; --",
    '" OR ""="',
    "%",
    "_",
    "insulin%",
    "\\",
    "insulin\\",
    "/* insulin */",
    "insulin;",
    # author:
    "author:",
    "author:'",
    'author:"',
    "author:%",
    "author:nobody_here",
    "author:nobody_here insulin",
    "author:a author:b",
    "-author:x",
    # Other text
    "🙂",
    "insulin 🙂 wrong",
    "ınsulin",  # dotless i
    "ＩＮＳＵＬＩＮ",  # full-width
    "a" * 300,
    "insulin " * 20,
    "\t insulin \n",
    "the",
    "why did you",
    "-insulin",
    "-insulin -wrong",
    "a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13",
]


@pytest.fixture
def posts(make_thread, make_reply):
    """Something to find, so the searches that do search run against real rows."""
    thread = make_thread(title="Insulin to the wrong patient", body="The insulin went wrong.")
    make_reply(thread, body="Our ward checks insulin twice.")
    return thread


def _problem(body: str) -> str:
    """Why nothing was searched, as the page says it; "" when it searched."""
    found = re.search(r'<p class="search-problem" role="status">(.*?)</p>', body, re.S)
    return " ".join(found[1].split()) if found else ""


def _box(body: str) -> str:
    """The text in the page's search box."""
    return html.unescape(
        re.search(r'<input type="search" id="q" name="q" value="([^"]*)"', body)[1]
    )


@pytest.mark.parametrize("text", TYPED)
def test_anything_typed_is_answered_with_results_or_a_message(client, posts, text):
    response = client.get("/search", query_string={"q": text})
    body = response.get_data(as_text=True)
    assert response.status_code == 200, text
    assert SERVER_ERROR not in body
    counted, problem = count_line(body), _problem(body)
    assert bool(counted) != bool(problem), (text, counted, problem)  # one or the other
    assert re.match(r"[\d,]+ posts? match|Nothing matches|More than", counted) or (
        problem.startswith(("Search ", "Those are all", "Add a word", "No member is called"))
    ), (text, counted, problem)
    assert _box(body) == " ".join(text.split())  # the text comes back, on one line


@pytest.mark.parametrize("text", ['"insulin', "insulin OR", "(insulin", "^insulin", "insulin*:"])
def test_stray_syntax_still_finds_the_words_around_it(client, posts, text):
    body = client.get("/search", query_string={"q": text}).get_data(as_text=True)
    assert len(hits(body)) >= 1, count_line(body)


def test_a_10000_character_query_gets_a_message_and_comes_back_in_the_box(client, posts):
    text = "x" + " ".join(["insulin"] * 1250)
    assert len(text) == 10_000
    response = client.get("/search", query_string={"q": text})
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f"at most {MAX_QUERY} characters" in body
    assert _box(body) == text
    assert hits(body) == {}


def test_a_query_string_that_is_not_utf8_is_refused_with_a_message(client, posts):
    response = client.get("/search?q=%FF%FE")
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "That address could not be read" in body and SERVER_ERROR not in body


def test_a_nul_in_the_query_is_refused_with_the_friendly_page(client, posts):
    for url in ("/search?q=%00", "/search?q=insulin%00wrong", "/search?q=insulin&sort=%00"):
        response = client.get(url)
        body = response.get_data(as_text=True)
        assert response.status_code == 400, url
        assert "Something was wrong with that request" in body and SERVER_ERROR not in body


JUNK = ["nope", "x", "", " ", "'", "%", "0", "-1", "99999999999", "ALL", "Date", "\u202e"]


@pytest.mark.parametrize("name", ["category", "scope", "note", "sort"])
def test_a_filter_with_a_junk_value_falls_back_to_its_default(client, posts, name):
    plain = client.get("/search", query_string={"q": "insulin"}).get_data(as_text=True)
    for value in JUNK:
        response = client.get("/search", query_string={"q": "insulin", name: value})
        body = response.get_data(as_text=True)
        assert response.status_code == 200, (name, value)
        assert count_line(body) == count_line(plain) == "2 posts match.", (name, value)
        assert list(hits(body)) == list(hits(plain))


def test_every_filter_with_junk_at_once(client, posts):
    args = {"q": "insulin", "category": "nope", "scope": "x", "note": "x", "sort": "x"}
    response = client.get("/search", query_string=args)
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and count_line(body) == "2 posts match."
    category = body.split('<select id="category"', 1)[1].split("</select>", 1)[0]
    assert category.count("selected") == 1 and 'value="" selected' in category  # "All categories"
    for default in ('value="all" selected', 'value="any" selected', 'value="relevance" selected'):
        assert default in body


def test_a_page_that_is_not_a_number_is_the_first(client, posts):
    first = client.get("/search", query_string={"q": "insulin"}).get_data(as_text=True)
    for page in ("abc", "", "1.5", "²", " 2"):
        response = client.get("/search", query_string={"q": "insulin", "page": page})
        assert response.status_code == 200, page
        assert list(hits(response.get_data(as_text=True))) == list(hits(first)), page


@pytest.mark.parametrize("page", ["0", "-1", "99999999999", "9" * 5000])
def test_a_page_number_out_of_range_is_the_friendly_404_as_on_every_list(client, posts, page):
    response = client.get("/search", query_string={"q": "insulin", "page": page})
    body = response.get_data(as_text=True)
    assert response.status_code == 404
    assert "We could not find that page" in body and SERVER_ERROR not in body


def test_a_page_past_the_last_result_says_so_and_links_back(client, posts):
    for q in ("insulin", "author:nobody_here", "the", ""):
        response = client.get("/search", query_string={"q": q, "page": "999999"})
        assert response.status_code == 200, q
    body = client.get("/search?q=insulin&page=999999").get_data(as_text=True)
    assert "This page is past the last result" in body
    assert 'href="/search?q=insulin"' in body


# The search box in the header -------------------------------------------------------------


@pytest.fixture
def strict_client(make_app, posts):
    """A client of an app that checks CSRF tokens, as production does."""
    app = make_app(WTF_CSRF_ENABLED=True)
    return app.test_client()


def test_the_header_search_box_is_a_get_form_on_other_pages(strict_client, posts):
    for url in ("/", f"/t/{posts.public_id}", "/about", "/login", "/no/such/page"):
        body = strict_client.get(url).get_data(as_text=True)
        start = body.index('<form class="site-search"')
        form = body[start : body.index("</form>", start)]
        assert 'method="get" action="/search"' in form, url
        assert 'name="q"' in form and "csrf_token" not in form, url
    search = strict_client.get("/search").get_data(as_text=True)
    assert 'class="site-search"' not in search  # the page has its own box
    assert 'id="q" name="q"' in search


def test_a_search_needs_no_csrf_token(strict_client, posts):
    response = strict_client.get("/search", query_string={"q": "insulin", "sort": "date"})
    assert response.status_code == 200
    assert count_line(response.get_data(as_text=True)) == "2 posts match."


def test_a_left_out_common_word_is_ignored_on_both_engines(client, posts):
    """PostgreSQL drops stop words, so `-the` leaves nothing out there; nor does it here."""
    body = client.get("/search", query_string={"q": "insulin -the"}).get_data(as_text=True)
    assert count_line(body) == "2 posts match."
