"""Threads and replies: creating, reading, quoting, linking, editing and deleting."""

import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.models import Post, PostStatus, Thread
from forum.threads import services


def _thread_form(category, **overrides):
    return {
        "category": str(category.id),
        "title": "The handover I rushed",
        "body": "I skipped the **second check**.",
        "content_note": "",
        "form_token": "tok-1",
        **overrides,
    }


def _count(model):
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model))


def test_a_member_opens_a_thread_and_lands_on_it(client, auth, make_user, make_category):
    category = make_category()
    auth.login(make_user())
    response = client.post("/new", data=_thread_form(category))
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "The handover I rushed" in page
    assert "<strong>second check</strong>" in page
    assert category.name in page


def test_a_double_submitted_thread_form_makes_one_thread(client, auth, make_user, make_category):
    category = make_category()
    auth.login(make_user())
    first = client.post("/new", data=_thread_form(category))
    second = client.post("/new", data=_thread_form(category))
    assert first.headers["Location"] == second.headers["Location"]
    assert _count(Thread) == 1 and _count(Post) == 1


def test_a_double_submitted_reply_makes_one_reply(client, auth, make_user, make_thread):
    thread = make_thread()
    auth.login(make_user())
    data = {"body": "Same thing happened to me.", "form_token": "abc"}
    first = client.post(f"/t/{thread.public_id}/reply", data=data)
    second = client.post(f"/t/{thread.public_id}/reply", data=data)
    assert first.headers["Location"] == second.headers["Location"]
    assert _count(Post) == 2
    assert db.session.get(Thread, thread.id).reply_count == 1


def test_the_same_text_sent_from_two_forms_makes_two_replies(client, auth, make_user, make_thread):
    thread = make_thread()
    auth.login(make_user())
    client.post(f"/t/{thread.public_id}/reply", data={"body": "Thank you.", "form_token": "a"})
    client.post(f"/t/{thread.public_id}/reply", data={"body": "Thank you.", "form_token": "b"})
    db.session.expire_all()
    assert db.session.get(Thread, thread.id).reply_count == 2


def test_each_rendered_form_carries_a_fresh_token(client, auth, make_user, make_thread):
    thread = make_thread()
    auth.login(make_user())
    first = client.get(f"/t/{thread.public_id}/reply").get_data(as_text=True)
    second = client.get(f"/t/{thread.public_id}/reply").get_data(as_text=True)

    def token(page):
        return page.split('name="form_token"', 1)[1].split('value="', 1)[1].split('"', 1)[0]

    assert token(first) and token(first) != token(second)


def test_a_reply_lands_on_its_permalink_and_bumps_the_thread(client, auth, make_user, make_thread):
    thread = make_thread()
    before = thread.last_activity_at
    auth.login(make_user())
    response = client.post(
        f"/t/{thread.public_id}/reply", data={"body": "I did the same in my first year."}
    )
    post = db.session.scalar(select(Post).where(~Post.is_opening))
    assert response.headers["Location"] == f"/p/{post.public_id}"
    db.session.expire_all()
    refreshed = db.session.get(Thread, thread.id)
    assert refreshed.reply_count == 1
    assert refreshed.last_activity_at >= before


def test_visitors_see_threads_but_must_log_in_to_post(client, make_thread, make_category):
    thread = make_thread()
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert "Log in" in page and 'id="reply"' not in page
    for url in ("/new", f"/t/{thread.public_id}/reply"):
        response = client.post(url, data={"body": "x", "title": "xyz"})
        # The login page, with the text kept for after logging in (tests/threads/test_lost_text.py)
        assert response.status_code == 401 and 'action="/login?next=' in response.get_data(
            as_text=True
        )
        response = client.post(url, data={})
        assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert _count(Post) == 1


def test_quote_prefills_the_reply_form_with_an_attributed_blockquote(
    client, auth, make_user, make_thread, make_reply
):
    thread = make_thread()
    quoted = make_reply(
        thread, author=make_user(username="kind.nurse"), body="First line.\n\nSecond line."
    )
    auth.login(make_user())
    url = f"/t/{thread.public_id}/reply?quote={quoted.public_id}"
    page = client.get(url).get_data(as_text=True)
    header = f"&gt; [**kind.nurse** wrote](/p/{quoted.public_id}):"
    assert f"{header}\n&gt;\n&gt; First line.\n&gt;\n&gt; Second line." in page


def test_quoting_a_post_of_another_thread_is_a_404(
    client, auth, make_user, make_thread, make_reply
):
    elsewhere = make_reply(make_thread())
    thread = make_thread()
    auth.login(make_user())
    assert client.get(f"/t/{thread.public_id}/reply?quote={elsewhere.public_id}").status_code == 404


