from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from app.questionnaire.validate_cli import run

from .helpers import BROKEN, DATA, minimal


def _run(*paths: str | Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run([str(p) for p in paths], out)
    return code, out.getvalue().splitlines()


def test_a_valid_tree_passes_and_prints_warnings_and_a_summary() -> None:
    code, lines = _run(DATA)
    assert code == 0
    assert lines[-1] == "checked 4 files: 0 errors, 2 warnings"
    assert all(": warning: " in line for line in lines[:-1])
    assert lines[0].startswith(f"{DATA}/example/2.0.0-draft.yaml:")


def test_a_broken_file_fails_with_file_line_path_message() -> None:
    code, lines = _run(BROKEN / "unknown-key-typo.yaml")
    assert code == 1
    assert lines[0] == (
        f"{BROKEN}/unknown-key-typo.yaml:21: domains[d1].questions[q1].wieght: "
        "unknown key 'wieght' (did you mean 'weight'?) [unknown-key]"
    )
    assert lines[-1] == "checked 1 file: 1 error, 0 warnings"


def test_several_paths_and_a_missing_one() -> None:
    code, lines = _run(
        DATA / "example" / "1.0.0.yaml", "no/such/file.yaml", DATA / "resources.yaml"
    )
    assert code == 1
    assert lines == [
        "no/such/file.yaml: no such file or folder [unreadable]",
        "checked 2 files: 1 error, 0 warnings",
    ]


def test_a_file_inside_a_tree_is_checked_against_its_catalogue_and_name(tmp_path: Path) -> None:
    root = tmp_path / "questionnaires"
    shutil.copytree(DATA, root)
    path = root / "example" / "1.3.0.yaml"
    path.write_text(minimal().replace("slug: mini", "slug: example"))
    code, lines = _run(path)
    assert code == 1
    assert "does not match the file name '1.3.0.yaml'" in lines[0]


def test_a_file_outside_a_tree_is_checked_alone(tmp_path: Path) -> None:
    path = tmp_path / "draft.yaml"
    path.write_text(minimal())
    assert _run(path) == (0, ["checked 1 file: no problems"])


def test_the_default_path_is_questionnaires(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(DATA, tmp_path / "questionnaires")
    monkeypatch.chdir(tmp_path)
    code, lines = _run()
    assert code == 0
    assert lines[-1] == "checked 4 files: 0 errors, 2 warnings"
