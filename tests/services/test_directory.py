"""Directory service: member states and organizations edited with checks, audit and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from liaison_app.domain.enums import AuditAction, OrganizationType, Region
from liaison_app.domain.models import AuditEntry, Contact, MemberState, Organization
from liaison_app.errors import UserError
from liaison_app.services.audit import history
from liaison_app.services.contacts import count_contacts, create_contact
from liaison_app.services.directory import (
    DirectoryInvalid,
    create_organization,
    delete_organization,
    member_state_values,
    organization_named,
    organization_values,
    restore_organization,
    update_member_state,
    update_organization,
)
from tests.services.partnership_data import add_inquiry, make_forum


def _state(session, alpha3):
    return session.scalar(select(MemberState).where(MemberState.iso_alpha3 == alpha3))


@pytest.fixture
def jordan_ministry(database):
    """A Jordanian ministry with two contacts found by its acronym, and one contact elsewhere."""
    with database.writing() as session:
        jordan = _state(session, "JOR")
        ministry = create_organization(
            session,
            {
                "name": "وزارة الاقتصاد الرقمي والريادة",
                "name_latin": "Ministry of Digital Economy and Entrepreneurship",
                "acronym": "MoDEE",
                "type": OrganizationType.MINISTRY,
                "member_state_id": jordan.id,
                "phone": "06 580 5642",
            },
            actor="officer",
        )
        for name in ("Rania Haddad", "Omar Khalil"):
            create_contact(
                session,
                {"full_name": name, "organization_id": ministry.id, "member_state_id": jordan.id},
            )
        create_contact(session, {"full_name": "Léa Martin"})
        return ministry.id


# -- member states ----------------------------------------------------------------------------


def test_member_state_language_of_correspondence_is_changed_and_audited(database):
    with database.writing() as session:
        switzerland = _state(session, "CHE")
        assert switzerland.correspondence_language == "fr"
        made = update_member_state(
            session, switzerland.id, {"correspondence_language": "es"}, actor="officer"
        )
        state_id = switzerland.id
    assert made == {"correspondence_language": ("fr", "es")}
    with database.reading() as session:
        assert session.get(MemberState, state_id).correspondence_language == "es"
        (entry,) = history(session, "member_states", state_id)
        assert (entry.actor, entry.field, entry.old_value, entry.new_value) == (
            "officer",
            "correspondence_language",
            "fr",
            "es",
        )


def test_member_state_names_notes_and_region_are_cleaned(database):
    with database.writing() as session:
        state_id = _state(session, "CIV").id
        update_member_state(
            session,
            state_id,
            {
                "short_name_fr": "  Côte   d’Ivoire ",
                "notes": "  Écrire via la Mission à Genève.\nCopie à Abidjan.  ",
                "region": "africa",
            },
        )
    with database.reading() as session:
        values = member_state_values(session.get(MemberState, state_id))
    assert values["short_name_fr"] == "Côte d’Ivoire"
    assert values["notes"] == "Écrire via la Mission à Genève.\nCopie à Abidjan."
    assert values["region"] is Region.AFRICA


def test_member_state_refuses_an_empty_name_or_an_unknown_language_and_changes_nothing(database):
    with database.reading() as session:
        state_id = _state(session, "CHE").id
    with pytest.raises(DirectoryInvalid) as caught, database.writing() as session:
        update_member_state(
            session,
            state_id,
            {"short_name_ru": "  ", "correspondence_language": "de", "notes": "kept?"},
        )
    assert set(caught.value.problems) == {"short_name_ru", "correspondence_language"}
    assert str(caught.value.problems["short_name_ru"]) == "A name is required."
    assert "Arabic, Chinese, English, French, Russian or Spanish" in str(
        caught.value.problems["correspondence_language"]
    )
    with database.reading() as session:
        state = session.get(MemberState, state_id)
        assert (state.short_name_ru, state.notes) == ("Швейцария", None)
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_member_state_renamed_keeps_its_contacts_findable_by_the_new_name(
    database, jordan_ministry
):
    with database.writing() as session:
        state_id = _state(session, "JOR").id
        update_member_state(session, state_id, {"short_name_en": "Hashemite Kingdom"})
    with database.reading() as session:
        assert count_contacts(session, search="hashemite") == 2
        assert count_contacts(session, search="jordanie") == 2  # the French name is unchanged


def test_a_missing_member_state_is_a_clear_user_error(database):
    import uuid

    with pytest.raises(UserError, match="no longer exists"), database.writing() as session:
        update_member_state(session, uuid.uuid4(), {"notes": "x"})


# -- organizations ----------------------------------------------------------------------------


def test_create_cleans_checks_and_audits(database, jordan_ministry):
    with database.reading() as session:
        ministry = session.get(Organization, jordan_ministry)
        assert ministry.phone == "+96265805642"  # a national number read as Jordanian
        assert ministry.type is OrganizationType.MINISTRY
        assert [e.action for e in history(session, "organizations", ministry.id)] == [
            AuditAction.CREATE
        ]


def test_create_refuses_with_a_reason_per_field(database):
    with pytest.raises(DirectoryInvalid) as caught, database.writing() as session:
        create_organization(
            session,
            {"name": " ", "email": "not-an-address", "phone": "12", "acronym": "X" * 41},
        )
    assert set(caught.value.problems) == {"name", "email", "phone", "acronym"}
    assert str(caught.value) == "A name is required."
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 0


def test_a_second_organization_of_the_same_name_and_state_is_refused(database, jordan_ministry):
    with database.reading() as session:
        jordan, france = _state(session, "JOR").id, _state(session, "FRA").id
    with pytest.raises(DirectoryInvalid) as caught, database.writing() as session:
        create_organization(
            session, {"name": "وزارة الاقتصاد  الرقمي والريادة", "member_state_id": jordan}
        )
    assert "already exists for this Member State" in str(caught.value.problems["name"])
    with database.writing() as session:  # the same name in another state is another ministry
        create_organization(
            session, {"name": "وزارة الاقتصاد الرقمي والريادة", "member_state_id": france}
        )
        create_organization(session, {"name": "Digital Inclusion Alliance"})
    with pytest.raises(DirectoryInvalid) as caught, database.writing() as session:
        create_organization(session, {"name": "Digital Inclusion Alliance"})
    assert "with no Member State" in str(caught.value.problems["name"])


def test_renaming_audits_each_field_and_keeps_its_contacts_findable(database, jordan_ministry):
    with database.writing() as session:
        made = update_organization(
            session,
            jordan_ministry,
            {"acronym": "DIGIJO", "website": "https://modee.gov.jo", "type": "ministry"},
            actor="officer",
        )
    assert set(made) == {"acronym", "website"}  # the type did not change
    with database.reading() as session:
        assert count_contacts(session, search="digijo") == 2
        assert count_contacts(session, search="modee") == 0
        changes = [
            (e.field, e.old_value, e.new_value)
            for e in history(session, "organizations", jordan_ministry)
            if e.action is AuditAction.UPDATE
        ]
        assert changes == [
            ("acronym", "MoDEE", "DIGIJO"),
            ("website", None, "https://modee.gov.jo"),
        ]


def test_update_may_not_take_the_name_of_another(database, jordan_ministry):
    with database.writing() as session:
        other = create_organization(session, {"name": "Telecom Regulatory Commission"}).id
        jordan = _state(session, "JOR").id
    with pytest.raises(DirectoryInvalid), database.writing() as session:
        update_organization(
            session,
            other,
            {"name": "وزارة الاقتصاد الرقمي والريادة", "member_state_id": jordan},
        )
    with database.writing() as session:  # its acronym is not its name
        update_organization(session, other, {"name": "MoDEE", "member_state_id": jordan})


def test_organization_named_finds_or_adds_once(database):
    with database.writing() as session:
        jordan = _state(session, "JOR").id
        first = organization_named(session, "Ministry  of ICT", jordan)
        again = organization_named(session, "Ministry of ICT", jordan)
        elsewhere = organization_named(session, "Ministry of ICT", None)
    assert first == again != elsewhere
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 2


def test_delete_keeps_the_contacts_and_undo_brings_everything_back(database, jordan_ministry):
    with database.reading() as session:
        before = organization_values(session.get(Organization, jordan_ministry))
    with database.writing() as session:
        snapshot = delete_organization(session, jordan_ministry, actor="officer")
    assert len(snapshot.contact_ids) == 2
    with database.reading() as session:
        assert session.get(Organization, jordan_ministry) is None
        assert session.scalar(select(func.count()).select_from(Contact)) == 3
        assert count_contacts(session, search="modee") == 0
        rania = session.scalar(select(Contact).where(Contact.full_name == "Rania Haddad"))
        assert rania.organization_id is None
        assert history(session, "organizations", jordan_ministry)[-1].action is (AuditAction.DELETE)
        assert [(e.field, e.new_value) for e in history(session, "contacts", rania.id)][-1] == (
            "organization_id",
            None,
        )
    with database.writing() as session:
        assert restore_organization(session, snapshot, actor="officer")
    with database.reading() as session:
        assert organization_values(session.get(Organization, jordan_ministry)) == before
        assert count_contacts(session, search="modee") == 2
        assert history(session, "organizations", jordan_ministry)[-1].action is (AuditAction.CREATE)
    with database.writing() as session:  # undoing twice changes nothing
        assert not restore_organization(session, snapshot)


def test_undo_leaves_a_contact_moved_since_where_it_is(database, jordan_ministry):
    with database.writing() as session:
        snapshot = delete_organization(session, jordan_ministry)
        other = create_organization(session, {"name": "Jordan Telecom Group"}).id
        omar = session.scalar(select(Contact).where(Contact.full_name == "Omar Khalil"))
        omar.organization_id = other
    with database.writing() as session:
        restore_organization(session, snapshot)
    with database.reading() as session:
        by_name = dict(session.execute(select(Contact.full_name, Contact.organization_id)).all())
    assert by_name["Omar Khalil"] == other
    assert by_name["Rania Haddad"] == jordan_ministry


def test_undo_is_refused_when_the_name_was_taken_since(database, jordan_ministry):
    with database.writing() as session:
        snapshot = delete_organization(session, jordan_ministry)
        jordan = _state(session, "JOR").id
        create_organization(
            session, {"name": "وزارة الاقتصاد الرقمي والريادة", "member_state_id": jordan}
        )
    with pytest.raises(UserError, match="was added since"), database.writing() as session:
        restore_organization(session, snapshot)


def test_an_organization_named_by_a_partnership_inquiry_is_not_deleted(database):
    forum = make_forum(database, with_packages=False)
    add_inquiry(database, forum, "Telecom", organization="Geneva Telecom SA")
    telecom = forum.organizations["Geneva Telecom SA"]
    with pytest.raises(UserError) as caught, database.writing() as session:
        delete_organization(session, telecom)
    assert str(caught.value) == (
        "Geneva Telecom SA cannot be deleted: partnership inquiries or speaking requests name "
        "it (1). Change them first."
    )
    with database.reading() as session:
        assert session.get(Organization, telecom) is not None
        assert session.get(Contact, forum.contacts["Amina Haddad"]).organization_id == telecom
