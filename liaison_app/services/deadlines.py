"""Deadlines: a countdown to each one, who has not replied yet (soonest deadline first), who is
overdue, and the one-click selection of non-repliers that the reminder letters go to.

Days are counted on the Secretariat's calendar (`domain.invitation_rules`), whatever the time zone
of the laptop: an officer in Auckland on the morning of 16 April still sees the last day of a
15 April deadline, because it is 15 April in Geneva.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.domain.events import pick_language
from liaison_app.domain.invitation_rules import (
    AWAITING_STATUSES,
    days_left,
    deadline_end,
    secretariat_today,
    time_left,
)
from liaison_app.domain.models import Circular, Event
from liaison_app.services.invitations import InvitationFilter, InvitationRow, invitation_rows


class DeadlineKind(StrEnum):
    #: The event's own reply deadline (for invitations sent without a circular).
    EVENT_REPLY = "event_reply"
    #: A circular's reply deadline.
    CIRCULAR_REPLY = "circular_reply"
    SPEAKING_REQUEST = "speaking_request"


@dataclass(frozen=True, slots=True)
class Countdown:
    kind: DeadlineKind
    due_on: date
    #: Calendar days left in Geneva: 0 on the last day, negative once passed.
    days_left: int
    #: To the end of the deadline day in Geneva; negative once passed.
    time_left: timedelta
    #: When the deadline day ends, in UTC.
    ends_at: datetime
    event_id: uuid.UUID
    event_reference: str
    circular_id: uuid.UUID | None = None
    circular_reference: str | None = None
    #: The circular's subject (or the event's title), in the language asked for.
    subject: str = ""
    #: Invitations of this deadline still waiting for a reply (None for speaking requests).
    awaiting: int | None = None

    @property
    def passed(self) -> bool:
        return self.days_left < 0

    @property
    def list_filter(self) -> InvitationFilter | None:
        """The invitations still waiting under this deadline (None for speaking requests)."""
        if self.kind is DeadlineKind.SPEAKING_REQUEST:
            return None
        if self.kind is DeadlineKind.EVENT_REPLY:
            return InvitationFilter(awaiting=True, without_circular=True)
        return InvitationFilter(awaiting=True, circular_id=self.circular_id)


@dataclass(frozen=True, slots=True)
class NonReplier:
    invitation_id: uuid.UUID
    addressee: str
    member_state: str
    iso3: str
    status: str
    deadline: date | None
    #: None when the invitation has no deadline.
    days_left: int | None
    sent_on: date | None
    reminders_sent: int
    last_reminder_on: date | None
    circular_reference: str | None
    row: InvitationRow

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0


def _is_waiting(row: InvitationRow) -> bool:
    return not row.replied and row.status in AWAITING_STATUSES


def countdowns(
    session: Session,
    event_id: uuid.UUID,
    now: datetime,
    language: str = "en",
    rows: list[InvitationRow] | None = None,
) -> list[Countdown]:
    """Every deadline of the event, soonest first: its reply and speaking-request deadlines and
    each circular's reply deadline, with how many invitations still wait under each."""
    event = session.get(Event, event_id)
    if event is None:
        return []
    rows = rows if rows is not None else invitation_rows(session, event_id, language)
    found: list[Countdown] = []

    def add(kind: DeadlineKind, due: date, **extra: object) -> None:
        found.append(
            Countdown(
                kind=kind,
                due_on=due,
                days_left=days_left(due, now),
                time_left=time_left(due, now),
                ends_at=deadline_end(due),
                event_id=event.id,
                event_reference=event.reference,
                **extra,  # type: ignore[arg-type]
            )
        )

    title = event.title(language) or event.reference
    circulars = list(
        session.scalars(
            select(Circular)
            .where(Circular.event_id == event_id, Circular.reply_deadline.is_not(None))
            .order_by(Circular.reply_deadline)
        )
    )
    without_circular = [r for r in rows if r.circular_id is None]
    # The event's own deadline matters for invitations sent without a circular, or when no
    # circular sets one; otherwise it would repeat the circulars' line.
    if event.reply_deadline is not None and (without_circular or not circulars):
        add(
            DeadlineKind.EVENT_REPLY,
            event.reply_deadline,
            subject=title,
            awaiting=sum(1 for r in without_circular if _is_waiting(r)),
        )
    for circular in circulars:
        assert circular.reply_deadline is not None
        mine = [r for r in rows if r.circular_id == circular.id]
        add(
            DeadlineKind.CIRCULAR_REPLY,
            circular.reply_deadline,
            circular_id=circular.id,
            circular_reference=circular.reference,
            subject=pick_language(circular.subjects, language),
            awaiting=sum(1 for r in mine if _is_waiting(r)),
        )
    if event.speaking_request_deadline is not None:
        add(DeadlineKind.SPEAKING_REQUEST, event.speaking_request_deadline, subject=title)
    found.sort(key=lambda c: (c.due_on, c.kind != DeadlineKind.CIRCULAR_REPLY))
    return found


