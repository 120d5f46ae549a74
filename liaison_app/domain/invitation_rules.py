"""Invitation status rules: which moves are allowed, when "no reply" applies, and days left.

The life of an invitation:

    draft ──send──▶ sent ──acknowledge──▶ acknowledged
                      │                        │
                      └────────┬───────────────┘
                log a reply    │     the reply deadline passes without a reply
           ┌───────────────────┴──────────────────────┐
           ▼                                          ▼
    accepted / declined / tentative                no reply  (a late reply still moves it on)

Rules that keep the register truthful:

- accepted, declined and tentative come only from a logged reply (its decision); an invitation
  with a reply changes through its reply (edited or deleted), never by a bare status change;
- "no reply" holds exactly when the deadline has passed and nothing came back, so it is applied
  when the deadline passes and lifted when the deadline is moved later;
- a deadline is a calendar date in the Secretariat's time zone (`SECRETARIAT_TIME_ZONE`): replies
  are due by the end of that day in Geneva, wherever the officer's laptop happens to be. A letter
  sent after the deadline is not held to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo

from liaison_app.domain.enums import InvitationStatus, ReplyDecision
from liaison_app.i18n import N_

#: Where the Secretariat sits: its calendar decides when a deadline day ends. An IANA zone name;
#: change it here for a Secretariat elsewhere (the deadlines of letters are dates, not moments).
SECRETARIAT_TIME_ZONE = "Europe/Zurich"

S = InvitationStatus

#: Every status in the order of the register (and of the dashboard's bars).
STATUS_ORDER: tuple[InvitationStatus, ...] = tuple(InvitationStatus)
#: Statuses set by a logged reply's decision.
DECISION_STATUSES: frozenset[InvitationStatus] = frozenset({S.ACCEPTED, S.DECLINED, S.TENTATIVE})
#: Sent and still waiting for a reply: those a reminder goes to.
AWAITING_STATUSES: frozenset[InvitationStatus] = frozenset({S.SENT, S.ACKNOWLEDGED, S.NO_REPLY})
#: Statuses an officer may set by hand (the others come from a reply).
MANUAL_STATUSES: tuple[InvitationStatus, ...] = (S.DRAFT, S.SENT, S.ACKNOWLEDGED, S.NO_REPLY)


def status_for_decision(decision: ReplyDecision) -> InvitationStatus:
    """The invitation's status once a reply with `decision` is logged."""
    return InvitationStatus(decision.value)


class MoveKind(StrEnum):
    UNCHANGED = "unchanged"
    ALLOWED = "allowed"
    REFUSED = "refused"


class Refusal(StrEnum):
    """Why a status change is refused; each has a sentence the officer can act on."""

    #: Accepted, declined, tentative: log the reply instead.
    NEEDS_REPLY = "needs_reply"
    #: The invitation has a reply: edit or delete the reply instead.
    HAS_REPLY = "has_reply"
    #: A draft cannot be acknowledged or left without reply: it was never sent.
    NOT_SENT = "not_sent"
    #: "No reply" before the deadline has passed (or without any deadline).
    DEADLINE_NOT_PASSED = "deadline_not_passed"
    #: Back to sent or acknowledged once the deadline has passed without a reply.
    DEADLINE_PASSED = "deadline_passed"


#: The sentence for each refusal (English; translated through the core catalogs).
REFUSAL_MESSAGES: dict[Refusal, str] = {
    Refusal.NEEDS_REPLY: N_("Accepted, declined and tentative come from a reply: log the reply."),
    Refusal.HAS_REPLY: N_("This invitation has a reply: change the reply, or delete it first."),
    Refusal.NOT_SENT: N_("This invitation has not been sent yet: mark it sent first."),
    Refusal.DEADLINE_NOT_PASSED: N_(
        "The reply deadline has not passed: an invitation is without reply only after it."
    ),
    Refusal.DEADLINE_PASSED: N_(
        "The reply deadline has passed without a reply: the invitation stays without reply "
        "until a reply is logged or the deadline is moved."
    ),
}


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: MoveKind
    refusal: Refusal | None = None

    @property
    def allowed(self) -> bool:
        return self.kind is MoveKind.ALLOWED

    @property
    def message(self) -> str | None:
        return REFUSAL_MESSAGES[self.refusal] if self.refusal else None


_UNCHANGED = Verdict(MoveKind.UNCHANGED)
_ALLOWED = Verdict(MoveKind.ALLOWED)


