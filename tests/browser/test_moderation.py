"""Moderation in a real browser: a reply the guard stops, sent to the moderators, approved
from the queue; the queue and a post's page pass axe."""

from __future__ import annotations

import re

import pytest

from forum import demo_content
from forum.models import PUBLIC_ID_PATTERN
from tests.browser.members import unique
from tests.browser.test_pages import assert_axe_clean, expect, log_in

pytestmark = pytest.mark.browser

FLAGGED = next(t for t in demo_content.THREADS if t["title"].startswith("I dispensed"))


def test_a_why_reply_is_stopped_sent_to_the_moderators_and_approved(page, new_context, site):
    log_in(page, site, "member")
    page.goto(site.thread_path(FLAGGED["title"]))
    expect(page.locator(".no-why-banner").first).to_be_visible()
    marker = unique()
    text = f"Why didn't you check the label twice? ({marker})"
    form = page.locator("form#reply")
    form.get_by_label("Text").fill(text)
    form.get_by_label("Under my username").check()
    form.get_by_role("button", name="Post reply").click()

    guard = page.locator("#guard")
    expect(guard).to_contain_text("This reply may read as")
    expect(guard.locator("mark").first).to_contain_text("Why didn't you")
    expect(page.get_by_label("Text")).to_have_value(text)
    assert_axe_clean(page, "the guard's answer")
    guard.get_by_role("button", name="Send to moderators").click()
    held = page.locator("article.post.held", has_text=marker)
    expect(held).to_contain_text("Waiting for a moderator")

    moderator = new_context().new_page()
    log_in(moderator, site, "moderator")
    moderator.goto("/mod")
    item = moderator.locator(".queue-item", has_text=marker)
    expect(item.locator("mark").first).to_contain_text("Why didn't you")
    assert_axe_clean(moderator, "the moderation queue")
    item.get_by_role("link", name="Decide").click()
    expect(moderator).to_have_url(re.compile(rf"/mod/p/{PUBLIC_ID_PATTERN}$"))
    assert_axe_clean(moderator, "a post's moderation page")
    moderator.get_by_role("button", name="Approve and publish").click()
    expect(moderator.locator(".flash")).to_contain_text("Approved.")

    page.goto(site.thread_path(FLAGGED["title"]))
    expect(page.locator(".notice")).to_contain_text("approved your reply")
    published = page.locator("article.post", has_text=marker)
    expect(published).not_to_contain_text("Waiting for a moderator")
    page.locator(".notice").get_by_role("button", name="Dismiss").click()
    expect(page.locator(".notice")).to_have_count(0)
