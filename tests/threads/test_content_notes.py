"""Content notes: the story and the replies of every page fold behind the note (the reply
box, the support link and the flag stay outside), and the note is changed later by the story's
author (editing the story) or by a moderator (logged)."""

import re

import pytest
from markupsafe import escape
from sqlalchemy import select

from forum.extensions import db
from forum.models import ModAction, Post, Role, Thread, User
from forum.moderation import audit
from forum.moderation.threads import set_content_note

STORY = "The story itself."
BOTH_HIDDEN = "The story and its replies are hidden until you open them."
REPLIES_HIDDEN = "The replies are hidden until you open them."
STORY_HIDDEN = "The story is hidden until you open it."
FOLD = '<details class="content-note">'


def _thread(thread_id) -> Thread:
    db.session.expire_all()
    return db.session.get(Thread, thread_id)


def _opening(thread) -> Post:
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.is_opening))


def _author(thread) -> User:
    return db.session.get(User, thread.author_id)


def _fold(page: str) -> str:
    """The content-note fold of a page (exactly one), from <details> to </details>."""
    assert page.count(FOLD) == 1
    start = page.index(FOLD)
    return page[start : page.index("</details>", start)]


def _outside(page: str) -> str:
    start = page.index(FOLD)
    return page[:start] + page[page.index("</details>", start) :]


def _log() -> list[ModAction]:
    db.session.expire_all()
    return list(db.session.scalars(audit.log_entries()))[::-1]


@pytest.fixture
def noted(make_thread, make_reply):
    """A thread with a content note, its story and two replies."""
    thread = make_thread(
        title="The night of the overdose", body=STORY, content_note="patient death"
    )
    replies = [make_reply(thread, body=f"A reply, number {n}.") for n in ("one", "two")]
    return thread, replies


# Folding --------------------------------------------------------------------------------------


def test_the_story_and_its_replies_fold_behind_the_note(client, noted):
    thread, replies = noted
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    fold = _fold(page)
    assert "<strong>Content note: patient death</strong>" in fold and BOTH_HIDDEN in fold
    assert STORY in fold
    for reply in replies:
        assert f'id="p-{reply.public_id}"' in fold and reply.body_md in fold
    assert 'id="replies"' in fold and "2 replies" in fold


def test_the_reply_box_and_the_support_link_stay_outside_the_fold(client, auth, make_user, noted):
    thread, _ = noted
    auth.login(make_user())
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    outside = _outside(page)
    assert 'id="reply-heading"' in outside and 'id="reply"' in outside
    assert 'class="support-panel"' in outside and "/support" in outside
    assert "support-panel" not in _fold(page)


def test_later_pages_fold_their_replies_and_link_into_the_fold(app, client, make_thread):
    app.config["POSTS_PER_PAGE"] = 2
    thread = make_thread(content_note="self-harm", body=STORY, replies=3)
    first = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert BOTH_HIDDEN in _fold(first)
    # The page links open the fold where they land (static/forum.js): they end in #replies.
    assert f'href="/t/{thread.public_id}?page=2#replies"' in _fold(first)
    second = client.get(f"/t/{thread.public_id}?page=2").get_data(as_text=True)
    fold = _fold(second)
    assert REPLIES_HIDDEN in fold and "Reply number 3." in fold
    assert STORY not in second and BOTH_HIDDEN not in second
    assert f'href="/t/{thread.public_id}#replies"' in fold  # back to page 1's replies
    assert "Reply number 3." not in _outside(second)


def test_the_sort_links_of_a_folded_thread_land_in_the_fold(client, noted):
    thread, _ = noted
    fold = _fold(client.get(f"/t/{thread.public_id}").get_data(as_text=True))
    assert f'href="/t/{thread.public_id}?sort=helpful#replies"' in fold


def test_a_story_without_replies_says_only_the_story_is_hidden(client, make_thread):
    thread = make_thread(content_note="suicide", body=STORY)
    fold = _fold(client.get(f"/t/{thread.public_id}").get_data(as_text=True))
    assert STORY_HIDDEN in fold and STORY in fold and "No replies yet." in fold


def test_a_deleted_story_leaves_only_the_replies_behind_the_note(client, auth, noted):
    thread, replies = noted
    opening = _opening(thread)
    auth.login(_author(thread))
    client.post(f"/p/{opening.public_id}/delete")
    fold = _fold(client.get(f"/t/{thread.public_id}").get_data(as_text=True))
    assert REPLIES_HIDDEN in fold and replies[0].body_md in fold and STORY not in fold


def test_a_deleted_story_without_replies_folds_nothing(client, auth, make_thread):
    thread = make_thread(content_note="suicide", body=STORY)
    opening = _opening(thread)
    auth.login(_author(thread))
    client.post(f"/p/{opening.public_id}/delete")
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert FOLD not in page and "removed by its author" in page


