"""The Letters section: generate a pack for a selection of recipients, the register of every letter,
and the template editor.

"Generate pack…" runs in the background with progress and Cancel (the shared task runner); the
pack is shown in the preview when it is ready, and can be printed from there. The register lists
every letter generated, newest first; selecting one shows its file and says whether the file on
disk is still the one registered (SHA-256).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from liaison_app.domain.models import Event
from liaison_app.errors import UserError
from liaison_app.services import letters
from liaison_app.services.letters import PackReport, PackRequest, RegisteredLetter
from liaison_app.ui import settings
from liaison_app.ui.context import AppContext
from liaison_app.ui.event_choice import EventChoice
from liaison_app.ui.language import LANGUAGE_NAMES, current_language
from liaison_app.ui.pages.base import Page
from liaison_app.ui.pages.placeholder import heading_label
from liaison_app.ui.pdf_preview import PdfPreview
from liaison_app.ui.sections import Section
from liaison_app.ui.task_runner import Progress, ProgressDialog, TaskHandle
from liaison_app.ui.template_editor import TemplateEditor, fill_kinds, kind_label

#: Settings key: the folder of the last pack, offered again next time.
LAST_PACK_FOLDER = "letters/last_folder"


def ask_pack_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """The save dialog (replaced in tests); None when the user cancels it."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("LettersPage", "Save the pack of letters"),
        str(suggested),
        QCoreApplication.translate("LettersPage", "PDF document (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _local(moment: datetime) -> datetime:
    """A stored time in the computer's time zone (SQLite gives back UTC without its zone)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


class RegisterModel(QAbstractTableModel):
    """The register of letters, newest first; sorted in the model (it holds hundreds of rows)."""

    DATE, REFERENCE, KIND, RECIPIENT, LANGUAGE, PAGES, FILE = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RegisteredLetter] = []

    def set_rows(self, rows: list[RegisteredLetter]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Generated"),
            self.tr("Reference"),
            self.tr("Kind"),
            self.tr("Recipient"),
            self.tr("Language"),
            self.tr("Pages"),
            self.tr("File"),
        )[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.DATE: _local(row.created_at).strftime("%Y-%m-%d %H:%M"),
                self.REFERENCE: row.reference,
                self.KIND: kind_label(row.kind),
                self.RECIPIENT: row.recipient,
                self.LANGUAGE: LANGUAGE_NAMES.get(row.language, row.language),
                self.PAGES: row.page_count,
                self.FILE: Path(row.file_path).name if row.file_path else "",
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FILE:
            return f"{row.file_path}\nSHA-256 {row.sha256}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            self.DATE: lambda r: r.created_at,
            self.REFERENCE: lambda r: r.reference,
            self.KIND: lambda r: kind_label(r.kind),
            self.RECIPIENT: lambda r: r.recipient.casefold(),
            self.LANGUAGE: lambda r: r.language,
            self.PAGES: lambda r: r.page_count,
            self.FILE: lambda r: r.file_path or "",
        }
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class LettersPage(Page):
    GENERATE, REGISTER, TEMPLATES = range(3)

    #: A pack finished (its report), was cancelled (None) or failed: tests wait on it.
    packFinished = Signal(object)

    def __init__(self, context: AppContext, section: Section, parent: QWidget | None = None):
        super().__init__(context, section, parent)
        self.last_report: PackReport | None = None
        self.title_label = heading_label(1.4, self)
        self.title_label.setObjectName("pageTitle")
        self.event_label = QLabel(self)
        self.event_combo = EventChoice(self)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.event_label)
        header.addWidget(self.event_combo)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("lettersTabs")
        self.tabs.addTab(self._build_generate(), "")
        self.tabs.addTab(self._build_register(), "")
        self.editor = TemplateEditor(context, self)
        self.tabs.addTab(self.editor, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        context.databaseChanged.connect(self.refresh)
        self.retranslateUi()
        self.refresh()

    # -- construction ----------------------------------------------------------------------

    def _build_generate(self) -> QWidget:
        panel = QWidget(self)
        self.kind_combo = QComboBox(panel)
        self.kind_combo.setObjectName("packKind")
        self.language_combo = QComboBox(panel)
        self.language_combo.setObjectName("packLanguage")
        self.order_combo = QComboBox(panel)
        self.order_combo.setObjectName("packOrder")
        self.duplex_check = QCheckBox(panel)
        self.duplex_check.setObjectName("duplex")
        self.courtesy_check = QCheckBox(panel)
        self.courtesy_check.setObjectName("courtesyCopy")
        self.singles_check = QCheckBox(panel)
        self.singles_check.setObjectName("singleFiles")
        self.singles_check.setChecked(True)
        self.recipient_list = QListWidget(panel)
        self.recipient_list.setObjectName("recipients")
        self.select_all_button = QPushButton(panel)
        self.select_none_button = QPushButton(panel)
        self.generate_button = QPushButton(panel)
        self.generate_button.setObjectName("generatePack")
        self.generate_button.setDefault(True)
        self.generate_status = QLabel(panel)
        self.generate_status.setObjectName("generateStatus")
        self.generate_status.setWordWrap(True)
        self.generate_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pack_preview = PdfPreview(panel)
        self.pack_preview.setObjectName("packPreview")
        self.print_pack_button = QPushButton(panel)
        self.print_pack_button.setObjectName("printPack")

        self._generate_labels = {key: QLabel(panel) for key in ("kind", "language", "order", "who")}
        form = QFormLayout()
        form.addRow(self._generate_labels["kind"], self.kind_combo)
        form.addRow(self._generate_labels["language"], self.language_combo)
        form.addRow(self._generate_labels["order"], self.order_combo)
        form.addRow(self.duplex_check)
        form.addRow(self.courtesy_check)
        form.addRow(self.singles_check)
        selection = QHBoxLayout()
        selection.addWidget(self._generate_labels["who"], 1)
        selection.addWidget(self.select_all_button)
        selection.addWidget(self.select_none_button)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(selection)
        left.addWidget(self.recipient_list, 1)
        left.addWidget(self.generate_button)
        left.addWidget(self.generate_status)
        left_widget = QWidget(panel)
        left_widget.setLayout(left)
        right = QVBoxLayout()
        right.addWidget(self.pack_preview, 1)
        right.addWidget(self.print_pack_button, 0, Qt.AlignmentFlag.AlignRight)
        right_widget = QWidget(panel)
        right_widget.setLayout(right)
        splitter = QSplitter(Qt.Orientation.Horizontal, panel)
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(splitter)

        fill_kinds(self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(self.load_recipients)
        self.language_combo.currentIndexChanged.connect(self.load_recipients)
        self.select_all_button.clicked.connect(lambda: self._check_all(True))
        self.select_none_button.clicked.connect(lambda: self._check_all(False))
        self.generate_button.clicked.connect(self.generate)
        self.print_pack_button.clicked.connect(self.pack_preview.print_document)
        return panel

    def _build_register(self) -> QWidget:
        panel = QWidget(self)
        self.register_model = RegisterModel(panel)
        self.register_view = QTableView(panel)
        self.register_view.setObjectName("register")
        self.register_view.setModel(self.register_model)
        self.register_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_view.setSortingEnabled(True)
        self.register_view.horizontalHeader().setSectionResizeMode(
            RegisterModel.RECIPIENT, QHeaderView.ResizeMode.Stretch
        )
        self.register_view.verticalHeader().hide()
        self.register_view.selectionModel().currentRowChanged.connect(self._letter_selected)
        self.register_status = QLabel(panel)
        self.register_status.setObjectName("registerStatus")
        self.register_status.setWordWrap(True)
        self.letter_preview = PdfPreview(panel)
        self.letter_preview.setObjectName("letterPreview")
        self.print_letter_button = QPushButton(panel)
        self.print_letter_button.setObjectName("printLetter")
        self.print_letter_button.clicked.connect(self.letter_preview.print_document)
        left = QVBoxLayout()
        left.addWidget(self.register_view, 1)
        left.addWidget(self.register_status)
        left_widget = QWidget(panel)
        left_widget.setLayout(left)
        right = QVBoxLayout()
        right.addWidget(self.letter_preview, 1)
        right.addWidget(self.print_letter_button, 0, Qt.AlignmentFlag.AlignRight)
        right_widget = QWidget(panel)
        right_widget.setLayout(right)
        splitter = QSplitter(Qt.Orientation.Horizontal, panel)
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(splitter)
        return panel

    def retranslateUi(self) -> None:
        self.title_label.setText(self.section.title)
        self.event_label.setText(self.tr("Event"))
        self.tabs.setTabText(self.GENERATE, self.tr("Generate a pack"))
        self.tabs.setTabText(self.REGISTER, self.tr("Register of letters"))
        self.tabs.setTabText(self.TEMPLATES, self.tr("Templates"))
        fill_kinds(self.kind_combo)
        self._fill_language_choices()
        self._fill_orders()
        self._generate_labels["kind"].setText(self.tr("Kind of letter"))
        self._generate_labels["language"].setText(self.tr("Language of the letters"))
        self._generate_labels["order"].setText(self.tr("Order"))
        self._generate_labels["who"].setText(self.tr("Recipients"))
        self.duplex_check.setText(self.tr("Start each letter on a new sheet (two-sided printing)"))
        self.courtesy_check.setText(
            self.tr("Add an English courtesy copy after each letter in another language")
        )
        self.singles_check.setText(self.tr("Also save each letter as its own PDF"))
        self.select_all_button.setText(self.tr("All"))
        self.select_none_button.setText(self.tr("None"))
        self.generate_button.setText(self.tr("Generate pack…"))
        self.print_pack_button.setText(self.tr("Print…"))
        self.print_letter_button.setText(self.tr("Print…"))
        self.pack_preview.placeholder.setText(self.tr("The pack appears here once generated."))
        self.letter_preview.placeholder.setText(self.tr("Select a letter to see it."))
        self.register_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self.editor.retranslateUi()

    def _fill_language_choices(self) -> None:
        current = self.language_combo.currentData()
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        self.language_combo.addItem(self.tr("Each recipient's language"), "auto")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        self.language_combo.blockSignals(False)

    def _fill_orders(self) -> None:
        current = self.order_combo.currentData()
        self.order_combo.clear()
        self.order_combo.addItem(self.tr("Protocol order"), "protocol")
        self.order_combo.addItem(self.tr("By Member State name"), "name")
        self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(current)))

    # -- data ------------------------------------------------------------------------------

    @property
    def event_reference(self) -> str | None:
        return self.event_combo.currentData()

    def activated(self) -> None:
        self.refresh_register()

    def refresh(self) -> None:
        """Reload events, recipients and the register (the database may have changed)."""
        current = self.event_reference
        language = current_language()
        with self.context.database.reading() as session:
            events = [
                (event.reference, event.title(language) or event.reference)
                for event in session.scalars(select(Event).order_by(Event.starts_on.desc()))
            ]
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for reference, title in events:
            self.event_combo.addItem(f"{title} ({reference})", reference)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(current)))
        self.event_combo.blockSignals(False)
        self._event_changed()
        self.refresh_register()

    def _event_changed(self) -> None:
        self.load_recipients()
        self.editor.set_event(self.event_reference)
        if self.tabs.currentIndex() == self.TEMPLATES:
            self.editor.load()

    def _tab_changed(self, index: int) -> None:
        if index == self.TEMPLATES and not self.editor.subject_edit.text():
            self.editor.load()
        elif index == self.REGISTER:
            self.refresh_register()

    def load_recipients(self) -> None:
        self.recipient_list.clear()
        if self.event_reference is None:
            self.generate_status.setText(self.tr("There is no event in this database yet."))
            self.generate_button.setEnabled(False)
            return
        try:
            found = letters.recipients(
                self.context.database,
                self.kind_combo.currentData(),
                self.event_reference,
                language=self.language_combo.currentData() or "auto",
                display_language=current_language(),
            )
        except UserError as error:
            self.generate_status.setText(error.localized(current_language()))
            found = []
        for recipient in found:
            name = recipient.name
            if recipient.member_state and recipient.member_state != name:
                name = f"{recipient.member_state} — {name}"
            text = f"{name}  ·  {LANGUAGE_NAMES.get(recipient.language, recipient.language)}"
            item = QListWidgetItem(text, self.recipient_list)
            item.setData(Qt.ItemDataRole.UserRole, recipient.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.generate_button.setEnabled(bool(found))
        if not found:
            self.generate_status.setText(
                self.tr("No one is to receive a letter of this kind for this event.")
            )
        else:
            self.generate_status.clear()

    def prepare_pack(self, kind: str, event_reference: str, keys: list[str]) -> int:
        """Set up a pack of `kind` for exactly the recipients `keys` (e.g. the non-repliers the
        officer picked for reminders); return how many of them are listed."""
        self.tabs.setCurrentIndex(self.GENERATE)
        event_index = self.event_combo.findData(event_reference)
        if event_index >= 0:
            self.event_combo.setCurrentIndex(event_index)
        kind_index = self.kind_combo.findData(kind)
        if kind_index >= 0:
            self.kind_combo.setCurrentIndex(kind_index)
        self.load_recipients()
        wanted = set(keys)
        listed = 0
        for row in range(self.recipient_list.count()):
            item = self.recipient_list.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in wanted
            listed += chosen
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        return listed

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.recipient_list.count()):
            self.recipient_list.item(row).setCheckState(state)

    def checked_keys(self) -> list[str]:
        return [
            self.recipient_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.recipient_list.count())
            if self.recipient_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def refresh_register(self) -> None:
        self.register_model.set_rows(letters.register(self.context.database))
        for column in range(RegisterModel.FILE + 1):
            if column != RegisterModel.RECIPIENT:
                self.register_view.resizeColumnToContents(column)

    # -- generating ------------------------------------------------------------------------

    def generate(self) -> TaskHandle | None:
        """Ask where to save, then build the pack of the checked recipients in the background."""
        keys = self.checked_keys()
        if not keys:
            self.generate_status.setText(self.tr("Tick at least one recipient."))
            return None
        kind = self.kind_combo.currentData()
        folder = Path(settings.read_str(LAST_PACK_FOLDER) or Path.home())
        suggested = folder / f"{self.event_reference}_{kind}.pdf"
        out = ask_pack_path(self, suggested)
        if out is None:
            return None
        settings.write_value(LAST_PACK_FOLDER, str(out.parent))
        request = PackRequest(
            kind=kind,
            event_reference=self.event_reference,
            language=self.language_combo.currentData() or "auto",
            out=out,
            each=out.with_name(f"{out.stem} letters") if self.singles_check.isChecked() else None,
            order=self.order_combo.currentData() or "protocol",
            duplex=self.duplex_check.isChecked(),
            courtesy_copy=self.courtesy_check.isChecked(),
            recipient_keys=tuple(keys),
            cover_language=current_language(),
        )
        database = self.context.database
        composing = self.tr("Composing the letters…")
        drawing = self.tr("Drawing the pages…")
        writing = self.tr("Writing the files…")
        steps = {"compose": composing, "draw": drawing, "write": writing}

        def work(progress: Progress) -> PackReport:
            def report(done: int, total: int, step: str) -> None:
                progress.raise_if_cancelled()
                progress.report(done, total, steps.get(step, ""))

            return letters.generate_pack(database, request, progress=report)

        self.generate_button.setEnabled(False)
        self.generate_status.setText(composing)
        handle = self.context.tasks.run(
            work,
            on_success=self._pack_ready,
            on_failure=self._pack_failed,
            on_cancelled=self._pack_cancelled,
            label=self.tr("Generating the pack of letters…"),
        )
        ProgressDialog(handle, self)
        return handle

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self.generate_status)

    def _pack_ready(self, report: PackReport) -> None:
        if not self._alive():
            return  # the window closed while the pack was being made; the files are written
        self.last_report = report
        self.generate_button.setEnabled(True)
        text = self.tr("{letters} letters, {pages} pages: {path}").format(
            letters=report.letter_count, pages=report.page_count, path=report.pack_path
        )
        if report.single_paths:
            text += "\n" + self.tr("Each letter is also in {folder}").format(
                folder=report.single_paths[0].parent
            )
        self.generate_status.setText(text)
        if report.pack_path is not None:
            self.pack_preview.show_file(str(report.pack_path))
        self.refresh_register()
        self.packFinished.emit(report)

    def _pack_failed(self, error: BaseException) -> None:
        if not self._alive():
            return
        self.generate_button.setEnabled(True)
        if isinstance(error, UserError):
            self.generate_status.setText(error.localized(current_language()))
        else:
            self.generate_status.setText(
                self.tr("The pack could not be made; the details are in the log file.")
            )
        self.packFinished.emit(error)

    def _pack_cancelled(self) -> None:
        if not self._alive():
            return
        self.generate_button.setEnabled(True)
        self.generate_status.setText(self.tr("Cancelled: no letter was written or registered."))
        self.packFinished.emit(None)

    # -- register --------------------------------------------------------------------------

    def _letter_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.register_model.rows[current.row()]
        if not row.file_path or not self.letter_preview.show_file(row.file_path):
            self.letter_preview.show_message(
                self.tr("The file of this letter is not there any more.")
            )
            self.register_status.setText(row.file_path or "")
            return
        if letters.verify_file(row.file_path, row.sha256):
            self.register_status.setText(
                self.tr("{path}: the file is the one registered (SHA-256 matches).").format(
                    path=row.file_path
                )
            )
        else:
            self.register_status.setText(
                self.tr("{path}: the file has changed since it was registered.").format(
                    path=row.file_path
                )
            )
