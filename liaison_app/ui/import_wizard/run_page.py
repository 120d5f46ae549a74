"""Wizard step 6: the import runs in the background with a progress bar; Cancel leaves the database
as it was (the import is one transaction)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from liaison_app.errors import UserError
from liaison_app.services.contact_import import ImportCancelled, ImportOutcome, commit_import
from liaison_app.ui.language import current_language
from liaison_app.ui.task_runner import Cancelled, Progress, TaskHandle

if TYPE_CHECKING:
    from liaison_app.ui.import_wizard.wizard import ImportWizard

ERROR_STYLE = "color: #b3261e;"


class RunPage(QWizardPage):
    """Starts the import when shown and moves on to the summary when it is done."""

    def __init__(self, wizard: ImportWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runPage")
        self.flow = wizard
        self.handle: TaskHandle | None = None
        self.outcome: ImportOutcome | None = None
        self.was_cancelled = False
        #: Called once when a running import ends, however it ends (the wizard closes then).
        self.when_stopped: Callable[[], None] | None = None
        self.setCommitPage(True)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("runStatus")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelImport")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("Everything is written in one go: if you cancel, nothing is added or changed.")
        )
        self.cancel_button.setText(self.tr("Cancel the import"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("See the summary"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- running -----------------------------------------------------------------------------
    def initializePage(self) -> None:
        plan = self.flow.state.plan
        assert plan is not None
        self.outcome = None
        self.was_cancelled = False
        database = self.flow.database
        self.progress.setRange(0, 0)
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("Importing the rows of {name}…").format(name=plan.source.name)
        )
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()

        def work(progress: Progress) -> ImportOutcome:
            try:
                return commit_import(
                    database,
                    plan,
                    progress=lambda done, total: progress.report(done, total),
                    cancelled=lambda: progress.cancelled,
                )
            except ImportCancelled as cancelled:
                raise Cancelled from cancelled

        self.handle = self.flow.tasks.run(
            work,
            on_success=self._succeeded,
            on_failure=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
            label=self.tr("Importing contacts…"),
        )
        self.handle.finished.connect(self._stopped)
        self.completeChanged.emit()

    def is_running(self) -> bool:
        return self.handle is not None and self.handle.is_running

    def cancel(self) -> None:
        """Ask the import to stop; its transaction is rolled back."""
        if self.is_running():
            assert self.handle is not None
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    def cleanupPage(self) -> None:
        # Back: a running import stops, and nothing of it stays.
        self.cancel()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.status_label.setText(
                self.tr("Importing: {done} of {total} contacts written…").format(
                    done=done, total=total
                )
            )

    def _succeeded(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self.flow.state.outcome = outcome
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.hide()
        self.completeChanged.emit()
        self.flow.imported.emit(outcome.batch_id)
        if self.flow.currentPage() is self:
            self.flow.next()

    def _cancelled(self) -> None:
        self.was_cancelled = True
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button.hide()
        self.status_label.setText(
            self.tr("The import was cancelled: nothing was added or changed.")
        )

    def _failed(self, error: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button.hide()
        message = (
            error.localized(current_language())
            if isinstance(error, UserError)
            else self.tr(
                "The import failed and nothing was changed. The details were saved in the log."
            )
        )
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)

    def _stopped(self) -> None:
        if self.when_stopped is not None:
            callback, self.when_stopped = self.when_stopped, None
            callback()

    def isComplete(self) -> bool:
        return self.outcome is not None
