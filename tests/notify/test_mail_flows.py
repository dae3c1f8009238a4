"""The pages behind e-mail, driven through the site and a real SMTP server: Settings (the
address's state, mail settings), confirming an address, unsubscribing, password reset."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import MailKind, OutboxMail, User
from forum.notify import tokens
from tests.conftest import PASSWORD, RequestPerContextClient
from tests.notify.mail_helpers import (  # noqa: F401  (fixtures)
    confirmed,
    deliver,
    link_to,
    links,
    mail_app_fixture,
    outbox,
    past,
    smtp_fixture,
)

NEW_PASSWORD = "a brand new passphrase"
NO_RESET = "Without a confirmed address there is no password reset"
MODES = {"mail_reply": "now", "mail_quote": "now", "mail_helpful": "digest"}
MODES |= {"mail_held": "now", "mail_moderation": "now"}


def _reload(user: User) -> User:
    db.session.expire_all()
    return db.session.get(User, user.id)


def _mail_state(user: User) -> tuple:
    user = _reload(user)
    return (
        user.email,
        user.email_confirmed_at,
        user.email_bounced_at,
        user.password_hash,
        user.session_generation,
        *(getattr(user, f) for f in MODES),
        user.auto_watch,
    )


def _page(response) -> str:
    """The page's text with each run of white space as one space."""
    return " ".join(response.get_data(as_text=True).split())


def _new_client(app):
    app.test_client_class = RequestPerContextClient
    return app.test_client()


# Settings -----------------------------------------------------------------------------------


def test_settings_say_plainly_there_is_no_reset_without_an_address(client, auth, make_user):
    auth.login(make_user())
    page = _page(client.get("/account"))
    assert NO_RESET in page and "You have no e-mail address here" in page


def test_settings_show_an_address_waiting_with_a_button_to_send_the_link_again(
    client, auth, make_user
):
    user = make_user()
    auth.login(user)
    response = client.post("/account", data={"profession": "", "email": "me@example.org"})
    assert response.status_code == 302
    page = _page(client.get("/account"))
    assert "Waiting for confirmation" in page and "me@example.org" in page
    assert "Send the link again" in page and NO_RESET in page
    assert "A link to confirm your new e-mail address is on its way" in page
    assert [(r.kind, r.address) for r in outbox()] == [(MailKind.CONFIRM, "me@example.org")]


def test_sending_the_link_again_does_not_double_one_still_waiting(client, auth, make_user):
    user = make_user(email="me@example.org")
    auth.login(user)
    for _ in range(3):
        assert client.post("/account/email/confirm").status_code == 302
    assert [(r.kind, r.address) for r in outbox()] == [(MailKind.CONFIRM, "me@example.org")]


def test_settings_show_a_confirmed_address(client, auth, make_user):
    auth.login(confirmed(make_user(), "ok@example.org"))
    page = _page(client.get("/account"))
    assert "is confirmed" in page and NO_RESET not in page and "Send the link again" not in page


def test_saving_the_same_address_again_sends_nothing(client, auth, make_user):
    user = confirmed(make_user(), "ok@example.org")
    auth.login(user)
    client.post("/account", data={"profession": "Nurse", "email": "ok@example.org"})
    assert outbox() == [] and _reload(user).email_confirmed_at is not None


def test_removing_a_confirmed_address_tells_it(client, auth, make_user):
    user = confirmed(make_user(), "ok@example.org")
    auth.login(user)
    client.post("/account", data={"profession": "", "email": ""})
    assert [(r.kind, r.address) for r in outbox()] == [(MailKind.ADDRESS_CHANGED, "ok@example.org")]
    assert _reload(user).email is None


def test_mail_settings_and_automatic_watching_are_saved(client, auth, make_user):
    user = make_user()
    auth.login(user)
    data = {**MODES, "mail_reply": "digest", "mail_moderation": "off"}  # auto_watch unticked
    response = client.post("/account/notifications", data=data)
    assert response.status_code == 302
    saved = _reload(user)
    assert (saved.mail_reply, saved.mail_moderation, saved.auto_watch) == ("digest", "off", False)
    page = _page(client.get("/account"))
    assert '<option selected value="digest">' in page or 'value="digest" selected' in page


@pytest.mark.parametrize("value", ["sometimes", "", "NOW"])
def test_a_mail_setting_that_is_not_a_choice_comes_back_and_changes_nothing(
    client, auth, make_user, value
):
    user = make_user()
    auth.login(user)
    before = _mail_state(user)
    response = client.post("/account/notifications", data={**MODES, "mail_quote": value})
    assert response.status_code == 200 and "Please check the form" in _page(response)
    assert _mail_state(user) == before


# Confirming an address --------------------------------------------------------------------


