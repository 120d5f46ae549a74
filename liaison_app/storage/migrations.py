"""Schema versions with Alembic: which revision a database is at, and upgrading it to head."""

from __future__ import annotations

import ast
import functools
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCRIPT_LOCATION = Path(__file__).resolve().parent / "alembic"
VERSION_TABLE = "alembic_version"


# Alembic is imported only to upgrade or to compare schemas: checking the revision of the database
# being opened (each launch) reads the migration files' headers instead, which saves about 0.3 s
# of start-up.
def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@functools.cache
def _revision_graph() -> dict[str, str | None]:
    """Each revision of the migrations folder and the one it revises, from the modules'
    `revision` and `down_revision` assignments (read, not imported)."""
    graph: dict[str, str | None] = {}
    for path in sorted((SCRIPT_LOCATION / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.target if isinstance(node, ast.AnnAssign) else None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                values[target.id] = ast.literal_eval(node.value)  # type: ignore[arg-type]
        if "revision" in values:
            graph[str(values["revision"])] = values.get("down_revision")  # type: ignore[assignment]
    return graph


def head_revision() -> str:
    """The newest revision: the one no other revision revises."""
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    assert len(heads) == 1, f"the migrations folder should have one head, not {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


class NotADatabase(Exception):
    """The file is not an SQLite database at all."""


class ForeignDatabase(Exception):
    """An SQLite database, but not one of ours (tables and no version table)."""


def read_sqlite_revision(path: Path) -> str | None:
    """The revision stored in an SQLite file, read without changing a byte of it.

    None for an empty file or a database without tables. Raises NotADatabase or ForeignDatabase.
    """
    if path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise NotADatabase(str(path))
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.DatabaseError as error:
        raise NotADatabase(str(path)) from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if VERSION_TABLE not in tables:
            if tables:
                raise ForeignDatabase(str(path))
            return None
        row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as error:
        raise NotADatabase(str(path)) from error
    finally:
        connection.close()


def read_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Upgrade in one transaction. On SQLite foreign keys are off meanwhile, so a batch-mode table
    copy cannot cascade deletes, and are checked before the transaction commits."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # Must happen outside a transaction, where SQLite honours it.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                from alembic import command

                command.upgrade(alembic_config(connection), "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
