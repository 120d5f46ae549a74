"""Speaking requests: create, edit, allocate by protocol, move by hand, withdraw; the schedule as it
stands with start times and conflicts; the reasons a request sits where it sits; the printed list
of speakers and the moderator's run sheet.

Every function takes the caller's ORM session; writes are meant for `Database.writing()`, so an
allocation, a move and its renumbering, or a withdrawal and the waitlist it pulls up, are one
transaction. Every change is written to the audit trail with its reason.

    with database.writing() as session:
        report = allocate(session, event.id)                      # "Allocate all"
        move(session, request_id, to_session_id, 0, "Minister arrives on 1 June")
        withdraw(session, other_id, "Note verbale of 20 April")   # the waitlist moves up
    with database.reading() as session:
        schedule = load_schedule(session, event.id, "ar")         # lanes, cards, conflicts
        lines = explain(session, request_id, "fr").lines          # "Why here?"
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from liaison_app.domain import speaking_rules as rules_
from liaison_app.domain.enums import (
    AttendanceMode,
    AuditAction,
    IncomingChannel,
    LevelOfRepresentation,
    ReplyDecision,
    SpeakingRequestStatus,
)
from liaison_app.domain.models import (
    AuditEntry,
    Contact,
    Event,
    Invitation,
    MemberState,
    Organization,
    Reply,
    SessionPreference,
    SpeakingRequest,
)
from liaison_app.domain.models import Session as EventSession
from liaison_app.domain.speaking_rules import (
    INACTIVE_STATUSES,
    Allocation,
    AllocationRules,
    Conflict,
    ConflictKind,
    HeldSlot,
    ManualPlacement,
    Placement,
    Reason,
    ReasonCode,
    RequestSlot,
    SessionSlots,
    SkipWhy,
)
from liaison_app.domain.text_folding import fold
from liaison_app.errors import UserError
from liaison_app.i18n import N_, translate
from liaison_app.letters.packs import write_file
from liaison_app.letters.speakers_list import (
    SessionBlock,
    SpeakerLine,
    SpeakersDocument,
    name_for_list,
    render_run_sheet,
    render_speakers_list,
)
from liaison_app.letters.wording import date_range
from liaison_app.services.audit import apply_changes, current_actor, entity_type, record_create
from liaison_app.services.audit import record_delete as _record_delete
from liaison_app.services.labels import Term, label

S = SpeakingRequestStatus
FSI, PDI = "\u2068", "\u2069"

#: Fields an officer edits on a request (status and placement change through the actions below).
EDITABLE_FIELDS = (
    "member_state_id",
    "organization_id",
    "reply_id",
    "speaker_contact_id",
    "speaker_name",
    "speaker_title",
    "level",
    "mode",
    "received_at",
    "channel",
    "notes",
)
_PLACEMENT_FIELDS = ("status", "session_id", "slot_position", "waitlist_position")


# ---------------------------------------------------------------------------------------------
# From the database to the pure rules


def delegation_key(request: SpeakingRequest) -> str:
    """One key per delegation: the member state, else the organization."""
    if request.member_state_id is not None:
        return f"member_state:{request.member_state_id}"
    return f"organization:{request.organization_id}"


def deadline_moment(day: date | None) -> datetime | None:
    """The end of the deadline day, in this computer's time zone (the officer's office)."""
    if day is None:
        return None
    return datetime.combine(day + timedelta(days=1), time(0, 0)).astimezone()


def event_rules(event: Event) -> AllocationRules:
    return AllocationRules(
        one_speaker_per_delegation=event.one_speaker_per_delegation,
        in_person_before_remote=event.in_person_before_remote,
        deadline=deadline_moment(event.speaking_request_deadline),
    )


def session_slots(session: EventSession) -> SessionSlots:
    return SessionSlots(
        id=session.id,
        capacity=session.capacity,
        mode=session.mode,
        accepts_speakers=session.accepts_speakers,
    )


def request_slot(request: SpeakingRequest) -> RequestSlot:
    manual = None
    if request.manual_override:
        if request.session_id is not None:
            manual = ManualPlacement(request.session_id, request.slot_position or 0)
        elif request.waitlist_position is not None:
            manual = ManualPlacement(None, request.waitlist_position)
    return RequestSlot(
        id=request.id,
        delegation=delegation_key(request),
        level=request.level,
        mode=request.mode,
        received_at=request.received_at,
        status=request.status,
        preferences=tuple(p.session_id for p in request.preferences),
        manual=manual,
        session_id=request.session_id,
    )


def _require_event(session: Session, event_id: uuid.UUID) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise UserError("The event no longer exists; it may have been deleted meanwhile.")
    return event


def event_sessions(session: Session, event_id: uuid.UUID) -> list[EventSession]:
    """The event's sessions in chronological order."""
    return list(
        session.scalars(
            select(EventSession)
            .where(EventSession.event_id == event_id)
            .order_by(EventSession.date, EventSession.start_time, EventSession.code)
        )
    )


def event_requests(session: Session, event_id: uuid.UUID) -> list[SpeakingRequest]:
    return list(
        session.scalars(
            select(SpeakingRequest)
            .where(SpeakingRequest.event_id == event_id)
            .options(
                selectinload(SpeakingRequest.preferences),
                selectinload(SpeakingRequest.member_state),
                selectinload(SpeakingRequest.organization),
                selectinload(SpeakingRequest.reply).selectinload(Reply.delegation),
                selectinload(SpeakingRequest.speaker),
            )
            .order_by(SpeakingRequest.received_at, SpeakingRequest.id)
        )
    )


def _get_request(session: Session, request_id: uuid.UUID) -> SpeakingRequest:
    request = session.get(SpeakingRequest, request_id)
    if request is None:
        raise UserError("The speaking request no longer exists; it may have been deleted.")
    return request


def compute_allocation(session: Session, event_id: uuid.UUID) -> Allocation:
    """What "Allocate all" would do now, without changing anything."""
    event = _require_event(session, event_id)
    sessions = [session_slots(s) for s in event_sessions(session, event_id)]
    requests = [request_slot(r) for r in event_requests(session, event_id)]
    return rules_.allocate(event_rules(event), sessions, requests)


# ---------------------------------------------------------------------------------------------
# Allocation


