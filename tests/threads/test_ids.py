"""Ids in URLs: anything that cannot be a database id is a 404, never a crash
(PostgreSQL refuses numbers past its 32-bit integer columns)."""

import pytest

TOO_BIG = "99999999999999999999"


@pytest.mark.parametrize(
    "url",
    [
        f"/t/{TOO_BIG}",
        f"/t/{TOO_BIG}/reply",
        f"/p/{TOO_BIG}",
        f"/p/{TOO_BIG}/view",
        f"/p/{TOO_BIG}/edit",
        "/p/2147483648",
        "/t/0",
        "/p/-1",
    ],
)
def test_an_id_no_post_can_have_is_a_404(client, auth, make_user, url):
    auth.login(make_user())
    assert client.get(url).status_code == 404


def test_voting_on_an_impossible_id_is_a_404(client, auth, make_user):
    auth.login(make_user())
    assert client.post(f"/p/{TOO_BIG}/vote", data={"helpful": "1"}).status_code == 404


@pytest.mark.parametrize("quote", [TOO_BIG, "0", "-3", "abc", ""])
def test_a_quote_of_an_impossible_id_opens_an_empty_reply_form(
    client, auth, make_user, make_thread, quote
):
    thread = make_thread()
    auth.login(make_user())
    response = client.get(f"/t/{thread.id}/reply?quote={quote}")
    assert response.status_code == 200
    assert "wrote:" not in response.get_data(as_text=True)
