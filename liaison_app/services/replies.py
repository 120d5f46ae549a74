"""Replies: logged with their delegation and credentials; a second reply from the same addressee
merged into the one reply as another source; edited and deleted with the invitation's status in
step; every change audited on the reply, linked from its invitation's history.

    outcome = log_reply_from_state(session, event_id=..., circular_id=..., member_state_id=...,
                                   draft=ReplyDraft(...))
    if isinstance(outcome, NotInvited):   # ask "create the invitation?", then:
        log_reply_from_state(..., create_invitation=True)

How two sources merge: the reply counts from its first arrival (date and channel); the decision,
level and delegation follow the latest source (its word is the last); credentials keep the
strongest (an original beats a copy); delegation members are matched by name, so the letter's
list and the online form's list become one; notes are appended.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from liaison_app.domain.enums import (
    AttendanceMode,
    Credentials,
    IncomingChannel,
    InvitationStatus,
    LevelOfRepresentation,
    ReplyDecision,
)
from liaison_app.domain.invitation_rules import (
    secretariat_today,
    status_for_decision,
    status_without_reply,
)
from liaison_app.domain.models import (
    Circular,
    DelegationMember,
    Invitation,
    MemberState,
    Reply,
    ReplySource,
)
from liaison_app.domain.text_folding import fold
from liaison_app.errors import UserError
from liaison_app.i18n import N_
from liaison_app.services import invitations as invitation_service
from liaison_app.services.audit import apply_changes, record_create, record_delete

S = InvitationStatus
_CREDENTIAL_STRENGTH = {Credentials.NONE: 0, Credentials.COPY: 1, Credentials.ORIGINAL: 2}
NOTE_CREATED_FOR_REPLY = "Recorded when a reply came from an addressee that was not on the list."


@dataclass
class DelegateDraft:
    name: str
    function: str | None = None
    mode: AttendanceMode = AttendanceMode.IN_PERSON
    is_head: bool = False
    name_latin: str | None = None
    contact_id: uuid.UUID | None = None
    id: uuid.UUID | None = None


@dataclass
class ReplyDraft:
    received_on: date
    channel: IncomingChannel
    decision: ReplyDecision
    level: LevelOfRepresentation | None = None
    delegation: list[DelegateDraft] = field(default_factory=list)
    credentials: Credentials = Credentials.NONE
    credentials_signed_by: str | None = None
    credentials_date: date | None = None
    notes: str | None = None
    #: The sender's own reference for this source (note verbale number, form submission id).
    source_reference: str | None = None


@dataclass(frozen=True)
class ReplyLogged:
    reply_id: uuid.UUID
    invitation_id: uuid.UUID
    #: True when the reply already existed and this source was merged into it.
    merged: bool
    status: InvitationStatus
    #: True when the invitation was created for this reply.
    invitation_created: bool = False


@dataclass(frozen=True)
class NotInvited:
    """The addressee has no invitation in this series: the window offers to create it."""

    event_id: uuid.UUID
    circular_id: uuid.UUID | None
    member_state_id: uuid.UUID | None
    contact_id: uuid.UUID | None = None


# ---------------------------------------------------------------------------------------------
# Checks


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def clean_delegation(members: list[DelegateDraft]) -> list[DelegateDraft]:
    """Blank rows dropped, names trimmed, exactly one head when there is anyone (the first one
    unless another is marked); two heads are refused."""
    cleaned = [
        DelegateDraft(
            name=m.name.strip(),
            function=_text(m.function),
            mode=AttendanceMode(m.mode),
            is_head=m.is_head,
            name_latin=_text(m.name_latin),
            contact_id=m.contact_id,
            id=m.id,
        )
        for m in members
        if (m.name or "").strip()
    ]
    blank_with_function = [m for m in members if not (m.name or "").strip() and _text(m.function)]
    if blank_with_function:
        raise UserError(N_("A member of the delegation has a function but no name: give the name."))
    heads = [m for m in cleaned if m.is_head]
    if len(heads) > 1:
        raise UserError(N_("The delegation has {count} heads: mark only one."), count=len(heads))
    if cleaned and not heads:
        cleaned[0].is_head = True
    # The head first, then the others in the order given.
    cleaned.sort(key=lambda m: not m.is_head)
    return cleaned


def _normalized(draft: ReplyDraft) -> ReplyDraft:
    """The draft with its vocabularies as enums (scripts may pass their plain values)."""
    return replace(
        draft,
        channel=IncomingChannel(draft.channel),
        decision=ReplyDecision(draft.decision),
        level=LevelOfRepresentation(draft.level) if draft.level else None,
        credentials=Credentials(draft.credentials),
    )


def _check_dates(invitation: Invitation, draft: ReplyDraft, today: date) -> None:
    if invitation.status is S.DRAFT or invitation.sent_on is None:
        raise UserError(
            N_(
                "The invitation to {addressee} has not been sent: mark it sent before logging "
                "its reply."
            ),
            addressee=_addressee(invitation),
        )
    if draft.received_on < invitation.sent_on:
        raise UserError(
            N_("The reply is dated {received}, before the letter was sent on {sent}."),
            received=draft.received_on.isoformat(),
            sent=invitation.sent_on.isoformat(),
        )
    if draft.received_on > today:
        raise UserError(
            N_("The reply is dated {received}, a day still to come."),
            received=draft.received_on.isoformat(),
        )
    if draft.credentials is Credentials.NONE and (
        _text(draft.credentials_signed_by) or draft.credentials_date
    ):
        raise UserError(
            N_(
                "Credentials are marked as none, yet a signatory or date is given: choose copy "
                "or original."
            )
        )


def _addressee(invitation: Invitation) -> str:
    if invitation.contact is not None:
        return invitation.contact.full_name
    if invitation.member_state is not None:
        return invitation.member_state.short_name_en
    return "?"


def delegation_summary(members: list[DelegationMember] | list[DelegateDraft]) -> str | None:
    """The delegation as the audit trail keeps it: one line per person."""
    lines = []
    for member in members:
        parts = [member.name]
        if member.function:
            parts.append(member.function)
        parts.append(AttendanceMode(member.mode).value)
        if member.is_head:
            parts.append("head")
        lines.append(" — ".join(parts))
    return "\n".join(lines) or None


def sources_summary(sources: list[ReplySource]) -> str | None:
    ordered = sorted(sources, key=lambda s: s.received_on)
    return (
        "\n".join(
            f"{s.received_on.isoformat()} {s.channel.value}"
            + (f" ({s.reference})" if s.reference else "")
            for s in ordered
        )
        or None
    )


# ---------------------------------------------------------------------------------------------
# Logging


def _load_invitation(session: Session, invitation_id: uuid.UUID) -> Invitation:
    invitation = session.scalar(
        select(Invitation)
        .where(Invitation.id == invitation_id)
        .options(
            selectinload(Invitation.event),
            selectinload(Invitation.circular),
            selectinload(Invitation.member_state),
            selectinload(Invitation.contact),
            selectinload(Invitation.reply).selectinload(Reply.sources),
            selectinload(Invitation.reply).selectinload(Reply.delegation),
        )
    )
    if invitation is None:
        raise UserError(N_("This invitation no longer exists: someone may have deleted it."))
    return invitation


def log_reply(
    session: Session,
    invitation_id: uuid.UUID,
    draft: ReplyDraft,
    *,
    today: date | None = None,
    actor: str | None = None,
) -> ReplyLogged:
    """Log a reply to an invitation; when it already has one, this is a second source of the
    same reply and is merged into it."""
    today = today or secretariat_today()
    draft = _normalized(draft)
    invitation = _load_invitation(session, invitation_id)
    _check_dates(invitation, draft, today)
    delegation = clean_delegation(draft.delegation)
    if invitation.reply is not None:
        return _merge(session, invitation, invitation.reply, draft, delegation, actor)
    reply = Reply(
        id=uuid.uuid4(),
        invitation=invitation,
        received_on=draft.received_on,
        channel=draft.channel,
        decision=draft.decision,
        level=draft.level,
        credentials=draft.credentials,
        credentials_signed_by=_text(draft.credentials_signed_by),
        credentials_date=draft.credentials_date,
        notes=_text(draft.notes),
    )
    session.add(reply)
    reply.sources.append(_source(draft))
    for position, member in enumerate(delegation):
        reply.delegation.append(_member(member, position))
    record_create(session, reply, actor=actor)
    _audit_children(session, reply, None, delegation_summary(delegation), None, actor)
    invitation_service.link_reply(session, invitation, reply.id, actor=actor)
    status = status_for_decision(draft.decision)
    invitation_service.set_status(session, invitation, status, actor=actor)
    session.flush()
    return ReplyLogged(reply.id, invitation.id, merged=False, status=status)


def _source(draft: ReplyDraft) -> ReplySource:
    return ReplySource(
        channel=draft.channel,
        received_on=draft.received_on,
        reference=_text(draft.source_reference),
    )


def _member(member: DelegateDraft, position: int) -> DelegationMember:
    return DelegationMember(
        name=member.name,
        name_latin=member.name_latin,
        function=member.function,
        is_head=member.is_head,
        mode=member.mode,
        position=position,
        contact_id=member.contact_id,
    )


def _audit_children(
    session: Session,
    reply: Reply,
    old_delegation: str | None,
    new_delegation: str | None,
    old_sources: str | None,
    actor: str | None,
    reason: str | None = None,
) -> None:
    """Delegation and sources are audited on the reply, as text, so its history reads whole."""
    from liaison_app.domain.enums import AuditAction
    from liaison_app.domain.models import AuditEntry
    from liaison_app.services.audit import current_actor

    session.flush([reply])
    who = actor or current_actor()
    new_sources = sources_summary(list(reply.sources))
    for name, old, new in (
        ("delegation", old_delegation, new_delegation),
        ("sources", old_sources, new_sources),
    ):
        if old != new:
            session.add(
                AuditEntry(
                    actor=who,
                    entity_type="replies",
                    entity_id=reply.id,
                    action=AuditAction.UPDATE,
                    field=name,
                    old_value=old,
                    new_value=new,
                    reason=reason,
                )
            )


def _merge(
    session: Session,
    invitation: Invitation,
    reply: Reply,
    draft: ReplyDraft,
    delegation: list[DelegateDraft],
    actor: str | None,
) -> ReplyLogged:
    reason = f"Second source: {draft.channel.value} of {draft.received_on.isoformat()}."
    old_sources = sources_summary(list(reply.sources))
    old_delegation = delegation_summary(list(reply.delegation))
    latest_before = max((s.received_on for s in reply.sources), default=reply.received_on)
    newest = draft.received_on >= latest_before
    reply.sources.append(_source(draft))
    first = min(reply.sources, key=lambda s: s.received_on)
    changes: dict[str, Any] = {"received_on": first.received_on, "channel": first.channel}
    if newest:
        changes["decision"] = draft.decision
        if draft.level is not None:
            changes["level"] = draft.level
    elif reply.level is None and draft.level is not None:
        changes["level"] = draft.level
    if _CREDENTIAL_STRENGTH[draft.credentials] > _CREDENTIAL_STRENGTH[reply.credentials]:
        changes.update(
            credentials=draft.credentials,
            credentials_signed_by=_text(draft.credentials_signed_by),
            credentials_date=draft.credentials_date,
        )
    note = _text(draft.notes)
    if note and note not in (reply.notes or ""):
        changes["notes"] = f"{reply.notes}\n{note}" if reply.notes else note
    apply_changes(session, reply, changes, actor=actor, reason=reason)
    _merge_delegation(reply, delegation, newest)
    _audit_children(
        session,
        reply,
        old_delegation,
        delegation_summary(list(reply.delegation)),
        old_sources,
        actor,
        reason,
    )
    status = status_for_decision(reply.decision)
    invitation_service.set_status(session, invitation, status, actor=actor, reason=reason)
    session.flush()
    return ReplyLogged(reply.id, invitation.id, merged=True, status=status)


def _merge_delegation(reply: Reply, delegation: list[DelegateDraft], newest: bool) -> None:
    by_name = {fold(m.name): m for m in reply.delegation}
    new_head = next((m for m in delegation if m.is_head), None)
    for draft in delegation:
        member = by_name.get(fold(draft.name))
        if member is None:
            member = _member(draft, len(reply.delegation))
            member.is_head = False
            reply.delegation.append(member)
            by_name[fold(draft.name)] = member
            continue
        if newest:
            member.function = draft.function or member.function
            member.mode = draft.mode
        member.name_latin = member.name_latin or draft.name_latin
        member.contact_id = member.contact_id or draft.contact_id
    has_head = any(m.is_head for m in reply.delegation)
    if new_head is not None and (newest or not has_head):
        for member in reply.delegation:
            member.is_head = fold(member.name) == fold(new_head.name)
    _renumber(reply)


def _renumber(reply: Reply) -> None:
    ordered = sorted(reply.delegation, key=lambda m: (not m.is_head, m.position))
    for position, member in enumerate(ordered):
        member.position = position


def log_reply_from(
    session: Session,
    *,
    event_id: uuid.UUID,
    circular_id: uuid.UUID | None,
    draft: ReplyDraft,
    member_state_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    create_invitation: bool = False,
    today: date | None = None,
    actor: str | None = None,
) -> ReplyLogged | NotInvited:
    """Log a reply from a Member State (or a contact) to a circular (or the event).

    Without an invitation in that series: NotInvited, unless `create_invitation`, which records
    the invitation as sent (on the circular's date, else the reply's) and then logs the reply.
    """
    today = today or secretariat_today()
    if (member_state_id is None) == (contact_id is None):
        raise ValueError("give a member state or a contact")
    invitation = invitation_service.find_invitation(
        session,
        event_id=event_id,
        circular_id=circular_id,
        member_state_id=member_state_id,
        contact_id=contact_id,
    )
    created = False
    if invitation is None:
        if not create_invitation:
            return NotInvited(event_id, circular_id, member_state_id, contact_id)
        circular = session.get(Circular, circular_id) if circular_id else None
        sent_on = circular.issued_on if circular else draft.received_on
        sent_on = min(sent_on, draft.received_on)
        report = invitation_service.create_invitations(
            session,
            event_id=event_id,
            circular_id=circular_id,
            member_state_ids=[member_state_id] if member_state_id else [],
            contact_ids=[contact_id] if contact_id else [],
            # The letter's way out is unknown; the officer can fill it in later.
            channel=None,
            require_channel=False,
            sent_on=sent_on,
            notes=NOTE_CREATED_FOR_REPLY,
            today=today,
            actor=actor,
        )
        invitation_id = report.created[0]
        invitation = session.get(Invitation, invitation_id)
        assert invitation is not None
        created = True
    logged = log_reply(session, invitation.id, draft, today=today, actor=actor)
    if created:
        return ReplyLogged(
            logged.reply_id, logged.invitation_id, logged.merged, logged.status, True
        )
    return logged


# ---------------------------------------------------------------------------------------------
# Editing and deleting


def get_reply(session: Session, reply_id: uuid.UUID) -> Reply:
    reply = session.scalar(
        select(Reply)
        .where(Reply.id == reply_id)
        .options(
            selectinload(Reply.sources),
            selectinload(Reply.delegation),
            selectinload(Reply.attachments),
            selectinload(Reply.invitation).selectinload(Invitation.event),
            selectinload(Reply.invitation).selectinload(Invitation.circular),
        )
    )
    if reply is None:
        raise UserError(N_("This reply no longer exists: someone may have deleted it."))
    return reply


def reply_draft(session: Session, reply_id: uuid.UUID) -> ReplyDraft:
    """The reply as the reply dialog edits it."""
    reply = get_reply(session, reply_id)
    first = min(reply.sources, key=lambda s: s.received_on, default=None)
    return ReplyDraft(
        received_on=reply.received_on,
        channel=reply.channel,
        decision=reply.decision,
        level=reply.level,
        delegation=[
            DelegateDraft(
                name=m.name,
                function=m.function,
                mode=m.mode,
                is_head=m.is_head,
                name_latin=m.name_latin,
                contact_id=m.contact_id,
                id=m.id,
            )
            for m in reply.delegation
        ],
        credentials=reply.credentials,
        credentials_signed_by=reply.credentials_signed_by,
        credentials_date=reply.credentials_date,
        notes=reply.notes,
        source_reference=first.reference if first else None,
    )


def update_reply(
    session: Session,
    reply_id: uuid.UUID,
    draft: ReplyDraft,
    *,
    today: date | None = None,
    actor: str | None = None,
) -> ReplyLogged:
    """Correct a reply as a whole: its fields, its delegation (members kept, changed, added,
    removed) and its first source's date and channel."""
    today = today or secretariat_today()
    draft = _normalized(draft)
    reply = get_reply(session, reply_id)
    invitation = _load_invitation(session, reply.invitation_id)
    _check_dates(invitation, draft, today)
    delegation = clean_delegation(draft.delegation)
    old_delegation = delegation_summary(list(reply.delegation))
    old_sources = sources_summary(list(reply.sources))
    others = sorted(reply.sources, key=lambda s: s.received_on)[1:]
    if others and draft.received_on > others[0].received_on:
        raise UserError(
            N_(
                "A later source of this reply arrived on {date}: the first arrival cannot be after "
                "it."
            ),
            date=others[0].received_on.isoformat(),
        )
    apply_changes(
        session,
        reply,
        {
            "received_on": draft.received_on,
            "channel": draft.channel,
            "decision": draft.decision,
            "level": draft.level,
            "credentials": draft.credentials,
            "credentials_signed_by": _text(draft.credentials_signed_by),
            "credentials_date": draft.credentials_date,
            "notes": _text(draft.notes),
        },
        actor=actor,
    )
    first = min(reply.sources, key=lambda s: s.received_on, default=None)
    if first is None:
        reply.sources.append(_source(draft))
    else:
        first.received_on = draft.received_on
        first.channel = draft.channel
        first.reference = _text(draft.source_reference)
    existing = {m.id: m for m in reply.delegation}
    kept: list[DelegationMember] = []
    for position, member in enumerate(delegation):
        row = existing.get(member.id) if member.id else None
        if row is None:
            row = _member(member, position)
            reply.delegation.append(row)
        else:
            row.name, row.function, row.mode = member.name, member.function, member.mode
            row.is_head, row.name_latin = member.is_head, member.name_latin
            row.contact_id, row.position = member.contact_id, position
        kept.append(row)
    for row in list(reply.delegation):
        if row not in kept:
            reply.delegation.remove(row)
    _audit_children(
        session,
        reply,
        old_delegation,
        delegation_summary(delegation),
        old_sources,
        actor,
    )
    status = status_for_decision(draft.decision)
    invitation_service.set_status(session, invitation, status, actor=actor)
    session.flush()
    return ReplyLogged(reply.id, invitation.id, merged=False, status=status)


