"""Replies: logged with delegations and credentials, merged when a State answers twice, refused
when dated before the letter, offered an invitation when nobody invited the sender."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from liaison_app.domain.enums import (
    AttendanceMode,
    Credentials,
    IncomingChannel,
    InvitationStatus,
    LevelOfRepresentation,
    ReplyDecision,
)
from liaison_app.domain.models import AuditEntry, Invitation, Reply, ReplySource
from liaison_app.errors import UserError
from liaison_app.services import invitations as invitation_service
from liaison_app.services import replies as service
from liaison_app.services.replies import DelegateDraft, NotInvited, ReplyDraft, ReplyLogged
from tests.services import invitation_fixtures
from tests.services.invitation_fixtures import (
    TODAY,
    Demo,
    audit_count,
)

# The demo database, built once per module, copied fresh for each test.
demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo

S = InvitationStatus


def reply_of(database, invitation_id) -> Reply | None:
    with database.reading() as session:
        reply = session.scalar(select(Reply).where(Reply.invitation_id == invitation_id))
        if reply is not None:
            _ = (reply.sources, reply.delegation, reply.invitation.status)
        return reply


def minister_draft(**changes) -> ReplyDraft:
    values = {
        "received_on": date(2022, 4, 19),
        "channel": IncomingChannel.LETTER,
        "decision": ReplyDecision.ACCEPTED,
        "level": LevelOfRepresentation.MINISTER,
        "delegation": [
            DelegateDraft("Ingrid Hansen", "Minister of Digitalisation", is_head=True),
            DelegateDraft("Ola Nordmann", "Senior Adviser", AttendanceMode.REMOTE),
        ],
        "credentials": Credentials.COPY,
        "credentials_signed_by": "Minister of Foreign Affairs",
        "credentials_date": date(2022, 4, 18),
        "notes": "Signed letter by diplomatic pouch.",
        "source_reference": "Note 2022/41",
    }
    values.update(changes)
    return ReplyDraft(**values)


def test_logging_a_reply_sets_the_status_and_keeps_delegation_and_credentials(demo):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "NZL")  # sent again on 11 April, no reply
    with demo.writing() as session:
        logged = service.log_reply(session, invitation.id, minister_draft(), today=TODAY)
    assert isinstance(logged, ReplyLogged)
    assert (logged.merged, logged.status) == (False, S.ACCEPTED)
    reply = reply_of(demo, invitation.id)
    assert reply.invitation.status is S.ACCEPTED
    assert [(m.name, m.is_head, m.mode) for m in reply.delegation] == [
        ("Ingrid Hansen", True, AttendanceMode.IN_PERSON),
        ("Ola Nordmann", False, AttendanceMode.REMOTE),
    ]
    assert (reply.credentials, reply.credentials_signed_by) == (
        Credentials.COPY,
        "Minister of Foreign Affairs",
    )
    assert [(s.channel, s.reference) for s in reply.sources] == [
        (IncomingChannel.LETTER, "Note 2022/41")
    ]
    with demo.reading() as session:
        trail = invitation_service.history(session, invitation.id)
    subjects = [(e.subject, e.field) for e in trail]
    assert ("reply", None) in subjects  # the reply's creation
    assert ("reply", "delegation") in subjects
    assert ("invitation", "status") in subjects
    status = [e for e in trail if e.field == "status"][-1]
    assert (status.old_value, status.new_value) == ("sent", "accepted")


def test_the_first_member_is_head_when_none_is_marked_and_two_heads_are_refused(demo):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "NZL")
    draft = minister_draft(
        delegation=[DelegateDraft(""), DelegateDraft("A. Person"), DelegateDraft("B. Person")]
    )
    with demo.writing() as session:
        service.log_reply(session, invitation.id, draft, today=TODAY)
    assert [(m.name, m.is_head) for m in reply_of(demo, invitation.id).delegation] == [
        ("A. Person", True),
        ("B. Person", False),
    ]
    two_heads = minister_draft(
        delegation=[DelegateDraft("A", is_head=True), DelegateDraft("B", is_head=True)]
    )
    with pytest.raises(UserError, match="2 heads"), demo.writing() as session:
        service.update_reply(session, reply_of(demo, invitation.id).id, two_heads, today=TODAY)


@pytest.mark.parametrize(
    ("received_on", "message"),
    [
        (date(2022, 4, 10), "before the letter was sent on 2022-04-11"),
        (date(2022, 4, 23), "a day still to come"),
    ],
)
def test_a_reply_dated_before_the_letter_or_in_the_future_is_refused(demo, received_on, message):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "NZL")
    trail = audit_count(demo)
    with pytest.raises(UserError, match=message), demo.writing() as session:
        service.log_reply(
            session, invitation.id, minister_draft(received_on=received_on), today=TODAY
        )
    assert reply_of(demo, invitation.id) is None
    assert ids.invitation(demo, "NZL").status is S.SENT
    assert audit_count(demo) == trail


def test_a_draft_invitation_cannot_have_a_reply(demo):
    ids = Demo(demo)
    with pytest.raises(UserError, match="has not been sent"), demo.writing() as session:
        service.log_reply(session, ids.invitation(demo, "FIN").id, minister_draft(), today=TODAY)


def test_a_second_reply_from_the_same_state_merges_into_the_one_reply(demo):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "NZL")
    # First the online form, tentative, with the minister alone...
    form = ReplyDraft(
        received_on=date(2022, 4, 13),
        channel=IncomingChannel.ONLINE_FORM,
        decision=ReplyDecision.TENTATIVE,
        delegation=[DelegateDraft("Ingrid HANSEN", is_head=True)],
        notes="Form submitted by the mission.",
    )
    with demo.writing() as session:
        service.log_reply(session, invitation.id, form, today=TODAY)
    # ... then the signed letter: accepted, with the adviser, and a copy of the credentials.
    with demo.writing() as session:
        logged = service.log_reply(session, invitation.id, minister_draft(), today=TODAY)
    assert logged.merged
    assert logged.status is S.ACCEPTED
    with demo.reading() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Reply).where(Reply.invitation_id == invitation.id)
            )
            == 1
        )
    reply = reply_of(demo, invitation.id)
    assert [(s.channel, s.received_on) for s in reply.sources] == [
        (IncomingChannel.ONLINE_FORM, date(2022, 4, 13)),
        (IncomingChannel.LETTER, date(2022, 4, 19)),
    ]
    # Counted from the first arrival; decided by the latest word.
    assert (reply.received_on, reply.channel) == (date(2022, 4, 13), IncomingChannel.ONLINE_FORM)
    assert (reply.decision, reply.level) == (ReplyDecision.ACCEPTED, LevelOfRepresentation.MINISTER)
    assert reply.invitation.status is S.ACCEPTED
    # One minister, not two: the names match whatever the case.
    assert [(m.name, m.function, m.is_head) for m in reply.delegation] == [
        ("Ingrid HANSEN", "Minister of Digitalisation", True),
        ("Ola Nordmann", "Senior Adviser", False),
    ]
    assert reply.credentials is Credentials.COPY
    assert reply.notes == "Form submitted by the mission.\nSigned letter by diplomatic pouch."
    with demo.reading() as session:
        trail = invitation_service.history(session, invitation.id)
    sources = [e for e in trail if e.field == "sources"]
    assert sources[-1].new_value.splitlines() == [
        "2022-04-13 online_form",
        "2022-04-19 letter (Note 2022/41)",
    ]
    assert sources[-1].reason.startswith("Second source: letter")


def test_an_older_source_logged_late_does_not_overturn_the_latest_decision(demo):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "NZL")
    with demo.writing() as session:
        service.log_reply(session, invitation.id, minister_draft(), today=TODAY)  # 19 April
    older = ReplyDraft(
        received_on=date(2022, 4, 12),
        channel=IncomingChannel.EMAIL,
        decision=ReplyDecision.TENTATIVE,
        credentials=Credentials.ORIGINAL,
        credentials_signed_by="Prime Minister",
    )
    with demo.writing() as session:
        service.log_reply(session, invitation.id, older, today=TODAY)
    reply = reply_of(demo, invitation.id)
    assert reply.decision is ReplyDecision.ACCEPTED
    assert reply.received_on == date(2022, 4, 12)
    # The stronger credentials win whichever came first.
    assert (reply.credentials, reply.credentials_signed_by) == (
        Credentials.ORIGINAL,
        "Prime Minister",
    )


def test_a_reply_from_a_state_that_was_not_invited_offers_the_invitation(demo):
    ids = Demo(demo)
    norway = ids.state("NOR")
    with demo.writing() as session:
        outcome = service.log_reply_from(
            session,
            event_id=ids.event_id,
            circular_id=ids.circular_id,
            member_state_id=norway,
            draft=minister_draft(),
            today=TODAY,
        )
    assert isinstance(outcome, NotInvited)
    assert outcome.member_state_id == norway
    with demo.reading() as session:
        assert not session.scalar(
            select(func.count()).select_from(Invitation).where(Invitation.member_state_id == norway)
        )
    with demo.writing() as session:
        outcome = service.log_reply_from(
            session,
            event_id=ids.event_id,
            circular_id=ids.circular_id,
            member_state_id=norway,
            draft=minister_draft(),
            create_invitation=True,
            today=TODAY,
        )
    assert isinstance(outcome, ReplyLogged)
    assert outcome.invitation_created
    with demo.reading() as session:
        invitation = session.get(Invitation, outcome.invitation_id)
        # The circular went to every State on 21 March: that is when Norway's letter left.
        assert (invitation.sent_on, invitation.channel) == (date(2022, 3, 21), None)
        assert invitation.status is S.ACCEPTED
        assert invitation.notes == service.NOTE_CREATED_FOR_REPLY


def test_editing_a_reply_moves_the_status_and_the_delegation(demo):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "FRA")
    reply = reply_of(demo, invitation.id)
    with demo.reading() as session:
        draft = service.reply_draft(session, reply.id)
    draft.decision = ReplyDecision.DECLINED
    draft.delegation = [*draft.delegation[:1], DelegateDraft("Claire Martin", "Adviser")]
    with demo.writing() as session:
        service.update_reply(session, reply.id, draft, today=TODAY)
    edited = reply_of(demo, invitation.id)
    assert edited.invitation.status is S.DECLINED
    assert [m.name for m in edited.delegation][-1] == "Claire Martin"
    assert len(edited.delegation) == 2
    assert len(edited.sources) == 2  # the second source is kept


def test_deleting_a_reply_leaves_the_invitation_without_reply_and_keeps_the_history(demo):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "JOR")
    reply = reply_of(demo, invitation.id)
    with demo.writing() as session:
        status = service.delete_reply(session, reply.id, today=TODAY)
    assert status is S.NO_REPLY  # the deadline of 15 April has passed
    assert reply_of(demo, invitation.id) is None
    with demo.reading() as session:
        assert not session.scalar(
            select(func.count()).select_from(ReplySource).where(ReplySource.reply_id == reply.id)
        )
        trail = invitation_service.history(session, invitation.id)
    assert [e.subject for e in trail].count("reply") >= 1
    deleted = [e for e in trail if e.subject == "reply" and e.action.value == "delete"]
    assert deleted
    assert deleted[0].old_value.startswith("tentative, ")


def test_a_reply_and_its_audit_entries_are_rolled_back_together(demo):
    ids = Demo(demo)
    invitation = ids.invitation(demo, "NZL")
    trail = audit_count(demo)
    with pytest.raises(RuntimeError), demo.writing() as session:
        service.log_reply(session, invitation.id, minister_draft(), today=TODAY)
        assert session.scalar(select(func.count()).select_from(AuditEntry)) > trail
        raise RuntimeError("power cut")
    assert reply_of(demo, invitation.id) is None
    assert ids.invitation(demo, "NZL").status is S.SENT
    assert audit_count(demo) == trail
