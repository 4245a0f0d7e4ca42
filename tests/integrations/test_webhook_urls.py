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
        # transition forms that embed a non-public IPv4 address, and other non-global
        ("::127.0.0.1",),
        ("::ffff:0:7f00:1",),
        ("::ffff:10.0.0.1",),
        ("64:ff9b::a9fe:a9fe",),
        ("64:ff9b:1::808:808",),
        ("2002:7f00:1::",),
        ("2002:a00:1::1",),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2",),
        ("fec0::1",),
        ("ff02::1",),
        ("192.0.0.8",),
        ("100.64.0.1",),
        ("0.0.0.0",),
        ("224.0.0.1",),
        ("192.88.99.1",),
    ],
)
def test_a_name_resolving_to_a_private_address_is_refused(addresses: tuple[str, ...]) -> None:
    with pytest.raises(RefusedUrl, match="public internet address"):
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
    with pytest.raises(RefusedUrl, match="public"):
        resolve_target(
            "https://lan.example.org/",
            allow_insecure_localhost=True,
            resolver=_resolver("10.0.0.1"),
        )


def test_invalid_names_never_reach_dns() -> None:
    for name in ("hooks.receiver.invalid", "invalid", "x.invalid."):
        with pytest.raises(RefusedUrl, match="public internet address"):
            system_resolver(name, 443)


@pytest.mark.parametrize(
    "host", ["2130706433", "0x7f000001", "0177.0.0.1", "127.1", "0", "0x7f.1", "10.0x10.1"]
)
def test_numeric_hosts_are_read_as_addresses_before_any_resolver(host: str) -> None:
    """inet_aton's forms (one number, hex, octal, short) are addresses, not names."""

    def no_dns(host: str, port: int) -> list[str]:
        raise AssertionError("a numeric host must never be looked up")

    with pytest.raises(RefusedUrl, match=r"this machine|private"):
        resolve_target(f"https://{host}/x", allow_insecure_localhost=False, resolver=no_dns)


def test_public_transition_forms_and_numeric_hosts_are_accepted() -> None:
    for url in ("https://[64:ff9b::808:808]/", "https://[::ffff:8.8.8.8]/", "https://134744072/"):
        assert resolve_target(url, allow_insecure_localhost=False).connect_url


def test_refusals_do_not_say_how_names_resolve() -> None:
    messages = set()
    for addresses in (("10.0.0.7",), ("127.0.0.1",), ()):
        with pytest.raises(RefusedUrl) as refused:
            resolve_target(
                "https://inside.example.org/",
                allow_insecure_localhost=False,
                resolver=_resolver(*addresses),
            )
        assert refused.value.permanent
        messages.add(str(refused.value))
    with pytest.raises(RefusedUrl) as refused:
        resolve_target("https://hooks.receiver.invalid/", allow_insecure_localhost=False)
    messages.add(str(refused.value))
    assert len(messages) == 1, messages
    assert "10.0.0.7" not in messages.pop()


def test_retry_schedule_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RDSA_WEBHOOK_RETRY_SCHEDULE", "[0.5, 2]")
    monkeypatch.setenv("RDSA_WEBHOOK_WORKER", "off")
    settings = Settings()
    assert settings.webhook_retry_schedule == (0.5, 2)
    assert settings.webhook_worker == "off"
    monkeypatch.setenv("RDSA_WEBHOOK_RETRY_SCHEDULE", "[0]")
    with pytest.raises(ValueError, match="between 0 and"):
        Settings()
