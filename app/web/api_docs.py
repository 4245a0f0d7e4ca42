"""``/docs``: Swagger UI for the API, served by the service itself.

The bundle and stylesheet are the packaged copy in ``fastapi-swagger`` (see
``static.py``), started by our own ``api-docs.js``: no inline script, nothing from
other hosts, and a CSP as strict as the pages' own (plus ``connect-src 'self'`` for
the OpenAPI document and "try it out").
"""

from __future__ import annotations

from fastapi import Request
from starlette.responses import Response

from app.web.routing import page_router
from app.web.templating import html_response, render_text

router = page_router()
DOCS_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


@router.get("/docs")
def api_docs(request: Request) -> Response:
    app = request.app
    root_path = request.scope.get("root_path", "").rstrip("/")
    html = render_text(
        "api_docs.html", {"title": app.title, "openapi_url": root_path + app.openapi_url}
    )
    return html_response(request, html, locale="en", csp=DOCS_CSP)
