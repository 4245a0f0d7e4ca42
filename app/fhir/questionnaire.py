"""A questionnaire version as an HL7 FHIR R4 ``Questionnaire`` resource.

Mapping (see docs/integrating.md): context questions form a first group, each domain a
group; single choice, yes/no and scale questions are ``choice`` items, multiple choice
is ``choice`` with ``repeats``, text is ``string``. Options are ``answerOption``
codings (code = option value) carrying their score in ``itemWeight``.
"""

from __future__ import annotations

import json
from typing import Any

from app.fhir.common import (
    ALLOW_NOT_APPLICABLE,
    ALLOW_UNSURE,
    CONTENT_HASH,
    ITEM_CONTROL,
    ITEM_CONTROL_SYSTEM,
    ITEM_WEIGHT,
    JSON,
    LIFECYCLE,
    OPTION_EXCLUSIVE,
    QUESTION_WEIGHT,
    SHOW_IF,
    Localiser,
    canonical_url,
    fhir_id,
    machine_name,
    option_system,
)
from app.fhir.conditions import enable_when
from app.questionnaire.model import (
    ContextOption,
    ContextQuestion,
    Option,
    OptionValue,
    Question,
    Questionnaire,
    QuestionType,
    Status,
)

STATUS = {Status.DRAFT: "draft", Status.PUBLISHED: "active", Status.RETIRED: "retired"}
CONTEXT_GROUP = "context"
CONTEXT_TITLE = {
    "en": "About your organisation",
    "es": "Sobre su organización",
    "fr": "À propos de votre organisation",
    "pt": "Sobre a sua organização",
}


class QuestionnaireBuilder:
    def __init__(self, model: Questionnaire, *, locale: str, base_url: str) -> None:
        self.model = model
        self.canonical = canonical_url(base_url, model.slug)
        self.texts = Localiser(locale, model.default_locale, list(model.locales))
        self.options: dict[str, dict[str, ContextOption]] = {
            q.id: {str(o.value): o for o in q.options} for q in _questions(model)
        }

    def coding(self, question_id: str, value: OptionValue) -> JSON:
        """The Coding of one option (code: the option value as text)."""
        coding: JSON = {"system": option_system(self.canonical, question_id), "code": str(value)}
        option = self.options.get(question_id, {}).get(str(value))
        if option is not None:
            self.texts.put(coding, "display", option.label)
        return coding

    def resource(self, *, status: Status, content_hash: str) -> JSON:
        model = self.model
        resource: JSON = {
            "resourceType": "Questionnaire",
            "id": fhir_id(model.slug, model.version),
            "language": self.texts.locale,
            "extension": [{"url": CONTENT_HASH, "valueString": content_hash}],
            "url": self.canonical,
            "version": model.version,
            "name": machine_name(model.slug),
        }
        self.texts.put(resource, "title", model.title)
        resource["status"] = STATUS[status]
        self.texts.put(resource, "description", model.description)
        resource["item"] = self._groups()
        return resource

    def _groups(self) -> list[JSON]:
        groups = []
        if self.model.context:
            group: JSON = {"linkId": CONTEXT_GROUP, "type": "group"}
            self.texts.put(group, "text", CONTEXT_TITLE)
            group["item"] = [self._item(q) for q in self.model.context]
            groups.append(group)
        for domain in self.model.domains:
            group = {"linkId": domain.id, "type": "group"}
            self.texts.put(group, "text", domain.title)
            group["item"] = [self._item(q) for q in domain.questions]
            groups.append(group)
        return groups

    def _item(self, question: Question | ContextQuestion) -> JSON:
        item: JSON = {"extension": self._extensions(question), "linkId": question.id}
        self.texts.put(item, "text", question.text)
        item["type"] = "string" if question.type is QuestionType.TEXT else "choice"
        self._add_enable_when(item, question)
        item["required"] = question.required
        if question.type is QuestionType.MULTI_CHOICE:
            item["repeats"] = True
        if question.type is QuestionType.TEXT:
            item["maxLength"] = question.max_length
        else:
            item["answerOption"] = [self._option(question.id, o) for o in question.options]
        if question.help is not None:
            item["item"] = [self._help(question)]
        if not item["extension"]:
            del item["extension"]
        return item

    def _extensions(self, question: Question | ContextQuestion) -> list[JSON]:
        extensions: list[JSON] = []
        if isinstance(question, Question):
            extensions.append({"url": LIFECYCLE, "valueCode": question.lifecycle})
            if question.scored:
                extensions.append({"url": QUESTION_WEIGHT, "valueDecimal": question.weight})
            if question.allow_unsure:
                extensions.append({"url": ALLOW_UNSURE, "valueBoolean": True})
        if question.allow_na:
            extensions.append({"url": ALLOW_NOT_APPLICABLE, "valueBoolean": True})
        return extensions

    def _add_enable_when(self, item: JSON, question: Question | ContextQuestion) -> None:
        if question.show_if is None:
            return
        found = enable_when(question.show_if, self.coding)
        if found is None:
            condition = question.show_if.model_dump(mode="json", by_alias=True, exclude_none=True)
            text = json.dumps(condition, ensure_ascii=False, separators=(",", ":"))
            item["extension"].append({"url": SHOW_IF, "valueString": text})
            return
        item["enableWhen"] = found.tests
        if found.behavior is not None:
            item["enableBehavior"] = found.behavior

    def _option(self, question_id: str, option: ContextOption) -> JSON:
        extensions: list[JSON] = []
        if isinstance(option, Option) and option.score is not None:
            extensions.append({"url": ITEM_WEIGHT, "valueDecimal": option.score})
        if option.exclusive:
            extensions.append({"url": OPTION_EXCLUSIVE, "valueBoolean": True})
        answer: JSON = {"valueCoding": self.coding(question_id, option.value)}
        return {"extension": extensions, **answer} if extensions else answer

    def _help(self, question: Question | ContextQuestion) -> JSON:
        control = {"coding": [{"system": ITEM_CONTROL_SYSTEM, "code": "help"}]}
        help_item: JSON = {
            "extension": [{"url": ITEM_CONTROL, "valueCodeableConcept": control}],
            "linkId": f"{question.id}.help",
        }
        self.texts.put(help_item, "text", question.help)
        help_item["type"] = "display"
        return help_item


def _questions(model: Questionnaire) -> list[Any]:
    return [*model.context, *(q for d in model.domains for q in d.questions)]


def questionnaire_resource(
    model: Questionnaire, *, status: Status, content_hash: str, locale: str, base_url: str
) -> JSON:
    builder = QuestionnaireBuilder(model, locale=locale, base_url=base_url)
    return builder.resource(status=status, content_hash=content_hash)
