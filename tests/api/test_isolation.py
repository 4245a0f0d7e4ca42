"""Tenant-isolation matrix: every route × every kind of caller × foreign tenants.

Later capabilities add their routes to CASES. A route missing from the matrix (and
not declared public) fails ``test_every_route_is_in_the_matrix``.
"""

from __future__ import annotations

import functools
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.answers import complete, questionnaire, worst
from tests.support.api import Api, Org

PUBLIC_ROUTES = {
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/problems"),
    ("GET", "/problems/{code}"),
    ("GET", "/v1/questionnaires"),
    ("GET", "/v1/questionnaires/{slug}"),
    ("GET", "/v1/questionnaires/{slug}/versions/{version}"),
    ("GET", "/v1/questionnaires/{slug}/versions/{version}/diff"),
    ("GET", "/v1/questionnaire-schema"),
    ("GET", "/v1/resources"),
    ("GET", "/v1/questionnaires/{slug}/versions/{version}/fhir"),
    # no key yet: the join code is the credential (tests/cohorts/test_sign_up_and_roster.py)
    ("POST", "/v1/cohorts/sign-up"),
}

ANONYMOUS, INVALID, REVOKED = "anonymous", "invalid", "revoked"
ADMIN, FACILITATOR, MEMBER_A, MEMBER_B = "admin", "facilitator", "member_a", "member_b"
CALLERS = [ANONYMOUS, INVALID, REVOKED, ADMIN, FACILITATOR, MEMBER_A, MEMBER_B]


@dataclass(frozen=True)
class Case:
    method: str
    path: str
    allowed: frozenset[str]
    body: dict[str, object] | None = None
    # callers that are refused for their role (403) rather than hidden from (404)
    forbidden: frozenset[str] = field(default_factory=frozenset)
    # a path whose object belongs to organisation A; {id} placeholders filled per world
    tenant_scoped: bool = True
    # the body is deliberately invalid: allowed callers must get past auth to a 422
    invalid_body: bool = False

    @property
    def route(self) -> tuple[str, str]:
        return self.method, self.path


def case(method: str, path: str, allowed: set[str], **kwargs: object) -> Case:
    return Case(method, path, frozenset(allowed), **kwargs)  # type: ignore[arg-type]


STAFF = {ADMIN, FACILITATOR}
MEMBERS = {MEMBER_A, MEMBER_B}
# .invalid names never resolve (RFC 6761): a delivery to them fails without any traffic.
ORG_HOOK: dict[str, object] = {
    "url": "https://hooks.receiver.invalid/rdsa",
    "events": ["assessment.submitted"],
}
STAFF_HOOK: dict[str, object] = {
    "url": "https://hooks.receiver.invalid/rdsa",
    "events": ["cohort.summary_changed"],
}

