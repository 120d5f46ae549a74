"""Invitations of an event with their replies, and the delegations those replies announce."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from liaison_app.domain.models import (
    Contact,
    DelegationMember,
    Event,
    Invitation,
    MemberState,
    Organization,
    Reply,
)
from liaison_app.services.exports._common import in_ids, sort_key, state_name, utc, word
from liaison_app.services.labels import header
from liaison_app.spreadsheets.workbook_writer import Column, SheetSpec


def _col(key: str, language: str, kind: str = "text", width: int | None = None) -> Column:
    return Column(key, header(key, language), kind, width)  # type: ignore[arg-type]


def load_invitations(
    session: Session, event: Event | None, ids: Collection[uuid.UUID] | None = None
) -> list[Invitation]:
    """The event's invitations with everything the sheets show, loaded in a few queries."""
    if event is None and ids is None:
        return []
    statement = (
        select(Invitation)
        .where(*([Invitation.event_id == event.id] if event is not None else []))
        .where(*in_ids(Invitation.id, ids))
        .options(
            selectinload(Invitation.circular),
            selectinload(Invitation.member_state),
            selectinload(Invitation.contact).selectinload(Contact.member_state),
            selectinload(Invitation.contact)
            .selectinload(Contact.organization)
            .selectinload(Organization.member_state),
            selectinload(Invitation.reply).selectinload(Reply.delegation),
        )
    )
    invitations = list(session.scalars(statement))
    if ids is not None:
        wanted = set(ids)
        invitations = [i for i in invitations if i.id in wanted]
    return invitations


def addressee_state(invitation: Invitation) -> MemberState | None:
    """The Member State an invitation concerns: its own, else its contact's (or their
    organization's)."""
    if invitation.member_state is not None:
        return invitation.member_state
    contact = invitation.contact
    if contact is None:
        return None
    if contact.member_state is not None:
        return contact.member_state
    return contact.organization.member_state if contact.organization is not None else None


def _sorted(invitations: list[Invitation], language: str) -> list[Invitation]:
    return sorted(
        invitations,
        key=lambda i: (
            sort_key(state_name(addressee_state(i), language)),
            sort_key(i.contact.full_name if i.contact else None),
        ),
    )


def _head(reply: Reply | None) -> DelegationMember | None:
    if reply is None:
        return None
    return next((m for m in reply.delegation if m.is_head), None)


def invitation_columns(language: str) -> list[Column]:
    return [
        _col("member_state", language),
        _col("iso_code", language, "code", 8),
        _col("region", language),
        _col("contact", language),
        _col("circular", language, "code"),
        _col("channel", language),
        _col("sent_on", language, "date"),
        _col("status", language),
        _col("status_changed_at", language, "datetime"),
        _col("reminders_sent", language, "int"),
        _col("last_reminder_on", language, "date"),
        _col("reply_received_on", language, "date"),
        _col("reply_channel", language),
        _col("decision", language),
        _col("level", language),
        _col("delegation_size", language, "int"),
        _col("head_of_delegation", language),
        _col("credentials", language),
        _col("credentials_signed_by", language),
        _col("notes", language, "wrapped", 50),
    ]


def invitations_sheet(
    session: Session,
    event: Event | None,
    language: str,
    *,
    ids: Collection[uuid.UUID] | None = None,
    invitations: list[Invitation] | None = None,
) -> SheetSpec:
    """One row per invitation of `event` (or those in `ids`), with its reply."""
    if invitations is None:
        invitations = load_invitations(session, event, ids)
    rows: list[list[Any]] = []
    for invitation in _sorted(invitations, language):
        state = addressee_state(invitation)
        reply = invitation.reply
        head = _head(reply)
        rows.append(
            [
                state_name(state, language),
                state.iso_alpha3 if state else None,
                word(state.region, language) if state else None,
                invitation.contact.full_name if invitation.contact else None,
                invitation.circular.reference if invitation.circular else None,
                word(invitation.channel, language),
                invitation.sent_on,
                word(invitation.status, language),
                utc(invitation.status_changed_at),
                invitation.reminders_sent,
                invitation.last_reminder_on,
                reply.received_on if reply else None,
                word(reply.channel, language) if reply else None,
                word(reply.decision, language) if reply else None,
                word(reply.level, language) if reply else None,
                len(reply.delegation) if reply else None,
                head.name if head else None,
                word(reply.credentials, language) if reply else None,
                reply.credentials_signed_by if reply else None,
                invitation.notes,
            ]
        )
    return SheetSpec(
        header("sheet.invitations", language),
        invitation_columns(language),
        rows,
        row_count=len(rows),
    )


def delegation_columns(language: str) -> list[Column]:
    return [
        _col("member_state", language),
        _col("iso_code", language, "code", 8),
        _col("reply_received_on", language, "date"),
        _col("reply_channel", language),
        _col("decision", language),
        _col("level", language),
        _col("credentials", language),
        _col("delegate", language),
        _col("function", language, "wrapped", 40),
        _col("role", language),
        _col("attendance", language),
    ]


def delegations_sheet(
    session: Session,
    event: Event | None,
    language: str,
    *,
    invitations: list[Invitation] | None = None,
) -> SheetSpec:
    """One row per delegation member of each reply (a reply without a delegation: one row)."""
    if invitations is None:
        invitations = load_invitations(session, event)
    head_word, member_word = (
        header("head_of_delegation", language),
        header("delegation_member", language),
    )
    rows: list[list[Any]] = []
    for invitation in _sorted(invitations, language):
        reply = invitation.reply
        if reply is None:
            continue
        state = addressee_state(invitation)
        common = [
            state_name(state, language)
            or (invitation.contact.full_name if invitation.contact else None),
            state.iso_alpha3 if state else None,
            reply.received_on,
            word(reply.channel, language),
            word(reply.decision, language),
            word(reply.level, language),
            word(reply.credentials, language),
        ]
        if not reply.delegation:
            rows.append([*common, None, None, None, None])
        for member in reply.delegation:  # head first, then by position (the relationship's order)
            rows.append(
                [
                    *common,
                    member.name,
                    member.function,
                    head_word if member.is_head else member_word,
                    word(member.mode, language),
                ]
            )
    return SheetSpec(
        header("sheet.delegations", language),
        delegation_columns(language),
        rows,
        row_count=len(rows),
    )
