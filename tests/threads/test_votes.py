"""Helpful votes: one per member and post, toggled, never on one's own post, and the
stored score always equal to the number of vote rows."""

import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.models import Post, Vote
from forum.threads import votes


def _score(post_id):
    db.session.expire_all()
    return db.session.get(Post, post_id).score


def _vote_rows(post_id):
    return db.session.scalar(select(func.count()).select_from(Vote).where(Vote.post_id == post_id))


def test_a_helpful_vote_counts_once_and_a_second_press_takes_it_back(
    client, auth, make_thread, make_reply, make_user
):
    thread = make_thread()
    reply = make_reply(thread)
    voter = make_user()
    auth.login(voter)

    assert client.post(f"/p/{reply.public_id}/vote", data={"helpful": "1"}).status_code == 302
    assert _score(reply.id) == 1 == _vote_rows(reply.id)

    assert client.post(f"/p/{reply.public_id}/vote", data={"helpful": "0"}).status_code == 302
    assert _score(reply.id) == 0 == _vote_rows(reply.id)


def test_a_double_submitted_vote_leaves_one_vote(client, auth, make_thread, make_reply, make_user):
    reply = make_reply(make_thread())
    auth.login(make_user())
    for _ in range(3):
        client.post(f"/p/{reply.public_id}/vote", data={"helpful": "1"})
    assert _score(reply.id) == 1 == _vote_rows(reply.id)


def test_taking_back_a_vote_never_given_changes_nothing(
    client, auth, make_thread, make_reply, make_user
):
    reply = make_reply(make_thread())
    auth.login(make_user())
    client.post(f"/p/{reply.public_id}/vote", data={"helpful": "0"})
    assert _score(reply.id) == 0 == _vote_rows(reply.id)


def test_members_cannot_vote_on_their_own_post(client, auth, make_thread, make_reply, make_user):
    author = make_user()
    reply = make_reply(make_thread(), author=author)
    auth.login(author)
    assert client.post(f"/p/{reply.public_id}/vote", data={"helpful": "1"}).status_code == 403
    assert _score(reply.id) == 0 == _vote_rows(reply.id)
    page = client.get(f"/t/{reply.thread_id}").get_data(as_text=True)
    assert f'action="/p/{reply.public_id}/vote"' not in page


def test_visitors_are_sent_to_log_in_to_vote(client, make_thread, make_reply):
    reply = make_reply(make_thread())
    response = client.post(f"/p/{reply.public_id}/vote", data={"helpful": "1"})
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]
    assert _score(reply.id) == 0


def test_voting_on_a_missing_post_is_a_404(client, auth, make_user):
    auth.login(make_user())
    assert client.post("/p/987654/vote", data={"helpful": "1"}).status_code == 404


def test_a_deleted_post_cannot_be_voted_on(client, auth, make_thread, make_reply, make_user):
    author = make_user()
    reply = make_reply(make_thread(), author=author)
    auth.login(author)
    client.post(f"/p/{reply.public_id}/delete")
    auth.logout()
    auth.login(make_user())
    assert client.post(f"/p/{reply.public_id}/vote", data={"helpful": "1"}).status_code == 403


def test_voting_with_javascript_answers_json_with_the_new_score_and_no_voter(
    client, auth, make_thread, make_reply, make_user
):
    reply = make_reply(make_thread())
    voter = make_user(username="votername")
    auth.login(voter)
    response = client.post(
        f"/p/{reply.public_id}/vote", data={"helpful": "1"}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 200
    assert response.get_json() == {"helpful": True, "score": 1}
    assert "votername" not in response.get_data(as_text=True)


def test_the_vote_redirect_goes_back_to_the_page_but_never_off_site(
    client, auth, make_thread, make_reply, make_user
):
    thread = make_thread()
    reply = make_reply(thread)
    auth.login(make_user())
    back = f"/t/{thread.public_id}?sort=helpful#p-{reply.public_id}"
    response = client.post(f"/p/{reply.public_id}/vote", data={"helpful": "1", "next": back})
    assert response.headers["Location"] == back
    response = client.post(
        f"/p/{reply.public_id}/vote", data={"helpful": "0", "next": "https://evil.example/"}
    )
    assert response.headers["Location"] == f"/p/{reply.public_id}"


def test_the_thread_page_shows_which_posts_the_viewer_found_helpful(
    client, auth, make_thread, make_reply, make_user
):
    thread = make_thread()
    liked, other = make_reply(thread), make_reply(thread)
    auth.login(make_user())
    client.post(f"/p/{liked.public_id}/vote", data={"helpful": "1"})
    page = client.get(f"/t/{thread.public_id}").get_data(as_text=True)
    liked_at = page.index(f'id="p-{liked.public_id}"')
    other_at = page.index(f'id="p-{other.public_id}"')
    assert 'aria-pressed="true"' in page[liked_at:other_at]
    assert 'aria-pressed="true"' not in page[other_at:]


def test_set_vote_refuses_own_posts_in_the_service_too(app, make_thread, make_reply, make_user):
    author = make_user()
    reply = make_reply(make_thread(), author=author)
    with pytest.raises(votes.VoteNotAllowed):
        votes.set_vote(reply, author, True)


def test_recount_scores_repairs_a_score_that_drifted(app, make_thread, make_reply, make_user):
    reply = make_reply(make_thread())
    votes.set_vote(reply, make_user(), True)
    votes.set_vote(reply, make_user(), True)
    db.session.execute(Post.__table__.update().values(score=7).where(Post.id == reply.id))
    db.session.commit()
    assert votes.recount_scores() == 1
    assert _score(reply.id) == 2 == _vote_rows(reply.id)
    assert votes.recount_scores() == 0
