"""The Organizations tab: listed with their Member State, searched, added, renamed, deleted."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from liaison_app.domain.enums import OrganizationType
from liaison_app.domain.models import Contact, MemberState, Organization
from liaison_app.services.contacts import count_contacts, create_contact
from liaison_app.ui.contacts.organization_editor import OrganizationEditor
from liaison_app.ui.contacts.organizations_page import OrganizationsPage


@pytest.fixture
def directory(database):
    with database.writing() as session:
        jordan = session.scalar(select(MemberState).where(MemberState.iso_alpha3 == "JOR"))
        ministry = Organization(
            name="وزارة الاقتصاد الرقمي والريادة",
            name_latin="Ministry of Digital Economy and Entrepreneurship",
            acronym="MoDEE",
            type=OrganizationType.MINISTRY,
            member_state_id=jordan.id,
        )
        session.add(ministry)
        session.add(
            Organization(name="Digital Inclusion Alliance", type=OrganizationType.CIVIL_SOCIETY)
        )
        session.flush()
        create_contact(
            session,
            {
                "full_name": "Rania Haddad",
                "organization_id": ministry.id,
                "member_state_id": jordan.id,
            },
        )
    return database


def names(page: OrganizationsPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


@pytest.fixture
def page(qtbot, context, directory, no_modal_dialogs):
    page = OrganizationsPage(context)
    qtbot.addWidget(page)
    return page


def test_lists_search_and_filter(page):
    assert len(names(page)) == 2
    row = names(page).index("وزارة الاقتصاد الرقمي والريادة")
    assert page.model.index(row, 4).data() == "Jordan"
    assert page.model.index(row, 7).data() == "1"  # one contact
    page.search_edit.setText("modee")
    page.apply_filter()
    assert names(page) == ["وزارة الاقتصاد الرقمي والريادة"]
    page.search_edit.setText("الاردن")  # the Member State, without hamza
    page.apply_filter()
    assert names(page) == ["وزارة الاقتصاد الرقمي والريادة"]
    page.search_edit.clear()
    page.type_combo.setCurrentIndex(page.type_combo.findData(OrganizationType.CIVIL_SOCIETY))
    assert names(page) == ["Digital Inclusion Alliance"]


def test_model_is_sound(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_new_organization_with_member_state_typed_by_code(qtbot, directory):
    editor = OrganizationEditor(directory)
    qtbot.addWidget(editor)
    editor.name.field.setText("Mission permanente du Sénégal")
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("permanent_mission"))
    editor.member_state_edit.setText("SEN")
    editor.phone.field.setText("022 918 02 30")
    assert "+41 22 918 02 30" not in editor.phone.reason.text()  # Senegal's plan, not Geneva's
    editor.phone.field.setText("+41 22 918 02 30")
    assert "+41 22 918 02 30" in editor.phone.reason.text()
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    with directory.reading() as session:
        org = session.scalar(select(Organization).where(Organization.name.like("Mission%")))
        assert org.member_state.iso_alpha3 == "SEN"
        assert org.type is OrganizationType.PERMANENT_MISSION
        assert org.phone == "+41229180230"


def test_renaming_keeps_its_contacts_findable(qtbot, directory):
    with directory.reading() as session:
        org_id = session.scalar(select(Organization.id).where(Organization.acronym == "MoDEE"))
    editor = OrganizationEditor(directory, org_id)
    qtbot.addWidget(editor)
    editor.acronym.setText("DIGIJO")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    with directory.reading() as session:
        assert count_contacts(session, search="digijo") == 1


def test_a_second_organization_of_the_same_name_is_refused_by_the_field(qtbot, directory):
    editor = OrganizationEditor(directory)
    qtbot.addWidget(editor)
    editor.name.field.setText("Digital Inclusion Alliance")
    editor.save_button.click()
    assert "already exists" in editor.name.reason.text()
    with directory.reading() as session:
        assert len(session.scalars(select(Organization)).all()) == 2


def test_delete_keeps_the_contacts(page, directory, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    page.view.selectRow(names(page).index("وزارة الاقتصاد الرقمي والريادة"))
    page.delete_current()
    assert "1 contact" in asked[0]
    assert names(page) == ["Digital Inclusion Alliance"]
    with directory.reading() as session:
        rania = session.scalar(select(Contact))
        assert rania.organization_id is None
        assert count_contacts(session, search="modee") == 0


def test_delete_then_undo_brings_it_back_with_its_contacts(qtbot, page, directory, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.view.selectRow(names(page).index("وزارة الاقتصاد الرقمي والريادة"))
    page.delete_current()
    assert page.undo_bar.isVisibleTo(page)
    assert "deleted" in page.undo_bar.message.text()
    page.undo_bar.undo_button.click()
    assert sorted(names(page)) == ["Digital Inclusion Alliance", "وزارة الاقتصاد الرقمي والريادة"]
    assert page.selected_record().name == "وزارة الاقتصاد الرقمي والريادة"
    assert page.selected_record().contacts == 1
    assert "restored" in page.undo_bar.message.text()
    assert not page.can_undo()
    with directory.reading() as session:
        assert count_contacts(session, search="modee") == 1


def test_an_organization_in_a_partnership_inquiry_is_kept_and_the_officer_told_why(
    qtbot, context, dialogs
):
    from tests.services.partnership_data import add_inquiry, make_forum

    forum = make_forum(context.database, with_packages=False)
    add_inquiry(context.database, forum, "Telecom", organization="Geneva Telecom SA")
    page = OrganizationsPage(context)
    qtbot.addWidget(page)
    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    dialogs.answer(QMessageBox, "warning")
    page.view.selectRow(names(page).index("Geneva Telecom SA"))
    page.delete_current()
    (warning,) = dialogs.texts("warning")
    assert warning.startswith("Geneva Telecom SA cannot be deleted")
    assert "Geneva Telecom SA" in names(page)
    assert not page.undo_bar.isVisibleTo(page)
