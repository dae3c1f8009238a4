"""Content notes and the flag in a real browser: a visitor finds the story and its replies
folded behind the note on every page (the reply box and the support link outside), a link to
a reply opens the note, the "no why" banner shows once, and the lists mark only the threads
open to "why" questions. axe at 1,280 and 390 px on each page; screenshots in SHOTS."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from forum.auth.services import create_user
from forum.extensions import db
from forum.models import Category, Role, Thread
from forum.threads import services
from tests.browser.members import PASSWORD, log_in_member, unique
from tests.browser.test_pages import AXE_WIDTHS, assert_axe_clean, expect, shoot_both_widths

pytestmark = pytest.mark.browser

NOTE = "patient death"
BOTH_HIDDEN = "The story and its replies are hidden until you open them."
REPLIES_HIDDEN = "The replies are hidden until you open them."
BANNER = "The author asked for no “why did/didn’t you” replies."


def _noted_thread(site, replies: int, *, flagged: bool = True) -> tuple[str, str, list[str]]:
    """A story behind the note NOTE by a new member, with `replies` named replies by
    another: the thread's path, the story's text and the replies' texts and keys."""
    story = f"What happened on the ward, {unique(6)}."
    texts = [f"Peer reply {unique(6)}." for _ in range(replies)]
    with site.app.app_context():
        author = create_user(f"opener_{unique()}", PASSWORD)
        peer = create_user(f"peer_{unique()}", PASSWORD)
        category = db.session.scalars(select(Category)).first()
        opening = services.create_thread(
            author,
            category_id=category.id,
            title=f"A story behind a note {unique(6)}",
            body=story,
            anonymous=True,
            no_why_replies=flagged,
            content_note=NOTE,
        )
        thread = db.session.get(Thread, opening.thread_id)
        keys = [
            services.create_reply(thread, peer, text, anonymous=False).public_id for text in texts
        ]
        path = f"/t/{thread.public_id}"
        db.session.remove()
    return path, story, list(zip(texts, keys, strict=True))


@pytest.mark.parametrize("width", AXE_WIDTHS)
def test_a_visitor_finds_the_story_and_its_replies_folded_until_opening_the_note(
    new_context, site, width
):
    path, story, replies = _noted_thread(site, 2)
    page = new_context(viewport={"width": width, "height": 900}).new_page()
    page.goto(path)
    note = page.locator("details.content-note")
    expect(note).to_have_count(1)
    expect(note.locator("summary")).to_contain_text(f"Content note: {NOTE}")
    expect(note.locator("summary")).to_contain_text(BOTH_HIDDEN)
    expect(page.get_by_text(story)).to_be_hidden()
    for text, _ in replies:
        expect(page.get_by_text(text)).to_be_hidden()
    # Outside the note: the support link and the reply box, with the flag said once.
    expect(page.locator(".support-panel")).to_be_visible()
    reply_box = page.locator("section.reply-box")
    expect(reply_box.get_by_role("link", name="Log in")).to_be_visible()
    expect(page.locator(".no-why-banner")).to_have_count(1)
    expect(reply_box.locator(".no-why-banner")).to_have_text(re.compile(re.escape(BANNER)))
    assert_axe_clean(page, f"a folded thread at {width} px")
    if width == AXE_WIDTHS[0]:
        shoot_both_widths(page, "content-note-closed")

    note.locator("summary").click()
    expect(note).to_have_attribute("open", "")
    expect(page.get_by_text(story)).to_be_visible()
    for text, _ in replies:
        expect(page.get_by_text(text)).to_be_visible()
    expect(note.locator(".when-closed")).to_be_hidden()
    assert_axe_clean(page, f"an opened folded thread at {width} px")
    if width == AXE_WIDTHS[0]:
        shoot_both_widths(page, "content-note-open")


