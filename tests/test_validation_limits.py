"""Form limits: text outside them comes back with a message and changes nothing; text
inside them, however unusual, is stored exactly."""

from types import SimpleNamespace

import pytest
from markupsafe import escape
from sqlalchemy import select

from forum.extensions import db
from forum.models import Post, Thread

STRIPPED = {"title", "content_note"}  # one-line fields lose surrounding whitespace
ODD_UNICODE = {
    "emoji": "Night shift 😔🙏 again",
    "rtl": "טעות במינון · خطأ في الجرعة",
    "combining": "a nai\u0308ve plan at the cafe\u0301",
    "cjk": "夜勤での投薬ミス",
    "zwj": "👩\u200d⚕️ and 👨\u200d👩\u200d👧",
}


@pytest.fixture
def writer(auth, make_user, make_thread, make_reply):
    """A logged-in member with a thread and a reply of their own."""
    user = make_user()
    thread = make_thread(author=user, title="Original title", body="Original body.")
    reply = make_reply(thread, author=user, body="Original reply.")
    opening = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.is_opening))
    auth.login(user)
    return SimpleNamespace(thread=thread, reply=reply, opening=opening)


def _submit(client, w, form: str, **fields):
    """Send `form` with valid values, overridden by `fields`."""
    url, data = {
        "thread": (
            "/new",
            {"category": w.thread.category_id, "title": "New title", "body": "New body.",
             "content_note": "", "form_token": "once"},
        ),
        "reply": (f"/t/{w.thread.public_id}/reply", {"body": "New reply.", "form_token": "once"}),
        "edit-reply": (f"/p/{w.reply.public_id}/edit", {"body": "Edited reply."}),
        "edit-opening": (
            f"/p/{w.opening.public_id}/edit", {"title": "Edited title", "body": "Edited."}
        ),
    }[form]  # fmt: skip
    return client.post(url, data={**data, **fields})


def _stored(response, field: str):
    """The value of `field` on the thread or post the accepted form redirected to."""
    assert response.status_code == 302, "the form was refused"
    kind, key = response.headers["Location"].split("/")[1:3]
    db.session.expire_all()
    if kind == "t":
        thread = db.session.scalar(select(Thread).where(Thread.public_id == key))
        post = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.is_opening))
    else:
        post = db.session.scalar(select(Post).where(Post.public_id == key))
        thread = db.session.get(Thread, post.thread_id)
    return post.body_md if field == "body" else getattr(thread, field)


def _snapshot():
    db.session.expire_all()
    threads = db.session.execute(
        select(Thread.id, Thread.title, Thread.content_note, Thread.reply_count)
    ).all()
    posts = db.session.execute(select(Post.id, Post.body_md, Post.edited_at)).all()
    return sorted(threads), sorted(posts)


def _length_cases(form, field, limit):
    return [
        pytest.param(form, field, "x" * limit, True, id=f"{form}-{field}-at-limit"),
        pytest.param(form, field, "x" * (limit + 1), False, id=f"{form}-{field}-one-over"),
        pytest.param(form, field, "x" * limit * 10, False, id=f"{form}-{field}-ten-times"),
    ]


def _blank_cases(form, field):
    return [
        pytest.param(form, field, "", False, id=f"{form}-{field}-empty"),
        pytest.param(form, field, " \n\t\u00a0 ", False, id=f"{form}-{field}-whitespace"),
    ]


def _title_cases(form):
    return [
        *_blank_cases(form, "title"),
        *_length_cases(form, "title", 150),
        pytest.param(form, "title", "ab", False, id=f"{form}-title-two-characters"),
        pytest.param(form, "title", "  ab  ", False, id=f"{form}-title-two-after-stripping"),
        pytest.param(form, "title", "abc", True, id=f"{form}-title-three-characters"),
        pytest.param(form, "title", f"  {'x' * 150}  ", True, id=f"{form}-title-150-padded"),
    ]