@dataclass(frozen=True)
class Change:
    """One request whose place changed in an allocation: before → after."""

    request_id: uuid.UUID
    speaker_name: str
    before: tuple[S, uuid.UUID | None, int | None, int | None]
    after: tuple[S, uuid.UUID | None, int | None, int | None]


@dataclass(frozen=True)
class AllocationReport:
    allocation: Allocation
    changes: tuple[Change, ...]
    counts: Mapping[S, int]

    @property
    def scheduled(self) -> int:
        return self.counts.get(S.SCHEDULED, 0) + self.counts.get(S.CONFIRMED, 0)

    @property
    def waitlisted(self) -> int:
        return self.counts.get(S.WAITLISTED, 0)

    @property
    def declined(self) -> int:
        return self.counts.get(S.DECLINED, 0)


def _placement_of(request: SpeakingRequest) -> tuple:
    return (request.status, request.session_id, request.slot_position, request.waitlist_position)


def allocate(
    session: Session,
    event_id: uuid.UUID,
    *,
    actor: str | None = None,
    reason: str = "Allocation of speaking slots by protocol order",
) -> AllocationReport:
    """Allocate every open request of the event by its rules and store the result.

    Placements made by hand and confirmed sessions are kept; every change of status, session or
    position is audited with `reason` (a request declined by the one-speaker rule gets that rule
    as its reason). Runs in the caller's transaction.
    """
    event = _require_event(session, event_id)
    requests = event_requests(session, event_id)
    sessions = event_sessions(session, event_id)
    allocation = rules_.allocate(
        event_rules(event),
        [session_slots(s) for s in sessions],
        [request_slot(r) for r in requests],
    )
    who = actor or current_actor()
    changes: list[Change] = []
    counts: Counter[S] = Counter()
    for request in requests:
        placement = allocation.placements[request.id]
        counts[placement.status] += 1
        before = _placement_of(request)
        values = {
            "status": placement.status,
            "session_id": placement.session_id,
            "slot_position": placement.slot_position,
            "waitlist_position": placement.waitlist_position,
        }
        why = reason
        if placement.status is S.DECLINED and request.status is not S.DECLINED:
            why = _declined_reason(placement, requests)
        apply_changes(session, request, values, actor=who, reason=why)
        after = _placement_of(request)
        if before != after:
            changes.append(Change(request.id, request.speaker_name, before, after))
    session.flush()
    return AllocationReport(allocation, tuple(changes), dict(counts))


def _declined_reason(placement: Placement, requests: Sequence[SpeakingRequest]) -> str:
    reason = next((r for r in placement.reasons if r.code is ReasonCode.ONE_PER_DELEGATION), None)
    if reason is None:
        return "Declined by the rules"
    other = next((r for r in requests if r.id == reason.params["other"]), None)
    name = other.speaker_name if other else "another speaker"
    return f"One speaker per delegation: the delegation already has {name}"


# ---------------------------------------------------------------------------------------------
# Moves by hand, withdrawals, statuses


def _require_reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise UserError(
            "Say why: a speaker placed by hand needs a reason the delegation can be given."
        )
    return text


def _renumber(session: Session, members: Sequence[SpeakingRequest], field: str, actor: str) -> None:
    for position, member in enumerate(members):
        apply_changes(
            session,
            member,
            {field: position},
            actor=actor,
            reason="Renumbered after a move by hand",
        )


def _session_members(
    session: Session, session_id: uuid.UUID, excluding: uuid.UUID
) -> list[SpeakingRequest]:
    far = 1 << 30
    members = session.scalars(
        select(SpeakingRequest).where(
            SpeakingRequest.session_id == session_id,
            SpeakingRequest.id != excluding,
            SpeakingRequest.status.in_([S.SCHEDULED, S.CONFIRMED]),
        )
    )
    return sorted(
        members,
        key=lambda r: (far if r.slot_position is None else r.slot_position, r.received_at),
    )


def _waitlist_members(
    session: Session, event_id: uuid.UUID, excluding: uuid.UUID
) -> list[SpeakingRequest]:
    far = 1 << 30
    members = session.scalars(
        select(SpeakingRequest).where(
            SpeakingRequest.event_id == event_id,
            SpeakingRequest.id != excluding,
            SpeakingRequest.status == S.WAITLISTED,
        )
    )
    return sorted(
        members,
        key=lambda r: (far if r.waitlist_position is None else r.waitlist_position, r.received_at),
    )


def move(
    session: Session,
    request_id: uuid.UUID,
    to_session_id: uuid.UUID | None,
    to_position: int,
    reason: str,
    *,
    actor: str | None = None,
) -> SpeakingRequest:
    """Place a request by hand: in `to_session_id` at slot `to_position` (0 first), or on the
    waitlist when `to_session_id` is None. Needs a reason; the placement is kept by later
    allocations until released. The speakers around it close up or make room, in their order.
    """
    why = _require_reason(reason)
    request = _get_request(session, request_id)
    if request.status in INACTIVE_STATUSES:
        raise UserError(
            "{name}'s request is {status}: it takes no slot. Reopen it first.",
            name=request.speaker_name,
            status=Term(request.status),
        )
    if to_session_id is not None:
        target = session.get(EventSession, to_session_id)
        if target is None or target.event_id != request.event_id:
            raise UserError("That session is not part of this event.")
        if not target.accepts_speakers:
            raise UserError(
                "{session} takes no speakers; choose a High-Level Policy Session.",
                session=target.code or target.title("en"),
            )
    who = actor or current_actor()
    old_session = request.session_id if request.status in (S.SCHEDULED, S.CONFIRMED) else None
    was_waiting = request.status is S.WAITLISTED

    if to_session_id is not None:
        others = _session_members(session, to_session_id, request.id)
        staying = old_session == to_session_id and request.status is S.CONFIRMED
        status, field = (S.CONFIRMED if staying else S.SCHEDULED), "slot_position"
    else:
        others = _waitlist_members(session, request.event_id, request.id)
        status, field = S.WAITLISTED, "waitlist_position"
    position = max(0, min(to_position, len(others)))
    placement = {
        "status": status,
        "session_id": to_session_id,
        "slot_position": None,
        "waitlist_position": None,
        "manual_override": True,
        "override_reason": why,
    }
    placement[field] = position
    apply_changes(session, request, placement, actor=who, reason=why)
    # The request already sits at `position`, so renumbering writes only the others that moved.
    _renumber(session, [*others[:position], request, *others[position:]], field, who)
    session.flush()
    if old_session is not None and old_session != to_session_id:
        _renumber(session, _session_members(session, old_session, request.id), "slot_position", who)
    if was_waiting and to_session_id is not None:
        _renumber(
            session,
            _waitlist_members(session, request.event_id, request.id),
            "waitlist_position",
            who,
        )
    session.flush()
    return request


