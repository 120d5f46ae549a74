"""Wizard step 3: which column holds what, suggested from the headers, editable, saved by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from liaison_app.errors import UserError
from liaison_app.services import labels
from liaison_app.services.contact_import import load_mapping, mapping_names, save_mapping
from liaison_app.spreadsheets.column_mapping import CONTACT_FIELDS, IGNORE, ColumnMapping
from liaison_app.spreadsheets.column_mapping import suggest_mapping as suggest
from liaison_app.ui import error_reporting
from liaison_app.ui.contacts.bidi_delegate import BidiDelegate
from liaison_app.ui.contacts.field_feedback import FieldWithReason
from liaison_app.ui.contacts.member_state_field import MemberStateField
from liaison_app.ui.import_wizard.preview_model import column_letter
from liaison_app.ui.language import current_language

if TYPE_CHECKING:
    from liaison_app.ui.import_wizard.wizard import ImportWizard

#: Example values shown for each column.
EXAMPLES = 3


def field_label(name: str) -> str:
    """A contact field named in the interface language (the export headers' words)."""
    return labels.header(name, current_language())


class MappingPage(QWizardPage):
    """One line per column of the file: its header, examples, and what it is imported as."""

    COLUMN, EXAMPLES, FIELD = range(3)

    def __init__(self, wizard: ImportWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingPage")
        self.flow = wizard
        self._filling = False

        self.table = QTableWidget(0, 3, self)
        self.table.setItemDelegate(BidiDelegate((), self.table))
        self.table.setObjectName("mappingTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.EXAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.COLUMN, 220)
        header.resizeSection(self.FIELD, 230)

        self.split_check = QCheckBox(self)
        self.split_check.setObjectName("splitFullName")
        self.saved_combo = QComboBox(self)
        self.saved_combo.setObjectName("savedMappings")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applySavedMapping")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveMapping")
        self.saved_label = QLabel(self)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved_label)
        saved_row.addWidget(self.saved_combo, 1)
        saved_row.addWidget(self.apply_button)
        saved_row.addStretch(1)
        saved_row.addWidget(self.save_button)

        self.default_state_label = QLabel(self)
        self.default_state_edit = MemberStateField(wizard.state.index, self)
        self.default_state_edit.setObjectName("defaultMemberState")
        self.default_state = FieldWithReason(self.default_state_edit, self)
        default_row = QHBoxLayout()
        default_row.addWidget(self.default_state_label)
        default_row.addWidget(self.default_state, 1)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("mappingProblem")
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(saved_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.split_check)
        layout.addLayout(default_row)
        layout.addWidget(self.problem_label)

        self.split_check.toggled.connect(self._split_toggled)
        self.apply_button.clicked.connect(self.apply_saved)
        self.save_button.clicked.connect(self.save_as)
        self.default_state_edit.textChanged.connect(self._default_state_changed)
        self.retranslateUi()

    # -- texts -------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Say which column holds what"))
        self.setSubTitle(
            self.tr(
                "Suggested from the headers, in any of the six languages. Change any column; "
                "columns left out are not imported."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.split_check.setText(
            self.tr(
                "Split a full name into form of address, given and family names "
                "(“H.E. Mr José PÉREZ”)"
            )
        )
        self.saved_label.setText(self.tr("Saved mappings:"))
        self.apply_button.setText(self.tr("Apply"))
        self.save_button.setText(self.tr("Save this mapping as…"))
        self.default_state_label.setText(self.tr("Member State of rows that name none:"))
        self.default_state_edit.setPlaceholderText(self.tr("Optional: any name or ISO code"))
        if self.flow.state.table is not None and self.flow.state.mapping is not None:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- filling -----------------------------------------------------------------------------
    def initializePage(self) -> None:
        state = self.flow.state
        assert state.table is not None
        if state.mapping is None:
            state.mapping = suggest(state.table.headers)
            state.mapping_name = None
        self._refresh_saved_names()
        self._fill()

    def _refresh_saved_names(self) -> None:
        with self.flow.database.reading() as session:
            names = mapping_names(session)
        current = self.saved_combo.currentText()
        self.saved_combo.clear()
        self.saved_combo.addItems(names)
        if current in names:
            self.saved_combo.setCurrentText(current)
        self.saved_combo.setEnabled(bool(names))
        self.apply_button.setEnabled(bool(names))

    def _fill(self) -> None:
        state = self.flow.state
        assert state.table is not None
        assert state.mapping is not None
        headers = state.table.headers
        self._filling = True
        self.table.setRowCount(len(headers))
        for column, header in enumerate(headers):
            title = f"{column_letter(column)}  {header}" if header else column_letter(column)
            item = QTableWidgetItem(title)
            item.setToolTip(header)
            self.table.setItem(column, self.COLUMN, item)
            examples = [
                " ".join(row.cell(column).split())
                for row in state.table.rows
                if row.cell(column).strip()
            ][:EXAMPLES]
            self.table.setItem(column, self.EXAMPLES, QTableWidgetItem(" · ".join(examples)))
            combo = QComboBox(self.table)
            combo.setObjectName(f"field_{column}")
            combo.addItem(self.tr("(leave out)"), IGNORE)
            for name in CONTACT_FIELDS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(combo.findData(state.mapping.field_of(column)), 0))
            combo.currentIndexChanged.connect(
                lambda _index, c=column, box=combo: self.set_field(c, box.currentData())
            )
            self.table.setCellWidget(column, self.FIELD, combo)
        self.split_check.setChecked(state.mapping.split_full_name)
        self._filling = False
        self._check()

    def field_combo(self, column: int) -> QComboBox:
        return self.table.cellWidget(column, self.FIELD)

    # -- changes -----------------------------------------------------------------------------
    def set_field(self, column: int, field_name: str) -> None:
        """Import `column` as `field_name` (another column holding it is then left out)."""
        if self._filling:
            return
        state = self.flow.state
        assert state.mapping is not None
        state.mapping = state.mapping.with_column(column, field_name or IGNORE)
        state.rows = None  # the rows must be checked again
        self._sync_combos()
        self._check()

    def _sync_combos(self) -> None:
        state = self.flow.state
        assert state.mapping is not None
        self._filling = True
        for column in range(self.table.rowCount()):
            combo = self.field_combo(column)
            combo.setCurrentIndex(max(combo.findData(state.mapping.field_of(column)), 0))
        self._filling = False

    def _split_toggled(self, checked: bool) -> None:
        if self._filling or self.flow.state.mapping is None:
            return
        self.flow.state.mapping.split_full_name = checked
        self.flow.state.rows = None

    def _default_state_changed(self) -> None:
        problem = self.default_state_edit.problem()
        if problem:
            self.default_state.set_error(problem)
        else:
            self.default_state.clear()
        self.flow.state.default_member_state_id = self.default_state_edit.member_state_id()
        self.flow.state.rows = None
        self.completeChanged.emit()

    def _check(self) -> None:
        mapping = self.flow.state.mapping
        if mapping is not None and not mapping.has_name():
            self.problem_label.setText(
                self.tr(
                    "Choose the column that holds the names (Full name, or Given and Family "
                    "name): a contact cannot be imported without one."
                )
            )
        else:
            self.problem_label.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        mapping = self.flow.state.mapping
        return mapping is not None and mapping.has_name() and not self.default_state_edit.problem()

    # -- saved mappings ----------------------------------------------------------------------
    def apply_saved(self) -> None:
        name = self.saved_combo.currentText()
        state = self.flow.state
        if not name or state.table is None:
            return
        try:
            with self.flow.database.reading() as session:
                saved = load_mapping(session, name)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        state.mapping = ColumnMapping.from_saved(saved, state.table.headers)
        state.mapping_name = name
        state.rows = None
        self._fill()

    def save_as(self) -> None:
        state = self.flow.state
        if state.table is None or state.mapping is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save mapping"),
            self.tr("Name of this mapping (to use it again for files with the same headers):"),
            text=state.mapping_name or state.table.path.stem,
        )
        if not ok or not name.strip():
            return
        try:
            with self.flow.database.writing() as session:
                save_mapping(session, name, state.mapping, state.table.headers)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        state.mapping_name = " ".join(name.split())
        self._refresh_saved_names()
        self.saved_combo.setCurrentText(state.mapping_name)
