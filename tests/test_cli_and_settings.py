from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.config import Settings

RDSA = [sys.executable, "-m", "app.cli"]


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, env={**os.environ, **env}, cwd=cwd, capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def sqlite_env(tmp_path: Path) -> dict[str, str]:
    return {"RDSA_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}


def test_defaults_match_the_design() -> None:
    settings = Settings()
    assert settings.database_url == "sqlite:///./var/rdsa.db"
    assert settings.max_body_bytes == 1024 * 1024
    assert settings.min_group_size == 5
    assert settings.sqlite_synchronous == "FULL"


def test_postgresql_urls_use_psycopg() -> None:
    settings = Settings(database_url="postgresql://u@h/db")
    assert settings.database_url == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("RDSA_MIN_GROUP_SIZE", "many"),
        ("RDSA_DATABASE_URL", "mysql://x"),
        ("RDSA_BOOTSTRAP_ADMIN_TOKEN", "changeme"),
        ("RDSA_LOG_LEVEL", "loud"),
    ],
)
def test_invalid_setting_stops_with_one_clear_line(
    name: str, value: str, tmp_path: Path, project_root: Path
) -> None:
    for command in ([*RDSA, "migrate"], [sys.executable, "-c", "import app.main"]):
        result = _run(command, {name: value}, project_root)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(f"rdsa: invalid setting {name}:")


def test_migrate_then_create_keys(sqlite_env: dict[str, str], project_root: Path) -> None:
    assert _run([*RDSA, "migrate"], sqlite_env, project_root).returncode == 0
    admin = _run([*RDSA, "create-key", "--role", "admin"], sqlite_env, project_root)
    assert admin.returncode == 0
    token = admin.stdout.strip()
    assert token.startswith("rdsa_")
    assert "shown once" in admin.stderr
    member = _run([*RDSA, "create-key", "--role", "member"], sqlite_env, project_root)
    assert member.returncode == 2
    assert "--org" in member.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_serve_migrates_and_becomes_ready(sqlite_env: dict[str, str], project_root: Path) -> None:
    port = _free_port()
    token = "rdsa_serve_test_token_0123456789abcdef"
    env = {**os.environ, **sqlite_env, "RDSA_BOOTSTRAP_ADMIN_TOKEN": token}
    process = subprocess.Popen(
        [*RDSA, "serve", "--port", str(port)],
        env=env,
        cwd=project_root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/readyz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not become ready"
            time.sleep(0.1)
        me = httpx.get(f"{url}/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.json()["role"] == "admin"
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=15)
    assert f"serving on http://127.0.0.1:{port}" in output
    assert token not in output


def test_ci_fails_loudly_when_postgresql_is_unreachable(project_root: Path, tmp_path: Path) -> None:
    env = {
        "CI": "true",
        "RDSA_TEST_DATABASE_URL": "postgresql+psycopg://postgres@127.0.0.1:1/test",
    }
    result = _run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:xdist",
            "-p",
            "no:cacheprovider",
            "tests/db/test_migrations.py",
        ],
        env,
        project_root,
    )
    assert result.returncode != 0
    assert "unreachable" in result.stdout
    assert "1 failed" in result.stdout
