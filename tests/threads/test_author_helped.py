"""The story's author marks replies that helped them ("This helped me") and takes the mark
back; every reader sees "The author found this helpful", never who the author is; the thread
sorts marked replies first. Anyone else, and any post but a published reply of someone
else's, is refused with a message and changes nothing."""

import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.models import HeldBecause, Notification, Post, PostStatus, Role, User
from forum.moderation import posts as moderation
from forum.threads import services
from forum.threads.helped import HelpedNotAllowed, set_helped

AUTHOR = "zebra_story_author"
LABEL = "The author found this helpful"
BUTTON = ">This helped me</button>"


def _helped(post) -> bool:
    db.session.expire_all()
    return db.session.scalar(select(Post.helped_author).where(Post.id == post.id))


def _mark(client, post, helped="1", **extra):
    return client.post(f"/p/{post.public_id}/helped", data={"helped": helped, **extra})


def _page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.get_data(as_text=True)


@pytest.fixture
def author(make_user):
    return make_user(username=AUTHOR, profession="Night charge nurse")


@pytest.fixture
def thread(make_thread, author):
    return make_thread(author=author, title="The dose I doubled", anonymous=True)


@pytest.fixture
def reply(make_reply, thread):
    return make_reply(thread, body="I checked twice and still missed it once.")


def test_the_story_author_marks_a_reply_and_it_shows_to_everyone(
    client, auth, author, thread, reply
):
    auth.login(author)
    response = _mark(client, reply, next=f"/t/{thread.public_id}#p-{reply.public_id}")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/t/{thread.public_id}#p-{reply.public_id}"
    assert _helped(reply)
    page = _page(client, f"/t/{thread.public_id}")
    assert LABEL in page and "Undo" in page
    auth.logout()
    assert LABEL in _page(client, f"/t/{thread.public_id}")


def test_the_mark_is_taken_back_with_undo(client, auth, author, thread, reply):
    auth.login(author)
    _mark(client, reply)
    assert _mark(client, reply, helped="0").status_code == 302
    assert not _helped(reply)
    page = _page(client, f"/t/{thread.public_id}")
    assert LABEL not in page and BUTTON in page


def test_marking_twice_leaves_one_mark_and_undoing_an_unmarked_reply_changes_nothing(
    app, author, reply
):
    assert set_helped(reply, author, True) is True
    assert set_helped(reply, author, True) is False
    assert set_helped(reply, author, False) is True
    assert set_helped(reply, author, False) is False
    assert not _helped(reply)


def test_any_number_of_replies_may_be_marked(app, author, thread, make_reply):
    replies = [make_reply(thread) for _ in range(4)]
    for reply in replies:
        set_helped(reply, author, True)
    assert all(_helped(reply) for reply in replies)


def test_with_javascript_the_answer_is_json(client, auth, author, reply):
    auth.login(author)
    response = _mark(client, reply, helped="1")
    response = client.post(
        f"/p/{reply.public_id}/helped",
        data={"helped": "0"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200 and response.get_json() == {"helped": False}


def test_only_the_story_author_sees_the_button(client, auth, author, thread, reply, make_user):
    url = f"/t/{thread.public_id}"
    assert BUTTON not in _page(client, url)  # a visitor
    auth.login(make_user())
    assert BUTTON not in _page(client, url)
    auth.logout()
    auth.login(author)
    assert BUTTON in _page(client, url)


@pytest.mark.parametrize("who", ["member", "replier", "moderator"])
def test_someone_other_than_the_story_author_is_refused_and_nothing_changes(
    client, auth, make_user, thread, reply, who
):
    viewer = {
        "member": make_user(),
        "replier": db.session.get(User, reply.author_id),
        "moderator": make_user(role=Role.MODERATOR),
    }[who]
    auth.login(viewer)
    response = _mark(client, reply)
    assert response.status_code == 403
    assert "Only the author of the story" in response.get_data(as_text=True)
    assert not _helped(reply)


def test_the_story_itself_cannot_be_marked(client, auth, author, thread):
    story = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.is_opening))
    auth.login(author)
    response = _mark(client, story)
    assert response.status_code == 403
    assert "The story itself cannot be marked" in response.get_data(as_text=True)
    assert not _helped(story)


