"""The Contacts tab: what an officer sees, finds, sorts, filters, deletes and gets back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from liaison_app.domain.enums import LevelOfRepresentation, OrganizationType
from liaison_app.domain.models import Contact, MemberState, Organization
from liaison_app.services.contacts import (
    SortKey,
    count_contacts,
    create_contact,
    query_contacts,
)
from liaison_app.ui.contacts.contacts_model import COLUMN_OF_KEY, ContactsModel
from liaison_app.ui.contacts.contacts_page import ContactsPage

PEOPLE = [
    # full name, Latin name, ISO3, level, e-mail, preferred language, organization type
    ("José Pérez", None, "ESP", "minister", "jose.perez@mineco.example", "es", "ministry"),
    ("مُحَمَّد الحَسَن", "Mohammed Al-Hassan", "JOR", "ambassador", "m.hassan@mission.example", "ar",
     "permanent_mission"),
    ("Наталья Кузнецова", "Natalia Kuznetsova", "RUS", "vice_minister", "nk@digital.example", None,
     "ministry"),
    ("王芳", "Wang Fang", "CHN", "senior_official", "wang.fang@miit.example", "zh", "regulator"),
    ("Amélie Dubois", None, "FRA", "minister", "amelie.dubois@numerique.example", None, "ministry"),
]  # fmt: skip


@pytest.fixture
def people(database):
    """The five contacts above, each with an organization of its Member State."""
    with database.writing() as session:
        for full, latin, iso3, level, email, language, kind in PEOPLE:
            state = session.scalar(select(MemberState).where(MemberState.iso_alpha3 == iso3))
            org = Organization(
                name=f"{kind} of {state.short_name_en}",
                type=OrganizationType(kind),
                member_state_id=state.id,
            )
            session.add(org)
            session.flush()
            create_contact(
                session,
                {
                    "full_name": full,
                    "full_name_latin": latin,
                    "member_state_id": state.id,
                    "organization_id": org.id,
                    "level": LevelOfRepresentation(level),
                    "email": email,
                    "preferred_language": language,
                },
            )
    return database


def names(model: ContactsModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.fixture
def page(qtbot, context, people, no_modal_dialogs):
    page = ContactsPage(context)
    qtbot.addWidget(page)
    return page


def show_active(qtbot, widget) -> None:
    """Shortcuts work in the active window only."""
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def answered(qtbot, model: ContactsModel) -> list[str]:
    """The names shown once the model has answered the newest question."""
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)
    return names(model)


def search(qtbot, page: ContactsPage, text: str) -> list[str]:
    page.search_edit.setText(text)
    return answered(qtbot, page.model)


def test_the_view_lists_the_contacts_of_the_database(page):
    assert sorted(names(page.model)) == sorted(p[0] for p in PEOPLE)
    # "%n contact(s)" reads "5 contacts" once the English plural catalog has this string.
    assert page.count_label.text() in ("5 contacts", "5 contact(s)")
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert headers == [
        "Name",
        "Name in Latin script",
        "Form of address",
        "Position",
        "Level",
        "Organization",
        "Member State",
        "E-mail",
        "Phone",
        "Preferred language",
    ]


def test_the_count_follows_a_search_whose_first_page_is_full(qtbot, page, monkeypatch):
    from liaison_app.ui.contacts import contacts_model

    monkeypatch.setattr(contacts_model, "PAGE_SIZE", 2)
    with qtbot.waitSignal(page.model.counted, timeout=5000):
        page.search_edit.setText("minist")  # three ministries: the page holds two
    assert page.model.rowCount() == 3
    assert page.count_label.text() in ("3 contacts", "3 contact(s)")


def test_search_ignores_accents_diacritics_and_finds_every_script(qtbot, page):
    assert search(qtbot, page, "perez") == ["José Pérez"]
    assert search(qtbot, page, "PÉREZ") == ["José Pérez"]
    # Without harakat, as an officer types it.
    assert search(qtbot, page, "محمد الحسن") == ["مُحَمَّد الحَسَن"]
    assert search(qtbot, page, "кузнецова") == ["Наталья Кузнецова"]
    assert search(qtbot, page, "王") == ["王芳"]
    assert search(qtbot, page, "wang fang") == ["王芳"]
    assert search(qtbot, page, "nobody") == []
    assert page.stack.currentWidget() is page.empty_label
    assert "nobody" in page.empty_label.text()


def test_fast_typing_is_answered_with_the_last_text_only(qtbot, page):
    answers = []
    page.model.answered.connect(lambda: answers.append(page.model.search))
    for prefix in ("p", "pe", "per", "pere", "perez"):
        page.search_edit.setText(prefix)
    assert page.model.busy  # asked in the background: typing did not wait for the database
    assert answered(qtbot, page.model) == ["José Pérez"]
    # The first letter was being answered while the rest was typed: the rest is asked once.
    assert answers[-1] == "perez"
    assert set(answers) <= {"p", "perez"}


def test_filters(qtbot, page):
    page.level_filter.setCurrentIndex(page.level_filter.findData(LevelOfRepresentation.MINISTER))
    assert sorted(answered(qtbot, page.model)) == ["Amélie Dubois", "José Pérez"]
    page.region_filter.setCurrentIndex(page.region_filter.findText("Europe"))
    assert sorted(answered(qtbot, page.model)) == ["Amélie Dubois", "José Pérez"]
    page.clear_filters()
    page.language_filter.setCurrentIndex(page.language_filter.findData("fr"))
    # Her own language is empty: letters follow France's language of correspondence.
    assert answered(qtbot, page.model) == ["Amélie Dubois"]
    page.clear_filters()
    page.type_filter.setCurrentIndex(page.type_filter.findData(OrganizationType.REGULATOR))
    assert answered(qtbot, page.model) == ["王芳"]
    page.clear_filters()
    page.state_filter.setCurrentIndex(page.state_filter.findText("Jordan"))
    assert answered(qtbot, page.model) == ["مُحَمَّد الحَسَن"]
    page.clear_filters()
    assert len(answered(qtbot, page.model)) == 5


@pytest.mark.parametrize(
    "key", [SortKey.FULL_NAME, SortKey.LEVEL, SortKey.MEMBER_STATE, SortKey.EMAIL]
)
def test_sorting_a_column_orders_rows_as_sql_does(qtbot, page, people, key):
    column = COLUMN_OF_KEY[key]
    for order, descending in (
        (Qt.SortOrder.AscendingOrder, False),
        (Qt.SortOrder.DescendingOrder, True),
    ):
        page.view.sortByColumn(column, order)
        with people.reading() as session:
            expected = [
                r.full_name for r in query_contacts(session, sort_key=key, descending=descending)
            ]
        assert answered(qtbot, page.model) == expected
    assert page.view.horizontalHeader().sortIndicatorSection() == column


def test_sorting_by_level_follows_protocol_order(qtbot, page):
    page.view.sortByColumn(COLUMN_OF_KEY[SortKey.LEVEL], Qt.SortOrder.AscendingOrder)
    answered(qtbot, page.model)
    levels = [page.model.index(r, COLUMN_OF_KEY[SortKey.LEVEL]).data() for r in range(5)]
    assert levels == [
        "Minister",
        "Minister",
        "Vice-Minister or Deputy Minister",
        "Ambassador or Head of Permanent Mission",
        "Senior official",
    ]


def test_phone_is_shown_in_international_format(qtbot, context, database):
    with database.writing() as session:
        state = session.scalar(select(MemberState).where(MemberState.iso_alpha3 == "CHE"))
        create_contact(
            session,
            {"full_name": "Anna Meier", "member_state_id": state.id, "phone": "022 730 51 11"},
        )
    page = ContactsPage(context)
    qtbot.addWidget(page)
    shown = page.model.index(0, COLUMN_OF_KEY[SortKey.PHONE]).data()
    assert shown.strip("\u2066\u2069") == "+41 22 730 51 11"


def test_empty_database_says_how_to_add_contacts(qtbot, context):
    page = ContactsPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty_label
    assert "No contacts yet" in page.empty_label.text()


def test_model_is_sound(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_delete_then_undo_restores_the_contact(qtbot, page, people, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    show_active(qtbot, page)
    search(qtbot, page, "perez")
    page.view.selectRow(0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "José Pérez" in asked[0]
    with people.reading() as session:
        assert count_contacts(session, search="perez") == 0
    assert page.undo_bar.isVisibleTo(page)
    assert page.undo_bar.message.text() in ("1 contact deleted.", "1 contact(s) deleted.")
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with people.reading() as session:
        assert count_contacts(session, search="perez") == 1
        assert session.scalar(select(func.count()).select_from(Contact)) == 5
    assert names(page.model) == ["José Pérez"]
    assert page.undo_bar.message.text() in ("1 contact restored.", "1 contact(s) restored.")


def test_delete_refused_by_the_officer_changes_nothing(page, people, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.view.selectAll()
    page.delete_selected()
    with people.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 5


def test_delete_several_with_the_button_and_undo_button(page, people, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.view.selectAll()
    assert page.selection_label.text() == "5 selected"
    page.delete_button.click()
    assert page.model.rowCount() == 0
    assert "No contacts yet" in page.empty_label.text()
    page.undo_bar.undo_button.click()
    assert page.model.rowCount() == 5


def test_invitation_action_is_visible_but_says_when_it_arrives(page):
    page.view.selectRow(0)
    if page.invitations_available:
        pytest.skip("the invitations feature is installed")
    assert page.invite_button.isVisibleTo(page)
    assert not page.invite_button.isEnabled()
    assert "invitations feature" in page.invite_button.toolTip()


def test_keyboard_shortcuts(qtbot, page, monkeypatch):
    opened = []
    monkeypatch.setattr(page, "open_editor", opened.append)
    show_active(qtbot, page)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [None, page.model.contact_id(0)]


def test_column_widths_and_sort_are_remembered(qtbot, context, people):
    first = ContactsPage(context)
    qtbot.addWidget(first)
    first.view.horizontalHeader().resizeSection(3, 333)
    first.view.sortByColumn(COLUMN_OF_KEY[SortKey.EMAIL], Qt.SortOrder.DescendingOrder)
    first.header_memory.save()
    second = ContactsPage(context)
    qtbot.addWidget(second)
    assert second.view.horizontalHeader().sectionSize(3) == 333
    assert second.model.sort_key == SortKey.EMAIL
    assert second.model.descending


def test_export_selection_hands_the_selected_ids_to_the_export(qtbot, page, monkeypatch):
    import liaison_app.ui.export_action as export_action

    exported = []
    monkeypatch.setattr(
        export_action, "export_contacts", lambda context, ids, parent: exported.append(ids)
    )
    assert page.export_available
    search(qtbot, page, "perez")
    page.view.selectAll()
    assert page.export_button.isEnabled()
    page.export_button.click()
    assert exported == [[page.model.contact_id(0)]]
