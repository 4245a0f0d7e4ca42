"""Serving questionnaire documents: the hottest read of the service.

The bytes are pre-rendered (and pre-compressed) at start-up; a request only picks
them. FastAPI's parameter machinery costs more than the rest of such a request, so
the same two paths are also installed as plain Starlette routes ahead of the API
router (``FAST_ROUTES``). The FastAPI routes in ``router.py`` document the contract
in OpenAPI and share this code.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.errors import FieldError, InvalidInput, NotFound
from app.http_cache import none_match
from app.questionnaire.model import Status
from app.questionnaire.negotiate import ALL_LOCALES
from app.questionnaire.registry import Registry, VersionEntry

# Published and retired versions never change content; drafts may change at any time.
CACHE_PUBLISHED = "public, max-age=86400"
CACHE_DRAFT = "no-cache"
CACHE_LATEST = "public, max-age=300"
MAX_LANG_LENGTH = 35


def _accepts_gzip(accept_encoding: str | None) -> bool:
    if not accept_encoding:
        return False
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def _lang(request: Request) -> str | None:
    lang = request.query_params.get("lang")
    if lang is not None and len(lang) > MAX_LANG_LENGTH:
        raise InvalidInput(
            "query.lang: too long",
            [FieldError("query.lang", f"at most {MAX_LANG_LENGTH} characters", "string_too_long")],
        )
    return lang


def _respond(entry: VersionEntry, request: Request, cache_control: str) -> Response:
    headers_in = request.headers
    document = entry.document(entry.negotiate(_lang(request), headers_in.get("accept-language")))
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


def latest_document(registry: Registry, slug: str, request: Request) -> Response:
    entry = registry.latest_published(slug)
    if entry is None:
        raise NotFound(f"No published questionnaire called {slug!r}")
    return _respond(entry, request, CACHE_LATEST)


def version_document(registry: Registry, slug: str, version: str, request: Request) -> Response:
    entry = registry.get(slug, version)
    if entry is None:
        raise NotFound(f"No version {version!r} of questionnaire {slug!r}")
    cache = CACHE_DRAFT if entry.status is Status.DRAFT else CACHE_PUBLISHED
    return _respond(entry, request, cache)


async def _fast_latest(request: Request) -> Response:
    request.scope["route"] = _LATEST
    return latest_document(request.app.state.registry, request.path_params["slug"], request)


async def _fast_version(request: Request) -> Response:
    request.scope["route"] = _VERSION
    params = request.path_params
    return version_document(request.app.state.registry, params["slug"], params["version"], request)


_LATEST = Route("/v1/questionnaires/{slug}", _fast_latest, methods=["GET"])
_VERSION = Route("/v1/questionnaires/{slug}/versions/{version}", _fast_version, methods=["GET"])
FAST_ROUTES = (_VERSION, _LATEST)