@pytest.mark.parametrize("position, page", [(1, 1), (30, 1), (31, 2), (61, 3)])
def test_a_permalink_lands_on_the_page_that_holds_the_post(
    client, make_thread, make_user, position, page
):
    thread = make_thread()
    author = make_user()
    replies = [
        services.create_reply(thread, author, f"Reply {i}", anonymous=False) for i in range(1, 62)
    ]
    target = replies[position - 1]
    response = client.get(f"/p/{target.public_id}")
    expected = f"/t/{thread.public_id}" + (f"?page={page}" if page > 1 else "")
    assert response.headers["Location"] == f"{expected}#p-{target.public_id}"
    listing = client.get(expected).get_data(as_text=True)
    assert f'id="p-{target.public_id}"' in listing


def test_the_opening_post_permalink_lands_on_page_one(client, make_thread):
    thread = make_thread()
    opening = db.session.scalar(select(Post).where(Post.is_opening))
    assert (
        client.get(f"/p/{opening.public_id}").headers["Location"]
        == f"/t/{thread.public_id}#p-{opening.public_id}"
    )


def test_the_single_post_view_shows_the_post_and_a_link_into_its_thread(
    client, make_thread, make_reply
):
    reply = make_reply(make_thread(), body="Only this post.")
    page = client.get(f"/p/{reply.public_id}/view").get_data(as_text=True)
    assert "Only this post." in page and f'href="/p/{reply.public_id}"' in page


def test_replies_page_thirty_at_a_time_oldest_first(client, make_thread):
    thread = make_thread(replies=31)
    first = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    second = client.get(f"/t/{thread.public_id}?page=2").get_data(as_text=True)
    assert first.count('class="post"') == 30 and "Reply number 1." in first
    assert "Reply number 31." in second and "Reply number 31." not in first
    assert 'class="post opening"' not in second
    assert client.get(f"/t/{thread.public_id}?page=3").status_code == 404
    assert client.get(f"/t/{thread.public_id}?page=0").status_code == 404
    not_a_number = client.get(f"/t/{thread.public_id}?page=abc")  # read as page 1
    assert not_a_number.status_code == 200 and "Reply number 1." in not_a_number.text


def test_most_helpful_first_orders_replies_by_score(client, make_thread, make_reply, make_user):
    from forum.threads.votes import set_vote

    thread = make_thread()
    quiet = make_reply(thread, body="Quiet reply.")
    loved = make_reply(thread, body="Loved reply.")
    for _ in range(2):
        set_vote(loved, make_user(), True)
    page = client.get(f"/t/{thread.public_id}?sort=helpful").get_data(as_text=True)
    assert page.index("Loved reply.") < page.index("Quiet reply.")
    oldest = client.get(f"/t/{thread.public_id}?sort=nonsense").get_data(as_text=True)
    assert oldest.index("Quiet reply.") < oldest.index("Loved reply.")
    del quiet


def test_a_content_note_folds_the_story_behind_a_details_element(client, make_thread):
    thread = make_thread(content_note="patient death", body="The story itself.")
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    details = page[page.index("<details") : page.index("</details>")]
    assert "Content note: patient death" in details and "The story itself." in details
    assert "CN: patient death" in client.get("/").get_data(as_text=True)


def test_authors_edit_their_post_and_it_shows_edited(
    client, auth, make_user, make_thread, make_reply
):
    author = make_user()
    thread = make_thread()
    reply = make_reply(thread, author=author, body="Before.")
    auth.login(author)
    form = client.get(f"/p/{reply.public_id}/edit").get_data(as_text=True)
    assert "Before." in form and 'name="title"' not in form
    response = client.post(f"/p/{reply.public_id}/edit", data={"body": "After, *better*."})
    assert response.headers["Location"] == f"/p/{reply.public_id}"
    db.session.expire_all()
    post = db.session.get(Post, reply.id)
    assert post.body_md == "After, *better*." and "<em>better</em>" in post.body_html
    assert post.edited_at is not None
    assert "edited" in client.get(f"/t/{thread.public_id}").get_data(as_text=True)


def test_saving_an_unchanged_post_does_not_mark_it_edited(
    client, auth, make_user, make_thread, make_reply
):
    author = make_user()
    reply = make_reply(make_thread(), author=author, body="Same.")
    auth.login(author)
    client.post(f"/p/{reply.public_id}/edit", data={"body": "Same."})
    db.session.expire_all()
    assert db.session.get(Post, reply.id).edited_at is None


