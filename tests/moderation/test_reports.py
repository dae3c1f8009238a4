"""Reports: any member who is not suspended reports someone else's published post with a
reason and an optional note; one open report per member and post; the flagged thread's
author's why-report hides the reply at once. Nobody is ever shown who reported."""

from datetime import timedelta

import pytest
from markupsafe import escape
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from forum.extensions import db
from forum.models import HeldBecause, Post, PostStatus, Report, Role, Thread, utcnow
from forum.moderation import posts

REPLY = "I had a shift like that and froze at the handover."
ALREADY = "You reported this post"
REPORTER = "zebra.reporter"
NOTE = "Feels pointed at the author, please look"


def _reports() -> list[Report]:
    db.session.expire_all()
    return list(db.session.scalars(select(Report).order_by(Report.id)))


def _post(post_id) -> Post:
    """The post, fresh from the database, with its author (the moderation services name it)."""
    db.session.expire_all()
    return db.session.scalar(
        select(Post).where(Post.id == post_id).options(joinedload(Post.author))
    )


def _reply_count(thread_id) -> int:
    db.session.expire_all()
    return db.session.get(Thread, thread_id).reply_count


def _page(client, url) -> str:
    return client.get(url).get_data(as_text=True)


@pytest.fixture
def opener(make_user):
    return make_user(username="opener")


@pytest.fixture
def writer(make_user):
    return make_user(username="the.writer")


@pytest.fixture
def thread(make_thread, opener):
    return make_thread(author=opener, title="The missed allergy", no_why_replies=True)


@pytest.fixture
def reply(make_reply, thread, writer):
    return make_reply(thread, author=writer, body=REPLY)


@pytest.fixture
def reporter(make_user):
    return make_user(username=REPORTER)


@pytest.fixture
def moderator(make_user):
    return make_user(username="steward", role=Role.MODERATOR)


def _report(client, post, reason="harassment", note=""):
    return client.post(f"/p/{post.public_id}/report", data={"reason": reason, "note": note})


# The form ------------------------------------------------------------------------------------


def test_the_report_form_offers_the_four_reasons_and_a_note(client, auth, reply, reporter):
    auth.login(reporter)
    page = _page(client, f"/p/{reply.public_id}/report")
    for value in ("why", "identifying", "harassment", "other"):
        assert f'value="{value}"' in page
    assert 'name="note"' in page
    assert str(escape(REPLY)) in page


def test_the_report_form_shows_the_post_rendered_not_its_markdown(
    client, auth, make_reply, thread, writer, reporter
):
    marked = make_reply(thread, author=writer, body="It was **my** handover.\n\n- first\n- second")
    auth.login(reporter)
    page = _page(client, f"/p/{marked.public_id}/report")
    assert "<strong>my</strong>" in page and "<li>first</li>" in page
    assert "**my**" not in page and "- first" not in page


@pytest.mark.parametrize("reason", ["why", "identifying", "harassment", "other"])
def test_a_report_is_stored_with_its_reason_and_note(client, auth, thread, reply, reporter, reason):
    auth.login(reporter)
    response = _report(client, reply, reason, f"  {NOTE}  ")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/p/{reply.public_id}"
    (report,) = _reports()
    assert (report.post_id, report.reporter_id, report.reason, report.note) == (
        reply.id,
        reporter.id,
        reason,
        NOTE,
    )
    assert report.resolved_at is None
    assert "A moderator will look at it." in _page(client, f"/t/{thread.public_id}")


def test_the_note_is_optional(client, auth, reply, reporter):
    auth.login(reporter)
    assert _report(client, reply, "other").status_code == 302
    assert _reports()[0].note == ""


def test_a_report_sent_without_the_note_field_is_stored_with_an_empty_note(
    client, auth, reply, reporter
):
    auth.login(reporter)
    response = client.post(f"/p/{reply.public_id}/report", data={"reason": "other"})
    assert response.status_code == 302
    assert _reports()[0].note == ""


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({}, "Please choose a reason."),
        ({"reason": "spam"}, "Not a valid choice"),
        ({"reason": "other", "note": "x" * 501}, "Use at most 500 characters."),
    ],
    ids=["no reason", "unknown reason", "note too long"],
)
def test_a_report_with_a_bad_form_comes_back_with_the_error(
    client, auth, reply, reporter, data, error
):
    auth.login(reporter)
    response = client.post(f"/p/{reply.public_id}/report", data=data)
    assert response.status_code == 200
    assert error in response.get_data(as_text=True)
    assert _reports() == []


