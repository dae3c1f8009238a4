"""Moderators' comfort: the header's count of waiting items (loaded with the member), "Next
item" after a decision, the queue's text rendered as its thread shows it with the guard's
findings marked, and destructive actions that ask once more."""

import re
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.models import (
    PUBLIC_ID_PATTERN,
    HeldBecause,
    ModAction,
    Post,
    PostStatus,
    Report,
    Role,
    User,
    utcnow,
)
from forum.models.core import PUBLIC_ID_LENGTH
from forum.moderation.marked import render_marked
from forum.moderation.queue import WAITING_SHOWN
from forum.threads import services
from tests.threads.test_query_counts import LIST_PAGE_QUERIES, THREAD_PAGE_QUERIES

QUEUE_PAGE_QUERIES = 5  # as tests/moderation/test_queue.py: the count costs nothing more


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


def _held(thread, author, body="Why did you not escalate?", *, hours_ago=None):
    post = services.create_reply(
        thread, author, body, anonymous=False, held_because=HeldBecause.GUARD
    )
    if hours_ago is not None:
        post.held_at = utcnow() - timedelta(hours=hours_ago)
        db.session.commit()
    return post


def _report(post, reporter, reason="other"):
    db.session.add(Report(post_id=post.id, reporter_id=reporter.id, reason=reason, note="Hm."))
    db.session.commit()


def _status(post) -> str:
    return db.session.scalar(select(Post.status).where(Post.id == post.id))


def _log_lines() -> int:
    return db.session.scalar(select(func.count()).select_from(ModAction))


# The header's count -----------------------------------------------------------------------


def _header_count(page: str) -> str | None:
    link = re.search(r'<a class="mod-link" href="/mod">(.*?)</a>', page, re.S)
    if link is None:
        return None
    count = re.search(r'<span class="count">([^<]*)</span>', link.group(1))
    return count.group(1) if count else ""


def test_the_moderation_link_counts_held_replies_and_reported_posts_as_the_queue_does(
    client, make_user, thread, as_moderator
):
    writer, reporter = make_user(), make_user()
    _held(thread, writer)
    reported = services.create_reply(thread, writer, "It happened to me too.", anonymous=False)
    _report(reported, reporter)
    _report(reported, make_user(), reason="why")  # two reports, one item
    page = client.get("/").get_data(as_text=True)
    assert _header_count(page) == "2 waiting"
    assert "<strong>2 waiting.</strong>" in client.get("/mod").get_data(as_text=True)


def test_with_nothing_waiting_the_link_has_no_count(client, as_moderator):
    assert _header_count(client.get("/").get_data(as_text=True)) == ""


def test_administrators_see_the_count_and_members_see_no_moderation_link(
    client, auth, make_user, thread
):
    _held(thread, make_user())
    admin, member = make_user(role=Role.ADMIN), make_user()
    auth.login(admin)
    assert _header_count(client.get("/").get_data(as_text=True)) == "1 waiting"
    auth.logout()
    auth.login(member)
    page = client.get("/").get_data(as_text=True)
    assert _header_count(page) is None and "waiting" not in page


def test_the_count_stops_at_99_plus(client, make_user, thread, as_moderator):
    writer = make_user()
    for n in range(WAITING_SHOWN + 2):
        _held(thread, writer, f"Why did you not escalate, {n}?")
    assert _header_count(client.get("/").get_data(as_text=True)) == "99+ waiting"


def test_a_decision_takes_the_item_off_the_count(client, make_user, thread, as_moderator):
    held = _held(thread, make_user())
    assert _header_count(client.get("/").get_data(as_text=True)) == "1 waiting"
    client.post(f"/mod/p/{held.public_id}/approve", data={})
    assert _header_count(client.get("/").get_data(as_text=True)) == ""


@pytest.mark.parametrize("role", [Role.MEMBER, Role.MODERATOR])
def test_the_count_adds_no_query_to_a_page(
    client, auth, count_queries, make_user, make_thread, thread, role
):
    """Members' and moderators' pages run the counts of tests/threads/test_query_counts.py:
    the waiting items are loaded with the member, like the unread notifications."""
    for _ in range(3):
        _held(thread, make_user())
    story = make_thread(replies=2)
    auth.login(make_user(role=role))
    client.get(f"/t/{story.public_id}")  # the reader's place: no writes below
    for url, expected in (("/", LIST_PAGE_QUERIES), (f"/t/{story.public_id}", THREAD_PAGE_QUERIES)):
        with count_queries() as statements:
            assert client.get(url).status_code == 200
        assert len(statements) == expected, url
    if role == Role.MODERATOR:
        with count_queries() as statements:
            client.get("/mod")
        assert len(statements) == QUEUE_PAGE_QUERIES


