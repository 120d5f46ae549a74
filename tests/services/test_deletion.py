"""Deleting invitations and circulars recorded by mistake, and undoing it exactly."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from liaison_app.domain.enums import AuditAction
from liaison_app.domain.models import AuditEntry, Circular, Invitation, Letter, Reply
from liaison_app.errors import UserError
from liaison_app.services import circulars as circular_service
from liaison_app.services import invitations as invitation_service
from liaison_app.services.deletion import restore
from tests.services import invitation_fixtures
from tests.services.test_circulars import draft

# The demo database, built once per module, copied fresh for each test.
demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo


def unreplied(database, count: int) -> list[uuid.UUID]:
    """Invitations of the demo without a reply (only those may be deleted)."""
    with database.reading() as session:
        replied = select(Reply.invitation_id)
        query = select(Invitation.id).where(Invitation.id.not_in(replied)).order_by(Invitation.id)
        return list(session.scalars(query.limit(count)))


def stored(database, model, row_id) -> dict:
    with database.reading() as session:
        row = session.execute(select(model.__table__).where(model.__table__.c.id == row_id)).one()
        return dict(row._mapping)


def test_deleted_invitations_come_back_as_they_were_with_their_letters(demo):
    chosen = unreplied(demo, 2)
    before = [stored(demo, Invitation, i) for i in chosen]
    with demo.writing() as session:
        letter = Letter(
            reference="CL-22/009/999",
            kind="invitation",
            language="en",
            invitation_id=chosen[0],
            recipient="Bangladesh",
            sha256="0" * 64,
        )
        session.add(letter)
        session.flush()
        letter_id = letter.id
    with demo.writing() as session:
        deleted = invitation_service.delete_invitations(session, chosen)
    assert len(deleted) == 2
    with demo.reading() as session:
        assert session.get(Invitation, chosen[0]) is None
        assert session.get(Letter, letter_id).invitation_id is None  # the letter stays
    with demo.writing() as session:
        assert restore(session, deleted) == 2
    assert [stored(demo, Invitation, i) for i in chosen] == before
    with demo.reading() as session:
        assert session.get(Letter, letter_id).invitation_id == chosen[0]
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity_id == chosen[0])
            .order_by(AuditEntry.at)
        ).all()
    assert actions[-2:] == [AuditAction.DELETE, AuditAction.CREATE]
    with demo.writing() as session:
        assert restore(session, deleted) == 0  # undone twice: nothing more comes back


def test_a_deleted_circular_comes_back_with_its_reference(demo):
    with demo.writing() as session:
        circular_id = circular_service.save_circular(session, draft()).id
    before = stored(demo, Circular, circular_id)
    with demo.writing() as session:
        deleted = circular_service.delete_circular(session, circular_id)
    with demo.writing() as session:
        restore(session, deleted)
    assert stored(demo, Circular, circular_id) == before
    with demo.reading() as session:
        assert circular_service.suggest_reference(session, 2022) == "CL-22/011"


def test_an_undo_whose_event_was_deleted_since_changes_nothing(demo):
    (chosen,) = unreplied(demo, 1)
    with demo.writing() as session:
        deleted = invitation_service.delete_invitations(session, [chosen])
    # As if the event had been deleted since: the snapshot names an event that is gone.
    deleted.rows[0]["event_id"] = uuid.uuid4()
    with pytest.raises(UserError, match="cannot be put back"), demo.writing() as session:
        restore(session, deleted)
    with demo.reading() as session:
        assert session.scalar(select(func.count()).where(Invitation.id == chosen)) == 0