def release(
    session: Session, request_id: uuid.UUID, reason: str, *, actor: str | None = None
) -> AllocationReport:
    """Let the rules place a request that was placed by hand, and allocate again."""
    why = _require_reason(reason)
    request = _get_request(session, request_id)
    apply_changes(
        session,
        request,
        {"manual_override": False, "override_reason": None},
        actor=actor,
        reason=why,
    )
    session.flush()
    return allocate(session, request.event_id, actor=actor, reason=why)


def _has_waitlist(session: Session, event_id: uuid.UUID) -> bool:
    return (
        session.scalar(
            select(SpeakingRequest.id)
            .where(SpeakingRequest.event_id == event_id, SpeakingRequest.status == S.WAITLISTED)
            .limit(1)
        )
        is not None
    )


def _take_off_the_list(
    session: Session, request: SpeakingRequest, status: S, why: str, actor: str | None
) -> AllocationReport | None:
    had_slot = request.status in (S.SCHEDULED, S.CONFIRMED)
    apply_changes(
        session,
        request,
        {
            "status": status,
            "session_id": None,
            "slot_position": None,
            "waitlist_position": None,
            "manual_override": False,
            "override_reason": None,
        },
        actor=actor,
        reason=why,
    )
    session.flush()
    if had_slot and _has_waitlist(session, request.event_id):
        # The slot is free: allocating again pulls the waitlist up, in its order.
        return allocate(
            session,
            request.event_id,
            actor=actor,
            reason=f"Allocation after {request.speaker_name}'s request was {status.value}: {why}",
        )
    if had_slot or request.status is S.WAITLISTED:
        _close_up(session, request, actor)
    return None


def _close_up(session: Session, request: SpeakingRequest, actor: str | None) -> None:
    """Renumber the session and waitlist so positions stay 0, 1, 2 … after a departure."""
    who = actor or current_actor()
    for session_id in session.scalars(
        select(EventSession.id).where(EventSession.event_id == request.event_id)
    ):
        _renumber(session, _session_members(session, session_id, request.id), "slot_position", who)
    _renumber(
        session, _waitlist_members(session, request.event_id, request.id), "waitlist_position", who
    )
    session.flush()


def withdraw(
    session: Session, request_id: uuid.UUID, reason: str, *, actor: str | None = None
) -> AllocationReport | None:
    """The delegation withdrew: the request leaves its slot, and the waitlist moves up in order
    (the allocation runs again when anyone is waiting). Returns that allocation's report."""
    why = _require_reason(reason)
    request = _get_request(session, request_id)
    if request.status is S.WITHDRAWN:
        return None
    return _take_off_the_list(session, request, S.WITHDRAWN, why, actor)


def decline(
    session: Session, request_id: uuid.UUID, reason: str, *, actor: str | None = None
) -> AllocationReport | None:
    """The Secretariat declines the request: it leaves its slot; the waitlist moves up."""
    why = _require_reason(reason)
    request = _get_request(session, request_id)
    if request.status is S.DECLINED:
        return None
    return _take_off_the_list(session, request, S.DECLINED, why, actor)


def reopen(
    session: Session, request_id: uuid.UUID, reason: str, *, actor: str | None = None
) -> SpeakingRequest:
    """A withdrawn or declined request becomes open again; the next allocation places it."""
    why = _require_reason(reason)
    request = _get_request(session, request_id)
    if request.status not in INACTIVE_STATUSES:
        return request
    apply_changes(session, request, {"status": S.REQUESTED}, actor=actor, reason=why)
    session.flush()
    return request


def confirm(session: Session, request_ids: Iterable[uuid.UUID], *, actor: str | None = None) -> int:
    """Mark scheduled speakers as confirmed to their delegation; they keep their session from
    now on. Returns how many changed."""
    changed = 0
    for request_id in request_ids:
        request = _get_request(session, request_id)
        if request.status is not S.SCHEDULED or request.session_id is None:
            raise UserError(
                "Only a scheduled speaker can be confirmed; {name}'s request is {status}.",
                name=request.speaker_name,
                status=Term(request.status),
            )
        apply_changes(
            session,
            request,
            {"status": S.CONFIRMED},
            actor=actor,
            reason="Slot confirmed to the delegation",
        )
        changed += 1
    session.flush()
    return changed


# ---------------------------------------------------------------------------------------------
# Requests: create, edit, delete


@dataclass
class RequestDraft:
    """The values of a new request, as a dialog prefills and the officer completes them."""

    event_id: uuid.UUID
    speaker_name: str = ""
    level: LevelOfRepresentation | None = None
    mode: AttendanceMode = AttendanceMode.IN_PERSON
    received_at: datetime | None = None
    member_state_id: uuid.UUID | None = None
    organization_id: uuid.UUID | None = None
    reply_id: uuid.UUID | None = None
    speaker_contact_id: uuid.UUID | None = None
    speaker_title: str | None = None
    channel: IncomingChannel | None = None
    preferences: list[uuid.UUID] = field(default_factory=list)
    notes: str | None = None

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


def draft_from_reply(session: Session, reply_id: uuid.UUID) -> RequestDraft:
    """A request prefilled from a reply: its delegation, its head as the speaker, its level."""
    reply = session.get(Reply, reply_id)
    if reply is None:
        raise UserError("The reply no longer exists; it may have been deleted.")
    invitation: Invitation = reply.invitation
    member_state_id = invitation.member_state_id
    organization_id = None
    if member_state_id is None and invitation.contact is not None:
        member_state_id = invitation.contact.member_state_id
        organization_id = invitation.contact.organization_id
    head = next((m for m in reply.delegation if m.is_head), None) or next(
        iter(reply.delegation), None
    )
    contact: Contact | None = head.contact if head is not None else None
    level = reply.level or (contact.level if contact is not None else None)
    received_at = datetime.combine(reply.received_on, time(0, 0)).astimezone()
    created = reply.created_at.astimezone() if reply.created_at else None
    if created is not None and created.date() == reply.received_on:
        received_at = created.replace(second=0, microsecond=0)
    name = ""
    if head is not None:
        name = head.name_latin or head.name
    elif contact is not None:
        name = contact.full_name_latin or contact.full_name
    return RequestDraft(
        event_id=invitation.event_id,
        speaker_name=name,
        level=level,
        mode=head.mode if head is not None else AttendanceMode.IN_PERSON,
        received_at=received_at,
        member_state_id=member_state_id,
        organization_id=organization_id,
        reply_id=reply.id,
        speaker_contact_id=head.contact_id if head is not None else None,
        speaker_title=(head.function if head is not None else None)
        or (contact.position if contact is not None else None),
        channel=reply.channel,
    )


