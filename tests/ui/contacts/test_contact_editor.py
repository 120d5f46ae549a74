"""The contact editor: reasons shown as the officer types, phones in international format, Member
States found by any name or code, and what is saved."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from liaison_app.domain.enums import FormOfAddress, Gender, OrganizationType
from liaison_app.domain.models import AuditEntry, Contact, MemberState, Organization
from liaison_app.services.contacts import create_contact
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.ui.contacts.contact_editor import ContactEditor, guess_organization_type


@pytest.fixture
def index(database) -> MemberStateIndex:
    return MemberStateIndex.from_database(database)


@pytest.fixture
def editor(qtbot, database, index, no_modal_dialogs):
    dialog = ContactEditor(database, index)
    qtbot.addWidget(dialog)
    return dialog


def test_an_invalid_email_is_refused_with_the_reason_by_the_field(editor):
    editor.full_name.field.setText("José Pérez")
    editor.email.field.setText("jose.perez@")
    assert not editor.save_button.isEnabled()
    assert editor.email.reason.isVisibleTo(editor)
    assert "Not a valid e-mail address: jose.perez@" in editor.email.reason.text()
    editor.email.field.setText("jose.perez@mineco.example")
    assert not editor.email.reason.isVisibleTo(editor)
    assert editor.save_button.isEnabled()


def test_a_name_is_required(editor):
    assert not editor.save_button.isEnabled()
    assert editor.full_name.reason.text() == "A name is required."
    editor.family_name.setText("Meier")
    assert editor.save_button.isEnabled()  # made from given and family names


def test_a_valid_phone_is_accepted_and_shown_in_international_format(editor, database):
    editor.full_name.field.setText("Anna Meier")
    editor.member_state_edit.setText("Switzerland")
    editor.phone.field.setText("022 730 51 11")
    assert editor.save_button.isEnabled()
    assert "+41 22 730 51 11" in editor.phone.reason.text()
    editor.save_button.click()
    with database.reading() as session:
        contact = session.scalar(select(Contact))
        assert contact.phone == "+41227305111"


def test_a_national_phone_without_member_state_says_to_add_the_country_code(editor):
    editor.full_name.field.setText("Anna Meier")
    editor.phone.field.setText("022 730 51 11")
    assert not editor.save_button.isEnabled()
    assert "country code" in editor.phone.reason.text()


@pytest.mark.parametrize("typed", ["Vietnam", "VNM", "viet nam", "越南", "Вьетнам"])
def test_member_state_typed_by_any_name_or_code_resolves(editor, typed):
    editor.member_state_edit.setText(typed)
    entry = editor.member_state_edit.entry()
    assert entry is not None
    assert entry.iso_alpha3 == "VNM"
    assert "VNM" in editor.member_state.reason.text()


def test_member_state_completer_offers_names_in_the_interface_language(editor):
    # As typed (textEdited); without focus, so no popup grabs the offscreen keyboard.
    editor.member_state_edit.textEdited.emit("vietn")
    offered = editor.member_state_edit.completer_.model().stringList()
    assert offered[0] == "Viet Nam"
    editor.member_state_edit.textEdited.emit("ВЬЕТ")
    assert editor.member_state_edit.completer_.model().stringList()[0] == "Viet Nam"


def test_an_unknown_member_state_is_refused_with_the_reason(editor):
    editor.full_name.field.setText("Anna Meier")
    editor.member_state_edit.setText("Atlantis")
    assert not editor.save_button.isEnabled()
    assert editor.member_state.reason.text() == "No Member State is called “Atlantis”."


def test_form_of_address_sets_the_gender(editor):
    editor.form_combo.setCurrentIndex(editor.form_combo.findData(FormOfAddress.MS))
    assert editor.gender_combo.currentData() == Gender.FEMALE


def test_a_new_contact_is_saved_with_a_new_organization(qtbot, editor, database):
    editor.full_name.field.setText("مُحَمَّد الحَسَن")
    assert "Latin script" in editor.full_name_latin.reason.text()
    editor.full_name_latin.field.setText("Mohammed Al-Hassan")
    editor.member_state_edit.setText("الأردن")
    editor.organization_combo.setEditText("Ministry of Digital Economy")
    assert "will be added" in editor.organization.reason.text()
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("ar"))
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()
    with database.reading() as session:
        contact = session.get(Contact, saved.args[0])
        assert contact.full_name == "مُحَمَّد الحَسَن"
        assert contact.preferred_language == "ar"
        assert contact.member_state.iso_alpha3 == "JOR"
        assert contact.organization.name == "Ministry of Digital Economy"
        assert contact.organization.type is OrganizationType.MINISTRY
        assert contact.organization.member_state_id == contact.member_state_id


def test_editing_changes_only_what_changed_with_an_audit_entry(qtbot, database, index):
    with database.writing() as session:
        state = session.scalar(select(MemberState).where(MemberState.iso_alpha3 == "FRA"))
        contact_id = create_contact(
            session,
            {"full_name": "Amélie Dubois", "member_state_id": state.id, "phone": "+33140506070"},
        ).id
    editor = ContactEditor(database, index, contact_id)
    qtbot.addWidget(editor)
    assert editor.member_state_edit.text() == "France"
    assert editor.phone.field.text() == "+33 1 40 50 60 70"
    editor.position_edit.setText("Ministre du Numérique")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    with database.reading() as session:
        assert session.get(Contact, contact_id).position == "Ministre du Numérique"
        changed = session.scalars(
            select(AuditEntry.field).where(
                AuditEntry.entity_id == contact_id, AuditEntry.field.is_not(None)
            )
        ).all()
        assert changed == ["position"]


def test_typed_language_by_name(editor):
    editor.full_name.field.setText("Hans Müller")
    editor.language_combo.setEditText("allemand")
    assert editor.save_button.isEnabled()
    assert editor.language.reason.text() == "Deutsch (de)"
    editor.language_combo.setEditText("Klingon-ish")
    assert not editor.save_button.isEnabled()


def test_organization_type_guess():
    assert (
        guess_organization_type("Permanent Mission of Ghana") is OrganizationType.PERMANENT_MISSION
    )
    assert guess_organization_type("وزارة الاتصالات") is OrganizationType.MINISTRY
    assert guess_organization_type("Acme Ltd") is OrganizationType.OTHER


def test_existing_organization_is_chosen_not_duplicated(qtbot, database, index):
    with database.writing() as session:
        session.add(Organization(name="Ministère du Numérique", type=OrganizationType.MINISTRY))
    editor = ContactEditor(database, index)
    qtbot.addWidget(editor)
    editor.full_name.field.setText("Amélie Dubois")
    editor.organization_combo.setEditText("Ministère du Numérique")
    assert not editor.organization.reason.isVisibleTo(editor)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    with database.reading() as session:
        assert len(session.scalars(select(Organization)).all()) == 1
