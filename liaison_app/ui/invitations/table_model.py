"""The invitations table: one row per invitation with its reply; filtered and sorted in the model.

Sorting happens here on plain Python keys, not through QSortFilterProxyModel, which calls back into
Python for every comparison (DESIGN.md §6). The filter is the same `InvitationFilter` the
dashboard builds, so a click on a chart lists exactly the rows it counted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from liaison_app.domain.invitation_rules import STATUS_ORDER, days_left, secretariat_today
from liaison_app.domain.text_folding import fold
from liaison_app.services.invitations import InvitationFilter, InvitationRow
from liaison_app.ui.filtered_table_model import AnyIndex, FilteredTableModel
from liaison_app.ui.invitations.display import (
    OVERDUE_COLOR,
    STATUS_COLORS,
    days_left_text,
    enum_text,
    level_text,
    long_date,
    region_text,
    short_date,
)


class InvitationTableModel(FilteredTableModel[InvitationRow, InvitationFilter]):
    ADDRESSEE = 0
    REGION = 1
    CIRCULAR = 2
    CHANNEL = 3
    SENT = 4
    STATUS = 5
    DEADLINE = 6
    RECEIVED = 7
    DECISION = 8
    LEVEL = 9
    DELEGATION = 10
    REMINDERS = 11
    NOTES = 12
    COLUMN_COUNT = 13

    IdRole = Qt.ItemDataRole.UserRole + 1
    #: The row's InvitationRow.
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(InvitationFilter(), self.ADDRESSEE, parent)
        #: Replaceable in tests, so "days left" does not depend on when the tests run.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)

    def _today(self) -> date:
        return secretariat_today(self.now())

    def _matching_day(self) -> date:
        return self._today()

    def _matches(self, row: InvitationRow, day: date) -> bool:
        return self._filter.matches(row, day)

    def _in_default_order(self, rows: list[InvitationRow]) -> None:
        rows.sort(key=lambda r: fold(r.addressee))  # ties keep the alphabetical order

    def column_titles(self) -> list[str]:
        return [
            self.tr("Addressee"),
            self.tr("Region"),
            self.tr("Circular"),
            self.tr("Sent by"),
            self.tr("Sent on"),
            self.tr("Status"),
            self.tr("Deadline"),
            self.tr("Reply received"),
            self.tr("Decision"),
            self.tr("Level"),
            self.tr("Delegation"),
            self.tr("Reminders"),
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
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.DEADLINE and row.is_overdue(self._today()):
                return QBrush(OVERDUE_COLOR)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return QColor(STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.DELEGATION,
            self.REMINDERS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _days_left(self, row: InvitationRow) -> int | None:
        if row.deadline is None or row.sent_on is None or row.sent_on > row.deadline:
            return None
        return days_left(row.deadline, self.now())

    def _text(self, row: InvitationRow, column: int) -> str:
        if column == self.ADDRESSEE:
            if row.contact_name and row.member_state:
                return f"{row.contact_name} ({row.member_state})"
            return row.addressee
        if column == self.REGION:
            return region_text(row.region)
        if column == self.CIRCULAR:
            return row.circular_reference or ""
        if column == self.CHANNEL:
            return enum_text(row.channel)
        if column == self.SENT:
            return short_date(row.sent_on)
        if column == self.STATUS:
            return enum_text(row.status)
        if column == self.DEADLINE:
            if row.replied or row.status.value == "draft":
                return short_date(row.deadline)
            return days_left_text(self._days_left(row)) or short_date(row.deadline)
        if column == self.RECEIVED:
            return short_date(row.received_on)
        if column == self.DECISION:
            return enum_text(row.decision)
        if column == self.LEVEL:
            return level_text(row.level) if row.replied else ""
        if column == self.DELEGATION:
            return str(row.delegation_size) if row.replied else ""
        if column == self.REMINDERS:
            return str(row.reminders_sent) if row.reminders_sent else ""
        if column == self.NOTES:
            return " ".join(row.notes.split())
        return ""

    def _tooltip(self, row: InvitationRow, column: int) -> str | None:
        if column == self.DEADLINE and row.deadline is not None:
            return long_date(row.deadline)
        if column == self.DELEGATION and row.head_of_delegation:
            return self.tr("Head of delegation: {name}").format(name=row.head_of_delegation)
        if column == self.RECEIVED and row.source_count > 1:
            return self.tr("%n source(s) make up this reply", "", row.source_count)
        if column == self.REMINDERS and row.last_reminder_on is not None:
            return self.tr("Last reminder: {date}").format(date=long_date(row.last_reminder_on))
        if column == self.NOTES and row.notes:
            return row.notes
        if column in (self.SENT, self.RECEIVED):
            value = row.sent_on if column == self.SENT else row.received_on
            return long_date(value) if value else None
        return None

    # -- sorting ---------------------------------------------------------------------------
    def _sort_key(self, column: int) -> Callable[[InvitationRow], Any]:
        far = date.max

        def days(r: InvitationRow) -> tuple[bool, int]:
            value = self._days_left(r)
            waiting = not r.replied and r.status.value != "draft"
            return (not waiting or value is None, value if value is not None else 0)

        keys: dict[int, Callable[[InvitationRow], Any]] = {
            self.ADDRESSEE: lambda r: fold(self._text(r, self.ADDRESSEE)),
            self.REGION: lambda r: (r.region is None, fold(region_text(r.region))),
            self.CIRCULAR: lambda r: r.circular_reference or "~",
            self.CHANNEL: lambda r: (r.channel is None, enum_text(r.channel).casefold()),
            self.SENT: lambda r: r.sent_on or far,
            self.STATUS: lambda r: STATUS_ORDER.index(r.status),
            self.DEADLINE: days,
            self.RECEIVED: lambda r: r.received_on or far,
            self.DECISION: lambda r: (r.decision is None, enum_text(r.decision).casefold()),
            self.LEVEL: lambda r: (
                not r.replied,
                r.level.protocol_rank if r.level is not None else 99,
            ),
            self.DELEGATION: lambda r: r.delegation_size,
            self.REMINDERS: lambda r: r.reminders_sent,
            self.NOTES: lambda r: (not r.notes, r.notes.casefold()),
        }
        return keys[column]
