"""Letter templates and the register of every letter and pack generated."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.domain.base import Base, KeyMixin, TimestampMixin, enum_column
from liaison_app.domain.enums import LetterKind


class LetterTemplate(KeyMixin, TimestampMixin, Base):
    """A template per kind and language; the body uses sandboxed Jinja2 merge fields."""

    __tablename__ = "letter_templates"
    __table_args__ = (
        UniqueConstraint("kind", "language", "name", name="uq_letter_templates_kind_language_name"),
    )

    kind: Mapped[LetterKind] = mapped_column(enum_column(LetterKind, "letter_kind"))
    language: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(120), default="default")
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class LetterPack(KeyMixin, TimestampMixin, Base):
    """A print-ready PDF holding many letters."""

    __tablename__ = "letter_packs"
    __table_args__ = (CheckConstraint("letter_count >= 0", name="count_not_negative"),)

    kind: Mapped[LetterKind] = mapped_column(enum_column(LetterKind, "letter_kind"))
    event_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    language_mode: Mapped[str] = mapped_column(String(8), default="auto")
    file_path: Mapped[str | None] = mapped_column(String(1000))
    sha256: Mapped[str | None] = mapped_column(String(64))
    letter_count: Mapped[int] = mapped_column(Integer, default=0)

    letters: Mapped[list[Letter]] = relationship(back_populates="pack")


class Letter(KeyMixin, TimestampMixin, Base):
    """One generated letter, registered with the hash of its file."""

    __tablename__ = "letters"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="sha256_length"),)

    reference: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[LetterKind] = mapped_column(enum_column(LetterKind, "letter_kind"))
    language: Mapped[str] = mapped_column(String(8))
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("letter_templates.id", ondelete="SET NULL")
    )
    event_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    circular_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("circulars.id", ondelete="SET NULL"), index=True
    )
    invitation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("invitations.id", ondelete="SET NULL"), index=True
    )
    speaking_request_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("speaking_requests.id", ondelete="SET NULL"), index=True
    )
    partnership_inquiry_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partnership_inquiries.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    member_state_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("member_states.id", ondelete="SET NULL"), index=True
    )
    recipient: Mapped[str] = mapped_column(String(500))
    file_path: Mapped[str | None] = mapped_column(String(1000))
    sha256: Mapped[str] = mapped_column(String(64))
    page_count: Mapped[int] = mapped_column(Integer, default=1)
    pack_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("letter_packs.id", ondelete="SET NULL"), index=True
    )

    pack: Mapped[LetterPack | None] = relationship(back_populates="letters")
