"""The audit trail: who changed what, when, old → new, written in the caller's transaction."""

from __future__ import annotations

import getpass
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from liaison_app.domain.enums import AuditAction
from liaison_app.domain.models import AuditEntry


def current_actor() -> str:
    """The operating-system user: who sits at this laptop."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) or no login name
        return "unknown"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    return str(value)


def entity_type(entity: object) -> str:
    return inspect(entity).mapper.local_table.name


def record_create(
    session: Session,
    entity: Any,
    *,
    actor: str | None = None,
    reason: str | None = None,
    import_batch_id: uuid.UUID | None = None,
) -> None:
    session.flush([entity])
    session.add(
        AuditEntry(
            actor=actor or current_actor(),
            entity_type=entity_type(entity),
            entity_id=entity.id,
            action=AuditAction.CREATE,
            reason=reason,
            import_batch_id=import_batch_id,
        )
    )


def record_delete(
    session: Session,
    entity: Any,
    *,
    actor: str | None = None,
    reason: str | None = None,
    summary: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            actor=actor or current_actor(),
            entity_type=entity_type(entity),
            entity_id=entity.id,
            action=AuditAction.DELETE,
            old_value=summary,
            reason=reason,
        )
    )


def apply_changes(
    session: Session,
    entity: Any,
    changes: dict[str, Any],
    *,
    actor: str | None = None,
    reason: str | None = None,
    import_batch_id: uuid.UUID | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Set attributes on `entity` and write one audit entry per field whose value changed.

    Returns the changes made as {field: (old, new)}; unchanged fields write nothing.
    """
    made: dict[str, tuple[Any, Any]] = {}
    who = actor or current_actor()
    for field, new in changes.items():
        old = getattr(entity, field)
        if old == new:
            continue
        setattr(entity, field, new)
        made[field] = (old, new)
        session.add(
            AuditEntry(
                actor=who,
                entity_type=entity_type(entity),
                entity_id=entity.id,
                action=AuditAction.UPDATE,
                field=field,
                old_value=_text(old),
                new_value=_text(new),
                reason=reason,
                import_batch_id=import_batch_id,
            )
        )
    return made


def history(session: Session, entity_type_name: str, entity_id: uuid.UUID) -> list[AuditEntry]:
    """Audit entries of one entity, oldest first."""
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_type == entity_type_name, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.at)
        )
    )
