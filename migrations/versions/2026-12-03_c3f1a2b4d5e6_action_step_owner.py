"""Action steps get an owner: who takes the step on, in the organisation's words

Revision ID: c3f1a2b4d5e6
Revises: aedba0ec4959
Create Date: 2026-12-03 12:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c3f1a2b4d5e6"
down_revision: str | None = "aedba0ec4959"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("action_steps") as batch:
        batch.add_column(sa.Column("owner", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("action_steps") as batch:
        batch.drop_column("owner")
