"""Anonymous threads and replies: the choice, the names, what the writer and others see."""

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from forum.anonymity.pseudonyms import ORIGINAL_POSTER, free_pseudonym, pseudonym
from forum.extensions import db
from forum.models import Post, Thread, User

STORY = "I gave the evening dose twice and only noticed at handover."


def _thread_form(category, **overrides):
    return {
        "category": str(category.id),
        "title": "The evening dose I gave twice",
        "body": STORY,
        "content_note": "",
        **overrides,
    }


def _latest(model):
    db.session.expire_all()
    return db.session.scalars(select(model).order_by(model.id.desc())).first()


def _checked(page: str) -> str:
    """The value of the checked identity radio button in a page."""
    (value,) = re.findall(r'<input [^>]*\bchecked id="identity-\d"[^>]* value="(\w+)"', page)
    return value


def _page(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


# The choice ---------------------------------------------------------------------------------


def test_the_new_thread_form_preselects_anonymous_and_says_what_others_see(
    client, auth, make_user, make_category
):
    make_category()
    auth.login(make_user())
    page = _page(client, "/new")
    assert _checked(page) == "anonymous"
    assert "You will appear as <em>Original poster</em> in this thread and nowhere else" in page


@pytest.mark.parametrize(
    "choice, anonymous",
    [("anonymous", True), ("named", False), (None, True), ("", True), ("somebody", True)],
    ids=["anonymous", "named", "missing", "empty", "unknown"],
)
def test_a_new_thread_is_named_only_when_the_request_asks_for_it(
    client, auth, make_user, make_category, choice, anonymous
):
    category = make_category()
    auth.login(make_user())
    form = _thread_form(category)
    if choice is not None:
        form["identity"] = choice
    assert client.post("/new", data=form).status_code == 302
    thread, opening = _latest(Thread), _latest(Post)
    assert thread.anonymous is anonymous and opening.anonymous is anonymous
    assert opening.pseudonym == (ORIGINAL_POSTER if anonymous else None)


def test_a_reply_without_a_choice_is_anonymous(client, auth, make_user, make_thread):
    thread = make_thread()
    auth.login(make_user())
    client.post(f"/t/{thread.public_id}/reply", data={"body": "Same here, on nights."})
    assert _latest(Post).anonymous is True


def test_the_reply_form_starts_named_and_then_remembers_the_writers_choice_in_that_thread(
    client, auth, make_user, make_thread, make_reply
):
    thread, other = make_thread(), make_thread()
    writer = make_user()
    auth.login(writer)
    assert _checked(_page(client, f"/t/{thread.public_id}")) == "named"
    make_reply(thread, author=writer, anonymous=True)
    for path in (f"/t/{thread.public_id}", f"/t/{thread.public_id}/reply"):
        assert _checked(_page(client, path)) == "anonymous"
    # Only in that thread: elsewhere the writer starts named again.
    assert _checked(_page(client, f"/t/{other.public_id}")) == "named"
    make_reply(thread, author=writer, anonymous=False)
    assert _checked(_page(client, f"/t/{thread.public_id}")) == "named"


def test_the_anonymous_author_starts_anonymous_in_their_own_thread(
    client, auth, make_user, make_thread
):
    author = make_user()
    thread = make_thread(author=author, anonymous=True)
    auth.login(author)
    page = _page(client, f"/t/{thread.public_id}/reply")
    assert _checked(page) == "anonymous"
    assert "You will appear as <em>Original poster</em>" in page
    assert "that you wrote this anonymous story" in page  # the warning on the named option


def test_the_reply_page_tells_a_new_anonymous_writer_their_exact_name(
    app, client, auth, make_user, make_thread
):
    writer = make_user()
    thread = make_thread()
    auth.login(writer)
    name = pseudonym(app.config["PSEUDONYM_KEY"], thread.id, writer.id)
    assert f"You will appear as <em>{name}</em> in this thread" in _page(
        client, f"/t/{thread.public_id}/reply"
    )
    client.post(f"/t/{thread.public_id}/reply", data={"body": STORY, "identity": "anonymous"})
    assert _latest(Post).pseudonym == name


# Names --------------------------------------------------------------------------------------


def test_the_anonymous_author_is_original_poster_on_the_story_and_on_their_replies(
    client, make_user, make_thread, make_reply
):
    author = make_user(username="story.teller")
    thread = make_thread(author=author, anonymous=True)
    make_reply(thread, author=author, anonymous=True, body="Thank you all.")
    page = _page(client, f"/t/{thread.public_id}")
    assert page.count(ORIGINAL_POSTER) == 2
    assert "story.teller" not in page


def test_the_lists_show_anonymous_threads_as_anonymous(
    client, make_user, make_thread, make_category
):
    category = make_category(slug="nights")
    author = make_user(username="story.teller")
    make_thread(author=author, anonymous=True, title="Hidden one", category=category)
    make_thread(author=make_user(username="open.writer"), title="Named one", category=category)
    for path in ("/", "/c/nights"):
        page = _page(client, path)
        assert "started by Anonymous" in page and "story.teller" not in page
        assert "started by open.writer" in page
        assert ORIGINAL_POSTER not in page  # the thread name would link list and thread


def test_a_writer_keeps_one_name_in_a_thread_and_gets_another_elsewhere(
    app, make_user, make_thread, make_reply
):
    writer = make_user()
    first, second = make_thread(), make_thread()
    names_first = {make_reply(first, author=writer, anonymous=True).pseudonym for _ in range(3)}
    in_second = make_reply(second, author=writer, anonymous=True).pseudonym
    assert len(names_first) == 1
    key = app.config["PSEUDONYM_KEY"]
    assert names_first == {pseudonym(key, first.id, writer.id)}
    assert in_second == pseudonym(key, second.id, writer.id)


def test_two_writers_never_share_a_name_in_one_thread(app, make_user, make_thread, make_reply):
    thread = make_thread()
    key = app.config["PSEUDONYM_KEY"]
    # Two accounts whose base names collide in this thread (about 200 tries for 25,600 names).
    seen: dict[str, int] = {}
    for account_id in range(10_000, 100_000):
        name = pseudonym(key, thread.id, account_id)
        if name in seen:
            first_id, second_id = seen[name], account_id
            break
        seen[name] = account_id
    first = make_reply(thread, author=make_user(id=first_id), anonymous=True)
    second = make_reply(thread, author=make_user(id=second_id), anonymous=True)
    assert first.pseudonym == name
    assert second.pseudonym == free_pseudonym(key, thread.id, second_id, {name}) != name
    # Stable afterwards: each keeps the name they were given.
    assert make_reply(thread, author=db.session.get(User, second_id), anonymous=True).pseudonym == (
        second.pseudonym
    )


def test_names_come_from_the_pseudonym_key_alone_not_from_secret_key(make_app, tmp_path):
    keys = [make_app(SECRET_KEY=secret).config["PSEUDONYM_KEY"] for secret in ("one", "two")]
    assert keys[0] == keys[1]  # kept in instance/pseudonym_key, which outlives SECRET_KEY
    assert (tmp_path / "inst" / "pseudonym_key").stat().st_mode & 0o777 == 0o600
    assert pseudonym(keys[0], 7, 42) == pseudonym(keys[1], 7, 42)


def test_the_pseudonym_key_comes_from_the_environment_when_set(make_app, monkeypatch):
    monkeypatch.setenv("FORUM_PSEUDONYM_KEY", "1" * 64)  # all digits: must stay a key
    app = make_app()
    assert app.config["PSEUDONYM_KEY"] == bytes.fromhex("1" * 64)


def test_a_short_pseudonym_key_is_refused(make_app, monkeypatch):
    monkeypatch.setenv("FORUM_PSEUDONYM_KEY", "too-short")
    with pytest.raises(ValueError, match="too short"):
        make_app()


# What the writer sees -----------------------------------------------------------------------


def test_the_writer_sees_their_anonymous_post_marked_and_can_edit_and_delete_it(
    client, auth, make_user, make_thread, make_reply
):
    writer = make_user()
    thread = make_thread()
    post = make_reply(thread, author=writer, anonymous=True)
    auth.login(writer)
    page = _page(client, f"/t/{thread.public_id}")
    assert "You · posted anonymously" in page
    assert f"/p/{post.public_id}/edit" in page and f"/p/{post.public_id}/delete" in page
    assert f"/p/{post.public_id}/anonymous" not in page  # already anonymous: nothing to offer
    response = client.post(f"/p/{post.public_id}/edit", data={"body": "Edited: the evening dose."})
    assert response.status_code == 302
    page = _page(client, f"/t/{thread.public_id}")
    assert "Edited: the evening dose." in page and "edited" in page


def test_others_see_edited_without_a_name_on_an_edited_anonymous_post(
    client, auth, make_user, make_thread, make_reply
):
    writer = make_user(username="quiet.editor")
    thread = make_thread()
    post = make_reply(thread, author=writer, anonymous=True)
    auth.login(writer)
    client.post(f"/p/{post.public_id}/edit", data={"body": "Changed text."})
    auth.logout()
    page = _page(client, f"/t/{thread.public_id}")
    assert "edited" in page and "quiet.editor" not in page


def test_profession_shows_on_an_anonymous_post_only_when_opted_in_on_that_post(
    client, make_user, make_thread, make_reply
):
    writer = make_user(profession="Hospice nurse")
    thread = make_thread()
    make_reply(thread, author=writer, anonymous=True, body="First, without.")
    assert "Hospice nurse" not in _page(client, f"/t/{thread.public_id}")
    make_reply(thread, author=writer, anonymous=True, show_profession=True, body="With.")
    page = _page(client, f"/t/{thread.public_id}")
    assert page.count("Hospice nurse") == 1


def test_the_profession_box_is_offered_only_to_members_with_a_profession(
    client, auth, make_user, make_category
):
    make_category()
    auth.login(make_user(profession="Paramedic"))
    assert "Show my profession on this post" in _page(client, "/new")
    auth.logout()
    auth.login(make_user())
    assert "Show my profession on this post" not in _page(client, "/new")


def test_anonymous_posts_show_times_to_the_hour_only(client, make_user, make_thread, make_reply):
    thread = make_thread()
    post = make_reply(thread, anonymous=True)
    post.created_at = datetime(2026, 1, 5, 14, 37, 12, tzinfo=UTC)
    db.session.commit()
    page = _page(client, f"/p/{post.public_id}/view")
    assert 'datetime="2026-01-05T14:00+00:00"' in page
    assert "between 14:00 and 14:59 UTC" in page
    assert "14:37" not in page


def test_named_posts_keep_their_minute(client, make_thread, make_reply):
    thread = make_thread()
    post = make_reply(thread)
    post.created_at = datetime(2026, 1, 5, 14, 37, 12, tzinfo=UTC)
    db.session.commit()
    assert "14:37" in _page(client, f"/p/{post.public_id}/view")


# Quotes -------------------------------------------------------------------------------------


def test_quoting_an_anonymous_post_attributes_it_by_its_thread_name(
    client, auth, make_user, make_thread, make_reply
):
    author = make_user(username="story.teller")
    thread = make_thread(author=author, anonymous=True)
    reply = make_reply(thread, author=make_user(username="peer.one"), anonymous=True)
    opening = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.is_opening))
    auth.login(make_user())
    page = _page(client, f"/t/{thread.public_id}/reply?quote={opening.public_id}")
    assert f"[**{ORIGINAL_POSTER}** wrote](/p/{opening.public_id})" in page
    assert "story.teller" not in page
    page = _page(client, f"/t/{thread.public_id}/reply?quote={reply.public_id}")
    assert f"[**{reply.pseudonym}** wrote](/p/{reply.public_id})" in page
    assert "peer.one" not in page


