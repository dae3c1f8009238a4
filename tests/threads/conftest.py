"""Members reading thread pages as in production: CSRF checks on, each request in its own
app context (tests/threads/test_cards.py, test_member_forms.py)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import PASSWORD, RequestPerContextClient, serving

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


@pytest.fixture
def checked(make_app):
    """An app with CSRF checks on, as in production."""
    yield from serving(make_app(WTF_CSRF_ENABLED=True))


def logged_in(app, user):
    """A client of `app` logged in as `user` through the login form."""
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    page = client.get("/login").get_data(as_text=True)
    data = {"username": user.username, "password": PASSWORD, "csrf_token": CSRF.search(page)[1]}
    assert client.post("/login", data=data).status_code == 302
    return client
