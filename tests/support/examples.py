"""Hypothesis example counts under the two profiles (tests/conftest.py registers them).

``ci`` (the default; ``make test`` and CI) keeps each test's own count; ``dev``
(``RDSA_HYPOTHESIS_PROFILE=dev``, as ``make test-fast`` sets) caps every count at
``DEV_EXAMPLES`` for a quick loop while editing."""

from __future__ import annotations

import os

PROFILE_VARIABLE = "RDSA_HYPOTHESIS_PROFILE"
DEV_EXAMPLES = 10


def profile() -> str:
    return os.environ.get(PROFILE_VARIABLE, "ci")


def examples(count: int) -> int:
    """``count`` under ``ci``; at most ``DEV_EXAMPLES`` under ``dev``."""
    return min(count, DEV_EXAMPLES) if profile() == "dev" else count
