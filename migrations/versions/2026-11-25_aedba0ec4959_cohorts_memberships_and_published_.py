"""Cohorts, memberships, published summaries with their basis; indexes for summaries

Revision ID: aedba0ec4959
Revises: 01ad2338f742
Create Date: 2026-11-25 14:02:07.004769
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "aedba0ec4959"
down_revision: str | None = "01ad2338f742"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cohorts",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("owner_key_id", sa.Uuid(), nullable=False),
        sa.Column("join_code_hash", sa.String(length=64), nullable=False),
        sa.Column("join_code_hint", sa.String(length=8), nullable=False),
        sa.Column("join_code_rotated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohorts")),
        sa.UniqueConstraint("join_code_hash", name=op.f("uq_cohorts_join_code_hash")),
    )
    with op.batch_alter_table("cohorts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cohorts_owner_key_id"), ["owner_key_id"], unique=False)

    op.create_table(
        "cohort_members",
        sa.Column("cohort_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sharing_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "sharing IN ('aggregate', 'results')", name=op.f("ck_cohort_members_known_sharing")
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohorts.id"],
            name=op.f("fk_cohort_members_cohort_id_cohorts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_cohort_members_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("cohort_id", "organisation_id", name=op.f("pk_cohort_members")),
    )
    with op.batch_alter_table("cohort_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cohort_members_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "cohort_publications",
        sa.Column("cohort_id", sa.Uuid(), nullable=False),
        sa.Column("questionnaire_slug", sa.String(length=64), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("min_group_size", sa.Integer(), nullable=False),
        sa.Column("basis_size", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohorts.id"],
            name=op.f("fk_cohort_publications_cohort_id_cohorts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort_publications")),
    )
    with op.batch_alter_table("cohort_publications", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cohort_publications_cohort_slug", ["cohort_id", "questionnaire_slug"], unique=False
        )

    op.create_table(
        "cohort_publication_basis",
        sa.Column("publication_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("latest_assessment_id", sa.Uuid(), nullable=False),
        sa.Column("first_assessment_id", sa.Uuid(), nullable=True),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "sharing IN ('aggregate', 'results')",
            name=op.f("ck_cohort_publication_basis_known_sharing"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_cohort_publication_basis_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["publication_id"],
            ["cohort_publications.id"],
            name=op.f("fk_cohort_publication_basis_publication_id_cohort_publications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "publication_id", "organisation_id", name=op.f("pk_cohort_publication_basis")
        ),
    )
    with op.batch_alter_table("cohort_publication_basis", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cohort_publication_basis_organisation_id"),
            ["organisation_id"],
            unique=False,
        )

    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessments_organisation_slug_status",
            ["organisation_id", "questionnaire_slug", "status", "submitted_at"],
            unique=False,
        )

    with op.batch_alter_table("result_domains", schema=None) as batch_op:
        batch_op.create_index(
            "ix_result_domains_assessment_score",
            ["assessment_id", "domain_id", "score"],
            unique=False,
        )

    with op.batch_alter_table("result_findings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_result_findings_assessment_severity",
            ["assessment_id", "kind", "finding_id", "severity"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("result_findings", schema=None) as batch_op:
        batch_op.drop_index("ix_result_findings_assessment_severity")

    with op.batch_alter_table("result_domains", schema=None) as batch_op:
        batch_op.drop_index("ix_result_domains_assessment_score")

    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_assessments_organisation_slug_status")

    with op.batch_alter_table("cohort_publication_basis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohort_publication_basis_organisation_id"))

    op.drop_table("cohort_publication_basis")
    with op.batch_alter_table("cohort_publications", schema=None) as batch_op:
        batch_op.drop_index("ix_cohort_publications_cohort_slug")

    op.drop_table("cohort_publications")
    with op.batch_alter_table("cohort_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohort_members_organisation_id"))

    op.drop_table("cohort_members")
    with op.batch_alter_table("cohorts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohorts_owner_key_id"))

    op.drop_table("cohorts")
