"""Address checks at send time: resolution, pinning, and refusals (no network used)."""

from __future__ import annotations

import pytest

from app.config import Settings
from app.webhooks.urls import RefusedUrl, resolve_target, system_resolver


def _resolver(*addresses: str):  # type: ignore[no-untyped-def]
    def resolve(host: str, port: int) -> list[str]:
        return list(addresses)

    return resolve


def test_a_public_name_is_pinned_to_its_checked_address() -> None:
    target = resolve_target(
        "https://hooks.example.org:8443/in?x=1",
        allow_insecure_localhost=False,
        resolver=_resolver("2606:4700::1111", "93.184.215.14"),
    )
    assert target.connect_url == "https://93.184.215.14:8443/in?x=1"
    assert target.host_header == "hooks.example.org:8443"
    assert target.sni_hostname == "hooks.example.org"


def test_ipv6_addresses_are_bracketed() -> None:
    target = resolve_target(
        "https://hooks.example.org/",
        allow_insecure_localhost=False,
        resolver=_resolver("2606:4700::1"),
    )
    assert target.connect_url == "https://[2606:4700::1]/"


@pytest.mark.parametrize(
    "addresses",
    [
        ("10.0.0.7",),
        ("93.184.215.14", "192.168.1.1"),
        ("169.254.169.254",),
        ("127.0.0.1",),
        ("::1",),
    ],
)
def test_a_name_resolving_to_a_private_address_is_refused(addresses: tuple[str, ...]) -> None:
    with pytest.raises(RefusedUrl, match="resolves to a private"):
        resolve_target(
            "https://rebind.example.org/",
            allow_insecure_localhost=False,
            resolver=_resolver(*addresses),
        )


def test_loopback_needs_the_development_setting() -> None:
    allowed = resolve_target(
        "http://localhost:9000/x",
        allow_insecure_localhost=True,
        resolver=_resolver("::1", "127.0.0.1"),
    )
    assert allowed.connect_url == "http://127.0.0.1:9000/x"
    assert allowed.sni_hostname is None
    with pytest.raises(RefusedUrl, match="private"):
        resolve_target(
            "https://lan.example.org/",
            allow_insecure_localhost=True,
            resolver=_resolver("10.0.0.1"),
        )


def test_invalid_names_never_reach_dns() -> None:
    for name in ("hooks.receiver.invalid", "invalid", "x.invalid."):
        with pytest.raises(RefusedUrl, match="does not resolve"):
            system_resolver(name, 443)


def test_numeric_host_names_are_checked_after_resolution() -> None:
    """2130706433 is 127.0.0.1 written as one number: the resolver turns it into the
    address, and the address check refuses it."""
    with pytest.raises(RefusedUrl, match="private"):
        resolve_target("https://2130706433/x", allow_insecure_localhost=False)


def test_retry_schedule_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RDSA_WEBHOOK_RETRY_SCHEDULE", "[0.5, 2]")
    monkeypatch.setenv("RDSA_WEBHOOK_WORKER", "off")
    settings = Settings()
    assert settings.webhook_retry_schedule == (0.5, 2)
    assert settings.webhook_worker == "off"
    monkeypatch.setenv("RDSA_WEBHOOK_RETRY_SCHEDULE", "[0]")
    with pytest.raises(ValueError, match="between 0 and"):
        Settings()
