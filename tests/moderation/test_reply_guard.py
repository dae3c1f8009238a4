"""The guard in a flagged thread: a reply it finds something in comes back with its findings;
the writer rephrases, or sends it to the moderators, who approve or reject it. Repeat
offenders are pre-moderated in flagged threads."""

import html
import re
from datetime import timedelta

import pytest
from markupsafe import escape
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from forum.extensions import db
from forum.models import HeldBecause, Notice, Post, PostStatus, Role, Thread, User, utcnow
from forum.moderation import guard, posts
from forum.threads import services

WHY = "Why did you not escalate to the senior nurse sooner?"
WHY_TOO = "You should have asked for help earlier."
KIND = "When this happened to me, what helped was talking it through with my supervisor."
WAITING = "Waiting for a moderator"
TITLE = "The dose I checked twice"


def _reply(client, thread, body, **extra):
    data = {"body": body, "identity": "named", "form_token": extra.pop("form_token", "t1")}
    return client.post(f"/t/{thread.public_id}/reply", data={**data, **extra})


def _digest(page: str) -> str:
    (value,) = re.findall(r'name="send_to_moderators" value="(\w+)"', page)
    return value


def _textarea(page: str) -> str:
    match = re.search(r'<textarea[^>]*name="body"[^>]*>(.*?)</textarea>', page, re.S)
    return html.unescape(match.group(1)).strip("\r\n")


def _thread(thread_id) -> Thread:
    db.session.expire_all()
    return db.session.get(Thread, thread_id)


def _replies(thread_id) -> list[Post]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            select(Post).where(Post.thread_id == thread_id, ~Post.is_opening).order_by(Post.id)
        )
    )


def _post(post_id) -> Post:
    """The post, fresh from the database, with its author (the moderation services name it)."""
    db.session.expire_all()
    return db.session.scalar(
        select(Post).where(Post.id == post_id).options(joinedload(Post.author))
    )


def _page(client, url) -> str:
    return client.get(url).get_data(as_text=True)


@pytest.fixture
def opener(make_user):
    return make_user(username="opener")


@pytest.fixture
def writer(make_user):
    return make_user(username="replier")


@pytest.fixture
def moderator(make_user):
    return make_user(username="steward", role=Role.MODERATOR)


@pytest.fixture
def flagged(make_thread, opener):
    return make_thread(author=opener, title=TITLE, no_why_replies=True)


@pytest.fixture
def held(client, auth, flagged, writer):
    """The writer's why-question, sent to the moderators past the guard; they are logged in."""
    auth.login(writer)
    digest = _digest(_reply(client, flagged, WHY).get_data(as_text=True))
    response = _reply(client, flagged, WHY, send_to_moderators=digest)
    assert response.status_code == 302
    (post,) = _replies(flagged.id)
    return post


# Stopped, rephrased, published -----------------------------------------------------------


def test_a_reply_the_guard_finds_something_in_comes_back_with_its_text_and_findings(
    client, auth, flagged, writer
):
    auth.login(writer)
    response = _reply(client, flagged, WHY)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert _textarea(page) == WHY
    (finding,) = guard.scan(WHY)
    assert f'<mark id="guard-finding-1">{escape(finding.phrase)}<sup>1</sup></mark>' in page
    assert str(escape(finding.reason)) in page
    assert "Send to moderators" in page
    assert _replies(flagged.id) == [] and _thread(flagged.id).reply_count == 0


def test_every_finding_is_marked_and_its_reason_listed(client, auth, flagged, writer):
    auth.login(writer)
    body = f"{WHY} {WHY_TOO}"
    page = _reply(client, flagged, body).get_data(as_text=True)
    findings = guard.scan(body)
    assert len(findings) == 2
    for number, finding in enumerate(findings, 1):
        assert f"{escape(finding.phrase)}<sup>{number}</sup></mark>" in page
        assert f'<li value="{number}"><q>{escape(finding.phrase)}</q>' in page
        assert str(escape(finding.reason)) in page


def test_rephrasing_without_findings_publishes_the_reply(client, auth, flagged, writer):
    auth.login(writer)
    assert _reply(client, flagged, WHY).status_code == 200
    response = _reply(client, flagged, KIND)
    (post,) = _replies(flagged.id)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/p/{post.public_id}"
    assert (post.status, post.body_md) == (PostStatus.PUBLISHED, KIND)
    assert _thread(flagged.id).reply_count == 1


# Sent to the moderators --------------------------------------------------------------------


