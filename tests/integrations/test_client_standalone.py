"""The client can be copied into another project: it needs only httpx and the stdlib."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import app.client

PACKAGE = Path(app.client.__file__).parent


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_the_client_imports_only_httpx_the_stdlib_and_itself() -> None:
    allowed = set(sys.stdlib_module_names) | {"httpx", "__future__"}
    offenders = [
        f"{path.name}: {name}"
        for path in sorted(PACKAGE.glob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] not in allowed and not name.startswith("app.client")
    ]
    assert offenders == []
