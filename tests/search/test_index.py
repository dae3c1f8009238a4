"""The search index follows every write to the posts, in the write's own transaction
(forum/search/schema.py's triggers): what is published is found, and what is held, rejected,
removed, deleted or edited out is neither found nor kept in the index table. `forum reindex`
rebuilds exactly what the triggers built."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import joinedload

from forum.auth import ownership
from forum.extensions import db
from forum.models import HeldBecause, Post, PostStatus, ReportReason, Role, Thread
from forum.moderation import posts as moderation
from forum.moderation import reports
from forum.search import queries, schema, syntax
from forum.search.schema import CONFIG
from forum.threads import services
from tests.conftest import PASSWORD

# Words no other text of these tests holds, each its own stem in both engines' English.
HELD = "zanzibarite"
KEPT = "quokkafin"
GONE = "marzipanth"


def _postgres() -> bool:
    return db.engine.dialect.name == "postgresql"


def _index() -> list[tuple]:
    """The index table's whole content, by post id."""
    if _postgres():
        sql = "SELECT post_id, vector::text FROM post_search ORDER BY post_id"
    else:
        sql = "SELECT rowid, title, body FROM post_search ORDER BY rowid"
    return [tuple(row) for row in db.session.execute(text(sql))]


def _indexed_ids() -> set[int]:
    return {row[0] for row in _index()}


def _in_index(word: str) -> bool:
    """Whether the index table holds the word: SQLite's FTS5 keeps the text itself,
    PostgreSQL's vector the word's lexeme."""
    if _postgres():
        lexemes = db.session.scalar(text(f"SELECT to_tsvector('{CONFIG}', :w)::text"), {"w": word})
        wanted = re.findall(r"'([^']+)'", lexemes)
        held = " ".join(row[1] for row in _index())
        return any(f"'{lexeme}'" in held for lexeme in wanted)
    return any(word.lower() in f"{title} {body}".lower() for _, title, body in _index())


def _found(q: str) -> set[int]:
    results = queries.search(syntax.parse(q), queries.Filters(), 1, None)
    return {hit.post.id for hit in results.page.items}


def _published_ids() -> set[int]:
    return set(db.session.scalars(select(Post.id).where(Post.status == PostStatus.PUBLISHED)))


def _opening(thread: Thread) -> Post:
    return db.session.scalar(
        select(Post)
        .where(Post.thread_id == thread.id, Post.is_opening)
        .options(joinedload(Post.thread))
    )


@pytest.fixture
def moderator(make_user):
    return make_user(role=Role.MODERATOR)


@pytest.fixture
def thread(make_thread):
    return make_thread(title="A long night on the ward", body="What happened was this.")


def _held(thread, author, body: str, because=HeldBecause.GUARD) -> Post:
    return services.create_reply(thread, author, body, anonymous=False, held_because=because)


# ---------------------------------------------------------------------------------------
# Held, approved, rejected


def test_a_published_reply_is_found_at_once(thread, make_reply):
    reply = make_reply(thread, body=f"The {KEPT} was fine.")
    assert _found(KEPT) == {reply.id}
    assert _indexed_ids() == _published_ids()


def test_a_held_reply_is_not_in_the_index(thread, make_user):
    reply = _held(thread, make_user(), f"Why did you not check the {HELD}?")
    assert _found(HELD) == set()
    assert reply.id not in _indexed_ids() and not _in_index(HELD)


def test_approving_a_held_reply_makes_it_findable(thread, make_user, moderator):
    reply = _held(thread, make_user(), f"The {HELD} again.")
    assert moderation.approve(reply, moderator)
    assert _found(HELD) == {reply.id}
    assert _indexed_ids() == _published_ids()


def test_a_rejected_reply_is_never_in_the_index(thread, make_user, moderator):
    reply = _held(thread, make_user(), f"Why did you not check the {HELD}?")
    assert moderation.reject(reply, moderator, "Please ask without judging.")
    assert _found(HELD) == set()
    assert reply.id not in _indexed_ids() and not _in_index(HELD)


