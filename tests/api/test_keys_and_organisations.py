from __future__ import annotations

from tests.support.api import Api, assert_problem, bearer


def test_me_for_admin_and_member(api: Api) -> None:
    assert api.get("/v1/me", token=api.admin_token).json()["role"] == "admin"
    org = api.create_org()
    me = api.get("/v1/me", token=org.token).json()
    assert me == {"key_id": me["key_id"], "role": "member", "organisation_id": org.id}


def test_missing_or_bad_key_is_401_with_challenge(api: Api) -> None:
    for headers in ({}, {"Authorization": "Basic abc"}, bearer("rdsa_nope")):
        response = api.get("/v1/me", headers=headers)
        assert_problem(response, 401)
        assert response.headers["www-authenticate"].startswith("Bearer")


def test_key_is_shown_once_and_stored_hashed(api: Api, app_db: object) -> None:
    created = api.post(
        "/v1/keys", token=api.admin_token, json={"role": "facilitator", "label": "Ana"}
    )
    assert created.status_code == 201
    token = created.json()["token"]
    assert token.startswith("rdsa_") and len(token) > 40
    listed = api.get("/v1/keys", token=api.admin_token).json()
    row = next(k for k in listed if k["id"] == created.json()["id"])
    assert "token" not in row and row["hint"] == token[-4:] and row["label"] == "Ana"
    from sqlalchemy import text

    with app_db.engine.connect() as conn:  # type: ignore[attr-defined]
        stored = conn.execute(text("SELECT token_hash FROM api_keys")).scalars().all()
    assert token not in stored and all(len(h) == 64 for h in stored)


def test_revoked_key_stops_working(api: Api) -> None:
    created = api.post("/v1/keys", token=api.admin_token, json={"role": "facilitator"}).json()
    assert api.get("/v1/me", token=created["token"]).status_code == 200
    assert api.delete(f"/v1/keys/{created['id']}", token=api.admin_token).status_code == 204
    assert_problem(api.get("/v1/me", token=created["token"]), 401)


def test_only_admin_manages_service_keys(api: Api) -> None:
    facilitator = api.service_key("facilitator")
    org = api.create_org()
    for token in (facilitator, org.token):
        assert_problem(api.post("/v1/keys", token=token, json={"role": "admin"}), 403)
        assert_problem(api.get("/v1/keys", token=token), 403)


def test_service_key_role_must_be_known(api: Api) -> None:
    response = api.post("/v1/keys", token=api.admin_token, json={"role": "member"})
    assert_problem(response, 422, field="body.role")


def test_organisation_crud_by_member(api: Api) -> None:
    org = api.create_org("Colectivo Lila")
    read = api.get(f"/v1/organisations/{org.id}", token=org.token)
    assert read.status_code == 200 and read.json()["name"] == "Colectivo Lila"
    patched = api.patch(
        f"/v1/organisations/{org.id}",
        token=org.token,
        json={"country": "CO", "sectors": ["lgbtqi-rights"]},
    )
    assert patched.json()["country"] == "CO" and patched.json()["sectors"] == ["lgbtqi-rights"]
    assert patched.json()["name"] == "Colectivo Lila"
    assert_problem(
        api.patch(f"/v1/organisations/{org.id}", token=org.token, json={"country": "Colombia"}),
        422,
        field="body.country",
    )
    assert api.delete(f"/v1/organisations/{org.id}", token=org.token).status_code == 204
    assert_problem(api.get(f"/v1/organisations/{org.id}", token=api.admin_token), 404)
    assert_problem(api.get("/v1/me", token=org.token), 401)


def test_an_organisation_chooses_its_time_zone(api: Api) -> None:
    org = api.create_org("Colectivo Lila")
    assert api.get(f"/v1/organisations/{org.id}", token=org.token).json()["time_zone"] == "UTC"
    path = f"/v1/organisations/{org.id}"
    for wrong in ("Mars/Olympus", "bogota", "", "../../etc/passwd", "Europe/Paris\u0000"):
        body = assert_problem(
            api.patch(path, token=org.token, json={"time_zone": wrong}), 422, field="body.time_zone"
        )
        assert "0x" not in body["detail"] and "function" not in body["detail"]
    patched = api.patch(path, token=org.token, json={"time_zone": "Africa/Nairobi"})
    assert patched.status_code == 200 and patched.json()["time_zone"] == "Africa/Nairobi"
    assert api.patch(path, token=org.token, json={"name": "Lila"}).json()["time_zone"] == (
        "Africa/Nairobi"
    ), "a change of name keeps the zone"
    exported = api.get(f"{path}/export", token=org.token).json()
    assert exported["organisation"]["time_zone"] == "Africa/Nairobi"
    created = api.post(
        "/v1/organisations",
        token=api.admin_token,
        json={"name": "Kasa", "time_zone": "America/Sao_Paulo"},
    )
    assert created.status_code == 201 and created.json()["time_zone"] == "America/Sao_Paulo"


