"""The contact import wizard: file → reading → columns → rows → duplicates → import → summary.

Every step works on `ImportState`; nothing is written to the database before the import step,
which writes everything in one transaction as one import batch (undone as a whole later).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from liaison_app.services.contact_import import ImportOutcome, ImportPlan, ImportRow, RowAction
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.spreadsheets.column_mapping import ColumnMapping
from liaison_app.spreadsheets.table_reader import RawTable
from liaison_app.storage.database import Database
from liaison_app.ui.context import AppContext
from liaison_app.ui.import_wizard.duplicates_page import DuplicatesPage
from liaison_app.ui.import_wizard.file_page import FilePage
from liaison_app.ui.import_wizard.mapping_page import MappingPage
from liaison_app.ui.import_wizard.run_page import RunPage
from liaison_app.ui.import_wizard.source_page import SourcePage
from liaison_app.ui.import_wizard.summary_page import SummaryPage
from liaison_app.ui.import_wizard.validation_page import ValidationPage
from liaison_app.ui.task_runner import TaskRunner


@dataclass
class ImportState:
    """What the officer chose so far, and what the engine made of it."""

    index: MemberStateIndex
    path: Path | None = None
    table: RawTable | None = None
    mapping: ColumnMapping | None = None
    mapping_name: str | None = None
    default_member_state_id: uuid.UUID | None = None
    #: Checked rows; None when a choice made them stale (they are checked again).
    rows: list[ImportRow] | None = None
    #: The officer's choice for each duplicate, by row number.
    duplicate_actions: dict[int, RowAction] = field(default_factory=dict)
    plan: ImportPlan | None = None
    outcome: ImportOutcome | None = None


class ImportWizard(QWizard):
    """Import contacts from a spreadsheet; `imported` is emitted with the batch id after the
    import (and again after an undo), so lists can refresh."""

    imported = Signal(object)

    FILE, SOURCE, MAPPING, ROWS, DUPLICATES, RUN, SUMMARY = range(7)

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.context = context
        self.database: Database = context.database
        self.tasks: TaskRunner = context.tasks
        self.state = ImportState(MemberStateIndex.from_database(self.database))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 680)

        self.file_page = FilePage(self)
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.validation_page = ValidationPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in (
            (self.FILE, self.file_page),
            (self.SOURCE, self.source_page),
            (self.MAPPING, self.mapping_page),
            (self.ROWS, self.validation_page),
            (self.DUPLICATES, self.duplicates_page),
            (self.RUN, self.run_page),
            (self.SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        if path is not None:
            self.file_page.path_edit.setText(str(path))
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import contacts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentId() == self.FILE:
            path = self.file_page.path()
            if path != self.state.path:
                # Another file: everything chosen for the previous one starts again.
                self.state.path = path
                self.state.table = None
                self.state.mapping = None
                self.state.mapping_name = None
                self.state.rows = None
                self.state.duplicate_actions.clear()
                self.state.plan = None
        return True

    def reject(self) -> None:
        if self.run_page.is_running():
            # Closing while importing cancels the import; the wizard closes once it has
            # stopped and rolled back, so nothing is left half-written.
            self.run_page.when_stopped = lambda: QWizard.reject(self)
            self.run_page.cancel()
            return
        super().reject()
