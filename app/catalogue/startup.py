"""Load the questionnaire tree at start-up and pin published versions' hashes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.locks import startup_turn
from app.models import QuestionnaireVersion
from app.questionnaire.loader import LoadedQuestionnaire, Tree, check_published_hashes, load_tree
from app.questionnaire.model import Status
from app.questionnaire.problems import Code, Level, Problem, QuestionnaireError
from app.questionnaire.registry import Registry


class QuestionnairesRefused(Exception):
    """The questionnaire files cannot be served; the message lists every problem."""


def load_registry(root: Path, db: Database) -> Registry:
    try:
        tree = load_tree(root)
    except QuestionnaireError as exc:
        raise QuestionnairesRefused(_describe(exc.problems)) from None
    with db.write_transaction() as session:
        startup_turn(session)
        _pin_versions(session, tree)
    return Registry.from_tree(tree)


def _describe(problems: Sequence[Problem]) -> str:
    errors = [p.format() for p in problems if p.is_error]
    return "questionnaire files refused:\n  " + "\n  ".join(errors)


def _pin_versions(session: Session, tree: Tree) -> None:
    stored = {(row.slug, row.version): row for row in session.scalars(select(QuestionnaireVersion))}
    pinned = {key: row.content_hash for key, row in stored.items() if row.status != Status.DRAFT}
    problems = check_published_hashes(list(tree.questionnaires), pinned)
    problems.extend(_missing_published(tree, stored))
    if problems:
        raise QuestionnairesRefused(_describe(problems))
    for loaded in tree.questionnaires:
        _record(session, stored.get((loaded.slug, loaded.version)), loaded)


def _missing_published(
    tree: Tree, stored: dict[tuple[str, str], QuestionnaireVersion]
) -> list[Problem]:
    return [
        Problem(
            str(tree.root / slug / f"{version}.yaml"),
            None,
            "",
            f"published version {version} of '{slug}' is missing; published versions must "
            "stay (set `status: retired` instead of deleting the file)",
            Level.ERROR,
            Code.PUBLISHED_CHANGED,
        )
        for (slug, version), row in stored.items()
        if row.status != Status.DRAFT and tree.get(slug, version) is None
    ]


def _record(
    session: Session, row: QuestionnaireVersion | None, loaded: LoadedQuestionnaire
) -> None:
    published = loaded.status is not Status.DRAFT
    if row is None:
        session.add(
            QuestionnaireVersion(
                slug=loaded.slug,
                version=loaded.version,
                content_hash=loaded.content_hash,
                status=loaded.status.value,
                published_at=utcnow() if published else None,
            )
        )
        return
    if row.status == Status.DRAFT and published:
        row.published_at = utcnow()
    row.content_hash = loaded.content_hash
    row.status = loaded.status.value