def test_send_to_moderators_with_the_digest_holds_the_reply(client, flagged, held):
    assert (held.status, held.held_because, held.body_md) == (
        PostStatus.HELD,
        HeldBecause.GUARD,
        WHY,
    )
    assert held.held_at is not None
    assert _thread(flagged.id).reply_count == 0
    page = _page(client, f"/t/{flagged.public_id}")
    assert WAITING in page and str(escape(WHY)) in page
    assert client.get(f"/p/{held.public_id}").status_code == 302
    view = _page(client, f"/p/{held.public_id}/view")
    assert WAITING in view and str(escape(WHY)) in view


def test_the_writer_is_told_the_reply_waits(client, flagged, writer, held):
    page = _page(client, f"/t/{flagged.public_id}")
    assert "Your reply is waiting for a moderator." in page


@pytest.mark.parametrize("viewer", ["thread author", "another member", "visitor"])
def test_a_held_reply_is_invisible_to_everyone_but_its_writer_and_the_moderators(
    client, auth, make_user, flagged, opener, held, viewer
):
    auth.logout()
    if viewer == "thread author":
        auth.login(opener)
    elif viewer == "another member":
        auth.login(make_user())
    thread_page = _page(client, f"/t/{flagged.public_id}")
    assert str(escape(WHY)) not in thread_page and WAITING not in thread_page
    assert "0 replies" in thread_page
    assert client.get(f"/p/{held.public_id}").status_code == 404
    assert client.get(f"/p/{held.public_id}/view").status_code == 404
    profile = _page(client, "/u/replier")
    assert "No posts yet." in profile and TITLE not in profile
    vote = client.post(
        f"/p/{held.public_id}/vote", data={"helpful": "1"}, headers={"Accept": "application/json"}
    )
    assert vote.status_code == (302 if viewer == "visitor" else 404)
    assert _post(held.id).score == 0


def test_moderators_see_a_held_reply_in_its_thread(client, auth, flagged, moderator, held):
    auth.logout()
    auth.login(moderator)
    page = _page(client, f"/t/{flagged.public_id}")
    assert WAITING in page and str(escape(WHY)) in page


def test_a_forged_digest_does_not_send(client, auth, flagged, writer):
    auth.login(writer)
    response = _reply(client, flagged, WHY, send_to_moderators="0" * 32)
    assert response.status_code == 200 and "Send to moderators" in response.get_data(as_text=True)
    assert _replies(flagged.id) == []


def test_a_stale_digest_does_not_send_a_changed_text(client, auth, flagged, writer):
    auth.login(writer)
    digest = _digest(_reply(client, flagged, WHY).get_data(as_text=True))
    response = _reply(client, flagged, WHY_TOO, send_to_moderators=digest)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and _digest(page) != digest
    assert _textarea(page) == WHY_TOO
    assert _replies(flagged.id) == []


def test_a_double_submitted_send_holds_one_reply(client, auth, flagged, writer):
    auth.login(writer)
    digest = _digest(_reply(client, flagged, WHY).get_data(as_text=True))
    first = _reply(client, flagged, WHY, send_to_moderators=digest)
    second = _reply(client, flagged, WHY, send_to_moderators=digest)
    assert first.headers["Location"] == second.headers["Location"]
    assert len(_replies(flagged.id)) == 1


# The moderator decides -------------------------------------------------------------------


def _as_moderator(client, auth, moderator):
    auth.logout()
    auth.login(moderator)


def test_an_approved_reply_is_published_and_its_writer_told(
    client, auth, make_user, flagged, writer, moderator, held
):
    _as_moderator(client, auth, moderator)
    response = client.post(f"/mod/p/{held.public_id}/approve", data={"reason": ""})
    assert response.status_code == 302
    post = _post(held.id)
    assert (post.status, post.held_because) == (PostStatus.PUBLISHED, None)
    assert _thread(flagged.id).reply_count == 1
    auth.logout()
    auth.login(make_user())
    assert str(escape(WHY)) in _page(client, f"/t/{flagged.public_id}")
    auth.logout()
    auth.login(writer)
    page = _page(client, "/")
    assert f"A moderator approved your reply in “{TITLE}”. It is published now." in page


