"""Search keeps the anonymity promise: `author:` reaches a member's named posts only, nothing a
search shows depends on who wrote an anonymous post, an anonymous writer's account values find
nothing of theirs, and posts nobody else may read are never found."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from forum.anonymity.pseudonyms import ORIGINAL_POSTER
from forum.auth.ownership import delete_account
from forum.extensions import db
from forum.models import HeldBecause, Post, PostStatus, Role, Thread, User
from forum.moderation import posts as moderation
from forum.moderation import reports
from forum.threads import services
from forum.threads.queries import posts_by
from tests.conftest import PASSWORD, RequestPerContextClient, _empty_tables, serving
from tests.factories import _PASSWORD_HASH
from tests.search.pages import count_line, hits, search_url

VIEWERS = ["visitor", "member", "moderator"]


@pytest.fixture
def app(make_app):
    """The suite's app with a fixed pseudonym key: every run gives the writers the same names."""
    yield from serving(make_app(PSEUDONYM_KEY=b"search anonymity test key, fixed for stable names"))


def _client(app, user: User | None = None):
    app.test_client_class = RequestPerContextClient
    client = app.test_client()
    if user is not None:
        response = client.post("/login", data={"username": user.username, "password": PASSWORD})
        assert response.status_code == 302, f"login of {user.username} failed"
    return client


def _page(client, q: str, **args) -> str:
    response = client.get(search_url(q, **args))
    assert response.status_code == 200, (q, args)
    return response.get_data(as_text=True)


def _reload(post: Post) -> Post:
    return db.session.get(Post, post.id)


# author: -----------------------------------------------------------------------------------


@pytest.fixture
def writer_with_both(make_user, make_category, make_thread, make_reply):
    """A member with named and anonymous posts about insulin, some in one thread."""
    writer = make_user(username="ash_writer")
    other = make_user()
    category = make_category()
    named = make_thread(
        author=writer, category=category, title="Insulin at the wrong time", body="I gave it late."
    )
    make_thread(
        author=writer,
        category=category,
        title="The pens I mixed up",
        body="Two insulin pens of the same colour, and I took the wrong one.",
        anonymous=True,
    )
    ward = make_thread(author=other, category=category, title="Night rounds", body="Checks.")
    make_reply(ward, author=writer, body="Insulin doses are double-checked on our ward.")
    make_reply(
        ward, author=writer, body="I once drew up insulin in a wrong syringe.", anonymous=True
    )
    make_reply(named, author=writer, body="Thank you all for the advice.")
    make_reply(ward, author=other, body="Insulin is on our high-alert list too.")
    return writer


def _matches_insulin(post: Post) -> bool:
    text = post.body_md + (" " + post.thread.title if post.is_opening else "")
    return "insulin" in text.lower()


@pytest.mark.parametrize("name", ["ash_writer", "ASH_Writer"])
def test_author_search_finds_the_members_named_posts_only_as_many_as_their_profile_lists(
    app, writer_with_both, name
):
    writer = writer_with_both
    profile = db.session.scalars(posts_by(writer)).unique().all()
    named = [p for p in profile if _matches_insulin(p)]
    mine = db.session.scalars(select(Post).where(Post.author_id == writer.id)).all()
    anonymous = [p.public_id for p in mine if p.anonymous]
    assert len(profile) == 3 and len(named) == 2 and len(anonymous) == 2

    client = _client(app)
    body = _page(client, f"author:{name} insulin")
    assert count_line(body) == "2 posts match among ash_writer's named posts."
    assert set(hits(body)) == {p.public_id for p in named}
    body = _page(client, f"author:{name}")
    assert count_line(body) == f"{len(profile)} posts match among ash_writer's named posts."
    assert list(hits(body)) == [p.public_id for p in profile]  # newest first, as the profile
    for q in (f"author:{name} insulin", f"author:{name}", f"author:{name} pens"):
        for args in ({}, {"sort": "date"}, {"scope": "stories"}):
            page = _page(client, q, **args)
            assert not [key for key in anonymous if key in page], (q, args)
    # Without author: the same word finds the anonymous posts too, by their names there.
    everyone = hits(_page(client, "insulin"))
    assert set(anonymous) <= set(everyone)
    assert all("ash_writer" not in everyone[key] for key in anonymous)