def test_a_thread_without_a_note_folds_nothing_and_links_no_fold(app, client, make_thread):
    app.config["POSTS_PER_PAGE"] = 2
    thread = make_thread(body=STORY, replies=3)
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert FOLD not in page and "support-panel" not in page
    assert f'href="/t/{thread.public_id}?page=2"' in page and "#replies" not in page


def test_a_reply_shown_alone_is_folded_behind_the_note(client, noted):
    _, replies = noted
    page = client.get(f"/p/{replies[0].public_id}/view").get_data(as_text=True)
    fold = _fold(page)
    assert "The reply is hidden until you open it." in fold and replies[0].body_md in fold


def test_the_story_shown_alone_is_folded_behind_the_note(client, noted):
    thread, _ = noted
    page = client.get(f"/p/{_opening(thread).public_id}/view").get_data(as_text=True)
    assert STORY_HIDDEN in _fold(page) and STORY in _fold(page)


def test_a_permalink_to_a_folded_reply_lands_on_its_anchor_inside_the_fold(
    app, client, make_thread
):
    app.config["POSTS_PER_PAGE"] = 2
    thread = make_thread(content_note="self-harm", replies=3)
    last = db.session.scalars(
        select(Post).where(Post.thread_id == thread.id).order_by(Post.id.desc())
    ).first()
    response = client.get(f"/p/{last.public_id}")
    assert response.headers["Location"] == f"/t/{thread.public_id}?page=2#p-{last.public_id}"
    page = client.get(response.headers["Location"].split("#")[0]).get_data(as_text=True)
    assert f'id="p-{last.public_id}"' in _fold(page)


def test_the_new_since_last_visit_mark_is_inside_the_fold(
    client, auth, make_user, make_reply, noted
):
    thread, _ = noted
    reader = make_user()
    auth.login(reader)
    client.get(f"/t/{thread.public_id}")  # the reader's place: the replies so far
    make_reply(thread, body="A reply since.")
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert 'id="new"' in _fold(page)


def test_a_reply_in_a_noted_threads_feed_comes_after_the_note(client, noted):
    thread, replies = noted
    body = client.get(f"/t/{thread.public_id}/feed.atom").get_data(as_text=True)
    assert STORY not in body
    # Escaped once more inside the feed's <content type="html">.
    assert "&lt;p&gt;Content note: patient death.&lt;/p&gt;&lt;p&gt;A reply, number two." in body


# The author changes the note -----------------------------------------------------------------


def test_the_edit_form_of_a_story_shows_its_note(client, auth, noted):
    thread, _ = noted
    opening = _opening(thread)
    auth.login(_author(thread))
    page = client.get(f"/p/{opening.public_id}/edit").get_data(as_text=True)
    assert re.search(r'<input[^>]*id="content_note"[^>]*value="patient death"', page)
    assert "Leave it empty for no note." in page


def test_a_reply_edit_form_has_no_note_and_cannot_change_it(client, auth, noted):
    thread, replies = noted
    auth.login(db.session.get(User, replies[0].author_id))
    page = client.get(f"/p/{replies[0].public_id}/edit").get_data(as_text=True)
    assert 'name="content_note"' not in page
    data = {"body": "Edited reply.", "content_note": "something else"}
    assert client.post(f"/p/{replies[0].public_id}/edit", data=data).status_code == 302
    assert _thread(thread.id).content_note == "patient death"


def test_the_author_changes_the_note_without_an_edited_mark_or_a_log_line(client, auth, noted):
    thread, _ = noted
    opening = _opening(thread)
    auth.login(_author(thread))
    data = {"title": thread.title, "body": STORY, "content_note": "  overdose  "}
    response = client.post(f"/p/{opening.public_id}/edit", data=data, follow_redirects=True)
    assert "Your changes are saved." in response.get_data(as_text=True)
    assert _thread(thread.id).content_note == "overdose"
    assert db.session.get(Post, opening.id).edited_at is None  # the text is the same
    assert db.session.scalars(select(ModAction)).all() == []
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert "Content note: overdose" in _fold(page)


@pytest.mark.parametrize("empty", ["", "   ", "\t\u00a0\n"], ids=["empty", "spaces", "blank"])
def test_the_author_clears_the_note_with_an_empty_value(client, auth, noted, empty):
    thread, _ = noted
    opening = _opening(thread)
    auth.login(_author(thread))
    data = {"title": thread.title, "body": STORY, "content_note": empty}
    assert client.post(f"/p/{opening.public_id}/edit", data=data).status_code == 302
    assert _thread(thread.id).content_note is None
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert FOLD not in page and STORY in page


