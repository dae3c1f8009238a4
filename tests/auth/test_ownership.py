"""Deleting one's account (posts erased, or kept anonymised) and what is left of it; the
export of one's data, to the member alone. The pages walked for leaks after a deletion are
in test_ownership_leaks.py."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from forum.anonymity.presentation import quote_markdown
from forum.anonymity.pseudonyms import ORIGINAL_POSTER
from forum.auth import ownership
from forum.auth.services import USERNAME_RE, create_user
from forum.extensions import db
from forum.models import (
    HeldBecause,
    MailKind,
    ModAction,
    Notice,
    Notification,
    OutboxMail,
    Post,
    PostStatus,
    Report,
    ReportReason,
    RevealRequest,
    Role,
    Thread,
    User,
    Vote,
    Watch,
    utcnow,
)
from forum.moderation import audit, members, reports
from forum.moderation import posts as moderation
from forum.moderation import reveal as reveals
from forum.notify import resets, tokens
from forum.threads import helped, services, votes
from tests.conftest import PASSWORD, RequestPerContextClient

USERNAME = "wren_alder"
EMAIL = "wren.alder@example.org"
PROFESSION = "Endoscopy nurse"


@dataclass
class World:
    alice: int  # the member who deletes their account (ids: the session forgets objects)
    bob: int
    carol: int
    moderator: int
    admin: int
    story: int  # alice's named story S
    own_named_reply: int  # alice's named reply in S
    own_anonymous_reply: int  # alice's anonymous reply in S
    bobs_reply: int  # bob's reply in S, which alice voted for and marked "This helped me"
    other_story: int  # bob's named story T, which alice voted for
    anonymous_in_t: int  # alice's anonymous reply in T
    named_in_t: int  # alice's named reply in T
    quoting: int  # carol's reply in T quoting alice's named reply under her username
    held: int  # alice's reply in carol's story U, held by the guard
    rejected: int  # alice's reply in U, rejected
    carols_story: int  # carol's anonymous story U, which alice reported (still open)


def _post(post_id: int) -> Post | None:
    return db.session.get(Post, post_id)


def _with_author(post_id: int) -> Post:
    """The post with its author loaded, as author_label (and so quote_markdown) needs it."""
    db.session.expire_all()
    return db.session.scalar(
        select(Post).options(joinedload(Post.author)).where(Post.id == post_id)
    )


def _user(user_id: int) -> User:
    db.session.expire_all()
    return db.session.get(User, user_id)


@pytest.fixture
def world(make_user, make_category, make_thread, make_reply) -> World:
    alice = make_user(username=USERNAME, email=EMAIL, profession=PROFESSION)
    alice.email_confirmed_at = utcnow()
    bob, carol = make_user(username="bob_fenn"), make_user(username="carol_tarn")
    moderator = make_user(username="mod_rowan", role=Role.MODERATOR)
    admin = make_user(username="admin_hazel", role=Role.ADMIN)
    db.session.commit()
    category = make_category()

    s = make_thread(author=alice, category=category, title="The chart I signed too early")
    story = db.session.scalar(select(Post).where(Post.thread_id == s.id, Post.is_opening))
    bobs_reply = make_reply(s, author=bob, body="I did the same once.")
    own_named = make_reply(s, author=alice, body="Thank you, that helps.")
    own_anonymous = make_reply(s, author=alice, body="Writing this down helped.", anonymous=True)

    t = make_thread(author=bob, category=category, title="A handover I rushed")
    other_story = db.session.scalar(select(Post).where(Post.thread_id == t.id, Post.is_opening))
    anonymous_in_t = make_reply(t, author=alice, body="It happened to me too.", anonymous=True)
    named_in_t = make_reply(t, author=alice, body="We now hand over at the bedside.")
    link = f"/p/{named_in_t.public_id}"
    quoted = quote_markdown(_with_author(named_in_t.id), link)
    quoting = make_reply(t, author=carol, body=quoted + "Same here.")

    u = make_thread(
        author=carol, category=category, title="Night four", anonymous=True, no_why_replies=True
    )
    carols_story = db.session.scalar(select(Post).where(Post.thread_id == u.id, Post.is_opening))
    held = services.create_reply(
        u, alice, "Why did you not ask?", anonymous=False, held_because=HeldBecause.GUARD
    )
    rejected = services.create_reply(
        u, alice, "Why did you not call?", anonymous=False, held_because=HeldBecause.GUARD
    )
    moderation.reject(rejected, moderator, "Please tell your own experience instead.")

    alice = db.session.get(User, alice.id)
    votes.set_vote(bobs_reply, alice, True)
    votes.set_vote(other_story, alice, True)
    votes.set_vote(bobs_reply, carol, True)
    helped.set_helped(bobs_reply, alice, True)
    reports.report_post(carols_story, alice, ReportReason.OTHER, "Names a ward.")
    reports.report_post(other_story, alice, ReportReason.OTHER, "Old report.")
    moderation.approve(other_story, moderator, "Fine as it is.")  # closes that report
    db.session.add(OutboxMail(user_id=alice.id, kind=MailKind.CONFIRM, address=EMAIL))
    db.session.commit()
    ids = World(
        alice=alice.id,
        bob=bob.id,
        carol=carol.id,
        moderator=moderator.id,
        admin=admin.id,
        story=story.id,
        own_named_reply=own_named.id,
        own_anonymous_reply=own_anonymous.id,
        bobs_reply=bobs_reply.id,
        other_story=other_story.id,
        anonymous_in_t=anonymous_in_t.id,
        named_in_t=named_in_t.id,
        quoting=quoting.id,
        held=held.id,
        rejected=rejected.id,
        carols_story=carols_story.id,
    )
    # Preconditions: alice has something in every table the deletion empties.
    for model, column in [
        (Vote, Vote.user_id),
        (Watch, Watch.user_id),
        (Notification, Notification.user_id),
        (Notice, Notice.user_id),
        (OutboxMail, OutboxMail.user_id),
        (Report, Report.reporter_id),
    ]:
        assert db.session.scalar(select(func.count()).where(column == alice.id)), model
    return ids


def _delete(world: World, posts: str) -> bool:
    return ownership.delete_account(_user(world.alice), password=PASSWORD, posts=posts)


def _count(column, value) -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).where(column == value))


# Posts: kept, anonymised -----------------------------------------------------------------------


def test_keeping_posts_turns_a_named_story_into_the_original_posters(world):
    assert _delete(world, "keep")
    story = _post(world.story)
    assert story.anonymous and story.pseudonym == ORIGINAL_POSTER
    assert story.body_md == "What happened was this." and story.status == PostStatus.PUBLISHED
    assert db.session.get(Thread, story.thread_id).anonymous
    # Readers knew the named story and the named reply were one person's: both are the OP.
    assert _post(world.own_named_reply).pseudonym == ORIGINAL_POSTER


def test_posts_anonymous_already_keep_their_names(world):
    before = {i: _post(i).pseudonym for i in (world.own_anonymous_reply, world.anonymous_in_t)}
    _delete(world, "keep")
    db.session.expire_all()
    assert {i: _post(i).pseudonym for i in before} == before


def test_a_named_reply_never_takes_the_name_of_the_writers_anonymous_posts_in_the_thread(world):
    """Else every reader of the named reply would learn who wrote the anonymous one."""
    hidden = _post(world.anonymous_in_t).pseudonym
    _delete(world, "keep")
    turned = _post(world.named_in_t)
    assert turned.anonymous and turned.body_md == "We now hand over at the bedside."
    assert turned.pseudonym not in (hidden, ORIGINAL_POSTER, None)
    names = db.session.scalars(
        select(Post.pseudonym).where(Post.thread_id == turned.thread_id, Post.id != turned.id)
    ).all()
    assert turned.pseudonym not in names


def test_quotes_of_a_named_post_take_its_new_name(world):
    _delete(world, "keep")
    quoting = _post(world.quoting)
    name = _post(world.named_in_t).pseudonym
    assert f"**{name}** wrote" in quoting.body_md and name in quoting.body_html
    assert db.session.scalar(select(Post.id).where(Post.body_md.contains(USERNAME))) is None
    assert db.session.scalar(select(Post.id).where(Post.body_html.contains(USERNAME))) is None


def test_keeping_posts_keeps_held_replies_and_withdraws_rejected_ones(world):
    _delete(world, "keep")
    held = _post(world.held)
    assert held.status == PostStatus.HELD and held.anonymous and held.body_md
    rejected = _post(world.rejected)
    assert rejected.status == PostStatus.WITHDRAWN and rejected.body_md == ""
    assert rejected.anonymous


def test_keeping_posts_keeps_the_authors_helped_marks(world):
    _delete(world, "keep")
    assert _post(world.bobs_reply).helped_author


# Posts: erased --------------------------------------------------------------------------------


def test_erasing_posts_keeps_their_places_without_their_text(world):
    _delete(world, "erase")
    for post_id in (world.story, world.own_named_reply, world.own_anonymous_reply):
        post = _post(post_id)
        assert post.status == PostStatus.DELETED and post.anonymous
        assert post.body_md == post.body_html == ""
    assert _post(world.held) is None  # never published: nothing of it stays
    assert _post(world.rejected).status == PostStatus.WITHDRAWN
    thread = db.session.get(Thread, _post(world.story).thread_id)
    assert thread.title == ownership.ERASED_TITLE and thread.anonymous


def test_erasing_posts_recounts_the_threads_replies(world):
    _delete(world, "erase")
    story = _post(world.story)
    assert db.session.get(Thread, story.thread_id).reply_count == 1  # bob's reply alone
    assert services.recount_all_threads() == 0
    assert votes.recount_scores() == 0


def test_erasing_posts_takes_back_the_authors_helped_marks(world):
    _delete(world, "erase")
    assert not _post(world.bobs_reply).helped_author


def test_erasing_keeps_other_members_replies_whole(world):
    _delete(world, "erase")
    assert _post(world.bobs_reply).body_md == "I did the same once."
    quoting = _post(world.quoting)
    assert "Same here." in quoting.body_md and USERNAME not in quoting.body_md


# The account ---------------------------------------------------------------------------------


@pytest.mark.parametrize("posts", ["erase", "keep"])
def test_the_account_row_is_a_tombstone_with_nothing_of_the_person(world, posts):
    _delete(world, posts)
    user = _user(world.alice)
    assert user.deleted_at is not None and user.account_name == "a deleted account"
    assert user.username != USERNAME and not USERNAME_RE.fullmatch(user.username)
    assert user.email is None and user.email_confirmed_at is None
    assert user.profession is None and user.role == Role.MEMBER
    assert user.password_hash == ownership.NO_PASSWORD
    assert not user.auto_watch and user.open_notices == 0
    assert {user.mail_reply, user.mail_quote, user.mail_helpful, user.mail_held} == {"off"}
    assert user.created_at == user.deleted_at  # the join date is gone too


@pytest.mark.parametrize("posts", ["erase", "keep"])
def test_every_post_of_the_account_is_anonymous_afterwards(world, posts):
    _delete(world, posts)
    named = select(func.count()).where(Post.author_id == world.alice, ~Post.anonymous)
    assert db.session.scalar(named) == 0
    threads = select(func.count()).where(Thread.author_id == world.alice, ~Thread.anonymous)
    assert db.session.scalar(threads) == 0
    shown = select(func.count()).where(Post.author_id == world.alice, Post.show_profession)
    assert db.session.scalar(shown) == 0


@pytest.mark.parametrize("posts", ["erase", "keep"])
def test_votes_go_and_the_scores_they_made_are_recounted(world, posts):
    assert _post(world.bobs_reply).score == 2
    _delete(world, posts)
    assert _count(Vote.user_id, world.alice) == 0
    assert _post(world.bobs_reply).score == 1 and _post(world.other_story).score == 0
    assert votes.recount_scores() == 0


@pytest.mark.parametrize("posts", ["erase", "keep"])
def test_watches_notifications_notices_and_mail_of_the_account_go(world, posts):
    _delete(world, posts)
    for column in (
        Watch.user_id,
        Notification.user_id,
        Notice.user_id,
        OutboxMail.user_id,
    ):
        assert _count(column, world.alice) == 0, column


def test_open_reports_stay_for_the_moderators_and_closed_ones_go(world):
    _delete(world, "keep")
    left = db.session.scalars(select(Report).where(Report.reporter_id == world.alice)).all()
    assert [(r.post_id, r.resolved_at) for r in left] == [(world.carols_story, None)]


def test_other_members_data_is_untouched(world):
    before = _count(Vote.user_id, world.carol), _count(Watch.user_id, world.bob)
    _delete(world, "erase")
    assert (_count(Vote.user_id, world.carol), _count(Watch.user_id, world.bob)) == before
    assert _user(world.bob).username == "bob_fenn"


def test_deleting_twice_changes_nothing_the_second_time(world):
    assert _delete(world, "keep")
    user = _user(world.alice)
    state = (user.username, user.deleted_at, user.session_generation)
    assert not ownership.delete_account(user, password=PASSWORD, posts="erase")
    user = _user(world.alice)
    assert (user.username, user.deleted_at, user.session_generation) == state
    assert _post(world.story).body_md  # kept, not erased by the second call


def test_a_wrong_password_deletes_nothing(world):
    with pytest.raises(ownership.WrongPassword):
        ownership.delete_account(_user(world.alice), password="not it at all", posts="erase")
    user = _user(world.alice)
    assert user.deleted_at is None and user.username == USERNAME
    assert _post(world.story).body_md and _count(Vote.user_id, world.alice) == 2


def test_the_last_administrator_cannot_delete_their_account(world):
    admin = _user(world.admin)
    with pytest.raises(ownership.LastAdmin):
        ownership.delete_account(admin, password=PASSWORD, posts="keep")
    admin = _user(world.admin)
    assert admin.deleted_at is None and admin.role == Role.ADMIN


def test_an_administrator_with_another_one_can_delete_their_account(world, make_user):
    make_user(role=Role.ADMIN)
    assert ownership.delete_account(_user(world.admin), password=PASSWORD, posts="keep")
    assert _user(world.admin).role == Role.MEMBER


def test_a_deleted_administrator_is_no_second_one(world, make_user):
    other = make_user(role=Role.ADMIN)
    assert ownership.delete_account(other, password=PASSWORD, posts="keep")
    with pytest.raises(ownership.LastAdmin):
        ownership.delete_account(_user(world.admin), password=PASSWORD, posts="keep")


# Nothing links back, nothing reaches the tombstone --------------------------------------------


def test_the_old_username_is_free_to_register_at_once(world, client):
    _delete(world, "keep")
    data = {"username": USERNAME, "password": PASSWORD, "confirm": PASSWORD}
    assert client.post("/register", data=data).status_code == 302
    newcomer = db.session.scalar(User.by_username(USERNAME))
    assert newcomer.id != world.alice
    assert db.session.scalar(select(func.count()).where(Post.author_id == newcomer.id)) == 0


def test_the_profile_of_a_deleted_account_is_a_404(world, client):
    assert client.get(f"/u/{USERNAME}").status_code == 200
    _delete(world, "keep")
    assert client.get(f"/u/{USERNAME}").status_code == 404
    tombstone = _user(world.alice).username
    assert client.get(f"/u/{tombstone}").status_code == 404


@pytest.mark.parametrize("name", [USERNAME, "tombstone"])
def test_the_tombstone_cannot_log_in_by_any_name_or_password(world, client, name):
    _delete(world, "keep")
    tombstone = _user(world.alice)
    username = tombstone.username if name == "tombstone" else USERNAME
    for password in (PASSWORD, ownership.NO_PASSWORD, ""):
        response = client.post("/login", data={"username": username, "password": password})
        assert response.status_code == 200  # the form again, not a session
    assert client.get("/account").status_code == 302


def test_the_tombstone_gets_no_password_reset_and_old_links_die(world):
    link = tokens.reset_token(_user(world.alice))
    _delete(world, "keep")
    assert resets.request_reset(USERNAME) == resets.request_reset(EMAIL) == 0
    with pytest.raises(tokens.BadToken):
        resets.account_for_reset(link)


def test_an_old_unsubscribe_link_of_the_account_is_no_good(world, client):
    link = tokens.unsubscribe_token(_user(world.alice), "all")
    _delete(world, "keep")
    assert client.get(f"/unsubscribe/{link}").status_code == 400


def test_nothing_new_reaches_the_tombstone(world, make_reply):
    """A quote of a kept post, a vote on it, a moderator's warning: nobody is there."""
    _delete(world, "keep")
    kept = _with_author(world.named_in_t)
    thread = db.session.get(Thread, kept.thread_id)
    make_reply(thread, body=quote_markdown(kept, f"/p/{kept.public_id}") + "Agreed.")
    votes.set_vote(_post(world.named_in_t), _user(world.bob), True)
    members.warn(_post(world.named_in_t), _user(world.moderator), "Mind the tone.")
    assert _count(Notification.user_id, world.alice) == 0
    assert _count(Notice.user_id, world.alice) == 0
    assert _count(OutboxMail.user_id, world.alice) == 0


