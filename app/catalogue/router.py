"""Questionnaires and resources: public, read-only, served from the in-memory registry."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel
from starlette.responses import Response

from app.catalogue import documents
from app.errors import NotFound
from app.problems import problem_responses
from app.questionnaire.diff import VersionDiff
from app.questionnaire.model import Resource, Status
from app.questionnaire.negotiate import ALL_LOCALES, negotiate
from app.questionnaire.registry import Registry
from app.questionnaire.render import served_resource
from app.questionnaire.schema import questionnaire_json_schema
from app.questionnaire.texts import pick_locale

router = APIRouter(tags=["questionnaires"], responses=problem_responses(404, 422))

_DOCUMENT_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The questionnaire document. It mirrors the file format "
        "(see /v1/questionnaire-schema); with one locale, every localised map is a plain string.",
        "content": {"application/json": {"schema": {"type": "object"}}},
    },
    304: {"description": "Not modified (If-None-Match matched the ETag)"},
}

LangQuery = Annotated[
    str | None,
    Query(
        max_length=35,
        description="Locale to serve (e.g. es, pt-BR); '*' for all locales at once",
    ),
]
AcceptLanguage = Annotated[str | None, Header(max_length=500)]


async def get_registry(request: Request) -> Registry:
    registry: Registry = request.app.state.registry
    return registry


RegistryDep = Annotated[Registry, Depends(get_registry)]


async def get_resources(request: Request) -> Mapping[str, Resource]:
    resources: Mapping[str, Resource] = request.app.state.resources_by_id
    return resources


ResourcesDep = Annotated[Mapping[str, Resource], Depends(get_resources)]


class VersionOut(BaseModel):
    version: str
    status: Status
    content_hash: str


class QuestionnaireListItem(BaseModel):
    slug: str
    title: str
    locale: str
    locales: list[str]
    versions: list[VersionOut]
    latest: str | None


class ResourceOut(BaseModel):
    id: str
    title: str
    publisher: str
    year: int | None = None
    url: str
    languages: list[str]
    translations: dict[str, str] = {}
    type: str
    effort: str
    topics: list[str] = []
    summary: str | dict[str, str] | None = None


@router.get("/v1/questionnaires", response_model=list[QuestionnaireListItem])
async def list_questionnaires(
    registry: RegistryDep, lang: LangQuery = None, accept_language: AcceptLanguage = None
) -> list[QuestionnaireListItem]:
    """Every questionnaire with its versions (oldest first) and latest published version."""
    items = []
    for summary in registry.summaries():
        locale = negotiate(lang, accept_language, summary.locales, summary.default_locale)
        if locale == ALL_LOCALES:
            locale = summary.default_locale
        items.append(
            QuestionnaireListItem(
                slug=summary.slug,
                title=pick_locale(summary.title, locale, summary.default_locale),
                locale=locale,
                locales=summary.locales,
                versions=[VersionOut.model_validate(v.model_dump()) for v in summary.versions],
                latest=summary.latest,
            )
        )
    return items


@router.get("/v1/questionnaires/{slug}", responses=_DOCUMENT_RESPONSE)
async def latest_version(
    slug: str, request: Request, registry: RegistryDep, lang: LangQuery = None
) -> Response:
    """The latest published version of a questionnaire, as a full document
    (gzip-compressed when the client accepts it)."""
    return documents.latest_document(registry, slug, request)


@router.get("/v1/questionnaires/{slug}/versions/{version}", responses=_DOCUMENT_RESPONSE)
async def questionnaire_version(
    slug: str, version: str, request: Request, registry: RegistryDep, lang: LangQuery = None
) -> Response:
    """One version of a questionnaire, localised by ?lang= or Accept-Language. Strong ETag
    per version, locale and encoding; If-None-Match → 304. Pre-rendered at start-up."""
    return documents.version_document(registry, slug, version, request)


@router.get("/v1/questionnaires/{slug}/versions/{version}/diff", response_model=VersionDiff)
async def version_diff(
    slug: str,
    version: str,
    registry: RegistryDep,
    from_version: Annotated[str, Query(alias="from", max_length=64)],
) -> VersionDiff:
    """What changed from version ``from`` to this version: questions, options, scores,
    issues, strengths (questions renamed through migrates_from are matched)."""
    diff = registry.diff(slug, from_version, version)
    if diff is None:
        raise NotFound(f"Questionnaire {slug!r} has no version {version!r} or {from_version!r}")
    return diff


@lru_cache(maxsize=1)
def _schema_bytes() -> bytes:
    return json.dumps(questionnaire_json_schema(), ensure_ascii=False).encode()


@router.get(
    "/v1/questionnaire-schema",
    responses={200: {"content": {"application/schema+json": {"schema": {"type": "object"}}}}},
)
async def questionnaire_schema() -> Response:
    """The JSON Schema of the questionnaire file format (for editors and other tools)."""
    return Response(
        _schema_bytes(),
        media_type="application/schema+json",
        headers={"Cache-Control": "public, max-age=3600"},
    )


@router.get("/v1/resources", response_model=list[ResourceOut])
async def resources(
    registry: RegistryDep,
    issue: Annotated[str | None, Query(max_length=64)] = None,
    domain: Annotated[str | None, Query(max_length=64)] = None,
    lang: Annotated[
        str | None,
        Query(max_length=35, description="only resources available in this language"),
    ] = None,
) -> list[ResourceOut]:
    """The resource catalogue; filter by the issue or domain they help with, or language."""
    found = registry.resources_for(issue=issue, lang=lang, domain=domain)
    return [ResourceOut.model_validate(served_resource(r, lang)) for r in found]
