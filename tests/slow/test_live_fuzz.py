"""Schemathesis's own runner, once, against a real `rdsa serve` process (its examples
phase sends the examples of /openapi.json, so they must be accepted or rightly refused)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.slow.serve import ADMIN, ServeProcess


@pytest.mark.slow
def test_schemathesis_cli_against_a_live_server(
    make_database_url: Callable[[str, str], str], tmp_path: Path
) -> None:
    server = ServeProcess(make_database_url("sqlite", "live-fuzz"), tmp_path / "serve.log").start()
    try:
        result = subprocess.run(
            [
                str(Path(sys.executable).with_name("st")),
                "run",
                f"{server.url}/openapi.json",
                "--checks",
                "all",
                # A schema cannot say which questionnaire slugs exist: a well-formed but
                # unknown slug is rightly a 422 naming the field, not "valid data refused".
                "--exclude-checks",
                "positive_data_acceptance",
                "--header",
                f"Authorization: Bearer {ADMIN}",
                "--max-examples",
                "5",
                "--seed",
                "1",
                "--phases",
                "examples,coverage,fuzzing,stateful",
                "--request-timeout",
                "30",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        server.stop()
    assert result.returncode == 0, result.stdout[-6000:]