def test_a_deleted_moderators_log_lines_stay_and_name_a_deleted_account(world, client, auth):
    moderator = _user(world.moderator)
    assert ownership.delete_account(moderator, password=PASSWORD, posts="keep")
    assert _count(ModAction.actor_id, world.moderator) == 2  # a rejection, a dismissal
    other = create_user("mod_second", PASSWORD, Role.MODERATOR)
    auth.login(other)
    page = client.get("/mod/log").get_data(as_text=True)
    assert "a deleted account" in page and "mod_rowan" not in page
    assert _user(world.moderator).username not in page


def test_the_log_names_a_deleted_appointee_as_a_deleted_account(world):
    member = _user(world.bob)
    members.set_moderator(member, True, _user(world.admin), "Helps a lot.")
    assert ownership.delete_account(_user(world.bob), password=PASSWORD, posts="keep")
    db.session.expire_all()
    [entry] = db.session.scalars(audit.log_entries(audit.Action.APPOINT)).all()
    assert audit.describe(entry) == "a deleted account"


def test_a_reveal_of_a_deleted_accounts_post_shows_no_username(world, make_user):
    second = make_user(role=Role.ADMIN)
    admin = _user(world.admin)
    asked, _ = reveals.request_reveal(_post(world.anonymous_in_t), admin, "A risk to a patient.")
    reveals.decide_reveal(asked, second, approve=True, reason="A real risk.")
    _delete(world, "keep")
    shown = reveals.show_revealed_writer(db.session.get(RevealRequest, asked.id), _user(admin.id))
    assert shown == "a deleted account"