def test_thread_authors_edit_the_title_through_the_opening_post(
    client, auth, make_user, make_thread
):
    author = make_user()
    thread = make_thread(author=author)
    opening = db.session.scalar(select(Post).where(Post.is_opening))
    auth.login(author)
    client.post(f"/p/{opening.public_id}/edit", data={"title": "A better title", "body": "Body."})
    db.session.expire_all()
    assert db.session.get(Thread, thread.id).title == "A better title"


def test_editing_someone_elses_post_is_forbidden(client, auth, make_user, make_thread, make_reply):
    reply = make_reply(make_thread(), body="Mine.")
    auth.login(make_user())
    assert client.get(f"/p/{reply.public_id}/edit").status_code == 403
    assert client.post(f"/p/{reply.public_id}/edit", data={"body": "Yours now."}).status_code == 403
    assert client.post(f"/p/{reply.public_id}/delete").status_code == 403
    db.session.expire_all()
    assert db.session.get(Post, reply.id).body_md == "Mine."


def test_deleting_keeps_the_place_and_erases_the_text(
    client, auth, make_user, make_thread, make_reply
):
    author = make_user()
    thread = make_thread()
    reply = make_reply(thread, author=author, body="Regret this.")
    after = make_reply(thread, body="A reply after it.")
    auth.login(author)
    assert "Regret this." in client.get(f"/p/{reply.public_id}/delete").get_data(as_text=True)
    client.post(f"/p/{reply.public_id}/delete")
    db.session.expire_all()
    post = db.session.get(Post, reply.id)
    assert post.status == PostStatus.DELETED and post.body_md == "" and post.body_html == ""
    assert db.session.get(Thread, thread.id).reply_count == 1
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    assert "removed by its author" in page and "Regret this." not in page
    assert page.index(f'id="p-{reply.public_id}"') < page.index(f'id="p-{after.public_id}"')
    assert client.get(f"/p/{reply.public_id}/edit").status_code == 404


def test_deleting_twice_changes_nothing_more(client, auth, make_user, make_thread, make_reply):
    author = make_user()
    thread = make_thread()
    reply = make_reply(thread, author=author)
    make_reply(thread)
    auth.login(author)
    client.post(f"/p/{reply.public_id}/delete")
    client.post(f"/p/{reply.public_id}/delete")
    db.session.expire_all()
    assert db.session.get(Thread, thread.id).reply_count == 1


def test_recount_thread_rebuilds_reply_count_and_last_activity(app, make_thread, make_reply):
    thread = make_thread()
    make_reply(thread)
    latest = make_reply(thread)
    db.session.execute(Thread.__table__.update().values(reply_count=99))
    db.session.commit()
    fixed = services.recount_thread(thread.id)
    assert fixed.reply_count == 2
    assert fixed.last_activity_at == db.session.get(Post, latest.id).created_at


def test_lists_show_title_category_counts_and_activity(client, make_thread, make_category):
    category = make_category(name="Pharmacy")
    make_thread(category=category, title="Look-alike vials", replies=2)
    for page in (client.get("/"), client.get(f"/c/{category.slug}")):
        text = page.get_data(as_text=True)
        assert "Look-alike vials" in text and "<dd>2</dd>" in text and "within the hour" in text
    assert "Pharmacy" in client.get("/").get_data(as_text=True)


def test_thread_lists_page_twenty_five_at_a_time_by_latest_activity(
    client, make_thread, make_category, make_reply
):
    category = make_category()
    threads = [make_thread(category=category, title=f"Thread {i:02}") for i in range(26)]
    make_reply(threads[0])  # bumps the oldest thread to the top
    first = client.get("/").get_data(as_text=True)
    assert first.index("Thread 00") < first.index("Thread 25")
    assert first.count('class="thread-row"') == 25
    second = client.get(f"/c/{category.slug}?page=2").get_data(as_text=True)
    assert second.count('class="thread-row"') == 1 and "Thread 01" in second


def test_empty_lists_say_so(client, make_category):
    category = make_category()
    assert "No threads yet" in client.get("/").get_data(as_text=True)
    assert "No threads in" in client.get(f"/c/{category.slug}").get_data(as_text=True)


@pytest.mark.parametrize(
    "url",
    [
        "/t/zzzzzzzzzzzz",
        "/p/zzzzzzzzzzzz",
        "/p/zzzzzzzzzzzz/view",
        "/t/999999",
        "/p/999999",
        "/c/nope",
        "/u/nobody",
    ],
)
def test_unknown_ids_are_404(client, url):
    assert client.get(url).status_code == 404
