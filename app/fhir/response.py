"""An assessment as an HL7 FHIR R4 ``QuestionnaireResponse``.

Answers follow the Questionnaire mapping (codings for options, ``valueString`` for
text). "Don't know" and "not applicable" have no value in FHIR: the item carries no
answer and the data-absent-reason extension says why (``asked-unknown`` or
``not-applicable``). Answers to questions hidden by ``show_if`` are left out, as FHIR
requires for disabled items. Comments are not part of the export.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from app.fhir.common import DATA_ABSENT_REASON, JSON, fhir_datetime, fhir_string
from app.fhir.questionnaire import CONTEXT_GROUP, CONTEXT_TITLE, QuestionnaireBuilder
from app.questionnaire.model import ContextQuestion, Question, Questionnaire, QuestionType
from app.scoring import Answer, visible
from app.scoring.answers import DeclinedAnswer, NotApplicableAnswer, UnsureAnswer


@dataclass(frozen=True)
class AssessmentFacts:
    id: str
    status: str  # draft | submitted
    authored: datetime


def questionnaire_response(
    model: Questionnaire,
    assessment: AssessmentFacts,
    answers: Mapping[str, Answer],
    *,
    locale: str,
    base_url: str,
) -> JSON:
    builder = QuestionnaireBuilder(model, locale=locale, base_url=base_url)
    shown = visible(model, answers)
    groups: list[JSON] = []
    sections: list[tuple[str, Mapping[str, str], list[Question] | list[ContextQuestion]]] = [
        (CONTEXT_GROUP, CONTEXT_TITLE, model.context),
        *((d.id, d.title, d.questions) for d in model.domains),
    ]
    for link_id, title, questions in sections:
        items = [
            _item(builder, q, answers[q.id]) for q in questions if q.id in answers and q.id in shown
        ]
        if items:
            group: JSON = {"linkId": link_id}
            builder.texts.put(group, "text", title)
            groups.append({**group, "item": items})
    resource: JSON = {
        "resourceType": "QuestionnaireResponse",
        "id": assessment.id,
        "language": locale,
        "identifier": {"system": f"{base_url.rstrip('/')}/v1/assessments", "value": assessment.id},
        "questionnaire": f"{builder.canonical}|{model.version}",
        "status": "completed" if assessment.status == "submitted" else "in-progress",
        "authored": fhir_datetime(assessment.authored),
    }
    return {**resource, "item": groups} if groups else resource


def _item(
    builder: QuestionnaireBuilder, question: Question | ContextQuestion, answer: Answer
) -> JSON:
    item: JSON = {"linkId": question.id}
    builder.texts.put(item, "text", question.text)
    if isinstance(answer, UnsureAnswer | DeclinedAnswer | NotApplicableAnswer):
        if isinstance(answer, UnsureAnswer):
            reason = "asked-unknown"
        elif isinstance(answer, DeclinedAnswer):
            reason = "asked-declined"
        else:
            reason = "not-applicable"
        return {"extension": [{"url": DATA_ABSENT_REASON, "valueCode": reason}], **item}
    if question.type is QuestionType.TEXT:
        return {**item, "answer": [{"valueString": fhir_string(str(answer.value))}]}
    values = answer.value if isinstance(answer.value, list) else [answer.value]
    codings = [{"valueCoding": builder.coding(question.id, v)} for v in values]
    return {**item, "answer": codings}
