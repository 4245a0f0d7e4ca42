"""Fixtures for the questionnaire file machinery tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.questionnaire.loader import Tree, load_tree
from app.questionnaire.registry import Registry

from .helpers import DATA


@pytest.fixture(scope="session")
def tree() -> Tree:
    return load_tree(DATA)


@pytest.fixture(scope="session")
def registry(tree: Tree) -> Registry:
    return Registry.from_tree(tree)


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    def _write(text: str | bytes, name: str = "q.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return _write