def reply_choices(
    session: Session, event_id: uuid.UUID, language: str = "en"
) -> list[tuple[uuid.UUID, str]]:
    """Replies to the event's invitations that accept or may accept, as (reply id, "Egypt —
    Karim Adel Mansour"), the delegations without a speaking request first, then by name."""
    replies = session.scalars(
        select(Reply)
        .join(Invitation)
        .where(Invitation.event_id == event_id, Reply.decision != ReplyDecision.DECLINED)
        .options(selectinload(Reply.delegation), selectinload(Reply.invitation))
    )
    with_request = set(
        session.scalars(
            select(SpeakingRequest.reply_id).where(
                SpeakingRequest.event_id == event_id, SpeakingRequest.reply_id.is_not(None)
            )
        )
    )
    choices = []
    for reply in replies:
        invitation = reply.invitation
        state = invitation.member_state or (
            invitation.contact.member_state if invitation.contact else None
        )
        name = state.short_name(language) if state else ""
        if not name and invitation.contact is not None:
            name = invitation.contact.full_name
        head = next((m for m in reply.delegation if m.is_head), None)
        label_text = f"{name} — {head.name_latin or head.name}" if head else name
        choices.append((reply.id in with_request, fold(name), reply.id, label_text))
    return [(reply_id, text) for _, _, reply_id, text in sorted(choices)]


def validate_request(
    session: Session, event_id: uuid.UUID, values: Mapping[str, Any]
) -> dict[str, Any]:
    """The values cleaned, or a UserError naming the first problem."""
    clean = dict(values)
    clean["speaker_name"] = " ".join((clean.get("speaker_name") or "").split())
    if not clean["speaker_name"]:
        raise UserError("Give the speaker's name.")
    if len(clean["speaker_name"]) > 300:
        raise UserError("The speaker's name is longer than 300 characters.")
    title = " ".join((clean.get("speaker_title") or "").split())
    clean["speaker_title"] = title or None
    if clean.get("level") is None:
        raise UserError("Choose the speaker's level of representation.")
    clean["level"] = LevelOfRepresentation(clean["level"])
    clean["mode"] = AttendanceMode(clean.get("mode") or AttendanceMode.IN_PERSON)
    if clean.get("channel") is not None:
        clean["channel"] = IncomingChannel(clean["channel"])
    received = clean.get("received_at")
    if received is None:
        raise UserError("Give the date and time the request was received.")
    if received.tzinfo is None:
        received = received.astimezone()
    clean["received_at"] = received.replace(second=0, microsecond=0)
    if clean.get("member_state_id") is None and clean.get("organization_id") is None:
        raise UserError("Choose the delegation: a Member State or an organization.")
    if clean.get("member_state_id") is not None and (
        session.get(MemberState, clean["member_state_id"]) is None
    ):
        raise UserError("That Member State is not in the database.")
    if clean.get("organization_id") is not None and (
        session.get(Organization, clean["organization_id"]) is None
    ):
        raise UserError("That organization is no longer in the database.")
    if clean.get("speaker_contact_id") is not None and (
        session.get(Contact, clean["speaker_contact_id"]) is None
    ):
        clean["speaker_contact_id"] = None
    if clean.get("reply_id") is not None:
        reply = session.get(Reply, clean["reply_id"])
        if reply is None or reply.invitation.event_id != event_id:
            raise UserError("That reply is not a reply to this event's invitation.")
    notes = (clean.get("notes") or "").strip()
    clean["notes"] = notes or None
    return clean


def _check_preferences(
    session: Session, event_id: uuid.UUID, preferences: Sequence[uuid.UUID]
) -> list[uuid.UUID]:
    chosen = list(dict.fromkeys(preferences))
    for session_id in chosen:
        target = session.get(EventSession, session_id)
        if target is None or target.event_id != event_id:
            raise UserError("A preferred session is not part of this event.")
        if not target.accepts_speakers:
            raise UserError(
                "{session} takes no speakers; it cannot be a preferred session.",
                session=target.code or target.title("en"),
            )
    return chosen


def _preferences_text(session: Session, ids: Sequence[uuid.UUID]) -> str | None:
    if not ids:
        return None
    names = []
    for session_id in ids:
        target = session.get(EventSession, session_id)
        names.append((target.code or target.title("en")) if target else str(session_id))
    return ", ".join(names)


def _set_preferences(
    session: Session,
    request: SpeakingRequest,
    preferences: Sequence[uuid.UUID],
    actor: str | None,
    reason: str | None,
) -> None:
    old = [p.session_id for p in request.preferences]
    new = _check_preferences(session, request.event_id, preferences)
    if old == new:
        return
    request.preferences.clear()
    session.flush()
    for rank, session_id in enumerate(new):
        request.preferences.append(SessionPreference(session_id=session_id, rank=rank))
    session.add(
        AuditEntry(
            actor=actor or current_actor(),
            entity_type=entity_type(request),
            entity_id=request.id,
            action=AuditAction.UPDATE,
            field="preferences",
            old_value=_preferences_text(session, old),
            new_value=_preferences_text(session, new),
            reason=reason,
        )
    )


def create_request(
    session: Session,
    draft: RequestDraft,
    *,
    actor: str | None = None,
    import_batch_id: uuid.UUID | None = None,
) -> SpeakingRequest:
    """A new request (status "requested"); the next allocation places it."""
    _require_event(session, draft.event_id)
    clean = validate_request(session, draft.event_id, draft.values())
    preferences = _check_preferences(session, draft.event_id, draft.preferences)
    request = SpeakingRequest(event_id=draft.event_id, status=S.REQUESTED, **clean)
    for rank, session_id in enumerate(preferences):
        request.preferences.append(SessionPreference(session_id=session_id, rank=rank))
    session.add(request)
    record_create(session, request, actor=actor, import_batch_id=import_batch_id)
    return request


