"""Questionnaires and resources: public, read-only, served from the in-memory registry."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel
from starlette.responses import Response

from app.errors import NotFound
from app.http_cache import none_match
from app.problems import problem_responses
from app.questionnaire.diff import VersionDiff
from app.questionnaire.model import Resource, Status
from app.questionnaire.negotiate import ALL_LOCALES, negotiate
from app.questionnaire.registry import Registry, VersionEntry
from app.questionnaire.render import served_resource
from app.questionnaire.schema import questionnaire_json_schema
from app.questionnaire.texts import pick_locale

router = APIRouter(tags=["questionnaires"], responses=problem_responses(404, 422))

# Published and retired versions never change content; drafts may change at any time.
_CACHE_PUBLISHED = "public, max-age=86400"
_CACHE_DRAFT = "no-cache"
_CACHE_LATEST = "public, max-age=300"
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


def _accepts_gzip(accept_encoding: str | None) -> bool:
    if not accept_encoding:
        return False
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def _document_response(
    entry: VersionEntry,
    request: Request,
    lang: str | None,
    cache_control: str,
) -> Response:
    headers_in = request.headers
    document = entry.document(entry.negotiate(lang, headers_in.get("accept-language")))
    gzipped = _accepts_gzip(headers_in.get("accept-encoding"))
    etag = document.gzip_etag if gzipped else document.etag
    headers = {
        "ETag": etag,
        "Cache-Control": cache_control,
        "Vary": "Accept-Language, Accept-Encoding",
    }
    if document.locale != ALL_LOCALES:
        headers["Content-Language"] = document.locale
    if none_match(headers_in.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    if gzipped:
        headers["Content-Encoding"] = "gzip"
        return Response(document.gzip_body, media_type="application/json", headers=headers)
    return Response(document.body, media_type="application/json", headers=headers)


@router.get("/v1/questionnaires/{slug}", responses=_DOCUMENT_RESPONSE)
async def latest_version(
    slug: str, request: Request, registry: RegistryDep, lang: LangQuery = None
) -> Response:
    """The latest published version of a questionnaire, as a full document
    (gzip-compressed when the client accepts it)."""
    entry = registry.latest_published(slug)
    if entry is None:
        raise NotFound(f"No published questionnaire called {slug!r}")
    return _document_response(entry, request, lang, _CACHE_LATEST)


@router.get("/v1/questionnaires/{slug}/versions/{version}", responses=_DOCUMENT_RESPONSE)
async def questionnaire_version(
    slug: str, version: str, request: Request, registry: RegistryDep, lang: LangQuery = None
) -> Response:
    """One version of a questionnaire, localised by ?lang= or Accept-Language. Strong ETag
    per version, locale and encoding; If-None-Match → 304. Pre-rendered at start-up."""
    entry = registry.get(slug, version)
    if entry is None:
        raise NotFound(f"No version {version!r} of questionnaire {slug!r}")
    cache = _CACHE_DRAFT if entry.status is Status.DRAFT else _CACHE_PUBLISHED
    return _document_response(entry, request, lang, cache)


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
