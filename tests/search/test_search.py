"""Searching, through the page at /search and queries.search, on the engine the run uses
(SQLite's FTS5 by default, PostgreSQL's tsvector when FORUM_TEST_DATABASE_URL is set): what
matches, in which order, the filters, the pages, the count, and how a hit is shown."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import func, insert, select, update

from forum.auth import ownership
from forum.extensions import db
from forum.models import Post, Thread, utcnow
from forum.search import queries, syntax
from tests.conftest import PASSWORD
from tests.search.pages import count_line, hits

FOLD = '<details class="content-note">'


def _page(client, q: str | None = None, **args) -> str:
    response = client.get("/search", query_string={**({"q": q} if q is not None else {}), **args})
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _found(client, q: str, **args) -> list[str]:
    """The public ids of the posts the page lists, in its order."""
    return list(hits(_page(client, q, **args)))


def _ids(*posts) -> list[str]:
    return [post.public_id for post in posts]


def _opening(thread: Thread) -> Post:
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.is_opening))


def _search(q: str, **filters) -> queries.Results:
    return queries.search(syntax.parse(q), queries.Filters(**filters), 1, None)


def _bulk_replies(thread: Thread, author, bodies: list[str]) -> None:
    """Many published replies in one statement (the index triggers still run per row)."""
    db.session.execute(
        insert(Post),
        [
            {"thread_id": thread.id, "author_id": author.id, "body_md": body, "body_html": ""}
            for body in bodies
        ],
    )
    db.session.commit()


# ---------------------------------------------------------------------------------------
# What matches


def test_every_word_must_match(client, make_thread, make_reply):
    thread = make_thread(title="A long shift", body="The heparin drip ran all night.")
    both = make_reply(thread, body="Heparin, and the pump alarm I silenced.")
    make_reply(thread, body="Only the pump here.")
    assert _found(client, "heparin pump") == _ids(both)
    assert sorted(_found(client, "heparin")) == sorted(_ids(_opening(thread), both))


def test_an_exact_phrase_matches_those_words_in_that_order(client, make_thread, make_reply):
    thread = make_thread(title="Two patients", body="Nothing to see.")
    ordered = make_reply(thread, body="I gave it to the wrong patient at midnight.")
    make_reply(thread, body="The patient was wrong about the time.")
    assert _found(client, '"wrong patient"') == _ids(ordered)


def test_a_phrases_stop_words_hold_their_places(client, make_thread, make_reply):
    # Both engines leave stop words out of a phrase but keep the distance they make.
    thread = make_thread(title="Nights", body="Nothing to see.")
    wanted = make_reply(thread, body="We had a safety contract for confidentiality reasons.")
    make_reply(thread, body="A safety contract, and then confidentiality was breached.")
    make_reply(thread, body="Confidentiality matters; so does a safety contract.")
    assert _found(client, '"safety contract for confidentiality"') == _ids(wanted)
    assert _found(client, '"safety contract by confidentiality"') == _ids(wanted)


def test_a_phrase_of_stop_words_and_one_word_finds_that_word(client, make_thread, make_reply):
    thread = make_thread(title="Nights", body="Nothing to see.")
    make_reply(thread, body="I wanted a second check, but nobody came.")
    wanted = make_reply(thread, body="I checked, but a second nurse was not there.")
    assert _found(client, '"nurse was not there"') == _ids(wanted)
    assert _found(client, '"was the nurse there"') == _ids(wanted)


def test_an_excluded_word_leaves_those_posts_out(client, make_thread, make_reply):
    thread = make_thread(title="Doses", body="Nothing to see.")
    pen = make_reply(thread, body="Insulin from a pen.")
    make_reply(thread, body="Insulin from a pump.")
    assert _found(client, "insulin -pump") == _ids(pen)


def test_leaving_out_a_stop_word_leaves_nothing_out(client, make_thread, make_reply):
    thread = make_thread(title="Doses", body="Nothing to see.")
    replies = [make_reply(thread, body="The insulin pen."), make_reply(thread, body="Insulin.")]
    assert sorted(_found(client, "insulin -the")) == sorted(_ids(*replies))


def test_an_excluded_phrase_leaves_only_that_phrase_out(client, make_thread, make_reply):
    thread = make_thread(title="Doses", body="Nothing to see.")
    make_reply(thread, body="The sliding scale was wrong.")
    apart = make_reply(thread, body="The scale was sliding off the counter.")
    assert _found(client, 'scale -"sliding scale"') == _ids(apart)


def test_a_prefix_finds_the_words_that_start_so(client, make_thread, make_reply):
    thread = make_thread(title="Nights", body="Nothing to see.")
    first = make_reply(thread, body="An insulin error.")
    second = make_reply(thread, body="I learned about insulinoma that week.")
    make_reply(thread, body="The islet cells make it.")
    assert sorted(_found(client, "insul*")) == sorted(_ids(first, second))


def test_a_prefix_that_is_a_stop_word_still_finds_longer_words(client, make_thread, make_reply):
    # "over", "her" and "off" are stop words; "overdose", "hernia" and "officer" are not.
    thread = make_thread(title="Nights", body="Nothing to see.")
    overdose = make_reply(thread, body="A paracetamol overdose on the ward.")
    hernia = make_reply(thread, body="The hernia repair went wrong.")
    assert _found(client, "over*") == _ids(overdose)
    assert _found(client, "her*") == _ids(hernia)
    assert "<mark>overdose</mark>" in _page(client, "paracetamol over*")


@pytest.mark.parametrize("form", ["breach", "breached", "breaching", "breaches"])
def test_english_words_match_in_any_form(client, make_thread, make_reply, form):
    thread = make_thread(title="Nights", body="Nothing to see.")
    first = make_reply(thread, body="I breached confidentiality.")
    second = make_reply(thread, body="Breaching it felt necessary.")
    third = make_reply(thread, body="One breach is enough.")
    assert sorted(_found(client, form)) == sorted(_ids(first, second, third))


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("cafe", "We met in the Café downstairs."),
        ("CAFÉ", "we met in the cafe downstairs."),
        ("cafe\u0301", "We met in the cafe downstairs."),  # typed with a combining accent
        ("naive", "It was a naïve question."),
        ("naïve", "It was a naive question."),
        ("Zoe", "Zoë, my preceptor, saw it."),
        ("HEPARIN", "heparin"),
    ],
)
def test_case_and_accents_do_not_matter(client, make_thread, make_reply, query, text):
    thread = make_thread(title="Nights", body="Nothing to see.")
    reply = make_reply(thread, body=text)
    assert _found(client, query) == _ids(reply)


def test_a_hyphenated_word_matches_as_written(client, make_thread, make_reply):
    thread = make_thread(title="Nights", body="Nothing to see.")
    reply = make_reply(thread, body="She would not co-sign the order.")
    make_reply(thread, body="The sign was on the door of the co-op.")
    assert _found(client, "co-sign") == _ids(reply)


@pytest.mark.parametrize(
    ("query", "text"),
    [("24/7", "The unit is staffed 24/7 now."), ("mg/kg", "She got 2 mg/kg instead of 0.2.")],
)
def test_a_slashed_word_matches_as_written(client, make_thread, make_reply, query, text):
    thread = make_thread(title="Nights", body="Nothing to see.")
    reply = make_reply(thread, body=text)
    assert _found(client, query) == _ids(reply)


def test_a_query_finds_nothing_of_a_post_that_only_quotes_markdown(client, make_thread):
    make_thread(title="Nights", body="**Heparin** was _given_ twice.")
    assert len(_found(client, "heparin given")) == 1


# ---------------------------------------------------------------------------------------
# Queries with nothing to search for, and hostile ones


def test_an_empty_search_shows_tips_not_results(client, make_thread):
    make_thread(title="Heparin", body="Heparin.")
    for page in (_page(client), _page(client, ""), _page(client, "   ")):
        assert "Search the stories and replies" in page
        assert hits(page) == {} and count_line(page) == ""


def test_stop_words_alone_give_a_message(client, make_thread):
    make_thread(title="Why did you do that", body="Why did you?")
    page = _page(client, "why did you")
    assert "Those are all very common words" in page
    assert hits(page) == {} and count_line(page) == ""


def test_a_minus_alone_gives_a_message(client, make_thread):
    make_thread(title="Heparin", body="Heparin.")
    page = _page(client, "-heparin")
    assert "a minus sign only leaves words out" in page
    assert hits(page) == {}


def test_a_long_query_gives_a_message(client):
    page = _page(client, "insulin " * 1250)
    assert "Search for at most 300 characters." in page


@pytest.mark.parametrize(
    "q",
    [
        "'; DROP TABLE posts; --",
        '" OR 1=1 --',
        "NEAR(heparin pump)",
        'heparin"',
        "^heparin",
        "title:heparin",
        "heparin:*",
        "heparin & !pump | x",
        "-",
        "*",
        "OR",
        "(",
        ")",
        "heparin\x07\x1b",
        "\\",
    ],
)
def test_engine_and_sql_syntax_is_searched_for_as_words(client, make_thread, q):
    make_thread(title="Heparin at night", body="Heparin and a pump.")
    _page(client, q)
    assert db.session.scalar(select(func.count()).select_from(Post)) == 1


def test_nul_and_control_characters_are_dropped_from_a_query(make_thread):
    thread = make_thread(title="Heparin at night", body="A pump.")
    assert [hit.post.id for hit in _search("\x00hep\x07arin\x1b").page.items] == [
        _opening(thread).id
    ]


def test_a_nul_in_the_address_is_refused_before_search_reads_it(client):
    assert client.get("/search", query_string={"q": "\x00heparin"}).status_code == 400


def test_hundreds_of_random_queries_never_fail(app, make_thread, make_reply):
    thread = make_thread(title="Café at night", body="Heparin 24/7, mg/kg, naïve co-sign.")
    make_reply(thread, body="שלום 患者 😀 x² ½ İstanbul नमस्ते")
    alphabet = (
        "abehinprx0124 -*\"'():^&|!<>\\/.,;_{}~"
        "éïİıΐß½²患者ש\u0301\u0308\u200f\u202e\x00\x07\t😀\ue000"
    )
    rng = random.Random(13)
    for _ in range(300):
        q = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        results = _search(q)  # raises if an engine refused the query
        assert results.page.total == len(results.page.items)


# ---------------------------------------------------------------------------------------
# Order


def test_a_word_in_a_thread_title_ranks_above_it_once_in_a_body(client, make_thread, make_reply):
    titled = make_thread(
        title="Heparin at handover",
        body="It was a long night, and I will tell it from the start, as it happened to me.",
    )
    other = make_thread(title="A quiet night", body="Something else entirely.")
    mentioned = make_reply(other, body="We had heparin on the ward.")  # newer, and shorter
    assert _found(client, "heparin") == _ids(_opening(titled), mentioned)


def test_newest_first_when_asked_by_the_hour_and_in_no_telling_order_within_it(
    client, make_thread, make_reply
):
    titled = make_thread(title="Heparin at handover", body="A long story.")
    thread = make_thread(title="Nights", body="Nothing.")
    older = make_reply(thread, body="Heparin, heparin, heparin.")
    newer = make_reply(thread, body="Heparin once.")
    now = utcnow().replace(minute=30)
    for post, hours_ago in ((_opening(titled), 5), (older, 3), (newer, 1)):
        db.session.execute(
            update(Post)
            .where(Post.id == post.id)
            .values(created_at=now - timedelta(hours=hours_ago))
        )
    db.session.commit()
    assert _found(client, "heparin", sort="date") == _ids(newer, older, _opening(titled))
    # Within one hour, by public id (random): by the minute, an anonymous post would stand
    # between named posts whose minutes show.
    db.session.execute(update(Post).values(created_at=now))
    db.session.commit()
    in_one_hour = sorted([newer, older, _opening(titled)], key=lambda post: post.public_id)
    assert _found(client, "heparin", sort="date") == _ids(*in_one_hour)


def test_an_unknown_order_is_the_best_match(client, make_thread, make_reply):
    titled = make_thread(title="Heparin at handover", body="A long story.")
    reply = make_reply(make_thread(title="Nights", body="Nothing."), body="Heparin once.")
    assert _found(client, "heparin", sort="oldest") == _ids(_opening(titled), reply)


# ---------------------------------------------------------------------------------------
# Filters


def test_the_category_filter(client, make_thread, make_category):
    wards, pharmacy = make_category(slug="wards"), make_category(slug="pharmacy")
    on_ward = make_thread(category=wards, title="Heparin", body="On the ward.")
    make_thread(category=pharmacy, title="Heparin", body="In the pharmacy.")
    assert _found(client, "heparin", category="wards") == _ids(_opening(on_ward))
    assert len(_found(client, "heparin", category="no-such-category")) == 2


def test_stories_only(client, make_thread, make_reply):
    thread = make_thread(title="Heparin", body="The story.")
    make_reply(thread, body="Heparin in a reply.")
    assert _found(client, "heparin", scope="stories") == _ids(_opening(thread))
    assert len(_found(client, "heparin", scope="everything")) == 2


def test_with_and_without_a_content_note(client, make_thread):
    noted = make_thread(title="Heparin", body="The story.", content_note="patient death")
    plain = make_thread(title="Heparin", body="The story.")
    assert _found(client, "heparin", note="with") == _ids(_opening(noted))
    assert _found(client, "heparin", note="without") == _ids(_opening(plain))
    assert len(_found(client, "heparin", note="maybe")) == 2


def test_filters_combine(client, make_thread, make_reply, make_category):
    wards = make_category(slug="wards")
    wanted = make_thread(category=wards, title="Heparin", body="x", content_note="self-harm")
    make_reply(wanted, body="Heparin again.")
    make_thread(category=wards, title="Heparin", body="No note here.")
    make_thread(title="Heparin", body="Elsewhere.", content_note="self-harm")
    found = _found(client, "heparin", category="wards", scope="stories", note="with")
    assert found == _ids(_opening(wanted))


# ---------------------------------------------------------------------------------------
# Pages and the count


def test_a_second_page_holds_the_twenty_first_match(client, make_thread, make_user):
    thread = make_thread(title="Nights", body="Nothing.")
    _bulk_replies(thread, make_user(), [f"Heparin, story {n}." for n in range(21)])
    first = _page(client, "heparin")
    assert len(hits(first)) == queries.PER_PAGE
    assert count_line(first) == "21 posts match."
    assert 'rel="next"' in first
    second = _page(client, "heparin", page="2")
    assert len(hits(second)) == 1
    assert set(hits(second)).isdisjoint(hits(first))
    assert '<ol class="search-results" start="21">' in second


def test_a_page_past_the_end_says_so(client, make_thread):
    make_thread(title="Heparin", body="x")
    page = _page(client, "heparin", page="2")
    assert "This page is past the last result." in page
    assert hits(page) == {}


def test_a_page_that_is_not_a_number_is_the_first(client, make_thread):
    thread = make_thread(title="Heparin", body="x")
    assert _found(client, "heparin", page="abc") == _ids(_opening(thread))


@pytest.mark.parametrize("page", ["0", "-1", "9999999999"])
def test_a_page_number_out_of_range_is_not_found(client, make_thread, page):
    make_thread(title="Heparin", body="x")
    assert client.get("/search", query_string={"q": "heparin", "page": page}).status_code == 404


def test_one_match_is_counted_in_the_singular(client, make_thread):
    make_thread(title="Heparin", body="x")
    assert count_line(_page(client, "heparin")) == "1 post matches."


def test_no_match_suggests_what_to_try(client, make_thread):
    make_thread(title="Heparin", body="x")
    assert count_line(_page(client, "warfarin")).startswith("Nothing matches. Try fewer words")


def test_the_count_stops_at_the_cap(client, make_thread, make_user, monkeypatch):
    # A multiple of PER_PAGE, as COUNT_CAP is: the last page ends at the cap.
    monkeypatch.setattr(queries, "COUNT_CAP", 40)
    thread = make_thread(title="Nights", body="Nothing.")
    _bulk_replies(thread, make_user(), [f"Heparin, story {n}." for n in range(45)])
    page = _page(client, "heparin")
    assert count_line(page).startswith("More than 40 posts match: the newest 40 are listed")
    assert len(hits(_page(client, "heparin", page="2"))) == 20
    assert "past the last result" in _page(client, "heparin", page="3")


def test_more_than_a_thousand_matches_are_not_all_counted(client, make_thread, make_user):
    thread = make_thread(title="Nights", body="Nothing.")
    _bulk_replies(thread, make_user(), [f"Heparin, story {n}." for n in range(1001)])
    page = _page(client, "heparin")
    assert count_line(page) == (
        "More than 1,000 posts match: the newest 1,000 are listed, best matches first. "
        "Add a word to narrow them."
    )


def test_the_cap_is_a_whole_number_of_pages():
    # Pages are cut from the matches, not from the capped count: a cap between two page
    # boundaries would let its last page list more than "the first COUNT_CAP".
    assert queries.COUNT_CAP % queries.PER_PAGE == 0


def test_exactly_the_cap_is_counted_exactly(make_thread, make_user, monkeypatch):
    monkeypatch.setattr(queries, "COUNT_CAP", 5)
    thread = make_thread(title="Nights", body="Nothing.")
    _bulk_replies(thread, make_user(), [f"Heparin, story {n}." for n in range(5)])
    results = _search("heparin")
    assert (results.page.total, results.capped) == (5, False)


# ---------------------------------------------------------------------------------------
# How a hit is shown


def test_the_snippet_shows_stored_html_as_text(client, make_thread, make_reply):
    thread = make_thread(title="Nights", body="Nothing.")
    body = 'Heparin 5 < 6 & 7 > 2 <script>alert("x")</script> <img src=x onerror=y> heparin'
    make_reply(thread, body=body)
    hit = next(iter(hits(_page(client, "heparin")).values()))
    assert "<script" not in hit and "<img" not in hit
    assert "5 &lt; 6 &amp; 7 &gt; 2" in hit
    if db.engine.dialect.name == "sqlite":  # PostgreSQL's ts_headline leaves tags out
        assert "&lt;script&gt;" in hit and "&lt;img src=x onerror=y&gt;" in hit


def test_the_title_shows_as_text_with_its_words_marked(client, make_thread):
    make_thread(title="<b>Heparin</b> & the pump", body="Nothing.")
    hit = next(iter(hits(_page(client, "heparin")).values()))
    assert "<b>" not in hit
    assert "&lt;b&gt;<mark>Heparin</mark>&lt;/b&gt; &amp; the pump" in hit


def test_matched_words_are_marked_in_any_form(client, make_thread, make_reply):
    thread = make_thread(title="Nights", body="Nothing.")
    make_reply(thread, body="I breached it. Then the Heparin pump stopped.")
    hit = next(iter(hits(_page(client, "breach heparin")).values()))
    assert "<mark>breached</mark>" in hit and "<mark>Heparin</mark>" in hit
    assert "<mark>pump</mark>" not in hit


def test_excluded_words_are_not_marked(client, make_thread, make_reply):
    thread = make_thread(title="Nights", body="Nothing.")
    make_reply(thread, body="Heparin, not warfarin, and not the pump either.")
    hit = next(iter(hits(_page(client, "heparin -insulin")).values()))
    assert "<mark>Heparin</mark>" in hit and "<mark>insulin</mark>" not in hit


def test_the_snippet_drops_markdown_marks(client, make_thread, make_reply):
    thread = make_thread(title="Nights", body="Nothing.")
    make_reply(thread, body="> quoted\n\n**Heparin** and [a link](https://example.org/x)")
    hit = next(iter(hits(_page(client, "heparin")).values()))
    assert "**" not in hit and "](" not in hit and "example.org" not in hit
    assert "<mark>Heparin</mark> and a link" in hit


@pytest.mark.parametrize("before", [25, 28, 30])  # SQLite cuts in the URL at 25 and 28, PG at 30
def test_a_link_cut_by_the_snippet_shows_as_its_text(client, make_thread, make_reply, before):
    thread = make_thread(title="Nights", body="Nothing.")
    words = " ".join(["filler"] * before)
    make_reply(thread, body=f"Heparin {words} [the protocol](https://example.org/a/b/c/d) {words}")
    hit = next(iter(hits(_page(client, "heparin")).values()))
    assert "<mark>Heparin</mark>" in hit
    assert "](" not in hit and "https" not in hit


def test_a_long_post_is_cut_around_the_match(client, make_thread, make_reply):
    thread = make_thread(title="Nights", body="Nothing.")
    words = ["filler"] * 400 + ["heparin"] + ["filler"] * 400
    make_reply(thread, body=" ".join(words))
    hit = next(iter(hits(_page(client, "heparin")).values()))
    assert "<mark>heparin</mark>" in hit
    assert hit.count("filler") < 100


def test_a_thread_with_a_content_note_folds_the_snippet(client, make_thread, make_reply):
    noted = make_thread(title="Nights", body="Nothing.", content_note="patient death")
    make_reply(noted, body="Heparin in a noted thread.")
    plain = make_thread(title="Days", body="Nothing.")
    make_reply(plain, body="Heparin in a plain thread.")
    page = _page(client, "heparin")
    folded = [hit for hit in hits(page).values() if FOLD in hit]
    assert len(folded) == 1
    assert "Content note: patient death" in folded[0]
    fold = folded[0][folded[0].index(FOLD) :]
    assert "<mark>Heparin</mark> in a noted thread" in fold[: fold.index("</details>")]


# ---------------------------------------------------------------------------------------
# Writers


def test_an_anonymous_writer_is_never_named_nor_found_by_name(
    client, make_user, make_thread, make_reply
):
    writer = make_user(username="wren_alder", profession="ICU nurse")
    thread = make_thread(author=writer, title="Heparin", body="Heparin story.", anonymous=True)
    make_reply(thread, author=writer, body="Heparin reply, also anonymous.", anonymous=True)
    page = _page(client, "heparin")
    assert len(hits(page)) == 2
    assert all("wren_alder" not in hit and "ICU nurse" not in hit for hit in hits(page).values())
    assert hits(_page(client, "wren_alder")) == {}
    assert hits(_page(client, "author:wren_alder heparin")) == {}
    assert hits(_page(client, "author:wren_alder")) == {}


def test_author_finds_a_members_named_posts_only(client, make_user, make_thread, make_reply):
    writer = make_user(username="wren_alder")
    thread = make_thread(title="Heparin", body="Heparin story.")
    named = make_reply(thread, author=writer, body="Heparin, named.")
    make_reply(thread, author=writer, body="Heparin, anonymous.", anonymous=True)
    make_reply(thread, body="Heparin, someone else.")
    assert _found(client, "author:Wren_Alder heparin") == _ids(named)
    assert _found(client, "author:wren_alder") == _ids(named)
    page = _page(client, "author:wren_alder warfarin")
    assert count_line(page).startswith("Nothing matches among wren_alder's named posts.")


def test_an_unknown_or_deleted_author_is_said_to_be_nobody(client, make_user, make_thread):
    writer = make_user(username="wren_alder")
    make_thread(author=writer, title="Heparin", body="Heparin story.")
    assert "No member is called “nobody_here”" in _page(client, "author:nobody_here heparin")
    ownership.delete_account(writer, password=PASSWORD, posts=ownership.PostsChoice.KEEP)
    page = _page(client, "author:wren_alder heparin")
    assert "No member is called “wren_alder”" in page and hits(page) == {}


def test_past_the_cap_the_best_matches_are_sought_among_the_newest_and_a_filter_narrows_first(
    client, make_thread, make_category, monkeypatch
):
    # Scoring every match of a common word would cost in proportion to the forum: one scan
    # reads the newest COUNT_CAP + 1 matches, and those are put in order.
    monkeypatch.setattr(queries, "COUNT_CAP", 2)
    wards, pharmacy = make_category(slug="wards"), make_category(slug="pharmacy")
    best = make_thread(category=wards, title="Heparin heparin", body="Heparin, heparin.")
    newer = make_thread(category=pharmacy, title="Nights", body="Heparin once.")
    newest = make_thread(category=wards, title="Days", body="Heparin once more.")
    assert set(_found(client, "heparin")) == set(_ids(_opening(newer), _opening(newest)))
    in_wards = _found(client, "heparin", category="wards")  # two match: both in order
    assert in_wards == _ids(_opening(best), _opening(newest))
