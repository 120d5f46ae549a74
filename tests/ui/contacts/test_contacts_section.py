"""The Contacts section in the window: its tabs, and the registry entry that shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from liaison_app.ui.contacts.contacts_section import ContactsSection
from liaison_app.ui.import_wizard.import_page import ImportExportPage
from liaison_app.ui.sections import SectionKey


def test_the_window_shows_contacts_member_states_and_organizations(main_window):
    main_window.show_section(SectionKey.CONTACTS)
    page = main_window.page(SectionKey.CONTACTS)
    assert isinstance(page, ContactsSection)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Contacts",
        "Member States",
        "Organizations",
    ]
    page.tabs.setCurrentIndex(1)
    assert page.member_states.model.rowCount() == 193


def test_the_window_shows_the_import_page(main_window):
    main_window.show_section(SectionKey.IMPORT_EXPORT)
    assert isinstance(main_window.page(SectionKey.IMPORT_EXPORT), ImportExportPage)


def test_ctrl_n_in_the_contacts_page_adds_a_contact_not_a_database(qtbot, main_window, monkeypatch):
    main_window.show_section(SectionKey.CONTACTS)
    contacts = main_window.page(SectionKey.CONTACTS).contacts
    opened = []
    monkeypatch.setattr(contacts, "open_editor", opened.append)
    new_database = []
    main_window.new_action.triggered.disconnect()
    main_window.new_action.triggered.connect(lambda: new_database.append(True))
    main_window.activateWindow()
    contacts.search_edit.setFocus()
    qtbot.keyClick(contacts.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]
    assert new_database == []


def test_ctrl_z_in_the_organizations_tab_undoes_its_own_deletion(qtbot, main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from liaison_app.services.directory import create_organization

    with main_window.database.writing() as session:
        create_organization(session, {"name": "Digital Inclusion Alliance"})
    main_window.show_section(SectionKey.CONTACTS)
    section = main_window.page(SectionKey.CONTACTS)
    section.tabs.setCurrentWidget(section.organizations)
    organizations = section.organizations
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main_window.activateWindow()
    organizations.view.setFocus()
    organizations.view.setCurrentIndex(organizations.model.index(0, 0))
    qtbot.keyClick(organizations.view, Qt.Key.Key_Delete)
    assert organizations.model.rowCount() == 0
    qtbot.keyClick(organizations.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert organizations.model.rowCount() == 1
