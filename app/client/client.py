"""``RdsaClient``: typed methods for the rdsa API (sync, on httpx)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, cast

from .assessments import AssessmentsMixin
from .types import (
    AccessLogEntry,
    Delivery,
    Key,
    KeyCreated,
    Me,
    Organisation,
    Page,
    QuestionnaireListItem,
    Resource,
    Webhook,
    WebhookCreated,
)


class RdsaClient(AssessmentsMixin):
    """A client for one key. Every 4xx/5xx answer raises ``ProblemError``.

    >>> with RdsaClient("https://rdsa.example.org", token) as rdsa:
    ...     me = rdsa.me()
    """

    # ------------------------------------------------------------------ keys

    def me(self) -> Me:
        return cast(Me, self._json("GET", "/v1/me"))

    def create_key(self, role: str, *, label: str = "") -> KeyCreated:
        """A new admin or facilitator key (admin only); the token is shown once."""
        body = {"role": role, "label": label}
        return cast(KeyCreated, self._json("POST", "/v1/keys", json=body))

    def list_keys(self) -> list[Key]:
        return cast(list[Key], self._json("GET", "/v1/keys"))

    def revoke_key(self, key_id: str) -> None:
        self.request("DELETE", f"/v1/keys/{key_id}")

    def create_member_key(self, organisation_id: str, *, label: str = "") -> KeyCreated:
        path = f"/v1/organisations/{organisation_id}/keys"
        return cast(KeyCreated, self._json("POST", path, json={"label": label}))

    def list_member_keys(self, organisation_id: str) -> list[Key]:
        return cast(list[Key], self._json("GET", f"/v1/organisations/{organisation_id}/keys"))

    def revoke_member_key(self, organisation_id: str, key_id: str) -> None:
        self.request("DELETE", f"/v1/organisations/{organisation_id}/keys/{key_id}")

    # ------------------------------------------------------------------ organisations

    def create_organisation(
        self, name: str, *, country: str | None = None, sectors: Sequence[str] = ()
    ) -> Organisation:
        body = {"name": name, "country": country, "sectors": list(sectors)}
        return cast(Organisation, self._json("POST", "/v1/organisations", json=body))

    def list_organisations(self, *, limit: int = 50, offset: int = 0) -> Page[Organisation]:
        return self._page("/v1/organisations", limit, offset)

    def iter_organisations(self) -> Iterator[Organisation]:
        return self._iterate(
            lambda limit, offset: self.list_organisations(limit=limit, offset=offset)
        )

    def get_organisation(self, organisation_id: str) -> Organisation:
        return cast(Organisation, self._json("GET", f"/v1/organisations/{organisation_id}"))

    def update_organisation(self, organisation_id: str, **changes: Any) -> Organisation:
        """Change ``name``, ``country`` or ``sectors``."""
        path = f"/v1/organisations/{organisation_id}"
        return cast(Organisation, self._json("PATCH", path, json=changes))

    def erase_organisation(self, organisation_id: str) -> None:
        """Erase the organisation and everything held about it. Cannot be undone."""
        self.request("DELETE", f"/v1/organisations/{organisation_id}")

    def export(self, organisation_id: str) -> dict[str, Any]:
        """Everything held about the organisation, as one JSON document."""
        path = f"/v1/organisations/{organisation_id}/export"
        return cast(dict[str, Any], self._json("GET", path))

    def access_log(
        self, organisation_id: str, *, limit: int = 50, offset: int = 0
    ) -> Page[AccessLogEntry]:
        """Who outside the organisation read or changed its data (members only)."""
        return self._page(f"/v1/organisations/{organisation_id}/access-log", limit, offset)

    def iter_access_log(self, organisation_id: str) -> Iterator[AccessLogEntry]:
        return self._iterate(
            lambda limit, offset: self.access_log(organisation_id, limit=limit, offset=offset)
        )

    # ------------------------------------------------------------------ catalogue

    def questionnaires(self) -> list[QuestionnaireListItem]:
        return cast(list[QuestionnaireListItem], self._json("GET", "/v1/questionnaires"))

    def questionnaire(
        self, slug: str, version: str | None = None, *, lang: str | None = None
    ) -> dict[str, Any]:
        """A questionnaire document (the latest published version unless ``version``)."""
        path = f"/v1/questionnaires/{slug}" + (f"/versions/{version}" if version else "")
        return cast(dict[str, Any], self._json("GET", path, params={"lang": lang}))

    def questionnaire_diff(self, slug: str, version: str, from_version: str) -> dict[str, Any]:
        path = f"/v1/questionnaires/{slug}/versions/{version}/diff"
        return cast(dict[str, Any], self._json("GET", path, params={"from": from_version}))

    def fhir_questionnaire(
        self, slug: str, version: str, *, lang: str | None = None
    ) -> dict[str, Any]:
        """One questionnaire version as an HL7 FHIR R4 Questionnaire."""
        path = f"/v1/questionnaires/{slug}/versions/{version}/fhir"
        return cast(dict[str, Any], self._json("GET", path, params={"lang": lang}))

    def resources(
        self, *, issue: str | None = None, domain: str | None = None, lang: str | None = None
    ) -> list[Resource]:
        params = {"issue": issue, "domain": domain, "lang": lang}
        return cast(list[Resource], self._json("GET", "/v1/resources", params=params))

    # ------------------------------------------------------------------ webhooks

    @staticmethod
    def _hooks_path(organisation_id: str | None) -> str:
        if organisation_id is None:
            return "/v1/webhooks"
        return f"/v1/organisations/{organisation_id}/webhooks"

    def create_webhook(
        self,
        url: str,
        events: Sequence[str],
        *,
        organisation_id: str | None = None,
        description: str = "",
    ) -> WebhookCreated:
        """Register a hook: the organisation's (member keys) or your own (staff keys).
        Keep ``["secret"]`` from the answer: it is shown only this once."""
        body = {"url": url, "events": list(events), "description": description}
        path = self._hooks_path(organisation_id)
        return cast(WebhookCreated, self._json("POST", path, json=body))

    def list_webhooks(self, *, organisation_id: str | None = None) -> list[Webhook]:
        return cast(list[Webhook], self._json("GET", self._hooks_path(organisation_id)))

    def delete_webhook(self, hook_id: str, *, organisation_id: str | None = None) -> None:
        self.request("DELETE", f"{self._hooks_path(organisation_id)}/{hook_id}")

    def webhook_deliveries(
        self,
        hook_id: str,
        *,
        organisation_id: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page[Delivery]:
        """The hook's delivery log, newest first, with every attempt."""
        path = f"{self._hooks_path(organisation_id)}/{hook_id}/deliveries"
        return self._page(path, limit, offset)
