"""team assessments and action plans

Revision ID: 1a58235f7589
Revises: 69ee14530fa2
Create Date: 2026-11-25 13:18:00.935486
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1a58235f7589"
down_revision: str | None = "69ee14530fa2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "action_plans",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("focus_kind", sa.String(length=16), nullable=False),
        sa.Column("focus_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("issue_ids", sa.JSON(), nullable=False),
        sa.Column("locale", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "focus_kind IN ('issue', 'domain')", name=op.f("ck_action_plans_known_focus")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_action_plans_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_action_plans_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plans")),
    )
    with op.batch_alter_table("action_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_plans_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(
            "ix_action_plans_organisation_created", ["organisation_id", "created_at"], unique=False
        )

    op.create_table(
        "respondent_answers",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("respondent_key_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_respondent_answers_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["respondent_key_id"],
            ["api_keys.id"],
            name=op.f("fk_respondent_answers_respondent_key_id_api_keys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "assessment_id", "respondent_key_id", "question_id", name=op.f("pk_respondent_answers")
        ),
    )
    op.create_table(
        "action_steps",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("issue_id", sa.String(length=64), nullable=True),
        sa.Column("resource_ids", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "status IN ('todo', 'doing', 'done')", name=op.f("ck_action_steps_known_status")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["action_plans.id"],
            name=op.f("fk_action_steps_plan_id_action_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_steps")),
    )
    with op.batch_alter_table("action_steps", schema=None) as batch_op:
        batch_op.create_index(
            "ix_action_steps_plan_position", ["plan_id", "position"], unique=False
        )

    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("team_status", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("team_rule", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("team_summary", sa.JSON(), nullable=True))
        batch_op.create_check_constraint(
            "known_team_status", "team_status IS NULL OR team_status IN ('open', 'closed')"
        )


def downgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_assessments_known_team_status"), type_="check")
        batch_op.drop_column("team_summary")
        batch_op.drop_column("team_rule")
        batch_op.drop_column("team_status")

    with op.batch_alter_table("action_steps", schema=None) as batch_op:
        batch_op.drop_index("ix_action_steps_plan_position")

    op.drop_table("action_steps")
    op.drop_table("respondent_answers")
    with op.batch_alter_table("action_plans", schema=None) as batch_op:
        batch_op.drop_index("ix_action_plans_organisation_created")
        batch_op.drop_index(batch_op.f("ix_action_plans_assessment_id"))

    op.drop_table("action_plans")
