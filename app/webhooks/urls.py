"""Which webhook URLs the service will call (server-side request forgery defence).

A hook URL must be https, carry no user name or password, and point at a public
address. The check runs twice: when the hook is registered (on the URL as written)
and before every attempt (on the addresses the name resolves to then). The request
is then sent to the checked address itself, with the original name in the Host
header and in TLS server-name indication, so a name that resolves differently a
moment later (DNS rebinding) cannot steer the request elsewhere.

Hosts are read as a browser or ``inet_aton`` would: a host whose last label is a
number (``2130706433``, ``0x7f000001``, ``0177.0.0.1``, ``127.1``, ``0``) is an IPv4
address, never a name to look up. Addresses are judged by what they reach, with the
IPv4 address inside IPv6 transition forms (IPv4-mapped and -compatible, NAT64, 6to4)
judged in its place; Teredo, site-local, multicast and every range that is not global
are refused. At registration names are refused when they cannot be public DNS names
(one label, or under ``.localhost``, ``.local``, ``.internal``, ``.home.arpa``, ...); a
name is only resolved at delivery, and a refusal then says the same thing whether the
name did not resolve or resolved to a non-public address, so members learn nothing of
how this server resolves names. Such a refusal ends the delivery (no retries).

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
    """The URL may not receive webhooks; the message says why in plain words.

    ``permanent``: refused for where it leads, so retrying cannot help.
    """

    def __init__(self, message: str, *, permanent: bool = True) -> None:
        super().__init__(message)
        self.permanent = permanent


NOT_PUBLIC = "does not lead to a public internet address"
# Names that are never public DNS names (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal,
# and common private suffixes).
_PRIVATE_SUFFIXES = (
    "localhost", "local", "internal", "home.arpa", "lan", "intranet", "corp", "private",
    "localdomain", "home",
)  # fmt: skip
# IPv4 ranges that Python's is_global (3.11) still calls global.
_NOT_GLOBAL_V4 = tuple(
    ipaddress.ip_network(n) for n in ("192.0.0.0/24", "192.88.99.0/24", "0.0.0.0/8")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_V4_COMPATIBLE = ipaddress.ip_network("::/96")
_NUMBER = re.compile(r"0[xX][0-9a-fA-F]*|[0-9]+")


def _is_loopback_name(host: str) -> bool:
    host = host.rstrip(".")
    return host == "localhost" or host.endswith(".localhost")


def _inet_aton(host: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address of a numeric host in any form inet_aton accepts; None when the
    host is a name. A numeric host that is no valid address raises RefusedUrl."""
    labels = host.rstrip(".").split(".")
    if not labels or not _NUMBER.fullmatch(labels[-1]):
        return None
    if len(labels) > 4 or not all(_NUMBER.fullmatch(label) for label in labels):
        raise RefusedUrl("has an invalid host name")
    values = []
    for label in labels:
        if label[:2].lower() == "0x":
            values.append(int(label[2:] or "0", 16))
        elif len(label) > 1 and label.startswith("0"):
            if not set(label) <= set("01234567"):
                raise RefusedUrl("has an invalid host name")
            values.append(int(label, 8))
        else:
            values.append(int(label))
    *leading, last = values
    if any(v > 255 for v in leading) or last >= 256 ** (4 - len(leading)):
        raise RefusedUrl("has an invalid host name")
    number = last
    for position, value in enumerate(leading):
        number += value << (8 * (3 - position))
    return ipaddress.IPv4Address(number)


def _literal_address(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return _inet_aton(host)


def _embedded_v4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _V4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _is_public_v4(address: ipaddress.IPv4Address) -> bool:
    return (
        address.is_global
        and not address.is_multicast
        and not address.is_reserved
        and not any(address in network for network in _NOT_GLOBAL_V4)
    )


def _is_loopback(address: IPAddress) -> bool:
    """Loopback, also as an IPv4-mapped address (which reaches the same socket)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def is_allowed_address(address: IPAddress, *, allow_loopback: bool) -> bool:
    """Public unicast addresses only, in any encoding (loopback too when allowed)."""
    if _is_loopback(address):
        return allow_loopback
    if isinstance(address, ipaddress.IPv4Address):
        return _is_public_v4(address)
    inner = _embedded_v4(address)
    if inner is not None:
        if address in _V4_COMPATIBLE and address.ipv4_mapped is None:
            return False  # deprecated IPv4-compatible form: never sent anywhere
        return _is_public_v4(inner)
    return (
        address.is_global
        and not address.is_multicast
        and not address.is_reserved
        and not address.is_site_local
        and address.teredo is None
        and address not in _NAT64_LOCAL
    )


def _is_private_name(host: str) -> bool:
    name = host.rstrip(".")
    if "." not in name:
        return True
    return any(name == s or name.endswith("." + s) for s in _PRIVATE_SUFFIXES)


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
    loopback = _is_loopback_name(host) or (address is not None and _is_loopback(address))
    if scheme == "http" and not (loopback and allow_insecure_localhost):
        raise RefusedUrl("must be an https URL")
    if loopback and not allow_insecure_localhost:
        raise RefusedUrl("must not point at this machine")
    if address is not None and not is_allowed_address(
        address, allow_loopback=allow_insecure_localhost
    ):
        raise RefusedUrl("must not point at a private, loopback or link-local address")
    if address is None and not loopback and _is_private_name(host):
        raise RefusedUrl("needs a public host name (a name that public DNS can answer)")
    return parts


def system_resolver(host: str, port: int) -> list[str]:
    # RFC 6761: names under .invalid never resolve; answer at once, without asking DNS.
    if host.rstrip(".") == "invalid" or host.rstrip(".").endswith(".invalid"):
        raise RefusedUrl(NOT_PUBLIC)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        raise RefusedUrl(NOT_PUBLIC) from None
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
        raise RefusedUrl(NOT_PUBLIC)
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
            raise RefusedUrl(NOT_PUBLIC)  # the same words whatever the name resolved to
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
