"""Logging replies in the window: the dialog filled and saved, the status and history updated;
a date before the letter refused with the dialog kept open; a State that was not invited offered
its invitation; a second source merged; attachments stored and an unreadable one refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from liaison_app.domain.enums import InvitationStatus, ReplyDecision
from liaison_app.domain.models import AttachmentContent, Invitation, Reply, ReplyAttachment
from liaison_app.ui.invitations.reply_dialog import ReplyDialog, ReplyMode
from tests.ui.invitations.conftest import row_of


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def fill_acceptance(dialog: ReplyDialog) -> None:
    dialog.received_on.setDate(QDate(2022, 4, 19))
    choose(dialog.channel, "note_verbale")
    choose(dialog.decision, "accepted")
    choose(dialog.level, "minister")
    dialog.source_reference.setText("NV 2022/118")
    table = dialog.delegation.table
    table.item(0, 0).setText("Hon. Grace Ama Mensah")
    table.item(0, 1).setText("Minister of Communications")
    dialog.delegation.add_member("Kwame Boateng", "Director", "remote")
    choose(dialog.credentials, "copy")
    dialog.signed_by.setText("Minister for Foreign Affairs")
    dialog.notes.setPlainText("Original credentials to follow.")


def test_logging_a_reply_updates_the_status_the_table_and_the_history(page, demo, qtbot):
    page.select_invitations([row_of(page, "GHA").id])
    dialog = page.log_reply()
    assert isinstance(dialog, ReplyDialog)
    assert dialog.mode is ReplyMode.NEW
    assert "Ghana" in dialog.heading.text()
    fill_acceptance(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    ghana = row_of(page, "GHA")
    assert ghana.status is InvitationStatus.ACCEPTED
    assert (ghana.received_on, ghana.delegation_size) == (date(2022, 4, 19), 2)
    assert ghana.head_of_delegation == "Hon. Grace Ama Mensah"
    assert page.selected_ids() == [ghana.id]  # the row stays selected
    status_column = page.model.index(page.model.row_of(ghana.id), page.model.STATUS)
    assert status_column.data() == "Accepted"
    history = page.history.texts()
    assert "Status: No reply → Accepted" in history
    assert "Reply logged" in history
    assert any(text.startswith("Delegation:") for text in history)
    with demo.reading() as session:
        reply = session.scalar(select(Reply).where(Reply.invitation_id == ghana.id))
        assert reply.credentials.value == "copy"
        assert [s.reference for s in reply.sources] == ["NV 2022/118"]


def test_a_reply_dated_before_the_letter_is_refused_and_the_dialog_stays_open(page, demo, dialogs):
    dialogs.answer(QMessageBox, "warning")
    chile = row_of(page, "CHL")  # sent again on 11 April
    page.select_invitations([chile.id])
    dialog = page.log_reply()
    fill_acceptance(dialog)
    dialog.received_on.setDate(QDate(2022, 4, 8))
    dialog.save()
    (warning,) = dialogs.texts("warning")
    assert warning == "The reply is dated 2022-04-08, before the letter was sent on 2022-04-11."
    assert dialog.isVisible()
    assert dialog.delegation.table.item(0, 0).text() == "Hon. Grace Ama Mensah"  # nothing lost
    with demo.reading() as session:
        assert session.scalar(select(func.count()).select_from(Reply)) == 35
    assert row_of(page, "CHL").status is InvitationStatus.NO_REPLY


def test_a_reply_from_a_state_that_was_not_invited_offers_to_record_the_invitation(
    page, demo, dialogs
):
    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    dialog = page.reply_from_state()
    assert dialog.mode is ReplyMode.FROM_STATE
    dialog.state.setCurrentIndex(dialog.state.findText("Norway (NOR)"))
    fill_acceptance(dialog)
    dialog.save()
    (question,) = dialogs.texts("question")
    assert question.startswith("Norway (NOR) was not invited by CL-22/009.")
    assert dialog.result() == QDialog.DialogCode.Accepted
    norway = row_of(page, "NOR")
    assert norway.status is InvitationStatus.ACCEPTED
    assert norway.sent_on == date(2022, 3, 21)
    assert page.selected_ids() == [norway.id]


def test_declining_to_record_the_invitation_saves_nothing(page, demo, dialogs):
    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.No)
    dialog = page.reply_from_state()
    dialog.state.setCurrentIndex(dialog.state.findText("Norway (NOR)"))
    fill_acceptance(dialog)
    dialog.save()
    assert dialog.isVisible()
    with demo.reading() as session:
        assert not session.scalar(
            select(func.count())
            .select_from(Invitation)
            .where(Invitation.notes.is_not(None))
            .where(Invitation.notes.like("Recorded when a reply%"))
        )


def test_a_second_source_is_merged_into_the_one_reply(page, demo):
    france = row_of(page, "FRA")
    page.select_invitations([france.id])
    assert page.source_button.isEnabled()
    dialog = page.add_source()
    assert dialog.mode is ReplyMode.SOURCE
    dialog.received_on.setDate(QDate(2022, 4, 21))
    choose(dialog.channel, "letter")
    choose(dialog.decision, "accepted")
    choose(dialog.credentials, "original")
    dialog.signed_by.setText("President of the Republic")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    france = row_of(page, "FRA")
    assert france.source_count == 3
    with demo.reading() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Reply).where(Reply.invitation_id == france.id)
            )
            == 1
        )
    assert any(text.startswith("Sources:") for text in page.history.texts())


def test_attached_files_are_stored_and_an_unreadable_one_is_refused(
    page, demo, dialogs, tmp_path, monkeypatch
):
    dialogs.answer(QMessageBox, "warning")
    scan = tmp_path / "Note verbale.pdf"
    scan.write_bytes(b"%PDF-1.4 signed\n" * 50)
    page.select_invitations([row_of(page, "JOR").id])
    dialog = page.log_reply()
    assert dialog.mode is ReplyMode.EDIT  # Jordan replied already: the reply is corrected
    dialog.add_files([scan, tmp_path / "missing.pdf"])
    dialog.save()
    (warning,) = dialogs.texts("warning")
    assert "missing.pdf cannot be read" in warning
    assert dialog.isVisible()
    dialog.files.takeItem(1)
    dialog.new_files.pop()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with demo.reading() as session:
        (attachment,) = session.scalars(select(ReplyAttachment)).all()
        content = session.scalar(
            select(AttachmentContent.content).where(AttachmentContent.sha256 == attachment.sha256)
        )
    assert attachment.original_name == "Note verbale.pdf"
    assert content == scan.read_bytes()  # in the database, not in a folder of this laptop
    assert any(t.startswith("File attached: Note verbale.pdf") for t in page.history.texts())

    # Opened again from the reply: a copy under its own name, from the database, for the viewer.
    scan.unlink()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    page.select_invitations([row_of(page, "JOR").id])
    again = page.log_reply()
    (item,) = [again.files.item(number) for number in range(again.files.count())]
    again._open_item(item)
    (url,) = opened
    copy = Path(url.toLocalFile())
    assert copy.name == "Note verbale.pdf"
    assert copy.read_bytes() == b"%PDF-1.4 signed\n" * 50
    again.reject()


def test_correcting_the_decision_moves_the_status(page):
    page.select_invitations([row_of(page, "POL").id])
    dialog = page.log_reply()
    choose(dialog.decision, ReplyDecision.DECLINED.value)
    dialog.save()
    assert row_of(page, "POL").status is InvitationStatus.DECLINED
    assert "Decision: Tentative → Declines" in page.history.texts()


def test_the_dialog_reads_in_arabic(page, qtbot):
    from liaison_app.ui.language import apply_language

    apply_language("ar")
    page.select_invitations([row_of(page, "GHA").id])
    dialog = page.log_reply()
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.decision.itemText(0) == "قبول"
    assert dialog.channel.findText("مذكرة شفوية") >= 0
