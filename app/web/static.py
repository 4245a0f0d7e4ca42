"""The web client's static files, read once and served from memory.

Our own stylesheet and scripts live in ``static/``; Swagger UI's bundle and stylesheet
(for ``/docs``) come from the installed ``fastapi-swagger`` package, so the API
documentation loads nothing from other hosts. URLs carry a content hash
(``/static/site.css?v=…``), so browsers may keep them for a year; a new release changes
the hash. Gzipped copies are made once, at import.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"
MEDIA_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}
# Swagger UI (5.x) as packaged by fastapi-swagger: served under these names.
SWAGGER_PACKAGE = "fastapi_swagger.resources"
SWAGGER_FILES = ("swagger-ui-bundle.js", "swagger-ui.css")


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    gzipped: bytes
    media_type: str
    version: str


def _file(body: bytes, suffix: str, level: int = 9) -> StaticFile:
    return StaticFile(
        body=body,
        gzipped=gzip.compress(body, compresslevel=level, mtime=0),
        media_type=MEDIA_TYPES[suffix],
        version=hashlib.sha256(body).hexdigest()[:12],
    )


def _swagger(name: str) -> StaticFile:
    body = resources.files(SWAGGER_PACKAGE).joinpath(name).read_bytes()
    return _file(body, Path(name).suffix, level=6)


FILES: dict[str, StaticFile] = {
    **{
        path.name: _file(path.read_bytes(), path.suffix)
        for path in sorted(STATIC.iterdir())
        if path.suffix in MEDIA_TYPES
    },
    **{name: _swagger(name) for name in SWAGGER_FILES},
}


def url(name: str) -> str:
    return f"/static/{name}?v={FILES[name].version}"


def text(name: str) -> str:
    return FILES[name].body.decode("utf-8")
