"""Revealing who wrote an anonymous post takes two administrators: one asks with a reason, a
different one approves or refuses with a reason, and only the one who asked then sees the
account, once. Every step is logged without the account, and the writer is told each step."""

import re

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from forum.extensions import db
from forum.models import ModAction, Notice, Post, RevealRequest, Role, utcnow
from forum.moderation import reveal
from forum.threads import services
from tests.conftest import PASSWORD, RequestPerContextClient

WRITER = "zebra_quill_7"
WRITER_ID = 48213
WHY = "A risk to the safety of a patient."
YES = "The risk is real; police asked."
NO = "Not serious enough for this."


class World(dict):
    __getattr__ = dict.__getitem__


@pytest.fixture
def w(make_user, make_category, make_thread):
    """A thread with the writer's anonymous reply and a named reply; three administrators
    (two to ask and decide, a third for late decisions), a moderator and a member."""
    writer = make_user(username=WRITER, id=WRITER_ID, profession="Night nurse")
    thread = make_thread(title="A long night", category=make_category(name="Nursing"))
    anonymous = services.create_reply(thread, writer, "Me too, years ago.", anonymous=True)
    named = services.create_reply(thread, writer, "Under my name.", anonymous=False)
    return World(
        writer=writer,
        thread=thread.public_id,
        anonymous=anonymous.public_id,
        anonymous_id=anonymous.id,
        pseudonym=anonymous.pseudonym,
        named=named.public_id,
        chief=make_user(username="chief", role=Role.ADMIN),
        deputy=make_user(username="deputy", role=Role.ADMIN),
        third=make_user(username="third", role=Role.ADMIN),
        moderator=make_user(username="steward", role=Role.MODERATOR),
        member=make_user(username="bystander"),
    )


def _requests() -> list[RevealRequest]:
    db.session.expire_all()
    return list(db.session.scalars(select(RevealRequest).order_by(RevealRequest.id)))


def _log() -> list[tuple[str, int, str]]:
    db.session.expire_all()
    lines = db.session.scalars(select(ModAction).order_by(ModAction.id))
    return [(line.action, line.actor_id, line.reason) for line in lines]


def _notices(user) -> list[str]:
    db.session.expire_all()
    return list(
        db.session.scalars(select(Notice.text).where(Notice.user_id == user.id).order_by(Notice.id))
    )


def _dump() -> str:
    """Every row of every table, but the session generation that logging out bumps (these
    tests switch administrators by logging out and in)."""
    db.session.expire_all()
    return repr(
        [
            db.session.execute(
                select(*(c for c in table.columns if c.name != "session_generation")).order_by(
                    *table.primary_key.columns
                )
            ).all()
            for table in db.metadata.sorted_tables
        ]
    )


def _page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def _as(auth, user) -> None:
    auth.logout()
    if user is not None:
        auth.login(user)


def _ask(client, auth, w, by=None, reason=WHY):
    auth.login(by or w.chief)
    return client.post(f"/mod/p/{w.anonymous}/reveal", data={"reason": reason})


def _asked(client, auth, w) -> RevealRequest:
    """chief asks; return the request."""
    assert _ask(client, auth, w).status_code == 302
    (request,) = _requests()
    return request


def _decide(client, auth, request_id, by, decision, reason):
    _as(auth, by)
    return client.post(
        f"/admin/reveals/{request_id}/decide", data={"decision": decision, "reason": reason}
    )


def _shows_the_account(page: str) -> bool:
    return WRITER in page or re.search(rf"(?<!\d){WRITER_ID}(?!\d)", page) is not None


# One administrator --------------------------------------------------------------------------


def test_a_forum_with_one_administrator_says_a_reveal_cannot_be_done(client, auth, w):
    for admin in (w.deputy, w.third):
        admin.role = Role.MEMBER
    db.session.commit()
    auth.login(w.chief)
    page = _page(client, f"/mod/p/{w.anonymous}/reveal")
    assert "only one administrator" in page and 'name="reason"' not in page
    before = _dump()
    response = client.post(f"/mod/p/{w.anonymous}/reveal", data={"reason": WHY})
    assert response.status_code == 403 and "only one administrator" in response.get_data(
        as_text=True
    )
    assert _dump() == before and _requests() == [] and _notices(w.writer) == []


