"""Remembered view state of the Partnerships section (column widths, tab, event) in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtWidgets import QHeaderView

from liaison_app.ui import settings

# Saving waits this long after the last change, so dragging a column edge writes once.
SAVE_DELAY_MS = 300

PREFIX = "partnerships"
TAB = f"{PREFIX}/tab"
EVENT = f"{PREFIX}/event"


class RememberedHeader(QObject):
    """Restores a header's widths, order and sort from the settings, and saves them on change."""

    def __init__(self, header: QHeaderView, key: str) -> None:
        super().__init__(header)
        self._header = header
        self._key = f"{PREFIX}/{key}/header"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.restored = self.restore()
        header.sectionResized.connect(self._timer.start)
        header.sectionMoved.connect(self._timer.start)
        header.sortIndicatorChanged.connect(self._timer.start)

    def restore(self) -> bool:
        """True when a saved state was applied."""
        value = settings.app_settings().value(self._key)
        if isinstance(value, QByteArray | bytes) and value:
            return bool(self._header.restoreState(QByteArray(value)))
        return False

    def save(self) -> None:
        self._timer.stop()
        settings.write_value(self._key, self._header.saveState())


def read_value(key: str) -> object:
    return settings.app_settings().value(key)


def write_value(key: str, value: object) -> None:
    settings.write_value(key, value)
