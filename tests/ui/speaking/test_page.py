"""The Speaking slots page: allocate all, drag a speaker with a reason, why here, print, Arabic."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from sqlalchemy import select

from liaison_app.domain.enums import SessionMode, SpeakingRequestStatus
from liaison_app.domain.models import AuditEntry, SpeakingRequest
from liaison_app.domain.models import Session as EventSession
from liaison_app.ui.language import apply_language
from liaison_app.ui.speaking import reason_dialog
from liaison_app.ui.speaking.reason_dialog import ReasonDialog
from liaison_app.ui.speaking.scheduler import (
    SPEAKER_MIME_TYPE,
    request_id_from_mime,
    speaker_mime_data,
)
from tests.services.speaking_data import demo_request, demo_session

S = SpeakingRequestStatus


def countries(page, session_number: int | None) -> list[str]:
    lane = page.scheduler.lane(demo_session(session_number) if session_number else None)
    return [card.row.delegation for card in lane.cards]


def stored(database, key: str) -> SpeakingRequest:
    with database.reading() as session:
        return session.get(SpeakingRequest, demo_request(key))


def allocate(qtbot, page) -> None:
    qtbot.mouseClick(page.allocate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_message.startswith("Allocated"), timeout=10_000)


def drag_card_with_the_mouse(qtbot, card, monkeypatch) -> QMimeData:
    """Press on the card and move past the drag distance; returns what the QDrag carried.

    The platform's drag loop cannot run offscreen, so QDrag.exec is replaced by a recorder;
    everything before it (the card's mouse handling and the payload) is the real code.
    """
    carried: list[QMimeData] = []

    def exec_(drag, *args, **kwargs):
        carried.append(drag.mimeData())
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", exec_)
    start = card.rect().center()
    qtbot.mousePress(card, Qt.MouseButton.LeftButton, pos=start)
    distance = QApplication.startDragDistance() + 5
    qtbot.mouseMove(card, start + QPoint(distance, distance))
    qtbot.mouseRelease(card, Qt.MouseButton.LeftButton, pos=start + QPoint(distance, distance))
    assert len(carried) == 1, "the card did not start a drag"
    return carried[0]


def drop_on(lane, mime: QMimeData, point: QPoint) -> bool:
    """Deliver a drag entering, moving over and dropping on the lane at `point`, as Qt does."""
    no_keys = Qt.KeyboardModifier(0)
    enter = QDragEnterEvent(
        point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, no_keys
    )
    QApplication.sendEvent(lane, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, no_keys)
    QApplication.sendEvent(lane, move)
    drop = QDropEvent(
        QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, no_keys
    )
    QApplication.sendEvent(lane, drop)
    return drop.isAccepted()


def above(card, lane) -> QPoint:
    """A point in the lane just above the card's middle: a drop there goes before it."""
    return card.mapTo(lane, QPoint(card.width() // 2, 3))


# ---------------------------------------------------------------------------------------------


def test_the_scheduler_shows_sessions_as_lanes_in_protocol_order_with_start_times(page):
    codes = [lane.lane.code for lane in page.scheduler.lanes if lane.lane is not None]
    assert codes == [f"HLPS-{n}" for n in range(1, 12)], "the Opening Segment takes no speakers"
    assert countries(page, 1) == ["Uzbekistan", "Egypt", "Saudi Arabia"]
    first = page.scheduler.lane(demo_session(1)).cards
    assert [card.order_label.text() for card in first] == ["1. 11:00", "2. 11:03", "3. 11:06"]
    assert first[0].level_label.text() == "Deputy Prime Minister"
    assert first[0].mode_label.text() == "In person"
    assert countries(page, None) == ["Mexico", "Senegal"]
    bar = page.scheduler.lane(demo_session(1)).capacity_bar
    assert (bar.count, bar.capacity, bar.text()) == (3, 30, "3 / 30")
    ivory_coast = page.scheduler.card(demo_request("CIV/minister"))
    assert "Placed by hand" in ivory_coast.flags_label.text()
    assert "arrives in Geneva on 1 June" in ivory_coast.toolTip()


def test_allocate_all_gives_every_open_request_a_slot_in_one_action(qtbot, page, demo):
    assert "3 not allocated yet" not in page.summary_label.text()
    allocate(qtbot, page)
    assert page.last_message == (
        "Allocated by protocol order: 18 scheduled, 0 waiting, 1 declined; 3 changed."
    )
    assert countries(page, None) == []
    assert countries(page, 8) == ["Colombia"]
    assert stored(demo, "COL/minister").status is S.SCHEDULED


def test_dropping_a_card_asks_why_and_writes_the_move_to_the_audit_trail(
    qtbot, page, demo, monkeypatch
):
    asked: list[str] = []

    def answer(parent, prompt, **kwargs):
        asked.append(prompt)
        return "The Minister leaves Geneva on 31 May at noon."

    monkeypatch.setattr(reason_dialog, "ask_reason", answer)
    france = page.scheduler.card(demo_request("FRA/minister"))
    mime = drag_card_with_the_mouse(qtbot, france, monkeypatch)
    assert request_id_from_mime(mime) == demo_request("FRA/minister")

    lane = page.scheduler.lane(demo_session(1))
    egypt = lane.cards[1]
    assert drop_on(lane, mime, above(egypt, lane))
    qtbot.waitUntil(lambda: page.last_message.startswith("Étienne Lefèvre moved"))

    assert asked == [
        "Move Étienne Lefèvre (France) to HLPS-1, slot 2. Why? The reason is kept and shown to "
        "anyone who asks."
    ]
    assert countries(page, 1) == ["Uzbekistan", "France", "Egypt", "Saudi Arabia"]
    assert countries(page, 7) == []
    france = stored(demo, "FRA/minister")
    assert (france.session_id, france.slot_position) == (demo_session(1), 1)
    assert france.manual_override
    with demo.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_id == france.id, AuditEntry.field == "session_id"
            )
        ).one()
    assert entry.reason == "The Minister leaves Geneva on 31 May at noon."
    assert entry.new_value == str(demo_session(1))
    # The page now shows the move and its reason when asked why.
    page.why_here()
    assert "Reason given: The Minister leaves Geneva on 31 May at noon." in (
        page.why_text.toPlainText()
    )


def test_a_drop_without_a_reason_moves_nobody(qtbot, page, demo, monkeypatch):
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda parent, prompt, **kwargs: None)
    lane = page.scheduler.lane(demo_session(2))
    assert drop_on(lane, speaker_mime_data(demo_request("FRA/minister")), QPoint(20, 400))
    qtbot.waitUntil(lambda: page.last_message.startswith("Not moved"))
    assert stored(demo, "FRA/minister").session_id == demo_session(7)
    assert countries(page, 2) == ["Nigeria"]


