"""The problem-type index: every AppError in app/errors.py, each type listed once, in a
stable order (issue 17)."""

from __future__ import annotations

import ast
from pathlib import Path

import app
from app.errors import AppError, all_error_classes
from tests.support.api import Api

APP_ROOT = Path(app.__file__).parent


def test_problems_lists_each_type_once_in_status_then_code_order(api: Api) -> None:
    listed = api.get("/problems").json()
    types = [p["type"] for p in listed]
    assert len(types) == len(set(types)), types
    keys = [(p["status"], p["type"]) for p in listed]
    assert keys == sorted(keys)
    assert api.get("/problems").json() == listed


def test_every_app_error_lives_in_app_errors() -> None:
    names = {cls.__name__ for cls in all_error_classes()}
    elsewhere = []
    for path in sorted(APP_ROOT.rglob("*.py")):
        if path.name == "errors.py" and path.parent == APP_ROOT:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
                bases |= {b.attr for b in node.bases if isinstance(b, ast.Attribute)}
                if bases & (names | {AppError.__name__}):
                    elsewhere.append(f"{path.relative_to(APP_ROOT)}: {node.name}")
    assert elsewhere == []