def test_without_the_loaded_count_a_moderators_page_counts_once(app, make_user, thread):
    """A page rendered in the request that logged the moderator in has no count loaded with
    them: it is counted then, once."""
    from flask_login import login_user

    from forum.moderation.header import waiting_label

    _held(thread, make_user())
    moderator = make_user(role=Role.MODERATOR)
    with app.test_request_context("/"):
        login_user(moderator)
        assert waiting_label(moderator) == "1 waiting"
        assert waiting_label(make_user()) == ""


# Next item --------------------------------------------------------------------------------


@dataclass
class Queue:
    first: Post
    second: Post
    third: Post
    own: Post


@pytest.fixture
def queue(make_user, thread, moderator):
    writer = make_user()
    own = _held(thread, moderator, "Why did you wait?", hours_ago=9)  # never the next for them
    first = _held(thread, writer, "Why did you not call?", hours_ago=5)
    second = _held(thread, writer, "Why did you not check?", hours_ago=4)
    third = _held(thread, writer, "Why did you not ask?", hours_ago=3)
    return Queue(first, second, third, own)


def _next(client, after=None) -> str:
    response = client.get("/mod/next", query_string={"after": after} if after else {})
    assert response.status_code == 302
    return response.headers["Location"]


def test_next_item_is_the_oldest_the_moderator_may_decide(client, as_moderator, queue):
    assert _next(client) == f"/mod/p/{queue.first.public_id}"


def test_next_item_after_a_post_is_the_one_after_it_and_wraps_around(client, as_moderator, queue):
    assert _next(client, queue.first.public_id) == f"/mod/p/{queue.second.public_id}"
    assert _next(client, queue.second.public_id) == f"/mod/p/{queue.third.public_id}"
    assert _next(client, queue.third.public_id) == f"/mod/p/{queue.first.public_id}"


