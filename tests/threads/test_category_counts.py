"""Categories keep their thread count on the row (lists do not count the threads table):
every way a thread enters or leaves a category keeps it right, and `forum recount` mends it."""

import re

from sqlalchemy import select, update

from forum.extensions import db
from forum.models import Category, Role
from forum.threads.categories import recount_categories


def _stored(category) -> int:
    return db.session.scalar(select(Category.thread_count).where(Category.id == category.id))


def _sidebar_count(client, category) -> int:
    page = client.get("/").get_data(as_text=True)
    item = page.split(f'href="/c/{category.slug}">', 1)[1]
    return int(re.search(r'class="category-stats">(\d+) thread', item).group(1))


def test_a_new_thread_counts_once_even_when_its_form_is_sent_twice(
    client, auth, make_user, make_category
):
    category, other = make_category(), make_category()
    auth.login(make_user())
    data = {"category": str(category.id), "title": "The handover I rushed"}
    data |= {"body": "I skipped the second check.", "content_note": "", "form_token": "t-1"}
    client.post("/new", data=data)
    client.post("/new", data=data)
    assert (_stored(category), _stored(other)) == (1, 0)
    assert _sidebar_count(client, category) == 1


def test_counts_follow_threads_into_and_out_of_categories(
    client, auth, make_user, make_category, make_thread
):
    nursing, pharmacy = make_category(name="Nursing"), make_category(name="Pharmacy")
    threads = [make_thread(category=nursing) for _ in range(3)]
    make_thread(category=pharmacy)
    assert (_stored(nursing), _stored(pharmacy)) == (3, 1)
    auth.login(make_user(role=Role.MODERATOR))
    client.post(f"/mod/t/{threads[0].public_id}/move", data={"category": str(pharmacy.id)})
    client.post(f"/mod/t/{threads[0].public_id}/move", data={"category": str(pharmacy.id)})  # no-op
    assert (_stored(nursing), _stored(pharmacy)) == (2, 2)
    assert _sidebar_count(client, nursing) == 2
    category_page = client.get(f"/c/{pharmacy.slug}").get_data(as_text=True)
    assert category_page.count('class="thread-row"') == 2


def test_recount_mends_a_wrong_count_and_then_finds_nothing(runner, make_category, make_thread):
    category = make_category()
    make_thread(category=category)
    make_thread(category=category)
    db.session.execute(update(Category).values(thread_count=7))
    db.session.commit()
    assert recount_categories() == 1
    db.session.commit()
    assert _stored(category) == 2
    result = runner.invoke(args=["recount"])
    assert "0 thread and category counters" in result.output


def test_an_empty_category_lists_no_threads_and_no_activity(client, make_category):
    category = make_category(name="Midwifery")
    assert _sidebar_count(client, category) == 0
    assert "No threads in Midwifery yet" in client.get(f"/c/{category.slug}").get_data(as_text=True)
