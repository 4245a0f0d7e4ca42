"""The benchmark script keeps working (a few runs only; timing is not asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_runs_on_the_synthetic_questionnaire() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_scoring.py"), "--runs", "5"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=ROOT,
    )
    assert "7 domains, 63 questions, 8 context, 35 issues, 20 strengths, 4 locales" in done.stdout
    assert "evaluate: median" in done.stdout
    assert "evaluate+present: median" in done.stdout
