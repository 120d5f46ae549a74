"""The pipeline board: a column per stage, a card per inquiry, cards dragged between columns.

A drag carries the inquiry's id as MIME data. The column that receives the drop only reports it
(`inquiryDropped`, delivered once the drag has ended): the page decides whether the move is
ordinary, needs the officer's confirmation, or is refused, so a drop and the card's "Move to"
menu go through the same path.

Cards and columns paint themselves. A card made of four labels under a style sheet cost about
4 ms to build and polish; hundreds of them made the board slow to appear (bench/).
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import PartnershipStage
from liaison_app.domain.partnership_rules import ALL_STAGES, days_overdue, is_open
from liaison_app.services.partnerships import InquiryRow
from liaison_app.ui.drag_source import DragSource
from liaison_app.ui.language import current_language
from liaison_app.ui.partnerships.display import (
    OVERDUE_COLOR,
    STAGE_COLORS,
    long_date,
    money,
    short_date,
    stage_text,
    standalone,
)

# The MIME type of a dragged inquiry card; the payload is the inquiry's UUID as text.
INQUIRY_MIME_TYPE = "application/x-liaison-desk-partnership-inquiry"
COLUMN_WIDTH = 230
COLUMN_MARGIN = 8
# The stage colour along a card's reading edge, and around it.
EDGE = 4
PADDING_H = 10
PADDING_V = 8
LINE_SPACING = 2
# Computed once: combining Qt flags in Python costs more than the measuring itself.
WRAPPED = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)


def inquiry_mime_data(inquiry_id: uuid.UUID) -> QMimeData:
    mime = QMimeData()
    mime.setData(INQUIRY_MIME_TYPE, QByteArray(str(inquiry_id).encode("ascii")))
    return mime


def inquiry_id_from_mime(mime: QMimeData | None) -> uuid.UUID | None:
    """The inquiry a drag carries, or None for anything else (text, files, a broken payload)."""
    if mime is None or not mime.hasFormat(INQUIRY_MIME_TYPE):
        return None
    try:
        return uuid.UUID(bytes(mime.data(INQUIRY_MIME_TYPE).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return None


def text_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of the first strong character, as a label would choose it: an Arabic name
    reads from the right in the English interface, a Latin one from the left in Arabic."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return default


@dataclass(frozen=True)
class _Line:
    text: str
    bold: bool = False
    italic: bool = False
    # "overdue", "muted" or "" for the ordinary text colour.
    tone: str = ""


class InquiryCard(DragSource, QWidget):
    """One inquiry: organization, package, amount, next follow-up (red when overdue)."""

    editRequested = Signal(object)  # inquiry id
    deleteRequested = Signal(object)
    menuRequested = Signal(object, QPoint)  # inquiry id, global position
    selected = Signal(object)  # inquiry id, when the card takes the focus

    def __init__(self, row: InquiryRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setObjectName("inquiryCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

        self.organization_text = row.organization
        self.package_text = row.package or self.tr("No package chosen")
        self.amount_text = money(row.amount, row.currency)
        self.follow_up_text = ""
        self.overdue = False
        tone = ""
        tips = []
        if row.amount_from_package:
            tips.append(self.tr("The package's amount: the inquiry has no amount of its own yet."))
        if is_open(row.stage) and row.next_follow_up_on is not None:
            late = days_overdue(row.next_follow_up_on, today)
            self.overdue = late > 0
            when = short_date(row.next_follow_up_on)
            if late:
                self.follow_up_text = self.tr(
                    "Follow up: %1 (%n day(s) overdue)", "", late
                ).replace("%1", when)
                tone = "overdue"
            elif row.next_follow_up_on == today:
                self.follow_up_text = self.tr("Follow up: today")
            else:
                self.follow_up_text = self.tr("Follow up: %1").replace("%1", when)
            tips.append(
                self.tr("Next follow-up: %1").replace("%1", long_date(row.next_follow_up_on))
            )
        elif is_open(row.stage):
            self.follow_up_text = self.tr("No follow-up date")
            tone = "muted"
        self.lines = [
            _Line(self.organization_text, bold=True),
            _Line(self.package_text, tone="" if row.package else "muted"),
        ]
        if self.amount_text:
            self.lines.append(_Line(self.amount_text, italic=row.amount_from_package))
        if self.follow_up_text:
            self.lines.append(_Line(self.follow_up_text, bold=self.overdue, tone=tone))
        self.setToolTip("\n".join(tips))
        self.setAccessibleName(
            ", ".join(line.text for line in self.lines) + f", {stage_text(row.stage)}"
        )
        self._heights: dict[int, list[float]] = {}
        self._fonts: dict[tuple[bool, bool], QFont] = {}

    @property
    def inquiry_id(self) -> uuid.UUID:
        return self.row.id

    # -- size and painting -----------------------------------------------------------------
    def _font(self, line: _Line) -> QFont:
        key = (line.bold, line.italic)
        if key not in self._fonts:
            font = QFont(self.font())
            font.setBold(line.bold)
            font.setItalic(line.italic)
            self._fonts[key] = font
        return self._fonts[key]

    def _line_heights(self, width: int) -> list[float]:
        if width not in self._heights:
            text_width = max(10, width - 2 * PADDING_H - EDGE)
            self._heights[width] = [
                QFontMetricsF(self._font(line))
                .boundingRect(QRectF(0, 0, text_width, 10_000), WRAPPED, line.text)
                .height()
                for line in self.lines
            ]
        return self._heights[width]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heights = self._line_heights(width)
        return int(2 * PADDING_V + sum(heights) + LINE_SPACING * (len(heights) - 1) + 1)

    def sizeHint(self) -> QSize:
        width = COLUMN_WIDTH - 2 * COLUMN_MARGIN
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        focused = self.hasFocus()
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        outline = QPainterPath()
        outline.addRoundedRect(frame, 5, 5)
        painter.fillPath(outline, palette.color(QPalette.ColorRole.Base))
        # The stage colour along the reading edge: left in English, right in Arabic.
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        edge = QRectF(frame.right() - EDGE if right_to_left else frame.left(), frame.top(), EDGE,
                      frame.height())  # fmt: skip
        painter.save()
        painter.setClipPath(outline)
        painter.fillRect(edge, QColor(STAGE_COLORS[self.row.stage]))
        painter.restore()
        border = palette.color(QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if focused else 1))
        painter.drawPath(outline)

        start = PADDING_H + (0 if right_to_left else EDGE)
        text_width = max(10, self.width() - 2 * PADDING_H - EDGE)
        y = float(PADDING_V)
        for line, height in zip(self.lines, self._line_heights(self.width()), strict=True):
            painter.setFont(self._font(line))
            if line.tone == "overdue":
                painter.setPen(OVERDUE_COLOR)
            elif line.tone == "muted":
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.setLayoutDirection(text_direction(line.text, self.layoutDirection()))
            painter.drawText(QRectF(start, y, text_width, height), WRAPPED, line.text)
            y += height + LINE_SPACING

    # -- keyboard and mouse ----------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        self.selected.emit(self.inquiry_id)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editRequested.emit(self.inquiry_id)
            return
        if event.key() == Qt.Key.Key_Delete:
            self.deleteRequested.emit(self.inquiry_id)
            return
        if event.key() == Qt.Key.Key_Menu:
            self.menuRequested.emit(self.inquiry_id, self.mapToGlobal(self.rect().center()))
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.editRequested.emit(self.inquiry_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menuRequested.emit(self.inquiry_id, event.globalPos())

    def drag_mime_data(self) -> QMimeData:
        return inquiry_mime_data(self.inquiry_id)


class StageColumn(QFrame):
    """A stage: its name, count and value per currency above the cards of its inquiries."""

    inquiryDropped = Signal(object, object)  # inquiry id, PartnershipStage

    def __init__(self, stage: PartnershipStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stageColumn_{stage.value}")
        self.setAcceptDrops(True)
        self.setFixedWidth(COLUMN_WIDTH)
        self.drop_target = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(COLUMN_MARGIN, COLUMN_MARGIN + EDGE, COLUMN_MARGIN, COLUMN_MARGIN)
        layout.setSpacing(6)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("stageTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("stageTotals")
        self.totals_label.setWordWrap(True)
        layout.addWidget(self.totals_label)
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(6)
        layout.addLayout(self.cards_layout)
        layout.addStretch(1)
        self.cards: list[InquiryCard] = []

    def set_cards(self, cards: Sequence[InquiryCard], totals: dict[str, Decimal]) -> None:
        """Lay out `cards` in this order (cards no longer shown are the board's to discard)."""
        while self.cards_layout.count():
            self.cards_layout.takeAt(0)
        self.cards = list(cards)
        for card in self.cards:
            self.cards_layout.addWidget(card)
        self.title_label.setText(
            self.tr("%1 (%2)").replace("%1", stage_text(self.stage)).replace("%2", str(len(cards)))
        )
        self.totals_label.setText(
            "\n".join(standalone(money(a, c)) for c, a in sorted(totals.items()))
        )
        self.totals_label.setVisible(bool(totals))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        color = QColor(STAGE_COLORS[self.stage])
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        outline = QPainterPath()
        outline.addRoundedRect(frame, 6, 6)
        painter.fillPath(outline, palette.color(QPalette.ColorRole.AlternateBase))
        painter.save()
        painter.setClipPath(outline)
        painter.fillRect(QRectF(frame.left(), frame.top(), frame.width(), EDGE), color)
        painter.restore()
        if self.drop_target:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
        else:
            pen = QPen(color, 1)
        painter.setPen(pen)
        painter.drawPath(outline)

    # -- dropping --------------------------------------------------------------------------
    def _highlight(self, on: bool) -> None:
        if self.drop_target != on:
            self.drop_target = on
            self.update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if inquiry_id_from_mime(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._highlight(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if inquiry_id_from_mime(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        inquiry_id = inquiry_id_from_mime(event.mimeData())
        if inquiry_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        # Reported once the drag is over: the answer may ask the officer (a modal dialog) and
        # rebuild the board, which would delete the card whose QDrag is still running.
        stage = self.stage
        QTimer.singleShot(0, self, lambda: self.inquiryDropped.emit(inquiry_id, stage))


def _discard(card: InquiryCard) -> None:
    # Hidden now, deleted by the event loop: setParent(None) would cost far more per card.
    card.hide()
    card.deleteLater()


class PipelineBoard(QScrollArea):
    """The stage columns side by side (mirrored in Arabic), scrolling when the window is small."""

    inquiryDropped = Signal(object, object)  # inquiry id, PartnershipStage
    editRequested = Signal(object)
    deleteRequested = Signal(object)
    menuRequested = Signal(object, QPoint)
    inquirySelected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        inner.setObjectName("pipelineBoardColumns")
        layout = QHBoxLayout(inner)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)
        self.columns: dict[PartnershipStage, StageColumn] = {}
        for stage in ALL_STAGES:
            column = StageColumn(stage, inner)
            column.inquiryDropped.connect(self.inquiryDropped)
            layout.addWidget(column, 0, Qt.AlignmentFlag.AlignTop)
            self.columns[stage] = column
        layout.addStretch(1)
        self.setWidget(inner)
        # Replaceable in tests, so "overdue" does not depend on the day the tests run.
        self.today: Callable[[], date] = date.today
        self._built_for: tuple[object, ...] | None = None

    def set_rows(self, rows: Sequence[InquiryRow]) -> None:
        """Show `rows`, each on the column of its stage, soonest follow-up first.

        Cards whose inquiry did not change are kept, so after a move only the moved card is
        built again; a new day or language rebuilds them all.
        """
        today = self.today()
        built_for = (today, current_language())
        previous: dict[uuid.UUID, InquiryCard] = {}
        for column in self.columns.values():
            for card in column.cards:
                if built_for == self._built_for:
                    previous[card.inquiry_id] = card
                else:
                    _discard(card)
        self._built_for = built_for
        by_stage: dict[PartnershipStage, list[InquiryRow]] = {s: [] for s in ALL_STAGES}
        for row in rows:
            by_stage[row.stage].append(row)
        for stage, column in self.columns.items():
            stage_rows = sorted(
                by_stage[stage],
                key=lambda r: (r.next_follow_up_on or date.max, r.organization.casefold()),
            )
            cards = []
            totals: dict[str, Decimal] = {}
            for row in stage_rows:
                card = previous.pop(row.id, None)
                if card is None or card.row != row:
                    if card is not None:
                        _discard(card)
                    card = self._new_card(row, today, column)
                cards.append(card)
                if row.amount is not None and row.currency:
                    totals[row.currency] = totals.get(row.currency, Decimal(0)) + row.amount
            column.set_cards(cards, totals)
        for card in previous.values():
            _discard(card)

    def _new_card(self, row: InquiryRow, today: date, column: StageColumn) -> InquiryCard:
        card = InquiryCard(row, today, column)
        card.editRequested.connect(self.editRequested)
        card.deleteRequested.connect(self.deleteRequested)
        card.menuRequested.connect(self.menuRequested)
        card.selected.connect(self.inquirySelected)
        return card

    def card(self, inquiry_id: uuid.UUID) -> InquiryCard | None:
        for column in self.columns.values():
            for card in column.cards:
                if card.inquiry_id == inquiry_id:
                    return card
        return None

    def focused_inquiry(self) -> uuid.UUID | None:
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, InquiryCard):
            widget = widget.parentWidget()
        if isinstance(widget, InquiryCard) and self.isAncestorOf(widget):
            return widget.inquiry_id
        return None
