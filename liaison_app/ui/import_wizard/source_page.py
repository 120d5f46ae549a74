"""Wizard step 2: sheet, encoding and delimiter, with a preview that follows the officer's choices,
and the header row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from liaison_app.errors import UserError
from liaison_app.spreadsheets.table_reader import RawTable, read_table
from liaison_app.spreadsheets.text_decoding import ENCODING_LABELS, KNOWN_ENCODINGS
from liaison_app.ui.contacts.bidi_delegate import BidiDelegate
from liaison_app.ui.import_wizard.preview_model import PreviewModel
from liaison_app.ui.language import current_language

if TYPE_CHECKING:
    from liaison_app.ui.import_wizard.wizard import ImportWizard

ERROR_STYLE = "color: #b3261e;"


class SourcePage(QWizardPage):
    """Reads the file in the background each time a choice changes; stale reads are dropped."""

    def __init__(self, wizard: ImportWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePage")
        self.flow = wizard
        self.table: RawTable | None = None
        self.error: str = ""
        self._generation = 0
        self._reading = False

        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheet")
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("encoding")
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("delimiter")
        self.options = QFormLayout()
        self.sheet_label = QLabel(self)
        self.encoding_label = QLabel(self)
        self.delimiter_label = QLabel(self)
        self.options.addRow(self.sheet_label, self.sheet_combo)
        self.options.addRow(self.encoding_label, self.encoding_combo)
        self.options.addRow(self.delimiter_label, self.delimiter_combo)

        self.model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setItemDelegate(BidiDelegate((), self.preview))
        self.preview.setObjectName("preview")
        self.preview.setModel(self.model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        self.header_label = QLabel(self)
        self.header_label.setObjectName("headerRow")
        self.header_label.setWordWrap(True)
        self.header_button = QPushButton(self)
        self.header_button.setObjectName("useAsHeader")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("readStatus")
        self.status_label.setWordWrap(True)
        header_row = QHBoxLayout()
        header_row.addWidget(self.header_label, 1)
        header_row.addWidget(self.header_button)

        layout = QVBoxLayout(self)
        layout.addLayout(self.options)
        layout.addWidget(self.status_label)
        layout.addWidget(self.preview, 1)
        layout.addLayout(header_row)

        self.sheet_combo.currentIndexChanged.connect(self._choice_changed)
        self.encoding_combo.currentIndexChanged.connect(self._choice_changed)
        self.delimiter_combo.currentIndexChanged.connect(self._choice_changed)
        self.header_button.clicked.connect(self.use_selected_row_as_header)
        self.preview.selectionModel().selectionChanged.connect(self._update_header_button)
        self.retranslateUi()

    # -- texts -------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Check how the file is read"))
        self.setSubTitle(
            self.tr(
                "The preview changes as you choose. The header row is in bold; grey rows are "
                "titles or totals and are not imported."
            )
        )
        self.sheet_label.setText(self.tr("Sheet"))
        self.encoding_label.setText(self.tr("Encoding"))
        self.delimiter_label.setText(self.tr("Delimiter"))
        self.header_button.setText(self.tr("Use the selected row as the header"))
        self._fill_choices()
        self._show_table()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill_choices(self) -> None:
        def refill(combo: QComboBox, items: list[tuple[str, str | None]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

        detected = self.tr("Detected")
        table = self.table
        if (
            table is not None
            and table.kind == "text"
            and table.encoding
            and table.encoding_detected
        ):
            detected = self.tr("Detected: {encoding}").format(
                encoding=ENCODING_LABELS.get(self.table.encoding, self.table.encoding)
            )
        refill(
            self.encoding_combo,
            [(detected, None)] + [(ENCODING_LABELS[e], e) for e in KNOWN_ENCODINGS],
        )
        refill(
            self.delimiter_combo,
            [
                (self.tr("Detected"), None),
                (self.tr("Comma  ,"), ","),
                (self.tr("Semicolon  ;"), ";"),
                (self.tr("Tab"), "\t"),
                (self.tr("Vertical bar  |"), "|"),
            ],
        )

    # -- reading -----------------------------------------------------------------------------
    def initializePage(self) -> None:
        path = self.flow.state.path
        if self.table is not None and self.table.path == path:
            return  # back from a later step: keep the officer's choices
        self.table = None
        for combo in (self.sheet_combo, self.encoding_combo, self.delimiter_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.sheet_combo.clear()
        self.read()

    def _choice_changed(self) -> None:
        self.read()

    def choices(self) -> dict[str, str | None]:
        sheet = self.sheet_combo.currentText() if self.sheet_combo.count() else None
        return {
            "sheet": sheet or None,
            "encoding": self.encoding_combo.currentData(),
            "delimiter": self.delimiter_combo.currentData(),
        }

    def read(self) -> None:
        """Read the file with the current choices, off the GUI thread."""
        path = self.flow.state.path
        if path is None:
            return
        self._generation += 1
        generation = self._generation
        choices = self.choices()
        self._reading = True
        self.error = ""
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self.completeChanged.emit()

        def work(progress):
            return read_table(path, **choices)

        self.flow.tasks.run(
            work,
            on_success=lambda table: self._read_done(generation, table),
            on_failure=lambda error: self._read_failed(generation, error),
            label=self.tr("Reading {name}…").format(name=path.name),
        )

    def _read_done(self, generation: int, table: RawTable) -> None:
        if generation != self._generation:
            return  # the officer changed a choice meanwhile: a newer read is coming
        self._reading = False
        self.table = table
        self._table_changed(table)
        self._show_table()
        self.completeChanged.emit()

    def _read_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.table = None
        self.flow.state.table = None
        self.model.set_rows([])
        if isinstance(error, UserError):
            self.error = error.localized(current_language())
        else:
            self.error = self.tr("This file could not be read. The details were saved in the log.")
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(self.error)
        self.header_label.clear()
        self.completeChanged.emit()

    def _table_changed(self, table: RawTable) -> None:
        """A new reading: its mapping is suggested again and its rows checked again."""
        self.table = table
        state = self.flow.state
        state.table = table
        state.mapping = None
        state.rows = None
        state.duplicate_actions.clear()
        state.plan = None

    def _show_table(self) -> None:
        table = self.table
        is_text = table is not None and table.kind == "text"
        self.sheet_combo.setVisible(not is_text)
        self.sheet_label.setVisible(not is_text)
        for widget in (
            self.encoding_combo,
            self.encoding_label,
            self.delimiter_combo,
            self.delimiter_label,
        ):
            widget.setVisible(is_text)
        if table is None:
            return
        if table.kind == "workbook" and self.sheet_combo.count() != len(table.sheets):
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.clear()
            self.sheet_combo.addItems(table.sheets)
            self.sheet_combo.setCurrentText(table.sheet or "")
            self.sheet_combo.blockSignals(False)
        self._fill_choices()
        self.model.set_rows(
            table.all_rows, table.header_index, [row.number for row in table.footers]
        )
        self.preview.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 260))
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("{rows} rows below the header, {columns} columns.").format(
                rows=len(table.rows), columns=len(table.headers)
            )
        )
        text = self.tr("The header is row {number}.").format(number=table.header_row_number)
        if table.footers:
            text += " " + self.tr("Left out as totals or notes: rows {numbers}.").format(
                numbers=", ".join(str(row.number) for row in table.footers)
            )
        self.header_label.setText(text)
        if 0 <= table.header_index < self.model.rowCount():
            self.preview.scrollTo(self.model.index(table.header_index, 0))
        self._update_header_button()

    # -- header row --------------------------------------------------------------------------
    def _update_header_button(self) -> None:
        rows = self.preview.selectionModel().selectedRows()
        self.header_button.setEnabled(
            bool(rows) and self.table is not None and rows[0].row() != self.table.header_index
        )

    def use_selected_row_as_header(self) -> None:
        rows = self.preview.selectionModel().selectedRows()
        if rows and self.table is not None:
            self.set_header_index(rows[0].row())

    def set_header_index(self, index: int) -> None:
        assert self.table is not None
        self._table_changed(self.table.with_header_at(index))
        self._show_table()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._reading and self.table is not None and bool(self.table.rows)

    def is_reading(self) -> bool:
        return self._reading
