"""Every GET route answers each kind of viewer with the expected status. The table is
checked against app.url_map, so a new route fails here until it is given its row."""

import pytest

from tests.conftest import PASSWORD

LOGIN = "login"  # a redirect to the login page
# endpoint: (path template, visitor, member, author)
EXPECTED = {
    "threads.index": ("/", 200, 200, 200),
    "threads.category": ("/c/{slug}", 200, 200, 200),
    "threads.new_thread": ("/new", LOGIN, 200, 200),
    "threads.thread": ("/t/{thread}", 200, 200, 200),
    "threads.reply": ("/t/{thread}/reply", LOGIN, 200, 200),
    "threads.permalink": ("/p/{post}", 302, 302, 302),
    "threads.single_post": ("/p/{post}/view", 200, 200, 200),
    "threads.edit_post": ("/p/{post}/edit", LOGIN, 403, 200),
    "threads.delete_post": ("/p/{post}/delete", LOGIN, 403, 200),
    "threads.make_anonymous": ("/p/{post}/anonymous", LOGIN, 403, 200),
    "auth.register": ("/register", 200, 302, 302),
    "auth.login": ("/login", 200, 302, 302),
    "auth.account": ("/account", LOGIN, 200, 200),
    "auth.change_password": ("/account/password", LOGIN, 200, 200),
    "auth.export_data": ("/account/export", LOGIN, 200, 200),
    "auth.delete_account": ("/account/delete", LOGIN, 200, 200),
    "auth.account_deleted": ("/account/deleted", 200, 200, 200),
    "users.profile": ("/u/{username}", 200, 200, 200),
    "users.my_posts": ("/me/posts", LOGIN, 200, 200),
    "ops.healthz": ("/healthz", 200, 200, 200),
    "pages.about": ("/about", 200, 200, 200),
    "pages.anonymity": ("/about/anonymity", 200, 200, 200),
    "pages.guidelines": ("/about/guidelines", 200, 200, 200),
    "pages.privacy": ("/about/privacy", 200, 200, 200),
    "pages.support": ("/support", 200, 200, 200),
    "pages.favicon": ("/favicon.ico", 200, 200, 200),
    # Links from e-mail, here with a token that is no good (tests/notify/test_mail_flows.py
    # follows good ones).
    "notify.confirm": ("/confirm/not-a-token", 400, 400, 400),
    "notify.unsubscribe": ("/unsubscribe/not-a-token", 400, 400, 400),
    "notify.reset_request": ("/reset", 200, 200, 200),
    "notify.reset_password": ("/reset/not-a-token", 400, 400, 400),
    "notify.notifications": ("/notifications", LOGIN, 200, 200),
    "feeds.front_page": ("/feed.atom", 200, 200, 200),
    "feeds.category": ("/c/{slug}/feed.atom", 200, 200, 200),
    "feeds.thread": ("/t/{thread}/feed.atom", 200, 200, 200),
    "search.search": ("/search?q=night", 200, 200, 200),
    "moderation.report": ("/p/{post}/report", LOGIN, 200, 403),  # not one's own post
    # Moderators' and administrators' pages: tests/moderation/test_permissions.py has the
    # matrix with moderators, admins and suspended members.
    "moderation.queue": ("/mod", LOGIN, 403, 403),
    "moderation.post": ("/mod/p/{post}", LOGIN, 403, 403),
    "moderation.reveal_author": ("/mod/p/{post}/reveal", LOGIN, 403, 403),
    "moderation.reveals": ("/admin/reveals", LOGIN, 403, 403),
    "moderation.reveal_request": ("/admin/reveals/1", LOGIN, 403, 403),
    "moderation.log": ("/mod/log", LOGIN, 403, 403),
    "moderation.next_in_queue": ("/mod/next", LOGIN, 403, 403),
    "moderation.moderators": ("/admin/moderators", LOGIN, 403, 403),
    "moderation.categories_page": ("/admin/categories", LOGIN, 403, 403),
    "moderation.edit_category": ("/admin/categories/{slug}", LOGIN, 403, 403),
}
ROLES = ["visitor", "member", "author"]


def test_every_get_route_has_a_row_in_the_table(app):
    endpoints = {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if "GET" in rule.methods and rule.endpoint != "static"
    }
    assert endpoints == set(EXPECTED)


@pytest.fixture
def world(make_user, make_category, make_thread, make_reply):
    author = make_user(username="the.author")
    category = make_category(slug="nursing")
    thread = make_thread(author=author, category=category)
    reply = make_reply(thread, author=author)
    return {"author": author, "thread": thread.public_id, "post": reply.public_id}


@pytest.mark.parametrize("endpoint", sorted(EXPECTED))
@pytest.mark.parametrize("role", ROLES)
def test_route_answers_the_viewer_with_the_expected_status(
    client, make_user, world, endpoint, role
):
    template, *statuses = EXPECTED[endpoint]
    expected = statuses[ROLES.index(role)]
    viewer = {"visitor": None, "member": make_user(), "author": world["author"]}[role]
    if viewer is not None:
        client.post("/login", data={"username": viewer.username, "password": PASSWORD})
    path = template.format(
        slug="nursing", thread=world["thread"], post=world["post"], username="the.author"
    )
    response = client.get(path)
    if expected == LOGIN:
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/login?next=")
    else:
        assert response.status_code == expected
