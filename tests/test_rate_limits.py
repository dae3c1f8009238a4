"""Rate limits on every action that writes, and on searching: counted per member (visitors: per
address, and per username for logging in), with a friendly 429 that keeps the text, in memory
or in Redis."""

import uuid

import pytest

from tests.conftest import PASSWORD, needs_redis
from tests.conftest import REDIS_URL as REDIS


@pytest.fixture
def limited_client(make_app):
    """A client of an app with limits on, each action allowed twice a minute."""

    def make(**overrides):
        limits = {f"LIMIT_{a}": "2 per minute" for a in ACTIONS}
        app = make_app(RATELIMIT_ENABLED=True, **{**limits, **overrides})
        from tests.conftest import RequestPerContextClient

        app.test_client_class = RequestPerContextClient
        return app, app.test_client()

    return make


ACTIONS = ["LOGIN", "REGISTER", "NEW_THREAD", "REPLY", "EDIT", "VOTE", "REPORT"]


def _log_in(client, user):
    response = client.post("/login", data={"username": user.username, "password": PASSWORD})
    assert response.status_code == 302


@pytest.fixture
def world(app, make_user, make_thread, make_reply):
    member = make_user()
    thread = make_thread()
    return {
        "member": member,
        "thread": thread,
        "own": make_reply(thread, author=member),
        "other": make_reply(thread),
    }


def _requests(world):
    """For each limited action: the POST a member (or visitor) sends, with fresh text."""
    thread, own, other = world["thread"], world["own"], world["other"]
    return {
        "NEW_THREAD": lambda n: (
            "/new",
            {"category": thread.category_id, "title": f"Story {n}", "body": f"It went {n}."},
        ),
        "REPLY": lambda n: (f"/t/{thread.public_id}/reply", {"body": f"Same here, {n}."}),
        "EDIT": lambda n: (f"/p/{own.public_id}/edit", {"body": f"Edited, {n}."}),
        "VOTE": lambda n: (f"/p/{other.public_id}/vote", {"helpful": "1" if n % 2 else "0"}),
        "REPORT": lambda n: (f"/p/{other.public_id}/report", {"reason": "other"}),
    }


@pytest.mark.parametrize("action", ["NEW_THREAD", "REPLY", "EDIT", "VOTE", "REPORT"])
def test_each_members_action_is_limited_and_the_third_in_a_minute_is_refused(
    limited_client, world, action
):
    app, client = limited_client()
    _log_in(client, world["member"])
    send = _requests(world)[action]
    for n in range(2):
        url, data = send(n)
        assert client.post(url, data=data).status_code in (200, 302)
    url, data = send(3)
    response = client.post(url, data=data)
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "60"
    assert "Too many at once" in response.get_data(as_text=True)


def test_a_refused_reply_keeps_its_text_on_the_page(limited_client, world):
    app, client = limited_client(LIMIT_REPLY="1 per minute")
    _log_in(client, world["member"])
    url = f"/t/{world['thread'].public_id}/reply"
    client.post(url, data={"body": "First."})
    text = "My second reply, <which> I do not want to lose."
    page = client.post(url, data={"body": text}).get_data(as_text=True)
    assert "your text is here" in page
    assert "My second reply, &lt;which&gt; I do not want to lose." in page


def test_reading_is_never_limited(limited_client, world):
    app, client = limited_client(LIMIT_REPLY="1 per minute")
    _log_in(client, world["member"])
    for _ in range(5):
        assert client.get(f"/t/{world['thread'].public_id}/reply").status_code == 200


def test_limits_count_per_member(limited_client, world, make_user):
    app, client = limited_client(LIMIT_REPLY="1 per minute")
    url = f"/t/{world['thread'].public_id}/reply"
    _log_in(client, world["member"])
    assert client.post(url, data={"body": "One."}).status_code == 302
    assert client.post(url, data={"body": "Two."}).status_code == 429
    client.post("/logout")
    _log_in(client, make_user())
    assert client.post(url, data={"body": "Another member."}).status_code == 302


def test_logging_in_is_limited_per_address_and_username(limited_client, make_user):
    app, client = limited_client()
    target, colleague = make_user(), make_user()
    wrong = {"username": target.username, "password": "not the password"}
    for _ in range(2):
        assert client.post("/login", data=wrong).status_code == 200
    assert client.post("/login", data=wrong).status_code == 429
    # A colleague behind the same hospital address still logs in.
    _log_in(client, colleague)


def test_registering_is_limited_per_address(limited_client):
    app, client = limited_client()
    for n in range(2):
        data = {"username": f"new{n}", "password": PASSWORD, "confirm": PASSWORD}
        assert client.post("/register", data=data).status_code == 302
        client.post("/logout")
    data = {"username": "new9", "password": PASSWORD, "confirm": PASSWORD}
    assert client.post("/register", data=data).status_code == 429


@needs_redis
def test_limits_kept_in_redis_work_and_hold_no_account_id_or_address(limited_client, world):
    import redis

    prefix = f"debrief-test-{uuid.uuid4().hex[:8]}"
    app, client = limited_client(
        RATELIMIT_STORAGE_URI=REDIS, RATELIMIT_KEY_PREFIX=prefix, LIMIT_REPLY="1 per minute"
    )
    store = redis.Redis.from_url(REDIS)
    try:
        _log_in(client, world["member"])
        url = f"/t/{world['thread'].public_id}/reply"
        assert client.post(url, data={"body": "One."}).status_code == 302
        assert client.post(url, data={"body": "Two."}).status_code == 429
        keys = [key.decode() for key in store.keys(f"*{prefix}*")]
        assert keys, "the limit was not kept in Redis"
        member = world["member"]
        for key in keys:
            assert f"user:{member.id}" not in key and f"user{member.id}" not in key
            assert member.username not in key and "127.0.0.1" not in key
            assert store.ttl(key) > 0  # it expires
    finally:
        for key in store.keys(f"*{prefix}*"):
            store.delete(key)


def test_searching_is_limited_per_address_for_visitors_and_per_member(limited_client, make_user):
    app, client = limited_client(LIMIT_SEARCH="3 per minute")
    for n in range(3):
        assert client.get("/search", query_string={"q": f"insulin {n}"}).status_code == 200
    assert client.get("/search").status_code == 200  # the empty form counts for nothing
    assert client.get("/search", query_string={"q": "  "}).status_code == 200
    refused = client.get("/search", query_string={"q": "insulin"})
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "60"
    assert "3 per 1 minute" in refused.text
    elsewhere = {"REMOTE_ADDR": "192.0.2.77"}  # another address is not slowed
    assert client.get("/search?q=insulin", environ_base=elsewhere).status_code == 200
    _log_in(client, make_user())  # a member behind the busy address counts for themselves
    assert client.get("/search", query_string={"q": "insulin"}).status_code == 200


def test_a_limit_set_for_every_request_is_applied_before_every_request(limited_client, world):
    """The forum's own limits are checked by their views; Flask-Limiter's check before every
    request is left out unless an operator sets a limit for the whole app."""
    app, client = limited_client(RATELIMIT_DEFAULT="2 per minute")
    statuses = [client.get(f"/t/{world['thread'].public_id}").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