def test_a_reply_hidden_by_the_thread_authors_report_leaves_the_index(make_thread, make_user):
    author = make_user()
    flagged = make_thread(author=author, title="Flagged", body="My story.", no_why_replies=True)
    reply = services.create_reply(flagged, make_user(), f"About the {GONE}.", anonymous=False)
    assert _found(GONE) == {reply.id}
    _, hidden = reports.report_post(reply, author, ReportReason.WHY_DID_YOU)
    assert hidden
    assert _found(GONE) == set()
    assert reply.id not in _indexed_ids() and not _in_index(GONE)


def test_a_hidden_reply_approved_again_is_found_again(make_thread, make_user, moderator):
    author = make_user()
    flagged = make_thread(author=author, title="Flagged", body="My story.", no_why_replies=True)
    reply = services.create_reply(flagged, make_user(), f"About the {KEPT}.", anonymous=False)
    reports.report_post(reply, author, ReportReason.WHY_DID_YOU)
    assert moderation.approve(reply, moderator)
    assert _found(KEPT) == {reply.id}


# ---------------------------------------------------------------------------------------
# Removed and deleted


def test_a_removed_reply_leaves_the_index(thread, make_reply, moderator):
    reply = make_reply(thread, body=f"The patient in bed {GONE}.")
    assert _in_index(GONE)
    assert moderation.remove(reply, moderator, "Identifying.")
    assert _found(GONE) == set()
    assert reply.id not in _indexed_ids() and not _in_index(GONE)


def test_a_removed_story_leaves_the_index_with_its_title(make_thread, make_reply, moderator):
    thread = make_thread(title=f"The {GONE} night", body=f"About {GONE}.")
    reply = make_reply(thread, body=f"Not about that, about {KEPT}.")
    assert moderation.remove(_opening(thread), moderator, "Identifying.")
    assert _found(GONE) == set() and not _in_index(GONE)
    assert _found(KEPT) == {reply.id}


def test_a_removed_held_reply_was_never_in_the_index(thread, make_user, moderator):
    reply = _held(thread, make_user(), f"The {HELD}.")
    assert moderation.remove(reply, moderator, "No.")
    assert not _in_index(HELD) and reply.id not in _indexed_ids()


def test_a_reply_deleted_by_its_writer_leaves_the_index(thread, make_reply):
    reply = make_reply(thread, body=f"I regret the {GONE}.")
    assert services.delete_post(reply)
    assert _found(GONE) == set()
    assert reply.id not in _indexed_ids() and not _in_index(GONE)


def test_a_story_deleted_by_its_writer_leaves_the_index(make_thread):
    thread = make_thread(title=f"The {GONE}", body=f"All about {GONE}.")
    assert services.delete_post(_opening(thread))
    assert _found(GONE) == set() and _index() == []


def test_a_held_reply_deleted_by_its_writer_leaves_nothing(thread, make_user):
    reply = _held(thread, make_user(), f"The {HELD}.")
    assert services.delete_post(reply)
    assert not _in_index(HELD) and _indexed_ids() == _published_ids()


# ---------------------------------------------------------------------------------------
# Edits


def test_a_moderators_edit_replaces_the_indexed_text(thread, make_reply, moderator):
    reply = make_reply(thread, body=f"Mr {GONE} in bed four, and the {KEPT}.")
    assert _in_index(GONE) and _in_index(KEPT)
    assert moderation.edit(reply, moderator, f"A patient, and the {KEPT}.", "Identifying.")
    assert _found(GONE) == set() and not _in_index(GONE)
    assert _found(KEPT) == {reply.id}
    assert _found("patient") == {reply.id}


def test_an_authors_edit_replaces_the_indexed_text(thread, make_reply):
    reply = make_reply(thread, body=f"About {GONE}.")
    assert services.edit_post(reply, body=f"About {KEPT}.")
    assert _found(GONE) == set() and not _in_index(GONE)
    assert _found(KEPT) == {reply.id}


