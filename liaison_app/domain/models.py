"""Every entity in one import, so the metadata is complete wherever it is needed."""

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from liaison_app.domain.base import Base, UTCDateTime, utcnow
from liaison_app.domain.correspondence import (
    Circular,
    DelegationMember,
    Invitation,
    Reply,
    ReplyAttachment,
    ReplySource,
)
from liaison_app.domain.directory import Contact, MemberState, Organization
from liaison_app.domain.events import Event, EventPhase, Session
from liaison_app.domain.letters import Letter, LetterPack, LetterTemplate
from liaison_app.domain.partnerships import PartnershipInquiry, PartnershipPackage
from liaison_app.domain.records import AuditEntry, ImportBatch, SavedMapping, Setting
from liaison_app.domain.speaking import SessionPreference, SpeakingRequest


class AttachmentContent(Base):
    """The bytes of a file attached to replies, stored once per distinct content.

    Keyed by the content's SHA-256, which `ReplyAttachment.sha256` holds: the same scan attached
    to two replies (or twice to one) is one row here. No foreign key from the attachments: a row
    migrated from an attachments folder whose file was missing has no content (see 0002).
    """

    __tablename__ = "attachment_contents"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="sha256_length"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


__all__ = [
    "AttachmentContent",
    "AuditEntry",
    "Base",
    "Circular",
    "Contact",
    "DelegationMember",
    "Event",
    "EventPhase",
    "ImportBatch",
    "Invitation",
    "Letter",
    "LetterPack",
    "LetterTemplate",
    "MemberState",
    "Organization",
    "PartnershipInquiry",
    "PartnershipPackage",
    "Reply",
    "ReplyAttachment",
    "ReplySource",
    "SavedMapping",
    "Session",
    "SessionPreference",
    "Setting",
    "SpeakingRequest",
]