# Profiles and My posts ----------------------------------------------------------------------


def test_a_profile_lists_and_counts_named_posts_only(client, make_user, make_thread, make_reply):
    writer = make_user(username="two.sides")
    named_thread = make_thread(title="A named story")
    make_reply(named_thread, author=writer)
    make_thread(author=writer, anonymous=True, title="My anonymous story")
    make_reply(named_thread, author=writer, anonymous=True, body="Quiet words.")
    page = _page(client, "/u/two.sides")
    assert "1 post" in page and "2 posts" not in page and "3 posts" not in page
    assert "A named story" in page
    assert "My anonymous story" not in page


def test_my_posts_lists_every_own_post_with_anonymous_ones_marked_and_is_never_stored(
    client, auth, make_user, make_thread, make_reply
):
    writer = make_user()
    make_thread(author=writer, anonymous=True, title="My anonymous story")
    elsewhere = make_thread(title="Someone else's story")
    reply = make_reply(elsewhere, author=writer, anonymous=True)
    make_reply(elsewhere, author=writer)
    auth.login(writer)
    response = client.get("/me/posts")
    page = response.get_data(as_text=True)
    assert response.headers["Cache-Control"] == "no-store"
    assert "My anonymous story" in page and "Someone else" in page
    assert "Anonymous, as Original poster" in page
    assert f"Anonymous, as {reply.pseudonym}" in page
    assert page.count(">Named<") == 1


