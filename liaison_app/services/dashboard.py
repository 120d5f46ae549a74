"""The dashboard's figures for one event, each with the link that lists the rows behind it.

Invitations by status; replies by decision, region and level of representation; replies per day
against the deadline; the deadlines; speaking requests by status; the partnership pipeline per
currency. Every count comes from the same rows and filters as the Invitations list, so a click on
a bar lists exactly the invitations the bar counted.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.domain.enums import (
    AttendanceMode,
    InvitationStatus,
    LevelOfRepresentation,
    PartnershipStage,
    Region,
    ReplyDecision,
    SpeakingRequestStatus,
)
from liaison_app.domain.invitation_rules import STATUS_ORDER, secretariat_today
from liaison_app.domain.models import (
    Circular,
    DelegationMember,
    Event,
    Invitation,
    Reply,
    SpeakingRequest,
)
from liaison_app.domain.partnership_rules import COMMITTED_STAGES, OPEN_STAGES
from liaison_app.services.deadlines import Countdown, countdowns
from liaison_app.services.invitations import InvitationFilter, InvitationRow, invitation_rows

INVITATIONS = "invitations"
SPEAKING = "speaking"
PARTNERSHIPS = "partnerships"

#: Levels in protocol order, then replies that state none (None).
LEVEL_ORDER: tuple[LevelOfRepresentation | None, ...] = (*LevelOfRepresentation, None)
#: Regions in the order of the reference list, then invitations to people without one (None).
REGION_ORDER: tuple[Region | None, ...] = (*Region, None)


@dataclass(frozen=True)
class ListLink:
    """Where a click on a figure leads: a section of the window and the filter to apply there.

    For the invitations section `filter` is an `InvitationFilter`; for speaking and partnerships
    it is a plain dict ({"statuses": [...]}, {"stages": [...]}) those sections may read.
    """

    section: str
    filter: Any


@dataclass(frozen=True)
class Figure:
    #: The enumerated value counted ("accepted", "africa"), or None for "not stated".
    key: str | None
    count: int
    link: ListLink


@dataclass(frozen=True)
class DayFigure:
    day: date
    count: int
    #: Replies received up to and including this day.
    cumulative: int
    link: ListLink


@dataclass(frozen=True)
class CurrencyTotals:
    currency: str
    committed: Decimal
    prospective: Decimal


@dataclass(frozen=True)
class PartnershipFigures:
    open_count: int
    committed_count: int
    #: One line per currency, alphabetical; currencies are never added together.
    totals: list[CurrencyTotals]
    open_link: ListLink
    committed_link: ListLink


@dataclass(frozen=True)
class DashboardData:
    event_id: uuid.UUID
    event_reference: str
    event_title: str
    today: date
    invitations: Figure
    by_status: list[Figure]
    replies: Figure
    by_decision: list[Figure]
    by_region: list[Figure]
    by_level: list[Figure]
    awaiting: Figure
    overdue: Figure
    #: People announced in accepting replies, and how many of them come in person.
    delegates: int
    delegates_in_person: int
    per_day: list[DayFigure]
    reply_deadline: date | None
    deadlines: list[Countdown]
    speaking: list[Figure] = field(default_factory=list)
    speaking_total: int = 0
    partnerships: PartnershipFigures | None = None


def _invitations(invitation_filter: InvitationFilter) -> ListLink:
    return ListLink(INVITATIONS, invitation_filter)


def _count(rows: list[InvitationRow], invitation_filter: InvitationFilter, today: date) -> int:
    return sum(1 for row in rows if invitation_filter.matches(row, today))


def _figures(
    rows: list[InvitationRow],
    keys: tuple[Any, ...],
    make_filter: Any,
    today: date,
    *,
    keep_zero: bool = True,
) -> list[Figure]:
    found = []
    for key in keys:
        invitation_filter = make_filter(key)
        count = _count(rows, invitation_filter, today)
        if count or keep_zero:
            value = key.value if key is not None else None
            found.append(Figure(value, count, _invitations(invitation_filter)))
    return found


def _per_day(rows: list[InvitationRow], deadline: date | None) -> list[DayFigure]:
    """Every day from the first letter sent (or first reply) to the last reply or the deadline,
    whichever is later; days without a reply count zero."""
    received = Counter(row.received_on for row in rows if row.received_on is not None)
    starts = [row.sent_on for row in rows if row.sent_on is not None] + list(received)
    if not starts:
        return []
    first = min(starts)
    last = max(received, default=first)
    if deadline is not None and deadline >= first:
        last = max(last, deadline)
    days = []
    total = 0
    day = first
    while day <= last:
        count = received.get(day, 0)
        total += count
        days.append(DayFigure(day, count, total, _invitations(InvitationFilter(received_on=day))))
        day += timedelta(days=1)
    return days


def _delegates(session: Session, event_id: uuid.UUID) -> tuple[int, int]:
    query = (
        select(DelegationMember.mode, func.count())
        .join(Reply, DelegationMember.reply_id == Reply.id)
        .join(Invitation, Reply.invitation_id == Invitation.id)
        .where(Invitation.event_id == event_id, Reply.decision == ReplyDecision.ACCEPTED)
        .group_by(DelegationMember.mode)
    )
    counts = dict(session.execute(query).all())
    return sum(counts.values()), counts.get(AttendanceMode.IN_PERSON, 0)


def _speaking(session: Session, event_id: uuid.UUID) -> list[Figure]:
    counts = dict(
        session.execute(
            select(SpeakingRequest.status, func.count())
            .where(SpeakingRequest.event_id == event_id)
            .group_by(SpeakingRequest.status)
        ).all()
    )
    return [
        Figure(
            status.value, counts.get(status, 0), ListLink(SPEAKING, {"statuses": [status.value]})
        )
        for status in SpeakingRequestStatus
    ]


def _partnerships(session: Session, event_id: uuid.UUID) -> PartnershipFigures | None:
    try:
        from liaison_app.services.partnerships import pipeline_totals
    except ImportError:  # the partnerships feature is not in this build
        return None
    totals = pipeline_totals(session, event_id)
    prospective_stages = sorted(OPEN_STAGES - COMMITTED_STAGES, key=list(PartnershipStage).index)
    committed_stages = sorted(COMMITTED_STAGES, key=list(PartnershipStage).index)
    committed = totals.committed_amounts()
    prospective = totals.prospective_amounts()
    lines = [
        CurrencyTotals(
            currency,
            committed.get(currency, Decimal(0)),
            prospective.get(currency, Decimal(0)),
        )
        for currency in sorted(set(committed) | set(prospective))
    ]
    return PartnershipFigures(
        open_count=totals.count(prospective_stages),
        committed_count=totals.count(committed_stages),
        totals=lines,
        open_link=ListLink(PARTNERSHIPS, {"stages": [s.value for s in prospective_stages]}),
        committed_link=ListLink(PARTNERSHIPS, {"stages": [s.value for s in committed_stages]}),
    )


def load_dashboard(
    session: Session, event_id: uuid.UUID, now: datetime, language: str = "en"
) -> DashboardData | None:
    """Every figure of the dashboard for one event (None if the event is gone)."""
    event = session.get(Event, event_id)
    if event is None:
        return None
    today = secretariat_today(now)
    rows = invitation_rows(session, event_id, language)
    everything = InvitationFilter()
    replied = InvitationFilter(replied=True)
    by_status = _figures(
        rows, STATUS_ORDER, lambda s: InvitationFilter(statuses=frozenset({s})), today
    )
    by_decision = _figures(
        rows, tuple(ReplyDecision), lambda d: InvitationFilter(decisions=frozenset({d})), today
    )
    by_region = _figures(
        rows,
        REGION_ORDER,
        lambda r: InvitationFilter(replied=True, regions=frozenset({r})),
        today,
        keep_zero=False,
    )
    by_level = _figures(
        rows,
        LEVEL_ORDER,
        lambda level: InvitationFilter(replied=True, levels=frozenset({level})),
        today,
        keep_zero=False,
    )
    awaiting = InvitationFilter(awaiting=True)
    overdue = InvitationFilter(overdue=True)
    delegates, in_person = _delegates(session, event_id)
    speaking = _speaking(session, event_id)
    deadline = _deadline(session, event)
    return DashboardData(
        event_id=event.id,
        event_reference=event.reference,
        event_title=event.title(language) or event.reference,
        today=today,
        invitations=Figure(None, len(rows), _invitations(everything)),
        by_status=by_status,
        replies=Figure(None, _count(rows, replied, today), _invitations(replied)),
        by_decision=by_decision,
        by_region=by_region,
        by_level=by_level,
        awaiting=Figure(None, _count(rows, awaiting, today), _invitations(awaiting)),
        overdue=Figure(None, _count(rows, overdue, today), _invitations(overdue)),
        delegates=delegates,
        delegates_in_person=in_person,
        per_day=_per_day(rows, deadline),
        reply_deadline=deadline,
        deadlines=countdowns(session, event_id, now, language, rows),
        speaking=speaking,
        speaking_total=sum(f.count for f in speaking),
        partnerships=_partnerships(session, event_id),
    )


def _deadline(session: Session, event: Event) -> date | None:
    """The reply deadline the chart marks: the event's, else its earliest circular's."""
    if event.reply_deadline is not None:
        return event.reply_deadline
    return session.scalar(
        select(func.min(Circular.reply_deadline)).where(Circular.event_id == event.id)
    )


def status_counts(data: DashboardData) -> dict[InvitationStatus, int]:
    """{status: count}, for scripts and tests."""
    return {InvitationStatus(f.key): f.count for f in data.by_status if f.key is not None}
