"""The `forum` command: accounts, roles, categories, and the repair commands."""

import pytest
from sqlalchemy import func, select

from forum import rendering
from forum.auth.services import authenticate
from forum.extensions import db
from forum.models import Category, Post, Role, Thread, User
from forum.threads.votes import set_vote

PASSWORD = "long enough password"


def _ok(result) -> str:
    """The command's output, after checking that it succeeded (or showing why not)."""
    assert result.exit_code == 0, result.exception or result.output
    return result.output


def _user(name: str) -> User | None:
    db.session.expire_all()
    return db.session.scalar(User.by_username(name))


def _users() -> int:
    return db.session.scalar(select(func.count()).select_from(User))


def _category(slug: str) -> Category | None:
    db.session.expire_all()
    return db.session.scalar(select(Category).where(Category.slug == slug))


def test_create_user_makes_an_admin_whose_password_works(runner, client):
    result = runner.invoke(
        args=["create-user", "boss", "--role", "admin", "--password-stdin"], input=PASSWORD + "\n"
    )
    assert "Created boss (admin)." in _ok(result)
    assert _user("boss").role == Role.ADMIN
    assert _user("boss").password_hash.startswith("scrypt:")
    response = client.post("/login", data={"username": "boss", "password": PASSWORD})
    assert response.status_code == 302


def test_create_user_prompts_for_the_password_twice(runner):
    typed = f"{PASSWORD}\nsomething else entirely\n{PASSWORD}\n{PASSWORD}\n"
    result = runner.invoke(args=["create-user", "prompted"], input=typed)
    output = _ok(result)
    assert "Repeat for confirmation" in output and "do not match" in output
    assert _user("prompted").role == Role.MEMBER
    assert authenticate("prompted", PASSWORD) is not None


def test_create_user_refuses_a_name_taken_in_another_case(runner, make_user):
    make_user(username="Ana")
    result = runner.invoke(args=["create-user", "ana", "--password-stdin"], input=PASSWORD + "\n")
    assert result.exit_code != 0
    assert "The username 'ana' is taken." in result.output
    assert _users() == 1


@pytest.mark.parametrize(
    "username, password, message",
    [
        ("ab", PASSWORD, "Username: Use between 3 and 30 characters."),
        ("two words", PASSWORD, "Username: Use only letters"),
        ("<script>", PASSWORD, "Username: Use only letters"),
        ("fine.name", "too short", "Password: Use between 10 and 200 characters."),
        ("fine.name", "", "Password: Use between 10 and 200 characters."),
    ],
)
def test_create_user_refuses_a_bad_name_or_password(runner, username, password, message):
    result = runner.invoke(
        args=["create-user", username, "--password-stdin"], input=password + "\n"
    )
    assert result.exit_code != 0 and message in result.output
    assert _users() == 0


def test_set_role_changes_the_role_and_says_so(runner, make_user):
    make_user(username="Helper")
    result = runner.invoke(args=["set-role", "helper", "moderator"])
    assert "Helper is now moderator." in _ok(result)
    assert _user("Helper").role == Role.MODERATOR
    again = runner.invoke(args=["set-role", "Helper", "moderator"])
    assert "already moderator" in again.output


def test_set_role_refuses_an_unknown_user_or_role(runner, make_user):
    make_user(username="someone")
    unknown = runner.invoke(args=["set-role", "ghost", "admin"])
    assert unknown.exit_code != 0 and "No account is called 'ghost'." in unknown.output
    bad_role = runner.invoke(args=["set-role", "someone", "owner"])
    assert bad_role.exit_code != 0 and _user("someone").role == Role.MEMBER


def test_category_add_puts_a_new_category_at_the_end(runner, make_category):
    last = make_category(slug="nursing", name="Nursing")
    result = runner.invoke(
        args=["category", "add", "social-work", "Social work", "--description", "For us."]
    )
    assert "Added social-work." in _ok(result)
    added = _category("social-work")
    assert (added.name, added.description) == ("Social work", "For us.")
    assert added.position == last.position + 1


def test_category_edit_renames_describes_moves_and_reslugs(runner, make_category):
    make_category(slug="pharmacy", name="Pharmacy")
    args = ["category", "edit", "pharmacy", "--name", "Pharmacy teams",
            "--description", "Checking and dispensing.", "--position", "42",
            "--new-slug", "pharmacy-teams"]  # fmt: skip
    result = runner.invoke(args=args)
    assert "Updated pharmacy-teams." in _ok(result)
    assert _category("pharmacy") is None
    edited = _category("pharmacy-teams")
    assert (edited.name, edited.description, edited.position) == (
        "Pharmacy teams",
        "Checking and dispensing.",
        42,
    )


def test_category_list_shows_every_category_in_order(runner, make_category):
    make_category(slug="second", name="Second one")
    make_category(slug="first", name="First one")
    runner.invoke(args=["category", "edit", "first", "--position", "0"])
    output = _ok(runner.invoke(args=["category", "list"]))
    assert "first" in output and "Second one" in output
    assert output.index("First one") < output.index("Second one")


@pytest.mark.parametrize(
    "args, message",
    [
        (["category", "add", "Bad Slug", "Name"], "A slug is lowercase letters"),
        (["category", "add", "trailing-", "Name"], "A slug is lowercase letters"),
        (["category", "add", "taken", "Name"], "The slug 'taken' is taken."),
        (["category", "add", "fresh", "   "], "A name has 1–80 characters"),
        (["category", "edit", "taken", "--new-slug", "Not OK"], "A slug is lowercase letters"),
        (["category", "edit", "taken", "--new-slug", "other"], "The slug 'other' is taken."),
        (["category", "edit", "missing", "--name", "X"], "No category has the slug 'missing'."),
    ],
)
def test_category_commands_refuse_bad_or_duplicate_slugs(runner, make_category, args, message):
    make_category(slug="taken", name="Taken")
    make_category(slug="other", name="Other")
    result = runner.invoke(args=args)
    assert result.exit_code != 0 and message in result.output
    db.session.expire_all()
    slugs = set(db.session.scalars(select(Category.slug)))
    assert slugs == {"taken", "other"}


def test_rerender_rebuilds_stored_html_and_counts_what_changed(runner, make_thread, make_reply):
    thread = make_thread(body="The **first** story.")
    make_reply(thread, body="A *kind* reply.")
    db.session.execute(
        Post.__table__.update().where(Post.is_opening).values(body_html="<p>stale</p>")
    )
    db.session.commit()
    result = runner.invoke(args=["rerender"])
    assert "Re-rendered 1 posts." in _ok(result)
    db.session.expire_all()
    for post in db.session.scalars(select(Post)):
        assert post.body_html == str(rendering.render(post.body_md))
    assert "Re-rendered 0 posts." in _ok(runner.invoke(args=["rerender"]))


def test_recount_repairs_drifted_scores_and_reply_counts(
    runner, make_thread, make_reply, make_user
):
    thread = make_thread()
    voted = make_reply(thread)
    unvoted = make_reply(thread)
    set_vote(voted, make_user(), True)
    db.session.execute(Post.__table__.update().values(score=7))
    db.session.execute(Thread.__table__.update().values(reply_count=9))
    db.session.commit()
    result = runner.invoke(args=["recount"])
    assert "Fixed 3 scores, 1 thread and category counters." in _ok(result)
    db.session.expire_all()
    assert db.session.get(Post, voted.id).score == 1
    assert db.session.get(Post, unvoted.id).score == 0
    assert db.session.get(Thread, thread.id).reply_count == 2
    assert "Fixed 0 scores, 0 thread and category counters." in _ok(runner.invoke(args=["recount"]))
