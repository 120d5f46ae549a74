"""Files received with a reply, copied into the data folder under their SHA-256 and registered.

    <data folder>/attachments/ab/ab12…ef     (the content's SHA-256; the name is kept in the row)

A file is copied to a temporary file in the same folder, flushed to disk, then renamed into
place, so a crash never leaves half a file under a real name. Files are content-addressed: the
same scan attached twice is stored once. The copy happens before the database transaction; if
that transaction fails, the stored file simply stays unreferenced (harmless, and reused if the
same file is attached again).
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from liaison_app.domain.enums import AuditAction
from liaison_app.domain.models import AuditEntry, Reply, ReplyAttachment
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services.audit import current_actor
from liaison_app.storage.location import data_dir

FOLDER_NAME = "attachments"
#: Scans of signed letters are a few MB; a larger file is most likely the wrong one.
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
_BLOCK = 1024 * 1024


def attachments_root(base: Path | None = None) -> Path:
    """Where attachments live: `<data folder>/attachments` (the user data folder by default)."""
    return (base or data_dir()) / FOLDER_NAME


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    #: Relative to the attachments folder, with forward slashes ("ab/ab12…").
    stored_path: str
    size_bytes: int
    original_name: str
    mime_type: str | None


def _unreadable(path: Path, error: OSError) -> UserError:
    return UserError(
        N_("{path} cannot be read: {reason}"), path=path, reason=error.strerror or str(error)
    )


def store_file(source: Path, root: Path) -> StoredFile:
    """Copy `source` into the attachments folder `root` (atomically) and return what was stored.

    A file that cannot be read, a folder, an empty or an oversized file is a UserError.
    """
    if source.is_dir():
        raise UserError(N_("{path} is a folder: attach the files inside it."), path=source)
    try:
        size = source.stat().st_size
    except OSError as error:
        raise _unreadable(source, error) from error
    if size > MAX_ATTACHMENT_BYTES:
        raise UserError(
            N_("{path} is {size} MB: an attachment may be at most 100 MB."),
            path=source,
            size=round(size / (1024 * 1024)),
        )
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(
            N_("The attachments folder {path} cannot be created: {reason}"),
            path=root,
            reason=error.strerror or str(error),
        ) from error
    digest = hashlib.sha256()
    written = 0
    descriptor, temporary = tempfile.mkstemp(prefix=".incoming-", dir=root)
    try:
        with os.fdopen(descriptor, "wb") as out:
            try:
                with source.open("rb") as handle:
                    while block := handle.read(_BLOCK):
                        digest.update(block)
                        out.write(block)
                        written += len(block)
            except OSError as error:
                raise _unreadable(source, error) from error
            out.flush()
            os.fsync(out.fileno())
        if written == 0:
            raise UserError(N_("{path} is empty: there is nothing to attach."), path=source)
        sha = digest.hexdigest()
        relative = f"{sha[:2]}/{sha}"
        target = root / sha[:2] / sha
        target.parent.mkdir(exist_ok=True)
        if target.exists() and _sha256_of(target) == sha:
            os.unlink(temporary)  # the same content is already stored
        else:
            os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    mime, _ = mimetypes.guess_type(source.name)
    return StoredFile(sha, relative, written, source.name, mime)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def attach_files(
    session: Session,
    reply_id: uuid.UUID,
    paths: Iterable[Path],
    *,
    root: Path,
    actor: str | None = None,
) -> list[ReplyAttachment]:
    """Store each file and register it with the reply (audited on the reply). Every file is read
    before anything is registered: one unreadable file attaches none."""
    reply = session.get(Reply, reply_id)
    if reply is None:
        raise UserError(N_("This reply no longer exists: someone may have deleted it."))
    stored = [store_file(Path(path), root) for path in paths]
    return register_files(session, reply, stored, actor=actor)


def register_files(
    session: Session, reply: Reply, stored: list[StoredFile], *, actor: str | None = None
) -> list[ReplyAttachment]:
    """Register files already stored (see `store_file`) with a reply."""
    added = []
    for item in stored:
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


def remove_attachment(
    session: Session, attachment_id: uuid.UUID, *, actor: str | None = None
) -> None:
    """Unregister an attachment; the stored file stays (another reply may hold the same file)."""
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


def attachment_file(attachment: ReplyAttachment, root: Path, *, verify: bool = True) -> Path:
    """The stored file of an attachment, checked against its SHA-256 before it is opened."""
    path = root / Path(*attachment.stored_path.split("/"))
    if not path.is_file():
        raise UserError(
            N_(
                "The file of {name} is missing from {folder}: restore the attachments folder from "
                "a backup."
            ),
            name=attachment.original_name,
            folder=root,
        )
    if verify:
        try:
            actual = _sha256_of(path)
        except OSError as error:
            raise _unreadable(path, error) from error
        if actual != attachment.sha256:
            raise UserError(
                N_(
                    "The stored file of {name} has changed since it was attached: it is not opened."
                ),
                name=attachment.original_name,
            )
    return path


def viewing_copy(attachment: ReplyAttachment, root: Path, folder: Path | None = None) -> Path:
    """A copy of the attachment under its own name (and so its extension), for the system's
    viewer: the stored file has no extension to tell the viewer what it is."""
    source = attachment_file(attachment, root)
    folder = folder or Path(tempfile.mkdtemp(prefix="liaison-attachment-"))
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(attachment.original_name).name or attachment.sha256
    # Characters that Windows refuses in file names.
    safe = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name)
    target = folder / safe
    descriptor, temporary = tempfile.mkstemp(prefix=".copy-", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as out, source.open("rb") as handle:
            while block := handle.read(_BLOCK):
                out.write(block)
        os.replace(temporary, target)
    except OSError as error:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise _unreadable(source, error) from error
    return target