def test_a_rejected_reply_shows_its_writer_the_note_and_stays_hidden(
    client, auth, make_user, flagged, writer, moderator, held
):
    note = "Try telling what helped you instead."
    _as_moderator(client, auth, moderator)
    assert client.post(f"/mod/p/{held.public_id}/reject", data={"reason": note}).status_code == 302
    post = _post(held.id)
    assert (post.status, post.moderation_note) == (PostStatus.REJECTED, note)
    assert _thread(flagged.id).reply_count == 0
    auth.logout()
    auth.login(writer)
    page = _page(client, f"/t/{flagged.public_id}")
    assert f"Their note: “{note}”" in page
    assert f"A moderator did not publish your reply in “{TITLE}”. Their note: {note}" in page
    auth.logout()
    auth.login(make_user())
    assert str(escape(WHY)) not in _page(client, f"/t/{flagged.public_id}")
    assert client.get(f"/p/{held.public_id}/view").status_code == 404


def test_a_rejection_needs_a_note(client, auth, moderator, held):
    _as_moderator(client, auth, moderator)
    client.post(f"/mod/p/{held.public_id}/reject", data={"reason": "  "})
    assert _post(held.id).status == PostStatus.HELD


# What the guard does not read -------------------------------------------------------------


@pytest.mark.parametrize("body", [WHY, WHY_TOO])
def test_an_unflagged_thread_never_holds(client, auth, make_thread, writer, body):
    thread = make_thread()
    auth.login(writer)
    response = _reply(client, thread, body)
    (post,) = _replies(thread.id)
    assert response.status_code == 302 and post.status == PostStatus.PUBLISHED
    assert _thread(thread.id).reply_count == 1


@pytest.mark.parametrize(
    "body",
    [
        f"> {WHY}\n\nThat line stayed with me for weeks too.",
        f"```\n{WHY}\n```\n\nSomeone wrote this on the board in our break room.",
        f"    {WHY}\n\nI kept that indented note on my locker.",
        "Our poster said `why did you not escalate` and nobody liked it.",
    ],
    ids=["quote", "fenced code", "indented code", "inline code"],
)
def test_quotes_and_code_are_not_checked(client, auth, flagged, writer, body):
    auth.login(writer)
    response = _reply(client, flagged, body)
    assert response.status_code == 302
    (post,) = _replies(flagged.id)
    assert post.status == PostStatus.PUBLISHED


# Edits ---------------------------------------------------------------------------------------


@pytest.fixture
def published(flagged, writer):
    return services.create_reply(flagged, writer, KIND, anonymous=False)


def test_an_edit_that_adds_a_why_question_is_stopped(client, auth, flagged, writer, published):
    auth.login(writer)
    body = f"{KIND}\n\n{WHY}"
    response = client.post(f"/p/{published.public_id}/edit", data={"body": body})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Send to moderators" in page
    assert _textarea(page) == body
    post = _post(published.id)
    assert (post.status, post.body_md, post.edited_at) == (PostStatus.PUBLISHED, KIND, None)
    assert _thread(flagged.id).reply_count == 1


def test_a_sent_edit_holds_the_reply_and_takes_it_out_of_the_count(
    client, auth, make_user, flagged, writer, published
):
    auth.login(writer)
    body = f"{KIND}\n\n{WHY}"
    digest = _digest(
        client.post(f"/p/{published.public_id}/edit", data={"body": body}).get_data(as_text=True)
    )
    response = client.post(
        f"/p/{published.public_id}/edit", data={"body": body, "send_to_moderators": digest}
    )
    assert response.status_code == 302
    post = _post(published.id)
    assert (post.status, post.held_because, post.body_md) == (
        PostStatus.HELD,
        HeldBecause.GUARD,
        body,
    )
    assert _thread(flagged.id).reply_count == 0
    assert WAITING in _page(client, f"/t/{flagged.public_id}")
    auth.logout()
    auth.login(make_user())
    assert client.get(f"/p/{published.public_id}/view").status_code == 404


def test_a_harmless_edit_of_a_reply_in_a_flagged_thread_is_saved(client, auth, writer, published):
    auth.login(writer)
    body = KIND + " It took a while."
    assert client.post(f"/p/{published.public_id}/edit", data={"body": body}).status_code == 302
    post = _post(published.id)
    assert (post.status, post.body_md) == (PostStatus.PUBLISHED, body)


def test_the_storys_own_edit_is_never_guarded(client, auth, flagged, opener):
    opening = db.session.scalar(select(Post).where(Post.thread_id == flagged.id))
    auth.login(opener)
    body = f"I still ask myself this. {WHY}"
    data = {"title": TITLE, "body": body}
    assert client.post(f"/p/{opening.public_id}/edit", data=data).status_code == 302
    post = _post(opening.id)
    assert (post.status, post.body_md) == (PostStatus.PUBLISHED, body)