def test_a_card_dropped_back_where_it_was_asks_nothing(qtbot, page, monkeypatch):
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *args, **kwargs: pytest.fail("asked"))
    lane = page.scheduler.lane(demo_session(1))
    egypt = lane.cards[1]
    mime = speaker_mime_data(egypt.request_id)
    assert drop_on(lane, mime, above(egypt, lane))
    qtbot.wait(20)
    assert countries(page, 1) == ["Uzbekistan", "Egypt", "Saudi Arabia"]


def test_a_lane_refuses_what_is_not_a_speaker(page):
    lane = page.scheduler.lane(demo_session(3))
    text = QMimeData()
    text.setText("France")
    assert not drop_on(lane, text, QPoint(20, 20))
    broken = QMimeData()
    broken.setData(SPEAKER_MIME_TYPE, b"not-a-uuid")
    assert request_id_from_mime(broken) is None


def test_a_speaker_dropped_on_the_waitlist_waits_first_in_line(qtbot, page, demo, monkeypatch):
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *args, **kwargs: "Awaiting visa.")
    waitlist = page.scheduler.lane(None)
    assert drop_on(waitlist, speaker_mime_data(demo_request("IND/minister-of-state")),
                   above(waitlist.cards[0], waitlist))  # fmt: skip
    qtbot.waitUntil(lambda: page.last_message.startswith("Rajesh Kumar Iyer moved"))
    assert countries(page, None) == ["India", "Mexico", "Senegal"]
    assert stored(demo, "IND/minister-of-state").status is S.WAITLISTED


def test_the_reason_dialog_will_not_accept_an_empty_reason(qtbot):
    dialog = ReasonDialog("Move France to HLPS-1. Why?")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Minister  arrives on 1 June")
    assert ok.isEnabled()
    assert dialog.reason() == "Minister arrives on 1 June"


def test_why_here_explains_a_placement_in_the_officers_words(qtbot, page):
    page.select(demo_request("CIV/minister"))
    qtbot.mouseClick(page.why_button, Qt.MouseButton.LeftButton)
    text = page.why_text.toPlainText()
    assert "Minister, in person, received" in text
    assert "8 of 10 at this level in protocol order." in text
    assert "Reason given: Moved to 2 June at the delegation's request" in text
    assert "HLPS-11 (2022-06-02 16:00), slot 1, 16:00 (Confirmed)" in page.why_where.text()


def test_conflicts_are_red_with_a_tooltip_saying_what_is_wrong(qtbot, page, demo):
    with demo.writing() as session:
        session.get(EventSession, demo_session(6)).mode = SessionMode.IN_PERSON_ONLY
    page.refresh()
    spain = page.scheduler.card(demo_request("ESP/secretary-of-state"))
    assert spain.conflicts == (
        "HLPS-6 (2022-06-01 14:00) does not take speakers in this mode (in person or remote).",
    )
    assert "#b3261e" in spain.styleSheet()
    assert "does not take speakers in this mode" in spain.toolTip()
    assert "1 with a conflict" in page.summary_label.text()
    page.conflicts_only.setChecked(True)
    assert page.model.rowCount() == 1


