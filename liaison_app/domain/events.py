"""Events, their phases and sessions."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.domain.base import Base, KeyMixin, TimestampMixin, enum_column
from liaison_app.domain.enums import PhaseMode, SessionMode


def pick_language(texts: dict[str, str] | None, language: str) -> str:
    """The text in `language`, else English, else any; empty when there is none."""
    if not texts:
        return ""
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")


class Event(KeyMixin, TimestampMixin, Base):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates_in_order"),
        CheckConstraint("default_minutes_per_speaker > 0", name="minutes_positive"),
    )

    #: Short stable reference used on the command line (`--event WSIS-2022`).
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    #: Title per language code.
    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    themes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    venue: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    country_code: Mapped[str | None] = mapped_column(String(2))
    website: Mapped[str | None] = mapped_column(String(500))
    #: Named links quoted in letters, e.g. {"speaking_form": URL, "partnerships": URL}.
    links: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reply_deadline: Mapped[date | None] = mapped_column(Date)
    speaking_request_deadline: Mapped[date | None] = mapped_column(Date)
    co_organizers: Mapped[list[str]] = mapped_column(JSON, default=list)

    contact_person_name: Mapped[str | None] = mapped_column(String(200))
    contact_person_title: Mapped[str | None] = mapped_column(String(40))
    contact_email: Mapped[str | None] = mapped_column(String(320))
    contact_phone: Mapped[str | None] = mapped_column(String(32))

    signatory_name: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    signatory_title: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    signature_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature_mime: Mapped[str | None] = mapped_column(String(40))

    # Speaking-slot rules (defaults from ITU practice).
    default_minutes_per_speaker: Mapped[int] = mapped_column(Integer, default=3)
    one_speaker_per_delegation: Mapped[bool] = mapped_column(Boolean, default=True)
    in_person_before_remote: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)

    phases: Mapped[list[EventPhase]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventPhase.starts_on"
    )
    sessions: Mapped[list[Session]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="(Session.date, Session.start_time)",
    )

    def title(self, language: str) -> str:
        return pick_language(self.titles, language)

    def __repr__(self) -> str:
        return f"<Event {self.reference}>"


class EventPhase(KeyMixin, TimestampMixin, Base):
    __tablename__ = "event_phases"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="dates_in_order"),)

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    mode: Mapped[PhaseMode] = mapped_column(enum_column(PhaseMode, "phase_mode"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)

    event: Mapped[Event] = relationship(back_populates="phases")

    def name(self, language: str) -> str:
        return pick_language(self.names, language)


class Session(KeyMixin, TimestampMixin, Base):
    """A session of an event (for example a High-Level Policy Session) with speaking capacity."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="times_in_order"),
        CheckConstraint("minutes_per_speaker > 0", name="minutes_positive"),
    )

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    code: Mapped[str | None] = mapped_column(String(40))
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    room: Mapped[str | None] = mapped_column(String(120))
    minutes_per_speaker: Mapped[int] = mapped_column(Integer, default=3)
    mode: Mapped[SessionMode] = mapped_column(
        enum_column(SessionMode, "session_mode"), default=SessionMode.HYBRID
    )
    moderator: Mapped[str | None] = mapped_column(String(200))
    accepts_speakers: Mapped[bool] = mapped_column(Boolean, default=True)

    event: Mapped[Event] = relationship(back_populates="sessions")

    def title(self, language: str) -> str:
        return pick_language(self.titles, language)

    @property
    def capacity(self) -> int:
        """How many speakers fit: the session's length divided by the minutes per speaker."""
        minutes = (self.end_time.hour * 60 + self.end_time.minute) - (
            self.start_time.hour * 60 + self.start_time.minute
        )
        return max(0, minutes // self.minutes_per_speaker)
