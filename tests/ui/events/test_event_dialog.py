"""The event editor: titles in six languages, phases and sessions, deadlines checked, and the
signature image previewed, or refused when the file is not an image."""

from __future__ import annotations

import io
from datetime import date, time

import pytest
from PIL import Image
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFormLayout, QMessageBox
from sqlalchemy import select

from liaison_app.domain.models import AuditEntry, Event
from liaison_app.ui.events.event_dialog import EventDialog
from liaison_app.ui.language import apply_language
from tests.services import invitation_fixtures

demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo


@pytest.fixture
def editor(qtbot, demo, no_modal_dialogs):
    with demo.reading() as session:
        event_id = session.scalar(select(Event.id))
    dialog = EventDialog(demo, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_editor_shows_the_event_in_six_languages(editor):
    assert editor.reference.text() == "WSIS-2022"
    assert editor.titles["ar"].text().startswith("منتدى")
    assert editor.titles["en"].text() == "WSIS Forum 2022"
    assert editor.has_reply_deadline.isChecked()
    assert editor.reply_deadline.date() == QDate(2022, 4, 15)
    assert editor.phases.rowCount() == 2
    assert editor.sessions.rowCount() > 1
    assert editor.signature_info.text() == "PNG or JPEG, at most 2 MB and 4000 × 4000 pixels."


def test_saving_changes_writes_the_event_and_its_history(editor, demo):
    editor.titles["fr"].setText("Forum du SMSI 2022 (édition de Genève)")
    editor.add_session()
    row = editor.sessions.rowCount() - 1
    editor.sessions.cellWidget(row, editor.S_DATE).setDate(QDate(2022, 6, 3))
    editor.sessions.item(row, 8 + 2).setText("Closing")  # the English title
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    with demo.reading() as session:
        event = session.get(Event, editor.saved_id)
        assert event.title("fr") == "Forum du SMSI 2022 (édition de Genève)"
        closing = [s for s in event.sessions if s.title("en") == "Closing"]
        assert [(s.date, s.start_time) for s in closing] == [(date(2022, 6, 3), time(10, 0))]
        fields = set(session.scalars(select(AuditEntry.field).where(AuditEntry.field.is_not(None))))
    assert "titles" in fields


def test_a_deadline_after_the_event_is_refused_on_its_tab(editor, dialogs, demo):
    dialogs.answer(QMessageBox, "warning")
    editor.tabs.setCurrentIndex(editor.PEOPLE)
    editor.reply_deadline.setDate(QDate(2022, 7, 1))
    editor.save()
    (warning,) = dialogs.texts("warning")
    assert warning == "A deadline on 2022-07-01 falls after the event, which ends on 2022-06-03."
    assert editor.isVisible()
    assert editor.tabs.currentIndex() == editor.GENERAL
    with demo.reading() as session:
        assert session.scalar(select(Event.reply_deadline)) == date(2022, 4, 15)


def test_a_signature_file_that_is_not_an_image_is_refused(editor, dialogs, tmp_path):
    dialogs.answer(QMessageBox, "warning")
    fake = tmp_path / "signature.png"
    fake.write_text("Secretary-General")
    assert not editor.load_signature(fake)
    (warning,) = dialogs.texts("warning")
    assert warning == "signature.png is not a PNG or JPEG image that can be read."
    assert editor.signature is None
    assert not editor.remove_signature_button.isEnabled()


def test_a_transparent_signature_is_previewed_and_saved_as_given(editor, demo, tmp_path):
    buffer = io.BytesIO()
    Image.new("RGBA", (600, 200), (0, 0, 0, 0)).save(buffer, "PNG")
    path = tmp_path / "signature.png"
    path.write_bytes(buffer.getvalue())
    assert editor.load_signature(path)
    assert editor.signature_info.text() == (
        "PNG, 600 × 200 pixels\nTransparent background: kept on the letters."
    )
    assert not editor.signature_preview.pixmap().isNull()
    editor.save()
    with demo.reading() as session:
        event = session.get(Event, editor.saved_id)
        assert event.signature_image == buffer.getvalue()
        assert event.signature_mime == "image/png"


@pytest.mark.parametrize(
    ("code", "event_title", "form_of_address", "position"),
    [
        ("en", "Title", "Title", "Title"),
        ("ar", "عنوان الفعالية", "صيغة المخاطبة", "المنصب"),
        ("zh", "活动名称", "称谓", "职务"),
        ("fr", "Intitulé", "Civilité", "Fonction"),
        ("ru", "Название", "Обращение", "Должность"),
        ("es", "Título", "Tratamiento", "Cargo"),
    ],
)
def test_the_three_titles_are_translated_each_in_its_sense(
    editor, code, event_title, form_of_address, position
):
    """The event's title, the contact person's form of address and the signatory's position
    are three messages, not one "Title" that a translator had to word for all three."""
    apply_language(code)
    editor.retranslateUi()
    contact_label = editor.contact_form.itemAt(1, QFormLayout.ItemRole.LabelRole)
    assert editor.title_header.text() == event_title
    assert contact_label.widget().text() == form_of_address
    assert editor.signatory_title_header.text() == position
