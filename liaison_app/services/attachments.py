"""Files received with a reply, stored in the database under their SHA-256 and registered.

    attachment_contents   sha256 (key), size_bytes, content, created_at   one row per content
    reply_attachments     reply_id, original_name, sha256, size_bytes…    one row per file attached

A file is read whole (and refused if it is a folder, unreadable, empty or over 100 MB) before
anything is written, then its bytes are inserted in the caller's transaction: if that transaction
fails, nothing stays behind. Contents are addressed by their SHA-256, so the same scan attached
twice is stored once. Because the bytes live in the database, a backup (`liaison-app db backup`)
and a shared PostgreSQL database carry them.

Before revision 0002 the files were copied into the user data folder,

    <data folder>/attachments/ab/ab12…ef     (the content's SHA-256)

and that migration moved them into the database. `reply_attachments.stored_path` still holds that
relative path (`ab/ab12…`), and an attachment whose content is not in the database (its file was
missing when the database was upgraded) is still looked for there: restoring that folder from a
backup makes it open again. Contents are never deleted when an attachment is removed: another
reply may hold the same file.

Before a file is opened, its bytes are checked against the SHA-256 recorded when it was attached,
and written under the attachment's own name to `<cache folder>/viewing/` for the system's viewer;
copies older than two days are removed when another is made.
"""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from liaison_app.domain.base import utcnow
from liaison_app.domain.enums import AuditAction
from liaison_app.domain.models import AttachmentContent, AuditEntry, Reply, ReplyAttachment
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.letters.packs import write_file
from liaison_app.services.audit import current_actor
from liaison_app.storage.location import cache_dir, data_dir

FOLDER_NAME = "attachments"
#: Scans of signed letters are a few MB; a larger file is most likely the wrong one.
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
_BLOCK = 1024 * 1024


