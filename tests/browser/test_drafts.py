"""Nothing typed is lost, in a real browser: drafts kept in this browser (restored with a
line, discarded, cleared on posting and on logging out), Preview in place and without
JavaScript, and a reply sent after logging out in another tab coming back after logging in."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from forum.auth.services import create_user
from forum.extensions import db
from forum.models import Category, Post, Thread
from forum.threads import services
from tests.browser.members import PASSWORD, draft_count, log_in_member, unique
from tests.browser.test_pages import assert_axe_clean, expect

pytestmark = pytest.mark.browser


def _member_and_story(site) -> tuple[str, str, str]:
    """A fresh member (logins are rate-limited per name) and a story by another fresh member:
    the member's name, the story's path and the path of the member's own reply's edit page."""
    name = f"drafter_{unique()}"
    with site.app.app_context():
        member = create_user(name, PASSWORD)
        author = create_user(f"teller_{unique()}", PASSWORD)
        category = db.session.scalars(select(Category)).first()
        opening = services.create_thread(
            author,
            category_id=category.id,
            title=f"A story for drafts {unique(6)}",
            body="What happened.",
            anonymous=True,
        )
        thread = db.session.get(Thread, opening.thread_id)
        own = services.create_reply(thread, member, "My first reply.", anonymous=False)
        paths = f"/t/{thread.public_id}", f"/p/{own.public_id}/edit"
        db.session.remove()
    return name, *paths


def _replies(site, path: str) -> int:
    with site.app.app_context():
        key = path.rsplit("/", 1)[1]
        count = db.session.scalar(
            select(func.count())
            .select_from(Post)
            .join(Thread, Post.thread_id == Thread.id)
            .where(Thread.public_id == key, ~Post.is_opening)
        )
        db.session.remove()
    return count


def _log_out(page) -> None:
    # The header's menu may fold the button away on narrow screens; the submit is the same.
    page.evaluate("document.querySelector(\"form[action='/logout']\").requestSubmit()")
    page.wait_for_load_state()


def test_a_reply_draft_survives_a_reload_and_can_be_discarded(page, site):
    name, story, _ = _member_and_story(site)
    log_in_member(page, name)
    page.goto(f"{story}/reply")
    expect(
        page.get_by_text("Drafts are kept in this browser until you post or log out.")
    ).to_be_visible()
    body = page.get_by_label("Text")
    body.fill("Half a reply, written on a break.")
    page.reload()
    expect(page.get_by_text("Restored your draft")).to_be_visible()
    expect(body).to_have_value("Half a reply, written on a break.")
    page.screenshot(path="/tmp/h1/draft-restored.png", full_page=True)
    page.get_by_role("button", name="Discard").click()
    expect(body).to_have_value("")
    expect(page.get_by_text("Restored your draft")).to_have_count(0)
    assert draft_count(page) == 0
    page.reload()
    expect(page.get_by_text("Restored your draft")).to_have_count(0)


def test_posting_clears_the_draft_and_a_refused_post_keeps_it(page, site):
    name, story, _ = _member_and_story(site)
    log_in_member(page, name)
    page.goto(story)
    form = page.locator("form#reply")
    form.get_by_label("Text").fill("   ")
    form.get_by_role("button", name="Post reply").click()  # refused: blank
    expect(page.get_by_text("Please write something before posting.")).to_be_visible()
    page.get_by_label("Text").fill("Something similar happened to me; what helped was sleep.")
    page.reload()
    expect(page.get_by_text("Restored your draft")).to_be_visible()
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator(".post", has_text="what helped was sleep")).to_be_visible()
    assert draft_count(page) == 0
    page.goto(f"{story}/reply")
    expect(page.get_by_label("Text")).to_have_value("")
    expect(page.get_by_text("Restored your draft")).to_have_count(0)


def test_logging_out_clears_the_drafts(page, site):
    name, story, edit = _member_and_story(site)
    log_in_member(page, name)
    page.goto("/new")
    page.get_by_label("Title").fill("A draft title")
    page.get_by_label("Text").fill("A story not finished yet.")
    page.goto(edit)
    page.get_by_label("Text").fill("An edit not finished yet.")
    assert draft_count(page) == 2
    _log_out(page)
    expect(page.get_by_text("You are logged out.")).to_be_visible()
    assert draft_count(page) == 0
    log_in_member(page, name)
    page.goto("/new")
    expect(page.get_by_label("Text")).to_have_value("")
    expect(page.get_by_text("Restored your draft")).to_have_count(0)


def test_preview_in_place_shows_the_rendered_markdown(new_context, site):
    name, story, edit = _member_and_story(site)
    for width in (1280, 390):
        page = new_context(viewport={"width": width, "height": 900}).new_page()
        log_in_member(page, name)
        for path, text in (
            ("/new", "What *helped* me:\n\n- a **debrief**\n- I met Mrs. Alvarez"),
            (f"{story}/reply", "What *helped* me was a **debrief**."),
            (edit, "What *helped* me, edited."),
        ):
            page.goto(path)
            page.get_by_label("Text").fill(text)
            if path == "/new":
                page.get_by_label("Title").fill("A night shift")
            page.get_by_role("button", name="Preview").click()
            preview = page.locator("#preview")
            expect(preview.locator("em")).to_have_text("helped")
            assert page.url.endswith(path), "the preview should not leave the page"
            if path == "/new":
                expect(preview).to_contain_text("could identify someone")
            page.screenshot(
                path=f"/tmp/h1/preview{path.replace('/', '-')}-{width}.png", full_page=True
            )
            assert_axe_clean(page, f"form with a preview at {width}px ({path})")
        page.close()
    assert _replies(site, story) == 1  # only the member's first reply


def test_preview_without_javascript_is_a_form_round_trip(new_context, site):
    name, story, _ = _member_and_story(site)
    page = new_context(java_script_enabled=False).new_page()
    log_in_member(page, name)
    page.goto(story)
    form = page.locator("form#reply")
    form.get_by_label("Text").fill("What *helped* me was a **debrief**.")
    form.get_by_role("button", name="Preview").click()
    expect(page.locator("#preview strong")).to_have_text("debrief")
    expect(page.get_by_label("Text")).to_have_value("What *helped* me was a **debrief**.")
    expect(page.get_by_text("Drafts are kept in this browser")).to_be_hidden()
    page.screenshot(path="/tmp/h1/preview-nojs.png", full_page=True)
    # (axe runs as page JavaScript: the in-place test checks the same preview with it on.)
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator(".post", has_text="was a debrief")).to_be_visible()
    assert _replies(site, story) == 2


def test_a_reply_sent_after_logging_out_in_another_tab_comes_back_after_logging_in(
    new_context, site
):
    name, story, _ = _member_and_story(site)
    context = new_context()
    page = context.new_page()
    log_in_member(page, name)
    page.goto(f"{story}/reply")
    text = f"A reply typed before the other tab logged out {unique(6)}."
    page.get_by_label("Text").fill(text)

    other = context.new_page()
    other.goto("/")
    _log_out(other)
    other.close()

    page.get_by_role("button", name="Post reply").click()
    expect(page.get_by_role("heading", name="Log in to continue")).to_be_visible()
    page.screenshot(path="/tmp/h1/session-ended.png", full_page=True)
    assert_axe_clean(page, "session-ended login page")
    assert _replies(site, story) == 1
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("your text is back")).to_be_visible()
    expect(page.get_by_label("Text")).to_have_value(text)
    page.screenshot(path="/tmp/h1/handoff-restored.png", full_page=True)
    assert _replies(site, story) == 1
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator(".post", has_text=text)).to_be_visible()
    assert _replies(site, story) == 2  # exactly one new reply
