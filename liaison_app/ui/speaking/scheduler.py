"""The scheduler: the sessions side by side as lanes, each speaker a card, cards dragged to reorder
or to move between sessions and the waitlist.

A drag carries the request's id as MIME data. The lane that receives the drop only reports it
(`speakerDropped(request id, session id or None for the waitlist, position)`, delivered once the
drag has ended): the page asks the officer for a reason and moves the speaker, so a drop and the
"Move to…" command go through the same path. Lanes follow the layout direction: in Arabic the
first session is on the right and cards read from the right.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import AttendanceMode, SessionMode, SpeakingRequestStatus
from liaison_app.services.speaking import Lane, SpeakerRow
from liaison_app.ui.drag_source import DragSource
from liaison_app.ui.language import format_date
from liaison_app.ui.speaking.display import (
    CONFLICT_COLOR,
    LEVEL_COLORS,
    MANUAL_COLOR,
    REMOTE_COLOR,
    align_to_start,
    enum_text,
    hhmm,
    isolate,
)

#: The MIME type of a dragged speaker card; the payload is the request's UUID as text.
SPEAKER_MIME_TYPE = "application/x-liaison-desk-speaking-request"
LANE_WIDTH = 250


def speaker_mime_data(request_id: uuid.UUID) -> QMimeData:
    mime = QMimeData()
    mime.setData(SPEAKER_MIME_TYPE, QByteArray(str(request_id).encode("ascii")))
    return mime


def request_id_from_mime(mime: QMimeData | None) -> uuid.UUID | None:
    """The request a drag carries, or None for anything else (text, files, a broken payload)."""
    if mime is None or not mime.hasFormat(SPEAKER_MIME_TYPE):
        return None
    try:
        return uuid.UUID(bytes(mime.data(SPEAKER_MIME_TYPE).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return None


class SpeakerCard(DragSource, QFrame):
    """One speaker: order and start time, country, name, level, mode; conflicts in red with a
    tooltip saying what is wrong; an amber edge when placed by hand."""

    selected = Signal(object)  # request id, when the card takes the focus
    activated = Signal(object)  # double click or Enter: "Why here?"
    menuRequested = Signal(object, QPoint)

    def __init__(
        self,
        row: SpeakerRow,
        number: int,
        conflicts: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.number = number
        self.conflicts = tuple(conflicts)
        self.setObjectName("speakerCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 6, 9, 6)
        layout.setSpacing(1)

        top = QHBoxLayout()
        top.setSpacing(6)
        self.order_label = QLabel(self)
        self.order_label.setObjectName("cardOrder")
        font = self.order_label.font()
        font.setBold(True)
        self.order_label.setFont(font)
        self.mode_label = QLabel(enum_text(row.mode), self)
        self.mode_label.setObjectName("cardMode")
        small = self.mode_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.mode_label.setFont(small)
        if row.mode is AttendanceMode.REMOTE:
            self.mode_label.setStyleSheet(f"color: {REMOTE_COLOR}; font-weight: bold;")
        top.addWidget(self.order_label)
        top.addStretch(1)
        top.addWidget(self.mode_label)
        layout.addLayout(top)

        self.country_label = QLabel(row.delegation, self)
        self.country_label.setObjectName("cardCountry")
        bold = self.country_label.font()
        bold.setBold(True)
        self.country_label.setFont(bold)
        self.country_label.setWordWrap(True)
        layout.addWidget(self.country_label)
        self.name_label = QLabel(row.speaker_name, self)
        self.name_label.setObjectName("cardName")
        self.name_label.setWordWrap(True)
        layout.addWidget(self.name_label)
        self.level_label = QLabel(enum_text(row.level), self)
        self.level_label.setObjectName("cardLevel")
        self.level_label.setFont(small)
        self.level_label.setWordWrap(True)
        self.level_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.level_label)

        self.flags_label = QLabel(self)
        self.flags_label.setObjectName("cardFlags")
        self.flags_label.setFont(small)
        self.flags_label.setWordWrap(True)
        layout.addWidget(self.flags_label)
        align_to_start(self.country_label, self.name_label, self.level_label, self.flags_label)
        self.retranslateUi()
        self._style(focused=False)

    @property
    def request_id(self) -> uuid.UUID:
        return self.row.id

    def retranslateUi(self) -> None:
        row = self.row
        if row.start is not None:
            self.order_label.setText(
                self.tr("%1. %2").replace("%1", str(self.number)).replace("%2", hhmm(row.start))
            )
        else:
            self.order_label.setText(self.tr("%1.").replace("%1", str(self.number)))
        flags = []
        if row.status is SpeakingRequestStatus.CONFIRMED:
            flags.append(self.tr("Confirmed"))
        if row.manual_override:
            flags.append(self.tr("Placed by hand"))
        if row.late:
            flags.append(self.tr("Received late"))
        if self.conflicts:
            flags.append(self.tr("Conflict"))
        self.flags_label.setText(" · ".join(flags))
        self.flags_label.setVisible(bool(flags))
        if self.conflicts:
            self.flags_label.setStyleSheet(f"color: {CONFLICT_COLOR}; font-weight: bold;")
        elif row.manual_override:
            self.flags_label.setStyleSheet(f"color: {MANUAL_COLOR};")
        else:
            self.flags_label.setStyleSheet("color: palette(placeholder-text);")
        tips = [f"<b>{_escape(row.speaker_name)}</b>"]
        if row.speaker_title:
            tips.append(_escape(row.speaker_title))
        tips.extend(
            f"<span style='color:{CONFLICT_COLOR}'>⚠ {_escape(c)}</span>" for c in self.conflicts
        )
        if row.manual_override and row.override_reason:
            tips.append(self.tr("Placed by hand: %1").replace("%1", _escape(row.override_reason)))
        self.setToolTip("<br>".join(tips))
        self.setAccessibleName(
            " · ".join(
                part
                for part in (
                    self.order_label.text(),
                    row.delegation,
                    row.speaker_name,
                    enum_text(row.level),
                    enum_text(row.mode),
                    *self.conflicts,
                )
                if part
            )
        )

    def _style(self, *, focused: bool) -> None:
        accent = LEVEL_COLORS[self.row.level]
        if self.conflicts:
            border = f"2px solid {CONFLICT_COLOR}"
        elif focused:
            border = "2px solid palette(highlight)"
        elif self.row.manual_override:
            border = f"1px dashed {MANUAL_COLOR}"
        else:
            border = "1px solid palette(mid)"
        background = "#fdecea" if self.conflicts else "palette(base)"
        # The level's colour on the leading edge: left in English, right in Arabic.
        edge = "right" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "left"
        self.setStyleSheet(
            f"QFrame#speakerCard {{ background: {background}; border: {border};"
            f" border-{edge}: 5px solid {accent}; border-radius: 5px; }}"
        )

    # -- keyboard and mouse ----------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        self._style(focused=True)
        self.selected.emit(self.request_id)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._style(focused=False)
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.request_id)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.request_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menuRequested.emit(self.request_id, event.globalPos())

    def drag_mime_data(self) -> QMimeData:
        return speaker_mime_data(self.request_id)


class CapacityBar(QProgressBar):
    """Speakers over places: blue while there is room, amber when full, red when over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capacityBar")
        self.setTextVisible(True)
        self.setFixedHeight(16)
        self.count = 0
        self.capacity = 0

    def set_counts(self, count: int, capacity: int) -> None:
        self.count, self.capacity = count, capacity
        self.setRange(0, max(capacity, 1))
        self.setValue(min(count, max(capacity, 1)))
        self.setFormat(isolate(f"{count} / {capacity}"))
        color = "#1976d2"
        if count > capacity:
            color = CONFLICT_COLOR
        elif count == capacity:
            color = "#e0a32e"
        self.setStyleSheet(
            "QProgressBar#capacityBar { border: 1px solid palette(mid); border-radius: 3px;"
            " background: palette(base); text-align: center; }"
            f"QProgressBar#capacityBar::chunk {{ background: {color}; }}"
        )

    @property
    def over(self) -> bool:
        return self.count > self.capacity