def test_an_edit_held_for_review_leaves_the_index(thread, make_reply):
    reply = make_reply(thread, body=f"About {KEPT}.")
    assert services.edit_post(reply, body=f"Why did you {HELD}?", hold=HeldBecause.GUARD)
    assert _found(KEPT) == set() and _found(HELD) == set()
    assert reply.id not in _indexed_ids() and not _in_index(HELD) and not _in_index(KEPT)


def test_a_title_edit_changes_what_the_story_matches(make_thread, make_reply):
    thread = make_thread(title=f"The {GONE} night", body="What happened.")
    reply = make_reply(thread, body="A reply that names no title.")
    story = _opening(thread)
    assert _found(GONE) == {story.id}
    assert services.edit_post(story, body=story.body_md, title=f"The {KEPT} night")
    assert _found(GONE) == set() and not _in_index(GONE)
    assert _found(KEPT) == {story.id}
    assert reply.id not in _found(KEPT)  # replies do not carry the thread's title


def test_a_title_and_body_edited_together(make_thread):
    thread = make_thread(title=f"The {GONE} night", body=f"More {GONE}.")
    story = _opening(thread)
    assert services.edit_post(story, body=f"More {KEPT}.", title=f"The {HELD} night")
    assert _found(f"{HELD} {KEPT}") == {story.id}
    assert not _in_index(GONE)


def test_an_unchanged_edit_or_a_new_note_leaves_the_index_as_it_was(make_thread, make_reply):
    thread = make_thread(title="Nights", body="What happened.")
    make_reply(thread, body="A reply.")
    before = _index()
    story = _opening(thread)
    services.edit_post(story, body=story.body_md, title="Nights", content_note="patient death")
    assert _index() == before


def test_turning_posts_anonymous_leaves_the_index_as_it_was(thread, make_user, make_reply):
    writer = make_user()
    reply = make_reply(thread, author=writer, body=f"About {KEPT}.")
    before = _index()
    assert services.make_anonymous(reply)
    assert _index() == before


# ---------------------------------------------------------------------------------------
# Whole threads and accounts


def test_a_deleted_thread_leaves_no_index_row(make_thread, make_reply):
    gone = make_thread(title=f"The {GONE}", body=f"{GONE}.")
    make_reply(gone, body=f"{GONE} too.")
    kept = make_thread(title="Another", body=f"{KEPT}.")
    db.session.execute(delete(Thread).where(Thread.id == gone.id))
    db.session.commit()
    assert _indexed_ids() == {_opening(kept).id}
    assert not _in_index(GONE) and _found(GONE) == set()


def _writer_everywhere(make_user, make_thread, moderator):
    """A member with a named story, a reply elsewhere, an anonymous reply, a held reply and
    a rejected one; and someone else's reply in the story's thread."""
    writer, other = make_user(), make_user()
    story_thread = make_thread(author=writer, title=f"The {GONE} story", body=f"My {GONE}.")
    elsewhere = make_thread(author=other, title="Elsewhere", body="Their story.")
    services.create_reply(elsewhere, writer, f"Named {GONE}.", anonymous=False)
    services.create_reply(elsewhere, writer, f"Anonymous {GONE}.", anonymous=True)
    _held(elsewhere, writer, f"Held {HELD}.")
    rejected = _held(elsewhere, writer, f"Rejected {HELD}.")
    moderation.reject(rejected, moderator, "No.")
    theirs = services.create_reply(story_thread, other, f"Their {KEPT}.", anonymous=False)
    return writer, theirs


