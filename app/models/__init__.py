"""All ORM models, imported here so Alembic and the app see the whole schema."""

from app.models.access_log import AccessLogEntry
from app.models.api_key import ApiKey
from app.models.assessment import Answer, Assessment, Result, ResultDomain, ResultFinding
from app.models.cohort import Cohort, CohortMember, CohortPublication, CohortPublicationBasis
from app.models.idempotency import IdempotencyRecord
from app.models.organisation import Organisation
from app.models.questionnaire_version import QuestionnaireVersion

__all__ = [
    "AccessLogEntry",
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
    "Result",
    "ResultDomain",
    "ResultFinding",
]
