"""Attachments: read whole and checked, stored in the database once per SHA-256 in the caller's
transaction, verified before they are opened, carried by a backup; a file that cannot be read
attaches nothing."""

from __future__ import annotations

import hashlib
import io
import os
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from liaison_app.domain.models import AttachmentContent, AuditEntry, Reply, ReplyAttachment
from liaison_app.errors import UserError
from liaison_app.services import attachments as service
from liaison_app.storage.backup import backup_database, restore_database
from liaison_app.storage.database import Database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database
from tests.services import invitation_fixtures
from tests.services.invitation_fixtures import (
    Demo,
)

# The demo database, built once per module, copied fresh for each test.
demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo

SCAN = b"%PDF-1.4\n% a signed letter from the Ministry\n" * 200
SCAN_SHA = hashlib.sha256(SCAN).hexdigest()


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "Lettre signée.pdf"
    path.write_bytes(SCAN)
    return path


def reply_of(database: Database, iso3: str) -> uuid.UUID:
    invitation = Demo(database).invitation(database, iso3)
    with database.reading() as session:
        reply_id = session.scalar(select(Reply.id).where(Reply.invitation_id == invitation.id))
    assert reply_id is not None, iso3
    return reply_id


def attachments_of(database: Database, reply_id: uuid.UUID) -> list[ReplyAttachment]:
    with database.reading() as session:
        return list(
            session.scalars(
                select(ReplyAttachment)
                .where(ReplyAttachment.reply_id == reply_id)
                .order_by(ReplyAttachment.original_name)
            )
        )


def content_count(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(AttachmentContent)) or 0


def without_content(database: Database) -> list[str]:
    """Attachments whose content the database lacks (there is no foreign key to refuse them)."""
    with database.reading() as session:
        return list(
            session.scalars(
                select(ReplyAttachment.original_name)
                .outerjoin(AttachmentContent, AttachmentContent.sha256 == ReplyAttachment.sha256)
                .where(AttachmentContent.sha256.is_(None))
            )
        )


def files_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_a_file_is_read_with_its_sha256_and_nothing_is_written(scan: Path):
    stored = service.store_file(scan)
    assert stored.sha256 == SCAN_SHA
    assert stored.stored_path == f"{SCAN_SHA[:2]}/{SCAN_SHA}"  # where older versions kept it
    assert stored.content == SCAN
    assert (stored.size_bytes, stored.original_name, stored.mime_type) == (
        len(SCAN),
        "Lettre signée.pdf",
        "application/pdf",
    )
    assert service.store_file(scan) == stored
    assert files_in(service.attachments_root()) == []  # the data folder is not written to


def test_the_default_folder_is_in_the_user_data_folder(isolated_user_folders: Path):
    assert service.attachments_root().parent.is_relative_to(isolated_user_folders)
    assert service.attachments_root().name == "attachments"


def test_what_cannot_be_attached_is_refused_with_a_clear_message(tmp_path: Path, monkeypatch):
    with pytest.raises(UserError, match="cannot be read"):
        service.store_file(tmp_path / "missing.pdf")
    with pytest.raises(UserError, match="is a folder"):
        service.store_file(tmp_path)
    empty = tmp_path / "empty.pdf"
    empty.touch()
    with pytest.raises(UserError, match="is empty"):
        service.store_file(empty)

    # A read that fails half-way (a USB stick pulled out).
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(SCAN)
    real_open = Path.open

    def failing_open(self, *args, **kwargs):
        if self == broken:
            raise OSError(5, "Input/output error")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", failing_open)
    with pytest.raises(UserError, match="Input/output error"):
        service.store_file(broken)

    large = tmp_path / "large.pdf"
    large.write_bytes(b"x" * 2048)
    monkeypatch.setattr(service, "MAX_ATTACHMENT_BYTES", 1024)
    with pytest.raises(UserError, match=r"large\.pdf is 0 MB: an attachment may be at most 100 MB"):
        service.store_file(large)


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path: Path, monkeypatch):
    """Measured at 100 bytes, it has 200 by the time it is read: the bytes read decide."""
    growing = tmp_path / "growing.pdf"
    growing.write_bytes(b"x" * 100)
    monkeypatch.setattr(service, "MAX_ATTACHMENT_BYTES", 150)
    monkeypatch.setattr(service, "_BLOCK", 64)
    real_open = Path.open

    def grown_open(self, *args, **kwargs):
        if self == growing:
            return io.BytesIO(b"x" * 200)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", grown_open)
    with pytest.raises(UserError, match="at most 100 MB"):
        service.store_file(growing)