def test_my_posts_needs_a_login_and_shows_only_the_viewers_posts(
    client, auth, make_user, make_thread
):
    make_thread(author=make_user(), anonymous=True, title="Not yours")
    assert client.get("/me/posts").status_code == 302
    auth.login(make_user())
    page = _page(client, "/me/posts")
    assert "Not yours" not in page and "You have not posted yet" in page


def test_pages_for_members_are_never_stored_and_pages_for_visitors_may_be(
    client, auth, make_user, make_thread
):
    thread = make_thread()
    assert "no-store" not in client.get(f"/t/{thread.public_id}").headers.get("Cache-Control", "")
    auth.login(make_user())
    for path in ("/", f"/t/{thread.public_id}", "/account", "/me/posts"):
        assert client.get(path).headers["Cache-Control"] == "no-store", path


def test_a_database_error_does_not_put_who_wrote_what_in_the_logs(
    app, make_user, make_thread, caplog
):
    from sqlalchemy.exc import IntegrityError

    writer = make_user(username="never.logged")
    thread = make_thread()
    post = Post(thread_id=thread.id, author_id=writer.id, body_md="A secret story.", body_html="")
    post.anonymous = True  # without a pseudonym: the CHECK constraint refuses it
    db.session.add(post)
    with pytest.raises(IntegrityError) as error:
        db.session.commit()
    db.session.rollback()
    assert "parameters hidden" in str(error.value)
    app.logger.error("Exception on /t/1/reply [POST]", exc_info=error.value)
    assert "INSERT INTO posts" in caplog.text and "values withheld" in caplog.text
    assert "A secret story." not in caplog.text  # nor PostgreSQL's "Failing row contains"
