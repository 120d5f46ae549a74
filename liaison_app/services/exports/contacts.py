"""The contacts list: every field of every contact, with organization and Member State named."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from enum import StrEnum

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from liaison_app.domain.enums import FormOfAddress, Gender, LevelOfRepresentation, OrganizationType
from liaison_app.domain.enums import Region as RegionEnum
from liaison_app.domain.models import Contact, MemberState, Organization
from liaison_app.services.exports._common import in_ids, sort_key, utc
from liaison_app.services.labels import header, label
from liaison_app.spreadsheets.workbook_writer import Column, SheetSpec


def contact_columns(language: str) -> list[Column]:
    def col(key: str, kind: str = "text", width: int | None = None) -> Column:
        return Column(key, header(key, language), kind, width)  # type: ignore[arg-type]

    return [
        col("member_state"),
        col("iso_code", "code", 8),
        col("region"),
        col("form_of_address"),
        col("full_name"),
        col("full_name_latin"),
        col("given_name"),
        col("family_name"),
        col("gender"),
        col("position", "wrapped", 40),
        col("level"),
        col("organization", "wrapped", 40),
        col("organization_type"),
        col("email"),
        col("email_alt"),
        col("phone", "code"),
        col("phone_mobile", "code"),
        col("postal_address", "wrapped", 40),
        col("preferred_language", "code", 10),
        col("salutation_override", "wrapped", 40),
        col("notes", "wrapped", 50),
        col("created_at", "datetime"),
        col("updated_at", "datetime"),
        col("record_id", "code", 38),
    ]


def raw(column):
    """The stored value as a plain string: the labels are looked up by value anyway, and
    skipping SQLAlchemy's enum conversion matters over 100,000 rows."""
    return type_coerce(column, String)


def _words(enum_cls: type[StrEnum], language: str) -> dict[object, str | None]:
    """Each member's label, looked up once for the whole list (None stays an empty cell).

    Keyed by member, found by value too: a StrEnum member hashes and compares as its value.
    """
    words: dict[object, str | None] = {m: (label(m, language) or None) for m in enum_cls}
    words[None] = None
    return words


def contacts_sheet(
    session: Session, language: str, *, ids: Collection[uuid.UUID] | None = None
) -> SheetSpec:
    """All contacts (or those in `ids`), sorted by Member State then name."""
    # A contact without its own Member State takes its organization's.
    state = aliased(MemberState)
    state_id = func.coalesce(Contact.member_state_id, Organization.member_state_id)
    statement = (
        select(
            getattr(state, f"short_name_{language}", state.short_name_en),
            state.iso_alpha3,
            raw(state.region),
            raw(Contact.form_of_address),
            Contact.full_name,
            Contact.full_name_latin,
            Contact.given_name,
            Contact.family_name,
            raw(Contact.gender),
            Contact.position,
            raw(Contact.level),
            Organization.name,
            raw(Organization.type),
            Contact.email,
            Contact.email_alt,
            Contact.phone,
            Contact.phone_mobile,
            Contact.postal_address,
            Contact.preferred_language,
            Contact.salutation_override,
            Contact.notes,
            Contact.created_at,
            Contact.updated_at,
            Contact.id,
        )
        .select_from(Contact)
        .outerjoin(Organization, Contact.organization_id == Organization.id)
        .outerjoin(state, state.id == state_id)
        .where(*in_ids(Contact.id, ids))
    )
    wanted = set(ids) if ids is not None else None
    regions = _words(RegionEnum, language)
    forms = _words(FormOfAddress, language)
    genders = _words(Gender, language)
    levels = _words(LevelOfRepresentation, language)
    types = _words(OrganizationType, language)

    rows = []
    for r in session.execute(statement):
        if wanted is not None and r[23] not in wanted:
            continue
        rows.append(
            [
                r[0], r[1], regions[r[2]], forms[r[3]], r[4], r[5], r[6], r[7], genders[r[8]],
                r[9], levels[r[10]], r[11], types[r[12]], r[13], r[14], r[15], r[16], r[17],
                r[18], r[19], r[20], utc(r[21]), utc(r[22]), str(r[23]),
            ]
        )  # fmt: skip
    # Sorted here rather than in SQL: accents and case must not decide the order.
    rows.sort(key=lambda row: (sort_key(row[0]), sort_key(row[5] or row[4])))
    return SheetSpec(
        header("sheet.contacts", language),
        contact_columns(language),
        rows,
        row_count=len(rows),
    )
