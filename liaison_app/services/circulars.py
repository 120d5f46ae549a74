"""The register of circulars: CL-YY/NNN references unique and suggested per year, dates, subjects,
reply deadlines, addressees, and how many invitations and replies each one has.

    suggest_reference(session, 2022)            # "CL-22/010" after CL-22/009
    save_circular(session, CircularDraft(...))  # validated, audited, in the caller's transaction
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.domain.circular_numbering import (
    CENTURY,
    format_reference,
    next_number,
    parse_reference,
)
from liaison_app.domain.enums import UN_LANGUAGES, AddresseeScope
from liaison_app.domain.events import pick_language
from liaison_app.domain.invitation_rules import secretariat_today
from liaison_app.domain.models import Circular, Event, Invitation, Reply
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services.audit import apply_changes, record_create, record_delete
from liaison_app.services.deletion import Deleted, snapshot

LANGUAGES: tuple[str, ...] = tuple(language.value for language in UN_LANGUAGES)


class CircularInvalid(UserError):
    """A value of the circular editor is refused; `field` names the widget concerned."""

    def __init__(self, field_name: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field_name


@dataclass
class CircularDraft:
    issued_on: date
    subjects: dict[str, str]
    #: Blank: the next number of the year of `issued_on`.
    reference: str = ""
    reply_deadline: date | None = None
    event_id: uuid.UUID | None = None
    addressee_scope: AddresseeScope = AddresseeScope.ALL_MEMBER_STATES
    addressees: dict[str, str] = field(default_factory=dict)
    languages: list[str] = field(default_factory=lambda: list(LANGUAGES))
    department: str | None = None
    notes: str | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class CircularRow:
    """One line of the register."""

    id: uuid.UUID
    reference: str
    year: int
    number: int
    issued_on: date
    subject: str
    reply_deadline: date | None
    event_id: uuid.UUID | None
    event_reference: str | None
    addressee_scope: AddresseeScope
    invitations: int
    replies: int


def next_circular_number(session: Session, year: int) -> int:
    used = session.scalars(select(Circular.number).where(Circular.year == year))
    return next_number(used)


def suggest_reference(session: Session, year: int | None = None) -> str:
    """The reference the next circular of `year` (default: this year in Geneva) should take."""
    year = year or secretariat_today().year
    return format_reference(year, next_circular_number(session, year))


def list_circulars(
    session: Session, event_id: uuid.UUID | None = None, language: str = "en"
) -> list[CircularRow]:
    """The register, the latest first; only the event's circulars when `event_id` is given."""
    invitations = (
        select(Invitation.circular_id, func.count().label("n"))
        .group_by(Invitation.circular_id)
        .subquery()
    )
    replies = (
        select(Invitation.circular_id, func.count().label("n"))
        .join(Reply, Reply.invitation_id == Invitation.id)
        .group_by(Invitation.circular_id)
        .subquery()
    )
    query = (
        select(Circular, Event.reference, invitations.c.n, replies.c.n)
        .outerjoin(Event, Circular.event_id == Event.id)
        .outerjoin(invitations, invitations.c.circular_id == Circular.id)
        .outerjoin(replies, replies.c.circular_id == Circular.id)
        .order_by(Circular.year.desc(), Circular.number.desc())
    )
    if event_id is not None:
        query = query.where(Circular.event_id == event_id)
    return [
        CircularRow(
            id=circular.id,
            reference=circular.reference,
            year=circular.year,
            number=circular.number,
            issued_on=circular.issued_on,
            subject=pick_language(circular.subjects, language),
            reply_deadline=circular.reply_deadline,
            event_id=circular.event_id,
            event_reference=event_reference,
            addressee_scope=circular.addressee_scope,
            invitations=invited or 0,
            replies=replied or 0,
        )
        for circular, event_reference, invited, replied in session.execute(query)
    ]


def get_circular(session: Session, circular_id: uuid.UUID) -> Circular:
    circular = session.get(Circular, circular_id)
    if circular is None:
        raise UserError(N_("This circular no longer exists: someone may have deleted it."))
    return circular


def circular_draft(session: Session, circular_id: uuid.UUID) -> CircularDraft:
    circular = get_circular(session, circular_id)
    return CircularDraft(
        id=circular.id,
        reference=circular.reference,
        issued_on=circular.issued_on,
        subjects=dict(circular.subjects or {}),
        reply_deadline=circular.reply_deadline,
        event_id=circular.event_id,
        addressee_scope=circular.addressee_scope,
        addressees=dict(circular.addressees or {}),
        languages=list(circular.languages or []),
        department=circular.department,
        notes=circular.notes,
    )


def _texts(values: dict[str, str] | None) -> dict[str, str]:
    return {
        language: text.strip()
        for language, text in (values or {}).items()
        if language in LANGUAGES and text and text.strip()
    }


