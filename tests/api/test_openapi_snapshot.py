"""The stored snapshot of /openapi.json and docs/api-changelog.md keep up with the live
document: a change to the API without a snapshot and a changelog entry fails (issue 21)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.openapi_snapshot import (
    CHANGELOG,
    SNAPSHOT,
    current_document,
    differences,
    fingerprint,
    latest_entry,
    problems,
)
from tests.conftest import PROJECT_ROOT
from tests.support.live import LiveServer


@pytest.fixture(scope="module")
def live() -> dict[str, Any]:
    return current_document()


def _stored() -> tuple[dict[str, Any] | None, str]:
    path = PROJECT_ROOT / SNAPSHOT
    snapshot = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    return snapshot, (PROJECT_ROOT / CHANGELOG).read_text(encoding="utf-8")


def test_snapshot_and_changelog_are_in_step_with_the_live_document(
    live: dict[str, Any],
) -> None:
    snapshot, changelog = _stored()
    found = problems(live, snapshot, changelog)
    assert not found, "\n".join(found)


def test_the_served_document_is_the_one_checked(live_server: LiveServer) -> None:
    served = httpx.get(f"{live_server.url}/openapi.json", timeout=30).json()
    assert fingerprint(served) == fingerprint(current_document())


def test_a_change_without_a_snapshot_fails_and_says_how_to_fix(live: dict[str, Any]) -> None:
    snapshot, changelog = _stored()
    assert snapshot is not None
    changed = copy.deepcopy(live)
    del changed["paths"]["/v1/me"]
    changed["components"]["schemas"]["Health"]["properties"]["uptime"] = {"type": "integer"}
    [message] = problems(changed, snapshot, changelog)
    assert "operation removed: GET /v1/me" in message
    assert "component changed: Health" in message
    assert "make openapi-snapshot" in message and "docs/api-changelog.md" in message


def test_a_new_snapshot_without_a_changelog_entry_fails(live: dict[str, Any]) -> None:
    _, changelog = _stored()
    changed = copy.deepcopy(live)
    changed["info"]["version"] = "9.9.9"
    [message] = problems(changed, changed, changelog)
    assert fingerprint(changed) in message and "Add an entry at the top" in message
    entry = f"## 2027-01-01 · openapi {fingerprint(changed)}\n\n- version 9.9.9\n\n"
    head, rest = changelog.split("\n## ", 1)
    assert problems(changed, changed, f"{head}\n{entry}## {rest}") == []


def test_the_newest_entry_is_the_first_heading() -> None:
    text = "# API changelog\n\n## 2027-02-01 · openapi sha256:00000000000000aa\n\n" + (
        "## 2027-01-01 · openapi sha256:00000000000000bb\n"
    )
    assert latest_entry(text) == "sha256:00000000000000aa"
    assert latest_entry("# API changelog\n") is None


def test_differences_name_what_changed(live: dict[str, Any]) -> None:
    assert differences(live, live) == []
    more = copy.deepcopy(live)
    more["paths"]["/v1/new"] = {"get": {"responses": {}}}
    assert differences(live, more) == ["operation added: GET /v1/new"]


def test_snapshot_target_writes_the_document(tmp_path: Path) -> None:
    from app.openapi_snapshot import main

    assert main(["openapi_snapshot", str(tmp_path / "snapshot.json")]) == 0
    written = json.loads((tmp_path / "snapshot.json").read_text(encoding="utf-8"))
    assert fingerprint(written) == fingerprint(current_document())