# Who wrote it changes nothing ---------------------------------------------------------------

WRITERS = ("alder_one", "birch_two")
PROFESSIONS = {"alder_one": "Theatre nurse", "birch_two": "Sterile services technician"}
SAME_WORLD_QUERIES = [
    "insulin",
    "wristband",
    '"wrong bed"',
    "insul*",
    "insulin -pens",
    "read aloud",
    "author:alder_one insulin",
    "author:birch_two insulin",
    "author:alder_one",
    "author:birch_two",
    "alder_one",
    "birch_two",
    "Theatre nurse",
    "sterile",
]
SAME_WORLD_FILTERS = [{}, {"sort": "date"}, {"scope": "stories"}, {"note": "without"}]
BASE = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


def _forum_where(writer_name: str, make_category) -> dict:
    """One small forum; only the writer of the anonymous reply in the first thread varies."""
    users = {}
    for name, user_id, role in (
        ("opener_oak", 11, Role.MEMBER),
        ("alder_one", 12, Role.MEMBER),
        ("birch_two", 13, Role.MEMBER),
        ("reader_elm", 14, Role.MEMBER),
        ("mod_yew", 15, Role.MODERATOR),
    ):
        users[name] = User(
            id=user_id,
            username=name,
            password_hash=_PASSWORD_HASH,
            role=role,
            profession=PROFESSIONS.get(name),
        )
    db.session.add_all(users.values())
    db.session.commit()
    category = make_category(slug="medication", name="Medication")

    def story(author, title, body, **kw):
        opening = services.create_thread(
            users[author], category_id=category.id, title=title, body=body, **kw
        )
        return db.session.get(Thread, opening.thread_id)

    def reply(thread, author, body, anonymous=False):
        return services.create_reply(thread, users[author], body, anonymous=anonymous)

    first = story(
        "opener_oak",
        "Insulin given to the wrong patient",
        "Two patients with similar names, and the insulin went to the wrong one.",
        anonymous=False,
    )
    reply(first, "reader_elm", "Our ward added wristband checks before insulin.")
    anonymous = reply(
        first,
        writer_name,
        "I gave insulin to the wrong bed once; now I read the wristband aloud.",
        anonymous=True,
    )
    reply(first, "alder_one", "Insulin pens look alike in our fridge too.")
    second = story(
        "opener_oak",
        "The pens I mixed up",
        "Two insulin pens of one colour, and I picked the wrong one.",
        anonymous=True,
        content_note="patient harm",
    )
    reply(second, "birch_two", "Sterile trays get mixed up the same way; insulin is worse.")
    reply(second, "reader_elm", "Colour-coded pens helped us.", anonymous=True)
    # Fixed times, 7 minutes apart, long ago, and fixed public ids (results in one hour are
    # ordered by them): pages read the same whenever they are built.
    for n, post_id in enumerate(db.session.scalars(select(Post.id).order_by(Post.id))):
        at = BASE + timedelta(minutes=7 * n)
        key = "fixedpost" + "abc"[n % 3] + "defghijklmnopqrstuvwxyz"[n // 3] + "q"
        db.session.execute(
            update(Post).where(Post.id == post_id).values(created_at=at, public_id=key)
        )
    db.session.execute(update(Thread).values(created_at=BASE, last_activity_at=BASE))
    db.session.commit()
    keys = [*db.session.scalars(select(Thread.public_id).order_by(Thread.id))]
    keys += db.session.scalars(select(Post.public_id).order_by(Post.id))
    return {
        "users": users,
        "pseudonym": _reload(anonymous).pseudonym,
        "anonymous": anonymous.public_id,
        "keys": keys,
    }


def _plain(page: str, world: dict) -> str:
    """The page with what must differ blanked: public ids (random), the anonymous reply's
    pseudonym (a function of its writer's account, by design), CSRF tokens."""
    for n, key in enumerate(world["keys"]):
        page = page.replace(key, f"KEY{n}")
    page = page.replace(world["pseudonym"], "PSEUDONYM")
    page = re.sub(r'name="csrf_token" (?:type="hidden" )?value="[^"]*"', "CSRF", page)
    return re.sub(r'value="[^"]*" name="csrf_token"', "CSRF", page)


def _pages_of(app, world: dict) -> dict[tuple, str]:
    users = world["users"]
    clients = {
        "visitor": _client(app),
        "member": _client(app, users["reader_elm"]),
        "moderator": _client(app, users["mod_yew"]),
    }
    pages = {}
    for viewer, client in clients.items():
        for q in SAME_WORLD_QUERIES:
            for args in SAME_WORLD_FILTERS:
                page = _page(client, q, **args)
                pages[viewer, q, tuple(args.items())] = _plain(page, world)
    return pages


def test_nothing_a_search_shows_depends_on_who_wrote_an_anonymous_reply(app, make_category):
    worlds, pages = {}, {}
    for writer in WRITERS:
        worlds[writer] = _forum_where(writer, make_category)
        pages[writer] = _pages_of(app, worlds[writer])
        raw = _page(_client(app), "wristband")
        assert worlds[writer]["anonymous"] in hits(raw), "the anonymous reply is not found"
        assert worlds[writer]["pseudonym"] in hits(raw)[worlds[writer]["anonymous"]]
        _empty_tables()
    alder, birch = (pages[w] for w in WRITERS)
    assert worlds["alder_one"]["pseudonym"] != worlds["birch_two"]["pseudonym"]
    assert alder.keys() == birch.keys()
    differ = [key for key in alder if alder[key] != birch[key]]
    assert not differ, f"search pages differ with the anonymous reply's writer: {differ[:5]}"
    counts = {count_line(page) for page in alder.values()}
    assert len(counts) > 4, f"the queries found too little to compare: {counts}"


# The anonymous writer's own account values ----------------------------------------------------

USERNAME = "quill_harbor"
PROFESSION = "Theatre recovery nurse"
EMAIL = "qh@example.org"
AT_37 = datetime(2025, 11, 3, 14, 37, 12, tzinfo=UTC)


@pytest.fixture
def quill(app, make_user, make_category, make_thread, make_reply) -> dict:
    writer = make_user(username=USERNAME, profession=PROFESSION, email=EMAIL)
    others = [make_user(profession="Pharmacist") for _ in range(3)]
    category = make_category(slug="theatre", name="Theatre")
    story = make_thread(
        author=writer,
        category=category,
        title="The swab count I signed",
        body="I signed the swab count before the second check was done.",
        anonymous=True,
    )
    elsewhere = make_thread(author=others[0], category=category, title="Counts", body="Counts.")
    shown = make_reply(
        elsewhere,
        author=writer,
        body="A swab left behind happened on my list too.",
        anonymous=True,
        show_profession=True,
    )
    third = make_thread(author=others[1], category=category, title="Boards", body="Boards.")
    hidden = make_reply(third, author=writer, body="The count board helped us.", anonymous=True)
    named = make_reply(third, author=writer, body="Night shifts in theatre are long.")
    opening = db.session.scalar(select(Post).where(Post.thread_id == story.id))
    for post in (opening, shown, hidden, named):
        db.session.execute(update(Post).where(Post.id == post.id).values(created_at=AT_37))
    db.session.commit()
    return {
        "writer": writer,
        "viewers": {
            "visitor": None,
            "member": others[2],
            "moderator": make_user(role=Role.MODERATOR),
        },
        "opening": _reload(opening),
        "shown": _reload(shown),
        "hidden": _reload(hidden),
        "named": _reload(named),
    }


ACCOUNT_QUERIES = [
    USERNAME,
    "quill harbor",
    f"author:{USERNAME}",
    f"author:{USERNAME.upper()}",
    f"author:{USERNAME} swab",
    f"author:{USERNAME} count",
    PROFESSION,
    "recovery nurse",
    f"author:{PROFESSION}",
    EMAIL,
    "example.org",
    f"author:{EMAIL}",
]


@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_anonymous_writers_username_profession_and_email_find_none_of_their_posts(
    app, quill, viewer
):
    client = _client(app, quill["viewers"][viewer])
    anonymous = [quill[k] for k in ("opening", "shown", "hidden")]
    for q in ACCOUNT_QUERIES:
        for args in ({}, {"sort": "date"}):
            page = _page(client, q, **args)
            found = [p.public_id for p in anonymous if p.public_id in page]
            texts = [p.body_md for p in anonymous if p.body_md in page]
            assert not found and not texts, (q, args, found, texts)
            assert "The swab count I signed" not in page, q
    named = hits(_page(client, f"author:{USERNAME}"))
    assert list(named) == [quill["named"].public_id]  # the named post is found, and only it


def _hit_times(hit: str) -> list[str]:
    return re.findall(r'<time datetime="([^"]+)" title="([^"]+)">([^<]+)</time>', hit)


@pytest.mark.parametrize("viewer", VIEWERS)
def test_an_anonymous_hit_shows_its_thread_name_and_hour_and_a_profession_only_if_opted_in(
    app, quill, viewer
):
    client = _client(app, quill["viewers"][viewer])
    page = _page(client, "swab count")
    assert USERNAME not in page and "Pharmacist" not in page
    found = hits(page)
    opening, shown = quill["opening"], quill["shown"]
    assert set(found) == {opening.public_id}  # both words: the story only
    assert re.search(rf"·\s*{ORIGINAL_POSTER}\s*·", found[opening.public_id])

    found = hits(_page(client, "swab"))
    assert set(found) == {opening.public_id, shown.public_id}
    assert re.search(rf"·\s*{shown.pseudonym}, {PROFESSION}\s*·", found[shown.public_id])
    assert PROFESSION not in found[opening.public_id]

    found = hits(_page(client, "count board"))
    hidden = quill["hidden"]
    assert re.search(rf"·\s*{hidden.pseudonym}\s*·", found[hidden.public_id])
    assert PROFESSION not in found[hidden.public_id]
    assert hidden.pseudonym != shown.pseudonym

    for post, word in ((opening, "signed"), (shown, "behind"), (hidden, "board")):
        hit = hits(_page(client, word))[post.public_id]
        assert USERNAME not in hit and "/u/" not in hit, hit
        ((iso, title, _text),) = _hit_times(hit)
        assert iso == "2025-11-03T14:00+00:00" and "between 14:00 and 14:59" in title, hit
        assert ":37" not in hit and "37 " not in hit, hit
    named = hits(_page(client, "theatre long"))[quill["named"].public_id]
    assert f'href="/u/{USERNAME}"' in named and "14:37" in named  # named posts: to the minute


# Posts nobody else may read -----------------------------------------------------------------

UNSEEN = {
    "held": "saxophone",
    "rejected": "clarinet",
    "removed": "trombone",
    "removed story": "bassoon",
    "hidden after a report": "harmonica",
    "deleted": "accordion",
    "withdrawn": "ukulele",
}


@pytest.mark.parametrize("anonymous", [True, False], ids=["anonymous", "named"])
def test_held_rejected_removed_and_deleted_posts_are_found_by_nobody(
    app, make_user, make_category, make_thread, make_reply, anonymous
):
    writer = make_user(username="sorrel_pen")
    opener = make_user(username="opener_fir")
    member = make_user()
    moderator = make_user(role=Role.MODERATOR)
    category = make_category()
    flagged = make_thread(
        author=opener, category=category, title="Handover in a hurry", no_why_replies=True
    )

    def held(word):
        return services.create_reply(
            flagged,
            writer,
            f"The {word} note.",
            anonymous=anonymous,
            held_because=HeldBecause.GUARD,
        )

    held("saxophone")
    moderation.reject(_reload(held("clarinet")), moderator, "Please rephrase.")
    withdrawn = held("ukulele")
    moderation.reject(_reload(withdrawn), moderator, "Please rephrase.")
    services.delete_post(_reload(withdrawn))
    removed = make_reply(flagged, author=writer, body="The trombone note.", anonymous=anonymous)
    moderation.remove(_reload(removed), moderator, "Off topic.")
    story = make_thread(
        author=writer,
        category=category,
        title="The bassoon night",
        body="It was a long night.",
        anonymous=anonymous,
    )
    make_reply(story, author=member, body="A long night for us too.")
    opening = db.session.scalar(select(Post).where(Post.thread_id == story.id, Post.is_opening))
    moderation.remove(opening, moderator, "Identifying details.")
    reported = make_reply(flagged, author=writer, body="Why the harmonica?", anonymous=anonymous)
    reports.report_post(_reload(reported), opener, "why")
    deleted = make_reply(flagged, author=writer, body="The accordion note.", anonymous=anonymous)
    services.delete_post(_reload(deleted))
    make_reply(flagged, author=writer, body="The oboe note.", anonymous=anonymous)

    statuses = {p.body_md: p.status for p in db.session.scalars(select(Post))}
    assert statuses["The saxophone note."] == PostStatus.HELD
    assert statuses["The clarinet note."] == PostStatus.REJECTED
    assert statuses["Why the harmonica?"] == PostStatus.HELD
    for viewer in (None, member, writer, opener, moderator):
        client = _client(app, viewer)
        for state, word in UNSEEN.items():
            for q in (word, f"{word[:4]}*", f"author:sorrel_pen {word}"):
                page = _page(client, q)
                assert hits(page) == {} and "Nothing matches" in count_line(page), (state, q)
        assert len(hits(_page(client, "oboe"))) == 1  # a published post is found
        listed = hits(_page(client, "author:sorrel_pen"))
        assert len(listed) == (0 if anonymous else 1)


# Deleted accounts ---------------------------------------------------------------------------


@pytest.mark.parametrize("choice", ["keep", "erase"])
def test_a_deleted_accounts_name_as_author_finds_nothing(
    app, make_user, make_category, make_thread, make_reply, choice
):
    gone = make_user(username="fern_gone")
    other = make_user()
    category = make_category()
    story = make_thread(
        author=gone, category=category, title="The lantern round", body="A lantern on rounds."
    )
    thread = make_thread(author=other, category=category, title="Rounds", body="Night rounds.")
    make_reply(thread, author=gone, body="I carry a lantern too.")
    before = hits(_page(_client(app), "author:fern_gone lantern"))
    assert len(before) == 2
    delete_account(db.session.get(User, gone.id), password=PASSWORD, posts=choice)
    tombstone = db.session.get(User, gone.id).username
    client = _client(app)
    for q in ("author:fern_gone", "author:fern_gone lantern", f"author:{tombstone}"):
        page = _page(client, q)
        assert hits(page) == {} and "No member is called" in page, q
    kept = hits(_page(client, "lantern"))
    assert len(kept) == (2 if choice == "keep" else 0)
    assert all("fern_gone" not in hit and tombstone not in hit for hit in kept.values())
    assert story.public_id  # the thread stays either way
    # Someone else may take the name later: author: then means them, not the posts kept.
    make_user(username="fern_gone")
    page = _page(client, "author:fern_gone lantern")
    assert hits(page) == {} and "Nothing matches among fern_gone's named posts." in page


def test_author_search_leaves_out_the_words_after_a_minus(app, writer_with_both):
    profile = db.session.scalars(posts_by(writer_with_both)).unique().all()
    without = [p.public_id for p in profile if not _matches_insulin(p)]
    assert len(without) == 1
    body = _page(_client(app), "author:ash_writer -insulin")
    assert list(hits(body)) == without, count_line(body)
    assert len(hits(_page(_client(app), "author:ash_writer -the"))) == len(profile)  # stop word
    body = _page(_client(app), 'author:ash_writer -insulin -"the advice"')
    assert hits(body) == {} and "Nothing matches" in count_line(body)


def test_posts_turned_anonymous_leave_the_members_author_search(app, writer_with_both):
    named = db.session.scalars(posts_by(writer_with_both)).unique().all()
    reply = next(p for p in named if not p.is_opening and _matches_insulin(p))
    assert services.make_anonymous(reply) == 1
    client = _client(app)
    body = _page(client, "author:ash_writer insulin")
    assert count_line(body) == "1 post matches among ash_writer's named posts."
    assert reply.public_id not in body
    hit = hits(_page(client, "double checked"))[reply.public_id]  # still found, by its name
    assert "ash_writer" not in hit and _reload(reply).pseudonym in hit
