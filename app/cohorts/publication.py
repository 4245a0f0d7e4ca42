"""Which figures a summary view serves, and when new figures are published.

Each publication stores the basis it described (which assessment of which
organisation, with its sharing level) and its figures after disclosure control. A view
re-serves the latest publication unless the basis changed; new figures are published
only when they differ from *every* earlier publication for the same facilitator key
and questionnaire (this cohort's and its other cohorts') by none or at least k
organisations. Otherwise subtracting two publications could reveal what one
organisation, or a group smaller than k, changed. See docs/privacy.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.cohorts import aggregates, basis
from app.cohorts.disclosure import figures_allowed, publishable
from app.cohorts.facts import QuestionnaireFacts
from app.cohorts.raw import Tally
from app.cohorts.rules import Rules
from app.cohorts.summary_schemas import Figures, SummaryStatus
from app.db.base import utcnow
from app.models import Cohort, CohortPublication


@dataclass(frozen=True)
class Served:
    status: SummaryStatus
    figures: Figures | None
    reason: str  # a key of explanations.EXPLANATIONS
    submitted: Tally  # now, not at publication
    # whose data the response describes: this publication's basis, or the current one
    publication_id: uuid.UUID | None


def _lock(session: Session, cohort_id: uuid.UUID) -> None:
    """Serialise summary views of one cohort (PostgreSQL; SQLite writers already are)."""
    # FOR NO KEY UPDATE: members may still join (their rows only reference the cohort).
    lock = select(Cohort.id).where(Cohort.id == cohort_id).with_for_update(key_share=True)
    session.execute(lock)


def latest(session: Session, cohort_id: uuid.UUID, slug: str, k: int) -> CohortPublication | None:
    return session.scalars(
        select(CohortPublication)
        .where(
            CohortPublication.cohort_id == cohort_id,
            CohortPublication.questionnaire_slug == slug,
            CohortPublication.min_group_size == k,
        )
        .order_by(CohortPublication.published_at.desc(), CohortPublication.id)
        .limit(1)
    ).first()


def history(
    session: Session, owner_key_id: uuid.UUID, slug: str, k: int
) -> Sequence[CohortPublication]:
    """Every publication with figures that the cohort's facilitator key has been served."""
    return session.scalars(
        select(CohortPublication)
        .join(Cohort, Cohort.id == CohortPublication.cohort_id)
        .where(
            Cohort.owner_key_id == owner_key_id,
            CohortPublication.questionnaire_slug == slug,
            CohortPublication.min_group_size == k,
            CohortPublication.content.is_not(None),
        )
    ).all()


def _figures(publication: CohortPublication) -> Figures | None:
    if publication.content is None:
        return None
    return Figures.model_validate_json(publication.content)


def _serve(publication: CohortPublication, status: SummaryStatus, now: Tally) -> Served:
    figures = _figures(publication)
    reason = status if figures is not None else "too_few"
    return Served(
        status=status if figures is not None else "counts_only",
        figures=figures,
        reason=reason,
        submitted=now,
        publication_id=publication.id,
    )


def _counts_only(now: Tally, reason: str) -> Served:
    return Served("counts_only", None, reason, now, None)


def _publish(
    session: Session, cohort: Cohort, slug: str, facts: QuestionnaireFacts, rules: Rules
) -> CohortPublication:
    publication = CohortPublication(
        cohort_id=cohort.id,
        questionnaire_slug=slug,
        published_at=utcnow(),
        min_group_size=rules.k,
        basis_size=0,
    )
    session.add(publication)
    session.flush()
    basis.store(session, publication.id, cohort.id, slug)
    if session.get_bind().dialect.name == "postgresql":
        # The planner has never seen the rows just stored; left guessing one row it sorts
        # the findings of every organisation on disk instead of hashing them (~8 ms for
        # 10,000 rows, and the lock it takes only waits for another summary's ANALYZE).
        session.execute(text("ANALYZE cohort_publication_basis"))
    raw = aggregates.compute(session, publication.id)
    publication.basis_size = raw.submitted.total
    if figures_allowed(raw.submitted, rules):
        figures = publishable(raw, facts, rules, publication.published_at)
        publication.content = figures.model_dump_json()
    session.flush()
    return publication


def serve(
    session: Session, cohort: Cohort, slug: str, facts: QuestionnaireFacts, rules: Rules
) -> Served:
    """The figures for one view of the cohort's summary (publishing new ones if allowed).

    Runs in a write transaction: it may store a publication.
    """
    _lock(session, cohort.id)
    now = basis.submitted(session, cohort.id, slug)
    previous = latest(session, cohort.id, slug, rules.k)
    seen = {p.id: p for p in history(session, cohort.owner_key_id, slug, rules.k)}
    if previous is not None:
        seen[previous.id] = previous
    differences = basis.changed_since(session, cohort.id, slug, list(seen.values()), now.private)
    changed = None if previous is None else differences[previous.id]
    if previous is not None and changed == 0:
        return _serve(previous, "current", now)
    has_figures = previous is not None and previous.content is not None
    if not figures_allowed(now, rules):
        if previous is None or not has_figures:
            return _counts_only(now, "too_few")
        if changed is not None and changed < rules.k:
            return _serve(previous, "held", now)
        return _serve(_publish(session, cohort, slug, facts, rules), "current", now)
    if all(d == 0 or d >= rules.k for p, d in differences.items() if seen[p].content):
        return _serve(_publish(session, cohort, slug, facts, rules), "current", now)
    if previous is not None and has_figures:
        return _serve(previous, "held", now)
    return _counts_only(now, "held_back")
