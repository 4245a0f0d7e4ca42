"""The cohort benchmark keeps working (one tiny size, a few runs; timing is not asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_runs_on_sqlite() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "bench_cohort.py"),
            *("--sizes", "10,20", "--databases", "sqlite", "--runs", "2", "--pool", "5"),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=180,
        cwd=ROOT,
    )
    assert "10 orgs   publish: median" in done.stdout
    assert "20 orgs unchanged: median" in done.stdout
    assert "publish: 20/10:" in done.stdout
