"""A table model over rows held in memory, filtered and sorted in the model.

The invitations register and the partnership inquiries are a few thousand rows each: they are
read once, then filtered and sorted in Python (a `QSortFilterProxyModel` would cost far more on
large lists). A subclass names its columns and says how a row reads, matches its filter, and
sorts; rows are objects with an `id`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
Filter = TypeVar("Filter")


class FilteredTableModel(QAbstractTableModel, Generic[Row, Filter]):
    """Rows in memory, a filter and a sort column; the sort keeps the selection on its rows."""

    COLUMN_COUNT = 0

    def __init__(self, empty_filter: Filter, sort_column: int = -1, parent=None) -> None:
        super().__init__(parent)
        self._all: list[Row] = []
        self._rows: list[Row] = []
        self._filter = empty_filter
        self._sort_column = sort_column
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- what a subclass says ----------------------------------------------------------------
    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def _matching_day(self) -> Any:
        """What the filter also needs, read once per rebuild (today's date, for "overdue")."""
        return None

    def _matches(self, row: Row, day: Any) -> bool:
        """The row passes the current filter on `day`."""
        raise NotImplementedError

    def _sort_key(self, column: int) -> Callable[[Row], Any]:
        raise NotImplementedError

    def _in_default_order(self, rows: list[Row]) -> None:
        """Put the rows in the order ties keep (before the column's sort); none by default."""

    # -- content -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rebuild()
        self.endResetModel()

    def set_filter(self, row_filter: Filter) -> None:
        self.beginResetModel()
        self._filter = row_filter
        self._rebuild()
        self.endResetModel()

    @property
    def filter(self) -> Filter:
        return self._filter

    def total_count(self) -> int:
        return len(self._all)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, row_id: uuid.UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    def _rebuild(self) -> None:
        day = self._matching_day()
        rows = [r for r in self._all if self._matches(r, day)]
        self._in_default_order(rows)
        if self._sort_column >= 0:
            rows.sort(
                key=self._sort_key(self._sort_column),
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        self._rows = rows

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.row() < len(self._rows) else None for i in persistent]
        self._rebuild()
        new_rows = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(new_rows[i], p.column()) if i in new_rows else QModelIndex()
                for i, p in zip(ids, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()
