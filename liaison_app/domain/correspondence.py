"""Outgoing circulars and invitations, and the replies that come back with their delegations."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.domain.base import Base, KeyMixin, TimestampMixin, UTCDateTime, enum_column
from liaison_app.domain.directory import Contact, MemberState
from liaison_app.domain.enums import (
    AddresseeScope,
    AttendanceMode,
    Credentials,
    IncomingChannel,
    InvitationStatus,
    LevelOfRepresentation,
    OutgoingChannel,
    ReplyDecision,
)
from liaison_app.domain.events import Event, pick_language


class Circular(KeyMixin, TimestampMixin, Base):
    """An outgoing letter series such as CL-22/009."""

    __tablename__ = "circulars"
    __table_args__ = (
        UniqueConstraint("year", "number", name="uq_circulars_year_number"),
        CheckConstraint("number > 0", name="number_positive"),
    )

    reference: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date)
    subjects: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    reply_deadline: Mapped[date | None] = mapped_column(Date)
    event_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    addressee_scope: Mapped[AddresseeScope] = mapped_column(
        enum_column(AddresseeScope, "addressee_scope"), default=AddresseeScope.ALL_MEMBER_STATES
    )
    #: Addressee description as printed on the letter ("Ministers of Member States"), per language.
    addressees: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    #: Language versions issued, as codes.
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    department: Mapped[str | None] = mapped_column(String(80))
    notes: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event | None] = relationship()
    invitations: Mapped[list[Invitation]] = relationship(back_populates="circular")

    def subject(self, language: str) -> str:
        return pick_language(self.subjects, language)


class Invitation(KeyMixin, TimestampMixin, Base):
    """A circular or event sent to one addressee (a member state or a contact)."""

    __tablename__ = "invitations"
    __table_args__ = (
        CheckConstraint(
            "member_state_id IS NOT NULL OR contact_id IS NOT NULL", name="has_addressee"
        ),
        # One invitation per series (circular, else event) and addressee: never a duplicate.
        UniqueConstraint("series_key", "addressee_key", name="uq_invitations_series_addressee"),
        Index("ix_invitations_status", "status"),
    )

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    circular_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("circulars.id", ondelete="SET NULL"), index=True
    )
    member_state_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("member_states.id", ondelete="RESTRICT"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="RESTRICT"), index=True
    )
    #: "circular:<id>" or "event:<id>"; with `addressee_key` it makes invitations unique.
    series_key: Mapped[str] = mapped_column(String(80))
    #: "contact:<id>" or "member_state:<id>".
    addressee_key: Mapped[str] = mapped_column(String(80))
    channel: Mapped[OutgoingChannel | None] = mapped_column(
        enum_column(OutgoingChannel, "outgoing_channel")
    )
    sent_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[InvitationStatus] = mapped_column(
        enum_column(InvitationStatus, "invitation_status"), default=InvitationStatus.DRAFT
    )
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    reminders_sent: Mapped[int] = mapped_column(Integer, default=0)
    last_reminder_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event] = relationship()
    circular: Mapped[Circular | None] = relationship(back_populates="invitations")
    member_state: Mapped[MemberState | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    reply: Mapped[Reply | None] = relationship(
        back_populates="invitation", cascade="all, delete-orphan", uselist=False
    )

    @staticmethod
    def make_series_key(circular_id: uuid.UUID | None, event_id: uuid.UUID) -> str:
        return f"circular:{circular_id}" if circular_id else f"event:{event_id}"

    @staticmethod
    def make_addressee_key(member_state_id: uuid.UUID | None, contact_id: uuid.UUID | None) -> str:
        if contact_id is not None:
            return f"contact:{contact_id}"
        if member_state_id is not None:
            return f"member_state:{member_state_id}"
        raise ValueError("an invitation needs a member state or a contact")


class Reply(KeyMixin, TimestampMixin, Base):
    """The one reply to an invitation; several sources (letter, online form) may make it up."""

    __tablename__ = "replies"

    invitation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("invitations.id", ondelete="CASCADE"), unique=True
    )
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[IncomingChannel] = mapped_column(
        enum_column(IncomingChannel, "incoming_channel")
    )
    decision: Mapped[ReplyDecision] = mapped_column(enum_column(ReplyDecision, "reply_decision"))
    level: Mapped[LevelOfRepresentation | None] = mapped_column(
        enum_column(LevelOfRepresentation, "level_of_representation")
    )
    credentials: Mapped[Credentials] = mapped_column(
        enum_column(Credentials, "credentials"), default=Credentials.NONE
    )
    credentials_signed_by: Mapped[str | None] = mapped_column(String(300))
    credentials_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    invitation: Mapped[Invitation] = relationship(back_populates="reply")
    sources: Mapped[list[ReplySource]] = relationship(
        back_populates="reply", cascade="all, delete-orphan", order_by="ReplySource.received_on"
    )
    delegation: Mapped[list[DelegationMember]] = relationship(
        back_populates="reply",
        cascade="all, delete-orphan",
        order_by="(DelegationMember.is_head.desc(), DelegationMember.position)",
    )
    attachments: Mapped[list[ReplyAttachment]] = relationship(
        back_populates="reply", cascade="all, delete-orphan"
    )


class ReplySource(KeyMixin, TimestampMixin, Base):
    """One way the reply arrived: a signed letter, a note verbale, the online form..."""

    __tablename__ = "reply_sources"

    reply_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("replies.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[IncomingChannel] = mapped_column(
        enum_column(IncomingChannel, "incoming_channel")
    )
    received_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)

    reply: Mapped[Reply] = relationship(back_populates="sources")


class DelegationMember(KeyMixin, TimestampMixin, Base):
    __tablename__ = "delegation_members"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)

    reply_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("replies.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    #: The name as the person writes it; `name_latin` in Latin script.
    name: Mapped[str] = mapped_column(String(300))
    name_latin: Mapped[str | None] = mapped_column(String(300))
    function: Mapped[str | None] = mapped_column(String(300))
    is_head: Mapped[bool] = mapped_column(Boolean, default=False)
    mode: Mapped[AttendanceMode] = mapped_column(
        enum_column(AttendanceMode, "attendance_mode"), default=AttendanceMode.IN_PERSON
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    reply: Mapped[Reply] = relationship(back_populates="delegation")
    contact: Mapped[Contact | None] = relationship()


class ReplyAttachment(KeyMixin, TimestampMixin, Base):
    """A file received with a reply, copied into the app's data folder."""

    __tablename__ = "reply_attachments"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="sha256_length"),)

    reply_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("replies.id", ondelete="CASCADE"), index=True
    )
    original_name: Mapped[str] = mapped_column(String(500))
    #: Path relative to the attachments folder.
    stored_path: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    mime_type: Mapped[str | None] = mapped_column(String(120))

    reply: Mapped[Reply] = relationship(back_populates="attachments")
