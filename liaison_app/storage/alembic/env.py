"""Alembic environment: runs on the connection handed over by `liaison_app.storage.migrations`."""

from __future__ import annotations

from alembic import context

from liaison_app.domain.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - always called through migrations.py
    raise RuntimeError("run migrations through liaison_app.storage.migrations")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