def update_request(
    session: Session,
    request_id: uuid.UUID,
    changes: Mapping[str, Any],
    *,
    preferences: Sequence[uuid.UUID] | None = None,
    actor: str | None = None,
    reason: str | None = None,
) -> dict[str, tuple[Any, Any]]:
    """Change a request's details, audited field by field; the next allocation takes them in."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable request fields: {sorted(unknown)}")
    request = _get_request(session, request_id)
    merged = {name: getattr(request, name) for name in EDITABLE_FIELDS} | dict(changes)
    clean = validate_request(session, request.event_id, merged)
    made = apply_changes(session, request, clean, actor=actor, reason=reason)
    if preferences is not None:
        _set_preferences(session, request, preferences, actor, reason)
    session.flush()
    return made


def delete_request(
    session: Session, request_id: uuid.UUID, *, actor: str | None = None, reason: str | None = None
) -> None:
    """Delete a request entered by mistake (a withdrawal is `withdraw`, which keeps the record)."""
    request = _get_request(session, request_id)
    _record_delete(
        session,
        request,
        actor=actor,
        reason=reason,
        summary=f"{request.speaker_name} ({delegation_key(request)})",
    )
    session.delete(request)
    session.flush()


# ---------------------------------------------------------------------------------------------
# The schedule as it stands


def speaker_in_delegation(request: SpeakingRequest) -> bool | None:
    """False when the request's reply lists a delegation and the speaker is not in it."""
    reply = request.reply
    if reply is None or not reply.delegation:
        return None
    if request.speaker_contact_id is not None and any(
        m.contact_id == request.speaker_contact_id for m in reply.delegation
    ):
        return True
    names = {fold(n) for m in reply.delegation for n in (m.name, m.name_latin) if n}
    speaker_names = {fold(request.speaker_name)}
    if request.speaker is not None:
        speaker_names |= {fold(request.speaker.full_name), fold(request.speaker.full_name_latin)}
    return bool(names & (speaker_names - {""}))


def held_slot(request: SpeakingRequest) -> HeldSlot:
    return HeldSlot(
        id=request.id,
        delegation=delegation_key(request),
        mode=request.mode,
        status=request.status,
        session_id=request.session_id,
        slot_position=request.slot_position,
        in_delegation=speaker_in_delegation(request),
    )


def delegation_name(request: SpeakingRequest, language: str) -> str:
    if request.member_state is not None:
        return request.member_state.short_name(language)
    if request.organization is not None:
        return request.organization.name
    return ""


def speaker_native_name(request: SpeakingRequest) -> str:
    """The speaker's name in its own script when the directory has it, else as on the request."""
    if request.speaker is not None and request.speaker.full_name:
        return request.speaker.full_name
    return request.speaker_name


@dataclass(frozen=True)
class SpeakerRow:
    """One request as the window and the printed lists show it."""

    id: uuid.UUID
    delegation: str
    delegation_key: str
    member_state_id: uuid.UUID | None
    organization_id: uuid.UUID | None
    speaker_contact_id: uuid.UUID | None
    iso_alpha2: str | None
    speaker_name: str
    #: The name in its own script (Arabic, Chinese, Cyrillic) when the directory has it.
    speaker_native_name: str
    speaker_title: str | None
    level: LevelOfRepresentation
    mode: AttendanceMode
    status: S
    channel: IncomingChannel | None
    received_at: datetime
    session_id: uuid.UUID | None
    slot_position: int | None
    waitlist_position: int | None
    #: Local time of the event, naive; None off the schedule.
    start: datetime | None
    preferences: tuple[uuid.UUID, ...]
    manual_override: bool
    override_reason: str | None
    notes: str | None
    reply_id: uuid.UUID | None
    late: bool
    gender: str | None
    form_of_address: str | None
    conflicts: tuple[Conflict, ...] = ()

    @property
    def conflict_kinds(self) -> tuple[ConflictKind, ...]:
        return tuple(c.kind for c in self.conflicts)


@dataclass(frozen=True)
class Lane:
    """A session with its speakers in speaking order."""

    id: uuid.UUID
    code: str | None
    title: str
    day: date
    start_time: time
    end_time: time
    minutes_per_speaker: int
    capacity: int
    mode: Any
    room: str | None
    moderator: str | None
    accepts_speakers: bool
    speakers: tuple[SpeakerRow, ...]

    @property
    def over_capacity(self) -> bool:
        return len(self.speakers) > self.capacity

    @property
    def free(self) -> int:
        return max(0, self.capacity - len(self.speakers))


@dataclass(frozen=True)
class Schedule:
    event_id: uuid.UUID
    event_reference: str
    event_title: str
    rules: AllocationRules
    lanes: tuple[Lane, ...]
    waitlist: tuple[SpeakerRow, ...]
    #: Every request of the event (any status), oldest first.
    requests: tuple[SpeakerRow, ...]
    conflicts: tuple[Conflict, ...]

    def row(self, request_id: uuid.UUID) -> SpeakerRow | None:
        return next((r for r in self.requests if r.id == request_id), None)

    def lane(self, session_id: uuid.UUID) -> Lane | None:
        return next((lane for lane in self.lanes if lane.id == session_id), None)

    @property
    def unallocated(self) -> tuple[SpeakerRow, ...]:
        """Open requests with no slot and no place on the waitlist: "Allocate all" places them."""
        return tuple(
            r
            for r in self.requests
            if r.status not in INACTIVE_STATUSES
            and r.status is not S.WAITLISTED
            and (r.session_id is None or r.status is S.REQUESTED)
        )


