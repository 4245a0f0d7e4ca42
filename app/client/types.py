"""Response shapes as TypedDicts: plain JSON data, typed for editors and mypy.

Only the fields clients rely on are spelled out; responses may carry more.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypedDict, TypeVar

T = TypeVar("T")

Role = Literal["admin", "facilitator", "member"]
AnswerData = dict[str, Any]  # {"value": V} | {"unsure": true} | {"not_applicable": true}


class Page(TypedDict, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class Me(TypedDict):
    key_id: str
    role: Role
    organisation_id: str | None


class Key(TypedDict):
    id: str
    role: Role
    organisation_id: str | None
    label: str
    hint: str
    created_at: str
    last_used_at: str | None
    revoked_at: str | None


class KeyCreated(Key):
    token: str


class Organisation(TypedDict):
    id: str
    name: str
    country: str | None
    sectors: list[str]
    created_at: str


class QuestionnaireVersion(TypedDict):
    version: str
    status: Literal["draft", "published", "retired"]
    content_hash: str


class QuestionnaireListItem(TypedDict):
    slug: str
    title: str
    locale: str
    locales: list[str]
    versions: list[QuestionnaireVersion]
    latest: str | None


class Resource(TypedDict, total=False):
    id: str
    title: str
    publisher: str
    url: str
    languages: list[str]
    type: str
    effort: str
    topics: list[str]


class QuestionnaireRef(TypedDict):
    slug: str
    version: str


class Progress(TypedDict):
    answered: int
    required: int
    applicable: int
    missing_required: list[str]
    complete: bool


class AssessmentSummary(TypedDict):
    id: str
    organisation_id: str
    status: Literal["draft", "submitted"]
    questionnaire: QuestionnaireRef
    created_at: str
    updated_at: str
    submitted_at: str | None


class Assessment(AssessmentSummary):
    answers: dict[str, AnswerData]
    progress: Progress
    prefilled_from: str | None
    needs_review: list[str]
    etag: str


class Overall(TypedDict):
    score: float | None
    stage: str | None


class DomainResult(TypedDict, total=False):
    id: str
    title: str
    score: float | None
    stage: str | None
    coverage: float | None


class IssueResult(TypedDict, total=False):
    id: str
    severity: Literal["low", "medium", "high", "critical"]
    title: str
    why: str
    first_steps: list[str]
    evidence: list[dict[str, Any]]


class Recommendation(TypedDict, total=False):
    id: str
    title: str
    url: str
    issues: list[str]


class Results(TypedDict, total=False):
    locale: str
    engine_version: str
    questionnaire: dict[str, str]
    overall: Overall
    domains: list[DomainResult]
    issues: list[IssueResult]
    strengths: list[dict[str, Any]]
    issue_map: dict[str, Any]
    recommendations: list[Recommendation]


class AccessLogEntry(TypedDict):
    at: str
    actor_role: Role
    actor_key_id: str
    actor_label: str
    action: str
    target: str


class Webhook(TypedDict):
    id: str
    url: str
    events: list[str]
    description: str
    created_at: str
    secret_hint: str


class WebhookCreated(Webhook):
    secret: str


class DeliveryAttempt(TypedDict):
    at: str
    status_code: int | None
    error: str | None
    duration_ms: int


class Delivery(TypedDict):
    id: str
    event_id: str
    event_type: str
    status: Literal["pending", "delivered", "failed"]
    attempts: list[DeliveryAttempt]
    created_at: str
    next_attempt_at: str | None
    finished_at: str | None
