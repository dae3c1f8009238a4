"""The writer's own view in a real browser: My posts with a held and a removed post, the
report confirmation beside the reported post, and the story author's "This helped me" (with
and without JavaScript), with axe at 1,280 and 390 px on My posts and on a marked thread."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from forum.auth.services import create_user
from forum.extensions import db
from forum.models import Category, HeldBecause, Post, Role, Thread, User
from forum.moderation import posts as moderation
from forum.threads import services
from tests.browser.members import PASSWORD, log_in_member, unique
from tests.browser.test_pages import assert_fits_both_widths, expect

pytestmark = pytest.mark.browser


def _fresh(prefix: str) -> str:
    return f"{prefix}_{unique()}"


def _story(site, author_name: str, replies: list[str]) -> tuple[str, list[str]]:
    """An anonymous story by a new member `author_name`, with named replies by the demo
    moderator: the thread's path and the replies' public ids."""
    with site.app.app_context():
        author = create_user(author_name, PASSWORD)
        peer = db.session.scalar(select(User).where(User.username == "moderator"))
        category = db.session.scalars(select(Category)).first()
        opening = services.create_thread(
            author,
            category_id=category.id,
            title=f"A story {unique(6)}",
            body="What happened that night.",
            anonymous=True,
        )
        thread = db.session.get(Thread, opening.thread_id)
        keys = [
            services.create_reply(thread, peer, text, anonymous=False).public_id for text in replies
        ]
        path = f"/t/{thread.public_id}"
        db.session.remove()
    return path, keys


def test_my_posts_shows_a_held_and_a_removed_post_with_their_statuses(new_context, site):
    name = _fresh("writer")
    with site.app.app_context():
        member = create_user(name, PASSWORD)
        thread = db.session.scalar(select(Thread).order_by(Thread.id))
        services.create_reply(
            thread,
            member,
            "A reply the guard held.",
            anonymous=True,
            held_because=HeldBecause.GUARD,
        )
        removed = services.create_reply(thread, member, "A reply to be removed.", anonymous=False)
        moderator = db.session.scalar(select(User).where(User.role == Role.MODERATOR))
        moderation.remove(db.session.get(Post, removed.id), moderator, "Names a colleague.")
        db.session.remove()
    page = new_context().new_page()
    log_in_member(page, name)
    page.goto("/me/posts")
    held = page.locator(".own-post.status-held")
    expect(held).to_contain_text("Waiting for a moderator.")
    expect(held).to_contain_text("A reply the guard held.")
    expect(held).to_contain_text("Anonymous, as")
    gone = page.locator(".own-post.status-removed")
    expect(gone).to_contain_text("Removed by a moderator.")
    expect(gone).to_contain_text("Their reason: “Names a colleague.”")
    expect(gone).not_to_contain_text("A reply to be removed.")
    # Newest first: the removed reply was written last.
    assert page.locator(".own-post").first.get_attribute("class").endswith("status-removed")
    assert_fits_both_widths(page, "My posts", "my-posts")


def test_the_report_confirmation_is_next_to_the_reported_post(new_context, site):
    texts = [f"Peer reply {n}, {unique(6)}." for n in range(12)]
    path, keys = _story(site, _fresh("opener"), texts)
    reporter = _fresh("reporter")
    with site.app.app_context():
        create_user(reporter, PASSWORD)
        db.session.remove()
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    log_in_member(page, reporter)
    page.goto(path)
    target = page.locator(f"#p-{keys[-1]}")
    target.get_by_role("link", name="Report").click()
    page.get_by_label("Something else").check()
    page.get_by_role("button", name="Send report").click()
    expect(page).to_have_url(re.compile(rf"{re.escape(path)}#p-{keys[-1]}$"))
    note = page.locator(f"#p-{keys[-1]} .reported-note")
    expect(note).to_contain_text("You reported this.")
    expect(note).to_be_in_viewport()
    expect(page.locator(".reported-note")).to_have_count(1)


@pytest.mark.parametrize("javascript", [True, False])
def test_the_story_author_marks_a_reply_sorts_it_first_and_undoes_it(new_context, site, javascript):
    texts = [f"Peer reply {n}, {unique(6)}." for n in range(3)]
    author = _fresh("author")
    path, keys = _story(site, author, texts)
    page = new_context(java_script_enabled=javascript).new_page()
    log_in_member(page, author)
    page.goto(path)
    last = page.locator(f"#p-{keys[2]}")
    last.get_by_role("button", name="This helped me").click()
    expect(last.locator(".helped-mark")).to_have_text("The author found this helpful")
    expect(last.get_by_role("button", name=re.compile("^Undo"))).to_be_visible()

    page.get_by_role("link", name="helped the author first").click()
    expect(page).to_have_url(re.compile(r"sort=helped"))
    expect(page.locator(".replies article.post").first).to_contain_text(texts[2])
    if javascript:
        assert_fits_both_widths(page, "a thread with a marked reply", "helped-thread")

    # A visitor sees the mark, and nothing of who the author is.
    visitor = new_context().new_page()
    visitor.goto(path)
    expect(visitor.locator(f"#p-{keys[2]} .helped-mark")).to_be_visible()
    expect(visitor.get_by_role("button", name="This helped me")).to_have_count(0)
    assert author not in visitor.content()

    page.goto(path)
    page.locator(f"#p-{keys[2]}").get_by_role("button", name=re.compile("^Undo")).click()
    expect(page.locator(f"#p-{keys[2]} .helped-mark")).to_have_count(0)
    expect(
        page.locator(f"#p-{keys[2]}").get_by_role("button", name="This helped me")
    ).to_be_visible()
