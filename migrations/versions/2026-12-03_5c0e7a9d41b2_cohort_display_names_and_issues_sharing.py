"""cohort display names and the issues sharing level

Revision ID: 5c0e7a9d41b2
Revises: c3f1a2b4d5e6
Create Date: 2026-12-03 12:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5c0e7a9d41b2"
down_revision: str | None = "c3f1a2b4d5e6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW = "sharing IN ('aggregate', 'issues', 'results')"
OLD = "sharing IN ('aggregate', 'results')"


def _sharing_check(table: str, condition: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f(f"ck_{table}_known_sharing"), type_="check")
        batch_op.create_check_constraint(batch_op.f(f"ck_{table}_known_sharing"), condition)


def upgrade() -> None:
    with op.batch_alter_table("cohort_members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("display_name", sa.String(length=200), nullable=False, server_default="")
        )
    # Existing members are shown under their organisation's name until they choose another.
    op.execute(
        "UPDATE cohort_members SET display_name = "
        "(SELECT o.name FROM organisations o WHERE o.id = cohort_members.organisation_id)"
    )
    with op.batch_alter_table("cohort_members", schema=None) as batch_op:
        batch_op.alter_column("display_name", server_default=None)
    for table in ("cohort_members", "cohort_publication_basis"):
        _sharing_check(table, NEW)


def downgrade() -> None:
    op.execute("UPDATE cohort_members SET sharing = 'aggregate' WHERE sharing = 'issues'")
    op.execute("DELETE FROM cohort_publication_basis WHERE sharing = 'issues'")
    for table in ("cohort_members", "cohort_publication_basis"):
        _sharing_check(table, OLD)
    with op.batch_alter_table("cohort_members", schema=None) as batch_op:
        batch_op.drop_column("display_name")
