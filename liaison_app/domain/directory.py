"""Who we write to: member states, organizations and contacts."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.domain.base import Base, KeyMixin, TimestampMixin, enum_column
from liaison_app.domain.enums import (
    FormOfAddress,
    Gender,
    LevelOfRepresentation,
    OrganizationType,
    Region,
)


class MemberState(KeyMixin, TimestampMixin, Base):
    __tablename__ = "member_states"
    __table_args__ = (
        CheckConstraint("length(iso_alpha2) = 2", name="iso_alpha2_length"),
        CheckConstraint("length(iso_alpha3) = 3", name="iso_alpha3_length"),
    )

    iso_alpha2: Mapped[str] = mapped_column(String(2), unique=True)
    iso_alpha3: Mapped[str] = mapped_column(String(3), unique=True)
    iso_numeric: Mapped[str | None] = mapped_column(String(3))
    itu_code: Mapped[str | None] = mapped_column(String(8))
    region: Mapped[Region | None] = mapped_column(enum_column(Region, "region"))
    subregion: Mapped[str | None] = mapped_column(String(80))

    short_name_ar: Mapped[str] = mapped_column(String(200))
    short_name_zh: Mapped[str] = mapped_column(String(200))
    short_name_en: Mapped[str] = mapped_column(String(200))
    short_name_fr: Mapped[str] = mapped_column(String(200))
    short_name_ru: Mapped[str] = mapped_column(String(200))
    short_name_es: Mapped[str] = mapped_column(String(200))
    formal_name_ar: Mapped[str] = mapped_column(String(300))
    formal_name_zh: Mapped[str] = mapped_column(String(300))
    formal_name_en: Mapped[str] = mapped_column(String(300))
    formal_name_fr: Mapped[str] = mapped_column(String(300))
    formal_name_ru: Mapped[str] = mapped_column(String(300))
    formal_name_es: Mapped[str] = mapped_column(String(300))

    #: Preferred language of correspondence: one of the six UN language codes.
    correspondence_language: Mapped[str] = mapped_column(String(8), default="en")
    is_member: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)

    organizations: Mapped[list[Organization]] = relationship(back_populates="member_state")
    contacts: Mapped[list[Contact]] = relationship(back_populates="member_state")

    def short_name(self, language: str) -> str:
        return getattr(self, f"short_name_{language}", None) or self.short_name_en

    def formal_name(self, language: str) -> str:
        return getattr(self, f"formal_name_{language}", None) or self.formal_name_en

    def __repr__(self) -> str:
        return f"<MemberState {self.iso_alpha3} {self.short_name_en}>"


class Organization(KeyMixin, TimestampMixin, Base):
    __tablename__ = "organizations"
    __table_args__ = (
        UniqueConstraint("name", "member_state_id", name="uq_organizations_name_member_state"),
    )

    name: Mapped[str] = mapped_column(String(300))
    name_latin: Mapped[str | None] = mapped_column(String(300))
    acronym: Mapped[str | None] = mapped_column(String(40))
    type: Mapped[OrganizationType] = mapped_column(
        enum_column(OrganizationType, "organization_type"), default=OrganizationType.OTHER
    )
    member_state_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("member_states.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(32))
    postal_address: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)

    member_state: Mapped[MemberState | None] = relationship(back_populates="organizations")
    contacts: Mapped[list[Contact]] = relationship(back_populates="organization")


class Contact(KeyMixin, TimestampMixin, Base):
    """A person we write to."""

    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint("length(full_name) > 0", name="full_name_not_empty"),
        Index("ix_contacts_email", "email"),
        Index("ix_contacts_member_state_name", "member_state_id", "full_name"),
        # Search as you type scans this narrow index instead of the wide table; with the member
        # state and the id in it, a search, its order by name and its ids are read from it alone.
        Index("ix_contacts_search_text", "search_text", "member_state_id", "id"),
    )

    form_of_address: Mapped[FormOfAddress] = mapped_column(
        enum_column(FormOfAddress, "form_of_address"), default=FormOfAddress.NONE
    )
    gender: Mapped[Gender] = mapped_column(
        enum_column(Gender, "gender"), default=Gender.UNSPECIFIED
    )
    #: The name as the person writes it, in its own script.
    full_name: Mapped[str] = mapped_column(String(300))
    #: The same name in Latin script (for sorting, envelopes and Latin-script letters).
    full_name_latin: Mapped[str | None] = mapped_column(String(300))
    given_name: Mapped[str | None] = mapped_column(String(150))
    family_name: Mapped[str | None] = mapped_column(String(150))
    position: Mapped[str | None] = mapped_column(String(300))
    level: Mapped[LevelOfRepresentation | None] = mapped_column(
        enum_column(LevelOfRepresentation, "level_of_representation")
    )
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    member_state_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("member_states.id", ondelete="SET NULL")
    )
    email: Mapped[str | None] = mapped_column(String(320))
    email_alt: Mapped[str | None] = mapped_column(String(320))
    #: Phones are stored in E.164 (+41227305350).
    phone: Mapped[str | None] = mapped_column(String(32))
    phone_mobile: Mapped[str | None] = mapped_column(String(32))
    postal_address: Mapped[str | None] = mapped_column(Text)
    #: Any BCP 47 code; letters fall back to the member state's language, then English.
    preferred_language: Mapped[str | None] = mapped_column(String(16))
    #: Replaces the computed salutation for this one recipient.
    salutation_override: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    #: Folded text of the names, position, organization and e-mail, for search as you type.
    search_text: Mapped[str] = mapped_column(Text, default="")
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )

    organization: Mapped[Organization | None] = relationship(back_populates="contacts")
    member_state: Mapped[MemberState | None] = relationship(back_populates="contacts")

    def __repr__(self) -> str:
        return f"<Contact {self.full_name!r}>"