def _values(session: Session, draft: CircularDraft) -> dict[str, Any]:
    """The columns to store, or CircularInvalid for the first value refused."""
    if draft.issued_on is None:
        raise CircularInvalid("issued_on", N_("Give the circular its date."))
    if draft.reference.strip():
        try:
            number = parse_reference(draft.reference)
        except ValueError:
            raise CircularInvalid(
                "reference",
                N_("{reference} is not a circular reference like CL-22/009."),
                reference=draft.reference.strip(),
            ) from None
        if number.year != draft.issued_on.year:
            raise CircularInvalid(
                "reference",
                N_("{reference} is numbered in {year}, but the circular is dated {date}."),
                reference=number.reference,
                year=number.year,
                date=draft.issued_on.isoformat(),
            )
        year, serial = number.year, number.number
    else:
        year = draft.issued_on.year
        if not CENTURY <= year < CENTURY + 100:
            raise CircularInvalid("issued_on", N_("A circular is dated between 2000 and 2099."))
        serial = next_circular_number(session, year)
    taken = session.scalar(
        select(Circular).where(
            Circular.year == year,
            Circular.number == serial,
            *([Circular.id != draft.id] if draft.id else []),
        )
    )
    if taken is not None:
        raise CircularInvalid(
            "reference",
            N_("{reference} is already the reference of the circular of {date}: take {next}."),
            reference=format_reference(year, serial),
            date=taken.issued_on.isoformat(),
            next=suggest_reference(session, year),
        )
    subjects = _texts(draft.subjects)
    if not subjects:
        raise CircularInvalid(
            "subjects", N_("Give the circular a subject in at least one language.")
        )
    if draft.reply_deadline is not None and draft.reply_deadline < draft.issued_on:
        raise CircularInvalid(
            "reply_deadline",
            N_("The reply deadline, {deadline}, is before the circular's date, {date}."),
            deadline=draft.reply_deadline.isoformat(),
            date=draft.issued_on.isoformat(),
        )
    if draft.event_id is not None:
        event = session.get(Event, draft.event_id)
        if event is None:
            raise CircularInvalid("event_id", N_("The event of this circular no longer exists."))
        if draft.reply_deadline is not None and draft.reply_deadline > event.ends_on:
            raise CircularInvalid(
                "reply_deadline",
                N_("The reply deadline, {deadline}, falls after the event, which ends on {end}."),
                deadline=draft.reply_deadline.isoformat(),
                end=event.ends_on.isoformat(),
            )
    languages = [code for code in LANGUAGES if code in set(draft.languages or ())]
    return {
        "reference": format_reference(year, serial),
        "year": year,
        "number": serial,
        "issued_on": draft.issued_on,
        "subjects": subjects,
        "reply_deadline": draft.reply_deadline,
        "event_id": draft.event_id,
        "addressee_scope": AddresseeScope(draft.addressee_scope),
        "addressees": _texts(draft.addressees),
        "languages": languages,
        "department": (draft.department or "").strip() or None,
        "notes": (draft.notes or "").strip() or None,
    }


def save_circular(
    session: Session,
    draft: CircularDraft,
    *,
    today: date | None = None,
    actor: str | None = None,
) -> Circular:
    """Create or update a circular, audited. When its deadline moves, the "no reply" status of its
    invitations follows (see `invitations.sync_deadline_statuses`)."""
    values = _values(session, draft)
    if draft.id is None:
        circular = Circular(**values)
        session.add(circular)
        record_create(session, circular, actor=actor)
        return circular
    circular = get_circular(session, draft.id)
    if circular.invitations and values["event_id"] != circular.event_id:
        raise CircularInvalid(
            "event_id",
            N_("Invitations were sent with this circular: it stays with its event."),
        )
    changes = apply_changes(session, circular, values, actor=actor)
    if "reply_deadline" in changes:
        from liaison_app.services.invitations import sync_deadline_statuses

        session.flush()
        sync_deadline_statuses(
            session, today=today or secretariat_today(), circular_id=circular.id, actor=actor
        )
    return circular


def delete_circular(
    session: Session, circular_id: uuid.UUID, *, actor: str | None = None
) -> Deleted:
    """Delete a circular that has no invitations yet. Nothing went out under its reference, so
    when it was the year's last, its number is suggested again. Returns what
    `deletion.restore` needs to undo it."""
    circular = get_circular(session, circular_id)
    count = session.scalar(
        select(func.count()).select_from(Invitation).where(Invitation.circular_id == circular_id)
    )
    if count:
        raise UserError(
            N_("{reference} is not deleted: {count} invitation(s) were recorded with it."),
            reference=circular.reference,
            count=count,
        )
    deleted = snapshot(session, Circular.__table__, [circular.id])
    record_delete(session, circular, actor=actor, summary=circular.reference)
    session.delete(circular)
    return deleted
