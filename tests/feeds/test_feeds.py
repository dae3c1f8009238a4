"""Atom feeds of the front page, a category and a thread: what a visitor sees, as Atom."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from forum.extensions import db
from forum.feeds.queries import FEED_LENGTH
from forum.models import Post, PostStatus, Thread

NS = {"a": "http://www.w3.org/2005/Atom"}
# A minute that is not on the hour, so that a time cut to the hour shows.
AT = datetime(2024, 5, 6, 14, 37, 21, tzinfo=UTC)


def _feed(client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.data)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    return root


def _entries(root: ET.Element) -> list[dict]:
    found = []
    for entry in root.findall("a:entry", NS):
        found.append(
            {
                "title": entry.findtext("a:title", namespaces=NS),
                "id": entry.findtext("a:id", namespaces=NS),
                "link": entry.find("a:link", NS).get("href"),
                "author": entry.findtext("a:author/a:name", namespaces=NS),
                "published": entry.findtext("a:published", namespaces=NS),
                "updated": entry.findtext("a:updated", namespaces=NS),
                "content": entry.findtext("a:content", namespaces=NS),
                "type": entry.find("a:content", NS).get("type"),
            }
        )
    return found


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _date_posts(*posts: Post, at: datetime = AT) -> None:
    """Give posts (and their thread's activity) a time with minutes and seconds."""
    for i, post in enumerate(posts):
        db.session.execute(
            update(Post).where(Post.id == post.id).values(created_at=at + timedelta(minutes=i))
        )
    db.session.execute(
        update(Thread)
        .where(Thread.id == posts[0].thread_id)
        .values(last_activity_at=at + timedelta(minutes=len(posts) - 1))
    )
    db.session.commit()


def _posts(thread: Thread) -> list[Post]:
    db.session.expire_all()
    stmt = select(Post).where(Post.thread_id == thread.id).order_by(Post.id)
    return list(db.session.scalars(stmt))


# The three feeds ----------------------------------------------------------------------------------


def test_the_front_page_feed_lists_threads_newest_activity_first_with_their_stories(
    client, make_thread, make_category
):
    category = make_category(name="Medication")
    old = make_thread(category=category, title="An older story", body="The **old** one.")
    new = make_thread(title="A newer story", body="The new one.")
    _date_posts(*_posts(old), at=AT)
    _date_posts(*_posts(new), at=AT + timedelta(days=1))
    root = _feed(client, "/feed.atom")
    entries = _entries(root)
    assert [e["title"] for e in entries] == ["A newer story", "An older story"]
    assert entries[1]["content"] == "<p>The <strong>old</strong> one.</p>"
    assert entries[1]["type"] == "html"
    assert entries[1]["link"] == f"http://localhost/t/{old.public_id}"
    assert entries[1]["id"] == entries[1]["link"]
    # Lists show last activity to the hour; so does the feed, and the feed's time is the newest.
    assert entries[0]["updated"] == "2024-05-07T14:00:00+00:00"
    assert root.findtext("a:updated", namespaces=NS) == entries[0]["updated"]
    assert root.find("a:link[@rel='alternate']", NS).get("href") == "http://localhost/"
    assert root.find("a:link[@rel='self']", NS).get("href") == "http://localhost/feed.atom"
    category_tag = root.findall("a:entry", NS)[1].find("a:category", NS)
    assert category_tag.get("term") == category.slug and category_tag.get("label") == "Medication"


def test_the_front_page_feed_stops_at_its_length(client, make_thread, make_category):
    category = make_category()
    for _ in range(FEED_LENGTH + 2):
        make_thread(category=category)
    assert len(_entries(_feed(client, "/feed.atom"))) == FEED_LENGTH == 30


def test_a_category_feed_lists_only_that_categorys_threads(client, make_thread, make_category):
    mine, other = make_category(name="Nights"), make_category()
    make_thread(category=mine, title="In this category")
    make_thread(category=other, title="In another category")
    root = _feed(client, f"/c/{mine.slug}/feed.atom")
    assert [e["title"] for e in _entries(root)] == ["In this category"]
    assert root.findtext("a:title", namespaces=NS) == "Debrief: Nights"
    page = root.find("a:link[@rel='alternate']", NS).get("href")
    assert page == f"http://localhost/c/{mine.slug}"


def test_a_thread_feed_has_its_newest_30_replies_then_the_story(client, make_thread):
    thread = make_thread(title="The long thread", body="The story.", replies=FEED_LENGTH + 3)
    posts = _posts(thread)
    entries = _entries(_feed(client, f"/t/{thread.public_id}/feed.atom"))
    assert len(entries) == FEED_LENGTH + 1
    newest = [p for p in posts if not p.is_opening][::-1][:FEED_LENGTH]
    expected = [f"http://localhost/p/{p.public_id}" for p in [*newest, posts[0]]]
    assert [e["link"] for e in entries] == expected
    assert entries[0]["content"] == f"<p>Reply number {FEED_LENGTH + 3}.</p>"
    assert entries[-1]["title"] == "The long thread"
    assert entries[-1]["content"] == "<p>The story.</p>"


def test_a_thread_with_no_replies_has_a_feed_of_its_story(client, make_thread):
    thread = make_thread(title="Alone so far")
    entries = _entries(_feed(client, f"/t/{thread.public_id}/feed.atom"))
    assert [e["title"] for e in entries] == ["Alone so far"]


def test_an_empty_forum_has_a_valid_empty_feed(client):
    root = _feed(client, "/feed.atom")
    assert _entries(root) == []
    assert root.findtext("a:updated", namespaces=NS)


# Names and times as a visitor sees them -----------------------------------------------------------


def test_a_thread_feed_names_writers_as_the_thread_does_with_anonymous_times_to_the_hour(
    client, make_thread, make_reply, make_user
):
    opener = make_user(username="hidden_opener")
    named = make_user(username="named_nurse")
    hidden = make_user(username="hidden_replier")
    thread = make_thread(author=opener, anonymous=True, title="A story")
    make_reply(thread, author=hidden, anonymous=True, body="Anonymous reply.")
    make_reply(thread, author=named, body="Named reply.")
    make_reply(thread, author=opener, anonymous=True, body="The opener again.")
    posts = _posts(thread)
    _date_posts(*posts)
    response = client.get(f"/t/{thread.public_id}/feed.atom")
    text = response.get_data(as_text=True)
    assert "hidden_opener" not in text and "hidden_replier" not in text
    entries = {e["content"]: e for e in _entries(ET.fromstring(response.data))}
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)

    pseudonym = posts[1].pseudonym
    assert pseudonym in page  # the thread page shows the same name
    assert entries["<p>Anonymous reply.</p>"]["author"] == pseudonym
    assert entries["<p>Anonymous reply.</p>"]["title"] == f"Reply by {pseudonym}"
    assert entries["<p>The opener again.</p>"]["author"] == "Original poster"
    assert entries["<p>What happened was this.</p>"]["author"] == "Original poster"
    assert entries["<p>Named reply.</p>"]["author"] == "named_nurse"

    for body in ("<p>Anonymous reply.</p>", "<p>The opener again.</p>"):
        for field in ("published", "updated"):
            when = _time(entries[body][field])
            assert (when.minute, when.second) == (0, 0), (body, field, when)
    named_time = _time(entries["<p>Named reply.</p>"]["published"])
    assert named_time == posts[2].created_at.replace(microsecond=0)
    assert (named_time.minute, named_time.second) == (39, 21)  # AT + 2 minutes, not cut


