"""The Member States tab: all 193 listed, found by any name, edited with an audit trail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from liaison_app.domain.models import AuditEntry, MemberState
from liaison_app.ui.contacts.member_state_editor import MemberStateEditor
from liaison_app.ui.contacts.member_states_page import MemberStatesPage


def shown_names(page: MemberStatesPage) -> list[str]:
    return [page.model.index(row, 1).data() for row in range(page.model.rowCount())]


def test_lists_the_193_member_states_sorted_by_name(qtbot, context):
    page = MemberStatesPage(context)
    qtbot.addWidget(page)
    names = shown_names(page)
    assert len(names) == 193
    assert names[0] == "Afghanistan"
    assert "Viet Nam" in names


def test_search_finds_a_state_by_a_name_in_another_script_or_its_code(qtbot, context):
    page = MemberStatesPage(context)
    qtbot.addWidget(page)
    for query in ("Швейцария", "瑞士", "سويسرا", "suisse", "confederation suisse"):
        page.search_edit.setText(query)
        page.apply_filter()
        assert shown_names(page) == ["Switzerland"], query
    page.search_edit.setText("che")
    page.apply_filter()
    assert "Switzerland" in shown_names(page)


def test_region_filter(qtbot, context):
    page = MemberStatesPage(context)
    qtbot.addWidget(page)
    page.region_combo.setCurrentIndex(page.region_combo.findText("Oceania"))
    names = shown_names(page)
    assert "Fiji" in names
    assert "France" not in names


def test_model_is_sound(qtmodeltester, qtbot, context):
    page = MemberStatesPage(context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)


def test_editor_changes_the_language_of_correspondence(qtbot, context):
    with context.database.reading() as session:
        state_id = session.scalar(select(MemberState.id).where(MemberState.iso_alpha3 == "CHE"))
    editor = MemberStateEditor(context.database, state_id)
    qtbot.addWidget(editor)
    assert editor.language_combo.currentData() == "fr"  # Switzerland's, from the reference list
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("es"))
    with qtbot.waitSignal(editor.saved):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    with context.database.reading() as session:
        assert session.get(MemberState, state_id).correspondence_language == "es"
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity_id == state_id))
        assert (entry.field, entry.old_value, entry.new_value) == (
            "correspondence_language",
            "fr",
            "es",
        )


def test_editor_refuses_an_empty_name_and_says_which_language(qtbot, context):
    with context.database.reading() as session:
        state_id = session.scalar(select(MemberState.id).where(MemberState.iso_alpha3 == "CHE"))
    editor = MemberStateEditor(context.database, state_id)
    qtbot.addWidget(editor)
    editor.short_edits["ru"].clear()
    assert not editor.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "Русский" in editor.error_label.text()


def test_enter_opens_the_editor(qtbot, context, monkeypatch):
    page = MemberStatesPage(context)
    qtbot.addWidget(page)
    opened = []
    monkeypatch.setattr(page, "open_editor", opened.append)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [page.model.record(0).id]
