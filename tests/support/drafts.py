from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.support.answers import best, complete, questionnaire
from tests.support.api import Api, Org


@dataclass
class Draft:
    api: Api
    org: Org
    id: str

    @property
    def path(self) -> str:
        return f"/v1/assessments/{self.id}"

    def get(self) -> httpx.Response:
        return self.api.get(self.path, token=self.org.token)

    def patch(self, answers: dict[str, Any], **headers: str) -> httpx.Response:
        return self.api.patch(
            f"{self.path}/answers", token=self.org.token, json={"answers": answers}, headers=headers
        )

    def submit(self, **headers: str) -> httpx.Response:
        return self.api.post(f"{self.path}/submit", token=self.org.token, headers=headers)


def start(api: Api, org: Org, **body: Any) -> Draft:
    payload = {"questionnaire": "example", "version": "1.0.0", **body}
    response = api.post(f"/v1/organisations/{org.id}/assessments", token=org.token, json=payload)
    assert response.status_code == 201, response.text
    return Draft(api, org, response.json()["id"])


@pytest.fixture
def org(api: Api) -> Org:
    return api.create_org("Colectivo Lila")


@pytest.fixture
def draft(api: Api, org: Org) -> Draft:
    return start(api, org)


@pytest.fixture
def example_answers(api: Api) -> dict[str, Any]:
    return complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=best)
