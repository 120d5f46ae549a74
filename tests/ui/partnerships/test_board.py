"""The pipeline board: cards dragged between stage columns, jumps confirmed, refusals explained."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison_app.domain.enums import PartnershipStage as S
from liaison_app.domain.models import PartnershipInquiry
from liaison_app.services import partnerships as p
from liaison_app.ui.language import apply_language
from liaison_app.ui.partnerships.board import (
    INQUIRY_MIME_TYPE,
    inquiry_id_from_mime,
    inquiry_mime_data,
    text_direction,
)
from tests.ui.partnerships.conftest import TODAY, plural


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


def drop_on(column, mime: QMimeData) -> bool:
    """Deliver a drag entering, moving over and dropping on the column, as Qt does."""
    point = column.rect().center()
    enter = QDragEnterEvent(
        point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(column, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(
        point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(column, move)
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(column, drop)
    return drop.isAccepted()


def stage_of(database, inquiry_id) -> S:
    with database.reading() as session:
        return session.get(PartnershipInquiry, inquiry_id).stage


def cards_in(page, stage) -> list[str]:
    return [card.row.organization for card in page.board.columns[stage].cards]


def test_the_board_shows_each_inquiry_on_its_stage(page):
    assert cards_in(page, S.INQUIRY) == [
        "Global Connectivity Fund",  # overdue first: soonest follow-up at the top
        "Geneva Telecom SA",
        "Ministry of Communications and Information Technology",
        "جمعية الإنترنت",
        "Université de Genève",
        "Открытые сети",
        "数字丝路研究院",  # no follow-up date: last
    ]
    column = page.board.columns[S.INQUIRY]
    assert column.title_label.text() == "Inquiry (7)"
    # The column's value per currency, each on its own line, never added together.
    assert column.totals_label.text().splitlines() == [
        "CHF312,000.00",
        "€20,000.00",
        "US$110,000.00",
    ]


def test_an_overdue_follow_up_is_red_on_its_card(page, forum):
    overdue = page.board.card(forum.inquiries["Telecom"])
    assert overdue.overdue
    assert overdue.follow_up_text.startswith("Follow up: 13/04/2022 (")
    assert plural(1, "day", "days").search(overdue.follow_up_text)
    assert (overdue.lines[-1].tone, overdue.lines[-1].bold) == ("overdue", True)
    assert "13 April 2022" in overdue.toolTip()
    today = page.board.card(forum.inquiries["Ministry"])
    assert not today.overdue
    assert today.follow_up_text == "Follow up: today"
    assert today.lines[-1].tone == ""
    assert page.board.card(forum.inquiries["数字丝路研究院"]).follow_up_text == "No follow-up date"


def test_a_card_shows_what_it_says(page, forum):
    # The painted card: red pixels appear only on the overdue one.
    overdue = page.board.card(forum.inquiries["Telecom"]).grab().toImage()
    on_time = page.board.card(forum.inquiries["Université de Genève"]).grab().toImage()

    def reds(image) -> int:
        return sum(
            1
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
            if image.pixelColor(x, y).red() > 150
            and image.pixelColor(x, y).green() < 90
            and image.pixelColor(x, y).blue() < 90
        )

    assert reds(overdue) > 20
    assert reds(on_time) == 0
    card = page.board.card(forum.inquiries["Ministry"])
    assert card.height() >= card.heightForWidth(card.width())  # three lines of name, not cut


def test_dragging_a_card_one_stage_on_moves_it_dated_today(page, forum, qtbot, monkeypatch):
    telecom = forum.inquiries["Telecom"]
    mime = drag_card_with_the_mouse(qtbot, page.board.card(telecom), monkeypatch)
    assert mime.hasFormat(INQUIRY_MIME_TYPE)
    assert drop_on(page.board.columns[S.INFORMATION_SENT], mime)
    qtbot.waitUntil(lambda: "Geneva Telecom SA" in cards_in(page, S.INFORMATION_SENT))
    assert "Geneva Telecom SA" not in cards_in(page, S.INQUIRY)
    assert page.board.columns[S.INFORMATION_SENT].title_label.text() == "Information sent (1)"
    with page.context.database.reading() as session:
        inquiry = p.get_inquiry(session, telecom)
        changes = p.stage_history(session, inquiry)
    assert (inquiry.stage, inquiry.stage_changed_on) == (S.INFORMATION_SENT, TODAY)
    assert [(c.from_stage, c.to_stage, c.on) for c in changes] == [
        (S.INQUIRY, S.INFORMATION_SENT, TODAY)
    ]


def test_a_jump_to_paid_asks_the_officer_first(page, forum, qtbot, dialogs, monkeypatch):
    fund = forum.inquiries["Global Connectivity Fund"]
    mime = drag_card_with_the_mouse(qtbot, page.board.card(fund), monkeypatch)

    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.No)
    assert drop_on(page.board.columns[S.PAID], mime)
    qtbot.waitUntil(lambda: len(dialogs.texts("question")) == 1)
    question = dialogs.texts("question")[0]
    assert "Global Connectivity Fund" in question
    assert "straight to Paid" in question
    assert "Information sent, Negotiation, Committed, Agreement signed" in question
    assert stage_of(page.context.database, fund) is S.INQUIRY
    assert "Global Connectivity Fund" in cards_in(page, S.INQUIRY)

    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    assert drop_on(page.board.columns[S.PAID], mime)
    qtbot.waitUntil(lambda: "Global Connectivity Fund" in cards_in(page, S.PAID))
    assert stage_of(page.context.database, fund) is S.PAID
    assert len(dialogs.texts("question")) == 2


def test_moving_out_of_paid_is_refused_with_the_reason(page, forum, qtbot, dialogs):
    fund = forum.inquiries["Global Connectivity Fund"]
    with page.context.database.writing() as session:
        p.move_stage(session, session.get(PartnershipInquiry, fund), S.PAID, confirmed_jump=True)
    page.refresh()
    dialogs.answer(QMessageBox, "information")
    assert drop_on(page.board.columns[S.NEGOTIATION], inquiry_mime_data(fund))
    qtbot.waitUntil(lambda: len(dialogs.texts("information")) == 1)
    explanation = dialogs.texts("information")[0]
    assert "Global Connectivity Fund is Paid: that closes the inquiry" in explanation
    assert "Reopen" in explanation
    assert stage_of(page.context.database, fund) is S.PAID


def test_a_sold_out_package_is_explained(page, forum, qtbot, dialogs):
    # Platinum has one place; a second partner on it asks for the same place.
    with page.context.database.writing() as session:
        rival = p.create_inquiry(
            session,
            forum.event_id,
            organization_name="Rival Telecom",
            package_id=forum.packages["PLAT"],
            source="phone",
            received_on=date(2022, 4, 1),
        )
        p.move_stage(session, rival, S.COMMITTED, confirmed_jump=True, on=date(2022, 4, 2))
        telecom = session.get(PartnershipInquiry, forum.inquiries["Telecom"])
        p.move_stage(session, telecom, S.NEGOTIATION, confirmed_jump=True, on=date(2022, 4, 2))
    page.refresh()
    dialogs.answer(QMessageBox, "information")
    drop_on(page.board.columns[S.COMMITTED], inquiry_mime_data(forum.inquiries["Telecom"]))
    qtbot.waitUntil(lambda: len(dialogs.texts("information")) == 1)
    assert "All 1 places of the package are already held" in dialogs.texts("information")[0]
    assert stage_of(page.context.database, forum.inquiries["Telecom"]) is S.NEGOTIATION


def test_a_commitment_without_any_amount_asks_for_one(page, forum, qtbot, dialogs):
    chinese = forum.inquiries["数字丝路研究院"]
    with page.context.database.writing() as session:
        inquiry = session.get(PartnershipInquiry, chinese)
        p.update_inquiry(session, inquiry, {"amount": None, "currency": None})
        p.move_stage(session, inquiry, S.NEGOTIATION, confirmed_jump=True)
    page.refresh()
    dialogs.answer(QMessageBox, "information")
    drop_on(page.board.columns[S.COMMITTED], inquiry_mime_data(chinese))
    qtbot.waitUntil(lambda: len(dialogs.texts("information")) == 1)
    assert "has no amount yet" in dialogs.texts("information")[0]


def test_other_drags_are_not_accepted(page):
    text = QMimeData()
    text.setText("Geneva Telecom SA")
    assert not drop_on(page.board.columns[S.PAID], text)
    broken = QMimeData()
    broken.setData(INQUIRY_MIME_TYPE, b"not-a-uuid")
    assert inquiry_id_from_mime(broken) is None


def test_a_card_opens_on_enter_and_deletes_on_delete(page, forum, qtbot, dialogs, monkeypatch):
    from liaison_app.ui.partnerships.inquiry_editor import InquiryDialog

    opened = []
    monkeypatch.setattr(InquiryDialog, "exec", lambda self: opened.append(self.inquiry_id) or 0)
    card = page.board.card(forum.inquiries["Telecom"])
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert opened == [forum.inquiries["Telecom"]]

    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.board.card(forum.inquiries["Telecom"]), Qt.Key.Key_Delete)
    assert "Delete the inquiry from Geneva Telecom SA?" in dialogs.texts("question")[0]
    assert page.board.card(forum.inquiries["Telecom"]) is None
    assert page.undo_bar.isVisible()


@pytest.fixture
def arabic(qapp):
    apply_language("ar")
    yield
    apply_language("en")


def test_the_board_reads_from_the_right_in_arabic(page, forum, arabic):
    board = page.board
    assert board.layoutDirection() == Qt.LayoutDirection.RightToLeft
    inquiry_x = board.columns[S.INQUIRY].mapTo(board, QPoint(0, 0)).x()
    paid_x = board.columns[S.PAID].mapTo(board, QPoint(0, 0)).x()
    assert inquiry_x > paid_x
    assert board.columns[S.INQUIRY].title_label.text() == "استفسار (7)"
    card = board.card(forum.inquiries["Global Connectivity Fund"])
    assert card.amount_text == "\u2068\u200f80,000.00\xa0USD\u2069"
    column = board.columns[S.INQUIRY]
    # A label holding only amounts starts with a right-to-left mark, so it aligns right.
    assert all(line.startswith("\u200f\u2068") for line in column.totals_label.text().split("\n"))
    assert text_direction(card.amount_text, Qt.LayoutDirection.LeftToRight) == (
        Qt.LayoutDirection.RightToLeft
    )
    assert text_direction("Geneva Telecom SA", Qt.LayoutDirection.RightToLeft) == (
        Qt.LayoutDirection.LeftToRight
    )
