"""The "Export to Excel…" action any list page offers: pick a file, export in the background with
progress and Cancel, then say where the workbook is and offer to open it or its folder.

    # a whole list, or the rows a page has selected
    export_list(page, context, "invitations")
    export_list(page, context, "contacts", ids=page.selected_ids())
    # anything a page can describe as sheets (called off the GUI thread with a read session)
    export_sheets(page, context, lambda session, language: [my_sheet(session, language)],
                  title="Letters", default_name="Letters")
    # or as a QAction for a toolbar or menu
    page.addAction(ExportAction(page, context, "speakers"))

The work runs through the window's task runner: the database is read off the GUI thread, the
workbook is written atomically (`spreadsheets.workbook_writer`), and a cancelled or failed export
leaves no file behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from liaison_app import APP_NAME
from liaison_app.errors import UserError
from liaison_app.ui import error_reporting, settings
from liaison_app.ui.context import AppContext
from liaison_app.ui.language import current_language
from liaison_app.ui.task_runner import Cancelled, Progress, ProgressDialog, TaskHandle

if TYPE_CHECKING:
    from liaison_app.services.exports import ExportResult
    from liaison_app.spreadsheets.workbook_writer import SheetSpec

# The export services (and openpyxl behind them) are imported when an export starts, not with
# the pages that offer one: that keeps them off the path to the first window.

#: Settings key: the folder of the last export, offered again next time.
LAST_EXPORT_FOLDER = "export/last_folder"

SheetsFactory = Callable[[Session, str], Sequence["SheetSpec"]]

_UNSAFE_IN_FILE_NAMES = str.maketrans(dict.fromkeys('/\\:*?"<>|', "-"))


def suggested_file_name(name: str, day: date | None = None) -> str:
    """`Contacts 2022-04-22.xlsx`: the list's name in the interface language and today's date."""
    day = day or date.today()
    clean = " ".join(name.translate(_UNSAFE_IN_FILE_NAMES).split()) or "Export"
    return f"{clean} {day.isoformat()}.xlsx"


def ask_for_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """The save dialog (replaced in tests); None when the user cancels it."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportAction", "Export to Excel"),
        str(suggested),
        QCoreApplication.translate("ExportAction", "Excel workbook (*.xlsx)"),
    )
    return Path(chosen) if chosen else None


def _default_folder() -> Path:
    remembered = settings.read_str(LAST_EXPORT_FOLDER)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def choose_target(parent: QWidget | None, name: str) -> Path | None:
    """Ask where to save; add `.xlsx` when the name has no extension; remember the folder."""
    chosen = ask_for_path(parent, _default_folder() / suggested_file_name(name))
    if chosen is None:
        return None
    if chosen.suffix == "":
        chosen = chosen.with_suffix(".xlsx")
    settings.write_value(LAST_EXPORT_FOLDER, str(chosen.parent))
    return chosen


class ExportMessages(QObject):
    """Plural texts. lupdate marks `self.tr(text, "", n)` as a plural message, but not
    `QCoreApplication.translate(context, text, "", n)` with a variable count."""

    def rows_exported(self, rows: int) -> str:
        return self.tr("%n row(s) exported to {name}.", "", rows)


