"""Registering webhooks: who may, which URLs and events, secrets shown once, erasure."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from app.models import Webhook, WebhookAttempt, WebhookDelivery
from tests.integrations.conftest import Hooks
from tests.integrations.receiver import Receiver
from tests.support.api import Api, assert_problem

PUBLIC_HOOK = "https://hooks.receiver.invalid/rdsa"


def test_organisation_hook_secret_is_shown_once(api: Api) -> None:
    org = api.create_org()
    path = f"/v1/organisations/{org.id}/webhooks"
    created = api.post(
        path,
        token=org.token,
        json={"url": PUBLIC_HOOK, "events": ["assessment.submitted"], "description": "CRM"},
    )
    assert created.status_code == 201, created.text
    hook = created.json()
    assert hook["secret"].startswith("whsec_") and len(hook["secret"]) > 40
    assert hook["secret_hint"].endswith(hook["secret"][-4:])
    listed = api.get(path, token=org.token).json()
    assert [h["id"] for h in listed] == [hook["id"]]
    assert "secret" not in listed[0]
    assert hook["secret"] not in api.get(path, token=org.token).text
    assert listed[0]["description"] == "CRM"
    assert listed[0]["events"] == ["assessment.submitted"]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://hooks.receiver.invalid/x", "https"),
        ("ftp://hooks.receiver.invalid/x", "https"),
        ("https://user:pw@hooks.receiver.invalid/x", "user name"),
        ("https://10.1.2.3/x", "private"),
        ("https://192.168.0.10/x", "private"),
        ("https://169.254.169.254/latest/meta-data", "private"),
        ("https://[fd00::1]/x", "private"),
        ("https://[::ffff:10.0.0.1]/x", "private"),
        ("https://127.0.0.1/x", "this machine"),
        ("https://localhost:8443/x", "this machine"),
        ("https://localhost./x", "this machine"),
        ("http://localhost/x", "https"),
        ("https://0x7f000001/x", "this machine"),
        ("https://2130706433/x", "this machine"),
        ("https://0177.0.0.1/x", "this machine"),
        ("https://127.1/x", "this machine"),
        ("https://0/x", "private"),
        ("https://10.1/x", "private"),
        ("https://0x7f.0.0.1./x", "this machine"),
        ("https://[::127.0.0.1]/x", "private"),
        ("https://[::ffff:0:7f00:1]/x", "private"),
        ("https://[64:ff9b::a9fe:a9fe]/x", "private"),
        ("https://[2002:7f00:1::]/x", "private"),
        ("https://[fec0::1]/x", "private"),
        ("https://192.0.0.8/x", "private"),
        ("https://localhost6/x", "public host name"),
        ("https://ip6-localhost/x", "public host name"),
        ("https://intranet/x", "public host name"),
        ("https://printer.local/x", "public host name"),
        ("https://db.internal/x", "public host name"),
        ("https://99999999999/x", "host name"),
        ("https://1.2.3.256/x", "host name"),
        ("https://hooks.receiver.invalid/x#frag", "fragment"),
        ("https://hooks.receiver.invalid:99999/x", "port"),
        ("https://hooks.receiver.invalid:0/x", "port"),
        ("https://[::1/x", "valid URL"),
        ("https://[zz]/x", "valid URL"),
        ("https://exa_mple.org/x", "host name"),
        ("https://%41.org/x", "host name"),
        ("https:///nohost", "host"),
        ("https://exämple.org/x", "ASCII"),
    ],
)
def test_unsafe_urls_are_refused(api: Api, url: str, reason: str) -> None:
    org = api.create_org()
    response = api.post(
        f"/v1/organisations/{org.id}/webhooks",
        token=org.token,
        json={"url": url, "events": ["assessment.submitted"]},
    )
    problem = assert_problem(response, 422, field="body.url")
    assert reason in problem["detail"], problem["detail"]


def test_events_must_suit_the_owner(api: Api) -> None:
    org = api.create_org()
    facilitator = api.service_key("facilitator")
    refused_org = api.post(
        f"/v1/organisations/{org.id}/webhooks",
        token=org.token,
        json={"url": PUBLIC_HOOK, "events": ["cohort.summary_changed"]},
    )
    assert_problem(refused_org, 422, field="body.events")
    refused_staff = api.post(
        "/v1/webhooks",
        token=facilitator,
        json={"url": PUBLIC_HOOK, "events": ["assessment.submitted"]},
    )
    assert_problem(refused_staff, 422, field="body.events")
    unknown = api.post(
        "/v1/webhooks", token=facilitator, json={"url": PUBLIC_HOOK, "events": ["nope"]}
    )
    assert_problem(unknown, 422, field="body.events")
    empty = api.post("/v1/webhooks", token=facilitator, json={"url": PUBLIC_HOOK, "events": []})
    assert_problem(empty, 422, field="body.events")


def test_at_most_ten_hooks(api: Api) -> None:
    facilitator = api.service_key("facilitator")
    body = {"url": PUBLIC_HOOK, "events": ["cohort.summary_changed"]}
    for _ in range(10):
        assert api.post("/v1/webhooks", token=facilitator, json=body).status_code == 201
    assert_problem(api.post("/v1/webhooks", token=facilitator, json=body), 409)


def test_staff_hooks_belong_to_their_key(api: Api) -> None:
    mine, other = api.service_key("facilitator"), api.service_key("facilitator")
    body = {"url": PUBLIC_HOOK, "events": ["cohort.summary_changed"]}
    hook = api.post("/v1/webhooks", token=mine, json=body).json()
    assert api.get("/v1/webhooks", token=other).json() == []
    assert [h["id"] for h in api.get("/v1/webhooks", token=mine).json()] == [hook["id"]]
    for path in (f"/v1/webhooks/{hook['id']}", f"/v1/webhooks/{uuid.uuid4()}"):
        assert_problem(api.delete(path, token=other), 404)
        assert_problem(api.get(f"{path}/deliveries", token=other), 404)
    assert api.delete(f"/v1/webhooks/{hook['id']}", token=mine).status_code == 204
    assert api.get("/v1/webhooks", token=mine).json() == []


def test_the_export_lists_hooks_without_secrets(api: Api) -> None:
    org = api.create_org()
    path = f"/v1/organisations/{org.id}/webhooks"
    body = {"url": PUBLIC_HOOK, "events": ["assessment.submitted"]}
    hook = api.post(path, token=org.token, json=body).json()
    export = api.get(f"/v1/organisations/{org.id}/export", token=org.token)
    assert [h["id"] for h in export.json()["webhooks"]] == [hook["id"]]
    assert hook["secret"] not in export.text


def test_admins_cannot_add_hooks_to_an_organisation(api: Api) -> None:
    """An admin knows the organisation exists: 403, as docs/integrating.md says (a 404 for
    an organisation the admin has just created read as "created resource not found")."""
    org = api.create_org()
    base = f"/v1/organisations/{org.id}/webhooks"
    body = {"url": PUBLIC_HOOK, "events": ["assessment.submitted"]}
    assert_problem(api.post(base, token=api.admin_token, json=body), 403)
    assert_problem(api.get(base, token=api.admin_token), 403)
    missing = f"/v1/organisations/{uuid.uuid4()}/webhooks"
    assert_problem(api.post(missing, token=api.admin_token, json=body), 404)
    facilitator = api.service_key("facilitator")
    assert_problem(api.post(base, token=facilitator, json=body), 404)  # others learn nothing
    assert api.get(base, token=org.token).json() == []


def _count(hooks: Hooks, model: type[object], org_id: str) -> int:
    column = model.organisation_id  # type: ignore[attr-defined]
    with hooks.db.engine.connect() as conn:
        query = select(func.count()).select_from(model).where(column == uuid.UUID(org_id))
        return int(conn.execute(query).scalar_one())


def test_erasing_the_organisation_removes_hooks_and_deliveries(
    hooks: Hooks, receiver: Receiver
) -> None:
    org, keeper = hooks.api.create_org("Goes"), hooks.api.create_org("Stays")
    hooks.org_hook(org, receiver.url)
    hooks.org_hook(keeper, receiver.url)
    hooks.submit(org)
    hooks.submit(keeper)
    receiver.answer(500, 500)
    assert hooks.worker.run_once() == 2
    tables = (Webhook, WebhookDelivery, WebhookAttempt)
    assert [_count(hooks, t, org.id) for t in tables] == [1, 1, 1]

    assert hooks.api.delete(f"/v1/organisations/{org.id}", token=org.token).status_code == 204

    assert [_count(hooks, t, org.id) for t in tables] == [0, 0, 0]
    assert [_count(hooks, t, keeper.id) for t in tables] == [1, 1, 1]
