"""Invitations: one per addressee and circular, status rules in bulk, "no reply" with the deadline,
filters of the register, audit entries written or rolled back with the change, history."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from liaison_app.domain.enums import (
    AuditAction,
    InvitationStatus,
    OutgoingChannel,
    Region,
    ReplyDecision,
)
from liaison_app.domain.invitation_rules import DECISION_STATUSES, Refusal
from liaison_app.domain.models import AuditEntry, Contact, Invitation, MemberState
from liaison_app.errors import UserError
from liaison_app.services import invitations as service
from liaison_app.services.circulars import circular_draft, save_circular
from liaison_app.services.invitations import InvitationFilter
from liaison_app.services.replies import ReplyDraft, log_reply
from tests.services import invitation_fixtures
from tests.services.invitation_fixtures import (
    DEADLINE,
    TODAY,
    Demo,
    audit_count,
)

# The demo database, built once per module, copied fresh for each test.
demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo

S = InvitationStatus


def invitation_count(database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Invitation)) or 0


def statuses(database, ids) -> list[InvitationStatus]:
    with database.reading() as session:
        found = {i.id: i.status for i in session.scalars(select(Invitation))}
    return [found[i] for i in ids]


# -- creating --------------------------------------------------------------------------------


def test_inviting_a_selection_creates_one_per_member_state_and_never_a_duplicate(demo):
    ids = Demo(demo)
    already = [ids.state("FRA"), ids.state("JOR")]  # invited by CL-22/009 already
    new = [ids.state("NOR"), ids.state("ISL"), ids.state("NOR")]  # Norway twice in the choice
    before = invitation_count(demo)
    with demo.writing() as session:
        report = service.create_invitations(
            session,
            event_id=ids.event_id,
            circular_id=ids.circular_id,
            member_state_ids=already + new,
            channel=OutgoingChannel.DIPLOMATIC_POUCH,
            sent_on=date(2022, 4, 20),
            today=TODAY,
        )
    assert report.created_count == 2
    assert report.already_invited == 2
    assert invitation_count(demo) == before + 2
    with demo.reading() as session:
        rows = service.invitation_rows(session, ids.event_id, "en", report.created)
    assert sorted(r.addressee for r in rows) == ["Iceland", "Norway"]
    # Sent after the deadline of 15 April: not held to it, so waiting rather than "no reply".
    assert {r.status for r in rows} == {S.SENT}
    assert {r.channel for r in rows} == {OutgoingChannel.DIPLOMATIC_POUCH}

    # Asking again changes nothing.
    with demo.writing() as session:
        again = service.create_invitations(
            session,
            event_id=ids.event_id,
            circular_id=ids.circular_id,
            member_state_ids=new,
            channel=OutgoingChannel.EMAIL,
            sent_on=date(2022, 4, 21),
            today=TODAY,
        )
    assert again.created == []
    assert again.already_invited == 2
    assert invitation_count(demo) == before + 2


def test_the_database_itself_refuses_a_duplicate(demo):
    ids = Demo(demo)
    existing = ids.invitation(demo, "FRA")
    with pytest.raises(Exception, match="UNIQUE"), demo.writing() as session:
        session.add(
            Invitation(
                event_id=ids.event_id,
                circular_id=ids.circular_id,
                member_state_id=ids.state("FRA"),
                series_key=existing.series_key,
                addressee_key=existing.addressee_key,
            )
        )


def test_contacts_are_invited_one_each_and_without_a_date_as_drafts(demo):
    ids = Demo(demo)
    with demo.reading() as session:
        contacts = list(session.scalars(select(Contact.id).limit(3)))
    with demo.writing() as session:
        report = service.create_invitations(
            session, event_id=ids.event_id, contact_ids=[*contacts, contacts[0]], today=TODAY
        )
    assert report.created_count == 3
    assert statuses(demo, report.created) == [S.DRAFT] * 3
    with demo.reading() as session:
        keys = {i.addressee_key for i in session.scalars(select(Invitation))}
    assert {f"contact:{c}" for c in contacts} <= keys


def test_letters_recorded_as_sent_before_a_passed_deadline_are_without_reply_at_once(demo):
    ids = Demo(demo)
    with demo.writing() as session:
        report = service.create_invitations(
            session,
            event_id=ids.event_id,
            circular_id=ids.circular_id,
            member_state_ids=[ids.state("NOR")],
            channel=OutgoingChannel.EMAIL,
            sent_on=date(2022, 3, 21),
            today=TODAY,
        )
    (invitation_id,) = report.created
    assert statuses(demo, [invitation_id]) == [S.NO_REPLY]
    with demo.reading() as session:
        trail = service.history(session, invitation_id)
    assert [e.action for e in trail][:1] == [AuditAction.CREATE]
    assert trail[-1].new_value == "no_reply"
    assert trail[-1].reason == service.REASON_DEADLINE_PASSED


@pytest.mark.parametrize(
    ("sent_on", "channel", "message"),
    [
        (date(2022, 3, 20), OutgoingChannel.EMAIL, "before CL-22/009 is dated"),
        (date(2022, 4, 23), OutgoingChannel.EMAIL, "still to come"),
        (date(2022, 4, 20), None, "Say how the letters were sent"),
    ],
)
def test_bad_sending_details_are_refused_and_nothing_is_written(demo, sent_on, channel, message):
    ids = Demo(demo)
    before, trail = invitation_count(demo), audit_count(demo)
    with pytest.raises(UserError, match=message), demo.writing() as session:
        service.create_invitations(
            session,
            event_id=ids.event_id,
            circular_id=ids.circular_id,
            member_state_ids=[ids.state("NOR")],
            channel=channel,
            sent_on=sent_on,
            today=TODAY,
        )
    assert (invitation_count(demo), audit_count(demo)) == (before, trail)


def test_an_invitation_and_its_audit_entry_are_rolled_back_together(demo):
    ids = Demo(demo)
    before, trail = invitation_count(demo), audit_count(demo)
    with pytest.raises(RuntimeError), demo.writing() as session:
        report = service.create_invitations(
            session,
            event_id=ids.event_id,
            circular_id=ids.circular_id,
            member_state_ids=[ids.state("NOR")],
            today=TODAY,
        )
        assert report.created_count == 1
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == trail + 1
        raise RuntimeError("the disk filled up")
    assert (invitation_count(demo), audit_count(demo)) == (before, trail)


# -- status changes --------------------------------------------------------------------------


def test_bulk_status_change_moves_what_the_rules_allow_and_reports_the_rest(demo):
    ids = Demo(demo)
    drafts = [ids.invitation(demo, code).id for code in ("BGD", "FIN", "MYS")]
    replied = [ids.invitation(demo, code).id for code in ("FRA", "JOR")]
    with demo.writing() as session:
        report = service.change_status(
            session,
            drafts + replied,
            S.SENT,
            on=date(2022, 4, 21),
            channel=OutgoingChannel.POST,
            today=TODAY,
        )
    assert sorted(report.changed) == sorted(drafts)
    assert report.refused == {Refusal.HAS_REPLY: replied}
    assert statuses(demo, drafts) == [S.SENT] * 3
    assert statuses(demo, replied) == [S.ACCEPTED, S.TENTATIVE]
    with demo.reading() as session:
        trail = service.history(session, drafts[0])
    changed = {(e.field, e.old_value, e.new_value) for e in trail}
    assert ("status", "draft", "sent") in changed
    assert ("sent_on", None, "2022-04-21") in changed


def test_no_reply_cannot_be_set_before_the_deadline(demo):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "CHL")  # sent again on 11 April
    with demo.writing() as session:
        report = service.change_status(
            session, [invitation.id], S.NO_REPLY, today=date(2022, 4, 14)
        )
    assert report.refused == {Refusal.DEADLINE_NOT_PASSED: [invitation.id]}
    with demo.writing() as session:
        report = service.change_status(
            session, [invitation.id], S.ACCEPTED, today=date(2022, 4, 14)
        )
    assert report.refused == {Refusal.NEEDS_REPLY: [invitation.id]}


def test_the_deadline_passing_makes_waiting_invitations_without_reply_and_moving_it_undoes_it(
    demo,
):
    ids = Demo(demo)
    waiting = [ids.invitation(demo, code).id for code in ("CHL", "CAN")]  # sent, acknowledged
    with demo.writing() as session:
        changed = service.sync_deadline_statuses(session, today=TODAY, event_id=ids.event_id)
    assert changed == 10  # the 5 sent and the 5 acknowledged join the 12 without reply
    assert statuses(demo, waiting) == [S.NO_REPLY, S.NO_REPLY]
    with demo.writing() as session:
        assert service.sync_deadline_statuses(session, today=TODAY) == 0  # nothing left to do

    # The Secretariat extends the deadline to 30 April: everyone without reply waits again.
    with demo.writing() as session:
        draft = circular_draft(session, ids.circular_id)
        draft.reply_deadline = date(2022, 4, 30)
        save_circular(session, draft, today=TODAY)
    with demo.reading() as session:
        rows = service.invitation_rows(session, ids.event_id)
    assert not [r for r in rows if r.status is S.NO_REPLY]
    assert statuses(demo, waiting) == [S.SENT, S.SENT]  # CAN has no acknowledgement date

    # Seen on the last day of the original deadline, nobody is without reply yet either.
    with demo.writing() as session:
        draft = circular_draft(session, ids.circular_id)
        draft.reply_deadline = DEADLINE
        save_circular(session, draft, today=date(2022, 4, 15))
    with demo.reading() as session:
        rows = service.invitation_rows(session, ids.event_id)
    assert not [r for r in rows if r.status is S.NO_REPLY]


def test_acknowledging_records_the_date_and_drafting_forgets_the_sending(demo):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "CHL")
    with demo.writing() as session:
        service.change_status(
            session, [invitation.id], S.ACKNOWLEDGED, on=date(2022, 4, 12), today=date(2022, 4, 13)
        )
    with demo.reading() as session:
        stored = session.get(Invitation, invitation.id)
        assert (stored.status, stored.acknowledged_on) == (S.ACKNOWLEDGED, date(2022, 4, 12))
    with demo.writing() as session:
        service.change_status(session, [invitation.id], S.DRAFT, today=date(2022, 4, 13))
    with demo.reading() as session:
        stored = session.get(Invitation, invitation.id)
        assert (stored.status, stored.sent_on, stored.acknowledged_on) == (S.DRAFT, None, None)


def test_reminders_are_counted(demo):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "LBN")  # two reminders already
    with demo.writing() as session:
        service.record_reminders(session, [invitation.id], date(2022, 4, 22))
    with demo.reading() as session:
        stored = session.get(Invitation, invitation.id)
        assert (stored.reminders_sent, stored.last_reminder_on) == (3, date(2022, 4, 22))


def test_an_invitation_with_a_reply_is_not_deleted(demo):
    ids = Demo(demo)
    with pytest.raises(UserError, match="have a reply"), demo.writing() as session:
        service.delete_invitations(session, [ids.invitation(demo, "FRA").id])
    with demo.writing() as session:
        assert len(service.delete_invitations(session, [ids.invitation(demo, "BGD").id])) == 1


# -- the register's rows and filters ---------------------------------------------------------


def test_filters_select_the_rows_an_officer_asks_for(demo):
    ids = Demo(demo)
    with demo.reading() as session:
        rows = service.invitation_rows(session, ids.event_id, "en")

    def names(**kwargs) -> list[str]:
        chosen = service.filter_rows(rows, InvitationFilter(**kwargs), TODAY)
        return sorted(r.iso3 for r in chosen)

    assert len(rows) == 60
    assert names(statuses=frozenset({S.DRAFT})) == ["BGD", "FIN", "MYS"]
    assert len(names(statuses=frozenset(DECISION_STATUSES))) == 35
    assert names(channels=frozenset({OutgoingChannel.POST}), replied=False) == ["CUB", "ETH"]
    assert names(regions=frozenset({Region.OCEANIA})) == ["AUS", "NZL"]
    assert names(
        decisions=frozenset({ReplyDecision.DECLINED}), regions=frozenset({Region.ASIA})
    ) == ["JPN"]
    # Search in any of the six languages, whatever the interface language.
    assert names(search="الأردن") == ["JOR"]
    assert names(search="jordanie") == ["JOR"]
    assert names(search="CL-22/009") == names()
    # Overdue: waiting after the deadline (the 5 sent again on 11 April are held to it too).
    assert len(names(overdue=True)) == 22
    assert names(overdue=True) == names(awaiting=True)


def test_rows_show_the_reply_with_its_delegation(demo):
    ids = Demo(demo)
    with demo.reading() as session:
        (row,) = service.invitation_rows(
            session, ids.event_id, "fr", [ids.invitation(demo, "FRA").id]
        )
    assert row.addressee == "France"
    assert row.decision is ReplyDecision.ACCEPTED
    assert row.delegation_size >= 1
    assert row.head_of_delegation
    assert row.source_count == 2
    assert row.deadline == DEADLINE


# -- random sequences through the services ----------------------------------------------------

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("status"), st.sampled_from(list(S))),
        st.tuples(st.just("reply"), st.sampled_from(list(ReplyDecision))),
        st.tuples(st.just("sync"), st.integers(0, 20)),  # days after 10 April
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=OPERATIONS)
def test_random_operations_keep_status_reply_and_audit_in_step(database, operations):
    """Each example invites a new Member State by e-mail on 1 April (deadline 15 April) and runs
    random operations: the status always agrees with the reply and the deadline, and every
    status change has its audit entry."""
    from liaison_app.domain.models import Event

    with database.writing() as session:
        event = session.scalar(select(Event).where(Event.reference == "RANDOM"))
        if event is None:
            event = Event(
                reference="RANDOM",
                titles={"en": "Random"},
                starts_on=date(2022, 5, 1),
                ends_on=date(2022, 5, 3),
                reply_deadline=date(2022, 4, 15),
            )
            session.add(event)
            session.flush()
        invited = set(session.scalars(select(Invitation.member_state_id)))
        state = session.scalar(select(MemberState).where(MemberState.id.not_in(invited)).limit(1))
        report = service.create_invitations(
            session,
            event_id=event.id,
            member_state_ids=[state.id],
            channel=OutgoingChannel.EMAIL,
            sent_on=date(2022, 4, 1),
            today=date(2022, 4, 10),
        )
        invitation_id: uuid.UUID = report.created[0]
        event_id = event.id
    today = date(2022, 4, 10)
    for kind, value in operations:
        if kind == "sync":
            today = date(2022, 4, 10 + value)
        try:
            with database.writing() as session:
                if kind == "status":
                    service.change_status(session, [invitation_id], value, today=today)
                elif kind == "reply":
                    log_reply(
                        session,
                        invitation_id,
                        ReplyDraft(received_on=date(2022, 4, 5), channel="letter", decision=value),
                        today=today,
                    )
                else:
                    service.sync_deadline_statuses(session, today=today, event_id=event_id)
        except UserError:
            pass  # refused (a reply to a draft): nothing changed, the checks below still hold
        with database.reading() as session:
            invitation = session.get(Invitation, invitation_id)
            reply = invitation.reply
            passed = service.deadline_passed_for(invitation, today)
            status_entries = session.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity_id == invitation_id, AuditEntry.field == "status"
                )
            ).all()
        if reply is not None:
            assert invitation.status.value == reply.decision.value
        else:
            assert invitation.status not in DECISION_STATUSES
            if invitation.status is not S.DRAFT:
                assert (invitation.status is S.NO_REPLY) == passed
        # The trail's last status is the status.
        last = status_entries[-1].new_value if status_entries else "sent"
        assert last == invitation.status.value
