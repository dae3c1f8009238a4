"""The thread flag "No 'why did you' replies": set on the new-thread form, switched later by the
author or a moderator (logged), shown on the thread and in lists."""

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import ModAction, Role, Thread
from forum.moderation import audit

BANNER = "The author asked for no “why did/didn’t you” replies."


def _thread(thread_id) -> Thread:
    db.session.expire_all()
    return db.session.get(Thread, thread_id)


def test_the_new_thread_form_asks_for_no_why_replies_by_default(
    client, auth, make_user, make_category
):
    category = make_category()
    auth.login(make_user())
    page = client.get("/new").get_data(as_text=True)
    assert 'checked id="no_why_replies"' in page
    data = {"category": category.id, "title": "A flagged story", "body": "It went wrong."}
    client.post("/new", data={**data, "no_why_replies": "y"})
    assert db.session.scalars(select(Thread)).one().no_why_replies is True


def test_unticking_the_box_leaves_the_thread_unflagged(client, auth, make_user, make_category):
    category = make_category()
    auth.login(make_user())
    client.post("/new", data={"category": category.id, "title": "Open", "body": "Text."})
    assert db.session.scalars(select(Thread)).one().no_why_replies is False


def test_a_flagged_thread_shows_the_banner_above_replies_and_reply_form_and_a_list_mark(
    client, auth, make_user, make_thread
):
    thread = make_thread(no_why_replies=True, title="Flagged one")
    auth.login(make_user())
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert page.count(BANNER) == 2
    assert "No “why” replies" in client.get("/").get_data(as_text=True)


def test_an_unflagged_thread_shows_no_banner(client, make_thread):
    thread = make_thread()
    assert BANNER not in client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert "No “why” replies" not in client.get("/").get_data(as_text=True)


def test_the_author_switches_the_flag_without_an_audit_line(client, auth, make_user, make_thread):
    author = make_user()
    thread = make_thread(author=author)
    auth.login(author)
    client.post(f"/t/{thread.public_id}/flag", data={"on": "1"})
    assert _thread(thread.id).no_why_replies is True
    client.post(f"/t/{thread.public_id}/flag", data={"on": "0"})
    assert _thread(thread.id).no_why_replies is False
    assert db.session.scalars(select(ModAction)).all() == []


def test_a_moderators_switch_is_logged_with_the_reason(client, auth, make_user, make_thread):
    thread = make_thread(title="Needs care")
    moderator = make_user(role=Role.MODERATOR)
    auth.login(moderator)
    client.post(f"/t/{thread.public_id}/flag", data={"on": "1", "reason": "Author asked by e-mail"})
    assert _thread(thread.id).no_why_replies is True
    (entry,) = db.session.scalars(audit.log_entries()).all()
    assert (entry.actor_id, entry.action, entry.reason) == (
        moderator.id,
        "flag on",
        "Author asked by e-mail",
    )
    assert audit.describe(entry) == "thread “Needs care”" and entry.thread_id == thread.id


@pytest.mark.parametrize("role", [None, Role.MEMBER])
def test_nobody_else_can_switch_the_flag(client, auth, make_user, make_thread, role):
    thread = make_thread()
    if role:
        auth.login(make_user(role=role))
    response = client.post(f"/t/{thread.public_id}/flag", data={"on": "1"})
    assert response.status_code == (403 if role else 302)
    assert _thread(thread.id).no_why_replies is False


def test_switching_to_the_same_state_changes_and_logs_nothing(client, auth, make_user, make_thread):
    thread = make_thread(no_why_replies=True)
    auth.login(make_user(role=Role.ADMIN))
    client.post(f"/t/{thread.public_id}/flag", data={"on": "1"})
    assert db.session.scalars(select(ModAction)).all() == []