def _confirmation_link(smtp, address: str) -> str:
    deliver()
    [mail] = [m for m in smtp.to(address) if "/confirm/" in m.body]
    return link_to(mail, "/confirm/")


def test_the_mailed_link_confirms_the_address_without_logging_in(
    mail_app, client, auth, make_user, smtp
):
    user = make_user()
    auth.login(user)
    client.post("/account", data={"profession": "", "email": "me@example.org"})
    link = _confirmation_link(smtp, "me@example.org")
    auth.logout()
    response = client.get(link)
    assert response.status_code == 200 and "Your address is confirmed" in _page(response)
    assert _reload(user).email_confirmed_at is not None
    again = client.get(link)
    assert again.status_code == 200 and "confirmed already" in _page(again)


def test_a_link_for_an_address_replaced_since_confirms_nothing(
    mail_app, client, auth, make_user, smtp
):
    user = make_user()
    auth.login(user)
    client.post("/account", data={"profession": "", "email": "first@example.org"})
    link = _confirmation_link(smtp, "first@example.org")
    client.post("/account", data={"profession": "", "email": "second@example.org"})
    before = _mail_state(user)
    response = client.get(link)
    assert response.status_code == 400 and "for another address" in _page(response)
    assert _mail_state(user) == before


def test_a_tampered_or_expired_confirmation_link_changes_nothing(client, make_user):
    user = make_user(email="me@example.org")
    before = _mail_state(user)
    tampered = client.get("/confirm/eyJ1IjoxLCJhIjoibWVAZXhhbXBsZS5vcmcifQ.AAAAAA.forged")
    assert tampered.status_code == 400 and "This link does not work" in _page(tampered)
    old = past("confirm", {"u": user.id, "a": "me@example.org"}, 4 * 24 * 3600)
    expired = client.get(f"/confirm/{old}")
    assert expired.status_code == 400 and "This link has expired" in _page(expired)
    assert "Send the link again" in _page(expired)
    assert _mail_state(user) == before


# Unsubscribing ----------------------------------------------------------------------------


@pytest.fixture
def mailed(mail_app, make_user, make_thread, make_reply, smtp):
    """A storyteller whose reply notification was mailed: (them, the mail)."""
    author = confirmed(make_user(username="storyteller"))
    thread = make_thread(author=author)
    make_reply(thread, body="I have been there.")
    deliver()
    [mail] = smtp.messages
    return author, mail


def test_unsubscribing_by_the_link_asks_first_then_turns_that_kind_off(client, mailed):
    author, mail = mailed
    link = link_to(mail, "/unsubscribe/")
    before = _mail_state(author)
    page = _page(client.get(link))
    assert "Stop e-mail about replies in threads you watch?" in page and "<button" in page
    assert _mail_state(author) == before
    done = client.post(link)
    assert done.status_code == 200 and "You are unsubscribed" in _page(done)
    saved = _reload(author)
    assert (saved.mail_reply, saved.mail_quote) == ("off", "now")
    again = client.post(link)
    assert "You are already unsubscribed" in _page(again)
    assert "already unsubscribed" in _page(client.get(link))


