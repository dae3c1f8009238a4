"""Moderators' comfort in a real browser: the header's count of waiting items, approve then
"Next item", reject asking once more (a dialog with JavaScript, a page without), the queue
with a long reported text and the audit log at 1,280 and 390 px (axe, keyboard, no sideways
scrolling)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from forum.auth.services import create_user
from forum.extensions import db
from forum.models import HeldBecause, Post, PostStatus, Report, Role, Thread, User
from forum.moderation import posts as actions
from forum.threads import services
from tests.browser.members import PASSWORD, log_in_member, unique
from tests.browser.test_pages import assert_axe_clean, expect

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/browser-shots")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
KEY = re.compile(r"/mod/p/([a-z2-7]{12})$")


def _member(site, role: Role = Role.MEMBER) -> str:
    """A new account (logins are rate-limited per name), its name."""
    name = f"{role.value}_{unique()}"
    with site.app.app_context():
        create_user(name, PASSWORD, role=role)
        db.session.remove()
    return name


def _post(site, body: str, *, held: bool = True) -> str:
    """A reply by a new member in the demo's first thread: held by the guard, or published
    and reported by another new member. Its public id."""
    with site.app.app_context():
        writer = db.session.scalar(select(User).where(User.username == _member(site)))
        thread = db.session.scalars(select(Thread).order_by(Thread.id)).first()
        if held:
            post = services.create_reply(
                thread, writer, body, anonymous=True, held_because=HeldBecause.GUARD
            )
        else:
            post = services.create_reply(thread, writer, body, anonymous=True)
            reporter = db.session.scalar(select(User).where(User.username == _member(site)))
            db.session.add(Report(post_id=post.id, reporter_id=reporter.id, reason="identifying"))
            db.session.commit()
        key = post.public_id
        db.session.remove()
    return key


def _status(site, key: str) -> str:
    with site.app.app_context():
        status = db.session.scalar(select(Post.status).where(Post.public_id == key))
        db.session.remove()
    return status


def _waiting(page) -> int:
    """The count on the header's Moderation link (in the account menu: opened first)."""
    menu = page.locator("header details.menu")
    if menu.count() and menu.get_attribute("open") is None:
        menu.locator("summary").click()
    link = page.locator("header a.mod-link")
    expect(link).to_be_visible()
    count = link.locator(".count")
    if count.count() == 0:
        return 0
    return int(re.match(r"(\d+)", count.inner_text()).group(1))


def _moderator_page(new_context, site, viewport=DESKTOP, **options):
    page = new_context(viewport=viewport, **options).new_page()
    log_in_member(page, _member(site, Role.MODERATOR))
    return page


def test_the_moderation_link_counts_the_waiting_items(new_context, site):
    page = _moderator_page(new_context, site)
    page.goto("/")
    before = _waiting(page)
    _post(site, f"Why did you not call for help? {unique(6)}")
    _post(site, f"Same here, and it still hurts. {unique(6)}", held=False)
    page.reload()
    assert _waiting(page) == before + 2
    expect(page.locator("header a.mod-link .count")).to_have_text(f"{before + 2} waiting")
    page.locator("header a.mod-link").click()
    expect(page.locator(".queue-summary")).to_contain_text(f"{before + 2} waiting.")


def test_approve_then_next_item_leads_to_another_waiting_post(new_context, site):
    first = _post(site, f"Why did you not ask for a second check? {unique(6)}")
    _post(site, f"Why did you not call the doctor? {unique(6)}")
    page = _moderator_page(new_context, site)
    page.goto(f"/mod/p/{first}")
    page.get_by_role("button", name="Approve and publish").click()
    expect(page.locator(".flash")).to_contain_text("Approved")
    decided = page.locator(".decided")
    expect(decided).to_contain_text("Nothing on this post waits for a decision.")
    page.screenshot(path=SHOTS / "mod-decided-1280.png", full_page=True)
    assert_axe_clean(page, "a post's moderation page after a decision")
    decided.get_by_role("link", name="Next item").click()
    expect(page).to_have_url(KEY)
    assert KEY.search(page.url).group(1) != first
    expect(page.get_by_role("link", name="Skip to the next item")).to_be_visible()
    page.go_back()
    expect(page).to_have_url(re.compile(rf"/mod/p/{first}$"))


