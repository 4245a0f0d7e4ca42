"""The printable report: one self-contained HTML document, for the web and the API.

Its stylesheet is embedded (so a saved copy still looks right) and allowed by hash
in the Content-Security-Policy; it has no scripts, forms or outside requests.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

from starlette.requests import Request
from starlette.responses import Response

from app.models import Organisation
from app.web import static
from app.web.formatting import Formatter
from app.web.i18n import LANGUAGE_NAMES, Translator
from app.web.results_view import ResultsView
from app.web.templating import html_response, render_text

REPORT_CSS = static.text("report.css")
_CSS_HASH = base64.b64encode(hashlib.sha256(REPORT_CSS.encode("utf-8")).digest()).decode()
REPORT_CSP = (
    f"default-src 'none'; style-src 'sha256-{_CSS_HASH}'; img-src data:; "
    "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)


def report_html(
    view: ResultsView, organisation: Organisation, t: Translator, generated_at: datetime
) -> str:
    return render_text(
        "report.html",
        {
            "t": t,
            "fmt": Formatter(t.locale, organisation.time_zone),
            "locale": t.locale,
            "language_names": LANGUAGE_NAMES,
            "view": view,
            "results": view.results,
            "organisation": organisation,
            "generated_at": generated_at,
            "report_css": REPORT_CSS,
        },
    )


def report_response(request: Request, html: str, locale: str) -> Response:
    return html_response(request, html, locale=locale, csp=REPORT_CSP)
