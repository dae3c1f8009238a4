"""The reply form and the watch control on a member's thread page are rendered once and kept
(forum.threads.member_forms), like the post cards: each reader still gets their own CSRF
token, a new once-only token for every render of the reply form, their own name in the
thread, and their own watch level; no kept form holds a writer's name."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from forum.extensions import db
from forum.models import Post
from tests.conftest import PASSWORD, RequestPerContextClient
from tests.threads.conftest import CSRF, logged_in

FORM_TOKEN = re.compile(r'name="form_token"[^>]*value="([^"]+)"')
TOKENS = re.compile(r'name="(?:csrf|form)_token"[^>]*value="[^"]*"')


def _forms(app) -> dict[str, str]:
    store = app.extensions["pagecache"]["cards"]
    return {key: html for key, html in store.items() if key.startswith("form:")}


def _reply_form(page: str) -> str:
    return re.search(r'<form method="post" action="/t/[^/]+/reply".*?</form>', page, re.S)[0]


def _watch_form(page: str) -> str:
    return re.search(r'<form method="post" action="/t/[^/]+/watch".*?</form>', page, re.S)[0]


def test_the_forms_are_kept_once_and_read_from_the_store(app, client, auth, make_thread, make_user):
    thread = make_thread()
    auth.login(make_user())
    path = f"/t/{thread.public_id}"
    client.get(path)
    kept = _forms(app)
    assert sorted(key.split(":")[1] for key in kept) == ["reply", "watch"]
    store = app.extensions["pagecache"]["cards"]
    for key, html in kept.items():
        store[key] = html.replace("</form>", "<i>from the store</i></form>")
    page = client.get(path).get_data(as_text=True)
    assert "from the store" in _reply_form(page) and "from the store" in _watch_form(page)
    assert len(_forms(app)) == 2


def test_each_reader_of_a_kept_reply_form_posts_with_their_own_tokens(
    checked, make_thread, make_user, frozen_minute
):
    thread = make_thread()
    path = f"/t/{thread.public_id}"
    for n, reader in enumerate([make_user(), make_user()]):
        client = logged_in(checked, reader)
        first, second = (client.get(path).get_data(as_text=True) for _ in range(2))
        # This reader's session's token (signed anew for each page, with the time).
        assert CSRF.search(first)[1].split(".")[0] == CSRF.search(second)[1].split(".")[0]
        assert FORM_TOKEN.search(first)[1] != FORM_TOKEN.search(second)[1]  # new per render
        form = _reply_form(second)
        data = dict(re.findall(r'name="(csrf_token|form_token)"[^>]*value="([^"]*)"', form))
        data.update(body=f"On nights I did the same, reader {n}.", identity="named")
        answer = client.post(f"{path}/reply", data=data)
        assert answer.status_code == 302, answer.get_data(as_text=True)
        assert CSRF.search(_watch_form(second))[1] == data["csrf_token"]
    assert len(_forms(checked)) == 2  # both readers were served the same kept forms
    count = select(func.count()).select_from(Post).where(Post.thread_id == thread.id)
    assert db.session.scalar(count) == 3


def test_each_writer_reads_their_own_name_and_no_kept_form_holds_one(
    app, client, auth, make_thread, make_user, make_reply, frozen_minute
):
    author = make_user()
    thread = make_thread(author=author, anonymous=True)
    writers = [make_user(), make_user()]
    names = [make_reply(thread, author=w, anonymous=True).pseudonym for w in writers]
    assert names[0] != names[1]
    for reader, name in [*zip(writers, names, strict=True), (author, "Original poster")]:
        auth.login(reader)
        form = _reply_form(client.get(f"/t/{thread.public_id}").get_data(as_text=True))
        assert f"You will appear as <em>{name}</em>" in form
        assert re.search(r'<input [^>]*checked[^>]*value="anonymous"', form)
        auth.logout()
    kept = _forms(app)
    usernames = [u.username for u in (author, *writers)]
    for text in [*kept, *kept.values()]:
        assert not any(name in text for name in [*names, *usernames]), text
    # The two writers share one kept form; the thread's anonymous author reads another.
    assert len([key for key in kept if key.startswith("form:reply:")]) == 2


def test_the_watch_control_shows_each_members_own_level(
    app, client, auth, make_thread, make_user, frozen_minute
):
    thread = make_thread()
    path = f"/t/{thread.public_id}"
    watcher, other = make_user(), make_user()
    auth.login(watcher)
    assert client.post(f"{path}/watch", data={"level": "muted"}).status_code == 302
    checked = re.compile(r'value="(\w+)"[^>]*checked|checked[^>]*value="(\w+)"')
    assert "muted" in checked.search(_watch_form(client.get(path).get_data(as_text=True)))[0]
    auth.logout()
    auth.login(other)
    assert "muted" not in checked.search(_watch_form(client.get(path).get_data(as_text=True)))[0]


def test_with_the_cache_off_no_form_is_kept_and_the_forms_are_the_same(
    app, make_app, make_thread, make_user, make_reply, frozen_minute
):
    writer = make_user(profession="Staff nurse")
    thread = make_thread()
    make_reply(thread, author=writer, anonymous=True)
    off = make_app(CACHE="off")
    forms = []
    for built in (off, app, app):
        built.test_client_class = RequestPerContextClient
        client = built.test_client()
        client.post("/login", data={"username": writer.username, "password": PASSWORD})
        page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
        forms.append(TOKENS.sub("", _reply_form(page) + _watch_form(page)))
    assert off.extensions["pagecache"] is None
    assert forms[0] == forms[1] == forms[2]
    assert "Show my profession on this post" in forms[0]
