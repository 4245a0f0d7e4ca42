"""Sending one signed delivery over HTTP: pinned address, no redirects, short timeouts."""

from __future__ import annotations

import ssl
import time
from dataclasses import dataclass

import httpx

from app import __version__
from app.config import Settings
from app.webhooks import signing
from app.webhooks.urls import RefusedUrl, Resolver, Target, resolve_target, system_resolver

MAX_ERROR_LENGTH = 200


@dataclass(frozen=True)
class DeliveryPolicy:
    """How deliveries are sent and retried.

    After a failed attempt number n the next one waits ``schedule[n-1]`` seconds; once
    every delay is used up (``len(schedule) + 1`` attempts) the delivery is marked failed.
    """

    schedule: tuple[float, ...]
    timeout_seconds: float
    allow_insecure_localhost: bool
    batch_size: int = 20
    parallel: int = 4
    retention_days: int = 30

    @classmethod
    def from_settings(cls, settings: Settings) -> DeliveryPolicy:
        return cls(
            schedule=tuple(settings.webhook_retry_schedule),
            timeout_seconds=settings.webhook_timeout_seconds,
            allow_insecure_localhost=settings.webhook_allow_insecure_localhost,
        )

    @property
    def max_attempts(self) -> int:
        return len(self.schedule) + 1

    @property
    def lease_seconds(self) -> float:
        """How long a claimed delivery stays out of other workers' reach while it is sent."""
        return max(60.0, self.timeout_seconds * 6)


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str | None
    duration_ms: int
    final: bool = False  # refused for where the URL leads: retrying cannot help

    @property
    def delivered(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


@dataclass(frozen=True)
class Message:
    delivery_id: str
    event_type: str
    url: str
    secret: str
    body: bytes


class Sender:
    """One HTTP client for all deliveries. Proxies from the environment are ignored and
    connections are not reused (each request is pinned to its own checked address)."""

    def __init__(
        self,
        policy: DeliveryPolicy,
        *,
        resolver: Resolver = system_resolver,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._policy = policy
        self._resolver = resolver
        self._client = httpx.Client(
            timeout=policy.timeout_seconds,
            follow_redirects=False,
            trust_env=False,
            verify=verify,
            limits=httpx.Limits(max_keepalive_connections=0),
            headers={"User-Agent": f"rdsa-webhooks/{__version__}"},
        )

    def close(self) -> None:
        self._client.close()

    def send(self, message: Message) -> Outcome:
        started = time.monotonic()
        try:
            target = resolve_target(
                message.url,
                allow_insecure_localhost=self._policy.allow_insecure_localhost,
                resolver=self._resolver,
            )
        except RefusedUrl as exc:
            return Outcome(None, f"refused: the URL {exc}"[:MAX_ERROR_LENGTH], 0, exc.permanent)
        status, error = self._post(message, target)
        elapsed = int((time.monotonic() - started) * 1000)
        return Outcome(status, None if error is None else error[:MAX_ERROR_LENGTH], elapsed)

    def _post(self, message: Message, target: Target) -> tuple[int | None, str | None]:
        headers = _headers(message, target.host_header)
        extensions = {"sni_hostname": target.sni_hostname} if target.sni_hostname else {}
        try:
            with self._client.stream(
                "POST",
                target.connect_url,
                content=message.body,
                headers=headers,
                extensions=extensions,
            ) as response:
                return response.status_code, None
        except httpx.TimeoutException:
            return None, f"timed out after {self._policy.timeout_seconds:g} s"
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _headers(message: Message, host: str) -> dict[str, str]:
    timestamp = int(time.time())
    return {
        "Host": host,
        "Content-Type": "application/json",
        signing.SIGNATURE_HEADER: signing.signature_header(message.secret, timestamp, message.body),
        signing.EVENT_HEADER: message.event_type,
        signing.DELIVERY_HEADER: message.delivery_id,
    }