def test_attaching_registers_the_files_with_the_reply_and_its_history(demo, tmp_path, scan):
    reply_id = reply_of(demo, "FRA")
    form = tmp_path / "form.png"
    form.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    with demo.writing() as session:
        added = service.attach_files(session, reply_id, [scan, form])
    assert [a.original_name for a in added] == ["Lettre signée.pdf", "form.png"]
    stored = attachments_of(demo, reply_id)
    with demo.reading() as session:
        trail = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_id == reply_id, AuditEntry.field == "attachments"
            )
        ).all()
    assert [a.original_name for a in stored] == ["Lettre signée.pdf", "form.png"]
    assert [e.new_value.split(" (")[0] for e in trail] == ["Lettre signée.pdf", "form.png"]
    assert stored[0].stored_path == f"{SCAN_SHA[:2]}/{SCAN_SHA}"
    assert without_content(demo) == []
    assert files_in(service.attachments_root()) == []


def test_the_same_file_attached_twice_is_stored_once(demo, scan):
    france, jordan = reply_of(demo, "FRA"), reply_of(demo, "JOR")
    with demo.writing() as session:
        service.attach_files(session, france, [scan, scan])
    with demo.writing() as session:
        service.attach_files(session, jordan, [scan])
    assert len(attachments_of(demo, france)) == 2
    assert len(attachments_of(demo, jordan)) == 1
    assert content_count(demo) == 1
    with demo.reading() as session:
        row = session.get(AttachmentContent, SCAN_SHA)
        assert row is not None
        assert (row.content, row.size_bytes) == (SCAN, len(SCAN))
        assert row.created_at.tzinfo is not None


def test_removing_an_attachment_keeps_the_content_another_reply_holds(demo, scan, tmp_path):
    france, jordan = reply_of(demo, "FRA"), reply_of(demo, "JOR")
    with demo.writing() as session:
        (first,) = service.attach_files(session, france, [scan])
        service.attach_files(session, jordan, [scan])
    with demo.writing() as session:
        service.remove_attachment(session, first.id)
    assert attachments_of(demo, france) == []
    (kept,) = attachments_of(demo, jordan)
    with demo.reading() as session:
        assert service.viewing_copy(session, kept, tmp_path / "view").read_bytes() == SCAN


@pytest.mark.parametrize("problem", ["unreadable", "empty", "oversized", "folder"])
def test_one_file_that_cannot_be_attached_attaches_none(demo, tmp_path, scan, problem, monkeypatch):
    reply_id = reply_of(demo, "FRA")
    bad = tmp_path / "bad.pdf"
    if problem == "empty":
        bad.touch()
    elif problem == "oversized":
        bad.write_bytes(SCAN + b"more")
        monkeypatch.setattr(service, "MAX_ATTACHMENT_BYTES", len(SCAN))
    elif problem == "folder":
        bad.mkdir()
    messages = {
        "unreadable": "cannot be read",
        "empty": "is empty",
        "oversized": "at most 100 MB",
        "folder": "is a folder",
    }
    with pytest.raises(UserError, match=messages[problem]), demo.writing() as session:
        service.attach_files(session, reply_id, [scan, bad])
    assert attachments_of(demo, reply_id) == []
    assert content_count(demo) == 0
    assert files_in(service.attachments_root()) == []


def test_a_failed_transaction_leaves_no_content_behind(demo, scan):
    reply_id = reply_of(demo, "FRA")
    with pytest.raises(RuntimeError), demo.writing() as session:
        service.attach_files(session, reply_id, [scan])
        raise RuntimeError("something later in the same save failed")
    assert content_count(demo) == 0


def test_the_viewing_copy_has_the_bytes_and_the_name(demo, scan, tmp_path):
    reply_id = reply_of(demo, "FRA")
    odd = tmp_path / 'Réponse: "accord"?.pdf'
    odd.write_bytes(b"%PDF-1.4 accord\n")
    with demo.writing() as session:
        service.attach_files(session, reply_id, [scan, odd])
    letter, answer = attachments_of(demo, reply_id)
    view = tmp_path / "view"
    with demo.reading() as session:
        copy = service.viewing_copy(session, letter, view)
        assert (copy.name, copy.read_bytes()) == ("Lettre signée.pdf", SCAN)
        # Characters Windows refuses become underscores; the extension stays.
        odd_copy = service.viewing_copy(session, answer, view)
        assert odd_copy.name == "Réponse_ _accord__.pdf"
        assert odd_copy.read_bytes() == b"%PDF-1.4 accord\n"
        # By default in the cache folder, one folder per content; opened twice, the copy is
        # simply written again.
        default = service.viewing_copy(session, letter)
        assert default.parent.parent == service.viewing_root()
        assert service.viewing_copy(session, letter) == default
        assert service.viewing_copy(session, letter, view) == copy
    assert sorted(p.name for p in files_in(view)) == ["Lettre signée.pdf", "Réponse_ _accord__.pdf"]


