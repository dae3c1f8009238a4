"""The forum in a real browser: reading, folding, voting with and without JavaScript,
replying and quoting, form errors, accessibility, and a phone-sized screen."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from forum import demo_content
from forum.extensions import db
from forum.models import PUBLIC_ID_PATTERN, Thread
from tests.browser.members import unique

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/browser-shots")
FOLDED = next(t for t in demo_content.THREADS if t["content_note"] == "suicide")
VOTED_ON = next(t for t in demo_content.THREADS if t["title"].startswith("Email autocomplete"))
REPLIED_TO = next(t for t in demo_content.THREADS if t["title"].startswith("I dispensed"))


def expect(target):
    """playwright's `expect`, imported late so that this module imports without playwright
    (the folder is skipped then, see conftest)."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


def log_in(page: Page, site, username: str) -> None:
    """Log in through the real form, as a person would."""
    page.goto("/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(site.passwords[username])
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("navigation", name="Account")).to_contain_text(username)


def post_by(page: Page, username: str):
    """The first post on the page written by `username`."""
    author = page.locator(".post-meta .author a", has_text=re.compile(rf"^{re.escape(username)}$"))
    return page.locator("article.post").filter(has=author).first


def test_a_visitor_sees_threads_and_categories_opens_a_thread_and_comes_back(page, site):
    page.goto("/")
    expect(page.get_by_role("heading", name="Latest threads")).to_be_visible()
    # Other browser tests add threads to this site, so page 1 is the latest 25 of them all.
    with site.app.app_context():
        latest = db.session.scalars(
            select(Thread.title)
            .order_by(Thread.last_activity_at.desc(), Thread.id.desc())
            .limit(25)
        ).all()
        db.session.remove()
    expect(page.locator("ul.thread-list a.thread-title")).to_have_text(latest)
    categories = page.get_by_role("complementary").locator("a.category-name")
    expect(categories).to_have_text([c["name"] for c in demo_content.CATEGORIES])

    page.get_by_role("link", name=latest[0], exact=True).click()
    expect(page).to_have_url(re.compile(rf"/t/{PUBLIC_ID_PATTERN}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(latest[0])

    page.go_back()
    expect(page).to_have_url(site.url + "/")
    expect(page.get_by_role("heading", name="Latest threads")).to_be_visible()


def test_a_story_with_a_content_note_stays_folded_until_the_reader_opens_it(page, site):
    page.goto(site.thread_path(FOLDED["title"]))
    note = page.locator("details.content-note")
    expect(note.locator("summary")).to_contain_text(f"Content note: {FOLDED['content_note']}")
    first_words = FOLDED["body"].split("\n")[0][:60]
    story = page.get_by_text(first_words)
    expect(story).to_be_attached()
    expect(story).to_be_hidden()
    expect(note).not_to_have_attribute("open", re.compile(".*"))

    note.locator("summary").click()
    expect(story).to_be_visible()
    expect(note).to_have_attribute("open", "")


def test_a_member_votes_helpful_in_place_and_takes_it_back(page, site):
    log_in(page, site, "member")
    thread_path = site.thread_path(VOTED_ON["title"])
    page.goto(thread_path)
    opening = page.locator("article.opening")
    button = opening.locator("form.vote button")
    score = button.locator(".score")
    expect(button).to_have_attribute("aria-pressed", "false")
    before = int(score.inner_text())
    thread_url = page.url
    page.evaluate("window.__marker = 1")

    with page.expect_response(lambda r: r.url.endswith("/vote")) as sent:
        button.click()
    assert sent.value.headers["content-type"].startswith("application/json")
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(score).to_have_text(str(before + 1))
    expect(button).to_contain_text("Helpful ✓")
    assert page.url == thread_url
    assert page.evaluate("window.__marker") == 1, "the page was reloaded"

    page.reload()
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(score).to_have_text(str(before + 1))

    page.evaluate("window.__marker = 2")
    button.click()
    expect(button).to_have_attribute("aria-pressed", "false")
    expect(score).to_have_text(str(before))
    expect(button.locator(".label")).to_have_text("Helpful")
    assert page.url == thread_url
    assert page.evaluate("window.__marker") == 2, "the page was reloaded"

    page.reload()
    expect(button).to_have_attribute("aria-pressed", "false")
    expect(score).to_have_text(str(before))


def test_without_javascript_a_vote_is_a_form_post_that_lands_back_at_the_post(new_context, site):
    page = new_context(java_script_enabled=False).new_page()
    log_in(page, site, "member")
    thread_path = site.thread_path(VOTED_ON["title"])
    page.goto(thread_path)
    post = post_by(page, "ward.pharmacist")
    post_id = post.get_attribute("id")
    button = post.locator("form.vote button")
    score = button.locator(".score")
    expect(button).to_have_attribute("aria-pressed", "false")
    before = int(score.inner_text())
    back_at_post = re.compile(rf"{re.escape(site.url + thread_path)}\??#{post_id}$")

    with page.expect_navigation():
        button.click()
    expect(page).to_have_url(back_at_post)
    expect(page.locator(":target")).to_have_attribute("id", post_id)
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(score).to_have_text(str(before + 1))

    with page.expect_navigation():
        button.click()
    expect(page).to_have_url(back_at_post)
    expect(button).to_have_attribute("aria-pressed", "false")
    expect(score).to_have_text(str(before))


def test_a_reply_lands_on_its_permalink_and_quote_fills_the_reply_form(page, site):
    log_in(page, site, "moderator")
    thread_path = site.thread_path(REPLIED_TO["title"])
    page.goto(thread_path)
    text = f"Browser reply {unique()}: the same happened to me."
    form = page.locator("form#reply")
    form.get_by_label("Text").fill(text)
    form.get_by_role("button", name="Post reply").click()

    expect(page).to_have_url(re.compile(rf"{re.escape(thread_path)}#p-{PUBLIC_ID_PATTERN}$"))
    post_id = page.url.rsplit("#", 1)[1]
    new_post = page.locator(f"article#{post_id}")
    expect(new_post).to_contain_text(text)
    expect(new_post.locator(".badge")).to_have_text("You")
    expect(page.locator(":target")).to_have_attribute("id", post_id)
    expect(new_post).to_be_in_viewport()

    page.locator("article.opening").get_by_role("link", name="Quote").click()
    expect(page).to_have_url(re.compile(rf"/reply\?quote={PUBLIC_ID_PATTERN}#reply$"))
    # The demo story is anonymous: the quote names its author as the thread shows them.
    expect(page.get_by_label("Text")).to_have_value(
        re.compile(rf"^> \[\*\*Original poster\*\* wrote\]\(/p/{PUBLIC_ID_PATTERN}\):\n>\n> ")
    )
    assert REPLIED_TO["author"] not in page.get_by_label("Text").input_value()


def _choose_a_category(page) -> None:
    """The new-thread form has no category until the writer picks one."""
    page.get_by_label("Category").select_option(index=1)


def test_a_story_with_a_name_is_checked_and_published_only_when_the_writer_says_so(page, site):
    log_in(page, site, "member")
    page.goto("/new")
    _choose_a_category(page)
    title = f"Checked story {unique()}"
    body = "I looked after Jonathan Price on a night shift and missed his second dose."
    page.get_by_label("Title").fill(title)
    page.get_by_label("Text").fill(body)
    page.get_by_role("button", name="Post thread").click()

    review = page.locator("#review")
    expect(review).to_contain_text("1 detail could identify someone")
    expect(review.locator("mark")).to_contain_text("Jonathan Price")
    expect(page.get_by_label("Text")).to_have_value(body)
    assert_axe_clean(page, "the identifying-details review")
    review.get_by_role("link", name="Edit").click()
    expect(page).to_have_url(re.compile(r"/new#body$"))
    review.get_by_role("button", name="Publish as is").click()

    expect(page.locator("h1")).to_have_text(title)
    opening = page.locator("article.opening")
    expect(opening.locator(".author")).to_contain_text("Original poster")
    expect(opening.locator(".badge")).to_have_text("You · posted anonymously")


def test_a_too_short_title_and_a_too_long_story_are_refused_and_the_story_is_kept(page, site):
    log_in(page, site, "member")
    page.goto("/new")
    _choose_a_category(page)
    body = "x" * 20_001
    page.get_by_label("Title").fill("ab")
    page.get_by_label("Text").fill(body)
    page.get_by_role("button", name="Post thread").click()

    expect(page).to_have_url(site.url + "/new")
    expect(page.get_by_role("alert")).to_contain_text("2 fields need attention")
    expect(page.locator("#title-error")).to_have_text("Use between 3 and 150 characters.")
    expect(page.locator("#body-error")).to_have_text("Use at most 20,000 characters (Markdown).")
    expect(page.get_by_label("Title")).to_have_value("ab")
    textarea = page.get_by_label("Text")
    assert textarea.get_attribute("maxlength") is None
    assert len(textarea.input_value()) == 20_001
    assert textarea.input_value() == body


AXE_PAGES = {
    "front page": (None, "/"),
    "thread page": ("member", FOLDED["title"]),
    "login page": (None, "/login"),
    "new-thread form": ("member", "/new"),
    "my posts page": ("member", "/me/posts"),
}


@pytest.mark.parametrize("where", AXE_PAGES)
def test_axe_finds_nothing_serious_or_critical_on_the(where, page, site):
    username, target = AXE_PAGES[where]
    if username:
        log_in(page, site, username)
    page.goto(target if target.startswith("/") else site.thread_path(target))
    closed = page.locator("details:not([open]) > summary")
    while closed.count():  # unfold content notes (and the header's menu) so axe checks them too
        closed.first.click()
    assert_axe_clean(page, where)


AXE_WIDTHS = (1280, 390)  # every page axe checks, it checks at a desktop's and a phone's width
AXE_CHECKED: set[str] = set()  # the pages checked in this run, by the name each test gives


def assert_axe_clean(page: Page, where: str) -> None:
    """No axe violation of any impact on the page as it is now, at 1,280 and at 390 px wide
    (the page's own viewport is put back afterwards)."""
    from axe_playwright_python.sync_playwright import Axe

    viewport = page.viewport_size
    found = []
    try:
        for width in AXE_WIDTHS:
            page.set_viewport_size({"width": width, "height": viewport["height"]})
            for violation in Axe().run(page).response["violations"]:
                found.append((width, violation))
    finally:
        page.set_viewport_size(viewport)
    AXE_CHECKED.add(re.sub(r" at [\d,]+ ?px", "", where))
    for width, violation in found:
        print(f"{where} at {width}px: {violation['id']} ({violation['impact']})")
        for node in violation["nodes"]:
            print(f"    {node['target']}: {node['html'][:160]}")
    assert not found, f"axe on the {where}: " + "; ".join(
        f"{v['id']} at {width}px ({v['impact']}, {len(v['nodes'])} elements): {v['help']}"
        for width, v in found
    )


def assert_fits_both_widths(page: Page, where: str, shot: str) -> None:
    """axe finds nothing, and at 1,280 and 390 px wide the page does not scroll sideways."""
    assert_axe_clean(page, where)
    shoot_both_widths(page, shot)


def shoot_both_widths(page: Page, shot: str) -> None:
    """A full-page screenshot at 1,280 and 390 px wide (SHOTS/<shot>-<width>.png), checking
    at each that the page does not scroll sideways; the viewport is put back afterwards."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    viewport = page.viewport_size
    try:
        for width in AXE_WIDTHS:
            page.set_viewport_size({"width": width, "height": viewport["height"]})
            page.screenshot(path=SHOTS / f"{shot}-{width}.png", full_page=True)
            scroll, client = page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            assert scroll <= client, f"{shot} scrolls sideways at {width} px"
    finally:
        page.set_viewport_size(viewport)


def test_the_front_page_and_a_thread_fit_a_390px_wide_phone(new_context, site):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = new_context(viewport={"width": 390, "height": 844}).new_page()
    width = "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"

    page.goto("/")
    page.screenshot(path=SHOTS / "front-390.png", full_page=True)
    scroll_width, client_width = page.evaluate(width)
    assert scroll_width <= client_width, "the front page scrolls sideways on a phone"

    log_in(page, site, "member")
    page.goto(site.thread_path(VOTED_ON["title"]))
    page.screenshot(path=SHOTS / "thread-390.png", full_page=True)
    scroll_width, client_width = page.evaluate(width)
    assert scroll_width <= client_width, "the thread page scrolls sideways on a phone"
