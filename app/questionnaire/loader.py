"""Loading questionnaire files, the resource catalogue and whole trees.

A *tree* is the ``questionnaires/`` folder: ``resources.yaml`` plus one
``<slug>/<version>.yaml`` per questionnaire version (other files, such as
``schema.json``, are ignored). The ``load_*`` functions raise one
:class:`~app.questionnaire.problems.QuestionnaireError` carrying every problem;
the ``inspect_*`` functions return the problems instead (for the CLI).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.questionnaire.model import Questionnaire, ResourceCatalogue, Status
from app.questionnaire.problems import Code, Level, Problem, QuestionnaireError, errors_in
from app.questionnaire.resources import check_resources
from app.questionnaire.semver import version_key
from app.questionnaire.source import SourceMap
from app.questionnaire.validate import ExpectedName, check_questionnaire
from app.questionnaire.versions import VersionFile, check_version_links
from app.questionnaire.yamlsafe import read_yaml_file

RESOURCES_FILE = "resources.yaml"
QUESTIONNAIRE_SUFFIX = ".yaml"


@dataclass(frozen=True)
class LoadedQuestionnaire:
    model: Questionnaire
    content_hash: str
    path: Path
    warnings: tuple[Problem, ...] = ()
    source: SourceMap = field(default_factory=SourceMap, compare=False, repr=False)

    @property
    def slug(self) -> str:
        return self.model.slug

    @property
    def version(self) -> str:
        return self.model.version

    @property
    def status(self) -> Status:
        return self.model.status


def canonical_json(model: Questionnaire) -> bytes:
    """The content as canonical JSON: aliases, defaults left out, sorted keys, UTF-8.

    Defaults are left out so that spelling a default out (``required: true``)
    or a new optional key in a later release of the format does not change the
    hash of a published file. ``status`` is left out too: retiring a published
    version is a change of status, not of content.
    """
    data = model.model_dump(mode="json", by_alias=True, exclude_defaults=True, exclude={"status"})
    text = json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def content_hash(model: Questionnaire) -> str:
    return "sha256:" + hashlib.sha256(canonical_json(model)).hexdigest()


@dataclass(frozen=True)
class Inspection:
    loaded: LoadedQuestionnaire | None
    problems: list[Problem]


def inspect_questionnaire(
    path: Path,
    *,
    resource_ids: frozenset[str] | None = None,
    expected: ExpectedName | None = None,
    display_name: str | None = None,
) -> Inspection:
    name = display_name or str(path)
    try:
        parsed = read_yaml_file(path, name)
    except QuestionnaireError as exc:
        return Inspection(None, list(exc.problems))
    checked = check_questionnaire(parsed, name, resource_ids=resource_ids, expected=expected)
    if checked.model is None:
        return Inspection(None, checked.problems)
    warnings = tuple(p for p in checked.problems if not p.is_error)
    loaded = LoadedQuestionnaire(
        checked.model, content_hash(checked.model), path, warnings, parsed.source
    )
    return Inspection(loaded, checked.problems)


def load_questionnaire(
    path: Path,
    *,
    resources: ResourceCatalogue | None = None,
    check_file_name: bool = False,
) -> LoadedQuestionnaire:
    """Load and validate one file; with ``resources``, resource references are checked too."""
    resource_ids = None if resources is None else frozenset(r.id for r in resources.resources)
    expected = ExpectedName(path.parent.name, path.stem) if check_file_name else None
    inspection = inspect_questionnaire(path, resource_ids=resource_ids, expected=expected)
    if inspection.loaded is None:
        raise QuestionnaireError(inspection.problems)
    return inspection.loaded


def inspect_resources(
    path: Path, display_name: str | None = None
) -> tuple[ResourceCatalogue | None, list[Problem]]:
    name = display_name or str(path)
    try:
        parsed = read_yaml_file(path, name)
    except QuestionnaireError as exc:
        return None, list(exc.problems)
    checked = check_resources(parsed, name)
    return checked.catalogue, checked.problems


def load_resources(path: Path) -> ResourceCatalogue:
    catalogue, problems = inspect_resources(path)
    if catalogue is None:
        raise QuestionnaireError(problems)
    return catalogue


def check_published_hashes(
    questionnaires: list[LoadedQuestionnaire], stored: Mapping[tuple[str, str], str]
) -> list[Problem]:
    """Problems for published or retired files whose hash differs from the stored one.

    ``stored`` maps ``(slug, version)`` to the hash recorded when the version
    was first seen (the service keeps it in its database).
    """
    problems: list[Problem] = []
    for loaded in questionnaires:
        recorded = stored.get((loaded.slug, loaded.version))
        if loaded.status is Status.DRAFT or recorded is None or recorded == loaded.content_hash:
            continue
        message = (
            f"published version {loaded.version} has changed since it was first loaded "
            f"(hash {recorded} is now {loaded.content_hash}); published versions are immutable: "
            "restore the file and publish a new version with migrates_from instead"
        )
        problems.append(
            Problem(str(loaded.path), None, "", message, Level.ERROR, Code.PUBLISHED_CHANGED)
        )
    return problems


# ------------------------------------------------------------------------------ trees


@dataclass(frozen=True)
class Tree:
    root: Path
    resources: ResourceCatalogue
    questionnaires: tuple[LoadedQuestionnaire, ...]
    warnings: tuple[Problem, ...] = ()

    def get(self, slug: str, version: str) -> LoadedQuestionnaire | None:
        for loaded in self.questionnaires:
            if loaded.slug == slug and loaded.version == version:
                return loaded
        return None


@dataclass(frozen=True)
class TreeInspection:
    tree: Tree | None
    problems: list[Problem]
    files_checked: int


def inspect_tree(root: Path) -> TreeInspection:
    """Check ``root/resources.yaml`` and every ``root/<slug>/<version>.yaml``."""
    if not root.is_dir():
        problem = Problem(str(root), None, "", "not a folder", Level.ERROR, Code.UNREADABLE)
        return TreeInspection(None, [problem], 0)
    catalogue, problems = _tree_catalogue(root)
    resource_ids = None if catalogue is None else frozenset(r.id for r in catalogue.resources)
    loaded: list[LoadedQuestionnaire] = []
    files = _questionnaire_files(root, problems)
    for path in files:
        expected = ExpectedName(path.parent.name, path.stem)
        inspection = inspect_questionnaire(path, resource_ids=resource_ids, expected=expected)
        problems.extend(inspection.problems)
        if inspection.loaded is not None:
            loaded.append(inspection.loaded)
    problems.extend(
        check_version_links([VersionFile(q.model, str(q.path), q.source) for q in loaded])
    )
    if catalogue is None or errors_in(problems):
        return TreeInspection(None, problems, len(files) + 1)
    loaded.sort(key=lambda q: (q.slug, version_key(q.version)))
    tree = Tree(root, catalogue, tuple(loaded), tuple(p for p in problems if not p.is_error))
    return TreeInspection(tree, problems, len(files) + 1)


def load_tree(root: Path) -> Tree:
    """Load a whole tree, or raise one ``QuestionnaireError`` with all problems of all files."""
    inspection = inspect_tree(root)
    if inspection.tree is None:
        raise QuestionnaireError(inspection.problems)
    return inspection.tree


def _tree_catalogue(root: Path) -> tuple[ResourceCatalogue | None, list[Problem]]:
    path = root / RESOURCES_FILE
    if not path.is_file():
        message = "the resource catalogue is missing (every questionnaire folder needs one)"
        return None, [Problem(str(path), None, "", message, Level.ERROR, Code.MISSING_CATALOGUE)]
    return inspect_resources(path)


def _questionnaire_files(root: Path, problems: list[Problem]) -> list[Path]:
    found: list[Path] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            if path.suffix == QUESTIONNAIRE_SUFFIX:
                found.append(path)
            elif path.suffix == ".yml":
                message = "ignored: questionnaire files must end in .yaml"
                problems.append(
                    Problem(str(path), None, "", message, Level.WARNING, Code.FILE_NAME)
                )
    return found
