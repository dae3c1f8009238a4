"""The identifying-details check before publishing: findings shown, nothing lost, nothing
published past it unless the writer confirms the exact text they saw."""

import html
import re

import pytest
from sqlalchemy import func, select

from forum.anonymity.review import digest, review
from forum.extensions import db
from forum.models import Post, PostStatus

NAMED = "I met Mrs. Alvarez on the ward and forgot her second dose."
SAFE = "I forgot the second dose and only noticed at handover."


def _posts() -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(Post))


def _digest_in(page: str) -> str:
    (value,) = re.findall(r'name="publish_as_is" value="(\w+)"', page)
    return value


# The pure part ------------------------------------------------------------------------------


def test_review_is_none_when_nothing_is_found():
    assert review([("Text", SAFE)]) is None


def test_review_cuts_the_text_into_plain_parts_and_numbered_findings():
    found = review([("Title", "A night shift"), ("Text", NAMED)])
    assert found.count == 1 and [t.label for t in found.texts] == ["Text"]
    segments = found.texts[0].segments
    assert "".join(s.text for s in segments) == NAMED
    (marked,) = [s for s in segments if s.finding]
    assert "Alvarez" in marked.text and marked.number == 1


def test_findings_are_numbered_across_texts():
    found = review([("Title", "Mrs. Alvarez"), ("Text", "Then Jonathan Price called me.")])
    numbers = [s.number for t in found.texts for s in t.segments if s.finding]
    assert numbers == [1, 2]


def test_a_confirmation_covers_only_the_exact_text_that_was_reviewed():
    texts = [("Text", NAMED)]
    assert review(texts, confirmed=digest(texts)) is None
    assert review([("Text", NAMED + " ")], confirmed=digest(texts)) is not None
    assert review(texts, confirmed="forged") is not None


# Through the forms --------------------------------------------------------------------------


@pytest.fixture
def writer(auth, make_user):
    user = make_user()
    auth.login(user)
    return user


@pytest.fixture
def thread_form(make_category):
    category = make_category()
    return {"category": str(category.id), "title": "The second dose", "identity": "anonymous"}


def test_a_story_with_a_name_comes_back_highlighted_with_the_text_intact(
    client, writer, thread_form
):
    response = client.post("/new", data={**thread_form, "body": NAMED})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and _posts() == 0
    assert "Before you publish: 1 detail could identify someone" in page
    assert '<mark id="finding-1">Mrs. Alvarez<sup>1</sup></mark>' in page
    assert "Publish as is" in page and 'href="#body"' in page  # the two choices
    assert f"{NAMED}</textarea>" in page  # Edit: the text is still in the form
    assert 'value="The second dose"' in page


def test_publish_as_is_publishes_the_reviewed_story(client, writer, thread_form):
    page = client.post("/new", data={**thread_form, "body": NAMED}).get_data(as_text=True)
    response = client.post(
        "/new", data={**thread_form, "body": NAMED, "publish_as_is": _digest_in(page)}
    )
    assert response.status_code == 302 and _posts() == 1


def test_an_edited_text_is_checked_again_even_with_publish_as_is(client, writer, thread_form):
    page = client.post("/new", data={**thread_form, "body": NAMED}).get_data(as_text=True)
    changed = NAMED + " Her son Jonathan Price was there."
    response = client.post(
        "/new", data={**thread_form, "body": changed, "publish_as_is": _digest_in(page)}
    )
    assert response.status_code == 200 and _posts() == 0
    assert "2 details could identify someone" in response.get_data(as_text=True)


def test_editing_the_details_out_publishes_without_a_question(client, writer, thread_form):
    client.post("/new", data={**thread_form, "body": NAMED})
    assert client.post("/new", data={**thread_form, "body": SAFE}).status_code == 302
    assert _posts() == 1


def test_a_name_in_the_title_is_found_too(client, writer, thread_form):
    form = {**thread_form, "title": "What I owe Mrs. Alvarez", "body": SAFE}
    page = client.post("/new", data=form).get_data(as_text=True)
    assert _posts() == 0 and "<h3>Title</h3>" not in page  # only the title had findings
    assert "<mark" in page and "Alvarez" in page