# The pages ----------------------------------------------------------------------------------


def _log_in(app, user_id: int, **extra):
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    name = _user(user_id).username
    response = client.post("/login", data={"username": name, "password": PASSWORD, **extra})
    assert response.status_code == 302
    return client


def _form(**fields) -> dict:
    return {"posts": "keep", "password": PASSWORD, **fields}


def test_the_account_page_links_the_export_and_the_deletion(app, world):
    page = _log_in(app, world.alice).get("/account").get_data(as_text=True)
    assert 'href="/account/export"' in page and 'href="/account/delete"' in page


def test_the_deletion_page_offers_both_choices_and_chooses_neither(app, world):
    page = _log_in(app, world.alice).get("/account/delete").get_data(as_text=True)
    assert 'value="erase"' in page and 'value="keep"' in page
    assert "checked" not in page
    assert 'type="password"' in page and "Delete my account" in page


def test_a_deletion_without_a_choice_deletes_nothing_and_asks_for_one(app, world):
    client = _log_in(app, world.alice)
    response = client.post("/account/delete", data={"password": PASSWORD})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Choose what happens to your posts" in page
    assert _user(world.alice).deleted_at is None


@pytest.mark.parametrize("choice", ["", "both", "ERASE", "keep erase"])
def test_a_choice_that_is_neither_deletes_nothing(app, world, choice):
    response = _log_in(app, world.alice).post("/account/delete", data=_form(posts=choice))
    assert response.status_code == 200
    assert _user(world.alice).deleted_at is None


