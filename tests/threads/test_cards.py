"""Members' thread pages are built from kept post cards (forum.threads.cards): a card shows
only what its view says of the reader, carries each reader's own CSRF token and the page's
own address, and is never older than the thread's stamps or the minute."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from jinja2 import nodes
from sqlalchemy import select

from forum import times
from forum.extensions import db
from forum.models import Post, Vote
from tests.conftest import PASSWORD, RequestPerContextClient
from tests.threads.conftest import CSRF, logged_in


def _vote_form(page: str, post_key: str) -> dict[str, str]:
    form = re.search(rf'<form method="post" action="/p/{post_key}/vote".*?</form>', page, re.S)
    assert form, f"no vote form for {post_key}"
    return dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form[0]))


def _same(page: str) -> str:
    """The page without its tokens: the session's CSRF token and the reply form's, new on
    every render (a double-submit check)."""
    return re.sub(r'name="(?:csrf|form)_token"[^>]*value="[^"]*"', "", page)


def _kept(app) -> dict[str, str]:
    """The kept cards (the store keeps the page's forms too: tests/threads/test_member_forms)."""
    store = app.extensions["pagecache"]["cards"]
    return {key: card for key, card in store.items() if not key.startswith("form:")}


def test_the_card_reads_nothing_of_the_page_or_the_viewer_but_its_arguments(app):
    env = app.jinja_env
    source = env.loader.get_source(env, "_partials/post.html")[0]
    (macro,) = env.parse(source).find_all(nodes.Macro)
    arguments = {argument.name for argument in macro.args}
    assert arguments == {"post", "thread", "view", "author", "token", "here"}
    read = {name.name for name in macro.find_all(nodes.Name) if name.ctx == "load"}
    set_ = {name.name for name in macro.find_all(nodes.Name) if name.ctx == "store"}
    # url_for is the app's; `when` is imported by the template itself.
    assert read - arguments - set_ == {"url_for", "when"}


def test_each_reader_of_a_kept_card_gets_their_own_token_and_the_pages_address(
    checked, make_thread, make_reply, make_user, frozen_minute
):
    thread = make_thread()
    reply = make_reply(thread, body="It happened to me on a night shift too.")
    readers = [make_user(), make_user()]
    path = f"/t/{thread.public_id}?sort=helpful"
    for reader in readers:
        client = logged_in(checked, reader)
        page = client.get(path).get_data(as_text=True)
        form = _vote_form(page, reply.public_id)
        assert form["next"] == f"{path}#p-{reply.public_id}"
        assert form["csrf_token"] == CSRF.search(page)[1]  # the reply form's, this session's
        answer = client.post(f"/p/{reply.public_id}/vote", data=form)
        assert answer.status_code == 302 and answer.headers["Location"] == form["next"]
    voters = db.session.scalars(select(Vote.user_id).where(Vote.post_id == reply.id)).all()
    assert sorted(voters) == sorted(r.id for r in readers)
    assert any("/vote" in card for card in _kept(checked).values())


def test_a_members_page_is_built_from_the_kept_cards(app, client, auth, make_thread, make_user):
    thread = make_thread(body="The story itself.", replies=3)
    auth.login(make_user())
    path = f"/t/{thread.public_id}"
    first = client.get(path).get_data(as_text=True)
    kept = _kept(app)
    assert len(kept) == 4  # the story and three replies, each as this reader sees it
    store = app.extensions["pagecache"]["cards"]
    key = next(k for k, card in kept.items() if "The story itself." in card)
    store[key] = kept[key].replace("The story itself.", "Read from the kept card.")
    second = client.get(path).get_data(as_text=True)
    assert "Read from the kept card." in second
    assert _same(second.replace("Read from the kept card.", "The story itself.")) == _same(first)


def test_a_visitors_page_keeps_no_cards_it_is_kept_whole(app, client, make_thread):
    thread = make_thread(body="The story itself.", replies=2)
    assert "The story itself." in client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert _kept(app) == {}


def test_the_least_recently_used_cards_go_first_when_the_store_is_full(
    make_app, make_thread, make_user, frozen_minute
):
    first, second = make_thread(replies=2), make_thread(replies=2)
    paths = [f"/t/{first.public_id}", f"/t/{second.public_id}"]
    ids = set(db.session.scalars(select(Post.id).where(Post.thread_id == first.id)))
    username = make_user().username
    small = make_app(CACHE_CARDS=3)
    small.test_client_class = RequestPerContextClient
    client = small.test_client()
    client.post("/login", data={"username": username, "password": PASSWORD})
    client.get(paths[0])
    assert {int(key.split(":")[-2]) for key in _kept(small)} == ids
    client.get(paths[1])
    assert len(_kept(small)) == 3 and not {int(k.split(":")[-2]) for k in _kept(small)} & ids


def test_a_kept_card_is_not_shown_after_the_minute_it_was_rendered_in(
    app, client, auth, make_thread, make_user, monkeypatch
):
    thread = make_thread(body="The story itself.")
    auth.login(make_user())
    minute = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(times, "page_now", lambda: minute)
    client.get(f"/t/{thread.public_id}")
    key = next(iter(_kept(app)))
    app.extensions["pagecache"]["cards"][key] = "<p>an old card</p>"
    assert "an old card" in client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    monkeypatch.setattr(times, "page_now", lambda: minute.replace(minute=1))
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert "an old card" not in page and "The story itself." in page


def test_a_write_to_the_thread_leaves_its_kept_cards_behind(
    app, client, auth, make_thread, make_user, frozen_minute
):
    thread = make_thread(body="The story itself.", replies=1)
    auth.login(make_user())
    client.get(f"/t/{thread.public_id}")
    for key in _kept(app):
        app.extensions["pagecache"]["cards"][key] = "<p>an old card</p>"
    reply = db.session.scalar(select(Post).where(Post.thread_id == thread.id, ~Post.is_opening))
    reply.body_html = "<p>Edited since.</p>"
    db.session.commit()
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert "an old card" not in page and "Edited since." in page


def test_with_the_cache_off_no_card_is_kept_and_the_page_is_the_same(
    app, make_app, make_thread, make_user, frozen_minute
):
    thread = make_thread(body="The story itself.", replies=2)
    username = make_user().username
    off = make_app(CACHE="off")
    pages = []
    for built in (off, app):
        built.test_client_class = RequestPerContextClient
        client = built.test_client()
        client.post("/login", data={"username": username, "password": PASSWORD})
        pages.append(_same(client.get(f"/t/{thread.public_id}").get_data(as_text=True)))
    assert off.extensions["pagecache"] is None
    assert pages[0] == pages[1] and "The story itself." in pages[0]