CASES = [
    *_title_cases("thread"),
    *_blank_cases("thread", "body"),
    *_length_cases("thread", "body", 20_000),
    pytest.param("thread", "body", "x", True, id="thread-body-one-character"),
    *_length_cases("thread", "content_note", 60),
    pytest.param("thread", "content_note", "   ", True, id="thread-content_note-blank"),
    *_blank_cases("reply", "body"),
    *_length_cases("reply", "body", 10_000),
    *_blank_cases("edit-reply", "body"),
    *_length_cases("edit-reply", "body", 10_000),
    *_title_cases("edit-opening"),
    *_blank_cases("edit-opening", "body"),
    *_length_cases("edit-opening", "body", 20_000),
    *_length_cases("edit-opening", "content_note", 60),
    pytest.param("edit-opening", "content_note", "   ", True, id="edit-opening-content_note-blank"),
]
ACCEPTED = [pytest.param(*case.values[:3], id=case.id) for case in CASES if case.values[3]]
REFUSED = [pytest.param(*case.values[:3], id=case.id) for case in CASES if not case.values[3]]


def _expected(field, value):
    """What the database should hold: one-line fields stripped, an empty note as None."""
    if field == "content_note":
        return value.strip() or None
    return value.strip() if field in STRIPPED else value


@pytest.mark.parametrize("form, field, value", ACCEPTED)
def test_text_within_the_limits_is_stored_as_written(client, writer, form, field, value):
    response = _submit(client, writer, form, **{field: value})
    assert _stored(response, field) == _expected(field, value)


@pytest.mark.parametrize("form, field, value", REFUSED)
def test_text_outside_the_limits_comes_back_with_a_message_and_changes_nothing(
    client, writer, form, field, value
):
    before = _snapshot()
    response = _submit(client, writer, form, **{field: value})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f'id="{field}-error"' in page
    assert str(escape(value.strip() if field in STRIPPED else value)) in page
    assert _snapshot() == before


FIELDS = [
    ("thread", "title"), ("thread", "body"), ("thread", "content_note"), ("reply", "body"),
    ("edit-reply", "body"), ("edit-opening", "title"), ("edit-opening", "body"),
    ("edit-opening", "content_note"),
]  # fmt: skip


@pytest.mark.parametrize("text", ODD_UNICODE.values(), ids=ODD_UNICODE.keys())
@pytest.mark.parametrize("form, field", FIELDS, ids=[f"{f}-{n}" for f, n in FIELDS])
def test_unusual_unicode_is_accepted_and_stored_exactly(client, writer, form, field, text):
    assert _stored(_submit(client, writer, form, **{field: text}), field) == text


@pytest.mark.parametrize("form, field", FIELDS, ids=[f"{f}-{n}" for f, n in FIELDS])
def test_nul_characters_are_dropped_not_a_crash(client, writer, form, field):
    assert _stored(_submit(client, writer, form, **{field: "Before\x00 after"}), field) == (
        "Before after"
    )


@pytest.mark.parametrize("category", ["999999", "abc", ""])
def test_an_unknown_category_is_refused(client, writer, category):
    before = _snapshot()
    response = _submit(client, writer, "thread", category=category, title="Kept title")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'id="category-error"' in page and 'value="Kept title"' in page
    assert _snapshot() == before


UNKNOWN = "zzzzzzzzzzzz"  # shaped like a public id, but no thread or post has it


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", f"/t/{UNKNOWN}/reply"), ("post", f"/t/{UNKNOWN}/reply"),
        ("get", f"/p/{UNKNOWN}/edit"), ("post", f"/p/{UNKNOWN}/edit"),
        ("get", f"/p/{UNKNOWN}/delete"), ("post", f"/p/{UNKNOWN}/delete"),
        ("post", f"/p/{UNKNOWN}/vote"),
    ],
)  # fmt: skip
def test_wrong_ids_are_404(client, writer, method, url):
    assert getattr(client, method)(url, data={"body": "Text.", "title": "Title"}).status_code == 404


@pytest.mark.parametrize("which", ["opening", "reply"])
@pytest.mark.parametrize("action", ["edit", "delete"])
def test_someone_elses_post_is_403_and_stays_as_it_was(
    client, auth, make_user, make_thread, make_reply, which, action
):
    thread = make_thread()
    reply = make_reply(thread)
    post = reply if which == "reply" else db.session.scalar(select(Post).where(Post.is_opening))
    auth.login(make_user())
    before = _snapshot()
    data = {"title": "Taken over", "body": "Taken over."}
    assert client.get(f"/p/{post.public_id}/{action}").status_code == 403
    assert client.post(f"/p/{post.public_id}/{action}", data=data).status_code == 403
    assert _snapshot() == before