@pytest.mark.parametrize("password", ["", "wrong password here", "x" * 1000, "pässwörd 🙂"])
def test_a_wrong_password_comes_back_with_a_message_and_the_choice(app, world, password):
    client = _log_in(app, world.alice)
    response = client.post("/account/delete", data=_form(posts="erase", password=password))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert re.search(r'value="erase"[^>]*checked|checked[^>]*value="erase"', page)
    assert "That is not your password." in page or "Please type your password." in page
    assert not password or f'value="{password}"' not in page
    assert _user(world.alice).deleted_at is None and client.get("/account").status_code == 200


def test_the_last_administrator_is_told_why_and_keeps_the_account(app, world):
    client = _log_in(app, world.admin)
    assert "only administrator" in client.get("/account/delete").get_data(as_text=True)
    response = client.post("/account/delete", data=_form())
    assert response.status_code == 200
    assert "only administrator" in response.get_data(as_text=True)
    assert _user(world.admin).deleted_at is None and client.get("/account").status_code == 200


@pytest.mark.parametrize("posts", ["erase", "keep"])
def test_deleting_logs_out_clears_drafts_and_lands_on_a_page_that_says_so(app, world, posts):
    client = _log_in(app, world.alice)
    response = client.post("/account/delete", data=_form(posts=posts))
    assert response.status_code == 302
    assert response.headers["Location"] == f"/account/deleted?posts={posts}"
    assert response.headers["Clear-Site-Data"] == '"storage"'
    landing = client.get(response.headers["Location"])
    page = landing.get_data(as_text=True)
    assert landing.status_code == 200 and "Your account is deleted" in page
    assert ("erased for good" in page) is (posts == "erase")
    assert USERNAME not in page and "Log in" in page
    assert client.get("/account").status_code == 302


