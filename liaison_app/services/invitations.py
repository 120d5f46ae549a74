"""Invitations: created in one step for a selection, never twice; status changes one by one or in
bulk, following `domain.invitation_rules`; "no reply" kept in step with the deadline; the rows of
the register with their filters; and each invitation's history from the audit trail.

Every change writes its audit entries in the caller's transaction (`Database.writing()`), so a
change and its trace are saved, or rolled back, together.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, selectinload

from liaison_app.domain.enums import (
    UN_LANGUAGES,
    AuditAction,
    InvitationStatus,
    LevelOfRepresentation,
    OutgoingChannel,
    Region,
    ReplyDecision,
)
from liaison_app.domain.invitation_rules import (
    AWAITING_STATUSES,
    DECISION_STATUSES,
    MoveKind,
    Refusal,
    Verdict,
    check_move,
    deadline_has_passed,
    effective_deadline,
    secretariat_today,
    status_after_deadline,
)
from liaison_app.domain.models import (
    AuditEntry,
    Circular,
    Contact,
    Event,
    Invitation,
    MemberState,
    Reply,
)
from liaison_app.domain.text_folding import fold
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services.audit import apply_changes, record_create, record_delete
from liaison_app.services.deletion import Deleted, snapshot

S = InvitationStatus
LANGUAGES: tuple[str, ...] = tuple(language.value for language in UN_LANGUAGES)
#: SQLite takes at most 32,766 parameters in a statement: long id lists go in slices.
_CHUNK = 500

#: Reasons written in the audit trail for changes the application makes by itself.
REASON_DEADLINE_PASSED = "The reply deadline passed without a reply."
REASON_DEADLINE_MOVED = "The reply deadline was moved: the invitation is waiting again."


def _now() -> datetime:
    return datetime.now(UTC)


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _unique(ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    return list(dict.fromkeys(ids))


# ---------------------------------------------------------------------------------------------
# Rows of the register, and the filter that selects them


@dataclass(frozen=True, slots=True)
class InvitationRow:
    """One invitation as the register shows it, with its reply."""

    id: uuid.UUID
    event_id: uuid.UUID
    circular_id: uuid.UUID | None
    circular_reference: str | None
    member_state_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    #: Whom the letter went to, in the language asked for: a Member State or a person.
    addressee: str
    #: The Member State's short name (the contact's own for a person), or "".
    member_state: str
    iso3: str
    region: Region | None
    contact_name: str
    channel: OutgoingChannel | None
    sent_on: date | None
    status: InvitationStatus
    status_changed_at: datetime | None
    acknowledged_on: date | None
    reminders_sent: int
    last_reminder_on: date | None
    deadline: date | None
    reply_id: uuid.UUID | None = None
    received_on: date | None = None
    decision: ReplyDecision | None = None
    level: LevelOfRepresentation | None = None
    delegation_size: int = 0
    head_of_delegation: str = ""
    source_count: int = 0
    attachment_count: int = 0
    notes: str = ""
    #: Folded names in the six languages, ISO codes, contact and notes: what search looks in.
    search_text: str = ""

    @property
    def replied(self) -> bool:
        return self.reply_id is not None

    def deadline_passed(self, today: date) -> bool:
        return deadline_has_passed(self.deadline, self.sent_on, today)

    def is_overdue(self, today: date) -> bool:
        """Waiting for a reply after the deadline."""
        return self.status in AWAITING_STATUSES and not self.replied and self.deadline_passed(today)


@dataclass(frozen=True)
class InvitationFilter:
    """Which invitations a list shows. Empty sets keep everything; the dashboard builds one per
    figure, so a click on a bar lists exactly the rows it counted."""

    statuses: frozenset[InvitationStatus] = frozenset()
    #: None in the set matches invitations to a person without a Member State.
    regions: frozenset[Region | None] = frozenset()
    channels: frozenset[OutgoingChannel] = frozenset()
    circular_id: uuid.UUID | None = None
    #: Only invitations sent without a circular (under the event's own deadline).
    without_circular: bool = False
    decisions: frozenset[ReplyDecision] = frozenset()
    #: None in the set matches replies that do not state a level.
    levels: frozenset[LevelOfRepresentation | None] = frozenset()
    #: True: only with a reply; False: only without.
    replied: bool | None = None
    #: Replies whose first source arrived that day.
    received_on: date | None = None
    #: Sent, no reply, deadline passed.
    overdue: bool = False
    #: Still waiting for a reply (sent, acknowledged or no reply, nothing logged).
    awaiting: bool = False
    ids: frozenset[uuid.UUID] | None = None
    search: str = ""

    @property
    def is_empty(self) -> bool:
        return self == InvitationFilter()

    def matches(self, row: InvitationRow, today: date) -> bool:
        if self.ids is not None and row.id not in self.ids:
            return False
        if self.statuses and row.status not in self.statuses:
            return False
        if self.regions and row.region not in self.regions:
            return False
        if self.channels and row.channel not in self.channels:
            return False
        if self.circular_id is not None and row.circular_id != self.circular_id:
            return False
        if self.without_circular and row.circular_id is not None:
            return False
        if self.replied is not None and row.replied != self.replied:
            return False
        if self.decisions and row.decision not in self.decisions:
            return False
        if self.levels and (not row.replied or row.level not in self.levels):
            return False
        if self.received_on is not None and row.received_on != self.received_on:
            return False
        if self.awaiting and (row.replied or row.status not in AWAITING_STATUSES):
            return False
        if self.overdue and not row.is_overdue(today):
            return False
        needles = fold(self.search).split()
        return all(needle in row.search_text for needle in needles)


# The register is read with plain column queries rather than loaded objects: ORM loading of a
# few thousand invitations with their replies cost 30× the bare join (bench/bench_invitations.py).
_STATES = aliased(MemberState, name="state")
_CONTACT_STATES = aliased(MemberState, name="contact_state")
_NAME_COLUMNS = tuple(f"short_name_{code}" for code in LANGUAGES)


def _state_columns(alias: Any) -> list[Any]:
    return [
        *(getattr(alias, name) for name in _NAME_COLUMNS),
        alias.iso_alpha2,
        alias.iso_alpha3,
        alias.region,
    ]


def _register_query() -> Any:
    return (
        select(
            Invitation.id,
            Invitation.event_id,
            Invitation.circular_id,
            Invitation.member_state_id,
            Invitation.contact_id,
            Invitation.channel,
            Invitation.sent_on,
            Invitation.status,
            Invitation.status_changed_at,
            Invitation.acknowledged_on,
            Invitation.reminders_sent,
            Invitation.last_reminder_on,
            Invitation.notes,
            Circular.reference,
            Circular.reply_deadline,
            Event.reply_deadline,
            Contact.full_name,
            Contact.full_name_latin,
            Reply.id,
            Reply.received_on,
            Reply.decision,
            Reply.level,
            *_state_columns(_STATES),
            *_state_columns(_CONTACT_STATES),
        )
        .join(Event, Invitation.event_id == Event.id)
        .outerjoin(Circular, Invitation.circular_id == Circular.id)
        .outerjoin(_STATES, Invitation.member_state_id == _STATES.id)
        .outerjoin(Contact, Invitation.contact_id == Contact.id)
        .outerjoin(_CONTACT_STATES, Contact.member_state_id == _CONTACT_STATES.id)
        .outerjoin(Reply, Reply.invitation_id == Invitation.id)
    )


@dataclass
class _ReplyParts:
    delegation: list[tuple[str, bool]] = field(default_factory=list)
    sources: int = 0
    attachments: int = 0


def _reply_parts(session: Session, reply_ids: list[uuid.UUID]) -> dict[uuid.UUID, _ReplyParts]:
    from liaison_app.domain.models import DelegationMember, ReplyAttachment, ReplySource

    parts: dict[uuid.UUID, _ReplyParts] = {i: _ReplyParts() for i in reply_ids}
    for chunk in _chunks(reply_ids):
        for reply_id, name, is_head in session.execute(
            select(DelegationMember.reply_id, DelegationMember.name, DelegationMember.is_head)
            .where(DelegationMember.reply_id.in_(chunk))
            .order_by(DelegationMember.position)
        ):
            parts[reply_id].delegation.append((name, is_head))
        for model, attribute in ((ReplySource, "sources"), (ReplyAttachment, "attachments")):
            for reply_id, count in session.execute(
                select(model.reply_id, func.count())
                .where(model.reply_id.in_(chunk))
                .group_by(model.reply_id)
            ):
                setattr(parts[reply_id], attribute, count)
    return parts


def _register_row(values: Any, parts: dict[uuid.UUID, _ReplyParts], language: str) -> InvitationRow:
    (
        invitation_id,
        event_id,
        circular_id,
        member_state_id,
        contact_id,
        channel,
        sent_on,
        status,
        status_changed_at,
        acknowledged_on,
        reminders_sent,
        last_reminder_on,
        notes,
        circular_reference,
        circular_deadline,
        event_deadline,
        contact_name,
        contact_latin,
        reply_id,
        received_on,
        decision,
        level,
    ) = values[:22]
    width = len(_NAME_COLUMNS) + 3
    own_state, contact_state = values[22 : 22 + width], values[22 + width :]
    state = own_state if own_state[-2] is not None else contact_state
    names: list[str] = []
    state_name = iso3 = ""
    region = None
    if state[-2] is not None:
        by_language = dict(zip(LANGUAGES, state[: len(LANGUAGES)], strict=True))
        state_name = by_language.get(language) or by_language["en"]
        iso3, region = state[-2], state[-1]
        names += [*by_language.values(), state[-3], iso3]
    if contact_name:
        names += [contact_name, contact_latin or ""]
    extra: dict[str, Any] = {}
    if reply_id is not None:
        reply = parts.get(reply_id, _ReplyParts())
        head = next((name for name, is_head in reply.delegation if is_head), "")
        extra = {
            "reply_id": reply_id,
            "received_on": received_on,
            "decision": decision,
            "level": level,
            "delegation_size": len(reply.delegation),
            "head_of_delegation": head,
            "source_count": reply.sources,
            "attachment_count": reply.attachments,
        }
        names += [name for name, _ in reply.delegation]
    notes = notes or ""
    return InvitationRow(
        id=invitation_id,
        event_id=event_id,
        circular_id=circular_id,
        circular_reference=circular_reference,
        member_state_id=member_state_id,
        contact_id=contact_id,
        addressee=contact_name or state_name,
        member_state=state_name,
        iso3=iso3,
        region=region,
        contact_name=contact_name or "",
        channel=channel,
        sent_on=sent_on,
        status=status,
        status_changed_at=status_changed_at,
        acknowledged_on=acknowledged_on,
        reminders_sent=reminders_sent or 0,
        last_reminder_on=last_reminder_on,
        deadline=effective_deadline(circular_deadline, event_deadline),
        notes=notes,
        search_text=fold(" ".join([*names, circular_reference or "", notes])),
        **extra,
    )


def invitation_rows(
    session: Session,
    event_id: uuid.UUID | None,
    language: str = "en",
    ids: Collection[uuid.UUID] | None = None,
) -> list[InvitationRow]:
    """The event's invitations (or those of `ids`) as rows, in no particular order: the view sorts
    them. A handful of queries whatever the number of rows."""
    language = language if language in LANGUAGES else "en"
    query = _register_query()
    if event_id is not None:
        query = query.where(Invitation.event_id == event_id)
    if ids is not None:
        found = []
        for chunk in _chunks(_unique(ids)):
            found += session.execute(query.where(Invitation.id.in_(chunk))).all()
    else:
        found = session.execute(query).all()
    parts = _reply_parts(session, [values[18] for values in found if values[18] is not None])
    return [_register_row(values, parts, language) for values in found]


def filter_rows(
    rows: Iterable[InvitationRow], invitation_filter: InvitationFilter, today: date
) -> list[InvitationRow]:
    return [row for row in rows if invitation_filter.matches(row, today)]


def get_invitation(session: Session, invitation_id: uuid.UUID) -> Invitation:
    invitation = session.get(Invitation, invitation_id)
    if invitation is None:
        raise UserError(N_("This invitation no longer exists: someone may have deleted it."))
    return invitation


def invitation_deadline(invitation: Invitation) -> date | None:
    circular = invitation.circular
    return effective_deadline(
        circular.reply_deadline if circular else None, invitation.event.reply_deadline
    )


def deadline_passed_for(invitation: Invitation, today: date) -> bool:
    return deadline_has_passed(invitation_deadline(invitation), invitation.sent_on, today)


def find_invitation(
    session: Session,
    *,
    event_id: uuid.UUID,
    circular_id: uuid.UUID | None,
    member_state_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
) -> Invitation | None:
    """The invitation of this series (circular, else event) to this addressee, if any."""
    return session.scalar(
        select(Invitation).where(
            Invitation.series_key == Invitation.make_series_key(circular_id, event_id),
            Invitation.addressee_key == Invitation.make_addressee_key(member_state_id, contact_id),
        )
    )


# ---------------------------------------------------------------------------------------------
# Creating invitations


@dataclass(frozen=True)
class InviteReport:
    """What "Invite…" did: the new invitations, and how many addressees already had one."""

    created: list[uuid.UUID]
    already_invited: int

    @property
    def created_count(self) -> int:
        return len(self.created)


def _series(
    session: Session, event_id: uuid.UUID, circular_id: uuid.UUID | None
) -> tuple[Event, Circular | None]:
    event = session.get(Event, event_id)
    if event is None:
        raise UserError(N_("This event no longer exists: someone may have deleted it."))
    circular = None
    if circular_id is not None:
        circular = session.get(Circular, circular_id)
        if circular is None:
            raise UserError(N_("This circular no longer exists: someone may have deleted it."))
        if circular.event_id not in (None, event_id):
            raise UserError(
                N_("{reference} belongs to another event."), reference=circular.reference
            )
    return event, circular


def check_sent_on(sent_on: date, circular: Circular | None, today: date) -> None:
    """A letter is sent on or after its own date, and not on a day still to come."""
    if circular is not None and sent_on < circular.issued_on:
        raise UserError(
            N_("The letters cannot be sent on {sent}, before {reference} is dated ({date})."),
            sent=sent_on.isoformat(),
            reference=circular.reference,
            date=circular.issued_on.isoformat(),
        )
    if sent_on > today:
        raise UserError(
            N_("{sent} is still to come: record the letters once they are sent."),
            sent=sent_on.isoformat(),
        )


def create_invitations(
    session: Session,
    *,
    event_id: uuid.UUID,
    circular_id: uuid.UUID | None = None,
    member_state_ids: Iterable[uuid.UUID] = (),
    contact_ids: Iterable[uuid.UUID] = (),
    channel: OutgoingChannel | None = None,
    sent_on: date | None = None,
    notes: str | None = None,
    today: date | None = None,
    actor: str | None = None,
    require_channel: bool = True,
) -> InviteReport:
    """One invitation per addressee of the series (the circular, else the event); addressees
    already invited are skipped and counted, never invited twice.

    With `sent_on` the invitations are recorded as sent (the channel is then required unless
    `require_channel` is False: a reply revealed a letter whose way out nobody noted), else as
    drafts. Invitations sent before a deadline that has since passed start as "no reply".
    """
    today = today or secretariat_today()
    event, circular = _series(session, event_id, circular_id)
    if sent_on is not None:
        if channel is None and require_channel:
            raise UserError(N_("Say how the letters were sent: e-mail, post, pouch or by hand."))
        check_sent_on(sent_on, circular, today)
    series_key = Invitation.make_series_key(circular.id if circular else None, event.id)
    wanted = [("member_state", i) for i in _unique(member_state_ids)] + [
        ("contact", i) for i in _unique(contact_ids)
    ]
    keys = {
        (kind, i): Invitation.make_addressee_key(
            i if kind == "member_state" else None, i if kind == "contact" else None
        )
        for kind, i in wanted
    }
    existing: set[str] = set()
    for chunk in _chunks(list(keys.values())):
        existing.update(
            session.scalars(
                select(Invitation.addressee_key).where(
                    Invitation.series_key == series_key, Invitation.addressee_key.in_(chunk)
                )
            )
        )
    _check_addressees_exist(session, wanted)
    status = S.SENT if sent_on is not None else S.DRAFT
    now = _now()
    created: list[Invitation] = []
    for kind, addressee_id in wanted:
        key = keys[(kind, addressee_id)]
        if key in existing:
            continue
        invitation = Invitation(
            id=uuid.uuid4(),
            event_id=event.id,
            circular_id=circular.id if circular else None,
            member_state_id=addressee_id if kind == "member_state" else None,
            contact_id=addressee_id if kind == "contact" else None,
            series_key=series_key,
            addressee_key=key,
            channel=channel,
            sent_on=sent_on,
            status=status,
            status_changed_at=now,
            notes=(notes or "").strip() or None,
        )
        session.add(invitation)
        created.append(invitation)
    try:
        for invitation in created:
            record_create(session, invitation, actor=actor)
        session.flush()
    except IntegrityError as error:
        raise UserError(
            N_("Someone else recorded some of these invitations at the same moment: try again.")
        ) from error
    ids = [invitation.id for invitation in created]
    if sent_on is not None and ids:
        sync_deadline_statuses(session, today=today, ids=ids, actor=actor)
    return InviteReport(ids, len(wanted) - len(created))


def _check_addressees_exist(session: Session, wanted: list[tuple[str, uuid.UUID]]) -> None:
    for kind, model in (("member_state", MemberState), ("contact", Contact)):
        ids = [i for k, i in wanted if k == kind]
        found: set[uuid.UUID] = set()
        for chunk in _chunks(ids):
            found.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
        if len(found) != len(ids):
            raise UserError(
                N_("Some of the chosen addressees no longer exist: refresh the list and try again.")
            )


# ---------------------------------------------------------------------------------------------
# Status changes


@dataclass
class StatusReport:
    """What a bulk status change did: changed, already there, refused (by reason)."""

    changed: list[uuid.UUID] = field(default_factory=list)
    unchanged: list[uuid.UUID] = field(default_factory=list)
    refused: dict[Refusal, list[uuid.UUID]] = field(default_factory=dict)

    @property
    def refused_count(self) -> int:
        return sum(len(ids) for ids in self.refused.values())


def _load(session: Session, ids: Sequence[uuid.UUID]) -> list[Invitation]:
    found: dict[uuid.UUID, Invitation] = {}
    for chunk in _chunks(ids):
        query = (
            select(Invitation)
            .where(Invitation.id.in_(chunk))
            .options(
                selectinload(Invitation.event),
                selectinload(Invitation.circular),
                selectinload(Invitation.reply),
            )
        )
        found.update((i.id, i) for i in session.scalars(query))
    if len(found) != len(ids):
        raise UserError(
            N_("Some of the chosen invitations no longer exist: refresh the list and try again.")
        )
    return [found[i] for i in ids]


def set_status(
    session: Session,
    invitation: Invitation,
    status: InvitationStatus,
    *,
    actor: str | None = None,
    reason: str | None = None,
    extra: dict[str, Any] | None = None,
) -> bool:
    """Set the status (and `extra` fields) with their audit entries; True if anything changed."""
    changes = apply_changes(
        session, invitation, {**(extra or {}), "status": status}, actor=actor, reason=reason
    )
    if "status" in changes:
        invitation.status_changed_at = _now()
    return bool(changes)


def change_status(
    session: Session,
    ids: Iterable[uuid.UUID],
    target: InvitationStatus,
    *,
    on: date | None = None,
    channel: OutgoingChannel | None = None,
    today: date | None = None,
    reason: str | None = None,
    actor: str | None = None,
) -> StatusReport:
    """Move each invitation to `target` where the rules allow it; the others are reported.

    `on` is the date of the event the status records (sent on, acknowledged on; default today);
    `channel` fills in how a draft went out when it had none.
    """
    today = today or secretariat_today()
    target = InvitationStatus(target)
    on = on or today
    report = StatusReport()
    for invitation in _load(session, _unique(ids)):
        passed = deadline_passed_for(invitation, today)
        extra: dict[str, Any] = {}
        if target is S.SENT and invitation.status is S.DRAFT:
            check_sent_on(on, invitation.circular, today)
            extra = {"sent_on": on, "channel": invitation.channel or channel}
            passed = deadline_has_passed(invitation_deadline(invitation), on, today)
        verdict = check_move(invitation.status, target, deadline_passed=passed)
        if invitation.reply is not None and verdict.kind is not MoveKind.UNCHANGED:
            # The reply decides, whatever the stored status says.
            verdict = Verdict(MoveKind.REFUSED, Refusal.HAS_REPLY)
        if verdict.kind is MoveKind.UNCHANGED:
            report.unchanged.append(invitation.id)
            continue
        if not verdict.allowed:
            assert verdict.refusal is not None
            report.refused.setdefault(verdict.refusal, []).append(invitation.id)
            continue
        if target is S.DRAFT:
            extra = {"sent_on": None, "acknowledged_on": None}
        elif target is S.ACKNOWLEDGED:
            if invitation.sent_on is not None and on < invitation.sent_on:
                raise UserError(
                    N_("An acknowledgement on {date} comes before the letter was sent ({sent})."),
                    date=on.isoformat(),
                    sent=invitation.sent_on.isoformat(),
                )
            extra = {"acknowledged_on": on}
        elif target is S.SENT and invitation.status is not S.DRAFT:
            extra = {"acknowledged_on": None}
        set_status(session, invitation, target, actor=actor, reason=reason, extra=extra)
        report.changed.append(invitation.id)
    if target is S.SENT and report.changed:
        # Letters recorded as sent before a deadline that has passed are without reply at once.
        session.flush()
        sync_deadline_statuses(session, today=today, ids=report.changed, actor=actor)
    return report


def _deadline_moves(
    session: Session,
    today: date,
    event_id: uuid.UUID | None,
    circular_id: uuid.UUID | None,
    ids: Collection[uuid.UUID] | None,
) -> list[tuple[Invitation, InvitationStatus, bool]]:
    """(invitation, status the deadline implies, deadline passed) for those that must change."""
    query = select(Invitation).where(
        Invitation.status.in_([S.SENT, S.ACKNOWLEDGED, S.NO_REPLY]),
        ~Invitation.reply.has(),
    )
    if event_id is not None:
        query = query.where(Invitation.event_id == event_id)
    if circular_id is not None:
        query = query.where(Invitation.circular_id == circular_id)
    query = query.options(selectinload(Invitation.event), selectinload(Invitation.circular))
    candidates: list[Invitation] = []
    if ids is not None:
        for chunk in _chunks(list(ids)):
            candidates += session.scalars(query.where(Invitation.id.in_(chunk)))
    else:
        candidates = list(session.scalars(query))
    moves = []
    for invitation in candidates:
        passed = deadline_passed_for(invitation, today)
        status = status_after_deadline(
            invitation.status,
            deadline_passed=passed,
            acknowledged=invitation.acknowledged_on is not None,
        )
        if status is not invitation.status:
            moves.append((invitation, status, passed))
    return moves


def deadline_statuses_pending(
    session: Session, *, today: date, event_id: uuid.UUID | None = None
) -> int:
    """How many invitations the deadline would move today (read only): the window writes only
    when there is something to write, so opening a page never waits for the writer."""
    return len(_deadline_moves(session, today, event_id, None, None))


def sync_deadline_statuses(
    session: Session,
    *,
    today: date,
    event_id: uuid.UUID | None = None,
    circular_id: uuid.UUID | None = None,
    ids: Collection[uuid.UUID] | None = None,
    actor: str | None = None,
) -> int:
    """Keep "no reply" in step with the deadlines: invitations still waiting once their deadline
    has passed become "no reply"; those whose deadline was moved later wait again. Returns how
    many changed; each change is audited with its reason."""
    moves = _deadline_moves(session, today, event_id, circular_id, ids)
    for invitation, status, passed in moves:
        reason = REASON_DEADLINE_PASSED if passed else REASON_DEADLINE_MOVED
        set_status(session, invitation, status, actor=actor, reason=reason)
    return len(moves)


# ---------------------------------------------------------------------------------------------
# Details, reminders, deletion


def update_invitation(
    session: Session,
    invitation_id: uuid.UUID,
    *,
    channel: OutgoingChannel | None,
    sent_on: date | None,
    notes: str | None,
    today: date | None = None,
    actor: str | None = None,
) -> Invitation:
    """Correct how and when a letter went out, and its notes (audited)."""
    today = today or secretariat_today()
    invitation = get_invitation(session, invitation_id)
    if invitation.status is S.DRAFT and sent_on is not None:
        raise UserError(N_("Mark the invitation sent to give it a date of sending."))
    if invitation.status is not S.DRAFT and sent_on is None:
        raise UserError(N_("A sent invitation keeps its date of sending."))
    if sent_on is not None:
        check_sent_on(sent_on, invitation.circular, today)
        reply = invitation.reply
        if reply is not None and reply.received_on < sent_on:
            raise UserError(
                N_("The reply arrived on {received}: the letter went out before, not on {sent}."),
                received=reply.received_on.isoformat(),
                sent=sent_on.isoformat(),
            )
    apply_changes(
        session,
        invitation,
        {"channel": channel, "sent_on": sent_on, "notes": (notes or "").strip() or None},
        actor=actor,
    )
    session.flush()
    sync_deadline_statuses(session, today=today, ids=[invitation.id], actor=actor)
    return invitation


def record_reminders(
    session: Session,
    ids: Iterable[uuid.UUID],
    on: date,
    *,
    actor: str | None = None,
) -> int:
    """Count a reminder sent on `on` to each invitation (after a pack of reminders is printed)."""
    count = 0
    for invitation in _load(session, _unique(ids)):
        apply_changes(
            session,
            invitation,
            {"reminders_sent": (invitation.reminders_sent or 0) + 1, "last_reminder_on": on},
            actor=actor,
            reason="Reminder sent.",
        )
        count += 1
    return count


def delete_invitations(
    session: Session, ids: Iterable[uuid.UUID], *, actor: str | None = None
) -> Deleted:
    """Delete invitations recorded by mistake; those with a reply are refused as a whole.

    Returns what `deletion.restore` needs to undo it (its length is the number deleted).
    """
    invitations = _load(session, _unique(ids))
    replied = [i for i in invitations if i.reply is not None]
    if replied:
        raise UserError(
            N_(
                "{count} of the chosen invitations have a reply: delete the replies first if "
                "the invitations were really recorded by mistake."
            ),
            count=len(replied),
        )
    session.flush()
    deleted = snapshot(session, Invitation.__table__, [i.id for i in invitations])
    for invitation in invitations:
        record_delete(session, invitation, actor=actor, summary=invitation.addressee_key)
        session.delete(invitation)
    return deleted


# ---------------------------------------------------------------------------------------------
# History


#: Audit field of an invitation that links the replies it had (their ids), so the history of a
#: reply that was deleted later still belongs to its invitation.
REPLY_LINK_FIELD = "reply"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    actor: str
    #: "invitation" or "reply".
    subject: str
    action: AuditAction
    field: str | None
    old_value: str | None
    new_value: str | None
    reason: str | None


def link_reply(
    session: Session,
    invitation: Invitation,
    reply_id: uuid.UUID | None,
    *,
    old: uuid.UUID | None = None,
    actor: str | None = None,
    reason: str | None = None,
) -> None:
    """Write in the invitation's trail that a reply was logged (or deleted)."""
    from liaison_app.services.audit import current_actor

    session.add(
        AuditEntry(
            actor=actor or current_actor(),
            entity_type="invitations",
            entity_id=invitation.id,
            action=AuditAction.UPDATE,
            field=REPLY_LINK_FIELD,
            old_value=str(old) if old else None,
            new_value=str(reply_id) if reply_id else None,
            reason=reason,
        )
    )


