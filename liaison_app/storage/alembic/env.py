"""Alembic environment: runs on the connection handed over by `liaison_app.storage.migrations`."""

from __future__ import annotations

from alembic import context

from liaison_app.domain.base import UTCDateTime
from liaison_app.domain.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - always called through migrations.py
    raise RuntimeError("run migrations through liaison_app.storage.migrations")


def render_item(kind: str, obj: object, _context: object) -> str | bool:
    """Write UTCDateTime as its stored type, so migrations never import the models."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
