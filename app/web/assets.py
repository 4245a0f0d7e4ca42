"""``/static/{name}``: the stylesheet and the small script, cached for a year by hash."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request
from starlette.responses import Response

from app.web import static
from app.web.deps import PageError
from app.web.routing import page_router
from app.web.templating import accepts_gzip

router = page_router()
FOREVER = "public, max-age=31536000, immutable"
BRIEFLY = "public, max-age=300"


@router.get("/static/{name}")
def static_file(
    request: Request, name: str, v: Annotated[str | None, Query(max_length=64)] = None
) -> Response:
    found = static.FILES.get(name)
    if found is None:
        raise PageError(404, "error.not_found")
    headers = {
        "Cache-Control": FOREVER if v == found.version else BRIEFLY,
        "ETag": f'"{found.version}"',
        "Vary": "Accept-Encoding",
    }
    if request.headers.get("if-none-match") == headers["ETag"]:
        return Response(status_code=304, headers=headers)
    body = found.body
    if accepts_gzip(request):
        body, headers["Content-Encoding"] = found.gzipped, "gzip"
    return Response(body, media_type=found.media_type, headers=headers)
