"""The scoring core must stay free of the web framework and the database."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import app.scoring

PACKAGE = Path(app.scoring.__file__).parent
FORBIDDEN = ("fastapi", "sqlalchemy", "starlette", "alembic", "uvicorn")
ALLOWED_APP_PACKAGES = ("app.scoring", "app.questionnaire")


def _imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_module_imports_a_framework_or_database_or_outer_app_layer() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in _imported_modules(path):
            top = name.split(".")[0]
            outer_app = top == "app" and not name.startswith(ALLOWED_APP_PACKAGES)
            if top in FORBIDDEN or outer_app:
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_importing_the_package_loads_no_framework_or_database() -> None:
    code = (
        "import sys, app.scoring, app.scoring.present, app.scoring.combine\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == ""
