"""Members the browser tests create for themselves (logins are rate-limited per username,
so a test that logs in makes a member of its own), and logging them in through the form."""

from __future__ import annotations

import secrets
import string

PASSWORD = "a browser test passphrase"


def unique(length: int = 8) -> str:
    """A random word of lower-case letters, to tell this test's names and texts apart.

    Letters only: a hex marker is now and then all digits ("51674296"), which the
    identifying-details check rightly takes for a record number."""
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(length))


def log_in_member(page, name: str) -> None:
    """Log in as a member made with PASSWORD, through the real form."""
    from tests.browser.test_pages import expect  # test_pages imports this module

    page.goto("/login")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("navigation", name="Account")).to_contain_text(name)


def draft_count(page) -> int:
    """How many drafts this browser keeps, once the page's script has run.

    forum.js is deferred: it settles and clears drafts before the `load` event, which may
    come after the text a test waits for is already on screen."""
    page.wait_for_load_state()
    return page.evaluate(
        "Object.keys(localStorage).filter((k) => k.startsWith('debrief-draft:')).length"
    )
