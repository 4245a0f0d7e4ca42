from __future__ import annotations

from tests.support.api import Api, assert_problem


def test_admin_reads_are_logged_for_the_organisation(api: Api) -> None:
    org = api.create_org()
    onboarding = api.get(f"/v1/organisations/{org.id}/access-log", token=org.token).json()
    assert [e["action"] for e in onboarding["items"]] == ["issued member key"]
    assert api.get(f"/v1/organisations/{org.id}", token=org.token).status_code == 200

    api.get(f"/v1/organisations/{org.id}", token=api.admin_token)
    api.get(f"/v1/organisations/{org.id}/keys", token=api.admin_token)
    log = api.get(f"/v1/organisations/{org.id}/access-log", token=org.token).json()
    assert log["total"] == 3, "the member's own read is not logged"
    newest, oldest = log["items"][:2]
    assert (oldest["action"], newest["action"]) == ("read organisation", "listed keys")
    assert oldest["actor_role"] == "admin"
    assert oldest["target"] == f"/v1/organisations/{org.id}"


def test_access_log_is_for_the_organisation_only(api: Api) -> None:
    org, other = api.create_org("A"), api.create_org("B")
    for token in (api.admin_token, other.token):
        assert_problem(api.get(f"/v1/organisations/{org.id}/access-log", token=token), 404)
