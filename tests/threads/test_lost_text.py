"""Nothing a writer typed is lost: a story, reply or edit sent after the session ended comes
back in its form after logging in (forum.handoff), the expired-form page keeps the text, and
the new-thread form asks for a category."""

import re

import pytest
from sqlalchemy import func, select

from forum import handoff
from forum.auth.services import change_password
from forum.extensions import db
from forum.models import Post, Thread, User
from tests.conftest import PASSWORD, RequestPerContextClient

TEXT = "When it happened to me, what helped was talking to the charge nurse. ☕ ünïcødé"


def _token(page: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


def _kept(page: str) -> str:
    return re.search(r'name="kept" value="([^"]+)"', page).group(1)


def _count(model, *where) -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture
def browser(make_app):
    """A client with CSRF on, as a browser meets the site."""
    app = make_app(WTF_CSRF_ENABLED=True)
    app.test_client_class = RequestPerContextClient
    return app.test_client()


def _log_in(client, user, **extra):
    token = _token(client.get("/login").get_data(as_text=True))
    data = {"username": user.username, "password": PASSWORD, "csrf_token": token, **extra}
    return client.post("/login", data=data)


def _form_fields(page: str) -> dict:
    """The hidden fields of the first form on a page (csrf_token, form_token)."""
    return dict(re.findall(r'<input[^>]*name="(csrf_token|form_token)"[^>]*value="([^"]*)"', page))


def _ended_reply(browser, make_user, make_thread):
    """A member who opened a reply form, then logged out in another tab and sent the reply:
    the page they got, the thread and the fields the form held."""
    member, thread = make_user(), make_thread()
    _log_in(browser, member)
    fields = _form_fields(browser.get(f"/t/{thread.public_id}/reply").get_data(as_text=True))
    browser.post("/logout", data={"csrf_token": fields["csrf_token"]})  # the other tab
    response = browser.post(
        f"/t/{thread.public_id}/reply", data={**fields, "body": TEXT, "identity": "named"}
    )
    return response, member, thread, fields


def test_a_reply_sent_after_logging_out_elsewhere_asks_to_log_in_and_keeps_the_text(
    browser, make_user, make_thread
):
    response, _, _, _ = _ended_reply(browser, make_user, make_thread)
    page = response.get_data(as_text=True)
    assert response.status_code == 401
    assert "Log in to continue" in page and "nothing was posted" in page
    assert response.headers["Cache-Control"] == "no-store"
    assert handoff.open_(_kept(page))["fields"]  # the text rides in the page, signed
    assert TEXT in page  # and can be copied from it
    assert _count(Post, ~Post.is_opening) == 0


def test_after_logging_in_the_reply_form_comes_back_with_the_text_and_posts_once(
    browser, make_user, make_thread
):
    response, member, thread, fields = _ended_reply(browser, make_user, make_thread)
    kept = _kept(response.get_data(as_text=True))
    back = _log_in(browser, member, kept=kept)
    page = back.get_data(as_text=True)
    assert back.status_code == 200 and "You are logged in again" in page
    assert f'action="/t/{thread.public_id}/reply"' in page and "data-handoff-auto" in page
    assert TEXT not in back.headers.get("Set-Cookie", "")

    restored = browser.post(
        f"/t/{thread.public_id}/reply", data={"csrf_token": _token(page), "kept": _kept(page)}
    )
    page = restored.get_data(as_text=True)
    assert restored.status_code == 200 and "your text is back" in page
    assert TEXT in page and fields["form_token"] in page  # the same submission, not a new one
    assert _count(Post, ~Post.is_opening) == 0  # nothing posted until the button is pressed

    again = _form_fields(page)
    data = {**again, "body": TEXT, "identity": "named"}
    assert browser.post(f"/t/{thread.public_id}/reply", data=data).status_code == 302
    assert browser.post(f"/t/{thread.public_id}/reply", data=data).status_code == 302
    assert _count(Post, ~Post.is_opening) == 1  # a double submit posts once
    assert db.session.scalar(select(Post.body_md).where(~Post.is_opening)) == TEXT


def test_a_story_sent_after_the_password_changed_elsewhere_comes_back_whole(
    browser, make_user, make_category
):
    member, category = make_user(), make_category()
    _log_in(browser, member)
    fields = _form_fields(browser.get("/new").get_data(as_text=True))
    user = db.session.get(User, member.id)
    change_password(user, PASSWORD, PASSWORD)  # elsewhere: this session's login id is stale
    db.session.commit()
    story = {
        **fields,
        "category": str(category.id),
        "title": "A night I keep thinking about",
        "content_note": "patient death",
        "body": TEXT,
        "identity": "anonymous",
        # "no_why_replies" unticked: it must stay unticked
    }
    response = browser.post("/new", data=story)
    assert response.status_code == 401 and "Log in to continue" in response.get_data(as_text=True)
    page = _log_in(browser, member, kept=_kept(response.get_data(as_text=True))).get_data(
        as_text=True
    )
    page = browser.post("/new", data={"csrf_token": _token(page), "kept": _kept(page)}).get_data(
        as_text=True
    )
    assert TEXT in page and "A night I keep thinking about" in page and "patient death" in page
    assert f'<option selected value="{category.id}">' in page
    assert 'name="no_why_replies" type="checkbox" value="y">' in page  # not checked
    assert _count(Thread) == 0


def test_a_wrong_password_on_the_way_back_keeps_the_text(browser, make_user, make_thread):
    response, member, _, _ = _ended_reply(browser, make_user, make_thread)
    page = response.get_data(as_text=True)
    data = {"username": member.username, "password": "wrong", "csrf_token": _token(page)}
    again = browser.post("/login", data={**data, "kept": _kept(page)})
    page = again.get_data(as_text=True)
    assert again.status_code == 200 and "do not match" in page
    assert "Log in to continue" in page and handoff.open_(_kept(page)) and TEXT in page


def test_a_hand_off_only_fills_the_form_it_came_from(browser, make_user, make_thread):
    response, member, _, _ = _ended_reply(browser, make_user, make_thread)
    kept = _kept(response.get_data(as_text=True))
    page = _log_in(browser, member).get_data(as_text=True)
    other = make_thread()
    page = browser.get(f"/t/{other.public_id}/reply").get_data(as_text=True)
    wrong = browser.post(
        f"/t/{other.public_id}/reply", data={"csrf_token": _token(page), "kept": kept}
    )
    assert TEXT not in wrong.get_data(as_text=True)
    assert _count(Post, ~Post.is_opening) == 0


def test_a_forged_or_stale_hand_off_is_ignored(browser, make_user, make_thread, monkeypatch):
    response, member, thread, _ = _ended_reply(browser, make_user, make_thread)
    kept = _kept(response.get_data(as_text=True))
    forged = kept[:-2] + ("AA" if not kept.endswith("AA") else "BB")
    login = _log_in(browser, member, kept=forged)
    assert login.status_code == 302  # an ordinary login
    monkeypatch.setattr(handoff, "MAX_AGE", -1)
    page = browser.get(f"/t/{thread.public_id}/reply").get_data(as_text=True)
    stale = browser.post(
        f"/t/{thread.public_id}/reply", data={"csrf_token": _token(page), "kept": kept}
    )
    assert TEXT not in stale.get_data(as_text=True)
    assert _count(Post, ~Post.is_opening) == 0


def test_someone_elses_edit_is_not_restored_for_another_member(
    browser, make_user, make_thread, make_reply
):
    owner, thread = make_user(), make_thread()
    reply = make_reply(thread, author=owner)
    _log_in(browser, owner)
    fields = _form_fields(browser.get(f"/p/{reply.public_id}/edit").get_data(as_text=True))
    browser.post("/logout", data={"csrf_token": fields["csrf_token"]})
    response = browser.post(f"/p/{reply.public_id}/edit", data={**fields, "body": TEXT})
    assert response.status_code == 401
    kept = _kept(response.get_data(as_text=True))
    page = _log_in(browser, make_user(), kept=kept).get_data(as_text=True)
    back = browser.post(
        f"/p/{reply.public_id}/edit", data={"csrf_token": _token(page), "kept": kept}
    )
    assert back.status_code in (403, 404) and TEXT not in back.get_data(as_text=True)


def test_a_post_without_text_after_the_session_ended_is_the_usual_login_redirect(
    client, make_thread
):
    thread = make_thread()
    response = client.post(f"/t/{thread.public_id}/reply", data={"body": "  "})
    assert response.status_code == 302 and response.headers["Location"].startswith("/login?next=")


def test_the_expired_form_page_keeps_the_text_and_offers_the_form_back(
    browser, make_user, make_thread
):
    member, thread = make_user(), make_thread()
    _log_in(browser, member)
    fields = _form_fields(browser.get(f"/t/{thread.public_id}/reply").get_data(as_text=True))
    data = {**fields, "csrf_token": "expired", "body": TEXT}
    response = browser.post(f"/t/{thread.public_id}/reply", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "This form has expired" in page
    assert "readonly>" + TEXT.replace("'", "&#39;") in page.replace("\n", "") or TEXT in page
    assert "Back to the form with your text" in page
    back = browser.post(
        f"/t/{thread.public_id}/reply", data={"csrf_token": _token(page), "kept": _kept(page)}
    )
    assert TEXT in back.get_data(as_text=True) and _count(Post, ~Post.is_opening) == 0


def test_the_expired_page_of_other_forms_keeps_their_text_too(browser, make_user, make_thread):
    member, thread = make_user(), make_thread()
    _log_in(browser, member)
    story = browser.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert story
    reply = db.session.scalar(select(Post).where(Post.is_opening))
    response = browser.post(
        f"/p/{reply.public_id}/report", data={"csrf_token": "x", "reason": "other", "note": TEXT}
    )
    assert response.status_code == 400 and TEXT in response.get_data(as_text=True)


def test_logging_out_clears_the_drafts_kept_in_the_browser(client, auth, make_user):
    auth.login(make_user())
    response = auth.logout()
    assert response.headers["Clear-Site-Data"] == '"storage"'


# The category -------------------------------------------------------------------------------


def test_the_new_thread_form_asks_for_a_category(client, auth, make_user, make_category):
    make_category(name="Medication")
    auth.login(make_user())
    page = client.get("/new").get_data(as_text=True)
    assert '<option selected value="">Choose a category</option>' in page


def test_a_story_without_a_category_is_refused_with_the_text_kept(
    client, auth, make_user, make_category
):
    make_category()
    auth.login(make_user())
    for category in ("", None):
        data = {"title": "A title here", "body": TEXT, "form_token": "t"}
        if category is not None:
            data["category"] = category
        response = client.post("/new", data=data)
        page = response.get_data(as_text=True)
        assert response.status_code == 200 and "Please choose a category for your story." in page
        assert TEXT in page and "A title here" in page
    assert _count(Thread) == 0


def test_the_form_opened_from_a_category_preselects_it(client, auth, make_user, make_category):
    make_category()
    chosen = make_category(slug="night-shifts")
    auth.login(make_user())
    page = client.get("/new?category=night-shifts").get_data(as_text=True)
    assert f'<option selected value="{chosen.id}">' in page
    assert client.get("/new?category=nowhere").status_code == 404