def delete_reply(
    session: Session,
    reply_id: uuid.UUID,
    *,
    today: date | None = None,
    actor: str | None = None,
) -> InvitationStatus:
    """Delete a reply logged by mistake; the invitation waits again (or is without reply once the
    deadline has passed). Returns the invitation's new status."""
    today = today or secretariat_today()
    reply = get_reply(session, reply_id)
    invitation = reply.invitation
    summary = f"{reply.decision.value}, {reply.received_on.isoformat()}, {reply.channel.value}"
    record_delete(session, reply, actor=actor, summary=summary)
    invitation_service.link_reply(session, invitation, None, old=reply.id, actor=actor)
    invitation.reply = None
    session.delete(reply)
    session.flush()
    status = status_without_reply(
        deadline_passed=invitation_service.deadline_passed_for(invitation, today),
        acknowledged=invitation.acknowledged_on is not None,
    )
    invitation_service.set_status(
        session, invitation, status, actor=actor, reason="The reply was deleted."
    )
    return status


def invitation_of_state(
    session: Session, event_id: uuid.UUID, circular_id: uuid.UUID | None, iso3: str
) -> Invitation | None:
    """Convenience for scripts and tests: the invitation of a series to a Member State by code."""
    state = session.scalar(select(MemberState).where(MemberState.iso_alpha3 == iso3.upper()))
    if state is None:
        return None
    return invitation_service.find_invitation(
        session, event_id=event_id, circular_id=circular_id, member_state_id=state.id
    )
