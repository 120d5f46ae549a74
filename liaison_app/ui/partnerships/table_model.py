"""The inquiries table: columns, filters (stage, package, overdue, search) and sorting in the model.

Sorting happens here on plain Python keys, not through QSortFilterProxyModel, which calls back
into Python for every comparison (DESIGN.md §6).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from liaison_app.domain.enums import PartnershipStage
from liaison_app.domain.partnership_rules import ALL_STAGES, days_overdue
from liaison_app.services.partnerships import InquiryRow
from liaison_app.ui.filtered_table_model import AnyIndex, FilteredTableModel
from liaison_app.ui.partnerships.display import (
    OVERDUE_COLOR,
    isolate,
    long_date,
    money,
    short_date,
    source_text,
    stage_text,
)

# Package filter value meaning "inquiries that name no package".
NO_PACKAGE = "none"


@dataclass(frozen=True)
class InquiryFilter:
    stage: PartnershipStage | None = None
    # A package id, NO_PACKAGE, or None for any.
    package: uuid.UUID | str | None = None
    overdue_only: bool = False
    search: str = ""
    #: Any of these stages (the dashboard's "open" or "committed"); empty means any stage.
    stages: frozenset[PartnershipStage] = frozenset()

    def matches(self, row: InquiryRow, today: date) -> bool:
        if self.stage is not None and row.stage != self.stage:
            return False
        if self.stages and row.stage not in self.stages:
            return False
        if self.package == NO_PACKAGE:
            if row.package_id is not None:
                return False
        elif self.package is not None and row.package_id != self.package:
            return False
        if self.overdue_only and not is_overdue(row, today):
            return False
        needle = self.search.strip().casefold()
        if needle:
            haystack = " ".join((row.organization, row.contact, row.package, row.notes))
            return needle in haystack.casefold()
        return True


def is_overdue(row: InquiryRow, today: date) -> bool:
    return row.is_open and row.next_follow_up_on is not None and row.next_follow_up_on < today


class InquiryTableModel(FilteredTableModel[InquiryRow, InquiryFilter]):
    ORGANIZATION = 0
    CONTACT = 1
    PACKAGE = 2
    STAGE = 3
    AMOUNT = 4
    FOLLOW_UP = 5
    RECEIVED = 6
    STAGE_SINCE = 7
    SOURCE = 8
    NOTES = 9
    COLUMN_COUNT = 10

    # The inquiry's id, for views and actions.
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(InquiryFilter(), parent=parent)
        # Replaceable in tests, so "overdue" does not depend on the day the tests run.
        self.today: Callable[[], date] = date.today

    def _matching_day(self) -> date:
        return self.today()

    def _matches(self, row: InquiryRow, day: date) -> bool:
        return self._filter.matches(row, day)

    def column_titles(self) -> list[str]:
        return [
            self.tr("Organization"),
            self.tr("Contact"),
            self.tr("Package"),
            self.tr("Stage"),
            self.tr("Amount"),
            self.tr("Next follow-up"),
            self.tr("Received"),
            self.tr("Stage since"),
            self.tr("Source"),
            self.tr("Notes"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.FOLLOW_UP and is_overdue(row, self.today()):
                return OVERDUE_COLOR
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == self.AMOUNT and row.amount_from_package:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            # Trailing: right in left-to-right languages, left in Arabic.
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: InquiryRow, column: int) -> str:
        # Names are isolated so a Latin name keeps its final full stop on the right in Arabic.
        if column == self.ORGANIZATION:
            return isolate(row.organization)
        if column == self.CONTACT:
            return isolate(row.contact)
        if column == self.PACKAGE:
            return isolate(row.package)
        if column == self.STAGE:
            return stage_text(row.stage)
        if column == self.AMOUNT:
            return money(row.amount, row.currency)
        if column == self.FOLLOW_UP:
            return short_date(row.next_follow_up_on) if row.is_open else ""
        if column == self.RECEIVED:
            return short_date(row.received_on)
        if column == self.STAGE_SINCE:
            return short_date(row.stage_changed_on)
        if column == self.SOURCE:
            return source_text(row.source)
        if column == self.NOTES:
            return isolate(" ".join(row.notes.split()))
        return ""

    def _tooltip(self, row: InquiryRow, column: int) -> str | None:
        if column == self.AMOUNT and row.amount_from_package:
            return self.tr("The package's amount: the inquiry has no amount of its own yet.")
        if column == self.FOLLOW_UP and row.next_follow_up_on is not None and row.is_open:
            late = days_overdue(row.next_follow_up_on, self.today())
            text = long_date(row.next_follow_up_on)
            if late:
                text = self.tr("%n day(s) overdue", "", late) + f" — {text}"
            return text
        if column in (self.RECEIVED, self.STAGE_SINCE):
            return long_date(row.received_on if column == self.RECEIVED else row.stage_changed_on)
        if column == self.NOTES and row.notes:
            return row.notes
        return None

    # -- sorting ---------------------------------------------------------------------------
    def _sort_key(self, column: int) -> Callable[[InquiryRow], Any]:
        far = date.max
        keys: dict[int, Callable[[InquiryRow], Any]] = {
            self.ORGANIZATION: lambda r: r.organization.casefold(),
            self.CONTACT: lambda r: r.contact.casefold(),
            self.PACKAGE: lambda r: r.package.casefold(),
            self.STAGE: lambda r: ALL_STAGES.index(r.stage),
            # Grouped by currency, then by size: amounts in different currencies do not compare.
            self.AMOUNT: lambda r: (r.currency or "~", r.amount or 0),
            self.FOLLOW_UP: lambda r: (r.next_follow_up_on if r.is_open else None) or far,
            self.RECEIVED: lambda r: r.received_on,
            self.STAGE_SINCE: lambda r: r.stage_changed_on or far,
            self.SOURCE: lambda r: source_text(r.source).casefold(),
            self.NOTES: lambda r: r.notes.casefold(),
        }
        return keys[column]