def test_a_link_to_a_folded_reply_opens_the_note_on_that_reply(new_context, site):
    path, story, replies = _noted_thread(site, 31)  # 30 a page: the last is on page 2
    page = new_context(viewport={"width": 1280, "height": 900}).new_page()

    text, key = replies[3]
    page.goto(f"/p/{key}")
    expect(page).to_have_url(re.compile(rf"{re.escape(path)}#p-{key}$"))
    expect(page.locator("details.content-note")).to_have_attribute("open", "")
    expect(page.locator(f"#p-{key}")).to_be_in_viewport()
    expect(page.get_by_text(text)).to_be_visible()

    # Page 2 shows no story, and says so; the link to its reply opens it all the same.
    text, key = replies[-1]
    page.goto(f"/p/{key}")
    expect(page).to_have_url(re.compile(rf"{re.escape(path)}\?page=2#p-{key}$"))
    note = page.locator("details.content-note")
    expect(note.locator("summary")).to_contain_text(REPLIES_HIDDEN)
    expect(note).to_have_attribute("open", "")
    expect(page.locator(f"#p-{key}")).to_be_in_viewport()
    expect(page.get_by_text(story)).to_have_count(0)
    assert_axe_clean(page, "page 2 of a folded thread, opened by a link")
    shoot_both_widths(page, "content-note-page-2-linked")

    # Arriving without a fragment, the note is closed; a fragment set later opens it.
    page.goto(f"{path}?page=2")
    expect(note).not_to_have_attribute("open", re.compile(".*"))
    expect(page.get_by_text(text)).to_be_hidden()
    page.evaluate(f"window.location.hash = 'p-{key}'")
    expect(note).to_have_attribute("open", "")
    expect(page.locator(f"#p-{key}")).to_be_in_viewport()

    # Chromium opens a <details> around a fragment's target itself (so do the steps above,
    # with or without JavaScript); forum.js does it for browsers that do not. Its own
    # handler, alone: the note closed again and scrolled away, a hashchange reopens it.
    page.evaluate("document.querySelector('details.content-note').open = false; scrollTo(0, 0)")
    expect(note).not_to_have_attribute("open", re.compile(".*"))
    page.evaluate("window.dispatchEvent(new HashChangeEvent('hashchange'))")
    expect(note).to_have_attribute("open", "")
    expect(page.locator(f"#p-{key}")).to_be_in_viewport()
    # …and it leaves a note alone when the fragment is outside it, or names nothing.
    for fragment in ("reply-heading", "nothing-here", "%E0%A4%A"):
        page.evaluate(
            "document.querySelector('details.content-note').open = false;"
            f"history.replaceState(null, '', '#{fragment}');"
            "window.dispatchEvent(new HashChangeEvent('hashchange'))"
        )
        expect(note).not_to_have_attribute("open", re.compile(".*"))

    # The page links of an opened thread land on the replies, opened.
    page.goto(path)
    page.locator("details.content-note summary").click()
    page.get_by_role("navigation", name="Reply pages").get_by_role("link", name="Next →").click()
    expect(page).to_have_url(re.compile(r"\?page=2#replies$"))
    expect(note).to_have_attribute("open", "")
    expect(page.get_by_text(text)).to_be_visible()


def test_without_javascript_the_note_still_opens_and_the_reply_box_is_outside_it(new_context, site):
    path, story, replies = _noted_thread(site, 1)
    page = new_context(java_script_enabled=False).new_page()
    page.goto(path)
    text, _ = replies[0]
    expect(page.get_by_text(text)).to_be_hidden()
    expect(page.locator("section.reply-box")).to_be_visible()
    page.locator("details.content-note summary").click()
    expect(page.get_by_text(text)).to_be_visible()
    expect(page.get_by_text(story)).to_be_visible()


def test_the_lists_mark_only_threads_open_to_why_questions_and_say_the_default_once(
    new_context, site
):
    open_path, _, _ = _noted_thread(site, 0, flagged=False)
    with site.app.app_context():
        flags = dict(db.session.execute(select(Thread.title, Thread.no_why_replies)).all())
        open_title = db.session.scalar(
            select(Thread.title).where(Thread.public_id == open_path.rsplit("/", 1)[1])
        )
        slug = db.session.scalars(select(Category)).first().slug
        db.session.remove()
    page = new_context(viewport={"width": 1280, "height": 900}).new_page()
    for url, where in (("/", "the front page"), (f"/c/{slug}", "a category page")):
        page.goto(url)
        expect(page.locator(".list-note")).to_have_count(1)
        expect(page.locator(".list-note")).to_contain_text(
            "Unless a story is marked Open to “why” questions, its author asked for no “why did"
        )
        expect(page.locator(".no-why-tag")).to_have_count(0)
        rows = page.locator("li.thread-row")
        for index in range(rows.count()):
            row = rows.nth(index)
            title = row.locator("a.thread-title").inner_text()
            expect(row.locator(".open-tag")).to_have_count(0 if flags[title] else 1)
        newest = rows.filter(has_text=open_title)  # the newest thread, first in both lists
        expect(newest.locator(".open-tag")).to_have_text("Open to “why” questions")
        assert_axe_clean(page, where)
        shoot_both_widths(page, f"lists-open-to-why-{'front' if url == '/' else 'category'}")


