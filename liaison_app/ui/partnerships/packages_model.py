"""The packages table: tier, code, name, amount, places, how many are committed, sold out."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from liaison_app.domain.partnership_rules import Availability
from liaison_app.ui.partnerships.display import OVERDUE_COLOR, isolate, money

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PackageRow:
    id: uuid.UUID
    tier: int
    code: str
    name: str
    amount: Decimal
    currency: str
    availability: Availability
    benefits: str = ""


def _unlimited_last(count: int | None) -> tuple[bool, int]:
    return (count is None, count or 0)


class PackageTableModel(QAbstractTableModel):
    TIER, CODE, NAME, AMOUNT, PLACES, TAKEN, REMAINING, BENEFITS = range(8)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PackageRow] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[PackageRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def row_at(self, row: int) -> PackageRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Tier"),
            self.tr("Code"),
            self.tr("Package"),
            self.tr("Amount"),
            self.tr("Places"),
            self.tr("Committed"),
            self.tr("Still available"),
            self.tr("Benefits"),
        ][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        free = row.availability
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIER:
                return str(row.tier)
            if column == self.CODE:
                return row.code
            if column == self.NAME:
                return isolate(row.name)
            if column == self.AMOUNT:
                return money(row.amount, row.currency)
            if column == self.PLACES:
                return self.tr("No limit") if free.quantity is None else str(free.quantity)
            if column == self.TAKEN:
                return str(free.taken)
            if column == self.REMAINING:
                if free.sold_out:
                    return self.tr("Sold out")
                return self.tr("No limit") if free.remaining is None else str(free.remaining)
            if column == self.BENEFITS:
                return " ".join(row.benefits.split())
            return None
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.BENEFITS and row.benefits:
            return row.benefits
        if role == Qt.ItemDataRole.ForegroundRole and column == self.REMAINING and free.sold_out:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.FontRole and column == self.REMAINING and free.sold_out:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.AMOUNT,
            self.PLACES,
            self.TAKEN,
            self.REMAINING,
            self.TIER,
        ):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _key(self, column: int) -> Callable[[PackageRow], Any]:
        keys: dict[int, Callable[[PackageRow], Any]] = {
            self.TIER: lambda r: (r.tier, r.code),
            self.CODE: lambda r: r.code.casefold(),
            self.NAME: lambda r: r.name.casefold(),
            self.AMOUNT: lambda r: (r.currency, r.amount),
            self.PLACES: lambda r: _unlimited_last(r.availability.quantity),
            self.TAKEN: lambda r: r.availability.taken,
            self.REMAINING: lambda r: _unlimited_last(r.availability.remaining),
            self.BENEFITS: lambda r: r.benefits.casefold(),
        }
        return keys[column]

    def _apply_sort(self) -> None:
        column, order = self._sort
        if column >= 0:
            self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()
