"""Page routers: no OpenAPI entries, errors shown as HTML pages instead of problem+json."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Mapping
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.responses import RedirectResponse, Response

from app.errors import AppError
from app.web import i18n
from app.web.deps import PageError, SignInRequired, WebUser, ui_locale
from app.web.formatting import Formatter
from app.web.templating import html_response, render_text

logger = logging.getLogger("rdsa")

FACILITATOR_HOME = "/facilitator"

_STATUS_MESSAGES = {
    401: "error.signed_out",
    403: "error.forbidden",
    404: "error.not_found",
    409: "error.conflict",
    412: "error.conflict",
    413: "error.too_large",
    422: "error.bad_form",
    429: "error.too_many",
}


def safe_next(target: str | None, default: str = "/dashboard") -> str:
    """A local path to go to after a form, never another site (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    if any(ch in target for ch in "\r\n\t") or len(target) > 500:
        return default
    return target


def page_context(request: Request, user: WebUser | None, **values: Any) -> dict[str, Any]:
    """What every page template needs: language, user, CSRF token, navigation."""
    locale = ui_locale(request)
    principal = user.principal if user else None
    return {
        "t": i18n.Translator(locale),
        "fmt": Formatter(locale, user.time_zone if user else "UTC"),
        "locale": locale,
        "language_names": i18n.LANGUAGE_NAMES,
        "user": user,
        "csrf": user.csrf_token() if user else "",
        "current_path": request.url.path,
        "is_member": bool(principal and principal.organisation_id),
        # Admins read every cohort's summary, so they get the entry too.
        "show_facilitator_nav": bool(
            principal and (principal.is_facilitator or principal.is_admin)
        ),
        "facilitator_home": FACILITATOR_HOME,
        **values,
    }


def render(
    request: Request,
    template: str,
    user: WebUser | None,
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
    **values: Any,
) -> Response:
    context = page_context(request, user, **values)
    html = render_text(template, context)
    return html_response(request, html, locale=context["locale"], status=status, headers=headers)


def redirect(url: str) -> RedirectResponse:
    """POST/redirect/GET: 303 makes the browser fetch the next page with GET."""
    return RedirectResponse(url, status_code=303)


def error_page(
    request: Request, status: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    return render(request, "error.html", None, status=status, headers=headers, message=message)


Endpoint = Callable[[Request], Coroutine[Any, Any, Response]]


class PageRoute(APIRoute):
    def get_route_handler(self) -> Endpoint:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except SignInRequired:
                if request.method != "GET":  # a form cannot be re-sent after signing in
                    return redirect("/")
                return redirect("/?next=" + quote(request.url.path, safe="/"))
            except PageError as exc:
                return error_page(request, exc.status, exc.message, exc.headers)
            except AppError as exc:
                message = _STATUS_MESSAGES.get(exc.status, "error.generic")
                return error_page(request, exc.status, message)
            except RequestValidationError:
                return error_page(request, 404, "error.not_found")

        return page_handler


def page_router() -> APIRouter:
    return APIRouter(include_in_schema=False, route_class=PageRoute)
