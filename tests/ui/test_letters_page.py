"""The Letters section: the template editor's live preview, packs in the background with Cancel,
the register, and printing without a printer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from liaison_app.domain.models import Letter
from liaison_app.services.letters import PackReport, load_template
from liaison_app.ui import letters_page, pdf_preview
from liaison_app.ui.context import AppContext
from liaison_app.ui.letters_page import LettersPage, RegisterModel
from liaison_app.ui.sections import SectionKey, section
from liaison_app.ui.task_runner import TaskRunner
from tests.services.letters_data import make_forum

TIMEOUT = 60_000


@pytest.fixture
def page(qtbot, database, no_modal_dialogs):
    make_forum(database)
    tasks = TaskRunner()
    context = AppContext(database, tasks)
    widget = LettersPage(context, section(SectionKey.LETTERS))
    # As in the window, the runner lives as long as the widgets whose tasks it delivers to.
    tasks.setParent(widget)
    context.setParent(widget)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    tasks.shutdown()


def text_of(document: QPdfDocument) -> str:
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def letters_registered(database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Letter))


def wait_preview(qtbot, editor) -> None:
    with qtbot.waitSignal(editor.previewFinished, timeout=TIMEOUT):
        editor.refresh_preview()


# --- Template editor ----------------------------------------------------------------------------


def test_the_editor_previews_the_letter_for_the_chosen_recipient(qtbot, page):
    page.tabs.setCurrentIndex(page.TEMPLATES)
    editor = page.editor
    editor.select("invitation", "en")
    index = editor.recipient_combo.findText("Kenya", flags=Qt.MatchFlag.MatchContains)
    editor.recipient_combo.setCurrentIndex(index)
    wait_preview(qtbot, editor)
    assert editor.preview.page_count() == 1
    assert "Her Excellency Ms Al<Sayed & Sons <b>Wanjiru</b>" in text_of(editor.preview.document)
    # QPdfView paints asynchronously: grab once the document is ready, and it is not blank.
    qtbot.wait(200)
    image = editor.preview.view.grab().toImage()
    assert (
        len(
            {
                image.pixel(x, y)
                for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)
            }
        )
        > 2
    )


def test_editing_the_text_updates_the_preview_and_save_keeps_it(qtbot, page):
    editor = page.editor
    editor.select("invitation", "fr")
    editor.body_edit.setPlainText(
        "{{ salutation.greeting }}\n\nUn texte nouveau pour {{ member_state.name }}."
    )
    wait_preview(qtbot, editor)
    assert "Un texte nouveau pour" in text_of(editor.preview.document)
    assert editor.is_modified()
    assert editor.save()
    assert not editor.is_modified()
    assert "Saved (version" in editor.status_label.text()
    assert load_template(page.context.database, "invitation", "fr") == editor.template()


def test_an_invalid_template_is_reported_under_the_editor(qtbot, page):
    editor = page.editor
    editor.select("invitation", "en")
    wait_preview(qtbot, editor)
    pages_before = editor.preview.page_count()
    editor.body_edit.setPlainText("{{ ''.__class__.__mro__ }}")
    wait_preview(qtbot, editor)
    assert "The template is invalid" in editor.status_label.text()
    assert editor.preview.page_count() == pages_before  # the last good preview stays
    assert not editor.save()


def test_arabic_templates_are_edited_right_to_left(qtbot, page):
    editor = page.editor
    editor.select("invitation", "ar")
    assert editor.body_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    wait_preview(qtbot, editor)
    assert "ﺻﺎﺣﺐ" in text_of(editor.preview.document) or "صاحب" in text_of(editor.preview.document)


# --- Packs --------------------------------------------------------------------------------------


def test_generate_a_pack_for_a_selection(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "out" / "pack.pdf"
    monkeypatch.setattr(letters_page, "ask_pack_path", lambda parent, suggested: target)
    assert page.recipient_list.count() == 6
    page._check_all(False)
    for row in (0, 2):
        page.recipient_list.item(row).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(page.packFinished, timeout=TIMEOUT) as finished:
        page.generate()
    report = finished.args[0]
    assert isinstance(report, PackReport)
    assert report.letter_count == 2
    assert target.exists()
    assert len(list((tmp_path / "out" / "pack letters").iterdir())) == 2
    assert page.register_model.rowCount() == 2
    qtbot.waitUntil(lambda: page.pack_preview.page_count() == report.page_count, timeout=TIMEOUT)
    assert "2 letters" in page.generate_status.text()


def test_a_cancelled_pack_writes_and_registers_nothing(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "out" / "pack.pdf"
    monkeypatch.setattr(letters_page, "ask_pack_path", lambda parent, suggested: target)
    with qtbot.waitSignal(page.packFinished, timeout=TIMEOUT) as finished:
        handle = page.generate()
        handle.cancel()
    assert finished.args[0] is None
    assert not target.parent.exists() or list(target.parent.iterdir()) == []
    assert letters_registered(page.context.database) == 0
    assert "Cancelled" in page.generate_status.text()


def test_a_failed_pack_says_why(qtbot, page, tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setattr(letters_page, "ask_pack_path", lambda parent, suggested: blocker / "p.pdf")
    with qtbot.waitSignal(page.packFinished, timeout=TIMEOUT):
        page.generate()
    assert "Cannot write into" in page.generate_status.text()
    assert page.generate_button.isEnabled()


# --- Register and printing ----------------------------------------------------------------------


def test_the_register_shows_a_letter_and_checks_its_file(
    qtbot, page, tmp_path, monkeypatch, qtmodeltester
):
    target = tmp_path / "out" / "pack.pdf"
    monkeypatch.setattr(letters_page, "ask_pack_path", lambda parent, suggested: target)
    with qtbot.waitSignal(page.packFinished, timeout=TIMEOUT):
        page.generate()
    page.tabs.setCurrentIndex(page.REGISTER)
    qtmodeltester.check(page.register_model)
    assert page.register_model.rowCount() == 6
    with qtbot.waitSignal(page.letter_preview.ready, timeout=TIMEOUT):
        page.register_view.selectRow(0)
    assert "SHA-256 matches" in page.register_status.text()
    # A file changed on disk no longer matches its register entry.
    row = page.register_model.rows[1]
    Path(row.file_path).write_bytes(Path(row.file_path).read_bytes() + b"\n% edited")
    with qtbot.waitSignal(page.letter_preview.ready, timeout=TIMEOUT):
        page.register_view.selectRow(1)
    assert "has changed" in page.register_status.text()
    page.register_view.sortByColumn(RegisterModel.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert [r.reference for r in page.register_model.rows] == sorted(
        r.reference for r in page.register_model.rows
    )


def test_printing_without_a_printer_says_so(qtbot, page, dialogs, monkeypatch):
    monkeypatch.setattr(pdf_preview, "printers_available", lambda: False)
    dialogs.answer(QMessageBox, "information", QMessageBox.StandardButton.Ok)
    editor = page.editor
    editor.select("invitation", "en")
    wait_preview(qtbot, editor)
    assert editor.preview.print_document() is False
    assert any("No printer is installed" in text for text in dialogs.texts("information"))


def test_the_window_shows_the_letters_section(qtbot, main_window):
    main_window.show_section(SectionKey.LETTERS)
    assert isinstance(main_window.page(SectionKey.LETTERS), LettersPage)