def test_deleting_ends_every_session_and_remember_me_cookie(app, world):
    here = _log_in(app, world.alice)
    elsewhere = _log_in(app, world.alice, remember="y")
    remembered = elsewhere.get_cookie("remember_token").value
    app.test_client_class = RequestPerContextClient
    before, thief = app.test_client(), app.test_client()
    before.set_cookie("remember_token", remembered)
    assert before.get("/account").status_code == 200  # the cookie alone logs in, until…
    assert here.post("/account/delete", data=_form()).status_code == 302
    assert elsewhere.get("/account").status_code == 302
    thief.set_cookie("remember_token", remembered)
    assert thief.get("/account").status_code == 302


def test_a_deletion_sent_twice_at_once_lands_both_on_the_page_that_says_so(app, world):
    """A double click sends the same session cookie twice; the second finds it done."""
    first = _log_in(app, world.alice)
    app.test_client_class = RequestPerContextClient
    second = app.test_client()
    second.set_cookie("session", first.get_cookie("session").value)
    assert first.post("/account/delete", data=_form()).status_code == 302
    response = second.post("/account/delete", data=_form(posts="erase"))
    assert response.status_code == 302
    assert response.headers["Location"] == "/account/deleted"
    assert _post(world.story).body_md  # the first choice stands


