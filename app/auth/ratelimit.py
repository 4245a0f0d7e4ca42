"""Slow down key guessing: a client with too many failed authentications waits."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque

WINDOW_SECONDS = 60.0
MAX_TRACKED_CLIENTS = 10_000


class FailureLimiter:
    def __init__(self, limit_per_window: int, window: float = WINDOW_SECONDS) -> None:
        self._limit = limit_per_window
        self._window = window
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int | None:
        """Seconds the client must wait, or None if it may try now."""
        now = time.monotonic()
        with self._lock:
            failures = self._failures.get(client)
            if failures is None:
                return None
            self._expire(failures, now)
            if len(failures) < self._limit:
                return None
            return max(1, int(failures[0] + self._window - now) + 1)

    def record_failure(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            failures = self._failures.pop(client, None) or deque()
            self._expire(failures, now)
            failures.append(now)
            self._failures[client] = failures
            while len(self._failures) > MAX_TRACKED_CLIENTS:
                self._failures.popitem(last=False)

    def _expire(self, failures: deque[float], now: float) -> None:
        while failures and failures[0] <= now - self._window:
            failures.popleft()
