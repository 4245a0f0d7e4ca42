"""The web client's two static files, read once and served from memory.

URLs carry a content hash (``/static/site.css?v=…``), so browsers may keep them for a
year; a new release changes the hash. Gzipped copies are made once, at import.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"
MEDIA_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    gzipped: bytes
    media_type: str
    version: str


def _load(path: Path) -> StaticFile:
    body = path.read_bytes()
    return StaticFile(
        body=body,
        gzipped=gzip.compress(body, compresslevel=9, mtime=0),
        media_type=MEDIA_TYPES[path.suffix],
        version=hashlib.sha256(body).hexdigest()[:12],
    )


FILES: dict[str, StaticFile] = {
    path.name: _load(path) for path in sorted(STATIC.iterdir()) if path.suffix in MEDIA_TYPES
}


def url(name: str) -> str:
    return f"/static/{name}?v={FILES[name].version}"


def text(name: str) -> str:
    return FILES[name].body.decode("utf-8")
