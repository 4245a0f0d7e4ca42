"""questionnaire versions, assessments, results, access log

Revision ID: 69ee14530fa2
Revises: 2fa2612f9b6a
Create Date: 2026-11-25 12:43:01.321866
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "69ee14530fa2"
down_revision: str | None = "2fa2612f9b6a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "questionnaire_versions",
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("slug", "version", name=op.f("pk_questionnaire_versions")),
    )
    op.create_table(
        "access_log",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_role", sa.String(length=16), nullable=False),
        sa.Column("actor_key_id", sa.Uuid(), nullable=False),
        sa.Column("actor_label", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_access_log_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.create_index(
            "ix_access_log_organisation_at", ["organisation_id", "at"], unique=False
        )

    op.create_table(
        "assessments",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("questionnaire_slug", sa.String(length=64), nullable=False),
        sa.Column("questionnaire_version", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("prefilled_from", sa.Uuid(), nullable=True),
        sa.Column("needs_review", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'submitted')", name=op.f("ck_assessments_known_status")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_assessments_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessments_organisation_created", ["organisation_id", "created_at"], unique=False
        )

    op.create_table(
        "idempotency_records",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("response_status", sa.Integer(), nullable=False),
        sa.Column("response_body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_idempotency_records_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", "key", name=op.f("pk_idempotency_records")),
    )
    op.create_table(
        "answers",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_answers_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", "question_id", name=op.f("pk_answers")),
    )
    op.create_table(
        "result_domains",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("domain_id", sa.String(length=64), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("questionnaire_slug", sa.String(length=64), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("stage", sa.String(length=64), nullable=True),
        sa.Column("coverage", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_result_domains_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", "domain_id", name=op.f("pk_result_domains")),
    )
    with op.batch_alter_table("result_domains", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_result_domains_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            "ix_result_domains_slug_domain", ["questionnaire_slug", "domain_id"], unique=False
        )

    op.create_table(
        "result_findings",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("finding_id", sa.String(length=64), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("questionnaire_slug", sa.String(length=64), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=True),
        sa.Column("domain_id", sa.String(length=64), nullable=False),
        sa.Column("lifecycle", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "kind IN ('issue', 'strength')", name=op.f("ck_result_findings_known_kind")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_result_findings_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "assessment_id", "kind", "finding_id", name=op.f("pk_result_findings")
        ),
    )
    with op.batch_alter_table("result_findings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_result_findings_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            "ix_result_findings_slug_kind",
            ["questionnaire_slug", "kind", "finding_id"],
            unique=False,
        )

    op.create_table(
        "results",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("engine_version", sa.String(length=32), nullable=False),
        sa.Column("content_hash", sa.String(length=80), nullable=False),
        sa.Column("evaluation", sa.Text(), nullable=False),
        sa.Column("overall_score", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_results_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", name=op.f("pk_results")),
    )


def downgrade() -> None:
    op.drop_table("results")
    with op.batch_alter_table("result_findings", schema=None) as batch_op:
        batch_op.drop_index("ix_result_findings_slug_kind")
        batch_op.drop_index(batch_op.f("ix_result_findings_organisation_id"))

    op.drop_table("result_findings")
    with op.batch_alter_table("result_domains", schema=None) as batch_op:
        batch_op.drop_index("ix_result_domains_slug_domain")
        batch_op.drop_index(batch_op.f("ix_result_domains_organisation_id"))

    op.drop_table("result_domains")
    op.drop_table("answers")
    op.drop_table("idempotency_records")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_assessments_organisation_created")

    op.drop_table("assessments")
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_index("ix_access_log_organisation_at")

    op.drop_table("access_log")
    op.drop_table("questionnaire_versions")
