"""A table model over a short in-memory list of records (member states, organizations, batches).

Sorting and filtering happen in the model on plain Python keys: a few thousand rows sort in
milliseconds, where `QSortFilterProxyModel` would call back into Python for every comparison.
The contacts table, which can hold 100,000 rows, has its own SQL-backed model instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cmp_to_key
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")

AnyIndex = QModelIndex | QPersistentModelIndex


def collation_key() -> Callable[[str], Any]:
    """A sort key for texts in the order of the interface language, ignoring case."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return cmp_to_key(collator.compare)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: a header (called each time, so it follows the interface language), the text
    of a record in it, and the key it sorts by (the text, collated, when not given)."""

    key: str
    title: Callable[[], str]
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records; `columns` say what each column shows and how it sorts."""

    #: The record itself, for views and tests that need more than the text.
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column[R]], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[R] = []
        self._rows: list[R] = []
        self._predicate: Callable[[R], bool] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- content ---------------------------------------------------------------------------
    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._all = list(records)
        self._rebuild()
        self.endResetModel()

    def set_filter(self, predicate: Callable[[R], bool] | None) -> None:
        self.beginResetModel()
        self._predicate = predicate
        self._rebuild()
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._rows[row]

    def records(self) -> list[R]:
        """The rows shown, in their order."""
        return list(self._rows)

    def all_records(self) -> list[R]:
        return list(self._all)

    def row_of(self, predicate: Callable[[R], bool]) -> int:
        """The first shown row whose record satisfies `predicate`, or -1."""
        return next((row for row, r in enumerate(self._rows) if predicate(r)), -1)

    def retranslate(self) -> None:
        """Headers and texts depend on the interface language: ask the views to read them again."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def _rebuild(self) -> None:
        rows = [r for r in self._all if self._predicate(r)] if self._predicate else list(self._all)
        if 0 <= self._sort_column < len(self.columns):
            column = self.columns[self._sort_column]
            if column.sort_key is not None:
                key = column.sort_key
            else:
                # Texts sort as the interface language sorts them (pinyin in Chinese, accents
                # after the plain letter in French), not by code point.
                collated = collation_key()
                key = lambda r, c=column: collated(c.text(r))  # noqa: E731
            rows.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = rows

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record) or None
        if role == self.RecordRole:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        # The selection and the current cell follow their records to their new rows.
        before = self.persistentIndexList()
        records = [self._rows[i.row()] if i.row() < len(self._rows) else None for i in before]
        self._sort_column = column
        self._sort_order = order
        self._rebuild()
        new_row = {id(r): row for row, r in enumerate(self._rows)}
        after = [
            self.index(new_row[id(r)], i.column())
            if r is not None and id(r) in new_row
            else QModelIndex()
            for i, r in zip(before, records, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
