"""Wizard step 4: every row checked; rows with problems are fixed in place or left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from liaison_app.errors import UserError
from liaison_app.services.contact_import import ImportRow, validate_row, validate_rows
from liaison_app.spreadsheets.column_mapping import CONTACT_FIELDS
from liaison_app.ui.contacts.bidi_delegate import BidiDelegate
from liaison_app.ui.import_wizard.mapping_page import field_label
from liaison_app.ui.language import current_language

if TYPE_CHECKING:
    from liaison_app.ui.import_wizard.wizard import ImportWizard

#: Background of a cell whose value is refused: a pale red readable under dark text.
PROBLEM_BRUSH = QBrush(QColor(255, 222, 222))
#: Rows listed at most (the rest are counted and go to the report).
MAX_LISTED = 2000


class ValidationPage(QWizardPage):
    """Lists the rows with problems, a cell per mapped field, editable; each edit is checked again
    at once. A row still in error is left out and listed in the report."""

    NUMBER, LEAVE_OUT = 0, 1

    def __init__(self, wizard: ImportWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("validationPage")
        self.flow = wizard
        self._checking = False
        self._filling = False
        self._fields: list[str] = []
        self._listed: list[ImportRow] = []
        self._generation = 0

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("validationSummary")
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.table = QTableWidget(self)
        self.table.setItemDelegate(BidiDelegate((), self.table))
        self.table.setObjectName("problemRows")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        self.table.itemChanged.connect(self._item_changed)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Rows with a problem are listed with the reason by each cell in red. Correct a "
                "cell here, or leave the row out: it will be listed in the report."
            )
        )
        self.hint_label.setText(
            self.tr("Double-click a cell to correct it; the row is checked again at once.")
        )
        if self._listed:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- checking ----------------------------------------------------------------------------
    def initializePage(self) -> None:
        state = self.flow.state
        if state.rows is not None:
            self._fill()  # back from a later step: keep the fixes made
            return
        assert state.table is not None
        assert state.mapping is not None
        table, mapping, index = state.table, state.mapping, state.index
        default_state = state.default_member_state_id
        self._generation += 1
        generation = self._generation
        self._checking = True
        self.table.setRowCount(0)
        self.summary_label.setText(self.tr("Checking {count} rows…").format(count=len(table.rows)))
        self.progress.setRange(0, max(len(table.rows), 1))
        self.progress.setValue(0)
        self.progress.show()
        self.completeChanged.emit()

        def work(progress):
            return validate_rows(
                table,
                mapping,
                index,
                default_member_state_id=default_state,
                progress=lambda done, total: progress.report(done, total),
            )

        self.flow.tasks.run(
            work,
            on_success=lambda rows: self._checked(generation, rows),
            on_failure=lambda error: self._failed(generation, error),
            on_progress=lambda done, total, _text: self.progress.setValue(done),
            label=self.tr("Checking the rows…"),
        )

    def _checked(self, generation: int, rows: list[ImportRow]) -> None:
        if generation != self._generation:
            return
        self._checking = False
        self.progress.hide()
        self.flow.state.rows = rows
        self._listed = [row for row in rows if not row.ok][:MAX_LISTED]
        self._fill()
        self.completeChanged.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._checking = False
        self.progress.hide()
        self.flow.state.rows = None
        message = (
            error.localized(current_language())
            if isinstance(error, UserError)
            else self.tr("The rows could not be checked. The details were saved in the log.")
        )
        self.summary_label.setText(message)
        self.completeChanged.emit()

    def is_checking(self) -> bool:
        return self._checking

    def isComplete(self) -> bool:
        return not self._checking and self.flow.state.rows is not None

    # -- table -------------------------------------------------------------------------------
    def _fill(self) -> None:
        state = self.flow.state
        assert state.mapping is not None
        mapped = state.mapping.fields
        self._fields = [name for name in CONTACT_FIELDS if name in mapped]
        self._filling = True
        self.table.clear()
        self.table.setColumnCount(2 + len(self._fields) + 1)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Leave out")]
            + [field_label(name) for name in self._fields]
            + [self.tr("Problems")]
        )
        self.table.setRowCount(len(self._listed))
        for line, row in enumerate(self._listed):
            self._fill_row(line, row)
        self.table.resizeColumnsToContents()
        for column in range(2, self.table.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self._filling = False
        self._update_summary()

    def _fill_row(self, line: int, row: ImportRow) -> None:
        language = current_language()
        number = QTableWidgetItem(str(row.number))
        number.setFlags(Qt.ItemFlag.ItemIsEnabled)
        number.setData(Qt.ItemDataRole.UserRole, row.number)
        self.table.setItem(line, self.NUMBER, number)
        leave_out = QTableWidgetItem()
        if row.ok:
            leave_out.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row.excluded
        else:
            # A row in error cannot go in: it is left out until corrected.
            leave_out.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
            checked = True
        leave_out.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(line, self.LEAVE_OUT, leave_out)
        problem_fields = set(row.problems)
        for offset, name in enumerate(self._fields):
            item = QTableWidgetItem(row.source.get(name, ""))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
            )
            if name in problem_fields:
                item.setBackground(PROBLEM_BRUSH)
                item.setForeground(QBrush(QColor(0, 0, 0)))
                item.setToolTip(row.problems[name].text(language))
            self.table.setItem(line, 2 + offset, item)
        reasons = [
            f"{field_label(name) if name in CONTACT_FIELDS else name}: {problem.text(language)}"
            for name, problem in row.problems.items()
        ]
        status = "; ".join(reasons) if reasons else self.tr("Corrected: will be imported")
        problems = QTableWidgetItem(status)
        problems.setFlags(Qt.ItemFlag.ItemIsEnabled)
        problems.setToolTip("\n".join(reasons))
        self.table.setItem(line, self.table.columnCount() - 1, problems)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        line = item.row()
        row = self._listed[line]
        if item.column() == self.LEAVE_OUT:
            row.excluded = item.checkState() == Qt.CheckState.Checked and row.ok
            self._update_summary()
            return
        if item.column() < 2 or item.column() >= 2 + len(self._fields):
            return
        self.correct(row.number, self._fields[item.column() - 2], item.text())

    def correct(self, number: int, field_name: str, text: str) -> ImportRow:
        """Set a field of row `number` as the officer corrected it, and check the row again."""
        state = self.flow.state
        assert state.rows is not None
        assert state.mapping is not None
        position = next(i for i, row in enumerate(state.rows) if row.number == number)
        old = state.rows[position]
        source = dict(old.source)
        source[field_name] = text
        new = validate_row(
            number,
            source,
            state.index,
            split_names=state.mapping.split_full_name,
            default_member_state_id=state.default_member_state_id,
        )
        state.rows[position] = new
        state.plan = None
        if old in self._listed:
            line = self._listed.index(old)
            self._listed[line] = new
            self._filling = True
            self._fill_row(line, new)
            self._filling = False
        self._update_summary()
        return new

    def _update_summary(self) -> None:
        rows = self.flow.state.rows or []
        bad = sum(1 for row in rows if not row.ok)
        left_out = sum(1 for row in rows if row.ok and row.excluded)
        ready = len(rows) - bad - left_out
        text = self.tr("{total} rows read: {ready} ready to import.").format(
            total=len(rows), ready=ready
        )
        if bad:
            text += " " + self.tr("{bad} with problems: left out unless corrected below.").format(
                bad=bad
            )
        if left_out:
            text += " " + self.tr("{count} left out by you.").format(count=left_out)
        if bad > len(self._listed):
            text += " " + self.tr(
                "The first {count} are listed; the report lists them all."
            ).format(count=len(self._listed))
        self.summary_label.setText(text)
        self.table.setVisible(bool(self._listed))
