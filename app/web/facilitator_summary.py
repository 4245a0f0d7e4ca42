"""A cohort's summary page and its CSV, for the facilitator who owns it (or an admin).

Both call ``cohorts.summary.cohort_summary``, which applies every disclosure rule and
writes the view to the access log of each organisation it covers; nothing is logged
here. The questionnaire and the language are chosen with a GET form, so the page
works without JavaScript and can be bookmarked.
"""

from __future__ import annotations

import uuid
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Query, Request
from starlette.responses import Response

from app.catalogue.router import RegistryDep, ResourcesDep
from app.cohorts import service
from app.cohorts.csv_export import summary_csv
from app.cohorts.summary import SummaryRequest, cohort_summary
from app.cohorts.summary_schemas import CohortSummary
from app.db.session import SessionDep
from app.web import summary_view
from app.web.deps import Staff, WebUser, ui_locale
from app.web.i18n import Translator
from app.web.routing import FACILITATOR_HOME, page_router, render
from app.web.templating import encoded

router = page_router()
SlugQuery = Annotated[str | None, Query(max_length=64)]
LangChoice = Annotated[str | None, Query(max_length=35)]


def _summary(
    request: Request,
    user: WebUser,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    cohort_id: uuid.UUID,
    ask: SummaryRequest,
) -> CohortSummary:
    cohort = service.get_for_staff(session, user.principal, cohort_id)
    return cohort_summary(request, session, user.principal, cohort, registry, resources, ask)


def _query(summary: CohortSummary) -> str:
    chosen = {"questionnaire": summary.questionnaire.slug} if summary.questionnaire else {}
    return urlencode({**chosen, "lang": summary.locale})


@router.get(f"{FACILITATOR_HOME}/cohorts/{{cohort_id}}/summary")
def summary_page(
    request: Request,
    cohort_id: uuid.UUID,
    user: Staff,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    questionnaire: SlugQuery = None,
    lang: LangChoice = None,
) -> Response:
    t = Translator(ui_locale(request))
    ask = SummaryRequest(questionnaire or None, lang or t.locale, None)
    summary = _summary(request, user, session, registry, resources, cohort_id, ask)
    view = summary_view.build(summary, t, _query(summary))
    return render(request, "cohort_summary.html", user, view=view, s=summary)


@router.get(f"{FACILITATOR_HOME}/cohorts/{{cohort_id}}/summary.csv")
def summary_csv_download(
    request: Request,
    cohort_id: uuid.UUID,
    user: Staff,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    questionnaire: SlugQuery = None,
    lang: LangChoice = None,
) -> Response:
    ask = SummaryRequest(questionnaire or None, lang or ui_locale(request), None)
    summary = _summary(request, user, session, registry, resources, cohort_id, ask)
    return encoded(
        request,
        summary_csv(summary).encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Language": summary.locale,
            "Content-Disposition": f'attachment; filename="cohort-{cohort_id}-summary.csv"',
        },
    )
