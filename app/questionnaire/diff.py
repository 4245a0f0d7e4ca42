"""What changed between two versions of a questionnaire.

Questions are matched by id, or through the newer version's ``migrates_from``
entry for the older version (a renamed question is reported as renamed, not as
removed and added; remapped option values likewise). Conditions of the older
version are translated through the same map before comparing, so a condition
that only follows a rename is not reported as changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.questionnaire.model import (
    ContextOption,
    ContextQuestion,
    Question,
    Questionnaire,
    VersionMapping,
)

OptionValue = str | int
_VALUE_TESTS = ("is", "in", "has", "has_any", "has_all")
_QUESTION_FIELDS = (
    "type",
    "text",
    "help",
    "required",
    "weight",
    "lifecycle",
    "allow_unsure",
    "allow_na",
    "score_rule",
    "max_score",
    "max_length",
)
_ISSUE_FIELDS = (
    "domain",
    "lifecycle",
    "severity",
    "title",
    "why",
    "first_steps",
    "resources",
    "affects",
)
_STRENGTH_FIELDS = ("domain", "lifecycle", "title", "description")


class _DiffModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldChange(_DiffModel):
    field: str
    old: Any = None
    new: Any = None


class Rename(_DiffModel):
    old: OptionValue
    new: OptionValue


class OptionScoreChange(_DiffModel):
    value: OptionValue
    old: float | None
    new: float | None


class QuestionChange(_DiffModel):
    id: str
    old_id: str | None = Field(default=None, description="set when the question was renamed")
    changes: list[FieldChange] = Field(default_factory=list)
    options_added: list[OptionValue] = Field(default_factory=list)
    options_removed: list[OptionValue] = Field(default_factory=list)
    options_renamed: list[Rename] = Field(default_factory=list)
    option_scores_changed: list[OptionScoreChange] = Field(default_factory=list)


class QuestionsDiff(_DiffModel):
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    renamed: list[Rename] = Field(default_factory=list)
    changed: list[QuestionChange] = Field(default_factory=list)


class ItemChange(_DiffModel):
    id: str
    changes: list[FieldChange]


class SectionDiff(_DiffModel):
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    changed: list[ItemChange] = Field(default_factory=list)


class VersionDiff(_DiffModel):
    slug: str
    from_version: str
    to_version: str
    questions: QuestionsDiff
    domains: SectionDiff
    issues: SectionDiff
    strengths: SectionDiff
    stages: SectionDiff
    lifecycle: SectionDiff

    @property
    def is_empty(self) -> bool:
        sections = (self.domains, self.issues, self.strengths, self.stages, self.lifecycle)
        questions = self.questions
        return not (
            questions.added or questions.removed or questions.renamed or questions.changed
        ) and not any(s.added or s.removed or s.changed for s in sections)


def diff_versions(old: Questionnaire, new: Questionnaire) -> VersionDiff:
    mapping = next((m for m in new.migrates_from if m.version == old.version), None)
    renamer = _Renamer(mapping or VersionMapping(version=old.version))
    return VersionDiff(
        slug=new.slug,
        from_version=old.version,
        to_version=new.version,
        questions=_diff_questions(old, new, renamer),
        domains=_diff_items(old.domains, new.domains, "id", ("title", "description", "weight")),
        issues=_diff_rules(old, new, renamer, "issues", _ISSUE_FIELDS),
        strengths=_diff_rules(old, new, renamer, "strengths", _STRENGTH_FIELDS),
        stages=_diff_items(old.stages, new.stages, "key", ("min", "label", "description")),
        lifecycle=_diff_items(old.lifecycle, new.lifecycle, "key", ("label", "description")),
    )


class _Renamer:
    """Translates ids, option values and conditions of the old version into the new one."""

    def __init__(self, mapping: VersionMapping) -> None:
        self.mapping = mapping

    def question(self, old_id: str) -> str | None:
        return self.mapping.questions.get(old_id, old_id)

    def option(self, old_id: str, value: OptionValue) -> OptionValue | None:
        values = self.mapping.options.get(old_id, {})
        return values.get(str(value), value) if str(value) in values else value

    def condition(self, condition: Any) -> Any:
        if isinstance(condition, list):
            return [self.condition(item) for item in condition]
        if not isinstance(condition, dict):
            return condition
        if "q" not in condition:
            return {key: self.condition(value) for key, value in condition.items()}
        old_id = condition["q"]
        result = {**condition, "q": self.question(old_id) or old_id}
        for test in _VALUE_TESTS:
            if test in condition:
                value = condition[test]
                values = value if isinstance(value, list) else [value]
                mapped = [self.option(old_id, item) for item in values]
                result[test] = mapped if isinstance(value, list) else mapped[0]
        return result


def _value(item: BaseModel, name: str) -> Any:
    """A field as plain JSON-like data (``None`` when the item has no such field)."""
    return _plain(getattr(item, name)) if name in type(item).model_fields else None


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, Enum):
        return value.value
    return value


def _field_changes(old: BaseModel, new: BaseModel, fields: Sequence[str]) -> list[FieldChange]:
    changes = []
    for name in fields:
        before, after = _value(old, name), _value(new, name)
        if before != after:
            changes.append(FieldChange(field=name, old=before, new=after))
    return changes


def _condition_change(
    name: str, old: BaseModel, new: BaseModel, renamer: _Renamer
) -> list[FieldChange]:
    before, after = _value(old, name), _value(new, name)
    if renamer.condition(before) == after:
        return []
    return [FieldChange(field=name, old=before, new=after)]


# --------------------------------------------------------------------------- questions


def _questions(questionnaire: Questionnaire) -> dict[str, tuple[ContextQuestion | Question, str]]:
    found: dict[str, tuple[ContextQuestion | Question, str]] = {}
    for question in questionnaire.context:
        found.setdefault(question.id, (question, "context"))
    for domain in questionnaire.domains:
        for domain_question in domain.questions:
            found.setdefault(domain_question.id, (domain_question, domain.id))
    return found


def _diff_questions(old: Questionnaire, new: Questionnaire, renamer: _Renamer) -> QuestionsDiff:
    before, after = _questions(old), _questions(new)
    result = QuestionsDiff()
    matched: set[str] = set()
    for old_id, (old_question, old_section) in before.items():
        new_id = renamer.question(old_id)
        if new_id is None or new_id not in after:
            result.removed.append(old_id)
            continue
        matched.add(new_id)
        if new_id != old_id:
            result.renamed.append(Rename(old=old_id, new=new_id))
        new_question, new_section = after[new_id]
        change = _question_change(old_question, new_question, renamer)
        if old_section != new_section:
            change.changes.insert(0, FieldChange(field="domain", old=old_section, new=new_section))
        if _has_changes(change):
            result.changed.append(
                change.model_copy(update={"old_id": old_id if new_id != old_id else None})
            )
    result.added.extend(question_id for question_id in after if question_id not in matched)
    return result


def _question_change(
    old: ContextQuestion | Question, new: ContextQuestion | Question, renamer: _Renamer
) -> QuestionChange:
    change = QuestionChange(id=new.id, changes=_field_changes(old, new, _QUESTION_FIELDS))
    change.changes.extend(_condition_change("show_if", old, new, renamer))
    new_options = {option.value: option for option in new.options}
    seen: set[OptionValue] = set()
    for option in old.options:
        value = renamer.option(old.id, option.value)
        if value is None or value not in new_options:
            change.options_removed.append(option.value)
            continue
        seen.add(value)
        if value != option.value:
            change.options_renamed.append(Rename(old=option.value, new=value))
        _compare_option(change, option, new_options[value])
    change.options_added.extend(value for value in new_options if value not in seen)
    return change


def _compare_option(change: QuestionChange, old: ContextOption, new: ContextOption) -> None:
    old_score, new_score = _value(old, "score"), _value(new, "score")
    if old_score != new_score:
        scores = OptionScoreChange(value=new.value, old=old_score, new=new_score)
        change.option_scores_changed.append(scores)
    for name in ("label", "help", "exclusive"):
        before, after = _value(old, name), _value(new, name)
        if before != after:
            change.changes.append(
                FieldChange(field=f"options[{new.value}].{name}", old=before, new=after)
            )


def _has_changes(change: QuestionChange) -> bool:
    return bool(
        change.changes
        or change.options_added
        or change.options_removed
        or change.options_renamed
        or change.option_scores_changed
    )


# ------------------------------------------------------------------------ other items


def _diff_items(
    old: Sequence[BaseModel], new: Sequence[BaseModel], key: str, fields: Sequence[str]
) -> SectionDiff:
    return _diff_keyed(old, new, key, lambda a, b: _field_changes(a, b, fields))


def _diff_rules(
    old: Questionnaire, new: Questionnaire, renamer: _Renamer, section: str, fields: Sequence[str]
) -> SectionDiff:
    def compare(a: BaseModel, b: BaseModel) -> list[FieldChange]:
        changes = _field_changes(a, b, fields)
        changes.extend(_condition_change("when", a, b, renamer))
        if section == "issues":
            changes.extend(_condition_change("escalate", a, b, renamer))
        return changes

    return _diff_keyed(getattr(old, section), getattr(new, section), "id", compare)


def _diff_keyed(
    old: Sequence[BaseModel],
    new: Sequence[BaseModel],
    key: str,
    compare: Callable[[BaseModel, BaseModel], list[FieldChange]],
) -> SectionDiff:
    before = {getattr(item, key): item for item in old}
    after = {getattr(item, key): item for item in new}
    result = SectionDiff(
        added=[k for k in after if k not in before],
        removed=[k for k in before if k not in after],
    )
    for item_key, item in before.items():
        if item_key in after:
            changes = compare(item, after[item_key])
            if changes:
                result.changed.append(ItemChange(id=item_key, changes=changes))
    return result
