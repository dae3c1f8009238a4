"""My posts lists every post of the member's, whatever became of it, each with its status in
words, an excerpt (none for a removed or deleted post), its thread, the replies since and the
helpful count, newest first; profiles list by time too. A page costs the same queries for 3
posts as for 30."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import HeldBecause, Post, Role, Thread, utcnow
from forum.moderation import posts as moderation
from forum.moderation.reports import report_post
from forum.threads import services, votes
from forum.threads.helped import set_helped


def _page(client, url="/me/posts") -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _backdate(post, days: int) -> None:
    db.session.get(Post, post.id).created_at = utcnow() - timedelta(days=days)
    db.session.commit()


@pytest.fixture
def member(make_user):
    return make_user(username="wren_writer")


@pytest.fixture
def moderator(make_user):
    return make_user(username="steward", role=Role.MODERATOR)


@pytest.fixture
def thread(make_thread):
    return make_thread(title="The missed allergy", no_why_replies=True)


def test_an_empty_list_says_how_to_start(client, auth, member):
    auth.login(member)
    page = _page(client)
    assert "You have not posted yet." in page and 'href="/new"' in page


def test_every_status_is_listed_in_words(
    client, auth, member, moderator, thread, make_thread, make_user
):
    published = services.create_reply(thread, member, "Published words here.", anonymous=False)
    services.create_reply(
        thread, member, "Held words here.", anonymous=True, held_because=HeldBecause.GUARD
    )
    hidden = services.create_reply(thread, member, "Hidden words here.", anonymous=False)
    report_post(hidden, db.session.get(type(member), thread.author_id), "why")
    rejected = services.create_reply(
        thread, member, "Rejected words here.", anonymous=False, held_because=HeldBecause.GUARD
    )
    moderation.reject(db.session.get(Post, rejected.id), moderator, "Tell your own story.")
    removed = services.create_reply(thread, member, "Removed words here.", anonymous=False)
    moderation.remove(db.session.get(Post, removed.id), moderator, "Abusive tone.")
    deleted = services.create_reply(thread, member, "Deleted words here.", anonymous=False)
    services.delete_post(db.session.get(Post, deleted.id))
    withdrawn = services.create_reply(
        thread, member, "Withdrawn words here.", anonymous=False, held_because=HeldBecause.GUARD
    )
    moderation.reject(db.session.get(Post, withdrawn.id), moderator, "No.")
    services.delete_post(db.session.get(Post, withdrawn.id))

    auth.login(member)
    page = _page(client)
    assert "<strong>Published.</strong>" in page and "Published words here." in page
    assert "<strong>Waiting for a moderator.</strong>" in page and "Held words here." in page
    assert "<strong>Hidden after a report</strong>" in page and "Hidden words here." in page
    assert "<strong>Not published:</strong>" in page and "Rejected words here." in page
    assert "Their note: “Tell your own story.”" in page
    assert "<strong>Removed by a moderator.</strong>" in page
    assert "Their reason: “Abusive tone.”" in page
    assert "<strong>Deleted by you.</strong>" in page
    assert "after a moderator turned it down" in page
    # A removed post shows no text (it is erased; the list shows none of it either).
    for gone in ("Removed words here.", "Deleted words here.", "Withdrawn words here."):
        assert gone not in page
    assert page.count('class="own-post ') == 7
    assert "Anonymous, as" in page  # the held reply was anonymous
    assert f'href="/t/{thread.public_id}"' in page
    assert published.public_id in page


def test_the_list_shows_replies_since_and_the_helpful_count(
    client, auth, member, thread, make_reply, make_user
):
    mine = services.create_reply(thread, member, "Mine.", anonymous=False)
    for _ in range(3):
        make_reply(thread)
    votes.set_vote(db.session.get(Post, mine.id), make_user(), True)
    votes.set_vote(db.session.get(Post, mine.id), make_user(), True)
    set_helped(db.session.get(Post, mine.id), db.session.get(type(member), thread.author_id), True)
    auth.login(member)
    page = _page(client)
    assert "3 replies since · 2 found it helpful · the author found it helpful" in page


def test_a_story_counts_every_published_reply_since(client, auth, member, make_thread, make_reply):
    thread = make_thread(author=member)
    make_reply(thread)
    held = services.create_reply(
        thread, member, "Held.", anonymous=False, held_because=HeldBecause.GUARD
    )
    assert held.status == "held"
    auth.login(member)
    page = _page(client)
    assert "1 reply since" in page  # the held reply of their own is not counted
    assert "Started “" in page


def test_my_posts_and_the_profile_are_newest_first_by_time_not_by_id(client, auth, member, thread):
    """Posts inserted out of the order they were written (seeded or imported with their own
    times) read 9, 6, 5, then 1 day ago when listed by id."""
    written = {}
    for days in (9, 6, 5, 1):
        post = services.create_reply(thread, member, f"Written {days} days ago.", anonymous=False)
        written[days] = post
    # Insertion order is 9, 6, 5, 1 days ago: the newest by id is the 1-day one; make the
    # oldest row the newest in time instead.
    _backdate(written[9], 0)
    _backdate(written[1], 9)
    auth.login(member)
    for url in ("/me/posts", f"/u/{member.username}"):
        page = _page(client, url)
        order = [page.index(f"{post.public_id}") for post in (written[9], written[5], written[6])]
        order.append(page.index(written[1].public_id))
        assert order == sorted(order), url


def test_the_list_is_paginated(client, auth, member, thread, app):
    per_page = app.config["POSTS_PER_PAGE"]
    for n in range(per_page + 2):
        services.create_reply(thread, member, f"Number {n}.", anonymous=False)
    auth.login(member)
    first = _page(client)
    assert 'rel="next"' in first and first.count('class="own-post ') == per_page
    second = _page(client, "/me/posts?page=2")
    assert second.count('class="own-post ') == 2
    assert client.get("/me/posts?page=3").status_code == 404


def test_nobody_else_sees_anyones_posts_here(client, auth, member, thread, make_user):
    services.create_reply(thread, member, "Only mine, anonymously.", anonymous=True)
    auth.login(make_user())
    assert "Only mine, anonymously." not in _page(client)
    auth.logout()
    assert client.get("/me/posts").status_code == 302


def test_a_profile_lists_named_published_posts_only(client, member, thread, moderator):
    services.create_reply(thread, member, "Named.", anonymous=False)
    services.create_reply(thread, member, "Anonymous.", anonymous=True)
    removed = services.create_reply(thread, member, "Removed.", anonymous=False)
    moderation.remove(db.session.get(Post, removed.id), moderator, "No.")
    page = _page(client, f"/u/{member.username}")
    assert "1 post" in page and removed.public_id not in page


# user (with the header's count), the count, the page (posts with thread, author, replies since)
MY_POSTS_QUERIES = 3


@pytest.mark.parametrize("posts", [3, 30])
def test_my_posts_runs_the_same_queries_for_3_and_30_posts(
    client, auth, count_queries, member, make_thread, moderator, posts
):
    threads = [make_thread() for _ in range(3)]
    for n in range(posts):
        thread = threads[n % 3]
        status = n % 3
        if status == 0:
            services.create_reply(thread, member, f"Reply {n}.", anonymous=n % 2 == 0)
        elif status == 1:
            services.create_reply(
                thread, member, f"Held {n}.", anonymous=True, held_because=HeldBecause.GUARD
            )
        else:
            post = services.create_reply(thread, member, f"Removed {n}.", anonymous=False)
            moderation.remove(db.session.get(Post, post.id), moderator, "No.")
    assert db.session.scalar(select(Thread.id).limit(1)) is not None
    auth.login(member)
    with count_queries() as statements:
        response = client.get("/me/posts")
    assert response.status_code == 200
    # One more: the header's notices, which the moderators' removals sent.
    assert len(statements) == MY_POSTS_QUERIES + 1


def test_my_posts_and_the_profile_read_a_members_posts_by_an_index(app, member, thread):
    from forum.threads.queries import own_posts, posts_by
    from tests.test_indexes import _assert_indexed, _plan

    services.create_reply(thread, member, "One.", anonymous=False)
    rows, count = own_posts(member)
    _assert_indexed(_plan(rows.limit(30)))
    _assert_indexed(_plan(count))
    _assert_indexed(_plan(posts_by(member).limit(30)))