def check_move(
    current: InvitationStatus, target: InvitationStatus, *, deadline_passed: bool
) -> Verdict:
    """May an officer move an invitation from `current` to `target` by hand?

    `deadline_passed` is `deadline_has_passed(...)` for this invitation today. Moving back to
    draft is a correction ("it was never sent") and always allowed before a reply.
    """
    if target == current:
        return _UNCHANGED
    if current in DECISION_STATUSES:
        return Verdict(MoveKind.REFUSED, Refusal.HAS_REPLY)
    if target in DECISION_STATUSES:
        return Verdict(MoveKind.REFUSED, Refusal.NEEDS_REPLY)
    if target is S.DRAFT:
        return _ALLOWED
    if current is S.DRAFT and target is not S.SENT:
        return Verdict(MoveKind.REFUSED, Refusal.NOT_SENT)
    if target is S.NO_REPLY:
        if deadline_passed:
            return _ALLOWED
        return Verdict(MoveKind.REFUSED, Refusal.DEADLINE_NOT_PASSED)
    # target is sent or acknowledged
    if current is not S.DRAFT and deadline_passed:
        return Verdict(MoveKind.REFUSED, Refusal.DEADLINE_PASSED)
    return _ALLOWED


def status_after_deadline(
    status: InvitationStatus, *, deadline_passed: bool, acknowledged: bool
) -> InvitationStatus:
    """The status the deadline implies: "no reply" once it has passed with nothing back, and
    back to sent (or acknowledged) when the deadline was moved later."""
    if deadline_passed and status in (S.SENT, S.ACKNOWLEDGED):
        return S.NO_REPLY
    if not deadline_passed and status is S.NO_REPLY:
        return S.ACKNOWLEDGED if acknowledged else S.SENT
    return status


def status_without_reply(*, deadline_passed: bool, acknowledged: bool) -> InvitationStatus:
    """Where an invitation returns when its reply is deleted."""
    if deadline_passed:
        return S.NO_REPLY
    return S.ACKNOWLEDGED if acknowledged else S.SENT


def effective_deadline(circular_deadline: date | None, event_deadline: date | None) -> date | None:
    """The deadline an invitation is held to: its circular's, else its event's."""
    return circular_deadline or event_deadline


def deadline_has_passed(deadline: date | None, sent_on: date | None, today: date) -> bool:
    """True when replies were due before `today` (a Secretariat date) and the letter was sent in
    time to be held to it. No deadline, or a letter not sent, never passes."""
    if deadline is None or sent_on is None:
        return False
    return sent_on <= deadline < today


# ---------------------------------------------------------------------------------------------
# Deadline arithmetic on the Secretariat's calendar


@cache
def secretariat_zone(name: str = SECRETARIAT_TIME_ZONE) -> ZoneInfo:
    return ZoneInfo(name)


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"naive datetime {now!r}: give it a timezone")
    return now


def secretariat_today(now: datetime | None = None, zone: str = SECRETARIAT_TIME_ZONE) -> date:
    """The calendar date in the Secretariat's time zone at the moment `now` (default: now).

    An officer in Auckland at 08:00 on 16 April is still on 15 April in Geneva.
    """
    moment = _aware(now) if now is not None else datetime.now(UTC)
    return moment.astimezone(secretariat_zone(zone)).date()


def days_left(deadline: date, now: datetime, zone: str = SECRETARIAT_TIME_ZONE) -> int:
    """Whole calendar days from the Secretariat's today to the deadline: 0 on the last day,
    negative once it has passed (-1 the day after)."""
    return (deadline - secretariat_today(now, zone)).days


def deadline_end(deadline: date, zone: str = SECRETARIAT_TIME_ZONE) -> datetime:
    """The moment the deadline day ends in the Secretariat's time zone, in UTC.

    Computed from the next day's midnight in that zone, so a daylight-saving change on the
    deadline day (a 23- or 25-hour day) is counted right.
    """
    next_day = datetime.combine(deadline + timedelta(days=1), time(0), secretariat_zone(zone))
    return next_day.astimezone(UTC)


def time_left(deadline: date, now: datetime, zone: str = SECRETARIAT_TIME_ZONE) -> timedelta:
    """Time from `now` to the end of the deadline day; negative once it is over."""
    return deadline_end(deadline, zone) - _aware(now).astimezone(UTC)