# Repeat offenders --------------------------------------------------------------------------


def _rejected(thread, writer, moderator, *, days_ago: int = 0) -> Post:
    post = services.create_reply(
        thread, writer, WHY, anonymous=False, held_because=HeldBecause.GUARD
    )
    assert posts.reject(_post(post.id), moderator, "Please share your own experience.")
    if days_ago:
        post = _post(post.id)
        post.moderated_at = utcnow() - timedelta(days=days_ago)
        db.session.commit()
    return post


def _user(user_id) -> User:
    db.session.expire_all()
    return db.session.get(User, user_id)


def test_a_third_rejection_in_30_days_premoderates_the_writer_for_14_days_and_tells_them(
    client, auth, flagged, writer, moderator
):
    for _ in range(2):
        _rejected(flagged, writer, moderator)
    third = services.create_reply(
        flagged, writer, WHY, anonymous=False, held_because=HeldBecause.GUARD
    )
    auth.login(moderator)
    before = utcnow()
    client.post(f"/mod/p/{third.public_id}/reject", data={"reason": "Not this way."})
    until = _user(writer.id).premoderated_until
    assert before + timedelta(days=14) <= until <= utcnow() + timedelta(days=14)
    auth.logout()
    auth.login(writer)
    page = _page(client, "/")
    assert "For the next 14 days, your replies in threads that ask for" in page
    assert db.session.scalar(
        select(func.count()).select_from(Notice).where(Notice.text.contains("14 days"))
    )


@pytest.mark.parametrize(
    ("recent", "old"),
    [(2, 0), (2, 1), (0, 3)],
    ids=["two in 30 days", "two recent and one old", "three old"],
)
def test_fewer_than_three_rejections_in_30_days_do_not_premoderate(
    flagged, writer, moderator, recent, old
):
    for _ in range(old):
        _rejected(flagged, writer, moderator, days_ago=31)
    for _ in range(recent):
        _rejected(flagged, writer, moderator)
    assert _user(writer.id).premoderated_until is None
    assert not db.session.scalar(
        select(func.count()).select_from(Notice).where(Notice.text.contains("14 days"))
    )


def test_deleting_rejected_replies_does_not_escape_premoderation(
    client, auth, flagged, writer, moderator
):
    rejected = [_rejected(flagged, writer, moderator).public_id for _ in range(2)]
    ids = (flagged.id, writer.id, moderator.id)
    auth.login(writer)
    for key in rejected:
        assert client.post(f"/p/{key}/delete").status_code == 302
    db.session.expunge_all()  # the deleted rows' ids may be given out again
    flagged, writer, moderator = (
        db.session.get(m, i) for m, i in zip((Thread, User, User), ids, strict=True)
    )
    _rejected(flagged, writer, moderator)
    assert _user(writer.id).premoderated_until is not None


@pytest.fixture
def premoderated(flagged, writer, moderator):
    for _ in range(3):
        _rejected(flagged, writer, moderator)
    assert _user(writer.id).premoderated_until is not None
    return writer


def test_a_premoderated_writers_harmless_reply_in_a_flagged_thread_is_held(
    client, auth, make_thread, premoderated
):
    thread = make_thread(no_why_replies=True)
    auth.login(premoderated)
    response = _reply(client, thread, KIND)
    assert response.status_code == 302
    (post,) = _replies(thread.id)
    assert (post.status, post.held_because) == (PostStatus.HELD, HeldBecause.PREMODERATED)
    assert _thread(thread.id).reply_count == 0
    assert "as every reply of yours" in _page(client, f"/t/{thread.public_id}")


def test_a_premoderated_writers_reply_in_an_unflagged_thread_publishes_normally(
    client, auth, make_thread, premoderated
):
    thread = make_thread()
    auth.login(premoderated)
    assert _reply(client, thread, KIND).status_code == 302
    (post,) = _replies(thread.id)
    assert post.status == PostStatus.PUBLISHED
    assert _thread(thread.id).reply_count == 1


def test_premoderation_ends_after_its_date(client, auth, make_thread, premoderated):
    premoderated.premoderated_until = utcnow() - timedelta(minutes=1)
    db.session.commit()
    thread = make_thread(no_why_replies=True)
    auth.login(premoderated)
    _reply(client, thread, KIND)
    (post,) = _replies(thread.id)
    assert post.status == PostStatus.PUBLISHED