def test_after_a_decision_next_item_leads_to_the_next_one(client, as_moderator, queue):
    key = queue.second.public_id
    response = client.post(f"/mod/p/{key}/approve", data={}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "Approved" in page and "Nothing on this post waits for a decision." in page
    assert f'<a class="button" href="/mod/next?after={key}">Next item</a>' in page
    assert _next(client, key) == f"/mod/p/{queue.first.public_id}"  # the decided one is gone


def test_a_waiting_post_offers_to_skip_to_the_next(client, as_moderator, queue):
    page = client.get(f"/mod/p/{queue.first.public_id}").get_data(as_text=True)
    assert f'href="/mod/next?after={queue.first.public_id}">Skip to the next item</a>' in page
    assert "Nothing on this post waits" not in page


def test_with_nothing_else_waiting_next_item_goes_back_to_the_empty_queue(
    client, make_user, thread, as_moderator
):
    held = _held(thread, make_user())
    client.post(f"/mod/p/{held.public_id}/approve", data={})
    response = client.get(f"/mod/next?after={held.public_id}", follow_redirects=True)
    assert response.request.path == "/mod"
    page = response.get_data(as_text=True)
    assert "Nothing else is waiting for you." in page and "Nothing is waiting." in page


def test_a_moderators_own_post_is_never_next_for_them(client, as_moderator, queue):
    for post in (queue.first, queue.second, queue.third):
        post.status = PostStatus.REJECTED
    db.session.commit()
    response = client.get("/mod/next", follow_redirects=True)
    assert response.request.path == "/mod"
    assert "Your own post: another moderator decides on it." in response.get_data(as_text=True)


@pytest.mark.parametrize("after", ["abc", "x" * 500, "../mod", "B" * PUBLIC_ID_LENGTH])
def test_next_item_after_something_that_is_no_key_is_a_404(client, as_moderator, after):
    assert client.get("/mod/next", query_string={"after": after}).status_code == 404


def test_next_item_after_an_unknown_key_starts_from_the_oldest(client, as_moderator, queue):
    unknown = "b" * PUBLIC_ID_LENGTH
    assert re.fullmatch(PUBLIC_ID_PATTERN, unknown)
    assert _next(client, unknown) == f"/mod/p/{queue.first.public_id}"


# The queue's text ---------------------------------------------------------------------------


def _queue_item(page: str, marker: str) -> str:
    items = re.findall(
        r'<li class="queue-item">(.*?)</li>\s*(?=<li class="queue-item">|</ol>)', page, re.S
    )
    return next(item for item in items if marker in item)


def test_the_queue_shows_the_text_rendered_as_the_thread_shows_it(
    client, make_user, thread, as_moderator
):
    reply = services.create_reply(
        thread,
        make_user(),
        "**Bold** point (marker-1).\n\n- one\n- two\n\n<script>x</script>",
        anonymous=False,
    )
    _report(reply, make_user())
    item = _queue_item(client.get("/mod").get_data(as_text=True), "marker-1")
    assert "<strong>Bold</strong>" in item and "<li>one</li>" in item
    assert "**Bold**" not in item
    assert "<script>" not in item and "&lt;script&gt;" in item
    stored = db.session.scalar(select(Post.body_html).where(Post.id == reply.id))
    assert stored in item  # exactly the thread's HTML


def test_the_guards_findings_stay_marked_in_the_rendered_text(
    client, make_user, thread, as_moderator
):
    _held(thread, make_user(), "I am *sorry*. **Why did you not** call for help? (marker-2)")
    item = _queue_item(client.get("/mod").get_data(as_text=True), "marker-2")
    assert "<em>sorry</em>" in item
    assert "<strong><mark>Why did you not<sup>1</sup></mark></strong>" in item
    assert re.search(r'<ol class="findings">\s*<li value="1"><q>Why did you not</q>: ', item)


def test_the_text_is_a_labelled_region_the_keyboard_reaches(
    client, make_user, thread, as_moderator
):
    writer = make_user()
    for n in range(2):
        _held(thread, writer, f"Why did you not call? {n}")
    page = client.get("/mod").get_data(as_text=True)
    keys = re.findall(r'<p class="queue-head" id="head-([a-z2-7]{12})">', page)
    regions = re.findall(
        r'<div class="body mod-text" role="region" tabindex="0" aria-labelledby="head-([^"]+)">',
        page,
    )
    assert len(keys) == 2 and regions == keys  # each named by its own item's heading


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    reason: str = "a reason"


def _found(source: str, *phrases: str) -> list[Found]:
    return [Found(source.index(p), source.index(p) + len(p)) for p in phrases]


def test_a_finding_across_emphasis_is_marked_on_each_side_and_stays_well_nested():
    source = "Why *did you* not?"
    html = str(render_marked(source, _found(source, "Why *did you* not")).html)
    assert html == (
        "<p><mark>Why </mark><em><mark>did you</mark></em><mark> not<sup>1</sup></mark>?</p>"
    )


def test_findings_are_numbered_in_the_order_of_the_text_and_listed_with_their_source():
    source = "First why did you. Then why didn't you."
    findings = list(reversed(_found(source, "why did you", "why didn't you")))
    marked = render_marked(source, findings)
    assert "why did you<sup>1</sup>" in marked.html and "why didn't you<sup>2</sup>" in marked.html
    assert [(n, text) for n, text, _ in marked.findings] == [
        (1, "why did you"),
        (2, "why didn't you"),
    ]


def test_a_finding_inside_a_links_address_leaves_the_address_alone():
    source = "See [this](https://example.org/whydidyou) page."
    html = str(render_marked(source, _found(source, "whydidyou")).html)
    assert 'href="https://example.org/whydidyou"' in html
    assert "\ue000" not in html and "%EE%80" not in html.upper()


def test_marks_never_stand_between_list_items_or_paragraphs():
    source = "- why did\n- you not\n\nnext"
    html = str(render_marked(source, _found(source, "why did\n- you not")).html)
    assert "<ul>\n<li><mark>why did</mark></li>\n<li><mark>you not<sup>1</sup></mark></li>" in html
    assert "<mark>\n" not in html


def test_the_writers_own_private_use_characters_are_not_taken_for_marks():
    source = "a \ue000 b \ue001\ue010 why did you"
    html = str(render_marked(source, _found(source, "why did you")).html)
    assert html.count("<mark>") == 1 and "\ue000" not in html and "\ue001" not in html


def test_raw_html_in_the_text_stays_text_around_a_mark():
    source = '<b onclick="x">why did you</b>'
    html = str(render_marked(source, _found(source, "why did you")).html)
    assert "<b" not in html and "&lt;b onclick=" in html
    assert "<mark>why did you<sup>1</sup></mark>" in html


# Destructive actions ask once more --------------------------------------------------------


def test_reject_remove_and_suspend_forms_ask_once_more_and_approve_does_not(
    client, make_user, thread, as_moderator
):
    held = _held(thread, make_user())
    page = client.get(f"/mod/p/{held.public_id}").get_data(as_text=True)
    forms = re.findall(r'<form method="post" action="([^"]+)"([^>]*)>(.*?)</form>', page, re.S)
    asking = {
        action.rsplit("/", 1)[1]
        for action, attributes, body in forms
        if 'data-confirm="' in attributes and 'name="step" value="confirm"' in body
    }
    assert asking == {"reject", "remove", "suspend"}
    assert re.search(r'<section class="danger-zone"[^>]*>.*?/reject', page, re.S)


@dataclass(frozen=True)
class Destructive:
    action: str
    form: dict
    question: str
    changed: object  # post, writer -> whether the action was done


DESTRUCTIVE = [
    Destructive(
        "reject",
        {"reason": "Please tell your own story."},
        "Reject this reply?",
        lambda post, writer: _status(post) == PostStatus.REJECTED,
    ),
    Destructive(
        "remove",
        {"reason": "Abusive."},
        "Remove this reply?",
        lambda post, writer: _status(post) != PostStatus.HELD,
    ),
    Destructive(
        "suspend",
        {"days": "3", "reason": "Repeated abuse."},
        "Suspend the writer of this reply for 3 days?",
        lambda post, writer: (
            db.session.scalar(select(User.suspended_until).where(User.id == writer.id)) is not None
        ),
    ),
]


@pytest.mark.parametrize("case", DESTRUCTIVE, ids=lambda c: c.action)
def test_without_javascript_a_destructive_action_answers_with_a_confirm_page(
    client, make_user, thread, as_moderator, case
):
    writer = make_user()
    held = _held(thread, writer)
    url = f"/mod/p/{held.public_id}/{case.action}"
    lines = _log_lines()
    response = client.post(url, data={**case.form, "step": "confirm"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f"<h1>{case.question}</h1>" in page
    assert f'<form method="post" action="{url}"' in page
    assert 'name="step"' not in page.split("<main", 1)[1]  # the confirm page's form acts
    assert f">{case.form['reason']}</textarea>" in page  # still there, still editable
    assert f'<a href="/mod/p/{held.public_id}">Cancel</a>' in page
    db.session.expire_all()
    assert not case.changed(held, writer) and _log_lines() == lines

    response = client.post(url, data=case.form)  # the confirm page's [Reject] etc.
    assert response.status_code == 302
    db.session.expire_all()
    assert case.changed(held, writer) and _log_lines() == lines + 1


@pytest.mark.parametrize("case", DESTRUCTIVE, ids=lambda c: c.action)
def test_a_destructive_action_without_its_reason_comes_back_with_the_message_not_a_confirm_page(
    client, make_user, thread, as_moderator, case
):
    held = _held(thread, make_user())
    data = {**case.form, "reason": "   ", "step": "confirm"}
    response = client.post(f"/mod/p/{held.public_id}/{case.action}", data=data)
    page = response.get_data(as_text=True)
    assert "Please write a reason." in page and f"<h1>{case.question}</h1>" not in page
    assert _status(held) == PostStatus.HELD


def test_a_confirm_page_keeps_odd_text_as_typed(client, make_user, thread, as_moderator):
    held = _held(thread, make_user())
    note = "Bitte nicht: <b>“why”</b> \u202e عربى 😀 &amp;"
    response = client.post(
        f"/mod/p/{held.public_id}/reject", data={"reason": note, "step": "confirm"}
    )
    page = response.get_data(as_text=True)
    assert "&lt;b&gt;“why”&lt;/b&gt; \u202e عربى 😀 &amp;amp;</textarea>" in page


def test_approve_acts_at_once_even_when_asked_to_confirm(client, make_user, thread, as_moderator):
    held = _held(thread, make_user())
    response = client.post(f"/mod/p/{held.public_id}/approve", data={"step": "confirm"})
    assert response.status_code == 302 and _status(held) == PostStatus.PUBLISHED


def test_a_confirmed_reject_sent_twice_rejects_once(client, make_user, thread, as_moderator):
    held = _held(thread, make_user())
    url = f"/mod/p/{held.public_id}/reject"
    lines = _log_lines()
    client.post(url, data={"reason": "No."})
    second = client.post(url, data={"reason": "No."}, follow_redirects=True)
    assert "Nothing to change" in second.get_data(as_text=True)
    assert _log_lines() == lines + 1


def test_a_moderator_cannot_reach_the_confirm_page_for_their_own_post(client, thread, as_moderator):
    own = _held(thread, as_moderator)
    response = client.post(
        f"/mod/p/{own.public_id}/reject", data={"reason": "No.", "step": "confirm"}
    )
    assert response.status_code == 403


def test_a_members_confirm_step_is_refused(client, auth, make_user, thread):
    held = _held(thread, make_user())
    auth.login(make_user())
    response = client.post(
        f"/mod/p/{held.public_id}/reject", data={"reason": "No.", "step": "confirm"}
    )
    assert response.status_code == 403 and _status(held) == PostStatus.HELD
