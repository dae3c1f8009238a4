"""After a report, the reader lands back on the post, which says "You reported this" to them
alone while the report is open; a moderator's "Keep it" says "Reports dismissed"."""

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import Post, Role
from forum.moderation import posts as moderation

NOTE = "You reported this."


def _page(client, url) -> str:
    response = client.get(url, follow_redirects=True)
    assert response.status_code == 200
    return response.get_data(as_text=True)


@pytest.fixture
def thread(make_thread):
    return make_thread(title="The chart I signed", anonymous=True)


@pytest.fixture
def reply(make_reply, thread):
    return make_reply(thread, body="That sounds like my first year.")


@pytest.fixture
def reporter(make_user):
    return make_user()


def _report(client, reply):
    return client.post(f"/p/{reply.public_id}/report", data={"reason": "other", "note": "Odd."})


def test_the_reporter_lands_on_the_post_which_says_they_reported_it(
    client, auth, thread, reply, reporter
):
    auth.login(reporter)
    response = _report(client, reply)
    assert response.headers["Location"] == f"/p/{reply.public_id}"
    landing = client.get(response.headers["Location"])
    assert landing.headers["Location"].endswith(f"#p-{reply.public_id}")
    page = _page(client, landing.headers["Location"])
    article = page.split(f'id="p-{reply.public_id}"', 1)[1].split("</article>", 1)[0]
    assert NOTE in article and "A moderator will look at it." in article
    assert 'class="flash' not in page  # the confirmation is on the post, not at the top
    assert NOTE in _page(client, f"/p/{reply.public_id}/view")


@pytest.mark.parametrize("viewer", ["visitor", "member", "writer", "moderator"])
def test_nobody_else_sees_who_reported(client, auth, make_user, thread, reply, reporter, viewer):
    auth.login(reporter)
    _report(client, reply)
    auth.logout()
    user = {
        "visitor": None,
        "member": make_user(),
        "writer": db.session.get(type(reporter), reply.author_id),
        "moderator": make_user(role=Role.MODERATOR),
    }[viewer]
    if user is not None:
        auth.login(user)
    assert NOTE not in _page(client, f"/t/{thread.public_id}")


def test_the_note_goes_when_a_moderator_dismisses_the_report(
    client, auth, make_user, thread, reply, reporter
):
    auth.login(reporter)
    _report(client, reply)
    moderation.approve(db.session.get(Post, reply.id), make_user(role=Role.MODERATOR))
    assert NOTE not in _page(client, f"/t/{thread.public_id}")


def test_keep_it_says_reports_dismissed_not_approved(
    client, auth, make_user, thread, reply, reporter
):
    auth.login(reporter)
    _report(client, reply)
    auth.logout()
    auth.login(make_user(role=Role.MODERATOR))
    page = client.post(
        f"/mod/p/{reply.public_id}/approve", data={"reason": ""}, follow_redirects=True
    ).get_data(as_text=True)
    assert "Reports dismissed." in page and "Approved." not in page


def test_approving_a_held_reply_still_says_approved(client, auth, make_user, thread):
    from forum.models import HeldBecause
    from forum.threads import services

    held = services.create_reply(
        thread, make_user(), "Held for a look.", anonymous=False, held_because=HeldBecause.GUARD
    )
    auth.login(make_user(role=Role.MODERATOR))
    page = client.post(
        f"/mod/p/{held.public_id}/approve", data={"reason": ""}, follow_redirects=True
    ).get_data(as_text=True)
    assert "Approved. The reply is published." in page and "Reports dismissed" not in page
    assert db.session.scalar(select(Post.status).where(Post.id == held.id)) == "published"


def test_the_note_costs_no_query_of_its_own(client, auth, count_queries, thread, reply, reporter):
    """Votes and open reports of the viewer are read together, in one query."""
    auth.login(reporter)
    url = f"/t/{thread.public_id}"
    client.get(url)  # the reader's place in the thread is written once
    with count_queries() as before:
        client.get(url)
    _report(client, reply)
    client.get(url)
    with count_queries() as after:
        page = client.get(url).get_data(as_text=True)
    assert NOTE in page and len(after) == len(before)
