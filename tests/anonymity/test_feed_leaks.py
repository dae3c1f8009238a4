"""The feeds keep the anonymity promise: the world of test_leaks.py (an anonymous author with
distinctive account values) read through the front page, category and thread feeds, by every
kind of viewer, the author included."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime

import pytest

from forum.anonymity.pseudonyms import ORIGINAL_POSTER
from tests.anonymity import test_leaks as leaks
from tests.anonymity.test_leaks import (
    USERNAME,
    VIEWERS,
    World,
    _logged_in,
    _mentions,
    _text,
    _viewer_username,
    identifying,
)

# The same world and app as the page walk: fixtures shared, not copied.
app = leaks.app
world = leaks.world

NS = {"a": "http://www.w3.org/2005/Atom"}


def _feeds(world: World) -> dict[str, str | None]:
    """Feed URL -> the thread whose names it may show (None: a list, which shows none)."""
    feeds: dict[str, str | None] = {"/feed.atom": None}
    feeds.update({f"/c/{slug}/feed.atom": None for slug in world.slugs})
    feeds.update({f"/t/{key}/feed.atom": key for key in (world.thread_a, world.thread_b)})
    return feeds


def _entries(body: bytes) -> list[ET.Element]:
    return ET.fromstring(body).findall("a:entry", NS)


@pytest.mark.parametrize("viewer", [*VIEWERS, "author"])
def test_no_feed_shows_the_anonymous_authors_account_to_any_viewer(app, world, viewer):
    name = USERNAME if viewer == "author" else _viewer_username(world, viewer)
    client = _logged_in(app, name)
    visitor = _logged_in(app, None)
    problems = []
    for url in _feeds(world):
        response = client.get(url)
        assert response.status_code == 200, url
        problems += [f"{viewer}, {url}: {found}" for found in identifying(_text(response)[0])]
        # Every viewer reads what a visitor reads: nothing marks the viewer's own posts.
        assert response.data == visitor.get(url).data, url
    assert not problems, "a feed exposes the anonymous author:\n" + "\n".join(problems)


def test_feeds_name_anonymous_writers_only_as_their_thread_does(app, world):
    client = _logged_in(app, None)
    every_name = world.names_in(world.thread_a) | world.names_in(world.thread_b)
    problems = []
    for url, thread_key in _feeds(world).items():
        body = client.get(url).get_data(as_text=True)
        allowed = world.names_in(thread_key) if thread_key else set()
        problems += [f"{name!r} in {url}" for name in every_name - allowed if _mentions(name, body)]
        if thread_key is None and ORIGINAL_POSTER in body:
            problems.append(f"'Original poster' in the list feed {url}")
    assert not problems, "pseudonyms outside their thread:\n" + "\n".join(problems)

    authors = {}
    for thread_key in (world.thread_a, world.thread_b):
        for entry in _entries(client.get(f"/t/{thread_key}/feed.atom").data):
            link = entry.find("a:link", NS).get("href")
            authors[link.rsplit("/", 1)[1]] = entry.findtext("a:author/a:name", namespaces=NS)
    for post in world.anonymous_posts:
        assert authors[post.public_id] == post.pseudonym, post
    assert authors[world.post(USERNAME, world.thread_a).public_id] == ORIGINAL_POSTER
    lists = client.get("/feed.atom").data
    opener_of_a = next(
        e
        for e in _entries(lists)
        if e.find("a:link", NS).get("href").endswith(f"/t/{world.thread_a}")
    )
    assert opener_of_a.findtext("a:author/a:name", namespaces=NS) == "Anonymous"


def test_anonymous_entries_and_list_entries_are_dated_to_the_hour(app, world):
    client = _logged_in(app, None)
    anonymous = {p.public_id for p in world.anonymous_posts}
    checked = 0
    for url, thread_key in _feeds(world).items():
        for entry in _entries(client.get(url).data):
            key = entry.find("a:link", NS).get("href").rsplit("/", 1)[1]
            if thread_key is not None and key not in anonymous:
                continue
            for field in ("a:published", "a:updated"):
                text = entry.findtext(field, namespaces=NS)
                if text is None:
                    continue
                when = datetime.fromisoformat(text)
                assert (when.minute, when.second) == (0, 0), (url, key, field, text)
                checked += 1
    assert checked >= len(anonymous) * 2 + 3


def test_the_story_behind_a_content_note_is_in_no_feed(app, world):
    client = _logged_in(app, None)
    story = world.post(USERNAME, world.thread_a).body
    for url in _feeds(world):
        assert not _mentions(story, client.get(url).get_data(as_text=True)), url


def test_the_authors_named_replies_are_named_in_their_own_threads_feed_only(app, world):
    """Thread C, where the author replies under their username: its feed names them there,
    and says nothing of their anonymous posts elsewhere."""
    client = _logged_in(app, None)
    body = client.get(f"/t/{world.thread_c}/feed.atom").get_data(as_text=True)
    named = [p for p in world.posts if p.author == USERNAME and not p.anonymous]
    assert all(p.public_id in body for p in named) and USERNAME in body
    assert ORIGINAL_POSTER not in body
    for post in world.anonymous_posts:
        assert post.public_id not in body and not _mentions(post.body, body)