def attachments_root(base: Path | None = None) -> Path:
    """Where attachments were copied before they lived in the database (revision 0002):
    `<data folder>/attachments`, the user data folder by default. Still read for an attachment
    whose content the database does not hold."""
    return (base or data_dir()) / FOLDER_NAME


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file read and checked, ready to be registered with a reply (`register_files`)."""

    sha256: str
    #: Where the file was kept before revision 0002, relative to the attachments folder, with
    #: forward slashes ("ab/ab12…"); still recorded, for the un-migrated files and older copies.
    stored_path: str
    size_bytes: int
    original_name: str
    mime_type: str | None
    content: bytes = field(repr=False)


def _unreadable(path: Path, error: OSError) -> UserError:
    return UserError(
        N_("{path} cannot be read: {reason}"), path=path, reason=error.strerror or str(error)
    )


def _too_large(path: Path, size: int) -> UserError:
    return UserError(
        N_("{path} is {size} MB: an attachment may be at most 100 MB."),
        path=path,
        size=round(size / (1024 * 1024)),
    )


def store_file(source: Path) -> StoredFile:
    """Read `source` whole, with its SHA-256, for `register_files` to store in the database.

    A file that cannot be read, a folder, an empty or an oversized file is a UserError. Nothing
    is written anywhere.
    """
    if source.is_dir():
        raise UserError(N_("{path} is a folder: attach the files inside it."), path=source)
    try:
        size = source.stat().st_size
    except OSError as error:
        raise _unreadable(source, error) from error
    if size > MAX_ATTACHMENT_BYTES:
        raise _too_large(source, size)
    digest = hashlib.sha256()
    blocks: list[bytes] = []
    read = 0
    try:
        with source.open("rb") as handle:
            while block := handle.read(_BLOCK):
                read += len(block)
                if read > MAX_ATTACHMENT_BYTES:  # it grew since it was measured
                    raise _too_large(source, read)
                digest.update(block)
                blocks.append(block)
    except OSError as error:
        raise _unreadable(source, error) from error
    if read == 0:
        raise UserError(N_("{path} is empty: there is nothing to attach."), path=source)
    sha = digest.hexdigest()
    mime, _ = mimetypes.guess_type(source.name)
    return StoredFile(sha, _legacy_path(sha), read, source.name, mime, b"".join(blocks))


def _legacy_path(sha: str) -> str:
    return f"{sha[:2]}/{sha}"


def attach_files(
    session: Session,
    reply_id: uuid.UUID,
    paths: Iterable[Path],
    *,
    actor: str | None = None,
) -> list[ReplyAttachment]:
    """Read each file and register it with the reply (audited on the reply), its content stored
    in this transaction. Every file is read before anything is registered: one unreadable file
    attaches none."""
    reply = session.get(Reply, reply_id)
    if reply is None:
        raise UserError(N_("This reply no longer exists: someone may have deleted it."))
    stored = [store_file(Path(path)) for path in paths]
    return register_files(session, reply, stored, actor=actor)


def register_files(
    session: Session, reply: Reply, stored: list[StoredFile], *, actor: str | None = None
) -> list[ReplyAttachment]:
    """Register files read by `store_file` with a reply, storing each content not yet stored."""
    added = []
    for item in stored:
        _store_content(session, item)
        attachment = ReplyAttachment(
            reply_id=reply.id,
            original_name=item.original_name[:500],
            stored_path=item.stored_path,
            sha256=item.sha256,
            size_bytes=item.size_bytes,
            mime_type=item.mime_type,
        )
        session.add(attachment)
        added.append(attachment)
        session.add(
            AuditEntry(
                actor=actor or current_actor(),
                entity_type="replies",
                entity_id=reply.id,
                action=AuditAction.UPDATE,
                field="attachments",
                new_value=f"{item.original_name} (sha256 {item.sha256[:12]})",
            )
        )
    session.flush()
    return added


def _store_content(session: Session, item: StoredFile) -> None:
    """Insert the content unless it is stored already (the same scan attached again)."""
    known = session.scalar(
        select(AttachmentContent.sha256).where(AttachmentContent.sha256 == item.sha256)
    )
    if known is not None:
        return
    values = {
        "sha256": item.sha256,
        "size_bytes": item.size_bytes,
        "content": item.content,
        "created_at": utcnow(),
    }
    # A colleague on a shared database may store the same content at the same moment.
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        session.execute(
            postgresql_insert(AttachmentContent).values(values).on_conflict_do_nothing()
        )
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(AttachmentContent).values(values).on_conflict_do_nothing())
    else:
        session.execute(insert(AttachmentContent).values(values))


def remove_attachment(
    session: Session, attachment_id: uuid.UUID, *, actor: str | None = None
) -> None:
    """Unregister an attachment; its content stays (another reply may hold the same file)."""
    attachment = session.get(ReplyAttachment, attachment_id)
    if attachment is None:
        return
    session.add(
        AuditEntry(
            actor=actor or current_actor(),
            entity_type="replies",
            entity_id=attachment.reply_id,
            action=AuditAction.UPDATE,
            field="attachments",
            old_value=f"{attachment.original_name} (sha256 {attachment.sha256[:12]})",
        )
    )
    session.delete(attachment)


def attachment_content(session: Session, attachment: ReplyAttachment) -> bytes:
    """The bytes of an attachment, checked against its SHA-256 before they are used.

    From the database; for an attachment whose content the database lacks (its file was missing
    when the database was upgraded to 0002), from the attachments folder if it is back there.
    """
    content = session.scalar(
        select(AttachmentContent.content).where(AttachmentContent.sha256 == attachment.sha256)
    )
    if content is None:
        content = _content_from_the_folder(attachment)
    if hashlib.sha256(content).hexdigest() != attachment.sha256:
        raise UserError(
            N_("The stored file of {name} has changed since it was attached: it is not opened."),
            name=attachment.original_name,
        )
    return content


def _content_from_the_folder(attachment: ReplyAttachment) -> bytes:
    root = attachments_root()
    relative = attachment.stored_path or _legacy_path(attachment.sha256)
    path = root.joinpath(*relative.split("/"))
    if not path.is_file():
        raise UserError(
            N_(
                "The file of {name} is missing from {folder}: restore the attachments folder from "
                "a backup."
            ),
            name=attachment.original_name,
            folder=root,
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise _unreadable(path, error) from error


#: Copies opened in the system's viewer are kept this long, then removed when another is made.
VIEWING_COPY_DAYS = 2


def viewing_root() -> Path:
    """Where copies for the system's viewer go: `<cache folder>/viewing`."""
    return cache_dir() / "viewing"


def _remove_old_copies(root: Path, now: float) -> None:
    """Folders of copies made more than VIEWING_COPY_DAYS ago (the viewer is long closed)."""
    if not root.is_dir():
        return
    for folder in root.iterdir():
        try:
            if now - folder.stat().st_mtime > VIEWING_COPY_DAYS * 86400:
                if folder.is_dir():
                    shutil.rmtree(folder)
                else:
                    folder.unlink()
        except OSError:
            continue  # in use or already gone: left for the next time


def viewing_copy(session: Session, attachment: ReplyAttachment, folder: Path | None = None) -> Path:
    """A copy of the attachment under its own name (and so its extension), for the system's
    viewer, written to `folder` beside and then renamed. By default the folder is one per
    content under `viewing_root()` (opening the same scan again rewrites the same file), and
    copies older than VIEWING_COPY_DAYS are removed meanwhile."""
    content = attachment_content(session, attachment)
    if folder is None:
        root = viewing_root()
        _remove_old_copies(root, time.time())
        folder = root / attachment.sha256[:16]
    name = Path(attachment.original_name).name or attachment.sha256
    # Characters that Windows refuses in file names.
    safe = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name)
    if not safe.strip(". "):  # "..", "." or blank would not name a file in the folder
        safe = attachment.sha256
    # A throwaway copy: no need to wait for the disk.
    return write_file(folder / safe, content, sync=False)