CASES: list[Case] = [
    case("GET", "/v1/me", {ADMIN, FACILITATOR, MEMBER_A, MEMBER_B}, tenant_scoped=False),
    case(
        "GET",
        "/metrics",
        {ADMIN},
        forbidden=frozenset({FACILITATOR, *MEMBERS}),
        tenant_scoped=False,
    ),
    case(
        "POST",
        "/v1/keys",
        {ADMIN},
        body={"role": "facilitator"},
        forbidden=frozenset({FACILITATOR, *MEMBERS}),
        tenant_scoped=False,
    ),
    case(
        "GET",
        "/v1/keys",
        {ADMIN},
        forbidden=frozenset({FACILITATOR, *MEMBERS}),
        tenant_scoped=False,
    ),
    case(
        "DELETE",
        "/v1/keys/{service_key}",
        {ADMIN},
        forbidden=frozenset({FACILITATOR, *MEMBERS}),
        tenant_scoped=False,
    ),
    case(
        "POST",
        "/v1/organisations",
        STAFF,
        body={"name": "New"},
        forbidden=frozenset(MEMBERS),
        tenant_scoped=False,
    ),
    case(
        "GET",
        "/v1/organisations",
        {ADMIN},
        forbidden=frozenset({FACILITATOR, *MEMBERS}),
        tenant_scoped=False,
    ),
    case("GET", "/v1/organisations/{org}", {ADMIN, MEMBER_A}),
    case("PATCH", "/v1/organisations/{org}", {ADMIN, MEMBER_A}, body={"name": "Renamed"}),
    case("DELETE", "/v1/organisations/{org}", {ADMIN, MEMBER_A}),
    case("POST", "/v1/organisations/{org}/keys", {ADMIN, MEMBER_A}, body={}),
    case("GET", "/v1/organisations/{org}/keys", {ADMIN, MEMBER_A}),
    case("DELETE", "/v1/organisations/{org}/keys/{member_key}", {ADMIN, MEMBER_A}),
    case("GET", "/v1/organisations/{org}/access-log", {MEMBER_A}),
    case("GET", "/v1/organisations/{org}/export", {ADMIN, MEMBER_A}),
    case(
        "POST",
        "/v1/organisations/{org}/assessments",
        {ADMIN, MEMBER_A},
        body={"questionnaire": "example"},
    ),
    case("GET", "/v1/organisations/{org}/assessments", {ADMIN, MEMBER_A}),
    case("GET", "/v1/assessments/{draft}", {ADMIN, MEMBER_A}),
    case(
        "PATCH",
        "/v1/assessments/{draft}/answers",
        {MEMBER_A},
        body={"answers": {}},
        forbidden=frozenset(STAFF),
    ),
    case("DELETE", "/v1/assessments/{draft}", {MEMBER_A}, forbidden=frozenset(STAFF)),
    case("POST", "/v1/assessments/{draft}/submit", {MEMBER_A}, forbidden=frozenset(STAFF)),
    case("GET", "/v1/assessments/{submitted}/results", {ADMIN, MEMBER_A}),
    case("GET", "/v1/assessments/{submitted}/issue-map.svg", {ADMIN, MEMBER_A}),
    case("GET", "/v1/assessments/{submitted}/report", {ADMIN, MEMBER_A}),
    case("GET", "/v1/assessments/{submitted}/compare/{submitted}", {ADMIN, MEMBER_A}),
    case("POST", "/v1/assessments/{draft}/team", {MEMBER_A}, body={}, forbidden=frozenset(STAFF)),
    case("GET", "/v1/assessments/{team}/team", {ADMIN, MEMBER_A}),
    case("GET", "/v1/assessments/{team}/my-answers", {MEMBER_A}, forbidden=frozenset(STAFF)),
    case(
        "PATCH",
        "/v1/assessments/{team}/my-answers",
        {MEMBER_A},
        body={"answers": {}},
        forbidden=frozenset(STAFF),
    ),
    case("POST", "/v1/assessments/{team}/team/close", {MEMBER_A}, forbidden=frozenset(STAFF)),
    case(
        "POST",
        "/v1/assessments/{submitted}/action-plans",
        {MEMBER_A},
        body={"domain": "security"},
        forbidden=frozenset(STAFF),
    ),
    case("GET", "/v1/organisations/{org}/action-plans", {ADMIN, MEMBER_A}),
    case("GET", "/v1/action-plans/{plan}", {ADMIN, MEMBER_A}),
    case("DELETE", "/v1/action-plans/{plan}", {MEMBER_A}, forbidden=frozenset(STAFF)),
    case(
        "POST",
        "/v1/action-plans/{plan}/steps",
        {MEMBER_A},
        body={"text": "x"},
        forbidden=frozenset(STAFF),
    ),
    case(
        "PATCH",
        "/v1/action-plans/{plan}/steps/{step}",
        {MEMBER_A},
        body={"status": "done"},
        forbidden=frozenset(STAFF),
    ),
    case("DELETE", "/v1/action-plans/{plan}/steps/{step}", {MEMBER_A}, forbidden=frozenset(STAFF)),
    case(
        "PUT",
        "/v1/action-plans/{plan}/order",
        {MEMBER_A},
        body={"step_ids": []},
        forbidden=frozenset(STAFF),
        invalid_body=True,
    ),
    case("GET", "/v1/assessments/{draft}/fhir", {ADMIN, MEMBER_A}),
    case("GET", "/v1/assessments/{submitted}/fhir", {ADMIN, MEMBER_A}),
    # An organisation's hooks send its results elsewhere: its own members only.
    # An admin knows organisations exist, but only members manage their hooks: 403.
    case(
        "POST",
        "/v1/organisations/{org}/webhooks",
        {MEMBER_A},
        body=ORG_HOOK,
        forbidden=frozenset({ADMIN}),
    ),
    case("GET", "/v1/organisations/{org}/webhooks", {MEMBER_A}, forbidden=frozenset({ADMIN})),
    case(
        "DELETE",
        "/v1/organisations/{org}/webhooks/{org_hook}",
        {MEMBER_A},
        forbidden=frozenset({ADMIN}),
    ),
    case(
        "GET",
        "/v1/organisations/{org}/webhooks/{org_hook}/deliveries",
        {MEMBER_A},
        forbidden=frozenset({ADMIN}),
    ),
    # Staff hooks belong to the key that made them (here: the facilitator's).
    case(
        "POST",
        "/v1/webhooks",
        STAFF,
        body=STAFF_HOOK,
        forbidden=frozenset(MEMBERS),
        tenant_scoped=False,
    ),
    case("GET", "/v1/webhooks", STAFF, forbidden=frozenset(MEMBERS), tenant_scoped=False),
    case(
        "DELETE",
        "/v1/webhooks/{staff_hook}",
        {FACILITATOR},
        forbidden=frozenset(MEMBERS),
        tenant_scoped=False,
    ),
    case(
        "GET",
        "/v1/webhooks/{staff_hook}/deliveries",
        {FACILITATOR},
        forbidden=frozenset(MEMBERS),
        tenant_scoped=False,
    ),
    # Cohorts. The world's cohort belongs to another facilitator (its members: org A,
    # sharing results), so FACILITATOR is a foreign facilitator: 404 everywhere.
    case(
        "POST",
        "/v1/cohorts",
        STAFF,
        body={"name": "Cohort"},
        forbidden=frozenset(MEMBERS),
        tenant_scoped=False,
    ),
    case("GET", "/v1/cohorts", STAFF, forbidden=frozenset(MEMBERS), tenant_scoped=False),
    case("GET", "/v1/cohorts/{cohort}", {ADMIN}, forbidden=frozenset(MEMBERS)),
    case("DELETE", "/v1/cohorts/{cohort}", {ADMIN}, forbidden=frozenset(MEMBERS)),
    case("POST", "/v1/cohorts/{cohort}/join-code", {ADMIN}, forbidden=frozenset(MEMBERS)),
    case("GET", "/v1/cohorts/{cohort}/summary", {ADMIN}, forbidden=frozenset(MEMBERS)),
    case("GET", "/v1/cohorts/{cohort}/summary.csv", {ADMIN}, forbidden=frozenset(MEMBERS)),
    # every member of the cohort (A is, B is not) and its owner (not FACILITATOR) or admins
    case("GET", "/v1/cohorts/{cohort}/roster", {ADMIN, MEMBER_A}),
    case(
        "POST",
        "/v1/cohorts/join",
        MEMBERS,
        body={"join_code": "{open_join_code}"},
        forbidden=frozenset(STAFF),
        tenant_scoped=False,
    ),
    case(
        "PATCH",
        "/v1/cohorts/{cohort}/members/{org}",
        {MEMBER_A},
        body={"sharing": "aggregate"},
        forbidden=frozenset(STAFF),
    ),
    case("DELETE", "/v1/cohorts/{cohort}/members/{org}", {MEMBER_A}, forbidden=frozenset(STAFF)),
    case("GET", "/v1/organisations/{org}/cohorts", {ADMIN, MEMBER_A}),
]


