"""The rules and the limits on the page: the about pages, the members-only setting, the
support page and its file, and the small things (favicon, `next` on login and join links,
a page argument that is no number)."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from forum import demo
from forum.extensions import db
from forum.models import Vote
from forum.pages.support import DEFAULT, support_path
from tests.conftest import PASSWORD

ABOUT = ["/about", "/about/anonymity", "/about/guidelines", "/about/privacy", "/support"]
PLACEHOLDER = "[Operator: add your organisation's employee assistance line here]"


# The about pages -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ABOUT)
def test_every_about_page_is_linked_from_the_footer_of_every_page(client, path):
    footer = client.get("/").text.split('<footer class="site">')[1]
    assert f'href="{path}"' in footer
    assert client.get(path).status_code == 200


def test_the_new_thread_form_links_anonymity_and_guidelines_above_the_form(auth, client, make_user):
    auth.login(make_user())
    page = client.get("/new").text
    line = page.split('<form method="post" action="/new"')[0]
    assert "Before you post:" in line
    assert 'href="/about/anonymity"' in line and 'href="/about/guidelines"' in line


def test_a_public_forum_says_anyone_can_read_it(client):
    page = client.get("/about").text
    assert "This forum is <strong>public</strong>" in page and "members only" not in page


def test_a_members_only_forum_says_so_and_that_joining_is_open(make_app):
    client = make_app(MEMBERS_ONLY=True).test_client()
    page = client.get("/about").text
    assert "<strong>for members only</strong>" in page
    assert "Joining is open to anyone" in page
    assert "This forum is <strong>public</strong>" not in page


def test_the_anonymity_page_says_what_it_hides_and_what_it_cannot(client):
    page = client.get("/about/anonymity").text
    for words in (
        "What stays hidden",
        "What anonymity cannot hide",
        "Your writing.",
        "Timing seen live.",
        "a second administrator must",
        "a forum with a single administrator cannot reveal at all",
        "Moderators",
    ):
        assert words in page


def test_the_privacy_page_says_nothing_expires_and_how_to_export_and_delete(client):
    page = client.get("/about/privacy").text
    assert "nothing here expires on its own" in page
    assert 'href="/account/export"' in page and 'href="/account/delete"' in page
    assert "Erase them" in page and "Keep them, anonymised" in page
    for stored in ("Helpful votes", "Notifications", "Outgoing e-mail", "audit log", "Reports"):
        assert stored in page
    assert "No IP address" in page


def test_without_a_contact_the_privacy_page_shows_a_marked_operator_placeholder(client):
    page = client.get("/about/privacy").text
    assert "[Operator: set <code>FORUM_CONTACT</code>" in page


@pytest.mark.parametrize(
    ("contact", "shown"),
    [
        ("privacy@example.org", '<a href="mailto:privacy@example.org">privacy@example.org</a>'),
        ("https://example.org/contact", '<a href="https://example.org/contact">'),
        ("the ward manager's office", "the ward manager&#39;s office"),
    ],
)
def test_the_operators_contact_is_shown_on_the_privacy_page(make_app, contact, shown):
    page = make_app(CONTACT=contact).test_client().get("/about/privacy").text
    assert shown in page and "[Operator: set" not in page


# Members only ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "on"),
    [("true", True), ("1", True), ("on", True), ("yes", True)]
    + [("false", False), ("0", False), ("off", False), ("no", False), ("", False)],
)
def test_forum_members_only_is_read_from_the_environment(make_app, monkeypatch, value, on):
    monkeypatch.setenv("FORUM_MEMBERS_ONLY", value)
    client = make_app().test_client()
    status = client.get("/").status_code
    assert status == (302 if on else 200)


def test_members_only_is_off_by_default(client):
    assert client.get("/").status_code == 200
    assert client.get("/feed.atom").status_code == 200


@pytest.fixture
def members_only(make_app):
    app = make_app(MEMBERS_ONLY=True)
    with app.app_context():
        yield app


SECRET_TITLE = "The night of the wrong syringe"
SECRET_BODY = "Nobody else knows that I drew up the dose twice."
SECRET_REPLY = "I did the same in my second year."


@pytest.fixture
def story(members_only, make_thread, make_reply, make_category, make_user):
    category = make_category(slug="nursing")
    author = make_user(username="story.author")
    thread = make_thread(
        author=author, category=category, title=SECRET_TITLE, body=SECRET_BODY, anonymous=True
    )
    reply = make_reply(thread, body=SECRET_REPLY)
    return {"thread": thread.public_id, "reply": reply.public_id, "author": author}


def _next_of(location: str) -> str | None:
    """The `next` of a redirect to the login page."""
    parts = urlsplit(location)
    assert parts.path == "/login", location
    return parse_qs(parts.query).get("next", [None])[0]


def _story_urls(story) -> list[str]:
    thread, reply = story["thread"], story["reply"]
    return [
        "/",
        "/?page=2",
        "/c/nursing",
        f"/t/{thread}",
        f"/t/{thread}?page=1&sort=helpful",
        f"/t/{thread}/reply",
        f"/p/{reply}",
        f"/p/{reply}/view",
        f"/p/{reply}/report",
        "/u/story.author",
        "/feed.atom",
        "/c/nursing/feed.atom",
        f"/t/{thread}/feed.atom",
        "/no/such/page",
    ]


def test_a_visitor_of_a_members_only_forum_gets_nothing_of_a_story(members_only, story):
    client = members_only.test_client()
    secrets = (SECRET_TITLE, SECRET_BODY, SECRET_REPLY, "story.author")
    for url in _story_urls(story):
        response = client.get(url)
        if "feed.atom" in url:
            assert response.status_code == 404, url
            shown = response.text
        else:
            # A redirect to log in, whose body names only the address asked for; the login
            # page it leads to shows nothing of the story either.
            assert response.status_code == 302, url
            assert _next_of(response.location) == url
            login = client.get(response.location)
            assert login.status_code == 200
            shown = (response.text + login.text).replace(response.location, "")
            shown = shown.replace(url, "").replace(escape(response.location), "")
        for secret in secrets:
            assert secret not in shown, f"{url} shows {secret!r}"


def test_the_login_redirect_keeps_the_page_asked_for_and_leads_back_to_it(
    members_only, story, make_user
):
    client = members_only.test_client()
    member = make_user()
    path = f"/t/{story['thread']}?sort=helpful"
    response = client.get(path)
    assert _next_of(response.location) == path
    data = {"username": member.username, "password": PASSWORD}
    back = client.post(response.location, data=data)
    assert back.status_code == 302 and back.location == path
    page = client.get(path)
    assert page.status_code == 200 and SECRET_BODY in page.text


def test_a_member_reads_every_page_and_feed_of_a_members_only_forum(members_only, story, make_user):
    client = members_only.test_client()
    member = make_user()
    client.post("/login", data={"username": member.username, "password": PASSWORD})
    assert SECRET_TITLE in client.get("/").text
    assert SECRET_BODY in client.get(f"/t/{story['thread']}").text
    assert client.get(f"/p/{story['reply']}").status_code == 302  # to the post in its thread
    assert SECRET_REPLY in client.get(f"/p/{story['reply']}/view").text
    assert SECRET_TITLE in client.get("/feed.atom").text
    assert SECRET_BODY in client.get(f"/t/{story['thread']}/feed.atom").text


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/login", 200),
        ("/register", 200),
        ("/reset", 200),
        ("/reset/not-a-token", 400),
        ("/confirm/not-a-token", 400),
        ("/unsubscribe/not-a-token", 400),
        ("/about", 200),
        ("/about/anonymity", 200),
        ("/about/guidelines", 200),
        ("/about/privacy", 200),
        ("/support", 200),
        ("/healthz", 200),
        ("/static/forum.css", 200),
        ("/favicon.ico", 200),
    ],
)
def test_a_members_only_forum_still_lets_a_visitor_in_and_tells_them_the_rules(
    members_only, url, status
):
    with members_only.test_client().get(url) as response:
        assert response.status_code == status


def test_a_visitors_post_on_a_members_only_forum_changes_nothing(members_only, story):
    client = members_only.test_client()
    response = client.post(f"/p/{story['reply']}/vote")
    assert response.status_code == 302 and response.location.startswith("/login?")
    assert db.session.scalar(select(func.count()).select_from(Vote)) == 0


def test_joining_a_members_only_forum_works_and_opens_it(members_only, story):
    client = members_only.test_client()
    data = {"username": "new.nurse", "password": PASSWORD, "confirm": PASSWORD}
    response = client.post(f"/register?next=/t/{story['thread']}", data=data)
    assert response.status_code == 302 and response.location == f"/t/{story['thread']}"
    assert SECRET_BODY in client.get(response.location).text


# Support -------------------------------------------------------------------------------------


def test_without_a_file_the_support_page_shows_the_built_in_guidance(client):
    page = client.get("/support").text
    assert "Support after a hard shift" in page
    assert "second victim" in page
    assert PLACEHOLDER.replace("'", "&#39;") in page or PLACEHOLDER in page


def test_the_operators_support_file_is_rendered_like_a_post_its_headings_under_the_title(
    app, client
):
    path = support_path(app)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Our team\n\nCall **Staff Care** on 0100.\n\n<script>x()</script>\n")
    page = client.get("/support").text
    # A post's "#" is an h3; the page's own text comes right under its h1.
    assert "<h2>Our team</h2>" in page and "<strong>Staff Care</strong>" in page
    assert "<script>x()" not in page and "&lt;script&gt;" in page
    assert "employee assistance line" not in page


def test_forum_support_file_names_another_file(make_app, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere" / "help.md"
    elsewhere.parent.mkdir()
    elsewhere.write_text("Ring the **wellbeing hub**.")
    monkeypatch.setenv("FORUM_SUPPORT_FILE", str(elsewhere))
    page = make_app().test_client().get("/support").text
    assert "<strong>wellbeing hub</strong>" in page


def test_a_support_file_that_cannot_be_read_leaves_the_built_in_text(app, client):
    path = support_path(app)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"caf\xe9 \xff")
    assert "second victim" in client.get("/support").text


def test_administrators_alone_are_told_where_the_support_text_comes_from(auth, client, make_user):
    from forum.models import Role

    assert "For administrators" not in client.get("/support").text
    auth.login(make_user())
    assert "For administrators" not in client.get("/support").text
    auth.logout()
    auth.login(make_user(role=Role.ADMIN))
    page = client.get("/support").text
    assert "For administrators" in page and "support.md" in page


def test_the_demo_seed_writes_the_support_file_once_and_never_over_the_operators(app, runner):
    path = support_path(app)
    assert not path.exists()
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert path.read_text() == DEFAULT and str(path) in result.output
    path.write_text("Our own words.")
    demo.seed(app.instance_path, echo=lambda _line: None)
    assert path.read_text() == "Our own words."


def test_a_thread_with_a_content_note_shows_the_support_panel(client, make_thread):
    noted = make_thread(content_note="patient death")
    plain = make_thread(title="A quieter story")
    page = client.get(f"/t/{noted.public_id}").text
    assert "If this story stirs something up" in page and 'href="/support"' in page
    assert "If this story stirs something up" not in client.get(f"/t/{plain.public_id}").text


# Small things --------------------------------------------------------------------------------


def test_favicon_ico_is_the_forums_icon(client, app):
    with client.get("/favicon.ico") as response:
        assert response.status_code == 200 and response.mimetype == "image/svg+xml"
        assert response.data.startswith(b"<svg")


def test_login_and_join_links_lead_back_to_the_page_without_a_stray_question_mark(
    client, make_thread
):
    thread = make_thread()
    page = client.get(f"/t/{thread.public_id}").text
    for view in ("login", "register"):
        links = re.findall(rf'href="/{view}\?next=([^"]*)"', page)
        assert links and set(links) == {f"/t/{thread.public_id}"}, (view, links)
    page = client.get(f"/t/{thread.public_id}?sort=helpful").text
    assert f'href="/login?next=/t/{thread.public_id}?sort%3Dhelpful"' in page


def test_join_with_a_next_lands_back_on_the_story(client, make_thread):
    thread = make_thread()
    data = {"username": "new.member", "password": PASSWORD, "confirm": PASSWORD}
    response = client.post(f"/register?next=/t/{thread.public_id}", data=data)
    assert response.status_code == 302 and response.location == f"/t/{thread.public_id}"


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil"])
def test_join_with_a_next_elsewhere_lands_on_the_front_page(client, target):
    data = {"username": "new.member", "password": PASSWORD, "confirm": PASSWORD}
    response = client.post("/register", query_string={"next": target}, data=data)
    assert response.status_code == 302 and response.location == "/"


def test_a_member_sent_to_join_goes_where_next_says(auth, client, make_user, make_thread):
    thread = make_thread()
    auth.login(make_user())
    response = client.get(f"/register?next=/t/{thread.public_id}")
    assert response.status_code == 302 and response.location == f"/t/{thread.public_id}"


@pytest.mark.parametrize("page", ["abc", "", "x1"])
def test_a_page_argument_that_is_no_number_is_page_1_of_every_list(
    auth, client, make_user, make_category, make_thread, page
):
    thread = make_thread(category=make_category(slug="nursing"), replies=2)
    auth.login(make_user())
    for url in ("/", "/c/nursing", f"/t/{thread.public_id}", "/me/posts", "/notifications"):
        assert client.get(url, query_string={"page": page}).status_code == 200, url


def test_a_story_sent_without_a_session_is_answered_alike_open_or_members_only(make_app):
    """The gate hands a visitor to Flask-Login, so a story sent after the session ended meets
    the same keeper of its text (forum.auth.views.unauthorized) on either kind of forum."""
    data = {"title": "A night shift", "body": "What happened was this."}
    answers = []
    for members_only in (False, True):
        response = make_app(MEMBERS_ONLY=members_only).test_client().post("/new", data=data)
        answers.append((response.status_code, "What happened was this." in response.text))
    assert answers[0] == answers[1]
