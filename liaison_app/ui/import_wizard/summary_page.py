"""Wizard step 7: what the import did, the report of the rows left out, and Undo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from liaison_app.errors import UserError
from liaison_app.services.contact_import import undo_import, write_import_report
from liaison_app.ui import error_reporting
from liaison_app.ui.language import current_language

if TYPE_CHECKING:
    from liaison_app.ui.import_wizard.wizard import ImportWizard


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.flow = wizard
        self.report_path: Path | None = None
        self.undone = False

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("saveReport")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoImport")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("summaryResult")
        self.result_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.report_button.clicked.connect(self.save_report)
        self.undo_button.clicked.connect(self.undo)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Done"))
        self.report_button.setText(self.tr("Save report…"))
        self.report_button.setToolTip(
            self.tr("An Excel workbook of every row left out, with its reasons.")
        )
        self.undo_button.setText(self.tr("Undo this import"))
        self.undo_button.setToolTip(
            self.tr(
                "Remove the contacts it added and put back what it changed. Also possible "
                "later, from the Import & export section."
            )
        )
        if self.flow.state.outcome is not None:
            self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def initializePage(self) -> None:
        self._show_counts()
        self.undo_button.setEnabled(self.flow.state.outcome is not None and not self.undone)

    def _show_counts(self) -> None:
        outcome = self.flow.state.outcome
        plan = self.flow.state.plan
        if outcome is None or plan is None:
            return
        counts = outcome.counts
        lines = [
            self.tr("{read} rows read from {name}.").format(
                read=counts.read, name=plan.source.name
            ),
            self.tr("Added: {count}").format(count=counts.added),
            self.tr("Updated: {count}").format(count=counts.updated),
            self.tr("Merged: {count}").format(count=counts.merged),
            self.tr("Skipped as duplicates or left out: {count}").format(count=counts.skipped),
            self.tr("Left out with problems: {count}").format(count=counts.rejected),
        ]
        if outcome.organizations_added:
            lines.append(
                self.tr("New organizations: {count}").format(count=outcome.organizations_added)
            )
        if plan.footers:
            lines.append(
                self.tr("Totals and notes under the list, not taken as people: {count}").format(
                    count=len(plan.footers)
                )
            )
        self.counts_label.setText("\n".join(lines))
        left_out = len(plan.left_out) + len(plan.footers)
        self.report_button.setEnabled(left_out > 0)
        if not left_out:
            self.report_button.setToolTip(self.tr("No row was left out."))

    # -- report ------------------------------------------------------------------------------
    def default_report_path(self) -> Path:
        plan = self.flow.state.plan
        assert plan is not None
        name = self.tr("{stem} - rows left out.xlsx").format(stem=plan.source.stem)
        return plan.source.with_name(name)

    def save_report(self) -> None:
        plan = self.flow.state.plan
        if plan is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            str(self.default_report_path()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        language = current_language()
        self.report_button.setEnabled(False)

        def work(progress):
            return write_import_report(target, plan, language=language)

        self.flow.tasks.run(
            work,
            on_success=self._report_saved,
            on_failure=self._report_failed,
            label=self.tr("Writing the report…"),
        )

    def _report_saved(self, path: Path) -> None:
        self.report_path = Path(path)
        self.report_button.setEnabled(True)
        self.result_label.setText(self.tr("Report saved: {path}").format(path=path))

    def _report_failed(self, error: BaseException) -> None:
        self.report_button.setEnabled(True)
        error_reporting.show_error(error, self)

    # -- undo --------------------------------------------------------------------------------
    def undo(self) -> None:
        outcome = self.flow.state.outcome
        if outcome is None or outcome.batch_id is None or self.undone:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo this import"),
            self.tr(
                "Remove the {added} contacts this import added and put back the fields it changed?"
            ).format(added=outcome.counts.added),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = undo_import(self.flow.database, outcome.batch_id)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self.undone = True
        self.undo_button.setEnabled(False)
        self.result_label.setText(
            self.tr(
                "The import was undone: {removed} contacts removed, {reverted} fields put back."
            ).format(removed=result.removed, reverted=result.reverted)
        )
        self.flow.imported.emit(outcome.batch_id)
