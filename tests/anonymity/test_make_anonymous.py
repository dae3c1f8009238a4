"""Changing one's mind: a named post turned anonymous afterwards, and its quotes re-attributed."""

from sqlalchemy import select

from forum.anonymity.pseudonyms import ORIGINAL_POSTER
from forum.extensions import db
from forum.models import Post, Thread
from forum.threads import services


def _quote(client, thread, post) -> str:
    """The reply form's prefilled quote of `post`, as the quoting member gets it."""
    page = client.get(f"/t/{thread.public_id}/reply?quote={post.public_id}").get_data(as_text=True)
    start = page.index("&gt; [**")
    return page[start : page.index("</textarea>", start)].replace("&gt;", ">").strip() + "\n"


def _reload(post) -> Post:
    db.session.expire_all()
    return db.session.get(Post, post.id)


def test_a_named_reply_turned_anonymous_takes_the_writers_name_in_the_thread(
    client, auth, make_user, make_thread, make_reply
):
    writer = make_user(username="changed.mind")
    thread = make_thread()
    named = make_reply(thread, author=writer)
    auth.login(writer)
    page = client.get(f"/p/{named.public_id}/anonymous").get_data(as_text=True)
    assert "Make them anonymous" in page and "cannot be undone" in page
    response = client.post(f"/p/{named.public_id}/anonymous")
    assert response.status_code == 302
    post = _reload(named)
    assert post.anonymous and post.pseudonym not in (None, ORIGINAL_POSTER)
    auth.logout()
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert "changed.mind" not in page and post.pseudonym in page
    assert "changed.mind" in client.get("/u/changed.mind").get_data(as_text=True)
    assert f"/p/{post.public_id}" not in client.get("/u/changed.mind").get_data(as_text=True)


def test_all_the_writers_posts_in_the_thread_change_together(make_user, make_thread, make_reply):
    writer = make_user()
    thread = make_thread()
    first, second = make_reply(thread, author=writer), make_reply(thread, author=writer)
    elsewhere = make_reply(make_thread(), author=writer)
    assert services.make_anonymous(first) == 2
    assert _reload(first).pseudonym == _reload(second).pseudonym
    assert not _reload(elsewhere).anonymous


def test_turning_the_story_anonymous_makes_the_author_original_poster_everywhere_in_it(
    client, make_user, make_thread, make_reply
):
    author = make_user(username="late.regret")
    thread = make_thread(author=author, title="The story")
    earlier_anonymous = make_reply(thread, author=author, anonymous=True)
    opening = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.is_opening))
    services.make_anonymous(opening)
    db.session.expire_all()
    assert db.session.get(Thread, thread.id).anonymous
    assert _reload(opening).pseudonym == ORIGINAL_POSTER
    assert _reload(earlier_anonymous).pseudonym == ORIGINAL_POSTER
    assert "late.regret" not in client.get("/").get_data(as_text=True)
    assert "started by Anonymous" in client.get("/").get_data(as_text=True)


def test_quotes_of_the_post_that_named_the_writer_are_re_attributed(
    client, auth, make_user, make_thread, make_reply
):
    writer = make_user(username="changed.mind")
    thread = make_thread()
    named = make_reply(thread, author=writer, body="What helped me was a checklist.")
    quoter = make_user()
    auth.login(quoter)
    quote = _quote(client, thread, named)
    assert "**changed.mind** wrote" in quote
    client.post(
        f"/t/{thread.public_id}/reply",
        data={"body": quote + "\nThis is what I needed.", "identity": "named"},
    )
    quoting = db.session.scalars(select(Post).order_by(Post.id.desc())).first()
    services.make_anonymous(_reload(named))
    name = _reload(named).pseudonym
    quoting = _reload(quoting)
    assert "changed.mind" not in quoting.body_md and "changed.mind" not in quoting.body_html
    assert f"> [**{name}** wrote](/p/{named.public_id}):" in quoting.body_md
    assert f"<strong>{name}</strong> wrote" in quoting.body_html
    assert quoting.edited_at is None  # a correction, not an edit by the quoting member
    assert "This is what I needed." in quoting.body_md


def test_quotes_of_other_posts_are_left_alone(make_user, make_thread, make_reply):
    writer, other = make_user(username="changed.mind"), make_user(username="stays.named")
    thread = make_thread()
    named = make_reply(thread, author=writer)
    kept = make_reply(thread, author=other)
    body = (
        f"> [**stays.named** wrote](/p/{kept.public_id}):\n>\n> Kept.\n\n"
        f"> [**changed.mind** wrote](/p/{named.public_id}):\n>\n> Changed.\n\nBoth."
    )
    quoting = make_reply(thread, body=body)
    services.make_anonymous(named)
    body_after = _reload(quoting).body_md
    assert "**stays.named** wrote" in body_after
    assert "**changed.mind** wrote" not in body_after


def test_turning_an_anonymous_post_named_is_not_offered(
    client, auth, make_user, make_thread, make_reply
):
    writer = make_user()
    thread = make_thread()
    post = make_reply(thread, author=writer, anonymous=True)
    auth.login(writer)
    assert client.get(f"/p/{post.public_id}/anonymous").status_code == 302
    assert client.post(f"/p/{post.public_id}/anonymous").status_code == 302
    assert services.make_anonymous(_reload(post)) == 0
    assert _reload(post).anonymous


def test_only_the_writer_can_turn_their_post_anonymous(
    client, auth, make_user, make_thread, make_reply
):
    thread = make_thread()
    post = make_reply(thread, author=make_user())
    auth.login(make_user())
    assert client.post(f"/p/{post.public_id}/anonymous").status_code == 403
    assert not _reload(post).anonymous


def test_turning_anonymous_twice_is_harmless(make_user, make_thread, make_reply):
    thread = make_thread()
    post = make_reply(thread, author=make_user())
    assert services.make_anonymous(post) == 1
    assert services.make_anonymous(_reload(post)) == 0
