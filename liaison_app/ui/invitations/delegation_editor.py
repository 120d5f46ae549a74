"""The delegation of a reply: head and members with their function and how they attend."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import AttendanceMode
from liaison_app.services.replies import DelegateDraft
from liaison_app.ui.invitations.display import enum_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DelegationEditor(QWidget):
    NAME, FUNCTION, MODE, HEAD = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delegationEditor")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("delegationTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FUNCTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.MODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.HEAD, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addDelegate")
        self.add_button.clicked.connect(lambda: self.add_member())
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeDelegate")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Function"), self.tr("Attends"), self.tr("Head")]
        )
        self.add_button.setText(self.tr("Add a member"))
        self.remove_button.setText(self.tr("Remove"))

    def add_member(
        self,
        name: str = "",
        function: str | None = None,
        mode: AttendanceMode = AttendanceMode.IN_PERSON,
        is_head: bool = False,
        member_id: uuid.UUID | None = None,
        name_latin: str | None = None,
        contact_id: uuid.UUID | None = None,
    ) -> int:
        """Append a row; the first member is the head unless another is marked."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(ID_ROLE, (member_id, name_latin, contact_id))
        self.table.setItem(row, self.NAME, name_item)
        self.table.setItem(row, self.FUNCTION, QTableWidgetItem(function or ""))
        combo = QComboBox(self.table)
        for value in AttendanceMode:
            combo.addItem(enum_text(value), value)
        combo.setCurrentIndex(combo.findData(AttendanceMode(mode)))
        self.table.setCellWidget(row, self.MODE, combo)
        head = QTableWidgetItem()
        head.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        first = row == 0 and not is_head
        checked = is_head or first
        head.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(row, self.HEAD, head)
        self.table.blockSignals(False)
        if is_head:
            self._only_head(row)
        if name == "":
            self.table.setCurrentCell(row, self.NAME)
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        was_head = any(self._is_head(row) for row in rows)
        for row in rows:
            self.table.removeRow(row)
        if was_head and self.table.rowCount():
            self._only_head(0)

    def _is_head(self, row: int) -> bool:
        item = self.table.item(row, self.HEAD)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == self.HEAD and item.checkState() == Qt.CheckState.Checked:
            self._only_head(item.row())

    def _only_head(self, row: int) -> None:
        """One head: marking a member unmarks the others."""
        self.table.blockSignals(True)
        for other in range(self.table.rowCount()):
            state = Qt.CheckState.Checked if other == row else Qt.CheckState.Unchecked
            self.table.item(other, self.HEAD).setCheckState(state)
        self.table.blockSignals(False)

    def set_members(self, members: list[DelegateDraft]) -> None:
        self.table.setRowCount(0)
        for member in members:
            self.add_member(
                member.name,
                member.function,
                member.mode,
                member.is_head,
                member.id,
                member.name_latin,
                member.contact_id,
            )

    def members(self) -> list[DelegateDraft]:
        found = []
        for row in range(self.table.rowCount()):
            name_item = self.table.item(row, self.NAME)
            member_id, name_latin, contact_id = name_item.data(ID_ROLE) or (None, None, None)
            combo = self.table.cellWidget(row, self.MODE)
            found.append(
                DelegateDraft(
                    name=name_item.text(),
                    function=self.table.item(row, self.FUNCTION).text(),
                    mode=AttendanceMode(combo.currentData()),
                    is_head=self._is_head(row),
                    name_latin=name_latin,
                    contact_id=contact_id,
                    id=member_id,
                )
            )
        return found