def _row(
    request: SpeakingRequest,
    sessions: Mapping[uuid.UUID, EventSession],
    language: str,
    rules: AllocationRules,
    conflicts: Sequence[Conflict],
) -> SpeakerRow:
    start = None
    placed = request.status in (S.SCHEDULED, S.CONFIRMED)
    if placed and request.session_id in sessions and request.slot_position is not None:
        target = sessions[request.session_id]
        start = rules_.slot_start(
            target.date, target.start_time, target.minutes_per_speaker, request.slot_position
        )
    contact = request.speaker
    return SpeakerRow(
        id=request.id,
        delegation=delegation_name(request, language),
        delegation_key=delegation_key(request),
        member_state_id=request.member_state_id,
        organization_id=request.organization_id,
        speaker_contact_id=request.speaker_contact_id,
        iso_alpha2=request.member_state.iso_alpha2 if request.member_state else None,
        speaker_name=request.speaker_name,
        speaker_native_name=speaker_native_name(request),
        speaker_title=request.speaker_title,
        level=request.level,
        mode=request.mode,
        status=request.status,
        channel=request.channel,
        received_at=request.received_at,
        session_id=request.session_id if placed else None,
        slot_position=request.slot_position if placed else None,
        waitlist_position=request.waitlist_position if request.status is S.WAITLISTED else None,
        start=start,
        preferences=tuple(p.session_id for p in request.preferences),
        manual_override=request.manual_override,
        override_reason=request.override_reason,
        notes=request.notes,
        reply_id=request.reply_id,
        late=rules.deadline is not None and request.received_at > rules.deadline,
        gender=contact.gender.value if contact is not None and contact.gender else None,
        form_of_address=contact.form_of_address.value
        if contact is not None and contact.form_of_address
        else None,
        conflicts=tuple(c for c in conflicts if c.request_id == request.id),
    )


def load_schedule(session: Session, event_id: uuid.UUID, language: str = "en") -> Schedule:
    """The event's sessions that take speakers (and any other that holds one), their speakers in
    order with start times, the waitlist, every request, and the conflicts."""
    event = _require_event(session, event_id)
    rules = event_rules(event)
    sessions = event_sessions(session, event_id)
    by_id = {s.id: s for s in sessions}
    requests = event_requests(session, event_id)
    conflicts = rules_.find_conflicts(
        rules, [session_slots(s) for s in sessions], [held_slot(r) for r in requests]
    )
    rows = [_row(r, by_id, language, rules, conflicts) for r in requests]
    far = 1 << 30
    lanes = []
    for target in sessions:
        speakers = sorted(
            (r for r in rows if r.session_id == target.id),
            key=lambda r: (far if r.slot_position is None else r.slot_position, r.received_at),
        )
        if not target.accepts_speakers and not speakers:
            continue
        lanes.append(
            Lane(
                id=target.id,
                code=target.code,
                title=target.title(language),
                day=target.date,
                start_time=target.start_time,
                end_time=target.end_time,
                minutes_per_speaker=target.minutes_per_speaker,
                capacity=target.capacity,
                mode=target.mode,
                room=target.room,
                moderator=target.moderator,
                accepts_speakers=target.accepts_speakers,
                speakers=tuple(speakers),
            )
        )
    waitlist = sorted(
        (r for r in rows if r.status is S.WAITLISTED),
        key=lambda r: (far if r.waitlist_position is None else r.waitlist_position, r.received_at),
    )
    return Schedule(
        event_id=event.id,
        event_reference=event.reference,
        event_title=event.title(language),
        rules=rules,
        lanes=tuple(lanes),
        waitlist=tuple(waitlist),
        requests=tuple(rows),
        conflicts=tuple(conflicts),
    )


def list_events(session: Session) -> list[Event]:
    """Events, the most recent first."""
    return list(session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.reference)))


# ---------------------------------------------------------------------------------------------
# Why here? Reasons as sentences in the officer's language


def _iso(text: str, language: str) -> str:
    # A date or a name keeps its own direction inside an Arabic sentence.
    return f"{FSI}{text}{PDI}" if language == "ar" and text else text


def session_label(target: EventSession | Lane | None, language: str = "en") -> str:
    """ "HLPS-3 (2022-05-31 14:00)": short, the same in every language."""
    if target is None:
        return "?"
    if isinstance(target, Lane):
        code, day, start, title = target.code, target.day, target.start_time, target.title
    else:
        code, day, start = target.code, target.date, target.start_time
        title = target.title(language)
    return f"{code or title} ({day.isoformat()} {start.strftime('%H:%M')})"