def test_with_a_second_administrator_the_page_offers_the_form(client, auth, w):
    auth.login(w.chief)
    page = _page(client, f"/mod/p/{w.anonymous}/reveal")
    assert 'name="reason"' in page and "only one administrator" not in page
    assert not _shows_the_account(page)


# Asking --------------------------------------------------------------------------------------


def test_a_request_is_logged_and_the_writer_is_told_why_and_nothing_is_shown(client, auth, w):
    response = _ask(client, auth, w)
    (request,) = _requests()
    assert response.headers["Location"] == f"/admin/reveals/{request.id}"
    assert (request.post_id, request.requester_id, request.reason) == (
        w.anonymous_id,
        w.chief.id,
        WHY,
    )
    assert request.decision is None and request.seen_at is None
    assert _log() == [("reveal requested", w.chief.id, WHY)]
    (notice,) = _notices(w.writer)
    assert "An administrator asked to see who wrote" in notice and WHY in notice
    page = _page(client, f"/admin/reveals/{request.id}")
    assert "Waiting for a second administrator" in page and not _shows_the_account(page)


def test_a_double_submit_makes_one_request(client, auth, w):
    _ask(client, auth, w)
    second = client.post(f"/mod/p/{w.anonymous}/reveal", data={"reason": "Again."})
    assert second.status_code == 302
    assert "already asked" in _page(client, second.headers["Location"])
    assert len(_requests()) == 1 and len(_log()) == 1 and len(_notices(w.writer)) == 1


def test_the_reveal_page_says_a_request_is_pending_instead_of_offering_a_second(client, auth, w):
    request = _asked(client, auth, w)
    page = _page(client, f"/mod/p/{w.anonymous}/reveal")
    assert "already asked" in page and 'name="reason"' not in page
    assert f"/admin/reveals/{request.id}" in page


def test_another_administrator_may_ask_about_the_same_post(client, auth, w):
    _asked(client, auth, w)
    _as(auth, w.deputy)
    assert client.post(f"/mod/p/{w.anonymous}/reveal", data={"reason": WHY}).status_code == 302
    assert [r.requester_id for r in _requests()] == [w.chief.id, w.deputy.id]


def test_the_database_holds_one_open_request_per_post_and_administrator(w):
    for _ in range(2):
        db.session.add(RevealRequest(post_id=w.anonymous_id, requester_id=w.chief.id, reason="x"))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_two_requests_sent_at_once_make_one(w, monkeypatch):
    """The second of two simultaneous submits passes the check for an open request before the
    first commits; the database's unique index turns it back into the first."""
    post = db.session.get(Post, w.anonymous_id)
    first, created = reveal.request_reveal(post, w.chief, WHY)
    assert created
    real, calls = reveal.open_request, []

    def late(*args):  # the first look finds nothing: the other submit has not committed yet
        calls.append(args)
        return None if len(calls) == 1 else real(*args)

    monkeypatch.setattr(reveal, "open_request", late)
    assert reveal.request_reveal(post, w.chief, "Again.") == (first, False)
    assert len(calls) == 2
    assert len(_requests()) == 1 and len(_log()) == 1 and len(_notices(w.writer)) == 1


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_request_needs_a_reason(client, auth, w, reason):
    response = _ask(client, auth, w, reason=reason)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Please write a reason." in page
    assert 'name="reason"' in page and not _shows_the_account(page)
    assert _requests() == [] and _log() == [] and _notices(w.writer) == []


def test_a_refused_request_form_keeps_what_was_typed(client, auth, w):
    long = "Because " + "x" * 600
    response = _ask(client, auth, w, reason=long)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Use at most 500 characters." in page
    assert long in page and _requests() == []


def test_a_named_post_has_nothing_to_reveal(client, auth, w):
    auth.login(w.chief)
    assert client.get(f"/mod/p/{w.named}/reveal").status_code == 403
    assert client.post(f"/mod/p/{w.named}/reveal", data={"reason": WHY}).status_code == 403
    assert _requests() == [] and _log() == []