@dataclass
class World:
    tokens: dict[str, str | None]
    ids: dict[str, str]
    org_a: Org


def _assessment(api: Api, org: Org, answers: dict[str, object], *, submit: bool) -> str:
    created = api.post(
        f"/v1/organisations/{org.id}/assessments",
        token=org.token,
        json={"questionnaire": "example", "version": "1.0.0"},
    )
    assert created.status_code == 201, created.text
    assessment_id = str(created.json()["id"])
    patched = api.patch(
        f"/v1/assessments/{assessment_id}/answers", token=org.token, json={"answers": answers}
    )
    assert patched.status_code == 200, patched.text
    if submit:
        submitted = api.post(f"/v1/assessments/{assessment_id}/submit", token=org.token)
        assert submitted.status_code == 200, submitted.text
    return assessment_id


def _team_assessment(api: Api, org: Org, answers: dict[str, object]) -> str:
    assessment_id = _assessment(api, org, {}, submit=False)
    api.post(f"/v1/assessments/{assessment_id}/team", token=org.token, json={})
    mine = api.patch(
        f"/v1/assessments/{assessment_id}/my-answers", token=org.token, json={"answers": answers}
    )
    assert mine.status_code == 200, mine.text
    return assessment_id


@functools.cache
def _example_answers(root: Path) -> dict[str, object]:
    """Loading the questionnaire tree takes a while: once per session is enough."""
    return complete(questionnaire(root, "example", "1.0.0"))


@functools.cache
def _worst_answers(root: Path) -> dict[str, object]:
    return complete(questionnaire(root, "example", "1.0.0"), choose=worst)


def _hook(api: Api, path: str, token: str, body: dict[str, object]) -> str:
    created = api.post(path, token=token, json=body)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