def test_a_visitor_is_sent_to_log_in_from_the_deletion_and_export_pages(client):
    for url in ("/account/delete", "/account/export"):
        for response in (client.get(url), client.post(url, data=_form())):
            assert response.status_code == 302
            assert response.headers["Location"].startswith("/login?next=")


# Export --------------------------------------------------------------------------------------


def _export(client, password: str = PASSWORD):
    return client.post("/account/export", data={"password": password})


def _exported(app, user_id: int) -> dict:
    response = _export(_log_in(app, user_id))
    assert response.status_code == 200 and response.mimetype == "application/json"
    return json.loads(response.get_data(as_text=True))


def test_the_export_is_a_json_download_named_by_date_and_never_cached(app, world):
    response = _export(_log_in(app, world.alice))
    disposition = response.headers["Content-Disposition"]
    assert disposition == f'attachment; filename="debrief-export-{utcnow():%Y-%m-%d}.json"'
    assert response.headers["Cache-Control"] == "no-store"
    assert json.loads(response.get_data(as_text=True))["format"] == "debrief-export/1"


def test_the_export_asks_for_the_password_and_a_wrong_one_downloads_nothing(app, world):
    client = _log_in(app, world.alice)
    page = client.get("/account/export").get_data(as_text=True)
    assert 'type="password"' in page and "Download my data" in page
    for password in ("", "not it at all", "x" * 1000):
        response = _export(client, password)
        assert response.status_code == 200 and response.mimetype == "text/html"
        assert "Content-Disposition" not in response.headers


