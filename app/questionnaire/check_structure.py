"""Whole-document checks of ids, references, stages, questions, options and migrations."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from app.questionnaire.index import QuestionnaireIndex, QuestionRef
from app.questionnaire.model import (
    Question,
    Questionnaire,
    QuestionType,
    ScoreRule,
    VersionMapping,
)
from app.questionnaire.problems import Code
from app.questionnaire.reporter import Reporter, did_you_mean, listing
from app.questionnaire.semver import version_key
from app.questionnaire.source import DataPath

_YES_NO = ["yes", "no"]


def check_ids(questionnaire: Questionnaire, index: QuestionnaireIndex, r: Reporter) -> None:
    q = questionnaire
    _unique(r, "question id", [(ref.question.id, (*ref.path, "id")) for ref in index.ordered])
    _unique(r, "domain id", [(d.id, ("domains", i, "id")) for i, d in enumerate(q.domains)])
    _unique(r, "issue id", [(x.id, ("issues", i, "id")) for i, x in enumerate(q.issues)])
    _unique(r, "strength id", [(x.id, ("strengths", i, "id")) for i, x in enumerate(q.strengths)])
    _unique(r, "stage key", [(s.key, ("stages", i, "key")) for i, s in enumerate(q.stages)])
    _unique(
        r, "lifecycle key", [(s.key, ("lifecycle", i, "key")) for i, s in enumerate(q.lifecycle)]
    )
    _unique(r, "locale", [(loc, ("locales", i)) for i, loc in enumerate(q.locales)])
    migrations = [
        (m.version, ("migrates_from", i, "version")) for i, m in enumerate(q.migrates_from)
    ]
    _unique(r, "migrates_from version", migrations)
    for ref in index.ordered:
        values = [
            (o.value, (*ref.path, "options", k, "value"))
            for k, o in enumerate(ref.question.options)
        ]
        _unique(r, "option value", values)


def _unique(r: Reporter, what: str, items: Iterable[tuple[Hashable, DataPath]]) -> None:
    first: dict[Hashable, DataPath] = {}
    for value, path in items:
        # 1 and "1" are different option values; True never occurs (strict ints).
        key = (type(value), value)
        if key in first:
            line = r.line_of(first[key])
            where = f" (first used on line {line})" if line is not None else ""
            r.error(path, Code.DUPLICATE_ID, f"duplicate {what} '{value}'{where}")
        else:
            first[key] = path


def check_stages(questionnaire: Questionnaire, r: Reporter) -> None:
    stages = questionnaire.stages
    if stages[0].min != 0:
        r.error(
            ("stages", 0, "min"),
            Code.STAGE_ORDER,
            f"the first stage must have min 0 (got {stages[0].min:g})",
        )
    for i in range(1, len(stages)):
        if stages[i].min <= stages[i - 1].min:
            message = (
                f"min {stages[i].min:g} must be greater than the previous stage's min "
                f"({stages[i - 1].min:g}); stages go from lowest to highest"
            )
            r.error(("stages", i, "min"), Code.STAGE_ORDER, message)


def check_references(
    questionnaire: Questionnaire,
    index: QuestionnaireIndex,
    r: Reporter,
    resource_ids: frozenset[str] | None,
) -> None:
    lifecycle, domains = index.lifecycle, index.domains
    for ref in index.ordered:
        if isinstance(ref.question, Question):
            _known(r, (*ref.path, "lifecycle"), _LIFECYCLE, ref.question.lifecycle, lifecycle)
    rules = [("issues", i, x.domain, x.lifecycle) for i, x in enumerate(questionnaire.issues)]
    rules += [
        ("strengths", i, x.domain, x.lifecycle) for i, x in enumerate(questionnaire.strengths)
    ]
    for section, i, domain, stage in rules:
        _known(r, (section, i, "domain"), _DOMAIN, domain, domains)
        _known(r, (section, i, "lifecycle"), _LIFECYCLE, stage, lifecycle)
    if resource_ids is not None:
        for i, issue in enumerate(questionnaire.issues):
            for k, resource in enumerate(issue.resources):
                _known(r, ("issues", i, "resources", k), _RESOURCE, resource, resource_ids)


_LIFECYCLE = ("lifecycle stage", Code.UNKNOWN_LIFECYCLE)
_DOMAIN = ("domain", Code.UNKNOWN_DOMAIN)
_RESOURCE = ("resource", Code.UNKNOWN_RESOURCE)


def _known(
    r: Reporter, path: DataPath, kind: tuple[str, Code], value: str, known: frozenset[str]
) -> None:
    what, code = kind
    if value not in known and value not in r.ignored_ids:
        r.error(path, code, f"unknown {what} '{value}'{did_you_mean(value, known)}")


# --------------------------------------------------------------------------- questions


def check_questions(index: QuestionnaireIndex, r: Reporter) -> None:
    for ref in index.ordered:
        _check_options_present(ref, r)
        _check_option_values(ref, r)
        _check_multi_choice_keys(ref, r)
        if isinstance(ref.question, Question):
            _check_scores(ref, ref.question, r)


def _check_options_present(ref: QuestionRef, r: Reporter) -> None:
    question = ref.question
    if question.type is QuestionType.TEXT:
        if question.options:
            r.error(
                (*ref.path, "options"), Code.UNEXPECTED_OPTIONS, "a text question takes no options"
            )
        return
    if "max_length" in question.model_fields_set:
        r.warning(
            (*ref.path, "max_length"), Code.IGNORED_KEY, "max_length only applies to text questions"
        )
    if len(question.options) < 2:
        message = (
            f"a {question.type} question needs at least 2 options (got {len(question.options)})"
        )
        r.error((*ref.path, "options"), Code.MISSING_OPTIONS, message)


def _check_option_values(ref: QuestionRef, r: Reporter) -> None:
    question = ref.question
    if question.type is QuestionType.YES_NO:
        values = ref.option_values
        if sorted(values, key=str) != sorted(_YES_NO) or len(values) != 2:
            got = listing(values) or "none"
            message = f"a yes_no question has exactly the options 'yes' and 'no' (got: {got})"
            r.error((*ref.path, "options"), Code.YES_NO_OPTIONS, message)
            return
    for k, option in enumerate(question.options):
        path = (*ref.path, "options", k, "value")
        if question.type is QuestionType.SCALE and not isinstance(option.value, int):
            message = f"options of a scale question are whole numbers (got '{option.value}')"
            r.error(path, Code.OPTION_VALUE_TYPE, message)
        elif question.type is not QuestionType.SCALE and isinstance(option.value, int):
            message = (
                f"options of a {question.type} question are text ids (got the number "
                f"{option.value}); put it in quotes or use a scale question"
            )
            r.error(path, Code.OPTION_VALUE_TYPE, message)


def _check_multi_choice_keys(ref: QuestionRef, r: Reporter) -> None:
    question = ref.question
    if question.type is QuestionType.MULTI_CHOICE:
        if question.options and all(option.exclusive for option in question.options):
            r.warning(
                (*ref.path, "options"),
                Code.MULTI_CHOICE_ONLY,
                "every option is exclusive: use single_choice",
            )
        return
    for k, option in enumerate(question.options):
        if option.exclusive:
            message = "'exclusive' only applies to options of multi_choice questions"
            r.error((*ref.path, "options", k, "exclusive"), Code.MULTI_CHOICE_ONLY, message)
    if isinstance(question, Question):
        for key in ("score_rule", "max_score"):
            if key in question.model_fields_set:
                message = f"'{key}' only applies to multi_choice questions"
                r.error((*ref.path, key), Code.MULTI_CHOICE_ONLY, message)


def _check_scores(ref: QuestionRef, question: Question, r: Reporter) -> None:
    if question.type is QuestionType.TEXT:
        if "weight" in question.model_fields_set:
            r.warning(
                (*ref.path, "weight"),
                Code.IGNORED_KEY,
                "text questions are not scored: 'weight' has no effect",
            )
        return
    missing = [k for k, option in enumerate(question.options) if option.score is None]
    for k in missing:
        value = question.options[k].value
        message = f"option '{value}' needs a score: every option of a scored question has one"
        r.error((*ref.path, "options", k), Code.MISSING_SCORE, message)
    scores = [option.score for option in question.options if option.score is not None]
    if not missing and scores and max(scores) == 0:
        message = (
            "no option scores above 0, so this question cannot be scored; "
            "give the best option a positive score"
        )
        r.error((*ref.path, "options"), Code.ZERO_BEST_SCORE, message)
    if question.type is QuestionType.MULTI_CHOICE and not missing:
        _check_max_score(ref, question, r)


def _check_max_score(ref: QuestionRef, question: Question, r: Reporter) -> None:
    if question.max_score is None:
        return
    if question.score_rule is not ScoreRule.SUM:
        rule = question.score_rule
        message = f"max_score only applies with score_rule: sum (this question uses {rule})"
        r.error((*ref.path, "max_score"), Code.IGNORED_KEY, message)
        return
    reachable = sum(o.score or 0 for o in question.options if not o.exclusive)
    reachable = max([reachable, *(o.score or 0 for o in question.options if o.exclusive)])
    if question.max_score > reachable:
        message = (
            f"max_score {question.max_score:g} is more than the best possible total "
            f"({reachable:g}), so no answer can reach a full score"
        )
        r.warning((*ref.path, "max_score"), Code.IGNORED_KEY, message)


# --------------------------------------------------------------------------- migrations


def check_migrations(questionnaire: Questionnaire, index: QuestionnaireIndex, r: Reporter) -> None:
    own = version_key(questionnaire.version)
    for i, mapping in enumerate(questionnaire.migrates_from):
        path: DataPath = ("migrates_from", i)
        if version_key(mapping.version) >= own:
            message = (
                f"migrates_from version {mapping.version} is not older than this file's "
                f"version {questionnaire.version}"
            )
            r.error((*path, "version"), Code.MIGRATION_VERSION, message)
        _check_mapping_targets(mapping, path, index, r)


def _check_mapping_targets(
    mapping: VersionMapping, path: DataPath, index: QuestionnaireIndex, r: Reporter
) -> None:
    for old_id, new_id in mapping.questions.items():
        if new_id is not None and new_id not in index.questions and new_id not in r.ignored_ids:
            message = f"'{old_id}' is mapped to '{new_id}', which is not a question of this version"
            r.error((*path, "questions", old_id), Code.MIGRATION_REFERENCE, message)
    for old_id, values in mapping.options.items():
        target_id = mapping.questions.get(old_id, old_id)
        target = index.questions.get(target_id) if target_id is not None else None
        if target is None:
            if target_id not in r.ignored_ids:
                message = (
                    f"options are mapped for '{old_id}', but it has no question in this version"
                )
                r.error((*path, "options", old_id), Code.MIGRATION_REFERENCE, message)
            continue
        for old_value, new_value in values.items():
            if new_value is not None and new_value not in target.option_values:
                message = (
                    f"'{old_value}' is mapped to '{new_value}', which is not an option of "
                    f"'{target_id}' (options: {listing(target.option_values)})"
                )
                r.error((*path, "options", old_id, old_value), Code.MIGRATION_REFERENCE, message)
