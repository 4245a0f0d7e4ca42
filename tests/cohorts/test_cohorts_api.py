"""Cohorts and memberships through the API: codes, ownership, joining, sharing, leaving."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from sqlalchemy import func, select

from app.db.engine import Database
from app.models import CohortMember, CohortPublicationBasis
from tests.cohorts.helpers import api_on, create_cohort, join, populate, summary
from tests.support.api import Api, assert_problem
from tests.support.live import LiveServer

CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$")


def test_create_gives_a_typable_code_shown_once(api: Api) -> None:
    facilitator = api.service_key("facilitator")
    created = api.post("/v1/cohorts", token=facilitator, json={"name": "Río 2027"})
    assert created.status_code == 201
    body = created.json()
    assert set(body) == {"id", "name", "join_code"} and body["name"] == "Río 2027"
    assert CODE.match(body["join_code"]), body["join_code"]
    read = api.get(f"/v1/cohorts/{body['id']}", token=facilitator).json()
    assert read["member_count"] == 0
    assert read["join_code_hint"] == body["join_code"][-4:]
    assert "join_code" not in read
    other = api.post("/v1/cohorts", token=facilitator, json={"name": "Again"}).json()
    assert other["join_code"] != body["join_code"]


def test_facilitators_see_only_their_own_cohorts_and_admins_see_all(api: Api) -> None:
    mine, theirs = create_cohort(api, name="Mine"), create_cohort(api, name="Theirs")
    listed = api.get("/v1/cohorts", token=mine.facilitator).json()
    assert [c["name"] for c in listed["items"]] == ["Mine"] and listed["total"] == 1
    assert_problem(api.get(f"/v1/cohorts/{theirs.id}", token=mine.facilitator), 404)
    assert_problem(api.get(f"/v1/cohorts/{theirs.id}/summary", token=mine.facilitator), 404)
    every = api.get("/v1/cohorts", token=api.admin_token).json()
    assert {c["name"] for c in every["items"]} == {"Mine", "Theirs"}
    assert api.get(f"/v1/cohorts/{theirs.id}", token=api.admin_token).status_code == 200


def test_join_with_the_code_as_typed(api: Api) -> None:
    cohort = create_cohort(api, name="Typed")
    org = api.create_org("Lila")
    typed = cohort.join_code.lower().replace("-", " ")
    joined = api.post("/v1/cohorts/join", token=org.token, json={"join_code": typed})
    assert joined.status_code == 201, joined.text
    body = joined.json()
    assert body["sharing"] == "aggregate" and body["cohort_name"] == "Typed"
    assert body["organisation_id"] == org.id
    again = api.post("/v1/cohorts/join", token=org.token, json={"join_code": cohort.join_code})
    assert_problem(again, 409)
    assert api.get(f"/v1/cohorts/{cohort.id}", token=cohort.facilitator).json()["member_count"] == 1


def test_wrong_and_rotated_codes_look_like_no_cohort(api: Api) -> None:
    cohort = create_cohort(api)
    org = api.create_org()
    rotated = api.post(f"/v1/cohorts/{cohort.id}/join-code", token=cohort.facilitator)
    assert rotated.status_code == 200
    new_code = rotated.json()["join_code"]
    assert new_code != cohort.join_code
    attempts = [cohort.join_code, "AAAA-AAAA-AAAA-AAAA", "not a code", new_code[:-1] + "!"]
    answers = [
        api.post("/v1/cohorts/join", token=org.token, json={"join_code": c}) for c in attempts
    ]
    bodies = [assert_problem(r, 404) for r in answers]
    assert len({(b["title"], b["detail"]) for b in bodies}) == 1
    joined = api.post("/v1/cohorts/join", token=org.token, json={"join_code": new_code})
    assert joined.status_code == 201


def test_wrong_codes_are_limited_per_member_key(
    api: Api, start_server: Callable[..., LiveServer]
) -> None:
    org, neighbour = api.create_org("Guesser"), api.create_org("Neighbour")
    cohort = create_cohort(api)
    with api_on(start_server(auth_failures_per_minute=3), api) as limited:
        statuses = [
            limited.post(
                "/v1/cohorts/join", token=org.token, json={"join_code": f"0000-0000-0000-000{i}"}
            ).status_code
            for i in range(1, 5)
        ]
        assert statuses == [404, 404, 404, 429]
        # the guessing key stays limited, even with the right code
        right = {"join_code": cohort.join_code}
        assert_problem(limited.post("/v1/cohorts/join", token=org.token, json=right), 429)
        # another member at the same address is not: its key joins, and API keys still work
        joined = limited.post("/v1/cohorts/join", token=neighbour.token, json=right)
        assert joined.status_code == 201
        assert limited.get("/v1/me", token=org.token).status_code == 200
        assert limited.get("/v1/me", token="rdsa_wrong").status_code == 401


def test_members_change_sharing_and_leave_at_once(api: Api) -> None:
    cohort = create_cohort(api)
    org = api.create_org("Changer")
    join(api, cohort, org)
    path = f"/v1/cohorts/{cohort.id}/members/{org.id}"
    raised = api.patch(path, token=org.token, json={"sharing": "results"})
    assert raised.status_code == 200 and raised.json()["sharing"] == "results"
    assert [s["name"] for s in summary(api, cohort)["shared_results"]] == ["Changer"]
    lowered = api.patch(path, token=org.token, json={"sharing": "aggregate"})
    assert lowered.json()["sharing"] == "aggregate"
    assert summary(api, cohort)["shared_results"] == []
    assert_problem(api.patch(path, token=org.token, json={"sharing": "everything"}), 422)
    assert api.delete(path, token=org.token).status_code == 204
    assert_problem(api.delete(path, token=org.token), 404)
    assert api.get(f"/v1/organisations/{org.id}/cohorts", token=org.token).json() == []


def test_an_organisation_sees_its_memberships_and_never_other_members(api: Api) -> None:
    first, second = create_cohort(api, name="First"), create_cohort(api, name="Second")
    org, neighbour = api.create_org("Me"), api.create_org("Neighbour")
    join(api, first, org, "results")
    join(api, second, org)
    join(api, first, neighbour)
    listed = api.get(f"/v1/organisations/{org.id}/cohorts", token=org.token).json()
    assert [(m["cohort_name"], m["sharing"]) for m in listed] == [
        ("First", "results"),
        ("Second", "aggregate"),
    ]
    assert "Neighbour" not in str(listed) and neighbour.id not in str(listed)
    assert_problem(api.get(f"/v1/cohorts/{first.id}", token=org.token), 403)
    assert_problem(api.get(f"/v1/organisations/{neighbour.id}/cohorts", token=org.token), 404)
    exported = api.get(f"/v1/organisations/{org.id}/export", token=org.token).json()
    memberships = exported["cohort_memberships"]
    assert [(m["cohort_name"], m["sharing"]) for m in memberships] == [
        ("First", "results"),
        ("Second", "aggregate"),
    ]
    assert {"joined_at", "cohort_id"} <= set(memberships[0])
    assert "Neighbour" not in str(exported)


def test_erasing_an_organisation_removes_its_memberships(api: Api, app_db: Database) -> None:
    cohort = create_cohort(api)
    orgs = populate(api, cohort, 5)
    summary(api, cohort)  # publishes figures, storing their basis
    gone = orgs[0]
    assert api.delete(f"/v1/organisations/{gone.id}", token=gone.token).status_code == 204
    with app_db.reads() as session:
        for model in (CohortMember, CohortPublicationBasis):
            left = session.scalar(
                select(func.count())
                .select_from(model)
                .where(model.organisation_id == uuid.UUID(gone.id))
            )
            assert left == 0, model.__name__
    assert api.get(f"/v1/cohorts/{cohort.id}", token=cohort.facilitator).json()["member_count"] == 4


def test_deleting_a_cohort_ends_every_membership(api: Api) -> None:
    cohort = create_cohort(api)
    org = api.create_org()
    join(api, cohort, org)
    assert api.delete(f"/v1/cohorts/{cohort.id}", token=cohort.facilitator).status_code == 204
    assert api.get(f"/v1/organisations/{org.id}/cohorts", token=org.token).json() == []
    assert_problem(api.get(f"/v1/cohorts/{cohort.id}", token=cohort.facilitator), 404)