def local_time_text(moment: datetime | None) -> str:
    """A stored moment in this computer's time zone, to the minute: "2022-04-02 10:14"."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


_SKIP_MESSAGES = {
    SkipWhy.FULL: N_("Preferred session {session} is full."),
    SkipWhy.IN_PERSON_ONLY: N_(
        "Preferred session {session} takes in-person speakers only, and this speaker is remote."
    ),
    SkipWhy.REMOTE_ONLY: N_(
        "Preferred session {session} takes remote speakers only, and this speaker is in person."
    ),
    SkipWhy.NO_SPEAKERS: N_("Preferred session {session} takes no speakers."),
    SkipWhy.UNKNOWN: N_("A preferred session is no longer on the programme."),
}


@dataclass(frozen=True)
class Explanation:
    """Why a request sits where it sits, as sentences in one language."""

    #: Where it sits now: "HLPS-3, slot 2, 14:03" / "Waitlist, place 1" / "Withdrawn".
    where: str
    lines: tuple[str, ...]
    #: False when the stored placement differs from what "Allocate all" would do now.
    up_to_date: bool


def _sentence(message: str, language: str, **params: Any) -> str:
    return translate(message, language).format(
        **{k: _iso(str(v), language) if not isinstance(v, int) else v for k, v in params.items()}
    )


def reason_sentences(
    reasons: Sequence[Reason],
    language: str,
    *,
    sessions: Mapping[Any, EventSession],
    requests: Mapping[Any, SpeakingRequest],
    rules: AllocationRules,
    override_reason: str | None = None,
    status_reason: str | None = None,
) -> list[str]:
    """Each reason of the pure rules as a sentence in `language`."""
    lines: list[str] = []

    def name_of(session_id: Any) -> str:
        return session_label(sessions.get(session_id), language)

    for reason in reasons:
        p = reason.params
        code = reason.code
        if code is ReasonCode.PRIORITY:
            level = label(p["level"], language)
            received = local_time_text(p["received_at"])
            if p.get("mode") is not None:
                lines.append(
                    _sentence(
                        N_(
                            "{level}, {mode}, received {received}: {rank} of {count} at this "
                            "level in protocol order."
                        ),
                        language,
                        level=level,
                        mode=label(p["mode"], language).lower(),
                        received=received,
                        rank=p["rank"],
                        count=p["of"],
                    )
                )
            else:
                lines.append(
                    _sentence(
                        N_(
                            "{level}, received {received}: {rank} of {count} at this level by "
                            "time of receipt."
                        ),
                        language,
                        level=level,
                        received=received,
                        rank=p["rank"],
                        count=p["of"],
                    )
                )
        elif code is ReasonCode.LATE:
            lines.append(
                _sentence(
                    N_(
                        "Received after the deadline ({deadline}): considered after the requests "
                        "received in time."
                    ),
                    language,
                    deadline=(p["deadline"] - timedelta(days=1)).date().isoformat()
                    if p.get("deadline")
                    else "",
                )
            )
        elif code is ReasonCode.PREFERRED:
            if p["rank"] == 1:
                lines.append(
                    _sentence(
                        N_("Placed in its first preferred session, {session}."),
                        language,
                        session=name_of(p["session"]),
                    )
                )
            else:
                lines.append(
                    _sentence(
                        N_("Placed in its preferred session no. {rank}, {session}."),
                        language,
                        rank=p["rank"],
                        session=name_of(p["session"]),
                    )
                )
        elif code is ReasonCode.PREFERENCE_SKIPPED:
            lines.append(
                _sentence(_SKIP_MESSAGES[p["why"]], language, session=name_of(p["session"]))
            )
        elif code is ReasonCode.NEXT_SESSION:
            lines.append(
                _sentence(
                    N_("Placed in the next session with a free slot, {session}."),
                    language,
                    session=name_of(p["session"]),
                )
            )
        elif code is ReasonCode.KEPT_SESSION:
            lines.append(
                _sentence(
                    N_("Keeps the session it was already scheduled in, {session}."),
                    language,
                    session=name_of(p["session"]),
                )
            )
        elif code is ReasonCode.NO_PREFERENCE:
            lines.append(
                _sentence(
                    N_("No preferred session: placed in {session}, which had the most free slots."),
                    language,
                    session=name_of(p["session"]),
                )
            )
        elif code is ReasonCode.MANUAL_SESSION:
            lines.append(
                _sentence(
                    N_("Placed by hand in {session}, slot {slot}. Reason given: {reason}"),
                    language,
                    session=name_of(p["session"]),
                    slot=p["position"] + 1,
                    reason=override_reason or "—",
                )
            )
        elif code is ReasonCode.MANUAL_WAITLIST:
            lines.append(
                _sentence(
                    N_("Put on the waitlist by hand, place {place}. Reason given: {reason}"),
                    language,
                    place=p["position"] + 1,
                    reason=override_reason or "—",
                )
            )
        elif code is ReasonCode.CONFIRMED_KEPT:
            lines.append(
                _sentence(
                    N_("Confirmed to the delegation: keeps its session, {session}."),
                    language,
                    session=name_of(p["session"]),
                )
            )
        elif code is ReasonCode.SPEAKING_ORDER:
            message = (
                N_(
                    "Speaks {slot} of {count} in {session}: protocol order (level, then in person "
                    "before remote, then time of receipt)."
                )
                if rules.in_person_before_remote
                else N_(
                    "Speaks {slot} of {count} in {session}: protocol order (level, then time of "
                    "receipt)."
                )
            )
            lines.append(
                _sentence(
                    message,
                    language,
                    slot=p["position"] + 1,
                    count=p["of"],
                    session=name_of(p["session"]),
                )
            )
        elif code is ReasonCode.WAITLISTED:
            lines.append(
                _sentence(
                    N_(
                        "Every session it can take is full: place {place} of {count} on the "
                        "waitlist."
                    ),
                    language,
                    place=p["position"] + 1,
                    count=p["of"],
                )
            )
        elif code is ReasonCode.ONE_PER_DELEGATION:
            other = requests.get(p["other"])
            message = (
                N_(
                    "Declined: one speaker per delegation, and an officer placed {other} "
                    "(received {received}) for this delegation."
                )
                if p.get("kept_by_officer")
                else N_(
                    "Declined: one speaker per delegation, and this delegation's earlier "
                    "request, {other}, was received {received}."
                )
            )
            lines.append(
                _sentence(
                    message,
                    language,
                    other=other.speaker_name if other else "?",
                    received=local_time_text(p["other_received_at"]),
                )
            )
        elif code is ReasonCode.INACTIVE:
            lines.append(
                _sentence(
                    N_("{status}: the request takes no slot."),
                    language,
                    status=label(p["status"], language),
                )
            )
            if status_reason:
                lines.append(
                    _sentence(N_("Reason given: {reason}"), language, reason=status_reason)
                )
        elif code is ReasonCode.NO_SESSION_FOR_MODE:
            lines.append(
                _sentence(
                    N_("No session of the programme takes {mode} speakers."),
                    language,
                    mode=label(p["mode"], language).lower(),
                )
            )
        elif code is ReasonCode.MANUAL_SESSION_GONE:
            lines.append(
                _sentence(
                    N_(
                        "It was placed by hand in a session that no longer takes speakers; the "
                        "rules place it now."
                    ),
                    language,
                )
            )
    return lines


def last_status_reason(session: Session, request_id: uuid.UUID) -> str | None:
    """The reason recorded with the request's last change of status."""
    return session.scalar(
        select(AuditEntry.reason)
        .where(
            AuditEntry.entity_type == SpeakingRequest.__tablename__,
            AuditEntry.entity_id == request_id,
            AuditEntry.field == "status",
        )
        .order_by(AuditEntry.at.desc())
        .limit(1)
    )


def where_text(request: SpeakingRequest, language: str) -> str:
    status = label(request.status, language)
    if request.status in (S.SCHEDULED, S.CONFIRMED) and request.session is not None:
        target = request.session
        position = request.slot_position or 0
        start = rules_.slot_start(
            target.date, target.start_time, target.minutes_per_speaker, position
        )
        return _sentence(
            N_("{session}, slot {slot}, {time} ({status})"),
            language,
            session=session_label(target, language),
            slot=position + 1,
            time=start.strftime("%H:%M"),
            status=status,
        )
    if request.status is S.WAITLISTED:
        return _sentence(
            N_("Waitlist, place {place}"), language, place=(request.waitlist_position or 0) + 1
        )
    return status


