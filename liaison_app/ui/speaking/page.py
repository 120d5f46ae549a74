"""The "Speaking slots" section: an event's requests, "Allocate all" by protocol, the scheduler
with drag and drop, "Why here?", and the printed list of speakers and moderator's run sheet.

Every change goes through `services.speaking` in one transaction and is audited; a move by hand
(a drop, or "Move to…") first asks the officer why, and does nothing without a reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import LevelOfRepresentation, SpeakingRequestStatus
from liaison_app.domain.speaking_rules import INACTIVE_STATUSES
from liaison_app.errors import UserError
from liaison_app.services import speaking
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.services.speaking import AllocationReport, PrintKind, Schedule, SpeakerRow
from liaison_app.services.speaking_import import (
    SpeakingImportPlan,
    commit_speaking_import,
    prepare_speaking_import,
)
from liaison_app.ui import error_reporting
from liaison_app.ui.context import AppContext
from liaison_app.ui.event_choice import EventChoice
from liaison_app.ui.export_action import ExportAction
from liaison_app.ui.language import LANGUAGE_NAMES, current_language
from liaison_app.ui.pages.base import Page
from liaison_app.ui.pages.placeholder import heading_label
from liaison_app.ui.sections import Section
from liaison_app.ui.speaking import reason_dialog
from liaison_app.ui.speaking.display import CONFLICT_COLOR, enum_text, isolate
from liaison_app.ui.speaking.move_dialog import MoveDialog
from liaison_app.ui.speaking.request_editor import RequestDialog, draft_of, new_request_draft
from liaison_app.ui.speaking.requests_model import ID_ROLE, RequestFilter, RequestsTableModel
from liaison_app.ui.speaking.scheduler import SchedulerView

S = SpeakingRequestStatus
M = RequestsTableModel
COLUMN_WIDTHS = {
    M.STATUS: 95,
    M.DELEGATION: 150,
    M.SPEAKER: 210,
    M.LEVEL: 190,
    M.MODE: 90,
    M.RECEIVED: 125,
    M.SESSION: 80,
    M.PLACE: 80,
    M.START: 60,
}


class SpeakingPage(Page):
    SCHEDULER, REQUESTS = range(2)

    def __init__(self, context: AppContext, section: Section, parent: QWidget | None = None):
        super().__init__(context, section, parent)
        self.event_id: uuid.UUID | None = None
        self.schedule: Schedule | None = None
        self.conflict_texts: dict[uuid.UUID, list[str]] = {}
        self.current_id: uuid.UUID | None = None
        self.last_message = ""
        self.last_saved: Path | None = None
        #: Replaceable in tests: asks the officer why (None when cancelled).
        self.ask_reason: Callable[[QWidget, str], str | None] = lambda parent, prompt: (
            reason_dialog.ask_reason(parent, prompt)
        )

        self._build_header()
        self._build_commands()
        self._build_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(self.header)
        layout.addLayout(self.commands)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)
        context.databaseChanged.connect(self.refresh)
        self.retranslateUi()
        self.refresh()

    # -- construction ----------------------------------------------------------------------
    def _build_header(self) -> None:
        self.header = QHBoxLayout()
        self.title_label = heading_label(1.4, self)
        self.title_label.setObjectName("pageTitle")
        self.event_label = QLabel(self)
        self.event_combo = EventChoice(self, minimum_width=260)
        self.event_label.setBuddy(self.event_combo)
        self.event_combo.currentIndexChanged.connect(self._on_event_chosen)
        self.header.addWidget(self.title_label, 1)
        self.header.addWidget(self.event_label)
        self.header.addWidget(self.event_combo)

    def _button(self, name: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _build_commands(self) -> None:
        self.commands = QHBoxLayout()
        self.allocate_button = self._button("allocateAll", self.allocate_all)
        font = self.allocate_button.font()
        font.setBold(True)
        self.allocate_button.setFont(font)
        self.new_button = self._button("newRequest", self.new_request)
        self.edit_button = self._button("editRequest", self.edit_current)
        self.import_button = self._button("importRequests", self.import_requests)
        self.why_button = self._button("whyHere", self.why_here)
        self.move_button = self._button("moveTo", self.move_current)
        self.confirm_button = self._button("confirmSlot", self.confirm_current)
        self.withdraw_button = self._button("withdrawRequest", self.withdraw_current)
        self.release_button = self._button("releaseRequest", self.release_current)
        for button in (self.allocate_button,):
            self.commands.addWidget(button)
        self.commands.addSpacing(12)
        for button in (self.new_button, self.edit_button, self.import_button):
            self.commands.addWidget(button)
        self.commands.addSpacing(12)
        for button in (
            self.why_button,
            self.move_button,
            self.confirm_button,
            self.withdraw_button,
            self.release_button,
        ):
            self.commands.addWidget(button)
        self.commands.addStretch(1)

        self.print_language_label = QLabel(self)
        self.print_language = QComboBox(self)
        self.print_language.setObjectName("printLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.print_language.addItem(name, code)
        # Lists are printed in the interface language unless the officer picks another.
        self._print_language_chosen = False
        self.print_language.setCurrentIndex(self.print_language.findData(current_language()))
        self.print_language.activated.connect(self._print_language_picked)
        self.print_language_label.setBuddy(self.print_language)
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printMenu")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self.print_button)
        self.save_list_action = self.print_menu.addAction("")
        self.save_list_action.triggered.connect(lambda: self.save_pdf(PrintKind.SPEAKERS_LIST))
        self.save_run_sheet_action = self.print_menu.addAction("")
        self.save_run_sheet_action.triggered.connect(lambda: self.save_pdf(PrintKind.RUN_SHEET))
        self.print_menu.addSeparator()
        self.print_list_action = self.print_menu.addAction("")
        self.print_list_action.triggered.connect(lambda: self.print_pdf(PrintKind.SPEAKERS_LIST))
        self.print_run_sheet_action = self.print_menu.addAction("")
        self.print_run_sheet_action.triggered.connect(lambda: self.print_pdf(PrintKind.RUN_SHEET))
        self.print_button.setMenu(self.print_menu)
        self.export_action = ExportAction(
            self,
            self.context,
            "speakers",
            selection=self.export_ids,
            event_reference=self._event_reference,
        )
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportSpeakers")
        self.export_button.setDefaultAction(self.export_action)
        self.commands.addWidget(self.print_language_label)
        self.commands.addWidget(self.print_language)
        self.commands.addWidget(self.print_button)
        self.commands.addWidget(self.export_button)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("speakingSummary")
        self.summary_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("speakingMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setOpenExternalLinks(False)
        self.message_label.linkActivated.connect(self._open_link)
        self.message_label.hide()

        why = QAction(self)
        why.setShortcut(QKeySequence("Ctrl+I"))
        why.triggered.connect(self.why_here)
        self.addAction(why)

    def _build_body(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("speakingTabs")
        self.scheduler = SchedulerView(self.tabs)
        self.scheduler.speakerDropped.connect(self.move_request)
        self.scheduler.speakerSelected.connect(self._set_current)
        self.scheduler.speakerActivated.connect(self._activate)
        self.scheduler.speakerMenuRequested.connect(self._show_menu)
        self.tabs.addTab(self.scheduler, "")

        table_page = QWidget(self.tabs)
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 6, 0, 0)
        filters = QHBoxLayout()
        self.search_edit = QLineEdit(table_page)
        self.search_edit.setObjectName("requestSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox(table_page)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem("", None)
        for status in S:
            self.status_filter.addItem("", status)
        self.level_filter = QComboBox(table_page)
        self.level_filter.setObjectName("levelFilter")
        self.level_filter.addItem("", None)
        for level in LevelOfRepresentation:
            self.level_filter.addItem("", level)
        self.conflicts_only = QCheckBox(table_page)
        self.conflicts_only.setObjectName("conflictsOnly")
        self.count_label = QLabel(table_page)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.level_filter, 1)
        filters.addWidget(self.conflicts_only)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        table_layout.addLayout(filters)
        self.model = RequestsTableModel(self)
        self.table = QTableView(table_page)
        self.table.setObjectName("requestsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.doubleClicked.connect(lambda index: self.edit_request(self._id_at(index)))
        self.table.selectionModel().currentRowChanged.connect(self._table_current_changed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # In the order of the schedule: sessions and slots, then the waitlist, then the rest.
        self.table.sortByColumn(RequestsTableModel.PLACE, Qt.SortOrder.AscendingOrder)
        table_layout.addWidget(self.table, 1)
        self.tabs.addTab(table_page, "")
        for signal in (
            self.search_edit.textChanged,
            self.status_filter.currentIndexChanged,
            self.level_filter.currentIndexChanged,
            self.conflicts_only.toggled,
        ):
            signal.connect(self._apply_filter)

        self.why_panel = QWidget(self)
        self.why_panel.setObjectName("whyPanel")
        why_layout = QVBoxLayout(self.why_panel)
        why_layout.setContentsMargins(8, 0, 0, 0)
        self.why_title = heading_label(1.1, self.why_panel)
        self.why_where = QLabel(self.why_panel)
        self.why_where.setObjectName("whyWhere")
        self.why_where.setWordWrap(True)
        self.why_text = QTextBrowser(self.why_panel)
        self.why_text.setObjectName("whyText")
        self.why_text.setOpenLinks(False)
        why_layout.addWidget(self.why_title)
        why_layout.addWidget(self.why_where)
        why_layout.addWidget(self.why_text, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("speakingSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.why_panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 300])

    def retranslateUi(self) -> None:
        self.title_label.setText(self.section.title)
        self.event_label.setText(self.tr("&Event:"))
        self.allocate_button.setText(self.tr("&Allocate all"))
        self.allocate_button.setToolTip(
            self.tr(
                "Give every open request a slot by protocol order: level, then in person before "
                "remote, then time of receipt. Placements made by hand and confirmed slots are "
                "kept."
            )
        )
        self.new_button.setText(self.tr("&New request…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.import_button.setText(self.tr("&Import form export…"))
        self.import_button.setToolTip(
            self.tr("Add the requests of the online form's spreadsheet export (Excel or CSV)")
        )
        self.why_button.setText(self.tr("&Why here?"))
        self.why_button.setToolTip(self.tr("Why the selected speaker sits where they sit (Ctrl+I)"))
        self.move_button.setText(self.tr("&Move to…"))
        self.confirm_button.setText(self.tr("&Confirm slot"))
        self.confirm_button.setToolTip(
            self.tr("The delegation was told its slot: the speaker keeps the session from now on.")
        )
        self.withdraw_button.setText(self.tr("&Withdraw…"))
        self.release_button.setText(self.tr("Let the &rules place it…"))
        self.release_button.setToolTip(
            self.tr("Undo a placement made by hand: the rules place the speaker again.")
        )
        self.print_language_label.setText(self.tr("&List in:"))
        if not self._print_language_chosen:
            self.print_language.setCurrentIndex(self.print_language.findData(current_language()))
        self.print_button.setText(self.tr("&Print or save…"))
        self.save_list_action.setText(self.tr("Save the list of speakers as PDF…"))
        self.save_run_sheet_action.setText(self.tr("Save the moderator's run sheet as PDF…"))
        self.print_list_action.setText(self.tr("Print the list of speakers…"))
        self.print_run_sheet_action.setText(self.tr("Print the moderator's run sheet…"))
        self.export_action.retranslate()
        self.tabs.setTabText(self.SCHEDULER, self.tr("Scheduler"))
        self.tabs.setTabText(self.REQUESTS, self.tr("Requests"))
        self.search_edit.setPlaceholderText(self.tr("Search country, speaker, session…"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for index, status in enumerate(S, start=1):
            self.status_filter.setItemText(index, enum_text(status))
        several = self._several_statuses_index()
        if several is not None:
            self.status_filter.setItemText(
                several, self._statuses_text(self.status_filter.itemData(several))
            )
        self.level_filter.setItemText(0, self.tr("All levels"))
        for index, level in enumerate(LevelOfRepresentation, start=1):
            self.level_filter.setItemText(index, enum_text(level))
        self.conflicts_only.setText(self.tr("Conflicts only"))
        self.why_title.setText(self.tr("Why here?"))
        if self.current_id is None:
            self.why_where.setText(self.tr("Select a speaker to see why they sit where they sit."))
        self._update_summary()
        if self.schedule is not None:
            self._load()

    # -- loading ---------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload the events (the database may have changed), keeping the chosen one."""
        with self.context.database.reading() as session:
            events = [
                (event.id, f"{event.reference} — {event.title(current_language())}")
                for event in speaking.list_events(session)
            ]
        chosen = self.event_id
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event_id, text in events:
            self.event_combo.addItem(text, event_id)
        index = self.event_combo.findData(chosen) if chosen is not None else -1
        self.event_combo.setCurrentIndex(index if index >= 0 else (0 if events else -1))
        self.event_combo.blockSignals(False)
        self.event_id = self.event_combo.currentData()
        self._load()

    def _on_event_chosen(self, _index: int) -> None:
        self.event_id = self.event_combo.currentData()
        self.current_id = None
        self._load()

    def _event_reference(self) -> str | None:
        return self.schedule.event_reference if self.schedule is not None else None

    def _load(self) -> None:
        language = current_language()
        if self.event_id is None:
            self.schedule = None
            self.conflict_texts = {}
            self.scheduler.set_schedule([], [], {})
            self.model.set_rows([], [], {})
            self._update_summary()
            return
        with self.context.database.reading() as session:
            schedule = speaking.load_schedule(session, self.event_id, language)
        self.schedule = schedule
        self.conflict_texts = {}
        for conflict in schedule.conflicts:
            self.conflict_texts.setdefault(conflict.request_id, []).append(
                speaking.conflict_sentence(conflict, language, schedule)
            )
        self.scheduler.set_schedule(schedule.lanes, schedule.waitlist, self.conflict_texts)
        self.model.set_rows(schedule.requests, schedule.lanes, self.conflict_texts)
        self._update_summary()
        self._update_buttons()
        if self.current_id is not None and schedule.row(self.current_id) is None:
            self.current_id = None
        if self.current_id is not None:
            self._show_why(self.current_id)

    def _update_summary(self) -> None:
        schedule = self.schedule
        if schedule is None:
            self.summary_label.setText(self.tr("There is no event in this database yet."))
            return
        placed = sum(len(lane.speakers) for lane in schedule.lanes)
        conflicted = len({c.request_id for c in schedule.conflicts})
        parts = [
            self.tr("%n speaker(s) scheduled", "", placed),
            self.tr("%n waiting", "", len(schedule.waitlist)),
        ]
        if schedule.unallocated:
            parts.append(self.tr("%n not allocated yet", "", len(schedule.unallocated)))
        text = " · ".join(parts)
        if conflicted:
            text += " · " + (
                f"<span style='color:{CONFLICT_COLOR}; font-weight:bold'>"
                + self.tr("%n with a conflict", "", conflicted)
                + "</span>"
            )
        self.summary_label.setText(text)
        self.count_label.setText(self.tr("%n request(s)", "", self.model.rowCount()))

    def _apply_filter(self) -> None:
        status = self.status_filter.currentData()
        several = status if isinstance(status, frozenset) else frozenset()
        self.model.set_filter(
            RequestFilter(
                status=None if several else status,
                statuses=several,
                level=self.level_filter.currentData(),
                text=self.search_edit.text(),
                conflicts_only=self.conflicts_only.isChecked(),
            )
        )
        self.count_label.setText(self.tr("%n request(s)", "", self.model.rowCount()))

    def show_filter(self, list_filter: object) -> None:
        """Show the requests table listing exactly the requests in `list_filter["statuses"]`
        (a dashboard figure; no status: every request). Filters of other shapes are ignored."""
        statuses = _statuses_of(list_filter)
        if statuses is None:
            return
        self.tabs.setCurrentIndex(self.REQUESTS)
        widgets = (self.search_edit, self.status_filter, self.level_filter, self.conflicts_only)
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        self.level_filter.setCurrentIndex(0)
        self.conflicts_only.setChecked(False)
        several = self._several_statuses_index()
        if several is not None:
            self.status_filter.removeItem(several)
        if len(statuses) == 1:
            (status,) = statuses
            self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))
        elif statuses:
            # One more choice in the list, named after the statuses: the officer sees what the
            # table holds and can pick "All statuses" to leave it.
            self.status_filter.addItem(self._statuses_text(statuses), statuses)
            self.status_filter.setCurrentIndex(self.status_filter.count() - 1)
        else:
            self.status_filter.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filter()

    def _several_statuses_index(self) -> int | None:
        last = self.status_filter.count() - 1
        return last if isinstance(self.status_filter.itemData(last), frozenset) else None

    def _statuses_text(self, statuses: frozenset[SpeakingRequestStatus]) -> str:
        return self.tr(", ").join(enum_text(status) for status in S if status in statuses)

    def export_ids(self) -> list[uuid.UUID] | None:
        """What "Export to Excel…" writes: the requests the table shows when a filter narrows it
        (for example after a dashboard figure), else the whole list of speakers."""
        if self.tabs.currentIndex() != self.REQUESTS or self.schedule is None:
            return None
        shown = [self.model.row_at(row).id for row in range(self.model.rowCount())]
        return shown if len(shown) < len(self.schedule.requests) else None

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- selection -------------------------------------------------------------------------
    def _set_current(self, request_id: uuid.UUID | None) -> None:
        self.current_id = request_id
        self._update_buttons()
        if request_id is not None and self.why_panel.isVisible():
            self._show_why(request_id)

    def _id_at(self, index: QModelIndex) -> uuid.UUID | None:
        return index.data(ID_ROLE) if index.isValid() else None

    def _table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(self._id_at(current))

    def current_row(self) -> SpeakerRow | None:
        if self.schedule is None or self.current_id is None:
            return None
        return self.schedule.row(self.current_id)

    def _update_buttons(self) -> None:
        row = self.current_row()
        active = row is not None and row.status not in INACTIVE_STATUSES
        self.allocate_button.setEnabled(self.schedule is not None)
        self.new_button.setEnabled(self.schedule is not None)
        self.import_button.setEnabled(self.schedule is not None)
        self.edit_button.setEnabled(row is not None)
        self.why_button.setEnabled(row is not None)
        self.move_button.setEnabled(active)
        self.confirm_button.setEnabled(row is not None and row.status is S.SCHEDULED)
        self.withdraw_button.setEnabled(active)
        self.release_button.setEnabled(row is not None and row.manual_override)
        self.print_button.setEnabled(self.schedule is not None)

    def select(self, request_id: uuid.UUID) -> None:
        """Make a request the current one in both views."""
        self._set_current(request_id)
        card = self.scheduler.card(request_id)
        if card is not None:
            self.scheduler.ensureWidgetVisible(card)
        row = self.model.row_of(request_id)
        if row is not None:
            self.table.selectRow(row)

    def _activate(self, request_id: uuid.UUID) -> None:
        self._set_current(request_id)
        self.why_here()

    def _show_menu(self, request_id: uuid.UUID, position: QPoint) -> None:
        self._set_current(request_id)
        self.request_menu(request_id).exec(position)

    def _table_menu(self, position: QPoint) -> None:
        request_id = self._id_at(self.table.indexAt(position))
        if request_id is not None:
            self._show_menu(request_id, self.table.viewport().mapToGlobal(position))

    def request_menu(self, request_id: uuid.UUID) -> QMenu:
        menu = QMenu(self)
        row = self.schedule.row(request_id) if self.schedule else None
        if row is None:
            return menu
        active = row.status not in INACTIVE_STATUSES
        menu.addAction(self.tr("Why here?"), self.why_here)
        move = menu.addAction(self.tr("Move to…"), self.move_current)
        move.setEnabled(active)
        confirm = menu.addAction(self.tr("Confirm slot"), self.confirm_current)
        confirm.setEnabled(row.status is S.SCHEDULED)
        release = menu.addAction(self.tr("Let the rules place it…"), self.release_current)
        release.setEnabled(row.manual_override)
        menu.addSeparator()
        menu.addAction(self.tr("Edit…"), self.edit_current)
        if active:
            menu.addAction(self.tr("Withdraw…"), self.withdraw_current)
            menu.addAction(self.tr("Decline…"), self.decline_current)
        else:
            menu.addAction(self.tr("Reopen…"), self.reopen_current)
        return menu

    # -- "Why here?" -----------------------------------------------------------------------
    def why_here(self) -> None:
        request_id = self.current_id or self.scheduler.focused_request()
        if request_id is None:
            return
        self.why_panel.show()
        self._show_why(request_id)

    def _show_why(self, request_id: uuid.UUID) -> None:
        row = self.schedule.row(request_id) if self.schedule else None
        if row is None:
            return
        try:
            with self.context.database.reading() as session:
                explanation = speaking.explain(session, request_id, current_language())
        except UserError as error:
            error_reporting.show_error(error, self)
            return
        self.why_where.setText(
            f"<b>{_escape(row.delegation)}</b> — {_escape(row.speaker_name)}<br>"
            + _escape(explanation.where)
        )
        items = "".join(f"<li>{_escape(line)}</li>" for line in explanation.lines)
        conflicts = "".join(
            f"<li style='color:{CONFLICT_COLOR}'>{_escape(text)}</li>"
            for text in self.conflict_texts.get(request_id, [])
        )
        html = f"<ul>{items}</ul>"
        if conflicts:
            html += f"<p><b>{_escape(self.tr('Conflicts'))}</b></p><ul>{conflicts}</ul>"
        self.why_text.setHtml(html)

    # -- commands --------------------------------------------------------------------------
    def _write(self, action: Callable, *args, **kwargs) -> tuple[bool, object]:
        """Run one service call in one transaction: (True, its result), or (False, None) once
        its UserError has been shown."""
        try:
            with self.context.database.writing() as session:
                return True, action(session, *args, **kwargs)
        except UserError as error:
            error_reporting.show_error(error, self)
            return False, None

    def allocate_all(self) -> None:
        if self.event_id is None:
            return
        event_id = self.event_id
        database = self.context.database

        label = self.tr("Allocating speaking slots…")

        def work(progress) -> AllocationReport:
            progress.report(0, 0, label)
            with database.writing() as session:
                return speaking.allocate(session, event_id)

        self.allocate_button.setEnabled(False)
        self.context.tasks.run(
            work, on_success=self._allocated, on_failure=self._allocation_failed, label=label
        )

    def _allocated(self, report: AllocationReport) -> None:
        self._load()
        self._say(
            self.tr(
                "Allocated by protocol order: %1 scheduled, %2 waiting, %3 declined; %4 changed."
            )
            .replace("%1", str(report.scheduled))
            .replace("%2", str(report.waitlisted))
            .replace("%3", str(report.declined))
            .replace("%4", str(len(report.changes)))
        )

    def _allocation_failed(self, error: BaseException) -> None:
        self._update_buttons()
        error_reporting.show_error(error, self)

    def _target_name(self, session_id: uuid.UUID | None, position: int) -> str:
        if session_id is None:
            return self.tr("the waitlist, place %1").replace("%1", str(position + 1))
        lane = self.schedule.lane(session_id) if self.schedule else None
        name = (lane.code or lane.title) if lane else "?"
        return self.tr("%1, slot %2").replace("%1", isolate(name)).replace("%2", str(position + 1))

    def move_request(self, request_id: uuid.UUID, session_id: uuid.UUID | None, position: int):
        """The one path of a move by hand (a drop or "Move to…"): ask why, then move."""
        row = self.schedule.row(request_id) if self.schedule else None
        if row is None:
            return
        if session_id is None:
            same_place = row.waitlist_position == position
        else:
            same_place = row.session_id == session_id and row.slot_position == position
        if same_place:
            return
        prompt = (
            self.tr("Move %1 (%2) to %3. Why? The reason is kept and shown to anyone who asks.")
            .replace("%1", row.speaker_name)
            .replace("%2", row.delegation)
            .replace("%3", self._target_name(session_id, position))
        )
        reason = self.ask_reason(self, prompt)
        if not reason:
            self._say(self.tr("Not moved: a move by hand needs a reason."))
            return
        done, _moved = self._write(speaking.move, request_id, session_id, position, reason)
        if not done:
            return
        self._load()
        self.select(request_id)
        self._say(
            self.tr("%1 moved to %2.")
            .replace("%1", row.speaker_name)
            .replace("%2", self._target_name(session_id, position))
        )

    def move_current(self) -> None:
        row = self.current_row()
        if row is None or self.schedule is None:
            return
        dialog = MoveDialog(row, list(self.schedule.lanes), len(self.schedule.waitlist), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            session_id, position = dialog.target()
        finally:
            dialog.deleteLater()
        self.move_request(row.id, session_id, position)

    def _with_reason(self, prompt: str, action: Callable, outcome: str) -> None:
        row = self.current_row()
        if row is None:
            return
        reason = self.ask_reason(self, prompt.replace("%1", row.speaker_name))
        if not reason:
            return
        done, result = self._write(action, row.id, reason)
        if not done:
            return
        self._load()
        message = outcome.replace("%1", row.speaker_name)
        if isinstance(result, AllocationReport):
            moved_up = [
                change.speaker_name
                for change in result.changes
                if change.before[0] is S.WAITLISTED and change.after[0] is S.SCHEDULED
            ]
            if moved_up:
                message += " " + self.tr("Moved up from the waitlist: %1.").replace(
                    "%1", ", ".join(moved_up)
                )
        self._say(message)

    def withdraw_current(self) -> None:
        self._with_reason(
            self.tr("%1's request is withdrawn. Why? (For example: note verbale of 20 April.)"),
            speaking.withdraw,
            self.tr("%1's request was withdrawn."),
        )

    def decline_current(self) -> None:
        self._with_reason(
            self.tr("Decline %1's request. Why?"),
            speaking.decline,
            self.tr("%1's request was declined."),
        )

    def reopen_current(self) -> None:
        self._with_reason(
            self.tr("Reopen %1's request. Why?"),
            speaking.reopen,
            self.tr('%1\'s request is open again; "Allocate all" will place it.'),
        )

    def release_current(self) -> None:
        self._with_reason(
            self.tr("Let the rules place %1 again. Why?"),
            speaking.release,
            self.tr("The rules placed %1 again."),
        )

    def confirm_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        done, _count = self._write(speaking.confirm, [row.id])
        if not done:
            return
        self._load()
        self._say(self.tr("%1's slot is confirmed.").replace("%1", row.speaker_name))

    # -- requests --------------------------------------------------------------------------
    def _dialog(self, draft, *, with_replies: bool) -> RequestDialog:
        database = self.context.database
        index = MemberStateIndex.from_database(database)
        replies = None
        if with_replies:
            with database.reading() as session:
                replies = speaking.reply_choices(session, draft.event_id, current_language())

        def prefill(reply_id: uuid.UUID):
            with database.reading() as session:
                return speaking.draft_from_reply(session, reply_id)

        lanes = list(self.schedule.lanes) if self.schedule else []
        return RequestDialog(draft, lanes, index, replies, self, prefill=prefill)

    def new_request(self) -> None:
        if self.event_id is None:
            return
        dialog = self._dialog(new_request_draft(self.event_id), with_replies=True)
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                try:
                    with self.context.database.writing() as session:
                        request_id = speaking.create_request(session, dialog.draft()).id
                except UserError as error:
                    dialog.show_error(error)
                    continue
                self._load()
                self.select(request_id)
                self._say(self.tr('Request added; "Allocate all" will give it a slot.'))
                return
        finally:
            dialog.deleteLater()

    def edit_current(self) -> None:
        if self.current_id is not None:
            self.edit_request(self.current_id)

    def edit_request(self, request_id: uuid.UUID | None) -> None:
        row = self.schedule.row(request_id) if self.schedule and request_id else None
        if row is None or self.event_id is None:
            return
        dialog = self._dialog(draft_of(row, self.event_id), with_replies=False)
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                draft = dialog.draft()
                values = draft.values()
                try:
                    with self.context.database.writing() as session:
                        speaking.update_request(
                            session, row.id, values, preferences=draft.preferences
                        )
                except UserError as error:
                    dialog.show_error(error)
                    continue
                self._load()
                self.select(row.id)
                return
        finally:
            dialog.deleteLater()

    def import_requests(self) -> None:
        """Read the online form's export off the GUI thread, say what it holds, then add."""
        if self.event_id is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import speaking requests"),
            str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt)"),
        )
        if not path:
            return
        event_id = self.event_id
        database = self.context.database
        label = self.tr("Reading the form export…")

        def work(progress) -> SpeakingImportPlan:
            progress.report(0, 0, label)
            return prepare_speaking_import(database, Path(path), event_id)

        self.context.tasks.run(
            work,
            on_success=self._import_read,
            on_failure=lambda error: error_reporting.show_error(error, self),
            label=label,
        )

    def _import_read(self, plan: SpeakingImportPlan) -> None:
        language = current_language()
        lines = [
            self.tr("%1 request(s) to add, %2 already on the list, %3 row(s) left out.")
            .replace("%1", str(len(plan.to_add)))
            .replace("%2", str(len(plan.duplicates)))
            .replace("%3", str(len(plan.rejected)))
        ]
        for row in plan.rejected[:12]:
            problems = "; ".join(problem.localized(language) for problem in row.problems)
            lines.append(
                self.tr("Row %1: %2").replace("%1", str(row.number)).replace("%2", problems)
            )
        if len(plan.rejected) > 12:
            lines.append("…")
        if not plan.to_add:
            QMessageBox.information(self, self.tr("Import speaking requests"), "\n".join(lines))
            return
        lines.append("")
        lines.append(self.tr("Add them now?"))
        answer = QMessageBox.question(
            self,
            self.tr("Import speaking requests"),
            "\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            outcome = commit_speaking_import(self.context.database, plan)
        except UserError as error:
            error_reporting.show_error(error, self)
            return
        self._load()
        self._say(
            self.tr('%1 request(s) imported; "Allocate all" will give them a slot.').replace(
                "%1", str(outcome.added)
            )
        )

    # -- printed lists ---------------------------------------------------------------------
    def _print_language_picked(self, _index: int) -> None:
        self._print_language_chosen = True

    def _print_language(self) -> str:
        return self.print_language.currentData() or current_language()

    def _kind_name(self, kind: PrintKind) -> str:
        if kind is PrintKind.RUN_SHEET:
            return self.tr("Run sheet")
        return self.tr("List of speakers")

    def save_pdf(self, kind: PrintKind) -> None:
        if self.event_id is None or self.schedule is None:
            return
        language = self._print_language()
        suggested = f"{self._kind_name(kind)} {self.schedule.event_reference} {language}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self._kind_name(kind),
            str(Path.home() / suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self._render(kind, language, lambda data: speaking.write_pdf(target, data), self._saved)

    def _render(self, kind: PrintKind, language: str, then: Callable, on_success) -> None:
        event_id = self.event_id
        database = self.context.database

        label = self.tr("Preparing the PDF…")

        def work(progress):
            progress.report(0, 0, label)
            with database.reading() as session:
                document = speaking.speakers_document(session, event_id, language)
            return then(speaking.render_pdf(document, kind))

        self.context.tasks.run(
            work,
            on_success=on_success,
            on_failure=lambda error: error_reporting.show_error(error, self),
            label=label,
        )

    def _saved(self, path: Path) -> None:
        self.last_saved = Path(path)
        url = QUrl.fromLocalFile(str(path)).toString()
        self._say(
            self.tr("Saved %1.").replace("%1", isolate(str(path)))
            + f" <a href='{url}'>"
            + self.tr("Open")
            + "</a>"
        )

    def _open_link(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def print_pdf(self, kind: PrintKind) -> None:
        from liaison_app.ui.speaking import printing

        if not printing.has_printer():
            error_reporting.show_warning(
                self.tr(
                    "No printer is set up on this computer. Save the list as PDF and print it "
                    "from a computer that has one."
                ),
                self,
            )
            return
        self._render(
            kind,
            self._print_language(),
            lambda data: data,
            lambda data: printing.print_pdf(data, self._kind_name(kind), self),
        )


def _statuses_of(list_filter: object) -> frozenset[SpeakingRequestStatus] | None:
    """The statuses of a `{"statuses": [...]}` filter; None for any other shape."""
    if not isinstance(list_filter, dict) or set(list_filter) != {"statuses"}:
        return None
    values = list_filter["statuses"]
    if isinstance(values, str) or not isinstance(values, list | tuple | set | frozenset):
        return None
    try:
        return frozenset(SpeakingRequestStatus(value) for value in values)
    except ValueError:
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