def upcoming_deadlines(
    session: Session,
    now: datetime,
    *,
    language: str = "en",
    within_days: int = 60,
    passed_within_days: int = 14,
) -> list[Countdown]:
    """Deadlines of every event from `passed_within_days` ago to `within_days` ahead."""
    today = secretariat_today(now)
    found: list[Countdown] = []
    for event_id in session.scalars(select(Event.id)):
        found += [
            c
            for c in countdowns(session, event_id, now, language)
            if -passed_within_days <= (c.due_on - today).days <= within_days
        ]
    return sorted(found, key=lambda c: (c.due_on, c.event_reference))


def _days_left(row: InvitationRow, now: datetime) -> int | None:
    # A letter sent after the deadline is not held to it (see `deadline_has_passed`).
    if row.deadline is None or row.sent_on is None or row.sent_on > row.deadline:
        return None
    return days_left(row.deadline, now)


def non_repliers(
    session: Session,
    event_id: uuid.UUID,
    now: datetime,
    language: str = "en",
    rows: list[InvitationRow] | None = None,
) -> list[NonReplier]:
    """Invitations sent and still without a reply, the soonest (or most overdue) deadline first;
    those without a deadline last; then by addressee."""
    rows = rows if rows is not None else invitation_rows(session, event_id, language)
    found = [
        NonReplier(
            invitation_id=row.id,
            addressee=row.addressee,
            member_state=row.member_state,
            iso3=row.iso3,
            status=row.status.value,
            deadline=row.deadline,
            days_left=_days_left(row, now),
            sent_on=row.sent_on,
            reminders_sent=row.reminders_sent,
            last_reminder_on=row.last_reminder_on,
            circular_reference=row.circular_reference,
            row=row,
        )
        for row in rows
        if _is_waiting(row)
    ]
    found.sort(
        key=lambda n: (
            n.days_left is None,
            n.days_left if n.days_left is not None else 0,
            n.addressee.casefold(),
        )
    )
    return found


def overdue(repliers: list[NonReplier]) -> list[NonReplier]:
    """The non-repliers whose deadline has passed, most overdue first."""
    return [n for n in repliers if n.overdue]


def reminder_selection(
    session: Session,
    event_id: uuid.UUID,
    now: datetime,
    *,
    overdue_only: bool = False,
) -> list[uuid.UUID]:
    """The invitations a reminder should go to: every non-replier (or only the overdue ones),
    in the order of the deadlines list."""
    found = non_repliers(session, event_id, now)
    if overdue_only:
        found = overdue(found)
    return [n.invitation_id for n in found]


def reminder_recipient_keys(invitation_ids: list[uuid.UUID]) -> tuple[str, ...]:
    """The same selection as `services.letters.PackRequest.recipient_keys` names recipients."""
    return tuple(f"invitation:{invitation_id}" for invitation_id in invitation_ids)
