"""Attachments: copied under their SHA-256 atomically, registered with the reply, verified before
they are opened; a file that cannot be read attaches nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from liaison_app.domain.models import AuditEntry, Reply, ReplyAttachment
from liaison_app.errors import UserError
from liaison_app.services import attachments as service
from tests.services import invitation_fixtures
from tests.services.invitation_fixtures import (
    Demo,
)

# The demo database, built once per module, copied fresh for each test.
demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo

SCAN = b"%PDF-1.4\n% a signed letter from the Ministry\n" * 200


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "Lettre signée.pdf"
    path.write_bytes(SCAN)
    return path


def test_a_file_is_stored_under_its_sha256_and_only_once(tmp_path: Path, scan: Path):
    root = tmp_path / "data" / "attachments"
    stored = service.store_file(scan, root)
    sha = hashlib.sha256(SCAN).hexdigest()
    assert stored.sha256 == sha
    assert stored.stored_path == f"{sha[:2]}/{sha}"
    assert (root / sha[:2] / sha).read_bytes() == SCAN
    assert (stored.size_bytes, stored.original_name, stored.mime_type) == (
        len(SCAN),
        "Lettre signée.pdf",
        "application/pdf",
    )
    again = service.store_file(scan, root)
    assert again == stored
    files = [p for p in root.rglob("*") if p.is_file()]
    assert files == [root / sha[:2] / sha]  # no second copy, no temporary left behind


def test_the_default_folder_is_in_the_user_data_folder(isolated_user_folders: Path):
    assert service.attachments_root().parent.is_relative_to(isolated_user_folders)
    assert service.attachments_root().name == "attachments"


def test_what_cannot_be_attached_is_refused_with_a_clear_message(tmp_path: Path, monkeypatch):
    root = tmp_path / "attachments"
    with pytest.raises(UserError, match="cannot be read"):
        service.store_file(tmp_path / "missing.pdf", root)
    with pytest.raises(UserError, match="is a folder"):
        service.store_file(tmp_path, root)
    empty = tmp_path / "empty.pdf"
    empty.touch()
    with pytest.raises(UserError, match="is empty"):
        service.store_file(empty, root)

    # A read that fails half-way (a USB stick pulled out): nothing stays in the folder.
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(SCAN)
    real_open = Path.open

    def failing_open(self, *args, **kwargs):
        if self == broken:
            raise OSError(5, "Input/output error")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", failing_open)
    with pytest.raises(UserError, match="Input/output error"):
        service.store_file(broken, root)
    assert not [p for p in root.rglob("*") if p.is_file()]


def test_attaching_registers_the_files_with_the_reply_and_its_history(demo, tmp_path, scan):
    ids = Demo(demo)
    with demo.reading() as session:
        invitation = ids.invitation(demo, "FRA")
        reply_id = session.scalar(select(Reply.id).where(Reply.invitation_id == invitation.id))
    root = tmp_path / "attachments"
    form = tmp_path / "form.png"
    form.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    with demo.writing() as session:
        added = service.attach_files(session, reply_id, [scan, form], root=root)
    assert [a.original_name for a in added] == ["Lettre signée.pdf", "form.png"]
    with demo.reading() as session:
        stored = session.scalars(
            select(ReplyAttachment).where(ReplyAttachment.reply_id == reply_id)
        ).all()
        trail = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_id == reply_id, AuditEntry.field == "attachments"
            )
        ).all()
    assert len(stored) == 2
    assert [e.new_value.split(" (")[0] for e in trail] == ["Lettre signée.pdf", "form.png"]
    path = service.attachment_file(stored[0], root)
    assert path.read_bytes() in (SCAN, form.read_bytes())
    copy = service.viewing_copy(stored[0], root, tmp_path / "view")
    assert copy.name == stored[0].original_name  # the extension tells the viewer what it is


def test_one_unreadable_file_attaches_none(demo, tmp_path, scan):
    ids = Demo(demo)
    with demo.reading() as session:
        invitation = ids.invitation(demo, "FRA")
        reply_id = session.scalar(select(Reply.id).where(Reply.invitation_id == invitation.id))
    with pytest.raises(UserError, match="cannot be read"), demo.writing() as session:
        service.attach_files(
            session, reply_id, [scan, tmp_path / "gone.pdf"], root=tmp_path / "attachments"
        )
    with demo.reading() as session:
        assert not session.scalars(
            select(ReplyAttachment).where(ReplyAttachment.reply_id == reply_id)
        ).all()


def test_a_stored_file_that_changed_or_vanished_is_not_opened(tmp_path, scan):
    root = tmp_path / "attachments"
    stored = service.store_file(scan, root)
    attachment = ReplyAttachment(
        original_name=stored.original_name,
        stored_path=stored.stored_path,
        sha256=stored.sha256,
        size_bytes=stored.size_bytes,
    )
    (root / stored.stored_path).write_bytes(b"tampered")
    with pytest.raises(UserError, match="has changed since it was attached"):
        service.attachment_file(attachment, root)
    (root / stored.stored_path).unlink()
    with pytest.raises(UserError, match="is missing"):
        service.attachment_file(attachment, root)
