"""The thread flag "No 'why did you' replies": set on the new-thread form, switched later by the
author or a moderator (logged), stated once on the thread (where a reply is written), and in
lists by marking the threads without it ("Open to “why” questions") under one line saying so."""

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


HELP = "Share your own experience, or what helped you. Peers here answer with stories"
OPEN = '<span class="open-tag">Open to “why” questions</span>'
DEFAULT = "Unless a story is marked"


@pytest.mark.parametrize("logged_in", [True, False], ids=["member", "visitor"])
def test_a_flagged_thread_shows_the_banner_once_in_the_reply_box_instead_of_the_help_line(
    client, auth, make_user, make_thread, make_reply, logged_in
):
    thread = make_thread(no_why_replies=True, title="Flagged one")
    make_reply(thread)
    if logged_in:
        auth.login(make_user())
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert page.count(BANNER) == 1
    assert page.index('id="reply-heading"') < page.index(BANNER)
    assert HELP not in page


def test_the_reply_page_shows_the_banner_once_and_no_help_line_that_repeats_it(
    client, auth, make_user, make_thread
):
    thread = make_thread(no_why_replies=True)
    auth.login(make_user())
    page = client.get(f"/t/{thread.public_id}/reply").get_data(as_text=True)
    assert page.count(BANNER) == 1
    assert page.count("Share your own experience") == 1  # the banner's own words


def test_a_locked_flagged_thread_shows_no_banner_where_nothing_can_be_written(
    client, auth, make_user, make_thread
):
    thread = make_thread(no_why_replies=True)
    thread.locked = True
    db.session.commit()
    auth.login(make_user())
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert BANNER not in page and "This thread is locked" in page


def test_the_flag_switch_sits_under_the_banner_for_the_author(client, auth, make_user, make_thread):
    author = make_user()
    thread = make_thread(author=author, no_why_replies=True)
    auth.login(author)
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert page.index(BANNER) < page.index('class="flag-switch"') < page.index('id="reply"')


def test_an_unflagged_thread_shows_no_banner_and_the_help_line(
    client, auth, make_user, make_thread
):
    thread = make_thread()
    auth.login(make_user())
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert BANNER not in page and page.count(HELP) == 1


def test_lists_mark_only_the_threads_open_to_why_questions_and_say_the_default_once(
    client, make_thread, make_category
):
    category = make_category(slug="nursing")
    make_thread(category=category, no_why_replies=True, title="Flagged one")
    make_thread(category=category, title="Open one")
    for url in ("/", "/c/nursing"):
        page = client.get(url).get_data(as_text=True)
        assert page.count(DEFAULT) == 1 and "No “why” replies" not in page
        rows = {
            title: row
            for row in page.split('<li class="thread-row')[1:]
            for title in ("Flagged one", "Open one")
            if title in row
        }
        assert OPEN in rows["Open one"] and OPEN not in rows["Flagged one"]
        # The statement shows the mark once, and each unflagged row carries it.
        assert page.count(OPEN) == 2


def test_an_empty_list_says_nothing_about_the_flag(client, make_category):
    make_category(slug="nursing")
    for url in ("/", "/c/nursing"):
        assert DEFAULT not in client.get(url).get_data(as_text=True)


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
