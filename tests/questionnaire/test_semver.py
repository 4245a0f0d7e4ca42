from __future__ import annotations

import pytest

from app.questionnaire.semver import is_semver, sort_versions, version_key


def test_semantic_version_order() -> None:
    versions = [
        "1.10.0",
        "1.0.0",
        "1.0.0-rc.1",
        "1.0.0-alpha",
        "1.0.0-alpha.10",
        "1.0.0-alpha.2",
        "0.9.9",
        "2.0.0-draft",
        "1.2.0",
    ]
    assert sort_versions(versions) == [
        "0.9.9",
        "1.0.0-alpha",
        "1.0.0-alpha.2",
        "1.0.0-alpha.10",
        "1.0.0-rc.1",
        "1.0.0",
        "1.2.0",
        "1.10.0",
        "2.0.0-draft",
    ]


def test_invalid_versions() -> None:
    assert not is_semver("1.0")
    assert not is_semver("01.0.0")
    with pytest.raises(ValueError, match="not a semantic version"):
        version_key("v1.0.0")