def test_withdrawing_asks_why_and_the_waitlist_moves_up(qtbot, page, demo, monkeypatch):
    with demo.writing() as session:
        # HLPS-6 of two slots: Spain and Mexico prefer it; Mexico waits.
        session.get(EventSession, demo_session(6)).end_time = session.get(
            EventSession, demo_session(6)
        ).start_time.replace(minute=3)
    page.refresh()
    allocate(qtbot, page)
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a, **k: "Note verbale of 20 April")
    page.select(demo_request("ESP/secretary-of-state"))
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert stored(demo, "ESP/secretary-of-state").status is S.WITHDRAWN
    assert page.last_message.startswith("María José Núñez Ibáñez's request was withdrawn.")


def test_the_requests_table_filters_by_status_and_text(page):
    page.tabs.setCurrentIndex(page.REQUESTS)
    page.status_filter.setCurrentIndex(page.status_filter.findData(S.WAITLISTED))
    rows = [page.model.row_at(i).delegation for i in range(page.model.rowCount())]
    assert rows == ["Mexico", "Senegal"]
    page.status_filter.setCurrentIndex(0)
    page.search_edit.setText("hlps-1 ")
    rows = {page.model.row_at(i).delegation for i in range(page.model.rowCount())}
    assert rows == {"Uzbekistan", "Egypt", "Saudi Arabia", "India", "Côte d'Ivoire"}
    assert page.count_label.text().startswith("5")


def test_the_list_of_speakers_is_saved_as_pdf_in_the_chosen_language(
    qtbot, page, tmp_path, monkeypatch
):
    target = tmp_path / "speakers.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.print_language.setCurrentIndex(page.print_language.findData("fr"))
    page.save_list_action.trigger()
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = " ".join(text.split())
    assert "Liste des orateurs" in words
    assert "S.E. M. Sherzod Rustamovich Nazarov" in words
    assert "Séance de haut niveau" in words or "Session de haut niveau" in words
    assert "Saved" in page.message_label.text()


def test_printing_without_a_printer_says_so(page, dialogs, monkeypatch):
    from liaison_app.ui.speaking import printing

    monkeypatch.setattr(printing, "has_printer", lambda: False)
    dialogs.answer(reason_dialog.QDialog, "exec", 0)  # no dialog may open
    from PySide6.QtWidgets import QMessageBox

    dialogs.answer(QMessageBox, "warning")
    page.print_list_action.trigger()
    assert dialogs.texts("warning") == [
        "No printer is set up on this computer. Save the list as PDF and print it from a "
        "computer that has one."
    ]


def test_in_arabic_the_lanes_run_from_the_right_and_cards_read_from_the_right(qtbot, page):
    apply_language("ar")
    page.refresh()
    qtbot.wait(10)
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    first = page.scheduler.lane(demo_session(1))
    second = page.scheduler.lane(demo_session(2))
    assert first.mapTo(page, QPoint(0, 0)).x() > second.mapTo(page, QPoint(0, 0)).x()
    card = first.cards[0]
    assert card.country_label.text() == "أوزبكستان"
    assert card.name_label.alignment() & Qt.AlignmentFlag.AlignRight
    assert "border-right: 5px" in card.styleSheet()
    assert first.code_label.alignment() & Qt.AlignmentFlag.AlignRight
    assert page.print_language.currentData() == "ar"


def test_the_shell_shows_the_page_in_its_section(qtbot, main_window):
    from liaison_app.ui.sections import SectionKey
    from liaison_app.ui.speaking.page import SpeakingPage

    main_window.show_section(SectionKey.SPEAKING)
    assert isinstance(main_window.page(SectionKey.SPEAKING), SpeakingPage)


def test_screenshots_can_be_taken(page, tmp_path: Path):
    # A smoke check of painting (cards, bars, the drop indicator code path is exercised above).
    assert not page.grab().isNull()


def test_the_online_forms_export_is_imported_after_the_officer_sees_what_it_holds(
    qtbot, page, dialogs, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "form.csv"
    path.write_text(
        "Timestamp,Country,Name of speaker,Level of representation,Participation\n"
        "2022-04-14 09:30,Jordan,Ahmad Hanandeh,Minister,In person\n"
        "2022-04-14 10:30,Atlantis,Nobody,Minister,In person\n",
        encoding="utf-8",
    )
    dialogs.answer(QFileDialog, "getOpenFileName", (str(path), ""))
    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_message.startswith("1 request(s) imported"), timeout=10_000)
    assert dialogs.texts("question") == [
        "1 request(s) to add, 0 already on the list, 1 row(s) left out.\n"
        "Row 3: Country not recognised: Atlantis\n\nAdd them now?"
    ]
    assert "Jordan" in [page.model.row_at(i).delegation for i in range(page.model.rowCount())]