def test_an_account_deleted_with_its_posts_leaves_no_index_row_for_them(
    make_user, make_thread, moderator
):
    writer, theirs = _writer_everywhere(make_user, make_thread, moderator)
    mine = set(db.session.scalars(select(Post.id).where(Post.author_id == writer.id)))
    ownership.delete_account(writer, password=PASSWORD, posts=ownership.PostsChoice.ERASE)
    assert _indexed_ids().isdisjoint(mine)
    assert not _in_index(GONE) and not _in_index(HELD)
    assert _found(GONE) == set()
    assert _found(KEPT) == {theirs.id}  # others' replies in the erased story's thread stay
    assert _indexed_ids() == _published_ids()


def test_an_account_deleted_keeping_its_posts_leaves_them_findable_but_not_by_name(
    make_user, make_thread, moderator
):
    # "Keep" leaves the published posts in their threads, anonymous: they stay searchable,
    # and nothing held or rejected enters the index.
    writer, _ = _writer_everywhere(make_user, make_thread, moderator)
    name = writer.username
    published = set(
        db.session.scalars(
            select(Post.id).where(Post.author_id == writer.id, Post.status == "published")
        )
    )
    assert len(_found(GONE)) == 3
    ownership.delete_account(writer, password=PASSWORD, posts=ownership.PostsChoice.KEEP)
    assert _found(GONE) == published
    assert not _in_index(HELD)
    assert _indexed_ids() == _published_ids()
    assert queries.named_author(name) is None


# ---------------------------------------------------------------------------------------
# Transactions


def test_a_rolled_back_write_leaves_the_index_as_it_was(thread, make_user, make_reply):
    reply = make_reply(thread, body=f"About {KEPT}.")
    before = _index()
    db.session.add(
        Post(thread_id=thread.id, author_id=make_user().id, body_md=f"{HELD}", body_html="")
    )
    reply.status, reply.body_md = PostStatus.REMOVED, ""
    db.session.flush()
    assert _found(HELD) != set() and _found(KEPT) == set()  # the transaction sees its own
    db.session.rollback()
    assert _index() == before
    assert _found(KEPT) == {reply.id} and _found(HELD) == set()


def test_a_title_change_rolled_back_leaves_the_index_as_it_was(make_thread):
    thread = make_thread(title=f"The {KEPT} night", body="What happened.")
    before = _index()
    thread.title = f"The {GONE} night"
    db.session.flush()
    assert _found(GONE) == {_opening(thread).id}
    db.session.rollback()
    assert _index() == before and _found(GONE) == set()


def test_other_connections_see_the_index_change_only_at_the_commit(thread, make_user):
    db.session.add(
        Post(thread_id=thread.id, author_id=make_user().id, body_md=f"{HELD}", body_html="")
    )
    db.session.flush()
    with db.engine.connect() as other:
        assert other.execute(text("SELECT count(*) FROM post_search")).scalar_one() == 1
    db.session.commit()
    with db.engine.connect() as other:
        assert other.execute(text("SELECT count(*) FROM post_search")).scalar_one() == 2


# ---------------------------------------------------------------------------------------
# forum reindex