class SessionLane(QFrame):
    """A session (or the waitlist, `lane` None): its header, capacity bar and cards in order."""

    speakerDropped = Signal(object, object, int)  # request id, session id or None, position

    def __init__(self, lane: Lane | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.session_id = lane.id if lane is not None else None
        self.setObjectName("waitlistLane" if lane is None else f"lane_{lane.code or lane.id}")
        self.setAcceptDrops(True)
        self.setFixedWidth(LANE_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("laneCode")
        font = self.code_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.code_label.setFont(font)
        layout.addWidget(self.code_label)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("laneTitle")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.when_label = QLabel(self)
        self.when_label.setObjectName("laneWhen")
        self.when_label.setWordWrap(True)
        self.when_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.when_label)
        self.capacity_bar = CapacityBar(self)
        self.capacity_bar.setVisible(lane is not None)
        layout.addWidget(self.capacity_bar)
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(6)
        layout.addLayout(self.cards_layout)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("laneEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        align_to_start(self.code_label, self.title_label, self.when_label, self.empty_label)
        self.cards: list[SpeakerCard] = []
        self._indicator: int | None = None
        self._dragged: uuid.UUID | None = None
        self._highlight(False)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        lane = self.lane
        if lane is None:
            self.code_label.setText(self.tr("Waitlist"))
            self.title_label.setText(self.tr("In order: the first moves up when a slot frees."))
            self.when_label.setText("")
            self.empty_label.setText(self.tr("Nobody is waiting."))
        else:
            self.code_label.setText(lane.code or "")
            self.title_label.setText(lane.title)
            when = f"{format_date(lane.day)} · " + isolate(
                f"{lane.start_time:%H:%M}–{lane.end_time:%H:%M}"
            )
            if lane.mode is SessionMode.IN_PERSON_ONLY:
                when += " · " + self.tr("in person only")
            elif lane.mode is SessionMode.REMOTE_ONLY:
                when += " · " + self.tr("remote only")
            if not lane.accepts_speakers:
                when += " · " + self.tr("takes no speakers")
            self.when_label.setText(when)
            self.empty_label.setText(self.tr("No speaker yet: drop one here."))
            self.capacity_bar.setToolTip(
                self.tr("%1 speakers for %2 slots of %3 minutes")
                .replace("%1", str(len(lane.speakers)))
                .replace("%2", str(lane.capacity))
                .replace("%3", str(lane.minutes_per_speaker))
            )
        self.title_label.setVisible(bool(self.title_label.text()))
        self.when_label.setVisible(bool(self.when_label.text()))

    def _highlight(self, on: bool) -> None:
        over = self.lane is not None and len(self.lane.speakers) > self.lane.capacity
        color = CONFLICT_COLOR if over else "#1f4e79" if self.lane is not None else "#e0a32e"
        border = f"2px dashed {color}" if on else f"1px solid {color}"
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: palette(alternate-base);"
            f" border: {border}; border-top: 4px solid {color}; border-radius: 6px; }}"
        )

    def set_cards(self, cards: Sequence[SpeakerCard]) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = list(cards)
        for card in self.cards:
            self.cards_layout.addWidget(card)
        if self.lane is not None:
            self.capacity_bar.set_counts(len(self.cards), self.lane.capacity)
        self.empty_label.setVisible(not self.cards)
        self._highlight(False)

    # -- dropping --------------------------------------------------------------------------
    def drop_position(self, y: int, dragged: uuid.UUID | None) -> int:
        """Where a card dropped at height `y` goes, counting the other cards of this lane."""
        position = 0
        for card in self.cards:
            if card.request_id == dragged:
                continue
            middle = card.mapTo(self, QPoint(0, card.height() // 2)).y()
            if y < middle:
                return position
            position += 1
        return position

    def _indicator_y(self, position: int) -> int:
        others = [c for c in self.cards if c.request_id != self._dragged]
        if not others:
            return self.cards_layout.geometry().top()
        if position < len(others):
            return others[position].mapTo(self, QPoint(0, 0)).y() - 3
        last = others[-1]
        return last.mapTo(self, QPoint(0, last.height())).y() + 3

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        request_id = request_id_from_mime(event.mimeData())
        if request_id is None:
            event.ignore()
            return
        self._dragged = request_id
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._highlight(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        request_id = request_id_from_mime(event.mimeData())
        if request_id is None:
            event.ignore()
            return
        self._dragged = request_id
        self._indicator = self.drop_position(event.position().toPoint().y(), request_id)
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._indicator = None
        self._highlight(False)
        self.update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        self._indicator = None
        self.update()
        request_id = request_id_from_mime(event.mimeData())
        if request_id is None:
            event.ignore()
            return
        position = self.drop_position(event.position().toPoint().y(), request_id)
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        # Reported once the drag is over: the answer asks the officer (a modal dialog) and
        # rebuilds the lanes, which would delete the card whose QDrag is still running.
        session_id = self.session_id
        QTimer.singleShot(
            0, self, lambda: self.speakerDropped.emit(request_id, session_id, position)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._indicator is None:
            return
        painter = QPainter(self)
        pen = QPen(QColor("#1f4e79"))
        pen.setWidth(3)
        painter.setPen(pen)
        y = self._indicator_y(self._indicator)
        margin = self.layout().contentsMargins()
        painter.drawLine(QPoint(margin.left(), y), QPoint(self.width() - margin.right(), y))
        painter.end()


class SchedulerView(QScrollArea):
    """The lanes side by side (mirrored in Arabic), the waitlist last, scrolling as needed."""

    speakerDropped = Signal(object, object, int)
    speakerSelected = Signal(object)
    speakerActivated = Signal(object)
    speakerMenuRequested = Signal(object, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduler")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget(self)
        self.inner.setObjectName("schedulerLanes")
        self.lanes_layout = QHBoxLayout(self.inner)
        self.lanes_layout.setContentsMargins(8, 8, 8, 8)
        self.lanes_layout.setSpacing(10)
        self.lanes_layout.addStretch(1)
        self.setWidget(self.inner)
        self.lanes: list[SessionLane] = []

    def set_schedule(
        self,
        lanes: Sequence[Lane],
        waitlist: Sequence[SpeakerRow],
        conflict_texts: dict[uuid.UUID, list[str]],
    ) -> None:
        """Show the lanes with their speakers in order, and the waitlist."""
        for lane_widget in self.lanes:
            self.lanes_layout.removeWidget(lane_widget)
            lane_widget.setParent(None)
            lane_widget.deleteLater()
        self.lanes = []
        for lane in [*lanes, None]:
            widget = SessionLane(lane, self.inner)
            widget.speakerDropped.connect(self.speakerDropped)
            rows = lane.speakers if lane is not None else tuple(waitlist)
            cards = []
            for number, row in enumerate(rows, start=1):
                card = SpeakerCard(row, number, conflict_texts.get(row.id, ()), widget)
                card.selected.connect(self.speakerSelected)
                card.activated.connect(self.speakerActivated)
                card.menuRequested.connect(self.speakerMenuRequested)
                cards.append(card)
            widget.set_cards(cards)
            self.lanes_layout.insertWidget(len(self.lanes), widget, 0, Qt.AlignmentFlag.AlignTop)
            self.lanes.append(widget)

    def lane(self, session_id: uuid.UUID | None) -> SessionLane | None:
        return next((lane for lane in self.lanes if lane.session_id == session_id), None)

    def card(self, request_id: uuid.UUID) -> SpeakerCard | None:
        for lane in self.lanes:
            for card in lane.cards:
                if card.request_id == request_id:
                    return card
        return None

    def focused_request(self) -> uuid.UUID | None:
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, SpeakerCard):
            widget = widget.parentWidget()
        if isinstance(widget, SpeakerCard) and self.isAncestorOf(widget):
            return widget.request_id
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