def test_the_authors_own_reply_cannot_be_marked(client, auth, author, thread, make_reply):
    own = make_reply(thread, author=author, anonymous=True)
    auth.login(author)
    response = _mark(client, own)
    assert response.status_code == 403 and not _helped(own)


def test_a_held_reply_is_refused(client, auth, author, thread, make_user):
    held = services.create_reply(
        thread,
        make_user(),
        "Why did you not check?",
        anonymous=False,
        held_because=HeldBecause.GUARD,
    )
    auth.login(author)
    # The author cannot see a held reply at all: it is not found.
    assert _mark(client, held).status_code == 404
    with pytest.raises(HelpedNotAllowed):
        set_helped(held, author, True)
    assert not _helped(held)


def test_a_removed_reply_is_refused_and_loses_its_label(
    client, auth, author, thread, reply, make_user
):
    set_helped(reply, author, True)
    moderator = make_user(role=Role.MODERATOR)
    moderation.remove(db.session.get(Post, reply.id), moderator, "Abusive.")
    auth.login(author)
    response = _mark(client, reply, helped="0")
    assert response.status_code == 403
    assert "Only a published reply can be marked" in response.get_data(as_text=True)
    assert LABEL not in _page(client, f"/t/{thread.public_id}")


def test_a_suspended_author_cannot_mark(client, auth, author, reply):
    from datetime import timedelta

    from forum.models import utcnow

    author.suspended_until = utcnow() + timedelta(days=1)
    db.session.commit()
    auth.login(author)
    assert _mark(client, reply).status_code == 403 and not _helped(reply)


def test_a_visitor_is_sent_to_log_in(client, reply):
    response = _mark(client, reply)
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert not _helped(reply)


def test_marking_notifies_nobody(app, author, reply):
    before = db.session.scalar(select(func.count()).select_from(Notification))
    set_helped(reply, author, True)
    assert db.session.scalar(select(func.count()).select_from(Notification)) == before


@pytest.mark.parametrize("viewer", ["visitor", "member", "replier", "moderator", "admin"])
def test_the_mark_never_names_the_anonymous_story_author(
    client, auth, make_user, author, thread, reply, viewer
):
    set_helped(reply, author, True)
    user = {
        "visitor": None,
        "member": make_user(),
        "replier": db.session.get(User, reply.author_id),
        "moderator": make_user(role=Role.MODERATOR),
        "admin": make_user(role=Role.ADMIN),
    }[viewer]
    if user is not None:
        auth.login(user)
    for url in (
        f"/t/{thread.public_id}",
        f"/t/{thread.public_id}?sort=helped",
        f"/p/{reply.public_id}/view",
    ):
        page = _page(client, url)
        assert LABEL in page
        assert AUTHOR not in page and "Night charge nurse" not in page
        assert BUTTON not in page and "Undo" not in page


def test_the_helped_sort_shows_marked_replies_first_then_the_rest_oldest_first(
    client, author, thread, make_reply
):
    first, second, third = (make_reply(thread, body=f"Reply {n}.") for n in "ABC")
    set_helped(third, author, True)
    page = _page(client, f"/t/{thread.public_id}?sort=helped")
    order = [page.index(f"Reply {n}.") for n in "CAB"]
    assert order == sorted(order)
    assert '<strong aria-current="true">helped the author first</strong>' in page
    oldest = _page(client, f"/t/{thread.public_id}")
    assert oldest.index("Reply A.") < oldest.index("Reply C.")


def test_the_time_of_marking_is_kept_nowhere(app):
    columns = {column.name for column in Post.__table__.columns}
    assert "helped_author" in columns
    assert not any("helped" in name and name.endswith("_at") for name in columns)


def test_a_held_then_approved_reply_keeps_its_mark(app, author, thread, reply, make_user):
    set_helped(reply, author, True)
    services.hold_post(db.session.get(Post, reply.id), HeldBecause.AUTHOR_REPORT)
    db.session.commit()
    held = db.session.get(Post, reply.id)
    assert held.status == PostStatus.HELD
    moderation.approve(held, make_user(role=Role.MODERATOR))
    assert _helped(reply)
