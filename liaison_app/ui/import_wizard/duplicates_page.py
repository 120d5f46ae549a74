"""Wizard step 5: rows already known (same e-mail, or same name and Member State): skip, update or
merge, row by row or for all; then the plan of what the import will do."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import select

from liaison_app.domain.models import Contact
from liaison_app.services.contact_import import (
    DuplicateMode,
    ImportPlan,
    ImportRow,
    RowAction,
    find_duplicates,
    plan_import,
)
from liaison_app.ui.contacts.bidi_delegate import BidiDelegate

if TYPE_CHECKING:
    from liaison_app.ui.import_wizard.wizard import ImportWizard

#: Duplicates listed at most; the choice "for all" covers the rest.
MAX_LISTED = 2000


class DuplicatesPage(QWizardPage):
    ROW, NAME, SAME_AS, REASON, ACTION = range(5)

    def __init__(self, wizard: ImportWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPage")
        self.flow = wizard
        self._duplicates: list[ImportRow] = []
        self._existing_names: dict = {}

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("duplicatesSummary")
        self.summary_label.setWordWrap(True)
        self.all_label = QLabel(self)
        self.all_combo = QComboBox(self)
        self.all_combo.setObjectName("allDuplicates")
        self.apply_all_button = QPushButton(self)
        self.apply_all_button.setObjectName("applyToAll")
        all_row = QHBoxLayout()
        all_row.addWidget(self.all_label)
        all_row.addWidget(self.all_combo)
        all_row.addWidget(self.apply_all_button)
        all_row.addStretch(1)

        self.table = QTableWidget(0, 5, self)
        self.table.setItemDelegate(BidiDelegate((), self.table))
        self.table.setObjectName("duplicates")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.plan_label = QLabel(self)
        self.plan_label.setObjectName("planSummary")
        self.plan_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(all_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.plan_label)
        self.apply_all_button.clicked.connect(self.apply_to_all)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Rows already known"))
        self.setSubTitle(
            self.tr(
                "The same e-mail, or the same name in the same Member State, earlier in the file "
                "or already in the database."
            )
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.all_label.setText(self.tr("For every duplicate:"))
        self.apply_all_button.setText(self.tr("Apply to all"))
        current = self.all_combo.currentData()
        self.all_combo.clear()
        for text, mode in self._mode_choices():
            self.all_combo.addItem(text, mode)
        self.all_combo.setCurrentIndex(max(self.all_combo.findData(current), 0))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Name in the file"),
                self.tr("Same as"),
                self.tr("Because of"),
                self.tr("What to do"),
            ]
        )
        if self._duplicates:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _mode_choices(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Skip: keep what is there"), RowAction.SKIP.value),
            (self.tr("Update: the file's values replace the stored ones"), RowAction.UPDATE.value),
            (self.tr("Merge: the file fills only the blanks"), RowAction.MERGE.value),
        ]

    def _reason_text(self, reason: str | None) -> str:
        if reason == "same e-mail":
            return self.tr("the same e-mail")
        if reason == "same name and member state":
            return self.tr("the same name and Member State")
        return reason or ""

    # -- content -----------------------------------------------------------------------------
    def initializePage(self) -> None:
        state = self.flow.state
        assert state.rows is not None
        with self.flow.database.reading() as session:
            find_duplicates(session, state.rows)
            self._duplicates = [row for row in state.rows if row.is_duplicate][:MAX_LISTED]
            ids = [row.duplicate_of_contact for row in self._duplicates if row.duplicate_of_contact]
            query = select(Contact.id, Contact.full_name).where(Contact.id.in_(ids))
            self._existing_names = dict(session.execute(query).tuples().all()) if ids else {}
        for row in self._duplicates:
            state.duplicate_actions.setdefault(row.number, RowAction(self.all_combo.currentData()))
        self._fill()
        self._update_plan()

    def _fill(self) -> None:
        state = self.flow.state
        rows = state.rows or []
        count = sum(1 for row in rows if row.is_duplicate)
        if count:
            self.summary_label.setText(
                self.tr("%n row(s) already known. Choose what to do with each.", "", count)
            )
        else:
            self.summary_label.setText(self.tr("No duplicates: every row is new."))
        for widget in (self.table, self.all_label, self.all_combo, self.apply_all_button):
            widget.setVisible(bool(count))
        self.table.setRowCount(len(self._duplicates))
        for line, row in enumerate(self._duplicates):
            number = QTableWidgetItem(str(row.number))
            number.setData(Qt.ItemDataRole.UserRole, row.number)
            self.table.setItem(line, self.ROW, number)
            self.table.setItem(line, self.NAME, QTableWidgetItem(row.values.get("full_name") or ""))
            if row.duplicate_of_row is not None:
                same = self.tr("Row {number} of the file").format(number=row.duplicate_of_row)
            else:
                same = self.tr("{name}, in the database").format(
                    name=self._existing_names.get(row.duplicate_of_contact, "")
                )
            self.table.setItem(line, self.SAME_AS, QTableWidgetItem(same))
            self.table.setItem(
                line, self.REASON, QTableWidgetItem(self._reason_text(row.duplicate_reason))
            )
            combo = QComboBox(self.table)
            combo.setObjectName(f"action_{row.number}")
            for text, mode in self._mode_choices():
                combo.addItem(text, mode)
            combo.addItem(self.tr("Add as a new contact"), RowAction.ADD.value)
            combo.setCurrentIndex(max(combo.findData(state.duplicate_actions[row.number].value), 0))
            combo.currentIndexChanged.connect(
                lambda _i, n=row.number, box=combo: self.set_action(n, box.currentData())
            )
            self.table.setCellWidget(line, self.ACTION, combo)
        self.table.resizeColumnsToContents()

    def action_combo(self, number: int) -> QComboBox | None:
        return self.table.findChild(QComboBox, f"action_{number}")

    def set_action(self, number: int, action: str) -> None:
        self.flow.state.duplicate_actions[number] = RowAction(action)
        self._update_plan()

    def apply_to_all(self) -> None:
        action = self.all_combo.currentData()
        state = self.flow.state
        for number in list(state.duplicate_actions):
            state.duplicate_actions[number] = RowAction(action)
        self._fill()
        self._update_plan()

    def default_mode(self) -> DuplicateMode:
        return DuplicateMode(self.all_combo.currentData())

    # -- plan --------------------------------------------------------------------------------
    def make_plan(self) -> ImportPlan:
        """What the import will do with the choices made now.

        Planned on copies of the rows: planning folds later duplicates into their first row,
        and the officer may still change a choice and plan again.
        """
        state = self.flow.state
        assert state.table is not None
        assert state.mapping is not None
        assert state.rows is not None
        rows = [replace(row, values=dict(row.values), changes={}) for row in state.rows]
        with self.flow.database.reading() as session:
            return plan_import(
                session,
                state.table,
                state.mapping,
                rows,
                on_duplicate=self.default_mode(),
                actions=dict(state.duplicate_actions),
                mapping_name=state.mapping_name,
            )

    def _update_plan(self) -> None:
        plan = self.make_plan()
        self.flow.state.plan = plan
        counts = plan.counts()
        self.plan_label.setText(
            self.tr(
                "The import will do this — add: {added}, update: {updated}, merge: {merged}, "
                "skip: {skipped}, leave out with problems: {rejected}."
            ).format(
                added=counts.added,
                updated=counts.updated,
                merged=counts.merged,
                skipped=counts.skipped,
                rejected=counts.rejected,
            )
        )

    def validatePage(self) -> bool:
        self.flow.state.plan = self.make_plan()
        return True