# One open report per member and post ---------------------------------------------------------


def test_a_second_report_by_the_same_member_makes_no_row_and_the_page_says_so(
    client, auth, reply, reporter
):
    auth.login(reporter)
    _report(client, reply, "harassment")
    response = _report(client, reply, "other", "Again")
    assert response.status_code == 200
    assert ALREADY in response.get_data(as_text=True)
    assert [r.reason for r in _reports()] == ["harassment"]
    assert ALREADY in _page(client, f"/p/{reply.public_id}/report")


def test_a_double_submitted_report_makes_one_row(client, auth, reply, reporter):
    auth.login(reporter)
    first = _report(client, reply, "why", NOTE)
    second = _report(client, reply, "why", NOTE)
    assert first.status_code == 302 and second.status_code == 200
    assert len(_reports()) == 1


def test_two_members_report_the_same_post(client, auth, make_user, reply, reporter):
    auth.login(reporter)
    _report(client, reply)
    auth.logout()
    auth.login(make_user())
    assert _report(client, reply).status_code == 302
    assert len(_reports()) == 2


def test_after_a_moderator_closes_the_report_the_member_may_report_again(
    client, auth, reply, reporter, moderator
):
    auth.login(reporter)
    _report(client, reply)
    posts.approve(_post(reply.id), moderator)
    assert _report(client, reply, "other").status_code == 302
    assert [r.resolved_at is None for r in _reports()] == [False, True]


# Who may report --------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_nobody_reports_their_own_post(client, auth, reply, writer, method):
    auth.login(writer)
    response = client.open(f"/p/{reply.public_id}/report", method=method, data={"reason": "other"})
    assert response.status_code == 403
    assert _reports() == []


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_suspended_member_does_not_report(client, auth, reply, reporter, method):
    reporter.suspended_until = utcnow() + timedelta(days=30)
    db.session.commit()
    auth.login(reporter)
    response = client.open(f"/p/{reply.public_id}/report", method=method, data={"reason": "other"})
    assert response.status_code == 403
    assert _reports() == []


def test_a_post_that_is_not_published_cannot_be_reported(
    client, auth, thread, reply, reporter, moderator
):
    posts.remove(_post(reply.id), moderator, "Abusive.")
    auth.login(reporter)
    assert _report(client, reply).status_code == 403
    assert _reports() == []


def test_a_visitor_is_sent_to_log_in(client, reply):
    response = _report(client, reply)
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    assert _reports() == []


# The flagged thread's author ---------------------------------------------------------------


def test_the_flagged_thread_authors_why_report_hides_the_reply_at_once(
    client, auth, make_user, thread, reply, opener, writer
):
    auth.login(opener)
    assert _reply_count(thread.id) == 1
    assert _report(client, reply, "why").status_code == 302
    post = _post(reply.id)
    assert (post.status, post.held_because) == (PostStatus.HELD, HeldBecause.AUTHOR_REPORT)
    assert _reply_count(thread.id) == 0
    assert str(escape(REPLY)) not in _page(client, f"/t/{thread.public_id}")
    auth.logout()
    auth.login(make_user())
    assert str(escape(REPLY)) not in _page(client, f"/t/{thread.public_id}")
    assert client.get(f"/p/{reply.public_id}/view").status_code == 404
    auth.logout()
    assert client.get(f"/p/{reply.public_id}/view").status_code == 404
    auth.login(writer)
    assert "Waiting for a moderator" in _page(client, f"/p/{reply.public_id}/view")


def test_the_author_whose_report_hid_a_reply_lands_on_a_page_they_can_see(
    client, auth, thread, reply, opener
):
    auth.login(opener)
    response = _report(client, reply, "why")
    landing = client.get(response.headers["Location"], follow_redirects=True)
    assert landing.status_code == 200
    assert "The reply is hidden until a moderator looks at it." in landing.get_data(as_text=True)


