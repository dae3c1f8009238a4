"""The rules and the limits on the page, in a real browser: the footer's about pages and
support page (axe at 1,280 and 390 px), the support panel on a story with a content note,
the logged-in header on one line at 390 px, its menu without JavaScript, the reading width
of a story, and "Join" leading back to the story."""

from __future__ import annotations

import pytest

from forum.auth.services import create_user
from forum.extensions import db
from tests.browser.members import PASSWORD, log_in_member, unique
from tests.browser.test_pages import (
    FOLDED,
    SHOTS,
    VOTED_ON,
    assert_axe_clean,
    assert_fits_both_widths,
    expect,
)

pytestmark = pytest.mark.browser

PAGES = {
    "About": ("/about", "About Debrief"),
    "How anonymity works": ("/about/anonymity", "How anonymity works"),
    "Community guidelines": ("/about/guidelines", "Community guidelines"),
    "Privacy": ("/about/privacy", "Privacy"),
    "Support after a hard shift": ("/support", "Support after a hard shift"),
}
# The header's height on one line at 390 px is 57 px here (a 3.5rem row and its border); two
# lines made it 100 px or more.
ONE_LINE_HEADER = 70


def _member(site, prefix: str = "reader") -> str:
    """A fresh member (logins are rate-limited per username), with a long-ish name."""
    name = f"{prefix}_{unique()}"
    with site.app.app_context():
        create_user(name, PASSWORD)
        db.session.remove()
    return name


def test_the_footer_links_reach_every_about_page_and_support(page):
    for link, (path, heading) in PAGES.items():
        page.goto("/")
        footer = page.get_by_role("navigation", name="About Debrief").last
        footer.get_by_role("link", name=link, exact=True).click()
        expect(page).to_have_url(page.url.split(path)[0] + path)
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)


@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_nothing_on_the_about_pages_and_they_fit_a_phone(page, name):
    path, _ = PAGES[name]
    page.goto(path)
    assert_fits_both_widths(page, f"{name} page", f"rules{path.replace('/', '-')}")


def test_the_new_thread_form_links_the_rules_before_the_form(page, site):
    log_in_member(page, _member(site))
    page.goto("/new")
    line = page.locator(".before-you-post")
    expect(line).to_contain_text("Before you post")
    line.get_by_role("link", name="how anonymity works").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How anonymity works")


def test_a_story_with_a_content_note_shows_the_support_panel(page, site):
    page.goto(site.thread_path(FOLDED["title"]))
    panel = page.get_by_role("complementary", name="Support")
    expect(panel).to_contain_text("If this story stirs something up")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=SHOTS / "thread-support-panel-1280.png")
    panel.get_by_role("link", name="support after a hard shift").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Support after a hard shift")
    page.goto(site.thread_path(VOTED_ON["title"]))  # no content note, no panel
    expect(page.locator(".support-panel")).to_have_count(0)


def test_the_logged_in_front_page_fits_one_header_line_at_390px(new_context, site):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = new_context(viewport={"width": 390, "height": 844}).new_page()
    log_in_member(page, _member(site, "a_long_username_xyz"))
    page.goto("/")
    header = page.locator("header.site")
    box = header.bounding_box()
    page.screenshot(path=SHOTS / "header-member-390.png")
    assert box["height"] <= ONE_LINE_HEADER, f"the header is {box['height']} px high"
    tops = page.evaluate(
        "[...document.querySelectorAll('header.site .wrap > *, header.site nav > *')]"
        ".filter(e => e.getClientRects().length)"  # shown (the search box is not, on a phone)
        ".map(e => Math.round(e.getBoundingClientRect().top + e.offsetHeight / 2))"
    )
    assert max(tops) - min(tops) <= 12, f"header items on more than one line: {tops}"
    scroll_width, client_width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll_width <= client_width, "the header pushes the page sideways"
    assert_axe_clean(page, "front page at 390 px, logged in")
    # The widest count the header shows ("99+ new") still leaves it on one line.
    page.evaluate(
        "document.querySelector('header .bell').insertAdjacentHTML('beforeend',"
        " ' <span class=\"count\">99+ new</span>')"
    )
    assert header.bounding_box()["height"] <= ONE_LINE_HEADER, "a count wraps the header"
    scroll_width, client_width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll_width <= client_width, "a count pushes the page sideways"
    page.locator("details.menu > summary").click()
    page.screenshot(path=SHOTS / "header-menu-open-390.png")
    assert_axe_clean(page, "front page at 390 px, menu open")


def test_without_javascript_the_menu_opens_and_leads_to_my_posts(new_context, site):
    name = _member(site)
    page = new_context(java_script_enabled=False).new_page()
    log_in_member(page, name)
    my_posts = page.get_by_role("link", name="My posts")
    expect(my_posts).to_be_hidden()
    page.locator("details.menu > summary").click()
    expect(my_posts).to_be_visible()
    my_posts.click()
    expect(page).to_have_url(page.url.split("/me/posts")[0] + "/me/posts")
    page.locator("details.menu > summary").click()
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("link", name="Log in")).to_be_visible()


def test_a_story_reads_at_65_to_80_characters_a_line_at_1280px(new_context, site):
    page = new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(site.thread_path(VOTED_ON["title"]))
    per_line = page.evaluate(
        """() => {
        const p = [...document.querySelectorAll('.post.opening .body p')]
          .sort((a, b) => b.textContent.length - a.textContent.length)[0];
        const text = p.firstChild, range = document.createRange();
        const lines = [];
        let top = null, count = 0;
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i); range.setEnd(text, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (top !== null && rect.top > top + 2) { lines.push(count); count = 0; }
          top = rect.top; count++;
        }
        return lines;
      }"""
    )
    assert len(per_line) >= 2, "the story's longest paragraph fits one line"
    widest = max(per_line)
    assert 65 <= widest <= 80, f"lines of up to {widest} characters: {per_line}"


def test_join_from_a_story_lands_back_on_the_story(page, site):
    path = site.thread_path(VOTED_ON["title"])
    page.goto(path)
    page.get_by_role("link", name="Join", exact=True).click()
    page.get_by_label("Username").fill(f"joiner_{unique()}")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url(site.url + path)
    expect(page.get_by_role("heading", level=1)).to_have_text(VOTED_ON["title"])


def test_favicon_ico_is_served(page):
    response = page.goto("/favicon.ico")
    assert response.status == 200 and response.headers["content-type"] == "image/svg+xml"