def build_world(api: Api) -> World:
    org_a, org_b = api.create_org("A"), api.create_org("B")
    facilitator = api.service_key("facilitator")
    revoked = api.post("/v1/keys", token=api.admin_token, json={"role": "admin"}).json()
    api.delete(f"/v1/keys/{revoked['id']}", token=api.admin_token)
    spare_service = api.post("/v1/keys", token=api.admin_token, json={"role": "facilitator"})
    spare_member = api.post(f"/v1/organisations/{org_a.id}/keys", token=org_a.token, json={})
    tokens: dict[str, str | None] = {
        ANONYMOUS: None,
        INVALID: "rdsa_" + "x" * 43,
        REVOKED: revoked["token"],
        ADMIN: api.admin_token,
        FACILITATOR: facilitator,
        MEMBER_A: org_a.token,
        MEMBER_B: org_b.token,
    }
    answers = _example_answers(api.questionnaires)
    owner = api.service_key("facilitator")  # not FACILITATOR: its cohorts are foreign to it
    cohort = api.post("/v1/cohorts", token=owner, json={"name": "Theirs"}).json()
    joined = api.post(
        "/v1/cohorts/join",
        token=org_a.token,
        json={"join_code": cohort["join_code"], "sharing": "results"},
    )
    assert joined.status_code == 201, joined.text
    open_cohort = api.post("/v1/cohorts", token=owner, json={"name": "Open"}).json()
    ids = {
        "cohort": cohort["id"],
        "open_join_code": open_cohort["join_code"],
        "org": org_a.id,
        "service_key": spare_service.json()["id"],
        "member_key": spare_member.json()["id"],
        "draft": _assessment(api, org_a, answers, submit=False),
        "submitted": _assessment(api, org_a, _worst_answers(api.questionnaires), submit=True),
        "team": _team_assessment(api, org_a, answers),
        "org_hook": _hook(api, f"/v1/organisations/{org_a.id}/webhooks", org_a.token, ORG_HOOK),
        "staff_hook": _hook(api, "/v1/webhooks", facilitator, STAFF_HOOK),
    }
    plan = api.post(
        f"/v1/assessments/{ids['submitted']}/action-plans",
        token=org_a.token,
        json={"domain": "security"},
    )
    assert plan.status_code == 201, plan.text
    ids["plan"] = plan.json()["id"]
    ids["step"] = plan.json()["steps"][0]["id"]
    return World(tokens=tokens, ids=ids, org_a=org_a)


def expected_status(case: Case, caller: str) -> int | None:
    """None means 'allowed' (any 2xx)."""
    if caller in (ANONYMOUS, INVALID, REVOKED):
        return 401
    if caller in case.allowed:
        return None
    if caller in case.forbidden:
        return 403
    return 404


def call(api: Api, world: World, case: Case, caller: str, ids: dict[str, str] | None = None) -> int:
    values = ids or world.ids
    path = case.path.format(**values)
    body = _filled(case.body, values)
    response = api.request(case.method, path, token=world.tokens[caller], json=body)
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")
    return response.status_code


def _filled(body: dict[str, object] | None, values: dict[str, str]) -> dict[str, object] | None:
    """The body with {placeholders} in its string values filled from the world's ids."""
    if body is None:
        return None
    return {k: v.format(**values) if isinstance(v, str) else v for k, v in body.items()}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.method} {c.path}")
def test_isolation_matrix(api: Api, case: Case) -> None:
    world = build_world(api)
    before = api.get(f"/v1/organisations/{world.org_a.id}", token=api.admin_token).json()
    denied = [c for c in CALLERS if expected_status(case, c) is not None]
    for caller in denied:
        assert call(api, world, case, caller) == expected_status(case, caller), caller
    after = api.get(f"/v1/organisations/{world.org_a.id}", token=api.admin_token).json()
    assert after == before, "a refused request changed the tenant's data"
    for caller in sorted(case.allowed):
        fresh = world if case.method == "GET" else build_world(api)
        status = call(api, fresh, case, caller)
        if case.invalid_body:
            assert status == 422, (caller, status)
        else:
            assert 200 <= status < 300, (caller, status)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.tenant_scoped], ids=lambda c: f"{c.method} {c.path}"
)
def test_foreign_and_missing_objects_look_the_same(api: Api, case: Case) -> None:
    """For every caller, an object of another tenant is as invisible as one that does not exist."""
    world = build_world(api)
    missing = {name: str(uuid.uuid4()) for name in world.ids}
    for caller in (c for c in (FACILITATOR, MEMBER_B) if c not in case.forbidden):
        foreign = call(api, world, case, caller)
        absent = call(api, world, case, caller, ids=missing)
        assert foreign == absent == 404, (caller, foreign, absent)


def test_every_route_is_in_the_matrix(api: Api) -> None:
    document = api.get("/openapi.json").json()
    routes = {
        (method.upper(), _shape(path))
        for path, operations in document["paths"].items()
        for method in operations
    }
    covered = {(m, _shape(p)) for m, p in {c.route for c in CASES} | PUBLIC_ROUTES}
    assert routes - covered == set(), "routes missing from the isolation matrix"


def _shape(path: str) -> str:
    """A path with its parameter names blanked: /v1/x/{id} and /v1/x/{org} match."""
    return re.sub(r"\{[^}]+\}", "{}", path)
