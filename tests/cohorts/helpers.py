"""Building cohorts through the API: a facilitator, a cohort, members with assessments."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from app.questionnaire.model import Questionnaire
from tests.support.answers import Chooser, best, complete, questionnaire
from tests.support.api import Api, Org
from tests.support.live import LiveServer

EXAMPLE = ("example", "1.0.0")


@dataclass
class CohortInfo:
    id: str
    join_code: str
    facilitator: str  # the token of the facilitator key that created it
    members: list[Org] = field(default_factory=list)

    @property
    def summary_path(self) -> str:
        return f"/v1/cohorts/{self.id}/summary"


def create_cohort(api: Api, facilitator: str | None = None, name: str = "Cohort") -> CohortInfo:
    token = facilitator or api.service_key("facilitator")
    created = api.post("/v1/cohorts", token=token, json={"name": name})
    assert created.status_code == 201, created.text
    body = created.json()
    return CohortInfo(id=body["id"], join_code=body["join_code"], facilitator=token)


def join(api: Api, cohort: CohortInfo, org: Org, sharing: str = "aggregate") -> dict[str, Any]:
    joined = api.post(
        "/v1/cohorts/join",
        token=org.token,
        json={"join_code": cohort.join_code, "sharing": sharing},
    )
    assert joined.status_code == 201, joined.text
    cohort.members.append(org)
    body: dict[str, Any] = joined.json()
    return body


@functools.cache
def _example(root: Path) -> Questionnaire:
    return questionnaire(root, *EXAMPLE)


def answers(api: Api, choose: Chooser = best, **overrides: Any) -> dict[str, Any]:
    """A complete answer set for the example questionnaire, with some answers replaced
    (``sec_retention="never"`` sets question sec-retention)."""
    found = complete(_example(api.questionnaires), choose=choose)
    for question_id, value in overrides.items():
        found[question_id.replace("_", "-")] = {"value": value}
    return found


def submit(api: Api, org: Org, given: dict[str, Any], version: str = "1.0.0") -> str:
    created = api.post(
        f"/v1/organisations/{org.id}/assessments",
        token=org.token,
        json={"questionnaire": "example", "version": version},
    )
    assert created.status_code == 201, created.text
    assessment_id = str(created.json()["id"])
    patched = api.patch(
        f"/v1/assessments/{assessment_id}/answers", token=org.token, json={"answers": given}
    )
    assert patched.status_code == 200, patched.text
    done = api.post(f"/v1/assessments/{assessment_id}/submit", token=org.token)
    assert done.status_code == 200, done.text
    return assessment_id


def populate(
    api: Api,
    cohort: CohortInfo,
    count: int,
    *,
    answers_for: Callable[[int], dict[str, Any]] | None = None,
    sharing: Callable[[int], str] = lambda _: "aggregate",
    prefix: str = "Org",
) -> list[Org]:
    """``count`` new organisations that join and submit (answers_for(i), default: best)."""
    orgs = []
    for i in range(count):
        org = api.create_org(f"{prefix} {i}")
        join(api, cohort, org, sharing(i))
        submit(api, org, answers_for(i) if answers_for else answers(api))
        orgs.append(org)
    return orgs


def summary(
    api: Api, cohort: CohortInfo, token: str | None = None, **params: str
) -> dict[str, Any]:
    response = api.get(cohort.summary_path, token=token or cohort.facilitator, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@contextmanager
def api_on(server: LiveServer, api: Api) -> Iterator[Api]:
    """An Api client for another server started on the same database."""
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield Api(client, admin_token=api.admin_token, questionnaires=api.questionnaires)


def issue(body: dict[str, Any], issue_id: str) -> dict[str, Any] | None:
    figures = body["figures"] or {}
    return next((i for i in figures.get("issues", []) if i["id"] == issue_id), None)
