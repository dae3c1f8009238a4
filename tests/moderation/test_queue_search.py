"""Moderators search the queue: held replies (never in the forum's search index) and
reported posts, with the forum's search syntax."""

from __future__ import annotations

from sqlalchemy import text

from forum.extensions import db
from forum.models import HeldBecause, Report, Role
from forum.threads import services


def _held(thread, writer, body):
    return services.create_reply(
        thread, writer, body, anonymous=True, held_because=HeldBecause.GUARD
    )


def _queue(client, q):
    return client.get("/mod", query_string={"q": q}).get_data(as_text=True)


def test_a_moderator_finds_a_held_reply_by_its_words_and_only_the_matching_ones(
    client, auth, make_user, make_thread
):
    moderator = make_user(role=Role.MODERATOR)
    thread = make_thread(no_why_replies=True)
    _held(thread, make_user(), "Why did you not check the insulin chart twice?")
    _held(thread, make_user(), "Why was the handover so rushed that evening?")
    db.session.commit()
    auth.login(moderator)
    page = _queue(client, "insulin charts")
    assert "1 item in the queue matches" in page
    assert "insulin chart twice" in page and "handover so rushed" not in page
    page = _queue(client, "-insulin rushed")
    assert "handover so rushed" in page and "insulin chart" not in page
    assert "Nothing in the queue matches." in _queue(client, "sepsis")
    assert "2 waiting." in client.get("/mod").get_data(as_text=True)


def test_the_queue_search_finds_reported_posts_and_keeps_no_copy_of_their_text(
    client, auth, make_user, make_thread, make_reply
):
    moderator = make_user(role=Role.MODERATOR)
    thread = make_thread()
    reply = make_reply(thread, body="A reported reply about the pharmacy fridge.")
    db.session.add(Report(post_id=reply.id, reporter_id=make_user().id, reason="other"))
    db.session.commit()
    auth.login(moderator)
    assert "pharmacy fridge" in _queue(client, "fridge")
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            tables = conn.execute(text("SELECT name FROM sqlite_temp_master")).scalars().all()
            if "queue_search" in tables:
                assert conn.execute(text("SELECT count(*) FROM temp.queue_search")).scalar() == 0


def test_a_queue_search_that_cannot_run_says_why(client, auth, make_user):
    auth.login(make_user(role=Role.MODERATOR))
    assert "a minus sign only leaves words out" in _queue(client, "-alone")
    assert "at most 300 characters" in _queue(client, "x" * 400)


def test_members_cannot_search_the_queue(client, auth, make_user):
    auth.login(make_user())
    assert client.get("/mod", query_string={"q": "insulin"}).status_code == 403
