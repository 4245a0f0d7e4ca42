"""Fixtures for the rd-core content tests (pure: no server, no database)."""

from __future__ import annotations

import pytest

from tests.content.rdcore import Content, load_content


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()
