"""All ORM models, imported here so Alembic and the app see the whole schema."""

from app.models.access_log import AccessLogEntry
from app.models.action_plan import ActionPlan, ActionStep
from app.models.api_key import ApiKey
from app.models.assessment import (
    Answer,
    Assessment,
    RespondentAnswer,
    Result,
    ResultDomain,
    ResultFinding,
)
from app.models.cohort import Cohort, CohortMember, CohortPublication, CohortPublicationBasis
from app.models.idempotency import IdempotencyRecord
from app.models.organisation import Organisation
from app.models.questionnaire_version import QuestionnaireVersion
from app.models.web_session import WebSession
from app.models.webhook import Webhook, WebhookAttempt, WebhookDelivery

__all__ = [
    "AccessLogEntry",
    "ActionPlan",
    "ActionStep",
    "Answer",
    "ApiKey",
    "Assessment",
    "Cohort",
    "CohortMember",
    "CohortPublication",
    "CohortPublicationBasis",
    "IdempotencyRecord",
    "Organisation",
    "QuestionnaireVersion",
    "RespondentAnswer",
    "Result",
    "ResultDomain",
    "ResultFinding",
    "WebSession",
    "Webhook",
    "WebhookAttempt",
    "WebhookDelivery",
]
