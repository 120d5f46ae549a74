"""The rows of a spreadsheet as read, for the wizard's preview: header marked, footers greyed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from liaison_app.spreadsheets.table_reader import SourceRow

AnyIndex = QModelIndex | QPersistentModelIndex

#: Rows shown: enough to see title rows, the header and the first people.
PREVIEW_ROWS = 200


class PreviewModel(QAbstractTableModel):
    """Rows of the file, numbered as the officer sees them (Excel row or text line)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SourceRow] = []
        self._columns = 0
        self._header_index = -1
        self._footers: set[int] = set()

    def set_rows(
        self,
        rows: Sequence[SourceRow],
        header_index: int = -1,
        footer_numbers: Sequence[int] = (),
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows[:PREVIEW_ROWS])
        self._columns = max((len(r.cells) for r in self._rows), default=0)
        self._header_index = header_index
        self._footers = set(footer_numbers)
        self.endResetModel()

    def source_row(self, row: int) -> SourceRow:
        return self._rows[row]

    @property
    def header_index(self) -> int:
        return self._header_index

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._columns

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = row.cell(index.column())
            if role == Qt.ItemDataRole.DisplayRole:
                # Cells may hold line breaks (kept on import); one line per row here.
                return text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ")
            return text if "\n" in text or len(text) > 40 else None
        if role == Qt.ItemDataRole.FontRole and index.row() == self._header_index:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self._header_index:
            return QApplication.palette().brush(QPalette.ColorRole.Highlight).color().lighter(185)
        if role == Qt.ItemDataRole.ForegroundRole and (
            index.row() < self._header_index or row.number in self._footers
        ):
            # Title rows above the header and footers below: shown, but not imported.
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(self._rows[section].number)
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self._columns:
            return column_letter(section)
        return None


def column_letter(column: int) -> str:
    """Excel's name of a column: A, B, … Z, AA, AB…"""
    name = ""
    column += 1
    while column:
        column, remainder = divmod(column - 1, 26)
        name = chr(ord("A") + remainder) + name
    return name