def _history(make_user, make_thread, make_reply, moderator) -> None:
    """Writes of every kind, in an order that interleaves them."""
    author, writer, keeper = make_user(), make_user(), make_user()
    first = make_thread(author=author, title="Heparin at handover", body="Breached it.")
    second = make_thread(
        title="Café naïve", body="A **story** 24/7.", anonymous=True, content_note="death"
    )
    flagged = make_thread(author=author, title="Flagged", body="Mine.", no_why_replies=True)
    replies = [make_reply(first, body=f"Reply {n}: heparin, co-sign.") for n in range(4)]
    make_reply(second, body="Anonymous too.", anonymous=True)
    approved = _held(first, make_user(), "Held, then approved.")
    moderation.approve(approved, moderator)
    rejected = _held(first, make_user(), "Held, then rejected.")
    moderation.reject(rejected, moderator, "No.")
    _held(first, make_user(), "Still held.")
    moderation.remove(replies[0], moderator, "Identifying.")
    services.delete_post(replies[1])
    moderation.edit(replies[2], moderator, "Edited by a moderator.", "Identifying.")
    services.edit_post(replies[3], body="Edited by its writer.")
    services.edit_post(_opening(first), body="Rewritten.", title="Heparin, retitled")
    hidden = make_reply(flagged, body="Why did you?")
    reports.report_post(hidden, author, ReportReason.WHY_DID_YOU)
    services.make_anonymous(make_reply(second, author=writer, body="Named, then not."))
    make_reply(make_thread(author=writer, title="Writer's", body="Erased."), body="Stays.")
    make_reply(make_thread(author=keeper, title="Keeper's", body="Kept."), body="Stays.")
    ownership.delete_account(writer, password=PASSWORD, posts=ownership.PostsChoice.ERASE)
    ownership.delete_account(keeper, password=PASSWORD, posts=ownership.PostsChoice.KEEP)
    doomed = make_thread(title="Doomed", body="Gone with its thread.")
    make_reply(doomed, body="Gone too.")
    db.session.execute(delete(Thread).where(Thread.id == doomed.id))
    make_reply(first, body="The last reply.")
    db.session.commit()


def test_reindex_rebuilds_exactly_what_the_triggers_kept(
    runner, make_user, make_thread, make_reply, moderator
):
    _history(make_user, make_thread, make_reply, moderator)
    incremental = _index()
    published = _published_ids()
    assert {row[0] for row in incremental} == published
    db.session.commit()
    result = runner.invoke(args=["reindex"])
    assert result.exit_code == 0, result.output
    last_id = db.session.scalar(select(func.max(Post.id)))
    assert f"  {len(published):,} posts indexed (ids up to {last_id:,} of {last_id:,})" in (
        result.output
    )
    assert result.output.endswith(f"Indexed {len(published):,} published posts.\n")
    db.session.rollback()
    assert _index() == incremental


def test_reindex_repairs_a_damaged_index(runner, make_thread, make_reply):
    thread = make_thread(title="Heparin", body="A story.")
    make_reply(thread, body=f"About {KEPT}.")
    expected = _index()
    db.session.execute(text("DELETE FROM post_search"))
    db.session.commit()
    assert _found(KEPT) == set()
    assert runner.invoke(args=["reindex"]).exit_code == 0
    db.session.rollback()
    assert _index() == expected and len(_found(KEPT)) == 1


def test_reindex_of_an_empty_forum(runner, app):
    result = runner.invoke(args=["reindex"])
    assert result.exit_code == 0
    assert result.output == "Indexed 0 published posts.\n"


def test_the_rebuild_goes_in_batches_and_reports_each(make_thread, make_reply):
    thread = make_thread(title="Heparin", body="A story.")
    for n in range(4):
        make_reply(thread, body=f"Reply {n}.")
    expected = _index()
    db.session.commit()
    reports_seen = []
    with db.engine.begin() as conn:
        done = schema.fill(conn, lambda *args: reports_seen.append(args), batch=2)
    last_id = db.session.scalar(select(func.max(Post.id)))
    assert done == 5
    assert [high for _, high, _ in reports_seen] == [*range(2, last_id, 2), last_id]
    assert reports_seen[-1] == (5, last_id, last_id)
    db.session.rollback()
    assert _index() == expected


def test_search_optimize_purges_what_the_worker_would_and_leaves_it_nothing_to_do(
    runner, make_thread, make_reply, moderator
):
    if db.engine.dialect.name != "sqlite" or schema.secure_delete_available():
        pytest.skip("the purge exists for SQLite before 3.44")
    from forum.notify.worker import purge_search_index

    reply = make_reply(make_thread(), body="Words a moderator takes down.")
    assert moderation.remove(db.session.merge(reply), moderator, "Names a patient.")
    db.session.commit()
    result = runner.invoke(args=["search-optimize"])
    assert result.exit_code == 0 and "rewritten" in result.output
    assert purge_search_index() == 0