def test_the_export_holds_the_account_address_and_settings(app, world):
    data = _exported(app, world.alice)
    assert data["account"]["username"] == USERNAME
    assert data["account"]["profession"] == PROFESSION
    assert data["email"]["address"] == EMAIL and data["email"]["confirmed_at"]
    assert data["settings"]["email_for"]["helpful"] == "digest"
    assert data["settings"]["watch_threads_you_start_or_reply_in"] is True


def test_the_export_holds_every_post_in_every_state_anonymous_ones_included(app, world):
    moderation.remove(_post(world.own_named_reply), _user(world.moderator), "Names a colleague.")
    services.delete_post(_post(world.anonymous_in_t))
    data = _exported(app, world.alice)
    posts = {p["id"]: p for p in data["posts"]}
    assert len(posts) == _count(Post.author_id, world.alice) == 7
    anonymous = posts[_post(world.own_anonymous_reply).public_id]
    assert anonymous["anonymous"] and anonymous["text_markdown"] == "Writing this down helped."
    assert anonymous["name_in_thread"] == _post(world.own_anonymous_reply).pseudonym
    assert anonymous["thread"]["title"] == "The chart I signed too early"
    removed = posts[_post(world.own_named_reply).public_id]
    assert removed["status"] == "removed" and removed["moderators_note"] == "Names a colleague."
    assert removed["text_markdown"] == ""  # removed text is kept nowhere
    statuses = sorted(p["status"] for p in posts.values())
    assert statuses == sorted(
        ["published", "removed", "published", "deleted", "published", "held", "rejected"]
    )
    rejected = next(p for p in posts.values() if p["status"] == "rejected")
    assert rejected["text_markdown"] == "Why did you not call?"
    assert rejected["moderators_note"] == "Please tell your own experience instead."
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d.*", anonymous["written_at"])


def test_the_export_holds_votes_watches_reports_marks_notices_and_notifications(app, world):
    data = _exported(app, world.alice)
    assert sorted(v["post"]["writer"] for v in data["helpful_votes_given"]) == [
        "bob_fenn",
        "bob_fenn",
    ]
    assert [m["writer"] for m in data["replies_you_marked_this_helped_me"]] == ["bob_fenn"]
    assert {w["thread"]["title"] for w in data["watches"]} >= {"The chart I signed too early"}
    assert [(r["note"], r["closed_at"] is None) for r in data["reports_filed"]] == [
        ("Names a ward.", True),
        ("Old report.", False),
    ]
    # carol's story is anonymous: alice reported it, and sees it by its thread name only.
    assert data["reports_filed"][0]["post"]["writer"] == ORIGINAL_POSTER
    assert any("did not publish your reply" in n["text"] for n in data["notices"])
    kinds = {n["kind"] for n in data["notifications"]}
    assert {"quote", "moderation"} <= kinds
    quote = next(n for n in data["notifications"] if n["kind"] == "quote")
    assert quote["text"].startswith("carol_tarn quoted you")
    mails = {m["kind"]: m for m in data["emails"]}
    assert {"confirm", "reply", "notification"} <= set(mails)
    assert mails["confirm"]["to_address"] == EMAIL and mails["reply"]["to_address"] is None


def test_the_export_tells_moderation_of_ones_posts_without_naming_the_moderator(
    app, world, make_user
):
    second = make_user(role=Role.ADMIN)
    asked, _ = reveals.request_reveal(
        _post(world.anonymous_in_t), _user(world.admin), "Safety of a patient."
    )
    reveals.decide_reveal(asked, second, approve=False, reason="Not enough to go on.")
    data = _exported(app, world.alice)
    lines = data["moderation_of_your_posts"]
    assert {"reject", "reveal requested", "reveal refused"} <= {line["action"] for line in lines}
    rejection = next(line for line in lines if line["action"] == "reject")
    assert rejection["reason"] == "Please tell your own experience instead."
    [request] = data["requests_to_reveal_who_wrote_your_posts"]
    assert request["reason"] == "Safety of a patient." and request["decision"] == "refused"
    assert request["decision_reason"] == "Not enough to go on."
    text = json.dumps(data)
    for name in ("mod_rowan", "admin_hazel", second.username):
        assert name not in text


