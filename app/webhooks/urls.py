"""Which webhook URLs the service will call (server-side request forgery defence).

A hook URL must be https, carry no user name or password, and point at a public
address. The check runs twice: when the hook is registered (on the URL as written)
and before every attempt (on the addresses the name resolves to then). The request
is then sent to the checked address itself, with the original name in the Host
header and in TLS server-name indication, so a name that resolves differently a
moment later (DNS rebinding) cannot steer the request elsewhere.

``RDSA_WEBHOOK_ALLOW_INSECURE_LOCALHOST=true`` (tests, development) additionally
allows http and https to this machine's loopback addresses; private and link-local
addresses stay refused whatever the setting.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit, urlunsplit

MAX_URL_LENGTH = 500
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST_NAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]


class RefusedUrl(ValueError):
    """The URL may not receive webhooks; the message says why in plain words."""


def _is_loopback_name(host: str) -> bool:
    host = host.rstrip(".")
    return host == "localhost" or host.endswith(".localhost")


def _literal_address(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def is_allowed_address(address: IPAddress, *, allow_loopback: bool) -> bool:
    """Public unicast addresses only (loopback too when explicitly allowed)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback:
        return allow_loopback
    return address.is_global and not address.is_multicast


def _split(url: str) -> SplitResult:
    if len(url) > MAX_URL_LENGTH:
        raise RefusedUrl(f"must be at most {MAX_URL_LENGTH} characters")
    if not url.isascii() or not url.isprintable() or " " in url:
        raise RefusedUrl("must be plain ASCII without spaces (international names in punycode)")
    try:
        parts = urlsplit(url)
        port, host = parts.port, parts.hostname  # both raise ValueError when malformed
    except ValueError:
        raise RefusedUrl("is not a valid URL (check the host and port)") from None
    if port == 0:
        raise RefusedUrl("has an invalid port")
    if host and _literal_address(host) is None and not _HOST_NAME.fullmatch(host):
        raise RefusedUrl("has an invalid host name")
    return parts


def check_hook_url(url: str, *, allow_insecure_localhost: bool) -> SplitResult:
    """The URL's parts if it may receive webhooks; :class:`RefusedUrl` otherwise."""
    parts = _split(url)
    scheme, host = parts.scheme.lower(), (parts.hostname or "")
    if scheme not in ("https", "http"):
        raise RefusedUrl("must be an https URL")
    if parts.username is not None or parts.password is not None:
        raise RefusedUrl("must not contain a user name or password")
    if not host:
        raise RefusedUrl("needs a host name")
    if parts.fragment:
        raise RefusedUrl("must not contain a #fragment")
    address = _literal_address(host)
    loopback = _is_loopback_name(host) or (address is not None and address.is_loopback)
    if scheme == "http" and not (loopback and allow_insecure_localhost):
        raise RefusedUrl("must be an https URL")
    if loopback and not allow_insecure_localhost:
        raise RefusedUrl("must not point at this machine")
    if address is not None and not is_allowed_address(
        address, allow_loopback=allow_insecure_localhost
    ):
        raise RefusedUrl("must not point at a private, loopback or link-local address")
    return parts


def system_resolver(host: str, port: int) -> list[str]:
    # RFC 6761: names under .invalid never resolve; answer at once, without asking DNS.
    if host.rstrip(".") == "invalid" or host.rstrip(".").endswith(".invalid"):
        raise RefusedUrl(f"host {host} does not resolve (.invalid names never do)")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        raise RefusedUrl(f"host {host} does not resolve") from None
    return [str(info[4][0]) for info in infos]


@dataclass(frozen=True)
class Target:
    """Where to send: the URL with its host replaced by a checked address."""

    connect_url: str
    host_header: str
    sni_hostname: str | None


def _addresses(host: str, port: int, resolver: Resolver) -> list[IPAddress]:
    literal = _literal_address(host)
    if literal is not None:
        return [literal]
    found = [ipaddress.ip_address(a.split("%")[0]) for a in resolver(host, port)]
    if not found:
        raise RefusedUrl(f"host {host} does not resolve")
    # IPv4 first: loopback receivers in development usually listen on 127.0.0.1 only.
    return sorted(found, key=lambda a: a.version)


def resolve_target(
    url: str, *, allow_insecure_localhost: bool, resolver: Resolver = system_resolver
) -> Target:
    """Check the URL and every address its host resolves to; pin the first one."""
    parts = check_hook_url(url, allow_insecure_localhost=allow_insecure_localhost)
    host = (parts.hostname or "").lower()
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    addresses = _addresses(host, port, resolver)
    for address in addresses:
        if not is_allowed_address(address, allow_loopback=allow_insecure_localhost):
            raise RefusedUrl(f"host {host} resolves to a private, loopback or link-local address")
    chosen = addresses[0]
    netloc = f"[{chosen}]" if chosen.version == 6 else str(chosen)
    if parts.port is not None:
        netloc += f":{parts.port}"
    connect_url = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    named = _literal_address(host) is None
    return Target(
        connect_url=connect_url,
        host_header=parts.netloc,
        sni_hostname=host if scheme == "https" and named else None,
    )