def test_an_edited_anonymous_post_is_updated_to_the_hour(client, make_thread, make_reply):
    thread = make_thread()
    reply = make_reply(thread, anonymous=True)
    edited = AT + timedelta(hours=3, minutes=12)
    db.session.execute(update(Post).where(Post.id == reply.id).values(edited_at=edited))
    db.session.commit()
    entry = _entries(_feed(client, f"/t/{thread.public_id}/feed.atom"))[0]
    assert entry["updated"] == "2024-05-06T17:00:00+00:00"


def test_list_feeds_name_an_anonymous_opener_anonymous(
    client, make_thread, make_user, make_category
):
    category = make_category()
    opener = make_user(username="list_opener")
    make_thread(author=opener, category=category, anonymous=True, title="Hidden opener")
    named = make_thread(author=make_user(username="open_opener"), title="Named opener")
    for url in ("/feed.atom", f"/c/{category.slug}/feed.atom"):
        text = client.get(url).get_data(as_text=True)
        assert "list_opener" not in text and "Original poster" not in text
    entries = {e["title"]: e for e in _entries(_feed(client, "/feed.atom"))}
    assert entries["Hidden opener"]["author"] == "Anonymous"
    assert entries["Named opener"]["author"] == "open_opener"
    assert named.public_id in entries["Named opener"]["link"]