def test_reject_asks_in_a_dialog_with_javascript(new_context, site):
    key = _post(site, f"Why did you not double-check? {unique(6)}")
    page = _moderator_page(new_context, site)
    page.goto(f"/mod/p/{key}")
    zone = page.locator(".danger-zone").first
    zone.get_by_label("Note to the writer").fill("Please tell your own story instead.")
    zone.get_by_role("button", name="Reject").click()
    dialog = page.get_by_role("dialog", name="Reject this reply?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Please tell your own story instead.")
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    page.screenshot(path=SHOTS / "mod-reject-dialog-1280.png")
    assert_axe_clean(page, "the reject dialog")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    assert _status(site, key) == PostStatus.HELD

    zone.get_by_role("button", name="Reject").click()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert _status(site, key) == PostStatus.HELD

    zone.get_by_role("button", name="Reject").click()
    dialog.get_by_role("button", name="Reject").click()
    expect(page.locator(".flash")).to_contain_text("Rejected. The writer receives your note.")
    assert _status(site, key) == PostStatus.REJECTED


def test_reject_asks_on_a_page_without_javascript(new_context, site):
    key = _post(site, f"Why did you not escalate? {unique(6)}")
    page = _moderator_page(new_context, site, java_script_enabled=False)
    page.goto(f"/mod/p/{key}")
    zone = page.locator(".danger-zone").first
    zone.get_by_label("Note to the writer").fill("Not the place for this question.")
    zone.get_by_role("button", name="Reject").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reject this reply?")
    expect(page.get_by_label("Note to the writer")).to_have_value(
        "Not the place for this question."
    )
    page.screenshot(path=SHOTS / "mod-reject-confirm-1280.png", full_page=True)
    page.get_by_role("link", name="Cancel").click()
    expect(page).to_have_url(re.compile(rf"/mod/p/{key}$"))
    assert _status(site, key) == PostStatus.HELD

    zone.get_by_label("Note to the writer").fill("Not the place for this question.")
    zone.get_by_role("button", name="Reject").click()
    page.get_by_role("button", name="Reject").click()
    expect(page.locator(".flash")).to_contain_text("Rejected.")
    assert _status(site, key) == PostStatus.REJECTED


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_confirm_page_passes_axe(new_context, site, viewport):
    """axe needs JavaScript: the page is reached as a browser without <dialog> would."""
    key = _post(site, f"Why did you not stop? {unique(6)}")
    page = _moderator_page(new_context, site, viewport)
    page.goto(f"/mod/p/{key}")
    form = page.locator(".danger-zone form", has=page.get_by_label("Note to the writer"))
    form.evaluate("form => form.removeAttribute('data-confirm')")
    form.get_by_label("Note to the writer").fill("Not here, please.")
    form.get_by_role("button", name="Reject").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reject this reply?")
    page.screenshot(path=SHOTS / f"mod-confirm-{viewport['width']}.png", full_page=True)
    assert_axe_clean(page, f"the reject confirm page at {viewport['width']} px")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_queue_with_a_long_reported_text_passes_axe_and_scrolls_by_keyboard(
    new_context, site, viewport
):
    marker = unique()
    paragraphs = [
        f"Paragraph {n} of a long account ({marker}), told **in full**." for n in range(80)
    ]
    _post(site, "\n\n".join(paragraphs), held=False)
    page = _moderator_page(new_context, site, viewport)
    page.goto("/mod")
    while not page.locator(".queue-item", has_text=marker).count():
        page.locator("a[rel=next]").first.click()  # on a later page of the queue
    item = page.locator(".queue-item", has_text=marker)
    text = item.get_by_role("region")
    expect(text.locator("strong").first).to_have_text("in full")
    assert text.evaluate("el => el.scrollHeight > el.clientHeight"), "the text does not scroll"
    width = viewport["width"]
    page.screenshot(path=SHOTS / f"mod-queue-{width}.png")
    assert_axe_clean(page, f"the moderation queue at {width} px")
    text.focus()
    expect(text).to_be_focused()
    page.keyboard.press("End")  # scrolls the focused region (smoothly: wait for it)
    page.wait_for_function("el => el.scrollTop > 0", arg=text.element_handle())
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, "the queue scrolls sideways"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_audit_log_fits_the_screen_and_passes_axe(new_context, site, viewport):
    key = _post(site, f"Why did you not wait? {unique(6)}")
    with site.app.app_context():
        moderator = db.session.scalar(select(User).where(User.role == Role.MODERATOR))
        post = db.session.scalar(select(Post).where(Post.public_id == key))
        reason = "A long reason without spaces: " + "identifying-details-" * 12
        actions.approve(post, moderator, reason)
        db.session.remove()
    page = _moderator_page(new_context, site, viewport)
    page.goto("/mod/log")
    expect(page.get_by_role("heading", name="Audit log")).to_be_visible()
    expect(page.locator("table.log")).to_contain_text("identifying-details-identifying")
    width = viewport["width"]
    page.screenshot(path=SHOTS / f"mod-log-{width}.png", full_page=True)
    assert_axe_clean(page, f"the audit log at {width} px")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"the audit log scrolls sideways ({scroll_width} px)"