class ExportJob(QObject):
    """One export from the window: the background task, its progress dialog, the outcome."""

    #: The ExportResult, after the workbook was written and the user told.
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self.handle: TaskHandle | None = None
        self.message: QMessageBox | None = None

    def start(
        self,
        target: Path,
        write: Callable[[Callable[[int, int], None], Callable[[], bool]], ExportResult],
    ) -> TaskHandle | None:
        try:
            from liaison_app.spreadsheets.workbook_writer import check_target

            check_target(target)  # say so now, not after the work
        except UserError as error:
            error_reporting.show_user_error(error, self._parent)
            self.failed.emit(error)
            return None
        label = QCoreApplication.translate("ExportAction", "Exporting to {name}…").format(
            name=target.name
        )

        from liaison_app.services.exports import ExportCancelled

        def work(progress: Progress) -> ExportResult:
            def report(done: int, total: int) -> None:
                progress.report(done, total, _rows_text(done, total, target.name))

            try:
                return write(report, lambda: progress.cancelled)
            except ExportCancelled:
                raise Cancelled from None

        self.handle = self._context.tasks.run(
            work,
            on_success=self._succeeded,
            on_failure=self._failed,
            on_cancelled=self.cancelled.emit,
            label=label,
        )
        # After the outcome has been delivered, the job has nothing left to do.
        self.handle.finished.connect(self.deleteLater)
        ProgressDialog(self.handle, self._parent)
        return self.handle

    def _failed(self, error: BaseException) -> None:
        error_reporting.show_error(error, self._parent)
        self.failed.emit(error)

    def _succeeded(self, result: ExportResult) -> None:
        box = QMessageBox(self._parent)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(ExportMessages().rows_exported(result.rows).format(name=result.path.name))
        box.setInformativeText(str(result.path.parent))
        open_file = box.addButton(
            QCoreApplication.translate("ExportAction", "Open workbook"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        open_folder = box.addButton(
            QCoreApplication.translate("ExportAction", "Open folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setObjectName("exportFinished")
        open_file.setObjectName("openWorkbook")
        open_folder.setObjectName("openFolder")

        def clicked(button: QPushButton) -> None:
            if button is open_file:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
            elif button is open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))

        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        self.message = box
        box.open()  # window-modal without blocking: the window keeps painting
        self.finished.emit(result)


def _rows_text(done: int, total: int, name: str) -> str:
    if total:
        return QCoreApplication.translate(
            "ExportAction", "Writing {name}: {done:,} of {total:,} rows…"
        ).format(name=name, done=done, total=total)
    return QCoreApplication.translate("ExportAction", "Writing {name}: {done:,} rows…").format(
        name=name, done=done
    )


def export_list(
    parent: QWidget,
    context: AppContext,
    kind: str,
    *,
    ids: Collection[uuid.UUID] | None = None,
    event_reference: str | None = None,
    language: str | None = None,
) -> ExportJob | None:
    """Export the list `kind` (see `services.exports.EXPORT_KINDS`), or its rows in `ids`."""
    language = language or current_language()
    from liaison_app.services.exports import export_workbook, workbook_title

    target = choose_target(parent, workbook_title(kind, language))
    if target is None:
        return None
    database = context.database  # the one open now, even if File ▸ Open changes it meanwhile

    def write(progress, cancelled) -> ExportResult:
        return export_workbook(
            database,
            kind,
            target,
            language=language,
            event_reference=event_reference,
            ids=ids,
            progress=progress,
            cancelled=cancelled,
        )

    job = ExportJob(parent, context)
    job.start(target, write)
    return job


def export_sheets(
    parent: QWidget,
    context: AppContext,
    sheets: SheetsFactory,
    *,
    title: str,
    default_name: str | None = None,
    language: str | None = None,
) -> ExportJob | None:
    """Export what `sheets(session, language)` describes (it runs off the GUI thread)."""
    language = language or current_language()
    target = choose_target(parent, default_name or title)
    if target is None:
        return None
    database = context.database

    from liaison_app.services.exports import write_sheets

    def write(progress, cancelled) -> ExportResult:
        with database.reading() as session:
            specs = sheets(session, language)
            return write_sheets(
                target, specs, title=title, language=language, progress=progress,
                cancelled=cancelled,
            )  # fmt: skip

    job = ExportJob(parent, context)
    job.start(target, write)
    return job


def export_contacts(
    context: AppContext, ids: Collection[uuid.UUID] | None, parent: QWidget
) -> ExportJob | None:
    """The contacts page's "Export selection…": the selected contacts, every field."""
    return export_list(parent, context, "contacts", ids=ids)


class ExportAction(QAction):
    """ "Export to Excel…" for a toolbar or menu; `selection` (if given) returns the ids of the
    rows to export, or None for the whole list."""

    def __init__(
        self,
        parent: QWidget,
        context: AppContext,
        kind: str,
        *,
        selection: Callable[[], Collection[uuid.UUID] | None] | None = None,
        event_reference: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._page = parent
        self._context = context
        self._kind = kind
        self._selection = selection
        self._event_reference = event_reference
        self.last_job: ExportJob | None = None
        self.setObjectName(f"export_{kind.replace('-', '_')}")
        self.retranslate()
        self.triggered.connect(self.run)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("ExportAction", "Export to Excel…"))
        self.setToolTip(
            QCoreApplication.translate("ExportAction", "Save this list as an Excel workbook")
        )

    def run(self) -> ExportJob | None:
        ids = self._selection() if self._selection is not None else None
        reference = self._event_reference() if self._event_reference is not None else None
        self.last_job = export_list(
            self._page, self._context, self._kind, ids=ids, event_reference=reference
        )
        return self.last_job