def test_a_content_changed_in_the_database_is_not_opened(demo, scan, tmp_path):
    reply_id = reply_of(demo, "FRA")
    with demo.writing() as session:
        service.attach_files(session, reply_id, [scan])
    with demo.writing() as session:
        session.execute(
            text("UPDATE attachment_contents SET content = :bytes WHERE sha256 = :sha"),
            {"bytes": SCAN.replace(b"Ministry", b"Minister"), "sha": SCAN_SHA},
        )
    (attachment,) = attachments_of(demo, reply_id)
    view = tmp_path / "view"
    with (
        demo.reading() as session,
        pytest.raises(UserError, match="has changed since it was attached"),
    ):
        service.viewing_copy(session, attachment, view)
    assert files_in(view) == []


def test_content_missing_from_the_database_is_read_from_a_restored_folder(demo, scan, tmp_path):
    """An attachment whose file was missing when the database was upgraded to 0002."""
    reply_id = reply_of(demo, "FRA")
    with demo.writing() as session:
        service.attach_files(session, reply_id, [scan])
        session.execute(text("DELETE FROM attachment_contents"))
    (attachment,) = attachments_of(demo, reply_id)
    assert without_content(demo) == ["Lettre signée.pdf"]
    with demo.reading() as session, pytest.raises(UserError, match="restore the attachments"):
        service.viewing_copy(session, attachment, tmp_path / "view")

    # The attachments folder restored from a backup: opened again, still verified.
    legacy = service.attachments_root() / SCAN_SHA[:2] / SCAN_SHA
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(SCAN)
    with demo.reading() as session:
        assert service.viewing_copy(session, attachment, tmp_path / "view").read_bytes() == SCAN
    legacy.write_bytes(b"tampered")
    with demo.reading() as session, pytest.raises(UserError, match="has changed"):
        service.viewing_copy(session, attachment, tmp_path / "view")


def test_a_backup_restored_on_another_laptop_still_opens_the_attachment(
    demo, scan, tmp_path, monkeypatch
):
    reply_id = reply_of(demo, "FRA")
    with demo.writing() as session:
        service.attach_files(session, reply_id, [scan])
    assert demo.path is not None
    copy = backup_database(demo.path, tmp_path / "usb stick")
    scan.unlink()

    # Another laptop: its own, empty data folder.
    other = tmp_path / "other laptop"
    monkeypatch.setenv("XDG_DATA_HOME", str(other / "data"))
    other.mkdir()
    target = other / "liaison-desk.sqlite3"
    restore_database(copy, target)
    restored = open_database(resolve_database_url(str(target))).database
    try:
        (attachment,) = attachments_of(restored, reply_id)
        with restored.reading() as session:
            opened = service.viewing_copy(session, attachment, other / "view")
    finally:
        restored.dispose()
    assert (opened.name, opened.read_bytes()) == ("Lettre signée.pdf", SCAN)
    assert files_in(service.attachments_root()) == []
    assert service.attachments_root().is_relative_to(other)


def test_copies_opened_days_ago_are_removed_when_another_is_made(demo, scan):
    reply_id = reply_of(demo, "FRA")
    with demo.writing() as session:
        service.attach_files(session, reply_id, [scan])
    (letter,) = attachments_of(demo, reply_id)
    stale = service.viewing_root() / "0123456789abcdef"
    stale.mkdir(parents=True)
    (stale / "old scan.pdf").write_bytes(b"%PDF old")
    days_ago = time.time() - (service.VIEWING_COPY_DAYS + 1) * 86400
    os.utime(stale, (days_ago, days_ago))
    with demo.reading() as session:
        fresh = service.viewing_copy(session, letter)
    assert fresh.read_bytes() == SCAN
    assert not stale.exists()
    assert fresh.parent.exists()  # today's copy stays
