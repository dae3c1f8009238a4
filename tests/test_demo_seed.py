"""`forum seed-demo`: the demo forum, its login accounts, and that running it again is safe."""

import re
from html import unescape

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from forum.extensions import db
from forum.models import Category, Post, Role, Thread, User, Vote
from forum.threads.services import recount_all_threads
from forum.threads.votes import recount_scores
from tests.search.pages import hits

ASKS_NOT_WHY = "I don't want any 'why did/didn't you' kind of feedback."
LOGINS = {"admin": Role.ADMIN, "moderator": Role.MODERATOR, "member": Role.MEMBER}


def _counts() -> dict[str, int]:
    db.session.expire_all()
    return {
        model.__name__: db.session.scalar(select(func.count()).select_from(model))
        for model in (Category, Thread, Post, User, Vote)
    }


def _seed(runner, *options) -> str:
    result = runner.invoke(args=["seed-demo", *options])
    assert result.exit_code == 0, result.exception or result.output
    return result.output


def _printed_passwords(output: str) -> dict[str, str]:
    return dict(re.findall(r"^  (admin|moderator|member) +(\S+)$", output, re.M))


@pytest.fixture
def seeded(runner) -> str:
    return _seed(runner)


def test_seeding_makes_eight_categories_and_twelve_threads(seeded):
    counts = _counts()
    assert (counts["Category"], counts["Thread"]) == (8, 12)
    assert "8 categories, 12 new threads" in seeded


def test_the_login_accounts_have_their_roles_and_their_printed_passwords_work(seeded, client):
    passwords = _printed_passwords(seeded)
    assert set(passwords) == set(LOGINS)
    for name, role in LOGINS.items():
        assert db.session.scalar(select(User.role).where(User.username == name)) == role
        data = {"username": name, "password": passwords[name]}
        assert client.post("/login", data=data).status_code == 302
        assert f"You are <strong>{name}</strong>" in client.get("/account").get_data(as_text=True)
        client.post("/logout")


def test_seeding_again_adds_nothing_and_prints_no_passwords(runner):
    _seed(runner, "--if-empty")
    before = _counts()
    again = _seed(runner)
    assert _counts() == before
    assert "0 new threads" in again and _printed_passwords(again) == {}


def test_if_empty_leaves_a_database_with_content_alone(runner, make_thread):
    make_thread(title="A real member's story")
    before = _counts()
    assert "not seeding" in _seed(runner, "--if-empty")
    assert _counts() == before


def test_seeding_next_to_a_same_name_account_in_another_case_does_not_crash(runner, make_user):
    make_user(username="Member")
    _seed(runner)
    db.session.expire_all()
    names = db.session.scalars(select(User.username).where(func.lower(User.username) == "member"))
    assert list(names) == ["Member"]


def test_seeded_scores_and_reply_counts_match_their_rows(seeded):
    assert recount_scores() == 0
    assert recount_all_threads() == 0


def test_the_front_page_shows_the_seeded_threads(seeded, client):
    page = client.get("/").get_data(as_text=True)
    for title in db.session.scalars(select(Thread.title)):
        assert str(escape(title)) in page


def test_exactly_one_thread_asks_for_no_why_did_you_feedback(seeded, client):
    threads = db.session.scalars(
        select(Thread.public_id)
        .join(Post, Post.thread_id == Thread.id)
        .where(Post.body_md.contains(ASKS_NOT_WHY))
        .distinct()
    ).all()
    assert len(threads) == 1
    page = client.get(f"/t/{threads[0]}").get_data(as_text=True)
    assert ASKS_NOT_WHY in unescape(page)


def test_the_story_that_asks_for_no_why_shows_a_reply_its_author_found_helpful(seeded, client):
    thread = db.session.scalars(
        select(Thread)
        .join(Post, Post.thread_id == Thread.id)
        .where(Post.body_md.contains(ASKS_NOT_WHY))
    ).one()
    helped = db.session.scalars(select(Post).where(Post.helped_author)).all()
    assert [post.thread_id for post in helped] == [thread.id]
    assert not helped[0].is_opening
    page = client.get(f"/t/{thread.public_id}?sort=helped").get_data(as_text=True)
    assert "The author found this helpful" in page


def test_the_therapists_story_is_the_first_result_for_safety_contract_confidentiality(
    seeded, client
):
    story = db.session.scalar(
        select(Post).where(Post.is_opening, Post.body_md.contains(ASKS_NOT_WHY))
    )
    page = client.get("/search", query_string={"q": "safety contract confidentiality"})
    assert page.status_code == 200
    assert list(hits(page.get_data(as_text=True)))[0] == story.public_id
