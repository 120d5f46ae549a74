"""Bookkeeping: import batches (so an import can be undone), the audit trail, saved settings."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from liaison_app.domain.base import Base, KeyMixin, TimestampMixin, UTCDateTime, enum_column, utcnow
from liaison_app.domain.enums import AuditAction, ImportKind


class ImportBatch(KeyMixin, TimestampMixin, Base):
    __tablename__ = "import_batches"

    kind: Mapped[ImportKind] = mapped_column(enum_column(ImportKind, "import_kind"))
    source_name: Mapped[str] = mapped_column(String(500))
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    mapping_name: Mapped[str | None] = mapped_column(String(120))
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_added: Mapped[int] = mapped_column(Integer, default=0)
    rows_updated: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    imported_by: Mapped[str | None] = mapped_column(String(120))
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AuditEntry(KeyMixin, Base):
    """Who changed what, when: one row per field changed, written in the same transaction."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_entity", "entity_type", "entity_id"),)

    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, "audit_action"))
    field: Mapped[str | None] = mapped_column(String(80))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )


class SavedMapping(KeyMixin, TimestampMixin, Base):
    """A spreadsheet column mapping saved by name and reused."""

    __tablename__ = "saved_mappings"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[ImportKind] = mapped_column(enum_column(ImportKind, "import_kind"))
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Setting(Base):
    """Settings that belong to the database (shared by a team), not to one laptop."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