#: The "reason" of history lines read from the records themselves, not from the audit trail.
REASON_FROM_RECORD = "From the record (written before the audit trail, by an import or the demo)."


def _before_the_trail(
    session: Session, invitation_id: uuid.UUID, audited: list[AuditEntry]
) -> list[HistoryEntry]:
    """Creation lines for an invitation or reply that has none in the trail (loaded by the demo
    or an import): their own timestamps say when they were recorded."""
    created = {e.entity_id for e in audited if e.action is AuditAction.CREATE}
    invitation = session.get(Invitation, invitation_id)
    found = []
    if invitation is None:
        return found
    records: list[tuple[str, Any]] = [("invitation", invitation)]
    if invitation.reply is not None:
        records.append(("reply", invitation.reply))
    for subject, record in records:
        if record.id in created or record.created_at is None:
            continue
        found.append(
            HistoryEntry(
                at=record.created_at,
                actor="",
                subject=subject,
                action=AuditAction.CREATE,
                field=None,
                old_value=None,
                new_value=None,
                reason=REASON_FROM_RECORD,
            )
        )
    return found


def history(session: Session, invitation_id: uuid.UUID) -> list[HistoryEntry]:
    """Everything that happened to an invitation and its replies, oldest first."""
    own = list(
        session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_type == "invitations", AuditEntry.entity_id == invitation_id
            )
        )
    )
    reply_ids: set[uuid.UUID] = set()
    for entry in own:
        if entry.field == REPLY_LINK_FIELD:
            for value in (entry.old_value, entry.new_value):
                if value:
                    reply_ids.add(uuid.UUID(value))
    current = session.scalar(select(Reply.id).where(Reply.invitation_id == invitation_id))
    if current is not None:
        reply_ids.add(current)
    replies: list[AuditEntry] = []
    if reply_ids:
        replies = list(
            session.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity_type == "replies",
                    or_(*(AuditEntry.entity_id == i for i in reply_ids)),
                )
            )
        )
    entries = [
        HistoryEntry(
            at=entry.at,
            actor=entry.actor,
            subject="invitation" if entry.entity_type == "invitations" else "reply",
            action=entry.action,
            field=entry.field,
            old_value=entry.old_value,
            new_value=entry.new_value,
            reason=entry.reason,
        )
        for entry in [*own, *replies]
    ]
    entries += _before_the_trail(session, invitation_id, [*own, *replies])
    # Entries of one transaction share their moment closely: creation first, then fields.
    order = {AuditAction.CREATE: 0, AuditAction.UPDATE: 1, AuditAction.DELETE: 2}
    entries.sort(key=lambda e: (e.at, order[e.action]))
    return entries


__all__ = [
    "DECISION_STATUSES",
    "HistoryEntry",
    "InvitationFilter",
    "InvitationRow",
    "InviteReport",
    "StatusReport",
    "change_status",
    "create_invitations",
    "delete_invitations",
    "filter_rows",
    "find_invitation",
    "history",
    "invitation_rows",
    "record_reminders",
    "sync_deadline_statuses",
    "update_invitation",
]
