"""The stored snapshot of /openapi.json and the API changelog that must keep up with it.

``make openapi-snapshot`` (``python -m app.openapi_snapshot``) writes the current document
to docs/openapi-snapshot.json and prints its fingerprint; the newest entry of
docs/api-changelog.md must name that fingerprint. tests/api/test_openapi_snapshot.py
fails while either is behind the live document.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

SNAPSHOT = Path("docs/openapi-snapshot.json")
CHANGELOG = Path("docs/api-changelog.md")
# The newest entry is the first second-level heading; it names a fingerprint.
_ENTRY = re.compile(r"^## .*?\bopenapi (sha256:[0-9a-f]{16})\b", re.MULTILINE)
_METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}
HOW_TO_FIX = (
    "If the change is intended: run `make openapi-snapshot`, then add an entry at the top "
    "of docs/api-changelog.md whose heading names the fingerprint it prints "
    "(`## YYYY-MM-DD · openapi sha256:…`), saying what changed and whether it is breaking "
    "(docs/integrating.md, API change policy). Commit both files with the change."
)


def current_document() -> dict[str, Any]:
    """/openapi.json exactly as the service serves it (building it needs no database)."""
    from app.config import Settings
    from app.main import create_app

    document: dict[str, Any] = create_app(Settings(database_url="sqlite://")).openapi()
    return document


def fingerprint(document: dict[str, Any]) -> str:
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()[:16]


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def latest_entry(changelog: str) -> str | None:
    """The fingerprint the newest changelog entry names."""
    match = _ENTRY.search(changelog)
    return match.group(1) if match else None


def _operations(document: dict[str, Any]) -> dict[str, Any]:
    return {
        f"{method.upper()} {path}": operation
        for path, item in document.get("paths", {}).items()
        for method, operation in item.items()
        if method in _METHODS
    }


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What changed from one document to another, in a few words per item."""
    found: list[str] = []
    for kind, a, b in (
        ("operation", _operations(old), _operations(new)),
        (
            "component",
            old.get("components", {}).get("schemas", {}),
            new.get("components", {}).get("schemas", {}),
        ),
    ):
        found += [f"{kind} added: {k}" for k in sorted(set(b) - set(a))]
        found += [f"{kind} removed: {k}" for k in sorted(set(a) - set(b))]
        found += [f"{kind} changed: {k}" for k in sorted(set(a) & set(b)) if a[k] != b[k]]
    rest = {k for k in set(old) | set(new) if k not in {"paths", "components"}}
    found += [f"changed: {k}" for k in sorted(rest) if old.get(k) != new.get(k)]
    return found


def problems(live: dict[str, Any], snapshot: dict[str, Any] | None, changelog: str) -> list[str]:
    """Why the snapshot and the changelog are not in step with the live document."""
    live_print = fingerprint(live)
    if snapshot is None:
        return [f"There is no snapshot of /openapi.json at {SNAPSHOT}. {HOW_TO_FIX}"]
    if fingerprint(snapshot) != live_print:
        changes = differences(snapshot, live)
        listed = "\n  ".join(changes[:40]) + ("\n  …" if len(changes) > 40 else "")
        return [
            f"/openapi.json ({live_print}) differs from {SNAPSHOT} "
            f"({fingerprint(snapshot)}):\n  {listed}\n{HOW_TO_FIX}"
        ]
    named = latest_entry(changelog)
    if named != live_print:
        return [
            f"The newest entry of {CHANGELOG} names {named or 'no fingerprint'}, but the "
            f"snapshot is {live_print}. Add an entry at the top headed "
            f"`## YYYY-MM-DD · openapi {live_print}` saying what changed and whether it is "
            "breaking (docs/integrating.md, API change policy)."
        ]
    return []


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else SNAPSHOT
    document = current_document()
    target.write_text(render(document), encoding="utf-8")
    print(f"wrote {target}: openapi {fingerprint(document)}")
    print(f"Now name it in a new entry at the top of {CHANGELOG}:")
    print(f"## YYYY-MM-DD · openapi {fingerprint(document)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
