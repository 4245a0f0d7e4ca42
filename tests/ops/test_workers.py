"""`rdsa serve --workers 2` runs two workers, and /metrics reports what both served."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.slow.serve import ADMIN, ServeProcess
from tests.support.api import bearer

BATCH = 40


def _healthz_count(exposition: str) -> float:
    for family in text_string_to_metric_families(exposition):
        if family.name == "rdsa_requests":
            return sum(
                s.value
                for s in family.samples
                if s.name == "rdsa_requests_total" and s.labels["route"] == "/healthz"
            )
    return 0.0


def _per_worker(shared: Path, scratch: Path) -> dict[int, float]:
    """/healthz requests counted in each worker's own file (counter_<pid>.db)."""
    from prometheus_client import CollectorRegistry, generate_latest
    from prometheus_client.multiprocess import MultiProcessCollector

    counts = {}
    for file in sorted(shared.glob("counter_*.db")):
        alone = scratch / file.stem
        alone.mkdir(exist_ok=True)
        shutil.copy(file, alone / file.name)
        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=str(alone))  # type: ignore[no-untyped-call]
        counts[int(file.stem.split("_")[1])] = _healthz_count(generate_latest(registry).decode())
    return counts


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(p) for p in (task / "children").read_text().split()}
    return found


def test_two_workers_serve_and_metrics_add_both_up(
    make_database_url: Callable[[str, str], str], questionnaires_dir: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "metrics"
    shared.mkdir()
    (shared / "counter_1.db").write_bytes(b"stale")  # an earlier run's file is removed
    server = ServeProcess(
        make_database_url("sqlite", "workers"),
        tmp_path / "serve.log",
        env={
            "RDSA_QUESTIONNAIRES_DIR": str(questionnaires_dir),
            "PROMETHEUS_MULTIPROC_DIR": str(shared),
        },
        args=("--workers", "2"),
    ).start()
    try:
        assert server.process is not None
        assert not (shared / "counter_1.db").exists(), "an earlier run's counts are dropped"
        sent = 0
        with ThreadPoolExecutor(8) as pool:
            for _ in range(5):  # until both workers have answered some
                # a new connection per request, so both workers accept some
                codes = list(
                    pool.map(lambda _: httpx.get(f"{server.url}/healthz").status_code, range(BATCH))
                )
                assert codes == [200] * BATCH
                sent += BATCH
                per_worker = _per_worker(shared, tmp_path)
                if len(per_worker) == 2 and all(per_worker.values()):
                    break
        workers = _children(server.process.pid)
        assert set(per_worker) <= workers, (per_worker, workers)
        assert len(per_worker) == 2 and all(per_worker.values()), per_worker
        assert sum(per_worker.values()) == sent
        for _ in range(6):  # whichever worker answers, it reports the whole service
            metrics = httpx.get(f"{server.url}/metrics", headers=bearer(ADMIN))
            assert metrics.status_code == 200, metrics.text
            assert _healthz_count(metrics.text) == sent
        refused = httpx.get(f"{server.url}/metrics")
        assert refused.status_code == 401
    finally:
        server.stop()
    print(f"--workers 2: /healthz requests per worker {sorted(per_worker.values())}")
