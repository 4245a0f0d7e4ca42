"""Jinja2 templates and HTML responses: strict CSP, gzip for slow connections."""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import Response

from app.web import static

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# Smaller bodies gain nothing from compression.
GZIP_MIN_BYTES = 1024

environment = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
environment.globals["static_url"] = static.url


def accepts_gzip(request: Request) -> bool:
    for part in request.headers.get("accept-encoding", "").split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip().lower() == "gzip":
            return params.replace(" ", "").lower() not in {"q=0", "q=0.0", "q=0.00", "q=0.000"}
    return False


def encoded(
    request: Request,
    body: bytes,
    *,
    media_type: str,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """A response, gzipped when the client takes it and it is worth it."""
    all_headers = {"Vary": "Accept-Encoding", **(headers or {})}
    if len(body) >= GZIP_MIN_BYTES and accepts_gzip(request):
        body = gzip.compress(body, compresslevel=6, mtime=0)
        all_headers["Content-Encoding"] = "gzip"
    return Response(body, status_code=status, media_type=media_type, headers=all_headers)


def render_text(template: str, context: Mapping[str, Any]) -> str:
    return environment.get_template(template).render(context)


def html_response(
    request: Request,
    html: str,
    *,
    locale: str,
    status: int = 200,
    csp: str = PAGE_CSP,
    headers: Mapping[str, str] | None = None,
) -> Response:
    all_headers = {"Content-Security-Policy": csp, "Content-Language": locale, **(headers or {})}
    return encoded(
        request,
        html.encode("utf-8"),
        media_type="text/html; charset=utf-8",
        status=status,
        headers=all_headers,
    )