def test_the_feed_is_the_same_for_its_anonymous_writer_as_for_a_visitor(
    client, auth, make_thread, make_reply, make_user, make_category
):
    """No "You" badge, no own anonymous post marked: a feed reader may be shared."""
    category = make_category()
    writer = make_user(username="same_for_all")
    thread = make_thread(author=writer, category=category, anonymous=True)
    make_reply(thread, author=writer, anonymous=True)
    urls = ["/feed.atom", f"/c/{category.slug}/feed.atom", f"/t/{thread.public_id}/feed.atom"]
    seen_by_visitor = [client.get(url).data for url in urls]
    auth.login(writer)
    responses = [client.get(url) for url in urls]
    assert [r.data for r in responses] == seen_by_visitor
    assert all(b"same_for_all" not in body for body in seen_by_visitor)
    # Like every page served to a member, not kept by the browser; a visitor's may be.
    assert all(r.headers["Cache-Control"] == "no-store" for r in responses)
    auth.logout()
    assert "no-store" not in (client.get(urls[0]).headers.get("Cache-Control") or "")


# Hidden content -----------------------------------------------------------------------------------


def test_a_content_noted_story_is_not_in_any_feed(client, make_thread, make_reply, make_category):
    category = make_category()
    thread = make_thread(
        category=category,
        title="Noted",
        body="The details that need a warning.",
        content_note="patient death",
    )
    make_reply(thread, body="A reply shows, after the note.")
    link = f"http://localhost/t/{thread.public_id}"
    for url in ("/feed.atom", f"/c/{category.slug}/feed.atom", f"{link}/feed.atom"):
        response = client.get(url)
        assert b"details that need a warning" not in response.data, url
        story = next(e for e in _entries(ET.fromstring(response.data)) if e["title"] == "Noted")
        assert story["content"].startswith("<p>Content note: patient death. <a href=")
        assert "Read it on Debrief</a>.</p>" in story["content"]
    entries = _entries(_feed(client, f"/t/{thread.public_id}/feed.atom"))
    # A reply, which may retell the story, comes after the note (the page folds it too).
    assert entries[0]["content"] == (
        "<p>Content note: patient death.</p><p>A reply shows, after the note.</p>"
    )


def test_a_content_note_is_escaped_inside_the_entry(client, make_thread):
    thread = make_thread(content_note="<b>self-harm</b> & more")
    story = _entries(_feed(client, f"/t/{thread.public_id}/feed.atom"))[0]
    assert "Content note: &lt;b&gt;self-harm&lt;/b&gt; &amp; more." in story["content"]


@pytest.mark.parametrize(
    "status",
    [
        PostStatus.HELD,
        PostStatus.REJECTED,
        PostStatus.WITHDRAWN,
        PostStatus.REMOVED,
        PostStatus.DELETED,
    ],
)
def test_a_reply_that_is_not_published_is_not_in_the_feed(
    client, make_thread, make_reply, make_user, status
):
    thread = make_thread()
    writer = make_user(username="unpublished_writer")
    reply = make_reply(thread, author=writer, body="Text nobody may read here.")
    make_reply(thread, body="A published reply.")
    # The text stays in the row: the feed must leave it out by status alone.
    db.session.execute(update(Post).where(Post.id == reply.id).values(status=status))
    db.session.commit()
    response = client.get(f"/t/{thread.public_id}/feed.atom")
    assert b"Text nobody may read here" not in response.data
    assert b"unpublished_writer" not in response.data
    assert reply.public_id.encode() not in response.data
    assert len(_entries(ET.fromstring(response.data))) == 2  # the other reply and the story


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (PostStatus.REMOVED, "removed by a moderator"),
        (PostStatus.DELETED, "removed by its author"),
    ],
)
def test_a_removed_story_keeps_its_entry_without_its_text(
    client, make_thread, make_user, status, said
):
    writer = make_user(username="story_writer")
    thread = make_thread(author=writer, anonymous=True, title="Taken down", body="Gone text.")
    db.session.execute(
        update(Post).where(Post.thread_id == thread.id, Post.is_opening).values(status=status)
    )
    db.session.commit()
    for url in ("/feed.atom", f"/t/{thread.public_id}/feed.atom"):
        response = client.get(url)
        assert b"Gone text" not in response.data and b"story_writer" not in response.data
        (entry,) = _entries(ET.fromstring(response.data))
        assert entry["title"] == "Taken down" and said in entry["content"]
    (entry,) = _entries(_feed(client, f"/t/{thread.public_id}/feed.atom"))
    assert entry["author"] is None  # the page shows no name on a removed post either


