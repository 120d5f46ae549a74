"""A card the officer can drag: starts a move drag once the mouse travels the drag distance."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget


class DragSource:
    """Mix into a QWidget before the Qt class (`class Card(DragSource, QFrame)`) and give it
    `drag_mime_data()`; a left press focuses the card, moving past the platform's drag distance
    starts the drag with the card's picture under the pointer."""

    _press_position: QPoint | None = None

    def drag_mime_data(self) -> QMimeData:
        raise NotImplementedError

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_position = event.position().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._press_position is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._press_position).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            hot_spot = self._press_position
            self._press_position = None
            self.start_drag(hot_spot)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press_position = None
        super().mouseReleaseEvent(event)

    def start_drag(self, hot_spot: QPoint) -> Qt.DropAction:
        assert isinstance(self, QWidget)
        drag = QDrag(self)
        drag.setMimeData(self.drag_mime_data())
        drag.setPixmap(self.grab())
        drag.setHotSpot(hot_spot)
        return drag.exec(Qt.DropAction.MoveAction)
