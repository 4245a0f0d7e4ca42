"""Requests/second and latency of the main operations, as ratios to /healthz.

    python bench/http_bench.py                       # SQLite
    python bench/http_bench.py --postgres postgresql+psycopg://postgres@127.0.0.1/test

Starts one `rdsa serve` worker pinned to CPU 0 and drives it with wrk pinned to
CPU 1, on a fresh database. Every operation is measured in the same run as the
bare /healthz endpoint, and reported as a ratio to it (DESIGN.md §7): these
machines are noisy, so absolute numbers mean little.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.answers import best, complete, questionnaire  # noqa: E402
from tests.support.databases import fresh_postgres_database  # noqa: E402

ADMIN = "rdsa_bench_admin_token_0123456789abcdefgh"
SERVER_PIDS: dict[str, int] = {}
WRK_SCRIPT = ROOT / "bench" / "wrk_rotate.lua"


@dataclass
class Measure:
    name: str
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    errors: int
    target: float | None = None  # minimum ratio to /healthz


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _taskset(cpu: int) -> list[str]:
    if shutil.which("taskset") and (os.cpu_count() or 1) > 1:
        return ["taskset", "-c", str(cpu)]
    return []


@contextmanager
def server(
    database_url: str,
    workdir: Path,
    extra_env: dict[str, str] | None = None,
    *,
    floor: bool = False,
) -> Iterator[str]:
    """rdsa (or, with ``floor``, bench/floor_app.py) on one worker pinned to CPU 0."""
    port = _free_port()
    env = {
        **os.environ,
        "RDSA_DATABASE_URL": database_url,
        "RDSA_BOOTSTRAP_ADMIN_TOKEN": ADMIN,
        "RDSA_LOG_LEVEL": "warning",
        "RDSA_AUTH_FAILURES_PER_MINUTE": "100000",
        **(extra_env or {}),
    }
    if floor:
        uvicorn = ["-m", "uvicorn", "bench.floor_app:app", "--http", "httptools"]
        program = [*uvicorn, "--loop", "uvloop", "--log-level", "warning", "--port", str(port)]
    else:
        program = ["-m", "app.cli", "serve", "--port", str(port)]
    command = [*_taskset(0), sys.executable, *program]
    log = (workdir / ("floor.log" if floor else "server.log")).open("w")
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    SERVER_PIDS[url] = process.pid
    try:
        _wait_ready(url, process, "/docs" if floor else "/readyz")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def _wait_ready(url: str, process: subprocess.Popen[bytes], path: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server exited; see server.log")
        try:
            if httpx.get(f"{url}{path}").status_code in (200, 404):
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the server did not become ready")


def wrk(
    url: str,
    path: str,
    *,
    seconds: int,
    connections: int,
    headers: dict[str, str],
    method: str = "GET",
    body: str | None = None,
    ids_file: Path | None = None,
) -> Measure:
    command = [*_taskset(1), "wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    env = {**os.environ, "RDSA_METHOD": method, "RDSA_PATH": path, "RDSA_BODY": body or ""}
    if ids_file is not None:
        env["RDSA_IDS"] = str(ids_file)
    command += ["-s", str(WRK_SCRIPT), url]
    output = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
    if os.environ.get("RDSA_BENCH_DEBUG"):
        print(output, file=sys.stderr)
    return _parse_wrk(path, output)


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def _parse_wrk(name: str, output: str) -> Measure:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return Measure(name, rps, p50, p99, int(errors.group(1)) if errors else 0)


class Setup:
    """Organisation, key and assessments the load needs, made over the API."""

    def __init__(self, url: str) -> None:
        self.client = httpx.Client(base_url=url, timeout=60)
        admin = {"Authorization": f"Bearer {ADMIN}"}
        org = self.client.post("/v1/organisations", headers=admin, json={"name": "bench"}).json()
        key = self.client.post(f"/v1/organisations/{org['id']}/keys", headers=admin, json={})
        self.org_id = org["id"]
        self.auth = {"Authorization": f"Bearer {key.json()['token']}"}
        self.answers = complete(questionnaire(ROOT / "questionnaires", "rd-core", "1.0.0"), best)

    def draft(self, answers: dict[str, Any]) -> str:
        created = self.client.post(
            f"/v1/organisations/{self.org_id}/assessments",
            headers=self.auth,
            json={"questionnaire": "rd-core"},
        ).json()
        if answers:
            response = self.client.patch(
                f"/v1/assessments/{created['id']}/answers",
                headers=self.auth,
                json={"answers": answers},
            )
            response.raise_for_status()
        return str(created["id"])

    def drafts(self, count: int, answers: dict[str, Any]) -> list[str]:
        with ThreadPoolExecutor(4) as pool:
            return list(pool.map(lambda _: self.draft(answers), range(count)))

    def ten_answers(self) -> dict[str, Any]:
        scored = [q for q in self.answers if not q.startswith("ctx-")]
        return {q: self.answers[q] for q in scored[:10]}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def mixed_load(setup: Setup, count: int) -> None:
    """``count`` requests of the everyday kinds, from 4 client threads."""
    drafts = setup.drafts(20, {})
    submitted = setup.drafts(10, setup.answers)
    for assessment in submitted:
        setup.client.post(f"/v1/assessments/{assessment}/submit", headers=setup.auth)
    ten = {"answers": setup.ten_answers()}
    calls = [
        lambda i: setup.client.get("/v1/questionnaires/rd-core/versions/1.0.0?lang=pt"),
        lambda i: setup.client.get(f"/v1/assessments/{drafts[i % 20]}", headers=setup.auth),
        lambda i: setup.client.patch(
            f"/v1/assessments/{drafts[i % 20]}/answers", headers=setup.auth, json=ten
        ),
        lambda i: setup.client.get(
            f"/v1/assessments/{submitted[i % 10]}/results?lang=es", headers=setup.auth
        ),
        lambda i: setup.client.get("/v1/resources?lang=fr"),
        lambda i: setup.client.get("/v1/me", headers=setup.auth),
    ]
    with ThreadPoolExecutor(4) as pool:
        for response in pool.map(lambda i: calls[i % len(calls)](i), range(count)):
            assert response.status_code == 200, response.text


# (name, minimum ratio, to what: "ceiling" is /healthz, "floor" the lean durable write)
OPERATIONS: list[tuple[str, float | None, str]] = [
    ("GET /healthz (ceiling)", None, "ceiling"),
    ("GET questionnaire (rd-core, es)", 0.70, "ceiling"),
    ("same, If-None-Match → 304", 0.85, "ceiling"),
    ("GET /v1/me", 0.50, "ceiling"),
    ("GET /v1/assessments/{id} (59 answers)", 0.50, "ceiling"),
    ("floor: bare PATCH 10 upserts", None, "floor"),
    ("PATCH 10 answers", 0.60, "floor"),
    ("submit + score + store", 0.40, "floor"),
]


def run(
    database_url: str, seconds: int, connections: int, submits: int, env: dict[str, str]
) -> tuple[list[Measure], float]:
    with tempfile.TemporaryDirectory() as tmp, server(database_url, Path(tmp), env) as url:
        setup = Setup(url)
        rd_core = "/v1/questionnaires/rd-core/versions/1.0.0?lang=es"
        etag = setup.client.get(rd_core).headers["etag"]
        patch_ids = Path(tmp) / "patch.ids"
        patch_ids.write_text("\n".join(setup.drafts(50, {})))
        submit_ids = Path(tmp) / "submit.ids"
        submit_ids.write_text("\n".join(setup.drafts(submits, setup.answers)))
        load = {"seconds": seconds, "connections": connections}
        results = [wrk(url, "/healthz", headers={}, **load)]
        results.append(wrk(url, rd_core, headers={}, **load))
        results.append(wrk(url, rd_core, headers={"If-None-Match": etag}, **load))
        results.append(wrk(url, "/v1/me", headers=setup.auth, **load))
        results.append(
            wrk(url, "/v1/assessments/{id}", headers=setup.auth, ids_file=submit_ids, **load)
        )
        body = json.dumps({"answers": setup.ten_answers()})
        json_headers = {**setup.auth, "Content-Type": "application/json"}
        patch = {"body": body, "headers": json_headers, "ids_file": patch_ids, **load}
        with server(database_url, Path(tmp), env, floor=True) as floor:
            results.append(wrk(floor, "/floor/{id}", method="PATCH", **patch))  # type: ignore[arg-type]
        results.append(wrk(url, "/v1/assessments/{id}/answers", method="PATCH", **patch))  # type: ignore[arg-type]
        results.append(
            wrk(
                url,
                "/v1/assessments/{id}/submit",
                method="POST",
                headers=setup.auth,
                ids_file=submit_ids,
                **load,
            )
        )
        mixed_load(setup, 10_000)
        rss = rss_mb(SERVER_PIDS[url])
    for measure, (name, target, _) in zip(results, OPERATIONS, strict=True):
        measure.name, measure.target = name, target
    return results, rss


def table(results: list[Measure], label: str) -> str:
    ceiling, floor = results[0].requests_per_s, results[5].requests_per_s
    lines = [
        f"{label}",
        f"{'operation':38} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'/healthz':>8} "
        f"{'/floor':>7} {'target':>12} {'errors':>6}",
    ]
    for m, (_, _, basis) in zip(results, OPERATIONS, strict=True):
        to_ceiling, to_floor = m.requests_per_s / ceiling, m.requests_per_s / floor
        ratio = to_floor if basis == "floor" else to_ceiling
        target = "" if m.target is None else f"≥{m.target:.0%} {basis}"
        verdict = "" if m.target is None else (" ok" if ratio >= m.target else " MISS")
        lines.append(
            f"{m.name:38} {m.requests_per_s:8.0f} {m.p50_ms:7.2f} {m.p99_ms:7.2f} "
            f"{to_ceiling:8.1%} {to_floor:7.0%} {target:>12} {m.errors:6d}{verdict}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="a PostgreSQL server URL; the bench creates a fresh database rdsa_bench beside it "
        "(default: a fresh SQLite file)",
    )
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--submits", type=int, default=1000, help="drafts prepared for submit")
    parser.add_argument(
        "--sqlite-synchronous",
        choices=["FULL", "NORMAL"],
        default="FULL",
        help="SQLite durability (FULL, the default, syncs every commit to disk)",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed (Debian: apt-get install wrk)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        if args.postgres:
            url = fresh_postgres_database(args.postgres, "rdsa_bench")
        env = {"RDSA_SQLITE_SYNCHRONOUS": args.sqlite_synchronous}
        results, rss = run(url, args.seconds, args.connections, args.submits, env)
    backend = url.split(":")[0].split("+")[0]
    if backend == "sqlite":
        backend += f" (synchronous={args.sqlite_synchronous})"
    print(table(results, f"database: {backend}, one worker, wrk -c{args.connections}"))
    verdict = "ok" if rss <= 150 else "MISS"
    print(f"worker RSS after 10,000 mixed requests: {rss:.0f} MB (target ≤ 150 MB) {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