def explain(session: Session, request_id: uuid.UUID, language: str = "en") -> Explanation:
    """Why the request sits where it sits: the rules' reasons for it, in `language`.

    The reasons come from running the rules now (nothing is written); when the stored placement
    differs — requests arrived or changed since the last allocation — the first line says so and
    where "Allocate all" would put it.
    """
    request = _get_request(session, request_id)
    event = _require_event(session, request.event_id)
    sessions = event_sessions(session, event.id)
    requests = event_requests(session, event.id)
    rules = event_rules(event)
    allocation = rules_.allocate(
        rules, [session_slots(s) for s in sessions], [request_slot(r) for r in requests]
    )
    placement = allocation.placements[request.id]
    by_id = {s.id: s for s in sessions}
    lines = reason_sentences(
        placement.reasons,
        language,
        sessions=by_id,
        requests={r.id: r for r in requests},
        rules=rules,
        override_reason=request.override_reason,
        status_reason=last_status_reason(session, request.id)
        if request.status in INACTIVE_STATUSES
        else None,
    )
    stored = (request.status, request.session_id, request.slot_position, request.waitlist_position)
    computed = (
        placement.status,
        placement.session_id,
        placement.slot_position,
        placement.waitlist_position,
    )
    up_to_date = stored == computed
    if not up_to_date:
        if placement.session_id is not None:
            would = _sentence(
                N_("{session}, slot {slot}"),
                language,
                session=session_label(by_id.get(placement.session_id), language),
                slot=(placement.slot_position or 0) + 1,
            )
        elif placement.status is S.WAITLISTED:
            would = _sentence(
                N_("Waitlist, place {place}"),
                language,
                place=(placement.waitlist_position or 0) + 1,
            )
        else:
            would = label(placement.status, language)
        lines.insert(
            0,
            _sentence(
                N_(
                    'The list has changed since the last allocation: "Allocate all" would put '
                    "this request at {where}. The reasons below are for that place."
                ),
                language,
                where=would,
            ),
        )
    return Explanation(where_text(request, language), tuple(lines), up_to_date)


# ---------------------------------------------------------------------------------------------
# Conflicts as sentences


def conflict_sentence(conflict: Conflict, language: str, schedule: Schedule) -> str:
    lane = schedule.lane(conflict.session_id) if conflict.session_id else None
    where = session_label(lane, language) if lane else ""
    if conflict.kind is ConflictKind.OVER_CAPACITY:
        return _sentence(
            N_("{session} is over capacity: this speaker runs past the end of the session."),
            language,
            session=where,
        )
    if conflict.kind is ConflictKind.DELEGATION_TWICE:
        other = schedule.row(conflict.other_id) if conflict.other_id else None
        return _sentence(
            N_("The delegation has another speaker on the list: {other}."),
            language,
            other=other.speaker_name if other else "?",
        )
    if conflict.kind is ConflictKind.NOT_IN_DELEGATION:
        return _sentence(
            N_("The speaker is not a member of the delegation named in the reply."), language
        )
    if conflict.kind is ConflictKind.MODE_MISMATCH:
        return _sentence(
            N_("{session} does not take speakers in this mode (in person or remote)."),
            language,
            session=where,
        )
    return _sentence(N_("{session} takes no speakers."), language, session=where)


# ---------------------------------------------------------------------------------------------
# Printed lists: the list of speakers and the moderator's run sheet


class PrintKind(StrEnum):
    SPEAKERS_LIST = "speakers_list"
    RUN_SHEET = "run_sheet"


def _speaker_line(row: SpeakerRow, number: int, minutes: int | None, language: str) -> SpeakerLine:
    start = row.start.time() if row.start else None
    end = (row.start + timedelta(minutes=minutes)).time() if row.start and minutes else None
    return SpeakerLine(
        number=number,
        delegation=row.delegation,
        name=name_for_list(row.speaker_native_name, row.speaker_name, language),
        level=row.level,
        level_label=label(row.level, language),
        mode=row.mode,
        mode_label=label(row.mode, language),
        title=row.speaker_title,
        start=start,
        end=end,
        gender=row.gender,
        form_of_address=row.form_of_address,
    )


def speakers_document(
    session: Session,
    event_id: uuid.UUID,
    language: str,
    *,
    session_ids: Sequence[uuid.UUID] | None = None,
    printed_on: date | None = None,
) -> SpeakersDocument:
    """What the printed list says, in `language`: the sessions that take speakers (or those
    chosen), each with its speakers in order, and the waitlist."""
    from liaison_app.services.letters import load_letterhead  # the letters feature's setting

    schedule = load_schedule(session, event_id, language)
    event = _require_event(session, event_id)
    blocks = []
    for lane in schedule.lanes:
        if session_ids is not None and lane.id not in session_ids:
            continue
        blocks.append(
            SessionBlock(
                title=lane.title,
                code=lane.code,
                day=lane.day,
                start=lane.start_time,
                end=lane.end_time,
                minutes_per_speaker=lane.minutes_per_speaker,
                capacity=lane.capacity,
                room=lane.room,
                moderator=lane.moderator,
                speakers=tuple(
                    _speaker_line(row, index, lane.minutes_per_speaker, language)
                    for index, row in enumerate(lane.speakers, start=1)
                ),
            )
        )
    waitlist = (
        tuple(
            _speaker_line(row, index, None, language)
            for index, row in enumerate(schedule.waitlist, start=1)
        )
        if session_ids is None
        else ()
    )
    event_line = date_range(event.starts_on, event.ends_on, language)
    if event.venue:
        event_line = f"{event_line} · {event.venue}"
    return SpeakersDocument(
        language=language,
        letterhead=load_letterhead(session),
        event_title=schedule.event_title,
        event_line=event_line,
        sessions=tuple(blocks),
        waitlist=waitlist,
        printed_on=printed_on or date.today(),
    )


def render_pdf(document: SpeakersDocument, kind: PrintKind | str) -> bytes:
    if PrintKind(kind) is PrintKind.RUN_SHEET:
        return render_run_sheet(document)
    return render_speakers_list(document)


def write_pdf(path: Path, data: bytes) -> Path:
    """Write the PDF atomically: a temporary file beside `path`, fsynced, renamed over it."""
    return write_file(Path(path), data)
