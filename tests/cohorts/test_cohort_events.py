"""Facilitators' hooks hear when a cohort's summary may have changed."""

from __future__ import annotations

from typing import Any

from tests.support.api import Api
from tests.support.drafts import start

HOOK = {"url": "https://hooks.receiver.invalid/cohorts", "events": ["cohort.summary_changed"]}


def _deliveries(api: Api, token: str, hook_id: str) -> list[dict[str, Any]]:
    response = api.get(f"/v1/webhooks/{hook_id}/deliveries", token=token)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_join_sharing_change_submit_and_leave_queue_summary_events(
    api: Api, example_answers: dict[str, Any]
) -> None:
    facilitator = api.service_key("facilitator")
    hook = api.post("/v1/webhooks", token=facilitator, json=HOOK).json()
    cohort = api.post("/v1/cohorts", token=facilitator, json={"name": "Circle"}).json()
    org = api.create_org("Member")
    joined = api.post("/v1/cohorts/join", token=org.token, json={"join_code": cohort["join_code"]})
    assert joined.status_code == 201
    first = _deliveries(api, facilitator, hook["id"])
    assert [d["event_type"] for d in first] == ["cohort.summary_changed"]

    # An untried delivery about the same cohort absorbs later changes.
    api.patch(
        f"/v1/cohorts/{cohort['id']}/members/{org.id}", token=org.token, json={"sharing": "results"}
    )
    draft = start(api, org)
    draft.patch(example_answers)
    assert draft.submit().status_code == 200
    api.delete(f"/v1/cohorts/{cohort['id']}/members/{org.id}", token=org.token)
    assert len(_deliveries(api, facilitator, hook["id"])) == 1


def test_other_facilitators_hear_nothing(api: Api) -> None:
    owner, other = api.service_key("facilitator"), api.service_key("facilitator")
    other_hook = api.post("/v1/webhooks", token=other, json=HOOK).json()
    cohort = api.post("/v1/cohorts", token=owner, json={"name": "Circle"}).json()
    org = api.create_org("Member")
    api.post("/v1/cohorts/join", token=org.token, json={"join_code": cohort["join_code"]})
    assert _deliveries(api, other, other_hook["id"]) == []
