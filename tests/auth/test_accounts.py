"""Accounts: registering, logging in and out, settings, passwords and session cookies."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from markupsafe import escape
from sqlalchemy import select

from forum.extensions import db
from forum.models import Role, User
from tests.conftest import PASSWORD

NEW_PASSWORD = "a brand new passphrase"


def _error(page: str, field: str) -> str | None:
    """The message shown next to `field`, or None."""
    found = re.search(rf'<p class="error" id="{field}-error">(.*?)</p>', page, re.S)
    return found.group(1) if found else None


def _users() -> list[User]:
    db.session.expire_all()
    return list(db.session.scalars(select(User)))


def _reload(user: User) -> User:
    db.session.expire_all()
    return db.session.get(User, user.id)


def _logged_in(client) -> bool:
    return client.get("/account").status_code == 200


def _register(client, username="newcomer", password=PASSWORD, confirm=None):
    data = {"username": username, "password": password, "confirm": confirm or password}
    return client.post("/register", data=data)


def _cookie(response, name: str) -> str | None:
    found = [c for c in response.headers.getlist("Set-Cookie") if c.startswith(f"{name}=")]
    return found[0] if found else None


def test_registering_logs_you_in_with_a_member_account(client):
    response = _register(client, username="newcomer")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert _logged_in(client)
    [user] = _users()
    assert user.username == "newcomer" and user.role == Role.MEMBER


def test_passwords_are_stored_hashed_with_scrypt(client):
    _register(client, password="my secret passphrase")
    [user] = _users()
    assert user.password_hash.startswith("scrypt:")
    assert "my secret passphrase" not in user.password_hash


def test_a_username_is_taken_whatever_its_letter_case(client, make_user):
    make_user(username="Ana")
    response = _register(client, username="ana")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "taken" in _error(page, "username") and 'value="ana"' in page
    assert [u.username for u in _users()] == ["Ana"]


@pytest.mark.parametrize(
    "username",
    [
        pytest.param("ab", id="too-short"),
        pytest.param("a" * 31, id="too-long"),
        pytest.param("ana smith", id="space"),
        pytest.param("ana😀", id="emoji"),
        pytest.param("<script>", id="markup"),
        pytest.param("ana/../admin", id="slash"),
    ],
)
def test_a_bad_username_is_refused_and_kept_in_the_form(client, username):
    response = _register(client, username=username)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert _error(page, "username")
    assert f'value="{escape(username)}"' in page
    assert _users() == [] and not _logged_in(client)


@pytest.mark.parametrize(
    "password, confirm, field",
    [
        pytest.param("short pw1", "short pw1", "password", id="nine-characters"),
        pytest.param("x" * 201, "x" * 201, "password", id="over-200-characters"),
        pytest.param(PASSWORD, PASSWORD + "!", "confirm", id="repeat-differs"),
    ],
)
def test_a_bad_password_is_refused_next_to_its_field(client, password, confirm, field):
    response = _register(client, username="keepme", password=password, confirm=confirm)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert _error(page, field) and 'value="keepme"' in page
    assert password not in page
    assert _users() == []


@pytest.mark.parametrize("typed", ["Ana", "ana", "  ANA "])
def test_the_right_password_logs_you_in_whatever_the_case_of_the_name(client, make_user, typed):
    make_user(username="Ana")
    response = client.post("/login", data={"username": typed, "password": PASSWORD})
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert _logged_in(client)


def test_a_wrong_password_and_an_unknown_user_get_the_same_message(client, make_user):
    user = make_user()
    wrong = client.post("/login", data={"username": user.username, "password": "not it at all"})
    unknown = client.post("/login", data={"username": "nobody-here", "password": PASSWORD})
    assert wrong.status_code == unknown.status_code == 200
    wrong_page, unknown_page = wrong.get_data(as_text=True), unknown.get_data(as_text=True)
    assert _error(wrong_page, "password") == _error(unknown_page, "password")
    assert "do not match" in _error(wrong_page, "password")
    assert _error(wrong_page, "username") is _error(unknown_page, "username") is None
    assert not _logged_in(client)


@pytest.mark.parametrize("ticked", [True, False])
def test_remember_me_sets_a_remember_cookie_only_when_ticked(client, make_user, ticked):
    extra = {"remember": "y"} if ticked else {}
    response = client.post(
        "/login", data={"username": make_user().username, "password": PASSWORD, **extra}
    )
    cookie = _cookie(response, "remember_token")
    assert (cookie is not None) is ticked
    if ticked:
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_the_session_cookie_is_httponly_and_samesite_lax(auth, make_user):
    cookie = _cookie(auth.login(make_user()), "session")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


@pytest.mark.parametrize(
    "target, lands_on",
    [
        ("/account", "/account"),
        ("/t/7?page=2", "/t/7?page=2"),
        ("https://evil.example", "/"),
        ("//evil.example", "/"),
        ("/\\evil.example", "/"),
        ("/\t/evil.example", "/"),
        ("javascript:alert(1)", "/"),
    ],
)
def test_login_follows_next_only_to_a_local_path(client, make_user, target, lands_on):
    data = {"username": make_user().username, "password": PASSWORD}
    response = client.post("/login", query_string={"next": target}, data=data)
    assert response.headers["Location"] == lands_on


def test_logging_out_takes_a_post_and_a_get_does_nothing(client, auth, make_user):
    auth.login(make_user())
    assert client.get("/logout").status_code == 405
    assert _logged_in(client)
    response = client.post("/logout")
    assert response.status_code == 302
    assert not _logged_in(client)


@pytest.mark.parametrize("url", ["/account", "/account/password"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_settings_send_visitors_to_log_in_and_back(client, url, method):
    response = getattr(client, method)(url)
    location = urlsplit(response.headers["Location"])
    assert response.status_code == 302 and location.path == "/login"
    assert parse_qs(location.query)["next"] == [url]


def test_settings_save_a_profession_and_an_email(client, auth, make_user):
    user = make_user(username="ana")
    auth.login(user)
    data = {"profession": "  ICU nurse ", "email": "ana@example.org"}
    response = client.post("/account", data=data)
    assert response.status_code == 302 and response.headers["Location"] == "/account"
    saved = _reload(user)
    assert (saved.profession, saved.email) == ("ICU nurse", "ana@example.org")
    assert "ICU nurse" in client.get("/u/ana").get_data(as_text=True)
    client.post("/account", data={"profession": "", "email": ""})
    assert (_reload(user).profession, _reload(user).email) == (None, None)


@pytest.mark.parametrize(
    "field, value",
    [
        pytest.param("profession", "n" * 61, id="profession-61-characters"),
        pytest.param("profession", "<b>" * 30, id="profession-markup-too-long"),
        pytest.param("email", "not-an-email", id="email-without-at"),
        pytest.param("email", "ana@example", id="email-without-domain-dot"),
        pytest.param("email", "ana @example.org", id="email-with-space"),
        pytest.param("email", "a@b.c" + "d" * 250, id="email-over-254"),
    ],
)
def test_bad_settings_are_refused_with_the_text_kept(client, auth, make_user, field, value):
    user = make_user(profession="Paramedic", email="old@example.org")
    auth.login(user)
    response = client.post("/account", data={"profession": "Paramedic", "email": "", field: value})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert _error(page, field) and f'value="{escape(value)}"' in page
    saved = _reload(user)
    assert (saved.profession, saved.email) == ("Paramedic", "old@example.org")


def test_a_nul_character_in_the_settings_is_never_stored(client, auth, make_user):
    user = make_user()
    auth.login(user)
    response = client.post("/account", data={"profession": "ICU\x00 nurse", "email": ""})
    assert response.status_code in (200, 302)
    assert "\x00" not in (_reload(user).profession or "")


@pytest.mark.parametrize("password", [PASSWORD, "wrong password"])
def test_a_nul_character_in_a_login_name_is_not_a_crash(client, make_user, password):
    name = make_user().username + "\x00"
    response = client.post("/login", data={"username": name, "password": password})
    assert response.status_code in (200, 302)
    assert _logged_in(client) is (response.status_code == 302)


def test_the_email_is_never_shown_on_profiles_or_threads(
    client, auth, make_user, make_thread, make_reply
):
    author = make_user(username="quiet.one", email="hidden.address@example.org")
    thread = make_thread(author=author)
    reply = make_reply(thread, author=author)
    pages = ["/", "/u/quiet.one", f"/t/{thread.public_id}", f"/p/{reply.public_id}/view"]
    for viewer in (None, make_user(), author):
        if viewer is not None:
            auth.login(viewer)
        for url in pages:
            assert "hidden.address" not in client.get(url).get_data(as_text=True), url
        auth.logout()


def test_changing_the_password_needs_the_current_one(client, auth, make_user):
    user = make_user()
    before = user.password_hash
    auth.login(user)
    data = {"current": "not my password", "new": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    response = client.post("/account/password", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "not your current password" in _error(page, "current")
    assert _reload(user).password_hash == before


def test_a_changed_password_replaces_the_old_one(client, auth, make_user):
    user = make_user()
    auth.login(user)
    data = {"current": PASSWORD, "new": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    response = client.post("/account/password", data=data)
    assert response.status_code == 302 and response.headers["Location"] == "/account"
    stored = _reload(user).password_hash
    assert stored.startswith("scrypt:") and NEW_PASSWORD not in stored
    auth.logout()
    old = client.post("/login", data={"username": user.username, "password": PASSWORD})
    assert old.status_code == 200
    auth.login(user, NEW_PASSWORD)
    assert _logged_in(client)


def test_a_short_new_password_is_refused(client, auth, make_user):
    user = make_user()
    before = user.password_hash
    auth.login(user)
    data = {"current": PASSWORD, "new": "too short", "confirm": "too short"}
    page = client.post("/account/password", data=data).get_data(as_text=True)
    assert _error(page, "new")
    assert _reload(user).password_hash == before


def test_changing_the_password_logs_out_other_devices_but_not_this_one(app, client, make_user):
    user = make_user()
    this_device, other_device = client, app.test_client()
    for device in (this_device, other_device):
        device.post(
            "/login", data={"username": user.username, "password": PASSWORD, "remember": "y"}
        )
        assert device.get("/account").status_code == 200
    this_device.post(
        "/account/password",
        data={
            "current": PASSWORD,
            "new": "a whole new passphrase",
            "confirm": "a whole new passphrase",
        },
    )
    assert this_device.get("/account").status_code == 200
    response = other_device.get("/account")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
