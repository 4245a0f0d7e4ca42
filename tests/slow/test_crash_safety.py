"""kill -9 the server under load: every acknowledged write survives, and no
assessment is left half-submitted."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.slow.serve import ADMIN, ROOT, ServeProcess
from tests.support.answers import best, complete, questionnaire

WRITERS = 6
SUBMITTERS = 3
LOAD_SECONDS = 2.0


class Load:
    def __init__(self, url: str, token: str) -> None:
        self.url, self.auth = url, {"Authorization": f"Bearer {token}"}
        self.stop = threading.Event()
        self.acked: dict[str, int] = {}  # draft → highest acknowledged write number
        self.attempted: dict[str, int] = {}
        self.submitted: set[str] = set()

    def write_loop(self, draft: str) -> None:
        with httpx.Client(base_url=self.url, headers=self.auth, timeout=10) as client:
            number = 0
            while not self.stop.is_set():
                number += 1
                self.attempted[draft] = number
                answer = {"unsure": True, "comment": f"write {number}"}
                try:
                    response = client.patch(
                        f"/v1/assessments/{draft}/answers",
                        json={"answers": {"power-purpose": answer}},
                    )
                except httpx.TransportError:
                    return
                if response.status_code == 200:
                    self.acked[draft] = number

    def submit_loop(self, drafts: list[str]) -> None:
        with httpx.Client(base_url=self.url, headers=self.auth, timeout=30) as client:
            for draft in drafts:
                if self.stop.is_set():
                    return
                try:
                    response = client.post(f"/v1/assessments/{draft}/submit")
                except httpx.TransportError:
                    return
                if response.status_code == 200:
                    self.submitted.add(draft)


def _setup(url: str) -> tuple[str, list[str], list[str]]:
    admin = {"Authorization": f"Bearer {ADMIN}"}
    with httpx.Client(base_url=url, timeout=30) as client:
        org = client.post("/v1/organisations", headers=admin, json={"name": "crash"}).json()
        token = client.post(f"/v1/organisations/{org['id']}/keys", headers=admin, json={}).json()[
            "token"
        ]
        member = {"Authorization": f"Bearer {token}"}
        answers = complete(questionnaire(ROOT / "questionnaires", "rd-core", "1.1.0"), best)

        def draft(filled: bool) -> str:
            created = client.post(
                f"/v1/organisations/{org['id']}/assessments",
                headers=member,
                json={"questionnaire": "rd-core"},
            ).json()
            if filled:
                client.patch(
                    f"/v1/assessments/{created['id']}/answers",
                    headers=member,
                    json={"answers": answers},
                ).raise_for_status()
            return str(created["id"])

        writers = [draft(False) for _ in range(WRITERS)]
        to_submit = [draft(True) for _ in range(SUBMITTERS * 40)]
    return token, writers, to_submit


def _verify(url: str, token: str, load: Load, to_submit: list[str]) -> None:
    member = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, headers=member, timeout=30) as client:
        for draft, acked in load.acked.items():
            answer = client.get(f"/v1/assessments/{draft}").json()["answers"]["power-purpose"]
            stored = int(answer["comment"].removeprefix("write "))
            assert acked <= stored <= load.attempted[draft], (draft, acked, stored)
        for draft in to_submit:
            status = client.get(f"/v1/assessments/{draft}").json()["status"]
            results = client.get(f"/v1/assessments/{draft}/results")
            if draft in load.submitted:
                assert status == "submitted", draft
            if status == "submitted":
                assert results.status_code == 200, f"{draft} submitted without results"
                assert results.json()["domains"], draft
            else:
                assert results.status_code == 409, f"{draft} has results but is a draft"


@pytest.mark.slow
@pytest.mark.parametrize("backend_name", ["sqlite", "postgresql"])
def test_kill_9_under_load_loses_no_acknowledged_write(
    backend_name: str, make_database_url: Callable[[str, str], str], tmp_path: Path
) -> None:
    url = make_database_url(backend_name, "crash")
    server = ServeProcess(url, tmp_path / "serve.log").start()
    try:
        token, writers, to_submit = _setup(server.url)
        load = Load(server.url, token)
        with ThreadPoolExecutor(WRITERS + SUBMITTERS) as pool:
            futures: list[Any] = [pool.submit(load.write_loop, d) for d in writers]
            chunk = len(to_submit) // SUBMITTERS
            futures += [
                pool.submit(load.submit_loop, to_submit[i * chunk : (i + 1) * chunk])
                for i in range(SUBMITTERS)
            ]
            time.sleep(LOAD_SECONDS)
            server.kill()
            load.stop.set()
            for future in futures:
                future.result()
        assert load.acked, "the load never got a write through"
        assert load.submitted, "the load never submitted"
        server = ServeProcess(url, tmp_path / "serve.log").start()
        _verify(server.url, token, load, to_submit)
        print(f"acked writes: {sum(load.acked.values())}, submitted: {len(load.submitted)}")
    finally:
        server.stop()
