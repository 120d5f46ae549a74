"""Requests to deliver a statement, and the slot each one gets."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.domain.base import Base, KeyMixin, TimestampMixin, UTCDateTime, enum_column
from liaison_app.domain.correspondence import Reply
from liaison_app.domain.directory import Contact, MemberState, Organization
from liaison_app.domain.enums import (
    AttendanceMode,
    IncomingChannel,
    LevelOfRepresentation,
    SpeakingRequestStatus,
)
from liaison_app.domain.events import Event, Session


class SpeakingRequest(KeyMixin, TimestampMixin, Base):
    __tablename__ = "speaking_requests"
    __table_args__ = (
        CheckConstraint(
            "member_state_id IS NOT NULL OR organization_id IS NOT NULL", name="has_delegation"
        ),
        CheckConstraint(
            "NOT manual_override OR override_reason IS NOT NULL", name="override_has_reason"
        ),
    )

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    member_state_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("member_states.id", ondelete="RESTRICT"), index=True
    )
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    reply_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("replies.id", ondelete="SET NULL"), index=True
    )
    speaker_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    speaker_name: Mapped[str] = mapped_column(String(300))
    speaker_title: Mapped[str | None] = mapped_column(String(300))
    level: Mapped[LevelOfRepresentation] = mapped_column(
        enum_column(LevelOfRepresentation, "level_of_representation")
    )
    mode: Mapped[AttendanceMode] = mapped_column(
        enum_column(AttendanceMode, "attendance_mode"), default=AttendanceMode.IN_PERSON
    )
    #: When the request was received, to the minute: first come, first served within a level.
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    channel: Mapped[IncomingChannel | None] = mapped_column(
        enum_column(IncomingChannel, "incoming_channel")
    )
    status: Mapped[SpeakingRequestStatus] = mapped_column(
        enum_column(SpeakingRequestStatus, "speaking_request_status"),
        default=SpeakingRequestStatus.REQUESTED,
    )
    session_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True
    )
    #: Order within the session (0 first), or within the waitlist.
    slot_position: Mapped[int | None] = mapped_column(Integer)
    waitlist_position: Mapped[int | None] = mapped_column(Integer)
    #: An officer placed this speaker by hand; allocation keeps the placement.
    manual_override: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event] = relationship()
    member_state: Mapped[MemberState | None] = relationship()
    organization: Mapped[Organization | None] = relationship()
    reply: Mapped[Reply | None] = relationship()
    speaker: Mapped[Contact | None] = relationship()
    session: Mapped[Session | None] = relationship()
    preferences: Mapped[list[SessionPreference]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="SessionPreference.rank"
    )


class SessionPreference(KeyMixin, Base):
    __tablename__ = "session_preferences"
    __table_args__ = (
        UniqueConstraint("request_id", "session_id", name="uq_session_preferences_request_session"),
    )

    request_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("speaking_requests.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    rank: Mapped[int] = mapped_column(Integer, default=0)

    request: Mapped[SpeakingRequest] = relationship(back_populates="preferences")
    session: Mapped[Session] = relationship()