def test_facilitator_onboards_an_organisation_once(api: Api) -> None:
    facilitator = api.service_key("facilitator")
    created = api.post("/v1/organisations", token=facilitator, json={"name": "Tierra Viva"})
    assert created.status_code == 201
    org_id = created.json()["id"]
    first = api.post(f"/v1/organisations/{org_id}/keys", token=facilitator, json={})
    assert first.status_code == 201 and first.json()["role"] == "member"
    second = api.post(f"/v1/organisations/{org_id}/keys", token=facilitator, json={})
    assert_problem(second, 403)
    # the facilitator cannot read the organisation's data
    assert_problem(api.get(f"/v1/organisations/{org_id}", token=facilitator), 404)
    # the member can issue more keys and revoke them
    member = first.json()["token"]
    extra = api.post(f"/v1/organisations/{org_id}/keys", token=member, json={"label": "laptop"})
    assert extra.status_code == 201
    keys = api.get(f"/v1/organisations/{org_id}/keys", token=member).json()
    assert {k["label"] for k in keys} == {"", "laptop"}
    revoke = api.delete(f"/v1/organisations/{org_id}/keys/{extra.json()['id']}", token=member)
    assert revoke.status_code == 204
    assert_problem(api.get("/v1/me", token=extra.json()["token"]), 401)


def test_facilitator_cannot_onboard_someone_elses_organisation(api: Api) -> None:
    one, other = api.service_key("facilitator"), api.service_key("facilitator")
    org_id = api.post("/v1/organisations", token=one, json={"name": "A"}).json()["id"]
    assert_problem(api.post(f"/v1/organisations/{org_id}/keys", token=other, json={}), 404)


def test_admin_lists_organisations_newest_first(api: Api) -> None:
    names = [f"org {i}" for i in range(3)]
    for name in names:
        api.create_org(name)
    page = api.get("/v1/organisations?limit=2", token=api.admin_token).json()
    assert page["total"] == 3 and page["limit"] == 2
    assert [o["name"] for o in page["items"]] == ["org 2", "org 1"]
    assert_problem(
        api.get("/v1/organisations?limit=0", token=api.admin_token), 422, field="query.limit"
    )


def test_failed_authentication_is_limited_but_valid_keys_always_pass(
    api: Api, start_server: object
) -> None:
    import httpx

    server = start_server(auth_failures_per_minute=3)  # type: ignore[operator]
    with httpx.Client(base_url=server.url) as client:
        for n in range(3):
            assert client.get("/v1/me", headers=bearer(f"rdsa_wrong{n}")).status_code == 401
        blocked = client.get("/v1/me", headers=bearer("rdsa_wrong3"))
        assert_problem(blocked, 429)
        assert int(blocked.headers["retry-after"]) >= 1
        # someone else behind the same address, with a key that works, is served
        assert client.get("/v1/me", headers=bearer(api.admin_token)).status_code == 200
        assert client.get("/v1/me", headers=bearer("rdsa_wrong4")).status_code == 429


def test_guesses_at_one_key_prefix_are_limited_from_any_address(
    api: Api, start_server: object
) -> None:
    import httpx

    from app.auth.ratelimit import PREFIX_LENGTH

    server = start_server(auth_failures_per_minute=3)  # type: ignore[operator]
    prefix = api.admin_token[:PREFIX_LENGTH]
    statuses = []
    for n in range(4):
        # a different client address each time (the test server trusts X-Forwarded-For
        # from loopback, as behind a proxy): only the prefix is shared
        with httpx.Client(base_url=server.url) as client:
            headers = {**bearer(f"{prefix}guess{n}"), "X-Forwarded-For": f"203.0.113.{n + 1}"}
            statuses.append(client.get("/v1/me", headers=headers).status_code)
    assert statuses[:3] == [401, 401, 401]
    assert statuses[3] == 429
    with httpx.Client(base_url=server.url) as client:
        assert client.get("/v1/me", headers=bearer(api.admin_token)).status_code == 200


def test_blank_names_are_refused(api: Api) -> None:
    response = api.post("/v1/organisations", token=api.admin_token, json={"name": "   "})
    assert_problem(response, 422, field="body.name")
    trimmed = api.post("/v1/organisations", token=api.admin_token, json={"name": "  Lila  "})
    assert trimmed.json()["name"] == "Lila"
