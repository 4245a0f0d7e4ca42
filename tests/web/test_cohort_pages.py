"""An organisation's cohorts under "Your data": join, change what it shares, leave."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from tests.cohorts.helpers import create_cohort
from tests.support.api import Api, Org
from tests.support.live import LiveServer
from tests.web.conftest import Browser, csrf_of

HOME = "/data/cohorts"


def _memberships(api: Api, member: Org) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = api.get(
        f"/v1/organisations/{member.id}/cohorts", token=member.token
    ).json()
    return found


def test_join_change_sharing_and_leave(api: Api, member: Org, signed_in: Browser) -> None:
    cohort = create_cohort(api, name="Red de cuidado")
    page = signed_in.get(HOME)
    assert page.status_code == 200
    assert "counted in group figures only" in page.text  # the two levels, in plain words
    assert "may also read your results" in page.text
    typed = cohort.join_code.lower().replace("-", "")
    joined = signed_in.post(
        f"{HOME}/join", {"csrf": csrf_of(page.text), "code": typed, "sharing": "results"}
    )
    assert joined.status_code == 303 and joined.headers["location"] == f"{HOME}?joined=1"
    assert [m["sharing"] for m in _memberships(api, member)] == ["results"]
    listed = signed_in.get(f"{HOME}?joined=1").text
    assert "Red de cuidado" in listed and "You joined the cohort." in listed
    changed = signed_in.form_post(HOME, f"{HOME}/{cohort.id}/sharing", {"sharing": "aggregate"})
    assert changed.status_code == 303
    assert [m["sharing"] for m in _memberships(api, member)] == ["aggregate"]
    confirm = signed_in.get(f"{HOME}/{cohort.id}/leave")
    assert confirm.status_code == 200 and "Red de cuidado" in confirm.text
    left = signed_in.post(f"{HOME}/{cohort.id}/leave", {"csrf": csrf_of(confirm.text)})
    assert left.status_code == 303
    assert _memberships(api, member) == []
    assert signed_in.get(f"{HOME}/{cohort.id}/leave").status_code == 404


def test_wrong_codes_twice_joined_and_bad_levels_are_explained(
    api: Api, member: Org, signed_in: Browser
) -> None:
    cohort = create_cohort(api)
    wrong = signed_in.form_post(HOME, f"{HOME}/join", {"code": "0000-0000-0000-0000"})
    assert wrong.status_code == 422 and "No cohort has this code" in wrong.text
    assert 'value="0000-0000-0000-0000"' in wrong.text  # what was typed stays
    first = signed_in.form_post(HOME, f"{HOME}/join", {"code": cohort.join_code})
    assert first.status_code == 303
    again = signed_in.form_post(HOME, f"{HOME}/join", {"code": cohort.join_code})
    assert again.status_code == 409 and "already in this cohort" in again.text
    bad = signed_in.form_post(HOME, f"{HOME}/{cohort.id}/sharing", {"sharing": "everything"})
    assert bad.status_code == 422
    assert [m["sharing"] for m in _memberships(api, member)] == ["aggregate"]
    other = create_cohort(api)
    not_in = signed_in.form_post(HOME, f"{HOME}/{other.id}/sharing", {"sharing": "results"})
    assert not_in.status_code == 404
    forged = signed_in.post(f"{HOME}/join", {"code": other.join_code})
    assert forged.status_code == 403


def test_wrong_codes_count_as_failed_attempts_of_the_key(
    api: Api, start_server: Callable[..., LiveServer]
) -> None:
    server = start_server(auth_failures_per_minute=2)
    org, neighbour = api.create_org(), api.create_org("Neighbour")
    cohort = create_cohort(api)
    with httpx.Client(base_url=server.url, timeout=30) as client:
        browser = Browser(client)
        assert browser.sign_in(org.token).status_code == 303
        statuses = [
            browser.form_post(HOME, f"{HOME}/join", {"code": f"0000-0000-0000-000{i}"}).status_code
            for i in range(1, 4)
        ]
    assert statuses == [422, 422, 429]
    with httpx.Client(base_url=server.url, timeout=30) as client:
        browser = Browser(client)
        assert browser.sign_in(neighbour.token).status_code == 303
        joined = browser.form_post(HOME, f"{HOME}/join", {"code": cohort.join_code})
        assert joined.status_code == 303


def test_staff_keys_have_no_memberships_page(api: Api, browser_factory: Any) -> None:
    browser: Browser = browser_factory()
    browser.sign_in(api.service_key("facilitator"))
    assert browser.get(HOME).status_code == 403
