"""The lock files cover every dependency declared in pyproject.toml, with hashes.

`make run` installs requirements/run.lock and `make test` requirements/dev.lock (then the
project itself with --no-deps), so a dependency missing from a lock would not be installed
at all, and a pin outside pyproject's bounds would be a version the bounds promise not to use.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def _pyproject() -> dict[str, list[Requirement]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return {
        "run": [Requirement(r) for r in project["dependencies"]],
        "dev": [Requirement(r) for r in project["optional-dependencies"]["dev"]],
    }


def _lock(name: str) -> tuple[dict[str, str], list[str]]:
    """Pinned versions by canonical name, and the names of pins without a hash."""
    text = (ROOT / "requirements" / f"{name}.lock").read_text()
    pins: dict[str, str] = {}
    unhashed: list[str] = []
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
    for block in blocks:
        match = PIN.match(block)
        if match is None:
            continue
        pins[canonicalize_name(match.group(1))] = match.group(2)
        if "--hash=sha256:" not in block:
            unhashed.append(match.group(1))
    return pins, unhashed


@pytest.mark.parametrize(
    ("lock", "groups"), [("run", ["run"]), ("dev", ["run", "dev"])], ids=["run", "dev"]
)
def test_lock_pins_every_pyproject_dependency_within_its_bounds(
    lock: str, groups: list[str]
) -> None:
    pins, unhashed = _lock(lock)
    declared = [r for g in groups for r in _pyproject()[g]]
    missing = [str(r) for r in declared if canonicalize_name(r.name) not in pins]
    assert not missing, f"requirements/{lock}.lock lacks {missing}: run `make lock`"
    outside = [
        f"{r} (locked {pins[canonicalize_name(r.name)]})"
        for r in declared
        if not r.specifier.contains(pins[canonicalize_name(r.name)], prereleases=True)
    ]
    assert not outside, f"requirements/{lock}.lock pins outside pyproject bounds: {outside}"
    assert not unhashed, f"requirements/{lock}.lock pins without hashes: {unhashed}"


def test_run_and_dev_locks_agree_so_tests_run_the_versions_that_are_served() -> None:
    run, _ = _lock("run")
    dev, _ = _lock("dev")
    differ = {n: (v, dev.get(n)) for n, v in run.items() if dev.get(n) != v}
    assert not differ, f"run.lock and dev.lock disagree (run, dev): {differ}: run `make lock`"


def test_locks_name_no_machine_specific_index() -> None:
    for lock in ("run", "dev"):
        text = (ROOT / "requirements" / f"{lock}.lock").read_text()
        assert "--find-links" not in text and "--extra-index-url" not in text, lock
