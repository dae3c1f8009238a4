"""Search in a real browser: the header's box on a desktop, its link on a phone, the
search page's results with the matched words marked, a content note folding the passage,
the filters and a query search cannot run; axe at 1,280 and 390 px on each state."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.auth.services import create_user
from forum.extensions import db
from forum.models import Category
from forum.threads import services
from tests.browser.members import PASSWORD, unique
from tests.browser.test_pages import assert_fits_both_widths, expect

pytestmark = pytest.mark.browser


def _story(site, *, note: str | None = None) -> str:
    """An anonymous story with a word nobody else wrote; returns that word."""
    word = "zx" + unique()
    with site.app.app_context():
        author = create_user(f"searched_{unique()}", PASSWORD)
        category = db.session.scalars(select(Category)).first()
        services.create_thread(
            author,
            category_id=category.id,
            title=f"The night of the {word} mix-up",
            body=f"I gave the {word} dose to the wrong patient on a busy night shift.",
            anonymous=True,
            content_note=note,
        )
        db.session.remove()
    return word


def test_the_header_box_finds_a_story_and_marks_the_words(page, site):
    word = _story(site)
    page.goto("/")
    page.get_by_role("search", name="Search the forum").get_by_label(
        "Search stories and replies"
    ).fill(f"{word} patients")
    page.get_by_role("search", name="Search the forum").get_by_role("button").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    expect(page.get_by_text("1 post matches.")).to_be_visible()
    hit = page.locator(".search-hit")
    expect(hit.locator("mark", has_text=word).first).to_be_visible()
    expect(hit.locator(".hit-snippet mark", has_text="patient")).to_be_visible()  # stemmed
    expect(hit).to_contain_text("Original poster")
    expect(page.get_by_label("Words to look for")).to_have_value(f"{word} patients")
    assert_fits_both_widths(page, "search results", "search-results")
    hit.get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(word)
    page.go_back()
    expect(page.get_by_text("1 post matches.")).to_be_visible()


def test_on_a_phone_the_header_links_to_the_search_page(new_context, site):
    page = new_context(viewport={"width": 390, "height": 800}).new_page()
    page.goto("/")
    expect(page.get_by_role("search", name="Search the forum")).to_be_hidden()
    page.get_by_role("link", name="Search", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    expect(page.get_by_text("Try what happened, in your own words")).to_be_visible()
    assert_fits_both_widths(page, "search page before a search", "search-empty")


def test_a_content_note_folds_the_passage_and_filters_narrow_the_results(page, site):
    word = _story(site, note="patient death")
    page.goto(f"/search?q={word}")
    fold = page.locator(".search-hit details.content-note")
    expect(fold).to_contain_text("Content note: patient death")
    expect(fold.locator(".hit-snippet")).to_be_hidden()
    fold.locator("summary").click()
    expect(fold.locator(".hit-snippet")).to_be_visible()
    assert_fits_both_widths(page, "search results with a content note", "search-note")
    page.get_by_label("Content notes").select_option("without")
    page.get_by_role("button", name="Search", exact=True).last.click()
    expect(page.get_by_text("Nothing matches.")).to_be_visible()
    page.get_by_label("Content notes").select_option("with")
    page.get_by_label("Posts").select_option("stories")
    page.get_by_role("button", name="Search", exact=True).last.click()
    expect(page.get_by_text("1 post matches.")).to_be_visible()


def test_a_query_search_cannot_run_says_why_and_keeps_the_text(page):
    page.goto("/search?q=why+did+the")
    expect(page.get_by_text("Those are all very common words")).to_be_visible()
    expect(page.get_by_label("Words to look for")).to_have_value("why did the")
    assert_fits_both_widths(page, "search page with a message", "search-problem")
