"""Migrations: the migrated schema equals the models; newer databases are refused untouched;
0002 moves attachment files from the data folder into the database (and back on a downgrade)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from liaison_app.domain.models import AttachmentContent, Base, Reply, ReplyAttachment
from liaison_app.errors import UserError
from liaison_app.services import attachments as attachment_service
from liaison_app.services.attachments import attachments_root
from liaison_app.storage import migrations
from liaison_app.storage.database import Database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database
from tests.services import invitation_fixtures


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrated_schema_equals_models(empty_database):
    with empty_database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_new_database_is_at_head(empty_database):
    assert migrations.read_revision(empty_database.engine) == migrations.head_revision()


def test_reopening_at_head_makes_no_backup(database_path):
    open_database(resolve_database_url(str(database_path))).database.dispose()
    again = open_database(resolve_database_url(str(database_path)))
    again.database.dispose()
    assert again.previous_revision == migrations.head_revision()
    assert again.backup is None


def stamp(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_newer_database_is_refused_and_untouched(database_path):
    open_database(resolve_database_url(str(database_path))).database.dispose()
    stamp(database_path, "9999_from_the_future")
    before = sha256(database_path)
    with pytest.raises(UserError, match="newer version"):
        open_database(resolve_database_url(str(database_path)))
    assert sha256(database_path) == before
    assert not (database_path.parent / "backups").exists()


def test_newer_rollback_journal_database_keeps_its_journal_mode(tmp_path):
    """Setting WAL would rewrite the header: a newer database must not even get that far."""
    path = tmp_path / "newer.sqlite3"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    connection.close()
    before = sha256(path)
    with pytest.raises(UserError):
        open_database(resolve_database_url(str(path)))
    assert sha256(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_upgrade_backs_up_first(database_path, monkeypatch):
    """An older database is copied into backups/ before it is upgraded."""
    open_database(resolve_database_url(str(database_path))).database.dispose()
    head = migrations.head_revision()
    # Pretend this version has a newer head than the file: the file looks one revision old.
    monkeypatch.setattr(migrations, "head_revision", lambda: "0002_next")
    monkeypatch.setattr(migrations, "known_revisions", lambda: {head, "0002_next"})
    monkeypatch.setattr(migrations, "upgrade_to_head", lambda engine: None)
    result = open_database(resolve_database_url(str(database_path)))
    result.database.dispose()
    assert result.previous_revision == head
    assert result.backup is not None
    assert result.backup.exists()
    assert result.backup.parent == database_path.parent / "backups"
    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    copy.close()


@pytest.mark.parametrize("content", [b"", b"not a database at all, just text\n" * 10])
def test_not_a_database(tmp_path, content):
    path = tmp_path / "odd.sqlite3"
    path.write_bytes(content)
    if not content:
        # An empty file is a new database.
        open_database(resolve_database_url(str(path))).database.dispose()
        return
    with pytest.raises(UserError, match="not a Liaison Desk database"):
        open_database(resolve_database_url(str(path)))
    assert path.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    connection.close()
    with pytest.raises(UserError, match="not a Liaison Desk database"):
        open_database(resolve_database_url(str(path)))


# -- 0002: attachment contents moved from the data folder into the database -------------------

demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo

LETTER = b"%PDF-1.4\n% signed letter kept in the attachments folder\n" * 100
FORM = b"%PDF-1.4\n% online form whose file went missing\n" * 100
NOTE = b"%PDF-1.4\n% note verbale whose file was changed since\n" * 100


def downgrade_to_0001(database: Database) -> None:
    with database.engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), "0001")


def tables(database: Database) -> set[str]:
    return set(inspect(database.engine).get_table_names())


def register_at_0001(database: Database, reply_id, name: str, content: bytes) -> str:
    """An attachment as the app before 0002 registered it (reply_attachments is unchanged)."""
    sha = hashlib.sha256(content).hexdigest()
    with database.writing() as session:
        session.add(
            ReplyAttachment(
                reply_id=reply_id,
                original_name=name,
                stored_path=f"{sha[:2]}/{sha}",
                sha256=sha,
                size_bytes=len(content),
            )
        )
    return sha


def put_in_folder(content: bytes, written: bytes | None = None) -> None:
    sha = hashlib.sha256(content).hexdigest()
    path = attachments_root() / sha[:2] / sha
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if written is None else written)


def test_upgrade_to_0002_moves_the_attachment_files_into_the_database(
    demo, isolated_user_folders, tmp_path
):
    assert attachments_root().is_relative_to(isolated_user_folders)  # never the user's own
    assert demo.path is not None
    reply_id = demo_reply(demo)
    downgrade_to_0001(demo)
    assert "attachment_contents" not in tables(demo)
    letter = register_at_0001(demo, reply_id, "Lettre signée.pdf", LETTER)
    register_at_0001(demo, reply_id, "Lettre signée (copie).pdf", LETTER)
    form = register_at_0001(demo, reply_id, "Form.pdf", FORM)  # its file is missing
    note = register_at_0001(demo, reply_id, "Note.pdf", NOTE)
    put_in_folder(LETTER)
    put_in_folder(NOTE, written=b"changed since it was attached")
    demo.dispose()

    result = open_database(resolve_database_url(str(demo.path)))
    upgraded = result.database
    try:
        assert result.previous_revision == "0001"
        assert migrations.read_revision(upgraded.engine) == migrations.head_revision()
        with upgraded.reading() as session:
            contents = dict(
                session.execute(select(AttachmentContent.sha256, AttachmentContent.content)).all()
            )
            attachments = {
                a.original_name: a for a in session.scalars(select(ReplyAttachment)).all()
            }
            assert contents == {letter: LETTER}  # stored once for its two attachments
            copy = attachment_service.viewing_copy(
                session, attachments["Lettre signée (copie).pdf"], tmp_path / "view"
            )
            assert copy.read_bytes() == LETTER
            # The missing file does not break the upgrade; opening it says what to do.
            assert attachments["Form.pdf"].sha256 == form
            with pytest.raises(UserError, match=r"is missing .* restore the attachments folder"):
                attachment_service.viewing_copy(session, attachments["Form.pdf"])
            assert attachments["Note.pdf"].sha256 == note
            with pytest.raises(UserError, match="has changed since it was attached"):
                attachment_service.viewing_copy(session, attachments["Note.pdf"])
    finally:
        upgraded.dispose()
    assert (attachments_root() / letter[:2] / letter).read_bytes() == LETTER  # left in place


def test_downgrade_from_0002_writes_the_contents_back_to_the_folder(demo, scan_file):
    """Before 0002 the app reads the folder: what only the database held is written there."""
    reply_id = demo_reply(demo)
    with demo.writing() as session:
        (attachment,) = attachment_service.attach_files(session, reply_id, [scan_file])
    sha = attachment.sha256
    assert not attachments_root().exists()
    downgrade_to_0001(demo)
    assert "attachment_contents" not in tables(demo)
    assert (attachments_root() / sha[:2] / sha).read_bytes() == scan_file.read_bytes()
    assert [p.name for p in attachments_root().rglob("*") if p.is_file()] == [sha]

    with demo.engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), "head")
    with demo.reading() as session:
        assert session.get(AttachmentContent, sha).content == scan_file.read_bytes()


def test_upgrading_a_database_without_attachments_does_not_touch_the_data_folder(
    empty_database,
):
    downgrade_to_0001(empty_database)
    with empty_database.engine.begin() as connection:
        command.upgrade(migrations.alembic_config(connection), "head")
    assert "attachment_contents" in tables(empty_database)
    assert not attachments_root().exists()


@pytest.fixture
def scan_file(tmp_path: Path) -> Path:
    path = tmp_path / "Scan.pdf"
    path.write_bytes(LETTER)
    return path


def demo_reply(database: Database):
    with database.reading() as session:
        reply_id = session.scalar(select(Reply.id).order_by(Reply.id).limit(1))
    assert reply_id is not None
    return reply_id
