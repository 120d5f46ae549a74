"""The circulars register: the next reference suggested per year, never two alike, deadlines not
before the circular's date."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from liaison_app.domain.models import AuditEntry, Circular
from liaison_app.errors import UserError
from liaison_app.services import circulars as service
from liaison_app.services.circulars import CircularDraft, CircularInvalid
from tests.services import invitation_fixtures
from tests.services.invitation_fixtures import (
    Demo,
)

# The demo database, built once per module, copied fresh for each test.
demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo


def draft(**changes) -> CircularDraft:
    values = {
        "issued_on": date(2022, 5, 2),
        "subjects": {"en": "Reminder: WSIS Forum 2022", "ar": "تذكير: منتدى القمة العالمية 2022"},
        "reply_deadline": date(2022, 5, 16),
    }
    values.update(changes)
    return CircularDraft(**values)


def test_the_register_lists_the_circular_with_its_invitations_and_replies(demo):
    with demo.reading() as session:
        (row,) = service.list_circulars(session, language="fr")
    assert (row.reference, row.invitations, row.replies) == ("CL-22/009", 60, 35)
    assert row.subject.startswith("Invitation")
    assert row.event_reference == "WSIS-2022"


def test_the_next_reference_follows_the_year_s_highest(demo):
    with demo.reading() as session:
        assert service.suggest_reference(session, 2022) == "CL-22/010"
        assert service.suggest_reference(session, 2023) == "CL-23/001"


def test_a_blank_reference_takes_the_next_number_and_a_typed_one_is_normalized(demo):
    ids = Demo(demo)
    with demo.writing() as session:
        first = service.save_circular(session, draft(event_id=ids.event_id))
        second = service.save_circular(session, draft(reference="cl-22/15"))
        references = (first.reference, second.reference)
    assert references == ("CL-22/010", "CL-22/015")
    with demo.reading() as session:
        assert service.suggest_reference(session, 2022) == "CL-22/016"
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.entity_type == "circulars")
            )
            == 2
        )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"reference": "CL-22/009"}, "reference", "already the reference .* take CL-22/010"),
        ({"reference": "CL-21/003"}, "reference", "numbered in 2021"),
        ({"reference": "22-009"}, "reference", "not a circular reference"),
        ({"reply_deadline": date(2022, 4, 30)}, "reply_deadline", "before the circular's date"),
        ({"subjects": {"en": " "}}, "subjects", "subject in at least one language"),
    ],
)
def test_bad_circulars_are_refused_and_nothing_is_saved(demo, changes, field, message):
    with pytest.raises(CircularInvalid, match=message) as raised, demo.writing() as session:
        service.save_circular(session, draft(**changes))
    assert raised.value.field == field
    with demo.reading() as session:
        assert session.scalar(select(func.count()).select_from(Circular)) == 1


def test_a_deadline_after_the_event_is_refused(demo):
    ids = Demo(demo)
    with pytest.raises(CircularInvalid, match="falls after the event"), demo.writing() as s:
        service.save_circular(s, draft(event_id=ids.event_id, reply_deadline=date(2022, 6, 10)))


def test_a_circular_with_invitations_is_not_deleted_but_an_unused_one_is(demo):
    ids = Demo(demo)
    with pytest.raises(UserError, match="60 invitation"), demo.writing() as session:
        service.delete_circular(session, ids.circular_id)
    with demo.writing() as session:
        new = service.save_circular(session, draft()).id
    with demo.writing() as session:
        service.delete_circular(session, new)
    with demo.reading() as session:
        assert service.suggest_reference(session, 2022) == "CL-22/010"
