"""Request counts and latencies per route template, in the Prometheus text format.

Kept per process (with several workers, scrape each or aggregate). Labels are the
method, the route template (``/v1/assessments/{assessment_id}``, never a concrete id)
and the status code: nothing about tenants.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import defaultdict

BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[tuple[str, str, int], int] = defaultdict(int)
        self._buckets: dict[tuple[str, str], list[int]] = {}
        self._sums: dict[tuple[str, str], float] = defaultdict(float)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route)
        with self._lock:
            self._counts[(method, route, status)] += 1
            buckets = self._buckets.setdefault(key, [0] * (len(BUCKETS) + 1))
            buckets[bisect_left(BUCKETS, seconds)] += 1
            self._sums[key] += seconds

    def render(self) -> str:
        with self._lock:
            counts = dict(self._counts)
            buckets = {k: list(v) for k, v in self._buckets.items()}
            sums = dict(self._sums)
        lines = [
            "# HELP rdsa_requests_total HTTP requests by method, route and status.",
            "# TYPE rdsa_requests_total counter",
        ]
        for (method, route, status), count in sorted(counts.items()):
            labels = f'method="{method}",route="{route}",status="{status}"'
            lines.append(f"rdsa_requests_total{{{labels}}} {count}")
        lines += [
            "# HELP rdsa_request_duration_seconds Time to answer, by method and route.",
            "# TYPE rdsa_request_duration_seconds histogram",
        ]
        for (method, route), counts_by_bucket in sorted(buckets.items()):
            labels = f'method="{method}",route="{route}"'
            cumulative = 0
            for bound, count in zip((*BUCKETS, float("inf")), counts_by_bucket, strict=True):
                cumulative += count
                le = "+Inf" if bound == float("inf") else repr(bound)
                lines.append(
                    f'rdsa_request_duration_seconds_bucket{{{labels},le="{le}"}} {cumulative}'
                )
            lines.append(
                f"rdsa_request_duration_seconds_sum{{{labels}}} {sums[(method, route)]:.6f}"
            )
            lines.append(f"rdsa_request_duration_seconds_count{{{labels}}} {cumulative}")
        return "\n".join(lines) + "\n"
