"""The moderation queue: held posts and posts with open reports, one item per post, oldest
first, paginated, with a fixed number of queries, and nothing of an anonymous writer's
account."""

import re
from datetime import timedelta

import pytest
from markupsafe import escape
from sqlalchemy import select

from forum.extensions import db
from forum.models import PUBLIC_ID_PATTERN, REPORT_REASONS, HeldBecause, Post, Report, Role, utcnow
from forum.threads import services
from tests.conftest import Auth, RequestPerContextClient

QUEUE_PAGE_QUERIES = 5  # user, item count, one page of ids, their posts, their open reports


@pytest.fixture
def moderator(make_user):
    return make_user(username="steward", role=Role.MODERATOR)


@pytest.fixture
def as_moderator(auth, moderator):
    auth.login(moderator)
    return moderator


@pytest.fixture
def thread(make_thread):
    return make_thread(title="The wrong ward", no_why_replies=True)


def _held(thread, author, body="Why did you not escalate?", *, since=None, anonymous=False):
    post = services.create_reply(
        thread, author, body, anonymous=anonymous, held_because=HeldBecause.GUARD
    )
    if since is not None:
        post.held_at = since
        db.session.commit()
    return post


def _reported(thread, author, reporters, *, since=None, reasons=("other",), anonymous=False):
    post = services.create_reply(thread, author, "It happened to me too.", anonymous=anonymous)
    for reporter, reason in zip(reporters, reasons, strict=True):
        db.session.add(
            Report(
                post_id=post.id,
                reporter_id=reporter.id,
                reason=reason,
                note=f"Note about {reason}",
                created_at=since or utcnow(),
            )
        )
    db.session.commit()
    return post


def _order(page: str) -> list[str]:
    """The public ids of the queue's posts, in the order shown."""
    return re.findall(rf'<a class="button" href="/mod/p/({PUBLIC_ID_PATTERN})">Decide</a>', page)


def _ago(**kwargs):
    return utcnow() - timedelta(**kwargs)


def test_an_empty_queue_says_so(client, as_moderator):
    page = client.get("/mod").get_data(as_text=True)
    assert "Nothing is waiting." in page and _order(page) == []


def test_held_and_reported_posts_come_oldest_first_in_one_list(
    client, make_user, thread, as_moderator
):
    writer, reporter = make_user(), make_user()
    held_2h = _held(thread, writer, since=_ago(hours=2))
    reported_3h = _reported(thread, writer, [reporter], since=_ago(hours=3))
    held_1h = _held(thread, writer, since=_ago(hours=1))
    # Held just now, but reported four hours ago: it has waited since the report.
    both = _held(thread, writer, since=_ago(minutes=1))
    db.session.add(Report(post_id=both.id, reporter_id=reporter.id, reason="other"))
    db.session.commit()
    db.session.execute(
        Report.__table__.update().where(Report.post_id == both.id).values(created_at=_ago(hours=4))
    )
    db.session.commit()
    page = client.get("/mod").get_data(as_text=True)
    assert _order(page) == [p.public_id for p in (both, reported_3h, held_2h, held_1h)]


def test_two_reports_of_one_post_make_one_item_with_both_reasons_and_notes(
    client, make_user, thread, as_moderator
):
    post = _reported(
        thread, make_user(), [make_user(), make_user()], reasons=("why", "identifying")
    )
    page = client.get("/mod").get_data(as_text=True)
    assert _order(page) == [post.public_id]
    for reason in ("why", "identifying"):
        assert str(escape(REPORT_REASONS[reason])) in page
        assert f"Note about {reason}" in page


def test_resolved_reports_and_decided_posts_leave_the_queue(
    client, make_user, thread, as_moderator
):
    writer = make_user()
    held = _held(thread, writer)
    reported = _reported(thread, writer, [make_user()])
    assert client.post(f"/mod/p/{held.public_id}/approve", data={}).status_code == 302
    assert client.post(f"/mod/p/{reported.public_id}/approve", data={}).status_code == 302
    assert "Nothing is waiting." in client.get("/mod").get_data(as_text=True)


def test_the_guards_findings_are_highlighted_in_a_held_item(
    client, make_user, thread, as_moderator
):
    _held(thread, make_user(), "I am sorry. Why did you not call for help?")
    page = client.get("/mod").get_data(as_text=True)
    assert re.search(r"<mark>Why did you not<sup>1</sup></mark>", page)


@pytest.fixture
def small_pages(make_app, moderator):
    """A client of an app whose queue shows two items a page, logged in as a moderator."""
    app = make_app(QUEUE_PER_PAGE=2)
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    Auth(client).login(moderator)
    return client


def test_the_queue_is_paginated(small_pages, make_user, thread):
    writer = make_user()
    keys = [_held(thread, writer, since=_ago(hours=3 - i)).public_id for i in range(3)]
    first = small_pages.get("/mod").get_data(as_text=True)
    second = small_pages.get("/mod?page=2").get_data(as_text=True)
    assert _order(first) == keys[:2]
    assert _order(second) == keys[2:]
    assert 'href="/mod?page=2"' in first
    assert small_pages.get("/mod?page=3").status_code == 404


# Anonymous writers -------------------------------------------------------------------------

USERNAME, EMAIL, PROFESSION = "Ottoline.Quarrington", "ottoline@q.example", "Hyperbaric tech"


@pytest.fixture
def anonymous_items(make_user, thread):
    writer = make_user(username=USERNAME, email=EMAIL, profession=PROFESSION)
    held = _held(thread, writer, anonymous=True)
    reported = _reported(thread, writer, [make_user()], anonymous=True)
    db.session.expire_all()
    return [held, reported]


def test_the_queue_never_shows_the_account_behind_an_anonymous_post(
    client, as_moderator, anonymous_items
):
    urls = ["/mod"] + [f"/mod/p/{post.public_id}" for post in anonymous_items]
    for url in urls:
        page = client.get(url).get_data(as_text=True)
        for value in (USERNAME, EMAIL, PROFESSION):
            assert value.lower() not in page.lower(), (url, value)
    pseudonym = db.session.get(Post, anonymous_items[0].id).pseudonym
    assert pseudonym in client.get("/mod").get_data(as_text=True)


# Queries ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("items", [3, 30])
def test_a_queue_page_runs_the_same_queries_for_3_and_30_items(
    app, client, count_queries, make_user, make_thread, as_moderator, items
):
    app.config["QUEUE_PER_PAGE"] = 50  # every item on the page
    writers = [make_user() for _ in range(3)]
    reporters = [make_user() for _ in range(2)]
    threads = [make_thread(no_why_replies=True) for _ in range(3)]
    for i in range(items):
        thread, writer = threads[i % 3], writers[i % 3]
        if i % 2:
            _held(thread, writer, anonymous=i % 3 == 0)
        else:
            _reported(thread, writer, reporters, reasons=("why", "other"), anonymous=i % 4 == 0)
    with count_queries() as statements:
        response = client.get("/mod")
    assert response.status_code == 200
    assert len(_order(response.get_data(as_text=True))) == items
    assert len(statements) == QUEUE_PAGE_QUERIES
    assert db.session.scalar(select(Report.id).limit(1)) is not None
