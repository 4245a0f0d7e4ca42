"""Slow down guessing without ever refusing a key that works.

Failed attempts are counted in sliding one-minute windows, in separate buckets:

- per client address (IPv6 addresses by their /64, the block one host usually has),
  and per presented key prefix (the first ``PREFIX_LENGTH`` characters), for keys
  presented to the API or to the sign-in form. A key that authenticates is always
  served and is never counted; only further *failed* attempts from a bucket past the
  limit get 429 (with ``Retry-After``) instead of 401, so one person guessing behind
  an office router does not lock out the colleagues beside them.
- per member key, for cohort join codes. A key past the limit gets 429 for every join
  attempt (a right code too) until its window passes; other keys are not affected.
  Sign-ups with a join code (no key yet) are counted per client address instead.

The state is per process (see docs/security.md for why that is enough).
"""

from __future__ import annotations

import ipaddress
import threading
import time
import uuid
from collections import OrderedDict, deque

WINDOW_SECONDS = 60.0
MAX_TRACKED_BUCKETS = 10_000
PREFIX_LENGTH = 12  # "rdsa_" and 7 random characters: shared by no two keys in practice


class FailureLimiter:
    """Failures per bucket in a sliding window; the least recently failed are forgotten
    first once ``MAX_TRACKED_BUCKETS`` buckets are held (bounded memory)."""

    def __init__(self, limit_per_window: int, window: float = WINDOW_SECONDS) -> None:
        self._limit = limit_per_window
        self._window = window
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def retry_after(self, bucket: str) -> int | None:
        """Seconds to wait if the bucket has reached the limit, else None."""
        now = time.monotonic()
        with self._lock:
            failures = self._failures.get(bucket)
            if failures is None:
                return None
            self._expire(failures, now)
            if len(failures) < self._limit:
                return None
            return max(1, int(failures[0] + self._window - now) + 1)

    def record_failure(self, bucket: str) -> None:
        now = time.monotonic()
        with self._lock:
            failures = self._failures.pop(bucket, None) or deque()
            self._expire(failures, now)
            failures.append(now)
            while len(failures) > self._limit + 1:  # more than that is never needed
                failures.popleft()
            self._failures[bucket] = failures
            while len(self._failures) > MAX_TRACKED_BUCKETS:
                self._failures.popitem(last=False)

    def _expire(self, failures: deque[float], now: float) -> None:
        while failures and failures[0] <= now - self._window:
            failures.popleft()


def address_bucket(address: str) -> str:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return f"addr:{address}"
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return f"addr:{parsed.ipv4_mapped}"
        return f"addr:{ipaddress.IPv6Network((parsed, 64), strict=False)}"
    return f"addr:{parsed}"


def prefix_bucket(token: str) -> str:
    return f"prefix:{token[:PREFIX_LENGTH]}"


class AuthThrottle:
    """The service's guessing limits: keys by address and prefix, join codes by key."""

    def __init__(self, limit_per_window: int, window: float = WINDOW_SECONDS) -> None:
        self._keys = FailureLimiter(limit_per_window, window)
        self._codes = FailureLimiter(limit_per_window, window)

    def key_failed(self, address: str, token: str) -> int | None:
        """Count a key that did not authenticate. Seconds to wait (answer 429) when its
        address or its prefix is past the limit, else None (answer 401)."""
        buckets = (address_bucket(address), prefix_bucket(token))
        waits = [self._keys.retry_after(b) for b in buckets]
        for bucket in buckets:
            self._keys.record_failure(bucket)
        known = [w for w in waits if w is not None]
        return max(known) if known else None

    def join_blocked(self, key_id: uuid.UUID) -> int | None:
        """Seconds this key must wait before trying join codes again, or None."""
        return self._codes.retry_after(f"key:{key_id}")

    def join_failed(self, key_id: uuid.UUID) -> None:
        self._codes.record_failure(f"key:{key_id}")

    def sign_up_blocked(self, address: str) -> int | None:
        """Seconds this address must wait before trying join codes to sign up (no key
        yet, so sign-ups are counted by address, like failed keys), or None."""
        return self._codes.retry_after(address_bucket(address))

    def sign_up_failed(self, address: str) -> None:
        self._codes.record_failure(address_bucket(address))