def test_post_html_is_carried_as_escaped_html(client, make_thread):
    thread = make_thread(body="<script>alert(1)</script> and [a link](https://example.org)")
    stored = _posts(thread)[0].body_html
    response = client.get(f"/t/{thread.public_id}/feed.atom")
    assert b"<script>" not in response.data and b"<a href" not in response.data
    assert _entries(ET.fromstring(response.data))[0]["content"] == stored


def test_characters_xml_cannot_carry_are_left_out(client, make_thread):
    thread = make_thread()
    db.session.execute(
        update(Thread).where(Thread.id == thread.id).values(title="Bell\x07 tab\x0b")
    )
    db.session.execute(
        update(Post).where(Post.thread_id == thread.id).values(body_html="<p>form\x0cfeed</p>")
    )
    db.session.commit()
    for url in ("/feed.atom", f"/t/{thread.public_id}/feed.atom"):
        (entry,) = _entries(_feed(client, url))
        assert entry["title"] == "Bell tab" and entry["content"] == "<p>formfeed</p>"


# Addresses ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/c/no-such-category/feed.atom", "/t/zzzzzzzzzzzz/feed.atom", "/t/1/feed.atom"]
)
def test_the_feed_of_an_unknown_category_or_thread_is_404(client, url):
    assert client.get(url).status_code == 404


def test_the_pages_announce_their_feeds_in_the_head(client, make_thread, make_category):
    category = make_category()
    thread = make_thread(category=category, title="Announced")
    pages = {
        "/": "/feed.atom",
        f"/c/{category.slug}": f"/c/{category.slug}/feed.atom",
        f"/t/{thread.public_id}": f"/t/{thread.public_id}/feed.atom",
    }
    for page, feed in pages.items():
        body = client.get(page).get_data(as_text=True)
        head = body.split("</head>", 1)[0]
        assert '<link rel="alternate" type="application/atom+xml"' in head, page
        assert f'href="{feed}"' in head, page
        assert client.get(feed).status_code == 200


# Queries ------------------------------------------------------------------------------------------


def _queries_for(client, count_queries, url):
    with count_queries() as statements:
        response = client.get(url)
    assert response.status_code == 200
    return len(statements)


@pytest.mark.parametrize("threads", [3, 35])
def test_list_feeds_run_the_same_queries_for_3_and_35_threads(
    client, count_queries, make_thread, make_category, threads, frozen_minute
):
    category = make_category()
    for i in range(threads):
        make_thread(category=category, anonymous=i % 2 == 0, replies=1)
    # the page cache's stamps, then threads and their stories; then the stamps alone
    assert _queries_for(client, count_queries, "/feed.atom") == 1 + 2
    assert _queries_for(client, count_queries, "/feed.atom") == 1
    assert _queries_for(client, count_queries, f"/c/{category.slug}/feed.atom") == 1 + 3


@pytest.mark.parametrize("replies", [5, 40])
def test_a_thread_feed_runs_the_same_queries_for_5_and_40_replies(
    client, count_queries, make_thread, make_reply, replies
):
    thread = make_thread(anonymous=True)
    for i in range(replies):
        make_reply(thread, anonymous=i % 2 == 0)
    # the page cache's stamps, then thread, replies with their writers, the story
    assert _queries_for(client, count_queries, f"/t/{thread.public_id}/feed.atom") == 1 + 3


def test_a_logged_in_reader_costs_one_query_more_than_a_visitor_without_the_cache(
    client, auth, count_queries, make_thread, make_user
):
    thread = make_thread(replies=3)
    auth.login(make_user())
    assert _queries_for(client, count_queries, "/feed.atom") == 3  # the reader's account
    assert _queries_for(client, count_queries, f"/t/{thread.public_id}/feed.atom") == 4