def test_the_export_names_no_anonymous_writer_and_no_one_elses_private_data(
    app, world, make_user, make_reply
):
    """Other writers appear as the member sees them on the forum, and nothing else of them:
    here an anonymous writer who quoted alice, voted for her post, reported it, and whose
    reply alice voted for."""
    secret = make_user(username="hidden_heron", email="heron@example.org", profession="Doula")
    kept = _with_author(world.named_in_t)
    thread = db.session.get(Thread, kept.thread_id)
    quote = quote_markdown(kept, f"/p/{kept.public_id}")
    reply = make_reply(thread, author=secret, body=quote + "Me too.", anonymous=True)
    name = reply.pseudonym
    reports.report_post(_post(world.named_in_t), secret, ReportReason.OTHER, "Hmm.")
    votes.set_vote(_post(world.named_in_t), secret, True)
    votes.set_vote(_post(reply.id), _user(world.alice), True)
    data = _exported(app, world.alice)
    text = json.dumps(data, ensure_ascii=False)
    for value in ("hidden_heron", "heron@example.org", "Doula", "mod_rowan", "Hmm."):
        assert value not in text, value
    [vote] = [v for v in data["helpful_votes_given"] if v["post"]["writer"] == name]
    quoted = next(n for n in data["notifications"] if n["kind"] == "quote" and name in n["text"])
    assert quoted["at"].endswith(":00:00+00:00/PT1H")  # another anonymous writer's time
    # No database ids anywhere: only public ids, which are strings.
    assert not re.search(r'"[a-z_]*id": \d', text)


def test_each_member_downloads_their_own_data_only(app, world):
    mine = json.dumps(_exported(app, world.alice))
    theirs = json.dumps(_exported(app, world.bob))
    assert "Writing this down helped." in mine
    assert "Writing this down helped." not in theirs and USERNAME not in theirs
    assert json.loads(theirs)["account"]["username"] == "bob_fenn"


def test_a_moderators_export_names_their_actions_as_the_log_does(app, world):
    data = _exported(app, world.moderator)
    actions = {line["action"]: line for line in data["moderation_actions_taken"]}
    assert set(actions) == {"reject", "dismiss reports"}
    # alice's rejected reply was named, so the log names it by her username, as it does.
    assert actions["reject"]["on"] == f"{USERNAME}'s reply in “Night four”"
    assert data["reveal_requests_you_asked"] == []


def test_a_members_export_has_no_moderators_sections(app, world):
    assert "moderation_actions_taken" not in _exported(app, world.alice)


def test_downloading_the_export_changes_nothing(app, world):
    def everything():
        db.session.expire_all()
        return [
            db.session.execute(select(table).order_by(*table.primary_key.columns)).all()
            for table in db.metadata.sorted_tables
        ]

    before = everything()
    _exported(app, world.alice)
    assert everything() == before


def test_a_suspended_member_can_still_delete_their_account(world):
    members.suspend(_post(world.named_in_t), _user(world.moderator), 30, "Cooling off.")
    assert _user(world.alice).suspended_until is not None
    assert _delete(world, "erase")
    assert _user(world.alice).suspended_until is None


def test_a_deletion_without_its_csrf_token_is_refused_and_deletes_nothing(make_app, world):
    app = make_app(WTF_CSRF_ENABLED=True)
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get("/login").text)[1]
    data = {"username": USERNAME, "password": PASSWORD, "csrf_token": token}
    assert client.post("/login", data=data).status_code == 302
    for url in ("/account/delete", "/account/export"):
        response = client.post(url, data=_form())
        assert response.status_code == 400 and "This form has expired" in response.text
    assert _user(world.alice).deleted_at is None
