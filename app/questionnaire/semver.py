"""Ordering of semantic versions (semver.org §11): 1.0.0-draft < 1.0.0 < 1.0.1 < 1.10.0."""

from __future__ import annotations

import re

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$")

# A pre-release sorts before its release: (0, parts) < (1,) at the same numbers.
VersionKey = tuple[int, int, int, tuple[int, tuple[tuple[int, int | str], ...]]]


def is_semver(version: str) -> bool:
    return _SEMVER.match(version) is not None


def version_key(version: str) -> VersionKey:
    """A sort key; raises ``ValueError`` for a string that is not a semantic version."""
    match = _SEMVER.match(version)
    if match is None:
        raise ValueError(f"not a semantic version: {version!r}")
    major, minor, patch, pre = match.groups()
    if pre is None:
        return int(major), int(minor), int(patch), (1, ())
    return int(major), int(minor), int(patch), (0, tuple(_identifier(p) for p in pre.split(".")))


def _identifier(part: str) -> tuple[int, int | str]:
    # Numeric identifiers sort numerically and before alphanumeric ones.
    return (0, int(part)) if part.isdigit() else (1, part)


def sort_versions(versions: list[str]) -> list[str]:
    return sorted(versions, key=version_key)
