from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    FACILITATOR = "facilitator"
    MEMBER = "member"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the key behind the request."""

    key_id: uuid.UUID
    role: Role
    organisation_id: uuid.UUID | None = None
    label: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    @property
    def is_facilitator(self) -> bool:
        return self.role is Role.FACILITATOR

    def is_member_of(self, organisation_id: uuid.UUID) -> bool:
        return self.role is Role.MEMBER and self.organisation_id == organisation_id