def test_code_is_not_checked(client, writer, make_thread):
    thread = make_thread()
    body = "```\nMRN 4471823 for Mrs. Alvarez\n```\n\nThis happened to me too."
    response = client.post(f"/t/{thread.public_id}/reply", data={"body": body, "identity": "named"})
    assert response.status_code == 302 and _posts() == 2


def test_a_quote_of_a_chart_note_is_checked(client, writer, make_thread):
    thread = make_thread()
    body = "> 02:10 Mrs. Alvarez agitated, MRN 4471823\n\nThat was my note, and it was wrong."
    page = client.post(f"/t/{thread.public_id}/reply", data={"body": body, "identity": "named"})
    assert page.status_code == 200 and _posts() == 1
    assert "2 details could identify someone" in page.get_data(as_text=True)


def test_a_quote_of_the_story_is_not_checked_again(client, writer, make_thread):
    """The story was checked (and its writer chose) when it was posted: quoting it by hand
    or with the Quote button does not ask the replier about its words."""
    thread = make_thread(body="Mrs. Alvarez was 84 and I gave her the wrong dose.")
    story = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    by_hand = "> Mrs. Alvarez was 84\n\nI did the same in my first year."
    quoted = client.get(f"/t/{thread.public_id}/reply?quote={story.public_id}")
    button = re.search(r"<textarea[^>]*>\s*(.*?)</textarea>", quoted.get_data(as_text=True), re.S)
    with_button = html.unescape(button[1]) + "So sorry. I did the same."
    for n, body in enumerate([by_hand, with_button], start=2):
        form = {"body": body, "identity": "named"}
        response = client.post(f"/t/{thread.public_id}/reply", data=form)
        assert response.status_code == 302 and _posts() == n, body


def test_a_quote_of_a_removed_post_is_checked(client, writer, make_thread, make_reply):
    """A moderator may have removed a post for the name a quote would repeat."""
    thread = make_thread()
    removed = make_reply(thread, body="Mr Haddad in bed 3 was the one.")
    removed.status = PostStatus.REMOVED
    db.session.commit()
    header = f"> [**someone** wrote](/p/{removed.public_id}):"
    body = f"{header}\n>\n> Mr Haddad in bed 3 was the one.\n\nYes."
    page = client.post(f"/t/{thread.public_id}/reply", data={"body": body, "identity": "named"})
    assert page.status_code == 200 and "Haddad" in page.get_data(as_text=True)


def test_the_preview_skips_quotes_of_the_story_too(client, writer, make_thread):
    thread = make_thread(body="Mrs. Alvarez was 84 and I gave her the wrong dose.")
    body = "> Mrs. Alvarez was 84\n\nMe too, with Mr Haddad."
    form = {"body": body, "identity": "named", "preview": "1"}
    page = client.post(f"/t/{thread.public_id}/reply", data=form).get_data(as_text=True)
    assert "1 detail could identify someone" in page and "<mark>Mr Haddad<sup>" in page


def test_a_reply_with_a_name_is_held_back_until_confirmed(client, writer, make_thread):
    thread = make_thread()
    form = {"body": "Jonathan Price, my first patient, taught me this.", "identity": "anonymous"}
    page = client.post(f"/t/{thread.public_id}/reply", data=form).get_data(as_text=True)
    assert _posts() == 1 and "Jonathan Price" in page and "<mark" in page
    response = client.post(
        f"/t/{thread.public_id}/reply", data={**form, "publish_as_is": _digest_in(page)}
    )
    assert response.status_code == 302 and _posts() == 2


def test_an_edit_that_adds_a_name_is_checked(client, writer, make_thread, make_reply):
    thread = make_thread()
    post = make_reply(thread, author=writer)
    response = client.post(f"/p/{post.public_id}/edit", data={"body": NAMED})
    assert response.status_code == 200 and "<mark" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Post, post.id).body_md == "Something similar happened to me."
    page = response.get_data(as_text=True)
    client.post(
        f"/p/{post.public_id}/edit", data={"body": NAMED, "publish_as_is": _digest_in(page)}
    )
    db.session.expire_all()
    assert db.session.get(Post, post.id).body_md == NAMED


def test_the_findings_are_escaped(client, writer, thread_form):
    body = "Mrs. Alvarez <script>alert(1)</script> was on the ward."
    page = client.post("/new", data={**thread_form, "body": body}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
