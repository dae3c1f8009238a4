"""Preview: the text exactly as it will be published (forum.rendering.render), with the
identifying-details check and what the "why did you" guard would say; nothing is saved,
held or posted by a preview."""

import re

import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.models import Post, Thread
from forum.rendering import render

MARKDOWN = "What *helped* me:\n\n- a **debrief** with the team\n- sleep"
NAMED = "I met Mrs. Alvarez on the ward and forgot her second dose."
WHY = "Why didn't you check the chart before giving it?"


def _count(model, *where) -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


def _preview_section(page: str) -> str:
    return re.search(r'<section class="preview-box".*?</section>', page, re.S).group(0)


@pytest.fixture
def member(auth, make_user):
    user = make_user()
    auth.login(user)
    return user


def test_the_reply_preview_shows_the_rendered_text_and_keeps_the_form(client, member, make_thread):
    thread = make_thread()
    data = {"body": MARKDOWN, "form_token": "t1", "preview": "1"}
    response = client.post(f"/t/{thread.public_id}/reply", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert str(render(MARKDOWN)) in _preview_section(page)
    assert "<em>helped</em>" in page and "</textarea>" in page and "What *helped* me" in page
    assert _count(Post, ~Post.is_opening) == 0


def test_a_preview_in_a_flagged_thread_holds_nothing_and_says_what_the_guard_would(
    client, member, make_thread
):
    thread = make_thread(no_why_replies=True)
    data = {"body": WHY, "form_token": "t2", "preview": "1"}
    page = client.post(f"/t/{thread.public_id}/reply", data=data).get_data(as_text=True)
    section = _preview_section(page)
    assert "would not be published" in section and "<mark>" in section
    assert 'name="send_to_moderators"' not in page
    assert _count(Post, ~Post.is_opening) == 0  # nothing held either


def test_the_identifying_details_check_runs_on_preview(client, member, make_category):
    category = make_category()
    data = {
        "category": str(category.id),
        "title": "A night shift",
        "body": NAMED,
        "form_token": "t3",
        "preview": "1",
    }
    page = client.post("/new", data=data).get_data(as_text=True)
    section = _preview_section(page)
    assert "could identify someone" in section and "Alvarez" in section
    assert "A night shift" in section
    assert _count(Thread) == 0


def test_a_new_thread_preview_does_not_ask_for_the_category_yet(client, member, make_category):
    make_category()
    data = {"title": "A title", "body": MARKDOWN, "form_token": "t4", "preview": "1"}
    page = client.post("/new", data=data).get_data(as_text=True)
    assert "Please choose a category" not in page and "<em>helped</em>" in page


def test_a_preview_of_too_long_text_says_so(client, member, make_thread):
    thread = make_thread()
    data = {"body": "x" * 10_001, "form_token": "t5", "preview": "1"}
    page = client.post(f"/t/{thread.public_id}/reply", data=data).get_data(as_text=True)
    assert "Use at most 10,000 characters" in page and _count(Post, ~Post.is_opening) == 0


def test_an_edit_preview_saves_nothing(client, member, make_thread, make_reply):
    reply = make_reply(make_thread(), author=member, body="Before.")
    data = {"body": MARKDOWN, "preview": "1"}
    page = client.post(f"/p/{reply.public_id}/edit", data=data).get_data(as_text=True)
    assert "<em>helped</em>" in _preview_section(page)
    db.session.expire_all()
    assert db.session.get(Post, reply.id).body_md == "Before."


def test_the_preview_endpoint_returns_the_same_html_for_in_place_preview(
    client, member, make_thread
):
    thread = make_thread(no_why_replies=True)
    response = client.post("/preview", data={"body": MARKDOWN})
    assert response.status_code == 200
    assert str(render(MARKDOWN)) in response.get_data(as_text=True)
    guarded = client.post("/preview", data={"body": WHY, "thread": thread.public_id})
    assert "would not be published" in guarded.get_data(as_text=True)
    titled = client.post("/preview", data={"title": "Mrs. Alvarez", "body": "Fine."})
    assert "could identify someone" in titled.get_data(as_text=True)
    assert _count(Post, ~Post.is_opening) == 0


@pytest.mark.parametrize(
    "data, status",
    [
        ({"body": "x" * 20_001}, 422),
        ({"body": "Fine.", "thread": "nowhere0000"}, 404),
        ({"body": ""}, 200),
        ({"body": "Ünïcødé ☕ \u202e reversed"}, 200),
    ],
)
def test_the_preview_endpoint_refuses_bad_input_clearly(client, member, data, status):
    assert client.post("/preview", data=data).status_code == status


def test_visitors_get_no_preview(client):
    response = client.post("/preview", data={"body": "x"})
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_the_forms_have_a_preview_button(client, member, make_thread, make_reply, make_category):
    make_category()
    thread = make_thread()
    reply = make_reply(thread, author=member)
    for url in ("/new", f"/t/{thread.public_id}/reply", f"/t/{thread.public_id}",
                f"/p/{reply.public_id}/edit"):  # fmt: skip
        page = client.get(url).get_data(as_text=True)
        assert 'name="preview" value="1"' in page, url
        assert "Drafts are kept in this browser until you post or log out." in page, url