def test_an_unknown_post_is_a_404(client, auth, w):
    auth.login(w.chief)
    assert client.get("/mod/p/aaaaaaaaaaaa/reveal").status_code == 404


# Deciding ------------------------------------------------------------------------------------


def test_after_approval_the_requester_sees_the_username_exactly_once(client, auth, w):
    request = _asked(client, auth, w)
    response = _decide(client, auth, request.id, w.deputy, "approve", YES)
    assert response.status_code == 302
    _as(auth, w.chief)
    listing = _page(client, "/admin/reveals")
    assert "Approved" in listing and not _shows_the_account(listing)
    before = _page(client, f"/admin/reveals/{request.id}")  # a GET spends nothing
    assert "Show who wrote it" in before and not _shows_the_account(before)
    assert _requests()[0].seen_at is None
    first = client.post(f"/admin/reveals/{request.id}/show")
    assert first.status_code == 200 and f"<strong>{WRITER}</strong>" in first.text
    assert _requests()[0].seen_at is not None
    again = client.post(f"/admin/reveals/{request.id}/show", follow_redirects=True).text
    assert "already shown" in again and not _shows_the_account(again)
    page = _page(client, f"/admin/reveals/{request.id}")
    assert "already shown" in page and "Show who wrote it" not in page


def test_the_approver_never_sees_the_account(client, auth, w):
    request = _asked(client, auth, w)
    _as(auth, w.deputy)
    before = _page(client, f"/admin/reveals/{request.id}")
    assert w.pseudonym in before and not _shows_the_account(before)
    _decide(client, auth, request.id, w.deputy, "approve", YES)
    for url in (f"/admin/reveals/{request.id}", "/admin/reveals", f"/mod/p/{w.anonymous}"):
        assert not _shows_the_account(_page(client, url)), url
    shown = client.post(f"/admin/reveals/{request.id}/show")
    assert shown.status_code == 403 and not _shows_the_account(shown.text)
    assert _requests()[0].seen_at is None


def test_nobody_but_the_requester_sees_the_account_after_approval(client, auth, w):
    request = _asked(client, auth, w)
    _decide(client, auth, request.id, w.deputy, "approve", YES)
    for admin in (w.third, w.deputy):
        _as(auth, admin)
        assert not _shows_the_account(_page(client, f"/admin/reveals/{request.id}"))
    assert _requests()[0].seen_at is None
    _as(auth, w.moderator)
    assert client.get(f"/admin/reveals/{request.id}").status_code == 403
    assert not _shows_the_account(_page(client, "/mod/log"))


def test_a_refused_request_never_shows_the_account(client, auth, w):
    request = _asked(client, auth, w)
    assert _decide(client, auth, request.id, w.deputy, "refuse", NO).status_code == 302
    _as(auth, w.chief)
    for _ in range(2):
        page = _page(client, f"/admin/reveals/{request.id}")
        assert "Refused" in page and NO in page and not _shows_the_account(page)
    assert _requests()[0].seen_at is None


def test_the_requester_cannot_decide_their_own_request(client, auth, w):
    request = _asked(client, auth, w)
    page = _page(client, f"/admin/reveals/{request.id}")
    assert 'name="decision"' not in page
    before = _dump()
    for decision in ("approve", "refuse"):
        response = client.post(
            f"/admin/reveals/{request.id}/decide", data={"decision": decision, "reason": YES}
        )
        assert response.status_code == 403
    assert _dump() == before


def test_an_administrator_who_wrote_the_post_cannot_decide_on_it(
    client, auth, w, make_thread, make_category
):
    thread = make_thread(category=make_category())
    theirs = services.create_reply(thread, w.deputy, "Mine, anonymously.", anonymous=True)
    auth.login(w.chief)
    client.post(f"/mod/p/{theirs.public_id}/reveal", data={"reason": WHY})
    (request,) = _requests()
    _as(auth, w.deputy)
    assert str(request.id) not in re.findall(
        r"/admin/reveals/(\d+)", _page(client, "/admin/reveals")
    )
    page = _page(client, f"/admin/reveals/{request.id}")
    assert 'name="decision"' not in page
    before = _dump()
    assert _decide(client, auth, request.id, w.deputy, "refuse", NO).status_code == 403
    assert _dump() == before
    assert _decide(client, auth, request.id, w.third, "refuse", NO).status_code == 302


