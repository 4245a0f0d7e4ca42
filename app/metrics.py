"""Request counts and latencies per route template, in the Prometheus text format.

Labels are the method, the route template (``/v1/assessments/{assessment_id}``, never
a concrete id) and the status code: nothing about tenants.

One process: each app keeps its own registry. Several workers (``rdsa serve
--workers N``): ``PROMETHEUS_MULTIPROC_DIR`` names a folder where every worker writes
its counters (prometheus-client's multiprocess mode, memory-mapped files), and
``render`` adds up every worker's files, so whichever worker answers ``/metrics``
reports the whole service, counts of workers that have stopped included.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector

BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"

# No `_created` series: counts and latencies only.
disable_created_metrics()  # type: ignore[no-untyped-call]


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROCESS_ENV) or None


class Metrics:
    def __init__(self) -> None:
        self._registry = CollectorRegistry(auto_describe=True)
        self._shared = multiprocess_dir()
        # In multiprocess mode the values live in the shared files; the registry the
        # metrics are declared on then only matters for declaring them once.
        self._requests = Counter(
            "rdsa_requests",
            "HTTP requests by method, route and status.",
            ("method", "route", "status"),
            registry=self._registry,
        )
        self._duration = Histogram(
            "rdsa_request_duration_seconds",
            "Time to answer, by method and route.",
            ("method", "route"),
            buckets=BUCKETS,
            registry=self._registry,
        )

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self._requests.labels(method, route, str(status)).inc()
        self._duration.labels(method, route).observe(seconds)

    def render(self) -> str:
        if self._shared is None:
            return generate_latest(self._registry).decode()
        collected = CollectorRegistry()
        MultiProcessCollector(collected, path=self._shared)  # type: ignore[no-untyped-call]
        return generate_latest(collected).decode()


def prepare_multiprocess_dir(workers: int) -> str | None:
    """Before ``rdsa serve`` starts its workers: with more than one, make sure they
    share a folder for their counters (a fresh temporary one unless the operator
    named one in ``PROMETHEUS_MULTIPROC_DIR``), emptied of an earlier run's files."""
    chosen = multiprocess_dir()
    if chosen is None:
        if workers <= 1:
            return None
        chosen = tempfile.mkdtemp(prefix="rdsa-metrics-")
        os.environ[MULTIPROCESS_ENV] = chosen
    folder = Path(chosen)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.db"):
        stale.unlink()
    return chosen
