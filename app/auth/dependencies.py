"""Authentication and role checks as Annotated dependencies."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.auth import service
from app.auth.principal import Principal, Role
from app.auth.ratelimit import AuthThrottle
from app.db.session import SessionDep, side_write
from app.errors import Forbidden, TooManyRequests, Unauthorized


def _bearer_token(request: Request) -> str:
    header = request.headers.get("authorization")
    if not header:
        raise Unauthorized("Send your key as 'Authorization: Bearer <token>'")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("The Authorization header must be 'Bearer <token>'")
    return token


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def authenticate(request: Request, session: SessionDep) -> Principal:
    token = _bearer_token(request)
    found = service.principal_for_token(session, token)
    if found is None:
        throttle: AuthThrottle = request.app.state.auth_limiter
        wait = throttle.key_failed(_client(request), token)
        if wait is not None:
            raise TooManyRequests(
                "Too many failed attempts from your address or with keys like this one; "
                "try again later (keys that work are always accepted)",
                headers={"Retry-After": str(wait)},
            )
        raise Unauthorized("This key is not valid or has been revoked")
    principal, due = found
    if due:
        with side_write(request, session) as writer:
            service.touch(writer, principal.key_id)
    request.state.principal = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(authenticate, scope="function")]


def _require(*roles: Role) -> object:
    allowed = " or ".join(r.value for r in roles)
    article = "an" if allowed[0] in "aeiou" else "a"

    async def require_role(principal: CurrentPrincipal) -> Principal:
        if principal.role not in roles:
            raise Forbidden(f"This needs {article} {allowed} key")
        return principal

    return Depends(require_role, scope="function")


AdminPrincipal = Annotated[Principal, _require(Role.ADMIN)]
StaffPrincipal = Annotated[Principal, _require(Role.ADMIN, Role.FACILITATOR)]
MemberPrincipal = Annotated[Principal, _require(Role.MEMBER)]
