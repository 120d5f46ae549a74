"""Deleted records kept in memory so that a deletion can be undone exactly.

    deleted = snapshot(session, Invitation.__table__, ids)   # before the rows are deleted
    ... delete them (audited) ...
    restore(session, deleted)                                 # Undo: same ids, same links

A snapshot holds the rows as stored and the links that the deletion clears (foreign keys with
ON DELETE SET NULL pointing at them: a letter keeps its record without its invitation). `restore`
puts the rows back with their ids, links them again, and audits each as created again. Deletions
that cascade to other rows are not covered: the services refuse those before deleting (an
invitation with a reply, a circular with invitations).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from liaison_app.domain.base import Base
from liaison_app.domain.enums import AuditAction
from liaison_app.domain.models import AuditEntry
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services.audit import current_actor

# SQLite's default limit on bound parameters is 32766 since 3.32 (999 before); stay well below.
_CHUNK = 500


@dataclass(frozen=True)
class Deleted:
    """Rows of one table as they were before their deletion, and the links it cleared."""

    table_name: str
    rows: list[dict[str, Any]]
    #: (table name, column name, row id, deleted id) of each link cleared by ON DELETE SET NULL.
    links: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def ids(self) -> list[Any]:
        return [row["id"] for row in self.rows]


def chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    """`items` in slices short enough for an IN (...) of bound parameters."""
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _cleared_links(table: Table) -> list[tuple[Table, Any]]:
    """(table, column) of every foreign key to `table` that its deletion sets to NULL."""
    return [
        (other, fk.parent)
        for other in Base.metadata.sorted_tables
        for fk in other.foreign_keys
        if fk.column.table is table and fk.ondelete == "SET NULL"
    ]


def snapshot(session: Session, table: Table, ids: Iterable[uuid.UUID]) -> Deleted:
    """The rows `ids` of `table` and the links to them, read before they are deleted."""
    wanted = list(dict.fromkeys(ids))
    rows: list[dict[str, Any]] = []
    links: list[tuple[str, str, Any, Any]] = []
    for chunk in chunks(wanted):
        rows.extend(
            dict(r._mapping) for r in session.execute(select(table).where(table.c.id.in_(chunk)))
        )
        for other, column in _cleared_links(table):
            key = next(iter(other.primary_key.columns))
            links.extend(
                (other.name, column.name, row_id, target)
                for row_id, target in session.execute(select(key, column).where(column.in_(chunk)))
            )
    return Deleted(table.name, rows, links)


def restore(session: Session, deleted: Deleted, *, actor: str | None = None) -> int:
    """Put deleted rows back with their ids and links (undo); return how many came back.

    Rows already back are skipped. A reference to a row deleted since is left empty when its
    foreign key says so (ON DELETE SET NULL); otherwise (a required event, a RESTRICTed
    organization) it refuses the whole undo (UserError) and changes nothing.
    """
    table = _table(deleted.table_name)
    present: set[Any] = set()
    for chunk in chunks(deleted.ids):
        present.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    rows = [dict(row) for row in deleted.rows if row["id"] not in present]
    if not rows:
        return 0
    for fk in table.foreign_keys:
        column = fk.parent
        wanted = list({row[column.name] for row in rows if row[column.name] is not None})
        if not wanted:
            continue
        found: set[Any] = set()
        for chunk in chunks(wanted):
            found.update(session.scalars(select(fk.column).where(fk.column.in_(chunk))))
        for row in rows:
            if row[column.name] is None or row[column.name] in found:
                continue
            if not column.nullable or fk.ondelete != "SET NULL":
                raise UserError(
                    N_(
                        "The deleted records cannot be put back: what they belonged to was "
                        "deleted since."
                    )
                )
            row[column.name] = None
    session.execute(insert(table), rows)
    restored = {row["id"] for row in rows}
    for table_name, column_name, row_id, target in deleted.links:
        if target not in restored:
            continue
        other = _table(table_name)
        key = next(iter(other.primary_key.columns))
        column = other.c[column_name]
        session.execute(
            update(other).where(key == row_id, column.is_(None)).values({column_name: target})
        )
    who = actor or current_actor()
    session.add_all(
        AuditEntry(
            actor=who,
            entity_type=table.name,
            entity_id=row_id,
            action=AuditAction.CREATE,
            reason="restored after deletion",
        )
        for row_id in restored
    )
    return len(rows)
