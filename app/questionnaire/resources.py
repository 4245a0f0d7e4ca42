"""The shared resource catalogue (``questionnaires/resources.yaml``): checks and API filter."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.questionnaire.model import Questionnaire, Resource, ResourceCatalogue
from app.questionnaire.problems import Code, Problem
from app.questionnaire.reporter import Reporter, listing
from app.questionnaire.shape import RESOURCES_PRUNE, validate_shape
from app.questionnaire.yamlsafe import ParsedYaml


@dataclass(frozen=True)
class CheckedResources:
    catalogue: ResourceCatalogue | None
    problems: list[Problem]


def check_resources(parsed: ParsedYaml, file: str) -> CheckedResources:
    shape = validate_shape(ResourceCatalogue, parsed.data, parsed.source, file, RESOURCES_PRUNE)
    reporter = Reporter(
        file, parsed.source, shape.original_path, shape.ignored_ids, list(shape.problems)
    )
    if shape.model is None:
        return CheckedResources(None, reporter.problems)
    _check_catalogue(shape.model, reporter)
    catalogue = None if reporter.has_errors else shape.model
    return CheckedResources(catalogue, reporter.problems)


def _check_catalogue(catalogue: ResourceCatalogue, r: Reporter) -> None:
    first_line: dict[str, int | None] = {}
    for i, resource in enumerate(catalogue.resources):
        if resource.id in first_line:
            where = (
                f" (first used on line {first_line[resource.id]})"
                if first_line[resource.id]
                else ""
            )
            r.error(
                ("resources", i, "id"),
                Code.DUPLICATE_ID,
                f"duplicate resource id '{resource.id}'{where}",
            )
        else:
            first_line[resource.id] = r.line_of(("resources", i))
        for locale in resource.translations:
            if locale not in resource.languages:
                message = (
                    f"a translation for '{locale}' is given, but '{locale}' is not in "
                    f"languages ({listing(resource.languages)})"
                )
                r.error(("resources", i, "translations", locale), Code.UNDECLARED_LOCALE, message)


def filter_resources(
    catalogue: ResourceCatalogue,
    questionnaires: Iterable[Questionnaire],
    *,
    issue: str | None = None,
    lang: str | None = None,
    domain: str | None = None,
) -> list[Resource]:
    """Resources for ``GET /v1/resources``, in catalogue order.

    ``issue``: linked to that issue id; ``domain``: linked to an issue of that
    domain; ``lang``: available in that language (``pt-BR`` also matches ``pt``).
    Issue and domain links are taken from ``questionnaires`` (the API passes the
    latest published version of each questionnaire). Filters combine with AND.
    """
    allowed: set[str] | None = None
    if issue is not None or domain is not None:
        allowed = set()
        for questionnaire in questionnaires:
            for item in questionnaire.issues:
                if (issue is None or item.id == issue) and (
                    domain is None or item.domain == domain
                ):
                    allowed.update(item.resources)
    return [
        resource
        for resource in catalogue.resources
        if (allowed is None or resource.id in allowed) and (lang is None or _speaks(resource, lang))
    ]


def _speaks(resource: Resource, lang: str) -> bool:
    wanted = lang.lower()
    base = wanted.split("-")[0]
    languages = [language.lower() for language in resource.languages]
    return wanted in languages or any(language.split("-")[0] == base for language in languages)
