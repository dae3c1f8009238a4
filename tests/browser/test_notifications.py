"""Following a conversation in a real browser: the header's count, "N new" in the list, the
first unread reply, the notifications page, and the watch control without JavaScript."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from forum.auth.services import create_user
from forum.extensions import db
from forum.models import Category, Thread, User
from forum.threads import services
from tests.browser.members import PASSWORD, log_in_member, unique
from tests.browser.test_pages import assert_axe_clean, expect

pytestmark = pytest.mark.browser


def _story_with_replies(site, replies: int) -> tuple[str, str, str, list[str]]:
    """A new member (so that logins stay under the per-name rate limit) with an anonymous
    story and `replies` replies by the demo moderator: the member's name, the story's title,
    path and the replies' texts."""
    name = f"writer_{unique()}"
    title = f"A story to follow {unique()}"
    texts = [f"Reply {n} from a peer, {unique(6)}." for n in range(replies)]
    with site.app.app_context():
        member = create_user(name, PASSWORD)
        peer = db.session.scalar(select(User).where(User.username == "moderator"))
        category = db.session.scalars(select(Category)).first()
        opening = services.create_thread(
            member, category_id=category.id, title=title, body="What happened.", anonymous=True
        )
        thread = db.session.get(Thread, opening.thread_id)
        key = thread.public_id
        for text in texts:
            services.create_reply(thread, peer, text, anonymous=False)
        db.session.remove()
    return name, title, f"/t/{key}", texts


def test_the_story_author_sees_new_replies_and_lands_on_the_first_unread(page, site):
    name, title, path, texts = _story_with_replies(site, 2)
    log_in_member(page, name)
    expect(page.locator("header .bell .count")).to_contain_text("new")
    row = page.locator(".thread-row", has_text=title)
    expect(row.locator(".unread-count")).to_contain_text("2 new")
    row.locator(".unread-count").click()
    expect(page).to_have_url(re.compile(rf"{re.escape(path)}#p-"))
    marker = page.locator(".new-replies")
    expect(marker).to_have_text("New since your last visit")
    first = page.locator("article.post", has_text=texts[0])
    assert marker.bounding_box()["y"] < first.bounding_box()["y"]
    # Seen: the list no longer marks the thread.
    page.goto("/")
    expect(page.locator(".thread-row", has_text=title).locator(".unread-count")).to_have_count(0)


def test_the_notifications_page_names_the_replier_and_links_to_the_post(page, site):
    name, title, path, texts = _story_with_replies(site, 1)
    log_in_member(page, name)
    page.get_by_role("link", name=re.compile("^Notifications")).click()
    item = page.locator(".notification", has_text=title).first
    expect(item).to_contain_text(f"moderator replied in “{title}”")
    expect(item).to_contain_text(texts[0])
    assert_axe_clean(page, "notifications page")
    item.get_by_role("link").click()
    expect(page).to_have_url(re.compile(rf"{re.escape(path)}#p-"))
    expect(page.locator(":target")).to_contain_text(texts[0])


def test_the_watch_control_changes_the_level_without_javascript(new_context, site):
    *_, path, _ = _story_with_replies(site, 0)
    page = new_context(java_script_enabled=False).new_page()
    log_in_member(page, _story_with_replies(site, 0)[0])  # a member with no post in this thread
    page.goto(path)
    control = page.locator("#watch")
    expect(control.get_by_role("radio", name=re.compile("^Normal"))).to_be_checked()
    control.get_by_role("radio", name=re.compile("^Muted")).check()
    control.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_contain_text("muted")
    expect(page.locator("#watch").get_by_role("radio", name=re.compile("^Muted"))).to_be_checked()
