"""The Import & export section: import contacts with the wizard, past imports with Undo, export."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from liaison_app.domain.enums import ImportKind
from liaison_app.domain.models import ImportBatch
from liaison_app.errors import UserError
from liaison_app.services.contact_import import undo_import
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting
from liaison_app.ui.contacts.bidi_delegate import BidiDelegate
from liaison_app.ui.contacts.record_table_model import Column, RecordTableModel
from liaison_app.ui.context import AppContext
from liaison_app.ui.pages.base import Page
from liaison_app.ui.pages.placeholder import heading_label
from liaison_app.ui.sections import Section


@dataclass(frozen=True)
class BatchRecord:
    id: uuid.UUID
    at: datetime
    source_name: str
    mapping_name: str
    rows_read: int
    rows_added: int
    rows_updated: int
    rows_skipped: int
    rows_rejected: int
    imported_by: str
    undone_at: datetime | None


def load_batches(database: Database) -> list[BatchRecord]:
    with database.reading() as session:
        return [
            BatchRecord(
                id=b.id,
                at=b.created_at,
                source_name=b.source_name,
                mapping_name=b.mapping_name or "",
                rows_read=b.rows_read,
                rows_added=b.rows_added,
                rows_updated=b.rows_updated,
                rows_skipped=b.rows_skipped,
                rows_rejected=b.rows_rejected,
                imported_by=b.imported_by or "",
                undone_at=b.undone_at,
            )
            for b in session.scalars(
                select(ImportBatch)
                .where(ImportBatch.kind == ImportKind.CONTACTS)
                .order_by(ImportBatch.created_at.desc())
            )
        ]


def local_time(value: datetime | None) -> str:
    """A stored UTC time in the officer's time zone and the interface language's short format."""
    if value is None:
        return ""
    shown = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def batch_columns() -> list[Column[BatchRecord]]:
    def number(get):
        return {"text": lambda r: str(get(r)), "sort_key": get}

    return [
        Column(
            "at",
            lambda: QCoreApplication.translate("ImportExportPage", "Imported"),
            lambda r: local_time(r.at),
            sort_key=lambda r: r.at,
        ),
        Column(
            "file",
            lambda: QCoreApplication.translate("ImportExportPage", "File"),
            lambda r: r.source_name,
        ),
        Column(
            "read",
            lambda: QCoreApplication.translate("ImportExportPage", "Rows"),
            **number(lambda r: r.rows_read),
        ),
        Column(
            "added",
            lambda: QCoreApplication.translate("ImportExportPage", "Added"),
            **number(lambda r: r.rows_added),
        ),
        Column(
            "updated",
            lambda: QCoreApplication.translate("ImportExportPage", "Updated or merged"),
            **number(lambda r: r.rows_updated),
        ),
        Column(
            "skipped",
            lambda: QCoreApplication.translate("ImportExportPage", "Skipped"),
            **number(lambda r: r.rows_skipped),
        ),
        Column(
            "rejected",
            lambda: QCoreApplication.translate("ImportExportPage", "Left out"),
            **number(lambda r: r.rows_rejected),
        ),
        Column(
            "by",
            lambda: QCoreApplication.translate("ImportExportPage", "By"),
            lambda r: r.imported_by,
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("ImportExportPage", "Undone"),
            lambda r: local_time(r.undone_at),
            sort_key=lambda r: r.undone_at or datetime.min.replace(tzinfo=r.at.tzinfo),
        ),
    ]


class ImportExportPage(Page):
    """ "Import contacts…", the list of past imports (each can be undone), and export."""

    def __init__(self, context: AppContext, section: Section, parent: QWidget | None = None):
        super().__init__(context, section, parent)
        self.wizard = None
        self.title_label = heading_label(1.6, self)
        self.title_label.setObjectName("pageTitle")
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importContacts")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportContacts")
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)

        self.history_label = heading_label(1.1, self)
        self.model: RecordTableModel[BatchRecord] = RecordTableModel(batch_columns(), self)
        self.view = QTableView(self)
        self.view.setObjectName("importBatches")
        self.view.setModel(self.model)
        self.view.setItemDelegate(BidiDelegate((), self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noImports")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoBatch")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("undoStatus")
        self.status_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(actions)
        layout.addSpacing(12)
        layout.addWidget(self.history_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.import_button.clicked.connect(self.open_wizard)
        self.export_button.clicked.connect(self.export_contacts)
        self.undo_button.clicked.connect(self.undo_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        context.databaseChanged.connect(self.refresh)
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.title_label.setText(self.section.title)
        self.intro_label.setText(
            self.tr(
                "Import contact lists from Excel workbooks or CSV and text files, in any of the "
                "six languages. Every import can be undone as a whole."
            )
        )
        self.import_button.setText(self.tr("Import contacts…"))
        self.export_button.setText(self.tr("Export contacts to Excel…"))
        self.history_label.setText(self.tr("Past imports"))
        self.empty_label.setText(self.tr("No import yet."))
        self.undo_button.setText(self.tr("Undo this import…"))
        self.model.retranslate()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_batch()
        self.model.set_records(load_batches(self.context.database))
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(1, max(self.view.columnWidth(1), 220))
        if selected is not None:
            row = self.model.row_of(lambda r: r.id == selected.id)
            if row >= 0:
                self.view.selectRow(row)
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)
        self._update_actions()

    def selected_batch(self) -> BatchRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    # -- actions -----------------------------------------------------------------------------
    def open_wizard(self) -> None:
        from liaison_app.ui.import_wizard.wizard import ImportWizard

        self.wizard = ImportWizard(self.context, self)
        self.wizard.imported.connect(lambda _batch: self.refresh())
        self.wizard.open()

    def export_contacts(self) -> None:
        from liaison_app.ui.export_action import export_list

        export_list(self, self.context, "contacts")

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone_at is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo this import"),
            self.tr(
                "Undo the import of {name} ({when})? The {added} contacts it added are removed "
                "and the fields it changed are put back, unless changed again since."
            ).format(name=batch.source_name, when=local_time(batch.at), added=batch.rows_added),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = undo_import(self.context.database, batch.id)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self.refresh()
        self.status_label.setText(
            self.tr(
                "The import of {name} was undone: {removed} contacts removed, {reverted} "
                "fields put back."
            ).format(name=batch.source_name, removed=result.removed, reverted=result.reverted)
        )
