"""Self sign-up with a cohort's join code, and the roster every member can see."""

from __future__ import annotations

from typing import Any

from tests.cohorts.helpers import CohortInfo, answers, create_cohort, join, submit, summary
from tests.support.api import Api, Org, assert_problem


def sign_up(api: Api, cohort: CohortInfo, name: str, **extra: Any) -> dict[str, Any]:
    body = {"join_code": cohort.join_code, "organisation": {"name": name}, **extra}
    response = api.post("/v1/cohorts/sign-up", json=body)
    assert response.status_code == 201, response.text
    found: dict[str, Any] = response.json()
    return found


def signed_up_org(api: Api, cohort: CohortInfo, name: str, **extra: Any) -> Org:
    body = sign_up(api, cohort, name, **extra)
    org = Org(id=body["organisation"]["id"], token=body["token"])
    cohort.members.append(org)
    return org


def test_an_organisation_signs_itself_up_and_its_key_works(api: Api) -> None:
    cohort = create_cohort(api, name="Spring circle")
    body = sign_up(
        api, cohort, "Río Verde Collective", display_name="Río Verde", key_label="Ana's laptop"
    )
    assert body["membership"]["cohort_name"] == "Spring circle"
    assert body["membership"]["sharing"] == "aggregate"
    assert body["membership"]["display_name"] == "Río Verde"
    org = Org(id=body["organisation"]["id"], token=body["token"])
    me = api.get(f"/v1/organisations/{org.id}", token=org.token)
    assert me.status_code == 200 and me.json()["name"] == "Río Verde Collective"
    # the facilitator did not onboard it: it may not issue it a key, and it is independent
    assert_problem(
        api.post(f"/v1/organisations/{org.id}/keys", token=cohort.facilitator, json={}), 404
    )
    roster = api.get(f"/v1/cohorts/{cohort.id}/roster", token=org.token).json()
    assert [(m["display_name"], m["onboarded"]) for m in roster["members"]] == [
        ("Río Verde", False)
    ]


def test_sign_up_problems_name_the_field(api: Api) -> None:
    cohort = create_cohort(api)
    wrong = api.post(
        "/v1/cohorts/sign-up",
        json={"join_code": "0000-0000-0000-0000", "organisation": {"name": "X"}},
    )
    assert_problem(wrong, 404)
    missing = api.post("/v1/cohorts/sign-up", json={"join_code": cohort.join_code})
    assert_problem(missing, 422, field="body.organisation")
    bad_sharing = api.post(
        "/v1/cohorts/sign-up",
        json={"join_code": cohort.join_code, "organisation": {"name": "X"}, "sharing": "all"},
    )
    assert_problem(bad_sharing, 422, field="body.sharing")


def test_every_member_sees_the_roster_and_the_facilitator_sees_progress(api: Api) -> None:
    cohort = create_cohort(api)
    signed = [signed_up_org(api, cohort, f"Self {i}", display_name=f"Team {i}") for i in range(5)]
    for org in signed:
        submit(api, org, answers(api))
    drafting = signed_up_org(api, cohort, "Drafting")
    created = api.post(
        f"/v1/organisations/{drafting.id}/assessments",
        token=drafting.token,
        json={"questionnaire": "example", "version": "1.0.0"},
    )
    assert created.status_code == 201
    puppet = api.create_org("Puppet", token=cohort.facilitator)
    join(api, cohort, puppet, "aggregate")
    assert summary(api, cohort)["status"] == "current"

    member_view = api.get(f"/v1/cohorts/{cohort.id}/roster", token=signed[0].token).json()
    names = [m["display_name"] for m in member_view["members"]]
    assert names == ["Team 0", "Team 1", "Team 2", "Team 3", "Team 4", "Drafting", "Puppet"]
    assert [m["onboarded"] for m in member_view["members"]] == [False] * 6 + [True]
    assert member_view["onboarded"] == 1
    assert member_view["counted_in_figures"] == 5
    assert all(m["status"] is None for m in member_view["members"])

    staff_view = api.get(f"/v1/cohorts/{cohort.id}/roster", token=cohort.facilitator).json()
    status = {m["display_name"]: m["status"] for m in staff_view["members"]}
    assert status == {**{f"Team {i}": "submitted" for i in range(5)}} | {
        "Drafting": "draft_started",
        "Puppet": "joined",
    }
    assert all(m["status_at"] is not None for m in staff_view["members"] if m["status"] != "joined")


def test_the_roster_is_closed_to_outsiders(api: Api) -> None:
    cohort = create_cohort(api)
    signed_up_org(api, cohort, "Inside")
    outsider = api.create_org("Outside")
    path = f"/v1/cohorts/{cohort.id}/roster"
    assert_problem(api.get(path, token=outsider.token), 404)
    assert_problem(api.get(path, token=api.service_key("facilitator")), 404)
    assert_problem(api.get(path), 401)
    assert api.get(path, token=api.admin_token).status_code == 200
