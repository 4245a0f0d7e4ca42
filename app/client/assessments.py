"""Client methods for assessments: create, answer with If-Match, submit, results."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from typing import Any, cast

from .base import BaseClient
from .types import AnswerData, Assessment, AssessmentSummary, Page, Results


class AssessmentsMixin(BaseClient):
    def create_assessment(
        self,
        organisation_id: str,
        questionnaire: str,
        *,
        version: str | None = None,
        from_assessment: str | None = None,
    ) -> Assessment:
        """Start a draft (latest published version unless ``version`` is given)."""
        body: dict[str, Any] = {"questionnaire": questionnaire}
        if version is not None:
            body["version"] = version
        if from_assessment is not None:
            body["from_assessment"] = from_assessment
        path = f"/v1/organisations/{organisation_id}/assessments"
        return cast(Assessment, self._json("POST", path, json=body))

    def list_assessments(
        self, organisation_id: str, *, limit: int = 50, offset: int = 0
    ) -> Page[AssessmentSummary]:
        return self._page(f"/v1/organisations/{organisation_id}/assessments", limit, offset)

    def iter_assessments(self, organisation_id: str) -> Iterator[AssessmentSummary]:
        """Every assessment of the organisation, newest first, across pages."""
        return self._iterate(
            lambda limit, offset: self.list_assessments(organisation_id, limit=limit, offset=offset)
        )

    def get_assessment(self, assessment_id: str) -> Assessment:
        return cast(Assessment, self._json("GET", f"/v1/assessments/{assessment_id}"))

    def patch_answers(
        self,
        assessment_id: str,
        answers: Mapping[str, AnswerData | None],
        *,
        if_match: str | None = None,
    ) -> Assessment:
        """Save answers (``None`` clears one). With ``if_match`` (the ETag you last saw,
        ``assessment["etag"]``) a change by someone else since then raises a 412
        :class:`ProblemError` instead of being merged."""
        headers = {"If-Match": if_match} if if_match is not None else None
        path = f"/v1/assessments/{assessment_id}/answers"
        body = {"answers": dict(answers)}
        return cast(Assessment, self._json("PATCH", path, json=body, headers=headers))

    def delete_assessment(self, assessment_id: str) -> None:
        self.request("DELETE", f"/v1/assessments/{assessment_id}")

    def submit(
        self, assessment_id: str, *, idempotency_key: str | None = None, lang: str | None = None
    ) -> Results:
        """Score and store the results. Always sent with an Idempotency-Key (a fresh one
        unless given), so the retries after a dropped connection are safe: the server
        answers a repeat with the first response."""
        key = idempotency_key or str(uuid.uuid4())
        path = f"/v1/assessments/{assessment_id}/submit"
        response = self._retrying(
            lambda: self.request(
                "POST", path, params={"lang": lang}, headers={"Idempotency-Key": key}
            )
        )
        return cast(Results, response.json())

    def results(self, assessment_id: str, *, lang: str | None = None) -> Results:
        path = f"/v1/assessments/{assessment_id}/results"
        return cast(Results, self._json("GET", path, params={"lang": lang}))

    def issue_map_svg(self, assessment_id: str, *, lang: str | None = None) -> str:
        path = f"/v1/assessments/{assessment_id}/issue-map.svg"
        return self.request("GET", path, params={"lang": lang}).text

    def compare(self, assessment_id: str, earlier_id: str) -> dict[str, Any]:
        """What changed from ``earlier_id`` to ``assessment_id`` (domain deltas; issues
        resolved, new and persisting)."""
        path = f"/v1/assessments/{assessment_id}/compare/{earlier_id}"
        return cast(dict[str, Any], self._json("GET", path))

    def issue_map(self, assessment_id: str, *, lang: str | None = None) -> dict[str, Any]:
        """The issue map (domains × lifecycle stages) from the results."""
        return self.results(assessment_id, lang=lang)["issue_map"]

    def fhir_response(self, assessment_id: str) -> dict[str, Any]:
        """The assessment as an HL7 FHIR R4 QuestionnaireResponse."""
        return cast(dict[str, Any], self._json("GET", f"/v1/assessments/{assessment_id}/fhir"))
