"""A table's remembered column widths, order and sort (user settings), and its selection."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from liaison_app.ui import settings

#: Saving waits this long after the last change, so dragging a column edge writes once.
SAVE_DELAY_MS = 300


class HeaderMemory(QObject):
    """Restores a table header's state from `key` now, and saves it whenever it changes."""

    def __init__(self, view: QTableView, key: str) -> None:
        super().__init__(view)
        self._header: QHeaderView = view.horizontalHeader()
        self._key = f"tables/{key}/header"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.restored = self.restore()
        self._header.sectionResized.connect(self._timer.start)
        self._header.sectionMoved.connect(self._timer.start)
        self._header.sortIndicatorChanged.connect(self._timer.start)

    def restore(self) -> bool:
        """True when a saved state was applied (then the caller keeps its sort as restored)."""
        value = settings.app_settings().value(self._key)
        if isinstance(value, QByteArray | bytes) and value:
            return bool(self._header.restoreState(QByteArray(value)))
        return False

    def save(self) -> None:
        self._timer.stop()
        settings.write_value(self._key, self._header.saveState())


def select_row(view: QTableView, row: int) -> None:
    """Select a whole row, make it current and scroll to it.

    `QTableView.selectRow` finds the row's first cell at the viewport's edge, which in a
    right-to-left view lies past the last column: in Arabic it selected nothing (Qt 6.11).
    """
    index = view.model().index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows
        | QItemSelectionModel.SelectionFlag.Current
    )
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)