def test_approving_the_hidden_reply_puts_it_back(client, auth, thread, reply, opener, moderator):
    auth.login(opener)
    _report(client, reply, "why")
    assert posts.approve(_post(reply.id), moderator)
    assert _post(reply.id).status == PostStatus.PUBLISHED
    assert _reply_count(thread.id) == 1
    assert all(r.resolved_at is not None for r in _reports())


@pytest.mark.parametrize(
    "case",
    ["author reports another reason", "another member reports why", "thread is not flagged"],
)
def test_other_reports_do_not_hide_the_reply(
    client, auth, make_user, make_thread, make_reply, opener, writer, moderator, case
):
    thread = make_thread(author=opener, no_why_replies=case != "thread is not flagged")
    reply = make_reply(thread, author=writer, body=REPLY)
    reasons = ["identifying", "harassment", "other"] if case.startswith("author") else ["why"]
    for reason in reasons:
        auth.login(make_user() if case == "another member reports why" else opener)
        assert _report(client, reply, reason).status_code == 302
        auth.logout()
        posts.approve(_post(reply.id), moderator)  # closes it
    assert _post(reply.id).status == PostStatus.PUBLISHED
    assert _reply_count(thread.id) == 1
    assert str(escape(REPLY)) in _page(client, f"/t/{thread.public_id}")


# Nobody learns who reported ----------------------------------------------------------------


@pytest.fixture
def reported(client, auth, reply, reporter):
    auth.login(reporter)
    _report(client, reply, "harassment", NOTE)
    auth.logout()
    return reply


def test_the_moderators_pages_never_show_the_reporter(client, auth, thread, reported, moderator):
    auth.login(moderator)
    pages = [_page(client, "/mod"), _page(client, f"/mod/p/{reported.public_id}")]
    assert all(str(escape(NOTE)) in page for page in pages)  # the report is there...
    client.post(f"/mod/p/{reported.public_id}/approve", data={"reason": "Fine."})
    pages.append(_page(client, "/mod/log"))
    for page in pages:  # ...but not who sent it
        assert REPORTER not in page


def test_the_moderators_post_page_does_not_say_the_thread_author_reported(
    client, auth, thread, reply, opener, moderator
):
    auth.login(opener)
    _report(client, reply, "harassment", NOTE)
    auth.logout()
    auth.login(moderator)
    page = _page(client, f"/mod/p/{reply.public_id}")
    assert str(escape(NOTE)) in page
    assert "by the thread's author" not in page


def test_the_writers_pages_never_show_the_reporter_or_the_note(
    client, auth, make_user, thread, reported, writer
):
    auth.login(make_user(role=Role.MODERATOR))
    client.post(f"/mod/p/{reported.public_id}/remove", data={"reason": "Too harsh."})
    auth.logout()
    auth.login(writer)
    pages = [
        _page(client, url)
        for url in (
            f"/t/{thread.public_id}",
            f"/p/{reported.public_id}/view",
            "/me/posts",
            "/u/the.writer",
        )
    ]
    assert "Too harsh." in pages[0]  # the removal notice
    for page in pages:
        assert REPORTER not in page and str(escape(NOTE)) not in page


# Moderators close reports ----------------------------------------------------------------


def test_approving_a_reported_post_dismisses_its_reports(client, auth, make_user, reported):
    auth.login(make_user(role=Role.MODERATOR))
    assert client.post(f"/mod/p/{reported.public_id}/approve", data={}).status_code == 302
    assert [r.resolved_at is not None for r in _reports()] == [True]
    assert _post(reported.id).status == PostStatus.PUBLISHED
    assert "Nothing is waiting." in _page(client, "/mod")


def test_the_open_report_count_per_post_is_one_per_member(client, auth, make_user, reply):
    members = [make_user() for _ in range(3)]
    for member in members:
        auth.login(member)
        _report(client, reply)
        _report(client, reply)
        auth.logout()
    count = db.session.scalar(select(func.count()).select_from(Report))
    assert count == 3