def test_the_author_adds_a_note_to_a_story_that_had_none(client, auth, make_thread):
    thread = make_thread(body=STORY)
    opening = _opening(thread)
    auth.login(_author(thread))
    data = {"title": thread.title, "body": STORY, "content_note": "child abuse"}
    client.post(f"/p/{opening.public_id}/edit", data=data)
    assert _thread(thread.id).content_note == "child abuse"


def test_an_edit_sent_without_the_note_field_leaves_the_note_alone(client, auth, noted):
    thread, _ = noted
    opening = _opening(thread)
    auth.login(_author(thread))
    client.post(f"/p/{opening.public_id}/edit", data={"title": thread.title, "body": "New."})
    assert _thread(thread.id).content_note == "patient death"


def test_sending_the_same_note_twice_changes_it_once(client, auth, noted):
    thread, _ = noted
    opening = _opening(thread)
    auth.login(_author(thread))
    data = {"title": thread.title, "body": STORY, "content_note": "overdose"}
    first = client.post(f"/p/{opening.public_id}/edit", data=data, follow_redirects=True)
    second = client.post(f"/p/{opening.public_id}/edit", data=data, follow_redirects=True)
    assert "Your changes are saved." in first.get_data(as_text=True)
    assert "Your changes are saved." not in second.get_data(as_text=True)
    assert _thread(thread.id).content_note == "overdose"


