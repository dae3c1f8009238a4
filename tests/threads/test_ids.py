"""Addresses in URLs. A thread or a post is found by its public id only: its database id, or
anything else not shaped like a public id, is a 404. Routes that still take a database id
(notices, members) answer a 404 for any number that cannot be one, never a crash (PostgreSQL
refuses numbers past its 32-bit integer columns)."""

import re

import pytest

from forum.models import Role

TOO_BIG = "99999999999999999999"

# Keys that are not a public id, each made from a real one (and the object's database id).
NOT_A_KEY = {
    "its database id": lambda key, id: str(id),
    "a number past 32 bits": lambda key, id: TOO_BIG,
    "zero": lambda key, id: "0",
    "a negative number": lambda key, id: "-1",
    "one letter too many": lambda key, id: key + "a",
    "one letter too few": lambda key, id: key[:-1],
    "capitals": lambda key, id: key.upper(),
    "a digit outside the alphabet": lambda key, id: key[:-1] + "1",
}
# (method, URL template): every kind of route addressing a thread or a post.
ROUTES = [
    ("GET", "/t/{thread}"),
    ("GET", "/t/{thread}/reply"),
    ("GET", "/t/{thread}/feed.atom"),
    ("POST", "/t/{thread}/flag"),
    ("GET", "/p/{post}"),
    ("GET", "/p/{post}/view"),
    ("GET", "/p/{post}/edit"),
    ("GET", "/p/{post}/delete"),
    ("GET", "/p/{post}/anonymous"),
    ("POST", "/p/{post}/vote"),
    ("GET", "/mod/p/{post}"),
    ("POST", "/mod/p/{post}/approve"),
    ("POST", "/mod/t/{thread}/lock"),
]


@pytest.fixture
def world(auth, make_user, make_thread, make_reply):
    """A thread and a reply in it, both by an administrator, who is logged in: every route
    above would answer them (with a page, a redirect or a refusal), never a 404."""
    admin = make_user(role=Role.ADMIN)
    thread = make_thread(author=admin)
    reply = make_reply(thread, author=admin)
    auth.login(admin)
    return {"thread": thread, "post": reply}


def _url(template: str, world, make_key=None) -> str:
    def key(obj):
        return make_key(obj.public_id, obj.id) if make_key else obj.public_id

    return template.format(thread=key(world["thread"]), post=key(world["post"]))


@pytest.mark.parametrize("method, template", ROUTES, ids=[f"{m} {t}" for m, t in ROUTES])
def test_the_public_id_reaches_each_route(client, world, method, template):
    assert client.open(_url(template, world), method=method).status_code != 404


@pytest.mark.parametrize("made", NOT_A_KEY.values(), ids=NOT_A_KEY.keys())
@pytest.mark.parametrize("method, template", ROUTES, ids=[f"{m} {t}" for m, t in ROUTES])
def test_anything_but_the_public_id_is_a_404(client, world, method, template, made):
    assert client.open(_url(template, world, made), method=method).status_code == 404


def test_no_route_takes_the_database_id_of_a_thread_or_a_post(app):
    for rule in app.url_map.iter_rules():
        assert not {"thread_id", "post_id"} & rule.arguments, rule.rule
        for name in rule.arguments & {"thread_key", "post_key"}:
            assert f"<key:{name}>" in rule.rule, rule.rule


# Routes that take a database id -------------------------------------------------------------


def _id_routes(app) -> list:
    return [rule for rule in app.url_map.iter_rules() if "<id:" in rule.rule]


def test_only_notices_members_and_other_non_posts_take_a_database_id(app):
    endpoints = {rule.endpoint for rule in _id_routes(app)}
    assert {"moderation.dismiss_notice", "moderation.remove_moderator"} <= endpoints
    assert not [e for e in endpoints if e.startswith("threads.")]


@pytest.mark.parametrize("number", [TOO_BIG, "2147483648", "0", "-1"])
def test_a_number_no_row_can_have_is_a_404_where_a_database_id_is_taken(
    app, client, auth, make_user, number
):
    auth.login(make_user(role=Role.ADMIN))
    for rule in _id_routes(app):
        url = re.sub(r"<id:\w+>", number, rule.rule)
        method = "GET" if "GET" in rule.methods else "POST"
        assert client.open(url, method=method).status_code == 404, url


# The quote parameter --------------------------------------------------------------------------


@pytest.mark.parametrize("made", NOT_A_KEY.values(), ids=NOT_A_KEY.keys())
def test_a_quote_of_anything_but_a_public_id_opens_an_empty_reply_form(client, world, made):
    post = world["post"]
    response = client.get(
        f"/t/{world['thread'].public_id}/reply?quote={made(post.public_id, post.id)}"
    )
    assert response.status_code == 200
    assert "wrote]" not in response.get_data(as_text=True)


@pytest.mark.parametrize("quote", ["abc", ""])
def test_a_quote_of_nothing_opens_an_empty_reply_form(client, world, quote):
    response = client.get(f"/t/{world['thread'].public_id}/reply?quote={quote}")
    assert response.status_code == 200
    assert "wrote]" not in response.get_data(as_text=True)


def test_a_quote_of_the_public_id_fills_the_reply_form(client, world):
    post = world["post"]
    page = client.get(f"/t/{world['thread'].public_id}/reply?quote={post.public_id}")
    assert f"wrote](/p/{post.public_id})" in page.get_data(as_text=True)