def test_a_request_is_decided_once(client, auth, w):
    request = _asked(client, auth, w)
    _decide(client, auth, request.id, w.deputy, "refuse", NO)
    before = _dump()
    response = _decide(client, auth, request.id, w.third, "approve", YES)
    assert response.status_code == 302
    assert "already decided" in _page(client, response.headers["Location"])
    assert _dump() == before
    assert _requests()[0].decision == "refused"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"decision": "approve", "reason": ""}, "Please write a reason."),
        ({"decision": "refuse", "reason": "   "}, "Please write a reason."),
        ({"reason": YES}, "Please choose"),
        ({"decision": "maybe", "reason": YES}, "Please choose"),
        ({"decision": "approve", "reason": "Because " + "y" * 600}, "Use at most 500"),
    ],
)
def test_a_decision_needs_a_choice_and_a_reason_and_keeps_the_text(client, auth, w, data, message):
    request = _asked(client, auth, w)
    _as(auth, w.deputy)
    before = _dump()
    response = client.post(f"/admin/reveals/{request.id}/decide", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and message in page and 'name="decision"' in page
    if data.get("reason", "").strip():
        assert data["reason"] in page
    assert _dump() == before


def test_decisions_are_logged_on_the_post_and_the_writer_is_told_which_and_why(client, auth, w):
    first = _asked(client, auth, w)
    _decide(client, auth, first.id, w.deputy, "refuse", NO)
    _as(auth, w.deputy)
    client.post(f"/mod/p/{w.anonymous}/reveal", data={"reason": "Second try."})
    second = _requests()[-1]
    _decide(client, auth, second.id, w.third, "approve", YES)
    assert _log() == [
        ("reveal requested", w.chief.id, WHY),
        ("reveal refused", w.deputy.id, NO),
        ("reveal requested", w.deputy.id, "Second try."),
        ("reveal approved", w.third.id, YES),
    ]
    lines = db.session.scalars(select(ModAction).order_by(ModAction.id)).all()
    assert {line.post_id for line in lines} == {w.anonymous_id}
    asked, refused, asked_again, approved = _notices(w.writer)
    assert "asked to see who wrote" in asked and WHY in asked
    assert "refused" in refused and NO in refused
    assert "Second try." in asked_again
    assert "approved" in approved and YES in approved
    _as(auth, w.writer)
    home = _page(client, "/")
    assert NO in home and YES in home


def test_the_log_names_the_post_by_its_pseudonym_never_the_account(client, auth, w):
    request = _asked(client, auth, w)
    _decide(client, auth, request.id, w.deputy, "approve", YES)
    _as(auth, w.chief)
    client.post(f"/admin/reveals/{request.id}/show")  # the one showing
    for viewer in (w.moderator, w.chief, w.deputy):
        _as(auth, viewer)
        for url in (
            "/mod/log",
            "/mod/log?action=reveal+requested",
            "/mod/log?action=reveal+approved",
        ):
            page = _page(client, url)
            assert w.pseudonym in page and not _shows_the_account(page), url
    for _, _, reason in _log():
        assert WRITER not in reason


# Who may ----------------------------------------------------------------------------------------


def _routes(w, request_id) -> list[tuple[str, str, dict]]:
    return [
        ("GET", f"/mod/p/{w.anonymous}/reveal", {}),
        ("POST", f"/mod/p/{w.anonymous}/reveal", {"reason": WHY}),
        ("GET", "/admin/reveals", {}),
        ("GET", f"/admin/reveals/{request_id}", {}),
        ("POST", f"/admin/reveals/{request_id}/decide", {"decision": "approve", "reason": YES}),
        ("POST", f"/admin/reveals/{request_id}/show", {}),
    ]


@pytest.mark.parametrize("who", ["moderator", "member"])
def test_moderators_and_members_get_403_on_every_reveal_route(client, auth, w, who):
    request = _asked(client, auth, w)
    _decide(client, auth, request.id, w.deputy, "approve", YES)
    _as(auth, w[who])
    before = _dump()
    for method, url, data in _routes(w, request.id):
        response = client.open(url, method=method, data=data)
        assert response.status_code == 403, (method, url)
        assert not _shows_the_account(response.get_data(as_text=True))
    assert _dump() == before


def test_visitors_are_sent_to_log_in(client, auth, w):
    request = _asked(client, auth, w)
    auth.logout()
    before = _dump()
    for method, url, data in _routes(w, request.id):
        response = client.open(url, method=method, data=data)
        assert response.status_code == 302 and response.headers["Location"].startswith(
            "/login?next="
        )
    assert _dump() == before


def test_the_moderation_page_links_to_the_reveal_for_administrators_only(client, auth, w):
    auth.login(w.chief)
    assert f"/mod/p/{w.anonymous}/reveal" in _page(client, f"/mod/p/{w.anonymous}")
    assert f"/mod/p/{w.named}/reveal" not in _page(client, f"/mod/p/{w.named}")
    _as(auth, w.moderator)
    assert f"/mod/p/{w.anonymous}/reveal" not in _page(client, f"/mod/p/{w.anonymous}")
    assert "/admin/reveals" not in _page(client, "/mod")
    _as(auth, w.chief)
    assert "/admin/reveals" in _page(client, "/mod")


def test_an_unknown_request_is_a_404(client, auth, w):
    auth.login(w.chief)
    assert client.get("/admin/reveals/999").status_code == 404
    response = client.post("/admin/reveals/999/decide", data={"decision": "approve", "reason": YES})
    assert response.status_code == 404


@pytest.fixture
def csrf_client(make_app, w):
    """A client of an app that checks CSRF tokens, logged in as the deputy administrator."""
    app = make_app(WTF_CSRF_ENABLED=True)
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    data = {"username": "deputy", "password": PASSWORD, "csrf_token": token}
    assert client.post("/login", data=data).status_code == 302
    return client


def test_every_reveal_post_needs_its_csrf_token(csrf_client, w):
    request = RevealRequest(post_id=w.anonymous_id, requester_id=w.chief.id, reason=WHY)
    db.session.add(request)
    db.session.commit()
    before = _dump()
    for data in ({}, {"csrf_token": "forged"}):
        for url, form in (
            (f"/mod/p/{w.anonymous}/reveal", {"reason": WHY}),
            (f"/admin/reveals/{request.id}/decide", {"decision": "approve", "reason": YES}),
        ):
            assert csrf_client.post(url, data={**form, **data}).status_code == 400
    assert _dump() == before


def test_the_forms_carry_their_csrf_token(csrf_client, w):
    request = RevealRequest(post_id=w.anonymous_id, requester_id=w.chief.id, reason=WHY)
    db.session.add(request)
    db.session.commit()
    for url in (f"/mod/p/{w.anonymous}/reveal", f"/admin/reveals/{request.id}"):
        page = csrf_client.get(url).get_data(as_text=True)
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        assert token


# The administrators' page ----------------------------------------------------------------------


def test_the_reveals_page_says_when_there_is_nothing(client, auth, w):
    auth.login(w.chief)
    page = _page(client, "/admin/reveals")
    assert "No request is waiting for you" in page and "You have not asked" in page


def test_the_reveals_page_lists_others_pending_requests_and_ones_own_with_their_state(
    client, auth, w
):
    request = _asked(client, auth, w)
    mine = _page(client, "/admin/reveals")
    assert "No request is waiting for you" in mine
    assert "Waiting for a second administrator" in mine and WHY in mine
    _as(auth, w.deputy)
    theirs = _page(client, "/admin/reveals")
    assert f'href="/admin/reveals/{request.id}"' in theirs and WHY in theirs
    assert w.pseudonym in theirs and "chief" in theirs
    assert f'href="/mod/p/{w.anonymous}"' in theirs
    assert f'"/mod/p/{w.anonymous_id}"' not in theirs and not _shows_the_account(theirs)
    _decide(client, auth, request.id, w.deputy, "refuse", NO)
    assert "No request is waiting for you" in _page(client, "/admin/reveals")
    _as(auth, w.chief)
    assert "Refused" in _page(client, "/admin/reveals")


def test_times_on_the_reveal_pages_go_no_finer_than_the_hour(client, auth, w):
    request = _asked(client, auth, w)
    _decide(client, auth, request.id, w.deputy, "approve", YES)
    stamps = []
    for viewer in (w.chief, w.deputy):
        _as(auth, viewer)
        for url in ("/admin/reveals", f"/admin/reveals/{request.id}"):
            page = _page(client, url)
            stamps += re.findall(r'datetime="([^"]+)"', page)
            assert "minute" not in page and "just now" not in page, url
    assert len(stamps) >= 5 and all(re.search(r"T\d\d:00", stamp) for stamp in stamps)


def test_the_reveals_page_paginates_both_lists(make_app, w, make_thread, make_category):
    thread = make_thread(category=make_category())
    for n in range(3):
        post = services.create_reply(thread, w.writer, f"Anonymous {n}.", anonymous=True)
        for requester in (w.chief, w.deputy):
            db.session.add(
                RevealRequest(post_id=post.id, requester_id=requester.id, reason=f"r{n}")
            )
    db.session.commit()
    app = make_app(QUEUE_PER_PAGE=2)
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    client.post("/login", data={"username": "chief", "password": PASSWORD})
    ids = {r.id for r in _requests()}
    seen_pending, seen_mine = set(), set()
    for url in ("/admin/reveals", "/admin/reveals?page=2", "/admin/reveals?mine=2"):
        page = client.get(url).get_data(as_text=True)
        pending, _, mine = page.partition('id="mine"')
        seen_pending |= set(map(int, re.findall(r"/admin/reveals/(\d+)", pending)))
        seen_mine |= set(map(int, re.findall(r"/admin/reveals/(\d+)", mine)))
    others = {r.id for r in _requests() if r.requester_id == w.deputy.id}
    assert seen_pending == others and seen_mine == ids - others
    assert client.get("/admin/reveals?page=3").status_code == 404
    assert 'href="/admin/reveals?page=2"' in client.get("/admin/reveals").get_data(as_text=True)


# The services ------------------------------------------------------------------------------------


def test_the_account_is_shown_once_even_when_asked_twice_at_once(w):
    request = RevealRequest(
        post_id=w.anonymous_id,
        requester_id=w.chief.id,
        reason=WHY,
        decided_by_id=w.deputy.id,
        decision="approved",
        decision_reason=YES,
        decided_at=utcnow(),
    )
    db.session.add(request)
    db.session.commit()
    stale = db.session.get(RevealRequest, request.id)
    assert reveal.show_revealed_writer(stale, w.chief) == WRITER
    assert reveal.show_revealed_writer(stale, w.chief) is None
    assert reveal.show_revealed_writer(stale, w.deputy) is None


def test_services_refuse_what_is_not_allowed(w):
    post = db.session.get(Post, w.anonymous_id)
    with pytest.raises(reveal.RevealNotAllowed):
        reveal.request_reveal(post, w.moderator, WHY)
    with pytest.raises(reveal.RevealNotAllowed):
        reveal.request_reveal(post, w.chief, "  ")
    request, created = reveal.request_reveal(post, w.chief, WHY)
    assert created
    assert reveal.request_reveal(post, w.chief, "Again.") == (request, False)
    with pytest.raises(reveal.RevealNotAllowed):
        reveal.decide_reveal(request, w.chief, approve=True, reason=YES)
    with pytest.raises(reveal.RevealNotAllowed):
        reveal.decide_reveal(request, w.deputy, approve=True, reason="")
    assert reveal.show_revealed_writer(request, w.chief) is None  # not approved yet
    assert reveal.decide_reveal(request, w.deputy, approve=True, reason=YES) is True
    assert reveal.decide_reveal(request, w.third, approve=False, reason=NO) is False
