"""Audit entries: one per changed field, with old and new values, in the same transaction."""

from __future__ import annotations

import pytest

from liaison_app.domain.enums import AuditAction, OrganizationType
from liaison_app.domain.models import Organization
from liaison_app.services.audit import apply_changes, history, record_create


def test_changes_are_audited_field_by_field(empty_database):
    with empty_database.writing() as session:
        org = Organization(name="Ministry of ICT")
        session.add(org)
        record_create(session, org, actor="officer")
    with empty_database.writing() as session:
        org = session.get(Organization, org.id)
        made = apply_changes(
            session,
            org,
            {"name": "Ministry of ICT", "type": OrganizationType.MINISTRY, "acronym": "MICT"},
            actor="officer",
        )
    assert set(made) == {"type", "acronym"}
    with empty_database.reading() as session:
        entries = history(session, "organizations", org.id)
    assert [e.action for e in entries] == [
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.UPDATE,
    ]
    by_field = {e.field: (e.old_value, e.new_value) for e in entries[1:]}
    assert by_field == {"type": ("other", "ministry"), "acronym": (None, "MICT")}
    assert all(e.actor == "officer" for e in entries)


def test_audit_rolls_back_with_the_change(empty_database):
    with empty_database.writing() as session:
        org = Organization(name="Regulator")
        session.add(org)
    with pytest.raises(RuntimeError), empty_database.writing() as session:
        apply_changes(session, session.get(Organization, org.id), {"name": "Renamed"})
        raise RuntimeError("the officer's save failed later")
    with empty_database.reading() as session:
        assert history(session, "organizations", org.id) == []
        assert session.get(Organization, org.id).name == "Regulator"
