"""The table of speaking requests: one row per request, filtered and sorted in the model."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from liaison_app.domain.enums import LevelOfRepresentation, SpeakingRequestStatus
from liaison_app.domain.text_folding import fold
from liaison_app.services.speaking import Lane, SpeakerRow
from liaison_app.ui.speaking.display import (
    CONFLICT_COLOR,
    STATUS_COLORS,
    enum_text,
    hhmm,
    received_text,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class RequestFilter:
    status: SpeakingRequestStatus | None = None
    level: LevelOfRepresentation | None = None
    text: str = ""
    conflicts_only: bool = False
    #: Any of these statuses (a dashboard link may name several); empty means any status.
    statuses: frozenset[SpeakingRequestStatus] = frozenset()

    def accepts(self, row: SpeakerRow, session_name: str) -> bool:
        if self.status is not None and row.status != self.status:
            return False
        if self.statuses and row.status not in self.statuses:
            return False
        if self.level is not None and row.level != self.level:
            return False
        if self.conflicts_only and not row.conflicts:
            return False
        if self.text:
            haystack = fold(
                " ".join(
                    (
                        row.delegation,
                        row.speaker_name,
                        row.speaker_native_name,
                        row.speaker_title or "",
                        session_name,
                    )
                )
            )
            return all(part in haystack for part in fold(self.text).split())
        return True


class RequestsTableModel(QAbstractTableModel):
    (STATUS, DELEGATION, SPEAKER, LEVEL, MODE, RECEIVED, SESSION, PLACE, START, CONFLICTS) = range(
        10
    )
    COLUMN_COUNT = 10

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[SpeakerRow] = []
        self._rows: list[SpeakerRow] = []
        self._sessions: dict[uuid.UUID, Lane] = {}
        self._conflicts: dict[uuid.UUID, list[str]] = {}
        self._filter = RequestFilter()
        self._sort: tuple[int, Qt.SortOrder] = (self.STATUS, Qt.SortOrder.AscendingOrder)

    # -- data in ----------------------------------------------------------------------------
    def set_rows(
        self,
        rows: Sequence[SpeakerRow],
        lanes: Sequence[Lane],
        conflicts: dict[uuid.UUID, list[str]],
    ) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._sessions = {lane.id: lane for lane in lanes}
        self._conflicts = conflicts
        self._apply()
        self.endResetModel()

    def set_filter(self, request_filter: RequestFilter) -> None:
        self.beginResetModel()
        self._filter = request_filter
        self._apply()
        self.endResetModel()

    def _session_name(self, row: SpeakerRow) -> str:
        lane = self._sessions.get(row.session_id) if row.session_id else None
        return (lane.code or lane.title) if lane else ""

    def _apply(self) -> None:
        rows = [r for r in self._all if self._filter.accepts(r, self._session_name(r))]
        column, order = self._sort
        rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows

    def _sort_key(self, column: int) -> Callable[[SpeakerRow], Any]:
        far = 1 << 30
        statuses = list(SpeakingRequestStatus)

        def place(row: SpeakerRow) -> tuple:
            lane = self._sessions.get(row.session_id) if row.session_id else None
            return (
                lane is None,
                (lane.day, lane.start_time) if lane else (date.min, time.min),
                far if row.slot_position is None else row.slot_position,
                far if row.waitlist_position is None else row.waitlist_position,
            )

        keys: dict[int, Callable[[SpeakerRow], Any]] = {
            self.STATUS: lambda r: (statuses.index(r.status), place(r), r.received_at),
            self.DELEGATION: lambda r: (fold(r.delegation), r.received_at),
            self.SPEAKER: lambda r: (fold(r.speaker_name), r.received_at),
            self.LEVEL: lambda r: (r.level.protocol_rank, r.received_at),
            self.MODE: lambda r: (r.mode.value, r.received_at),
            self.RECEIVED: lambda r: r.received_at,
            self.SESSION: lambda r: (place(r), r.received_at),
            self.PLACE: lambda r: (place(r), r.received_at),
            self.START: lambda r: (r.start is None, r.start or r.received_at, r.received_at),
            self.CONFLICTS: lambda r: (-len(r.conflicts), r.received_at),
        }
        return keys[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    # -- data out ---------------------------------------------------------------------------
    def row_at(self, row: int) -> SpeakerRow:
        return self._rows[row]

    def row_of(self, request_id: uuid.UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), None)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.STATUS: self.tr("Status"),
            self.DELEGATION: self.tr("Delegation"),
            self.SPEAKER: self.tr("Speaker"),
            self.LEVEL: self.tr("Level"),
            self.MODE: self.tr("Mode"),
            self.RECEIVED: self.tr("Received"),
            self.SESSION: self.tr("Session"),
            self.PLACE: self.tr("Place"),
            self.START: self.tr("Start"),
            self.CONFLICTS: self.tr("Conflicts"),
        }.get(section)

    def _place_text(self, row: SpeakerRow) -> str:
        if row.slot_position is not None:
            return str(row.slot_position + 1)
        if row.waitlist_position is not None:
            return self.tr("waitlist %1").replace("%1", str(row.waitlist_position + 1))
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        conflicts = self._conflicts.get(row.id, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.STATUS: enum_text(row.status),
                self.DELEGATION: row.delegation,
                self.SPEAKER: row.speaker_name,
                self.LEVEL: enum_text(row.level),
                self.MODE: enum_text(row.mode),
                self.RECEIVED: received_text(row.received_at),
                self.SESSION: self._session_name(row),
                self.PLACE: self._place_text(row),
                self.START: hhmm(row.start),
                self.CONFLICTS: "; ".join(conflicts),
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SPEAKER and row.speaker_title:
                return row.speaker_title
            if column == self.CONFLICTS and conflicts:
                return "\n".join(conflicts)
            if column == self.STATUS and row.manual_override and row.override_reason:
                return self.tr("Placed by hand: %1").replace("%1", row.override_reason)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.CONFLICTS and conflicts:
                return QBrush(QColor(CONFLICT_COLOR))
            if column == self.STATUS:
                return QBrush(QColor(STATUS_COLORS[row.status]))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PLACE, self.START):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
