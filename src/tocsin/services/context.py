"""Who is acting, and what they may see. Every service call takes an Actor; access is decided here."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import sqlalchemy as sa

from tocsin.domain.documents import Confidentiality
from tocsin.errors import PermissionDenied
from tocsin.store.tables import documents, situation_documents


class Role(enum.StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role
    clearance: Confidentiality = Confidentiality.INTERNAL
    situation_ids: frozenset[str] | None = None  # None: every situation (admins, the local CLI)
    user_id: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def require_edit(self) -> None:
        if self.role not in (Role.ADMIN, Role.EDITOR):
            raise PermissionDenied("editing needs the editor or admin role")

    def require_admin(self) -> None:
        if self.role is not Role.ADMIN:
            raise PermissionDenied("this needs the admin role")

    def sees_level(self, level: Confidentiality | int) -> bool:
        return int(level) <= int(self.clearance)

    def sees_situation(self, situation_id: str) -> bool:
        return self.situation_ids is None or situation_id in self.situation_ids

    def document_filter(self) -> list:
        """SQL conditions on the documents table for what this actor may see.

        Access follows confirmed memberships only: a document the system merely proposed for a
        situation stays hidden from that situation's viewers until a person confirms it."""
        where = [documents.c.confidentiality <= int(self.clearance)]
        if self.situation_ids is not None:
            where.append(documents.c.id.in_(
                sa.select(situation_documents.c.document_id).where(
                    situation_documents.c.situation_id.in_(sorted(self.situation_ids)),
                    situation_documents.c.status == "confirmed")))
        return where


#: The person at the terminal of a local installation: the CLI runs with full rights.
LOCAL_ADMIN = Actor(username="cli", role=Role.ADMIN, clearance=Confidentiality.CONFIDENTIAL)