@pytest.mark.parametrize("note", ["x" * 61, "ü" * 61, "x" * 100_000])
def test_a_note_over_60_characters_comes_back_with_the_text_and_a_message(
    client, auth, noted, note
):
    thread, _ = noted
    opening = _opening(thread)
    auth.login(_author(thread))
    data = {"title": thread.title, "body": "Changed body.", "content_note": note}
    response = client.post(f"/p/{opening.public_id}/edit", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Use at most 60 characters." in page
    assert str(escape(note)) in page and "Changed body." in page
    assert _thread(thread.id).content_note == "patient death"


@pytest.mark.parametrize("role", [None, Role.MEMBER, Role.MODERATOR])
def test_nobody_but_the_author_changes_the_note_by_editing_the_story(
    client, auth, make_user, noted, role
):
    thread, _ = noted
    opening = _opening(thread)
    if role:
        auth.login(make_user(role=role))
    data = {"title": thread.title, "body": STORY, "content_note": ""}
    response = client.post(f"/p/{opening.public_id}/edit", data=data)
    # A visitor gets the session-ended login page, which keeps what was sent.
    assert response.status_code == (403 if role else 401)
    assert _thread(thread.id).content_note == "patient death"


# A moderator changes the note ----------------------------------------------------------------


def test_the_moderators_post_page_has_the_note_form(client, auth, make_user, noted):
    thread, replies = noted
    auth.login(make_user(role=Role.MODERATOR))
    page = client.get(f"/mod/p/{replies[0].public_id}").get_data(as_text=True)
    assert f'action="/mod/t/{thread.public_id}/content-note"' in page
    assert re.search(r'<input id="note-text" name="content_note"[^>]*value="patient death"', page)


def test_a_moderator_sets_changes_and_clears_a_note_and_each_is_logged(
    client, auth, make_user, make_thread
):
    thread = make_thread(title="Needs a note")
    moderator = make_user(role=Role.MODERATOR)
    auth.login(moderator)
    url = f"/mod/t/{thread.public_id}/content-note"
    sent = [("suicide", "Asked by a reader."), ("suicide, self-harm", ""), ("", "Author's wish.")]
    for note, reason in sent:
        response = client.post(url, data={"content_note": note, "reason": reason})
        assert response.headers["Location"] == f"/t/{thread.public_id}"
    assert _thread(thread.id).content_note is None
    lines = _log()
    assert [(e.actor_id, e.action, e.thread_id) for e in lines] == [
        (moderator.id, "content note", thread.id)
    ] * 3
    assert [e.reason for e in lines] == [
        "set to “suicide”. Asked by a reader.",
        "from “suicide” to “suicide, self-harm”.",
        "cleared (was “suicide, self-harm”). Author's wish.",
    ]
    assert {audit.describe(e) for e in lines} == {"thread “Needs a note”"}


def test_the_log_page_shows_the_note_change_like_other_thread_actions(
    client, auth, make_user, make_thread
):
    thread = make_thread(title="Needs a note")
    auth.login(make_user(username="mod_rowan", role=Role.MODERATOR))
    client.post(
        f"/mod/t/{thread.public_id}/content-note",
        data={"content_note": "patient death", "reason": "Reader asked."},
    )
    page = client.get("/mod/log").get_data(as_text=True)
    row = re.search(r"<tr>\s*<td><time.*?</tr>", page, re.S)[0]
    assert "<td>mod_rowan</td>" in row and "<td>content note</td>" in row
    assert f'<a href="/t/{thread.public_id}">thread “Needs a note”</a>' in row
    assert "set to “patient death”. Reader asked." in row
    filtered = client.get("/mod/log?action=content+note").get_data(as_text=True)
    assert "set to “patient death”" in filtered
    assert '<option value="content note" selected>' in filtered


def test_a_moderators_note_goes_back_to_the_post_page_they_came_from(
    client, auth, make_user, noted
):
    thread, replies = noted
    auth.login(make_user(role=Role.MODERATOR))
    back = f"/mod/p/{replies[0].public_id}"
    response = client.post(
        f"/mod/t/{thread.public_id}/content-note",
        data={"content_note": "overdose", "next": back},
        follow_redirects=False,
    )
    assert response.headers["Location"] == back
    page = client.get(back).get_data(as_text=True)
    assert "Content note set: “overdose”." in page


def test_the_same_note_again_changes_and_logs_nothing(client, auth, make_user, noted):
    thread, _ = noted
    auth.login(make_user(role=Role.MODERATOR))
    url = f"/mod/t/{thread.public_id}/content-note"
    for _ in range(2):
        response = client.post(url, data={"content_note": " overdose "}, follow_redirects=True)
    assert "Nothing to change: it was already so." in response.get_data(as_text=True)
    assert len(_log()) == 1
    response = client.post(url, data={"content_note": "overdose"}, follow_redirects=True)
    assert len(_log()) == 1


@pytest.mark.parametrize(
    "note",
    ["x" * 61, "x" * 100_000, "😔" * 61],
    ids=["one-over", "huge", "emoji-over"],
)
def test_a_moderators_note_over_60_characters_comes_back_with_their_text(
    client, auth, make_user, noted, note
):
    thread, _ = noted
    auth.login(make_user(role=Role.MODERATOR))
    data = {"content_note": note, "reason": "Kept reason."}
    response = client.post(f"/mod/t/{thread.public_id}/content-note", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Use at most 60 characters." in page
    assert str(escape(note)) in page and "Kept reason." in page
    assert _thread(thread.id).content_note == "patient death" and _log() == []


@pytest.mark.parametrize(
    "note",
    ["Night shift 😔🙏", "טעות במינון · خطأ", "a nai\u0308ve cafe\u0301", "👩\u200d⚕️ death"],
    ids=["emoji", "rtl", "combining", "zwj"],
)
def test_odd_unicode_in_a_moderators_note_is_stored_exactly(
    client, auth, make_user, make_thread, note
):
    thread = make_thread()
    auth.login(make_user(role=Role.MODERATOR))
    client.post(f"/mod/t/{thread.public_id}/content-note", data={"content_note": note})
    assert _thread(thread.id).content_note == note
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert f"Content note: {escape(note)}" in page


def test_markup_in_a_note_is_shown_as_text(client, auth, make_user, make_thread):
    thread = make_thread(replies=1)
    auth.login(make_user(role=Role.MODERATOR))
    note = '<script>alert("x")</script>'
    client.post(f"/mod/t/{thread.public_id}/content-note", data={"content_note": note})
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert note not in page and str(escape(note)) in page


def test_a_note_for_an_unknown_thread_is_a_404(client, auth, make_user):
    auth.login(make_user(role=Role.MODERATOR))
    assert client.post("/mod/t/AAAAAAAAAAAA/content-note", data={}).status_code == 404


@pytest.mark.parametrize("role", [None, Role.MEMBER])
def test_members_and_visitors_cannot_use_the_moderators_note_form(
    client, auth, make_user, noted, role
):
    thread, _ = noted
    if role:
        auth.login(make_user(role=role))
    response = client.post(f"/mod/t/{thread.public_id}/content-note", data={"content_note": ""})
    assert response.status_code == 403 if role else response.status_code == 302
    assert _thread(thread.id).content_note == "patient death"


def test_the_author_cannot_use_the_moderators_note_form(client, auth, noted):
    thread, _ = noted
    auth.login(_author(thread))
    response = client.post(f"/mod/t/{thread.public_id}/content-note", data={"content_note": ""})
    assert response.status_code == 403
    assert _thread(thread.id).content_note == "patient death"


def test_a_moderators_change_to_their_own_thread_is_not_logged(app, make_user, make_thread):
    """As with the flag: the author's own change, whatever their role."""
    moderator = make_user(role=Role.MODERATOR)
    thread = make_thread(author=moderator, content_note="suicide")
    assert set_content_note(thread, "", moderator) is True
    assert set_content_note(_thread(thread.id), "", moderator) is False
    assert _thread(thread.id).content_note is None and _log() == []
