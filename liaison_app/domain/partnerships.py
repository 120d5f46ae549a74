"""Partnership packages on offer and the inquiries that move through the pipeline."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.domain.base import Base, KeyMixin, TimestampMixin, enum_column
from liaison_app.domain.directory import Contact, Organization
from liaison_app.domain.enums import InquirySource, PartnershipStage
from liaison_app.domain.events import Event, pick_language


class PartnershipPackage(KeyMixin, TimestampMixin, Base):
    __tablename__ = "partnership_packages"
    __table_args__ = (
        UniqueConstraint("event_id", "code", name="uq_partnership_packages_event_code"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint("length(currency) = 3", name="currency_iso4217"),
        CheckConstraint(
            "quantity_available IS NULL OR quantity_available >= 0", name="quantity_not_negative"
        ),
    )

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(40))
    names: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    tier: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3))
    benefits: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    #: None means no limit.
    quantity_available: Mapped[int | None] = mapped_column(Integer)

    event: Mapped[Event] = relationship()

    def name(self, language: str) -> str:
        return pick_language(self.names, language)


class PartnershipInquiry(KeyMixin, TimestampMixin, Base):
    __tablename__ = "partnership_inquiries"
    __table_args__ = (
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_not_negative"),
        CheckConstraint("currency IS NULL OR length(currency) = 3", name="currency_iso4217"),
        CheckConstraint(
            "organization_id IS NOT NULL OR organization_name IS NOT NULL", name="has_organization"
        ),
    )

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    #: Name as given when the organization is not (yet) in the directory.
    organization_name: Mapped[str | None] = mapped_column(String(300))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    package_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partnership_packages.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[InquirySource] = mapped_column(enum_column(InquirySource, "inquiry_source"))
    received_on: Mapped[date] = mapped_column(Date)
    stage: Mapped[PartnershipStage] = mapped_column(
        enum_column(PartnershipStage, "partnership_stage"), default=PartnershipStage.INQUIRY
    )
    stage_changed_on: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    next_follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event] = relationship()
    organization: Mapped[Organization | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    package: Mapped[PartnershipPackage | None] = relationship()
