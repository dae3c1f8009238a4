"""The Content-Security-Policy in a real browser: every page, as every role, loads with no
violation and no console error, and an injected inline script is blocked and reported."""

from __future__ import annotations

import itertools
import logging
import re

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.models import Post, PostStatus, RevealRequest, Role, Thread, User
from tests.browser.test_pages import log_in
from tests.search.pages import search_url

pytestmark = pytest.mark.browser

ROLES = [None, "member", "moderator", "admin"]
# Put in every page before its own scripts run (Playwright injects it outside the CSP).
WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI}`));
"""
# Chromium logs a failed load's status as a console error: expected on a 403 or 404 page, and
# for the /favicon.ico it asks for on a plain-text response (/healthz).
STATUS_NOISE = re.compile(r"Failed to load resource: the server responded with a status of 4\d\d")


def _values(site) -> dict[str, list]:
    """Real values for every URL variable of a GET route, from the demo forum."""
    with site.app.app_context():
        threads = db.session.scalars(select(Thread).order_by(Thread.id).limit(2)).all()
        posts = db.session.scalars(
            select(Post.public_id).where(Post.thread_id.in_([t.id for t in threads]))
        ).all()
        moderator = db.session.scalar(select(User).where(User.role == Role.MODERATOR))
        request_id = db.session.scalar(select(RevealRequest.id))
        if request_id is None:  # a request asked by a second administrator, for its pages
            second = User(username="second_admin", password_hash="x", role=Role.ADMIN)
            db.session.add(second)
            db.session.flush()
            anonymous = db.session.scalar(select(Post).where(Post.anonymous).limit(1))
            request = RevealRequest(post_id=anonymous.id, requester_id=second.id, reason="Risk.")
            db.session.add(request)
            db.session.commit()
            request_id = request.id
        values = {
            "thread_key": [t.public_id for t in threads],
            "post_key": posts[:4],
            "slug": ["nursing"],
            "username": [moderator.username],
            "user_id": [moderator.id],
            "request_id": [request_id],
            "token": ["not-a-token"],  # a link from e-mail that is no good: its page
            "search": _searches(),  # not a URL variable: queries for /search
        }
        db.session.remove()
    return values


def _searches() -> list[str]:
    """An anonymous writer's username, profession and e-mail, and a word of their post."""
    post = db.session.scalar(
        select(Post).where(Post.anonymous, Post.status == PostStatus.PUBLISHED).order_by(Post.id)
    )
    writer = db.session.get(User, post.author_id)
    word = max(re.findall(r"[^\W\d_]+", post.body_md), key=len)
    email = writer.email or f"{writer.username}@example.org"  # demo members give none
    found = [writer.username, writer.profession, email, word, f"{word} -{word}"]
    return [q for q in found if q] + [f"author:{writer.username}", '"unbalanced']


def _urls(site) -> list[str]:
    values = _values(site)
    urls = []
    for rule in site.app.url_map.iter_rules():
        if rule.endpoint == "static" or "GET" not in rule.methods:
            continue
        names = sorted(rule.arguments)
        missing = set(names) - values.keys()
        assert not missing, f"{rule.rule}: no value for {missing}; add one to _values"
        for combination in itertools.product(*(values[n] for n in names)):
            urls.append(rule.build(dict(zip(names, combination, strict=True)))[1])
    urls += [search_url(q, **args) for q in values["search"] for args in ({}, {"sort": "date"})]
    return sorted(set(urls))


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r or "visitor")
def test_every_page_loads_with_the_policy_and_no_violation_or_console_error(
    new_context, site, role
):
    context = new_context()
    context.add_init_script(WATCH)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    missing: list[str] = []  # what 404'd: the browser's own /favicon.ico on a text response
    page.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)
    if role:
        log_in(page, site, role)
    problems, seen = [], 0
    for url in _urls(site):
        console.clear()
        missing.clear()
        response = page.goto(url)
        assert response is not None, url
        if "logout" in url:
            continue
        if "script-src 'self'" not in response.headers.get("content-security-policy", ""):
            problems.append(f"{url}: no policy ({response.status})")
        violations = page.evaluate("window.__violations || []")
        expected = response.status >= 400 or all(u.endswith("/favicon.ico") for u in missing)
        noise = [m for m in console if not (expected and STATUS_NOISE.search(m))]
        problems += [f"{url}: {v}" for v in violations] + [f"{url}: console: {m}" for m in noise]
        seen += 1
    assert seen >= 25
    assert not problems, "\n".join(problems)


def test_an_injected_inline_script_is_blocked_and_reported(page, site, caplog):
    caplog.set_level(logging.WARNING, logger=site.app.logger.name)
    page.context.add_init_script(WATCH)
    page.goto("/")
    ran = page.evaluate(
        """() => {
          const s = document.createElement("script");
          s.textContent = "window.__ran = true";
          document.body.append(s);
          return window.__ran === true;
        }"""
    )
    assert ran is False
    page.wait_for_function("window.__violations.length > 0")
    assert "script-src" in page.evaluate("window.__violations[0]")
    for _ in range(20):  # the browser sends its report on its own schedule
        if any("CSP violation" in r.getMessage() for r in caplog.records):
            break
        page.wait_for_timeout(250)
    reports = [r.getMessage() for r in caplog.records if "CSP violation" in r.getMessage()]
    assert reports, "no violation report reached the server"
    assert all("127.0.0.1" not in line.split(" on ")[0] for line in reports)