def test_the_one_click_post_of_a_mail_client_works_without_login_or_form_token(make_app, mailed):
    author, mail = mailed
    client = _new_client(make_app(WTF_CSRF_ENABLED=True))
    url = mail.message["List-Unsubscribe"][1:-1].removeprefix("https://forum.example")
    response = client.post(
        url,
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert _reload(author).mail_reply == "off"


def test_the_stop_everything_link_turns_every_kind_off(client, mailed):
    author, mail = mailed
    unsubscribe = sorted({p for p in links(mail) if p.startswith("/unsubscribe/")})
    [link] = [p for p in unsubscribe if p != link_to(mail, "/unsubscribe/")]
    assert "notifications of any kind" in _page(client.get(link))
    client.post(link)
    assert all(getattr(_reload(author), f) == "off" for f in MODES)


def test_a_digest_link_turns_off_only_what_was_mailed_as_a_digest(client, make_user):
    user = make_user()
    user.mail_reply = "digest"
    db.session.commit()
    client.post(f"/unsubscribe/{tokens.unsubscribe_token(user, 'digest')}")
    saved = _reload(user)
    assert (saved.mail_reply, saved.mail_helpful, saved.mail_quote) == ("off", "off", "now")


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_tampered_or_expired_unsubscribe_link_changes_nothing(client, make_user, method):
    user = make_user()
    before = _mail_state(user)
    send = getattr(client, method)
    tampered = send("/unsubscribe/eyJ1IjoxLCJrIjoiYWxsIn0.AAAAAA.forged")
    assert tampered.status_code == 400 and "This link does not work" in _page(tampered)
    old = past("unsubscribe", {"u": user.id, "k": "all"}, 181 * 24 * 3600)
    expired = send(f"/unsubscribe/{old}")
    assert expired.status_code == 400 and "This link has expired" in _page(expired)
    assert _mail_state(user) == before


# Password reset ---------------------------------------------------------------------------

RESET_SAID = "a link to choose a new password is on its way"


def _ask_reset(client, who: str) -> str:
    response = client.post("/reset", data={"who": who})
    assert response.status_code == 302 and response.headers["Location"] == "/login"
    return _page(client.get("/login"))


def test_the_login_page_offers_a_reset(client):
    page = _page(client.get("/login"))
    assert 'href="/reset"' in page and "Forgot your password?" in page
    assert "Without a confirmed address there is no reset" in _page(client.get("/reset"))


def test_a_reset_end_to_end_ends_every_session_and_works_once(
    mail_app, make_app, client, auth, make_user, smtp
):
    user = confirmed(make_user(username="forgetful"), "forgetful@example.org")
    auth.login(user)  # a device still logged in
    visitor = _new_client(mail_app)
    assert RESET_SAID in _ask_reset(visitor, "Forgetful@Example.org")
    assert deliver() == {"sent": 1}
    [mail] = smtp.to("forgetful@example.org")
    link = link_to(mail, "/reset/")
    form = visitor.get(link)
    assert form.status_code == 200 and "Choose a new password" in _page(form)
    data = {"new": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    done = visitor.post(link, data=data)
    assert done.status_code == 302 and done.headers["Location"] == "/login"
    assert "Your password is changed" in _page(visitor.get("/login"))
    assert client.get("/account").status_code == 302  # the other device is logged out
    refused = visitor.post("/login", data={"username": "forgetful", "password": PASSWORD})
    assert refused.status_code == 200
    ok = visitor.post("/login", data={"username": "forgetful", "password": NEW_PASSWORD})
    assert ok.status_code == 302
    before = _mail_state(user)
    reused = _new_client(mail_app).post(link, data={"new": "third password!", "confirm": "x"})
    assert reused.status_code == 400 and "This link was used already" in _page(reused)
    assert "used already" in _page(_new_client(mail_app).get(link))
    assert _mail_state(user) == before


@pytest.mark.parametrize("who", ["nobody", "unconfirmed", "bounced", "Ready", "ready@example.org"])
def test_a_reset_request_says_the_same_whoever_is_named_and_mails_only_the_mailable(
    client, make_user, who
):
    ready = confirmed(make_user(username="ready"), "ready@example.org")
    make_user(username="unconfirmed", email="unconfirmed@example.org")
    bounced = confirmed(make_user(username="bounced"))
    bounced.email_bounced_at = bounced.email_confirmed_at
    db.session.commit()
    page = _ask_reset(client, who)
    assert RESET_SAID in page
    queued = [(r.kind, r.user_id) for r in outbox()]
    assert queued == ([(MailKind.RESET, ready.id)] if who.lower().startswith("ready") else [])


def test_asking_twice_queues_one_link(client, make_user):
    confirmed(make_user(username="ready"))
    _ask_reset(client, "ready")
    _ask_reset(client, "ready")
    assert len(db.session.scalars(select(OutboxMail)).all()) == 1


def test_an_expired_or_tampered_reset_link_changes_nothing(client, make_user):
    user = confirmed(make_user())
    before = _mail_state(user)
    old = past("reset", {"u": user.id, "h": tokens.password_digest(user)}, 2 * 3600)
    data = {"new": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    expired = client.post(f"/reset/{old}", data=data)
    assert expired.status_code == 400 and "This link has expired" in _page(expired)
    assert "ask for a new one" in _page(expired)
    tampered = client.post(f"/reset/{old.rsplit('.', 1)[0]}.forged", data=data)
    assert tampered.status_code == 400 and "This link does not work" in _page(tampered)
    assert _mail_state(user) == before


def test_a_new_password_that_breaks_the_rules_comes_back_and_changes_nothing(client, make_user):
    user = confirmed(make_user())
    before = _mail_state(user)
    link = f"/reset/{tokens.reset_token(user)}"
    short = client.post(link, data={"new": "short", "confirm": "short"})
    assert short.status_code == 200 and "Use between 10 and 200 characters." in _page(short)
    apart = client.post(link, data={"new": NEW_PASSWORD, "confirm": NEW_PASSWORD + "!"})
    assert "The passwords do not match." in _page(apart)
    assert _mail_state(user) == before


def test_reset_requests_are_rate_limited(make_app, make_user):
    app = make_app(RATELIMIT_ENABLED=True, LIMIT_RESET="2 per hour")
    client = _new_client(app)
    make_user()
    statuses = [client.post("/reset", data={"who": "someone"}).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