def test_a_member_sees_the_banner_once_where_the_reply_is_written(new_context, site):
    path, _, _ = _noted_thread(site, 1)
    member = f"member_{unique()}"
    with site.app.app_context():
        create_user(member, PASSWORD)
        db.session.remove()
    page = new_context(viewport={"width": 390, "height": 844}).new_page()
    log_in_member(page, member)
    page.goto(path)
    banner = page.locator(".no-why-banner")
    expect(banner).to_have_count(1)
    expect(page.locator("section.reply-box .no-why-banner")).to_be_visible()
    expect(page.locator("section.reply-box form#reply")).to_be_visible()
    expect(page.get_by_text("Peers here answer with stories, not judgement.")).to_have_count(0)
    assert_axe_clean(page, "a folded, flagged thread for a member")
    shoot_both_widths(page, "content-note-member")


def test_a_moderator_changes_the_note_from_the_post_page_and_the_log_says_so(new_context, site):
    path, _, replies = _noted_thread(site, 1)
    moderator = f"mod_{unique()}"
    with site.app.app_context():
        create_user(moderator, PASSWORD, role=Role.MODERATOR)
        db.session.remove()
    page = new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in_member(page, moderator)
    _, key = replies[0]
    page.goto(f"/mod/p/{key}")
    field = page.get_by_label("Content note (empty: none)")
    expect(field).to_have_value(NOTE)
    assert_axe_clean(page, "a post's moderation page with the content note form")
    field.fill("overdose")
    page.locator("#note-reason").fill("The story is about an overdose.")
    page.get_by_role("button", name="Save the content note").click()
    expect(page).to_have_url(re.compile(rf"/mod/p/{key}$"))
    expect(page.get_by_text("Content note set: “overdose”.")).to_be_visible()
    page.goto("/mod/log?action=content+note")
    row = page.locator("table.log tbody tr").first
    expect(row).to_contain_text(moderator)
    expect(row).to_contain_text(
        "from “patient death” to “overdose”. The story is about an overdose."
    )
    assert_axe_clean(page, "the audit log with a content note line")
    shoot_both_widths(page, "content-note-log")
    page.goto(path)
    expect(page.locator("details.content-note summary")).to_contain_text("Content note: overdose")


def test_the_author_changes_and_then_clears_the_note_by_editing_the_story(new_context, site):
    author = f"opener_{unique()}"
    story = f"What happened on the ward, {unique(6)}."
    with site.app.app_context():
        member = create_user(author, PASSWORD)
        category = db.session.scalars(select(Category)).first()
        opening = services.create_thread(
            member,
            category_id=category.id,
            title=f"A story to edit {unique(6)}",
            body=story,
            anonymous=True,
            content_note=NOTE,
        )
        path, key = f"/t/{opening.thread.public_id}", opening.public_id
        db.session.remove()
    page = new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in_member(page, author)
    page.goto(f"/p/{key}/edit")
    field = page.get_by_label("Content note (optional)")
    expect(field).to_have_value(NOTE)
    assert_axe_clean(page, "the edit form of a story with a content note")
    shoot_both_widths(page, "content-note-edit")
    field.fill("overdose")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Your changes are saved.")).to_be_visible()
    expect(page.locator("details.content-note summary")).to_contain_text("Content note: overdose")

    page.goto(f"/p/{key}/edit")
    page.get_by_label("Content note (optional)").fill("")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Your changes are saved.")).to_be_visible()
    page.goto(path)
    expect(page.locator("details.content-note")).to_have_count(0)
    expect(page.get_by_text(story)).to_be_visible()
