"""Owning one's account, in a real browser: downloading one's data (a JSON file, anonymous
posts included) and deleting the account through the real forms, keeping the posts
anonymised, with axe at 1,280 and 390 px on the export page, the deletion page and the page
a deleted account lands on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from forum.auth.services import create_user
from forum.extensions import db
from forum.models import Category, Thread
from forum.threads import services
from tests.browser.members import PASSWORD, draft_count, log_in_member, unique
from tests.browser.test_pages import assert_fits_both_widths, expect

pytestmark = pytest.mark.browser


def _member_with_posts(site, prefix: str) -> tuple[str, str, str, str]:
    """A fresh member with a named story and an anonymous reply in a demo thread: their name,
    the story's path, its title and the anonymous reply's text."""
    name = f"{prefix}_{unique()}"
    title = f"The count I skipped {unique(6)}"
    secret = f"An anonymous reply, marked {unique()}."
    with site.app.app_context():
        member = create_user(name, PASSWORD)
        category = db.session.scalars(select(Category)).first()
        opening = services.create_thread(
            member,
            category_id=category.id,
            title=title,
            body="I skipped the count once, and this is what happened.",
            anonymous=False,
        )
        other = db.session.scalar(select(Thread).where(Thread.id != opening.thread_id).limit(1))
        services.create_reply(other, member, secret, anonymous=True)
        path = f"/t/{db.session.get(Thread, opening.thread_id).public_id}"
        db.session.remove()
    return name, path, title, secret


def test_a_member_downloads_their_data_as_a_json_file(new_context, site):
    name, _, title, secret = _member_with_posts(site, "exporter")
    page = new_context(accept_downloads=True).new_page()
    log_in_member(page, name)
    page.goto("/account")
    page.get_by_role("link", name="Download your data").click()
    expect(page.get_by_role("heading", name="Download your data")).to_be_visible()
    assert_fits_both_widths(page, "data export page", "account-export")
    page.get_by_label("Your password").fill("not my password at all")
    page.get_by_role("button", name="Download my data").click()
    expect(page.get_by_text("That is not your password.")).to_be_visible()
    page.get_by_label("Your password").fill(PASSWORD)
    with page.expect_download() as started:
        page.get_by_role("button", name="Download my data").click()
    download = started.value
    assert re.fullmatch(r"debrief-export-\d{4}-\d\d-\d\d\.json", download.suggested_filename)
    data = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert data["account"]["username"] == name
    texts = {post["text_markdown"]: post for post in data["posts"]}
    assert texts[secret]["anonymous"] and texts[secret]["name_in_thread"]
    assert title in {thread["title"] for thread in data["threads_started"]}
    expect(page.get_by_role("heading", name="Download your data")).to_be_visible()


def test_a_member_deletes_their_account_and_keeps_their_posts_anonymised(new_context, site):
    name, story, title, secret = _member_with_posts(site, "leaver")
    page = new_context().new_page()
    log_in_member(page, name)
    page.goto(f"{story}/reply")
    page.get_by_label("Text").fill("A reply I never finished.")
    assert draft_count(page) == 1

    page.goto("/account")
    page.get_by_role("link", name="Delete your account").click()
    expect(page.get_by_role("heading", name="Delete your account")).to_be_visible()
    assert_fits_both_widths(page, "account deletion page", "account-delete")
    # Without a choice the form comes back and asks for one; nothing is deleted.
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("Choose what happens to your posts")).to_be_visible()
    page.get_by_label("Keep them, anonymised").check()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account").click()

    expect(page.get_by_role("heading", name="Your account is deleted")).to_be_visible()
    expect(page.get_by_text("Your posts stay where they were")).to_be_visible()
    expect(page.get_by_role("navigation", name="Account")).to_contain_text("Log in")
    assert draft_count(page) == 0
    assert_fits_both_widths(page, "page after an account is deleted", "account-deleted")

    page.goto(story)
    opening = page.locator("article.post.opening")
    expect(opening).to_contain_text("Original poster")
    expect(opening).to_contain_text("I skipped the count once")
    assert name not in page.content()
    assert page.goto(f"/u/{name}").status == 404
    page.goto("/login")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("That username and password do not match an account.")).to_be_visible()
