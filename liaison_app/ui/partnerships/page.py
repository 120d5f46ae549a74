"""The Partnerships section: an event's pipeline as a board, a table, follow-ups, a chart and the
packages on offer, with the commands to add, edit, move and delete inquiries and packages."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import PartnershipStage
from liaison_app.domain.events import pick_language
from liaison_app.domain.partnership_rules import (
    ALL_STAGES,
    COMMITTED_STAGES,
    FINAL_STAGES,
    OPEN_STAGES,
    MoveKind,
    classify_move,
)
from liaison_app.errors import UserError
from liaison_app.services import partnerships
from liaison_app.services.deletion import Deleted
from liaison_app.services.partnerships import InquiryRow, PipelineTotals
from liaison_app.ui import error_reporting
from liaison_app.ui.context import AppContext
from liaison_app.ui.event_choice import EventChoice
from liaison_app.ui.export_action import ExportAction
from liaison_app.ui.language import current_language
from liaison_app.ui.pages.base import Page
from liaison_app.ui.pages.placeholder import heading_label
from liaison_app.ui.partnerships import remembered
from liaison_app.ui.partnerships.board import PipelineBoard
from liaison_app.ui.partnerships.chart import PipelineChart
from liaison_app.ui.partnerships.display import OVERDUE_STYLE, money, stage_text, standalone
from liaison_app.ui.partnerships.fields import index_of
from liaison_app.ui.partnerships.follow_ups_widget import FollowUpsWidget
from liaison_app.ui.partnerships.inquiry_editor import InquiryDialog
from liaison_app.ui.partnerships.package_editor import PackageDialog
from liaison_app.ui.partnerships.packages_model import PackageRow, PackageTableModel
from liaison_app.ui.partnerships.small_dialogs import RatesDialog, ReopenDialog
from liaison_app.ui.partnerships.stage_moves import StageMover
from liaison_app.ui.partnerships.table_model import (
    NO_PACKAGE,
    InquiryFilter,
    InquiryTableModel,
    is_overdue,
)
from liaison_app.ui.sections import Section
from liaison_app.ui.undo_bar import UndoBar

NEW_INQUIRY_KEYS = QKeySequence("Ctrl+N")
# Matches no event: the follow-ups tab lists nothing until an event is chosen (None would mean
# every event, as on the dashboard).
NO_EVENT = uuid.UUID(int=0)
# A thin middle dot between amounts in different currencies (never a plus sign).
SEPARATOR = "  ·  "
# The groups of stages the dashboard links to, offered in the stage filter too.
PROSPECT_STAGES = frozenset(OPEN_STAGES - COMMITTED_STAGES)
WON_STAGES = frozenset(COMMITTED_STAGES)


class PartnershipsPage(Page):
    BOARD, TABLE, FOLLOW_UPS, CHART, PACKAGES = range(5)

    def __init__(self, context: AppContext, section: Section, parent: QWidget | None = None):
        super().__init__(context, section, parent)
        self._today: Callable[[], date] = date.today
        self.event_id: uuid.UUID | None = None
        self.rows: list[InquiryRow] = []
        self.totals: PipelineTotals | None = None
        self.rates: dict[str, Decimal] | None = None
        self.target_currency: str | None = None
        self._current_id: uuid.UUID | None = None
        self._deleted: Deleted | None = None
        self._references: dict[uuid.UUID, str] = {}
        #: Stages asked for by a dashboard link that are neither one stage nor a group offered.
        self._other_stages: frozenset[PartnershipStage] | None = None
        self.mover = StageMover(context, self)
        self.mover.moved.connect(self._after_move)

        self._build_header()
        self._build_undo_bar()
        self._build_tabs()
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(self.header)
        layout.addLayout(self.commands)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.no_event_label)
        layout.addWidget(self.tabs, 1)

        self.tabs.setCurrentIndex(_int(remembered.read_value(remembered.TAB), self.BOARD))
        self.tabs.currentChanged.connect(lambda i: remembered.write_value(remembered.TAB, i))
        context.databaseChanged.connect(self.refresh)
        self.retranslateUi()

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

        self.commands = QHBoxLayout()
        self.new_inquiry_button = self._button("newInquiry", self.new_inquiry)
        self.edit_button = self._button("editInquiry", self.edit_current)
        self.delete_button = self._button("deleteInquiry", self.delete_current)
        self.new_package_button = self._button("newPackage", self.new_package)
        self.rates_button = self._button("rates", self.ask_rates)
        self.export_action = ExportAction(
            self,
            self.context,
            "partnerships",
            selection=self.export_ids,
            event_reference=self._event_reference,
        )
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportPartnerships")
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.export_button.setDefaultAction(self.export_action)
        for button in (self.new_inquiry_button, self.edit_button, self.delete_button):
            self.commands.addWidget(button)
        self.commands.addSpacing(16)
        self.commands.addWidget(self.new_package_button)
        self.commands.addStretch(1)
        self.commands.addWidget(self.rates_button)
        self.commands.addWidget(self.export_button)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("pipelineSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.no_event_label = QLabel(self)
        self.no_event_label.setObjectName("noEvent")
        self.no_event_label.setWordWrap(True)
        self.no_event_label.hide()

    def _button(self, name: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # No focus: the card or row the officer chose stays the one the button acts on.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _build_undo_bar(self) -> None:
        self.undo_bar = UndoBar(self)
        self.undo_bar.undoRequested.connect(self.undo_delete)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("partnershipTabs")

        self.board = PipelineBoard(self.tabs)
        self.board.inquiryDropped.connect(self.move_inquiry)
        self.board.editRequested.connect(self.edit_inquiry)
        self.board.deleteRequested.connect(self.delete_inquiry)
        self.board.menuRequested.connect(self._inquiry_menu)
        self.board.inquirySelected.connect(self._set_current)

        self.table_tab = QWidget(self.tabs)
        filters = QHBoxLayout()
        self.stage_filter = QComboBox(self.table_tab)
        self.stage_filter.setObjectName("stageFilter")
        self.package_filter = QComboBox(self.table_tab)
        self.package_filter.setObjectName("packageFilter")
        self.overdue_filter = QCheckBox(self.table_tab)
        self.overdue_filter.setObjectName("overdueFilter")
        self.search = QLineEdit(self.table_tab)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self.table_tab)
        self.count_label.setObjectName("tableCount")
        for widget in (self.stage_filter, self.package_filter, self.overdue_filter):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        self.stage_filter.currentIndexChanged.connect(self._apply_filter)
        self.package_filter.currentIndexChanged.connect(self._apply_filter)
        self.overdue_filter.toggled.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.model = InquiryTableModel(self)
        self.table = QTableView(self.table_tab)
        self.table.setObjectName("inquiriesTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.doubleClicked.connect(self._table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._table_current_changed)
        self._default_table_widths()
        self.table_header = remembered.RememberedHeader(self.table.horizontalHeader(), "inquiries")
        if not self.table_header.restored:
            self.table.sortByColumn(InquiryTableModel.FOLLOW_UP, Qt.SortOrder.AscendingOrder)
        table_layout = QVBoxLayout(self.table_tab)
        table_layout.setContentsMargins(0, 6, 0, 0)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.table, 1)

        self.follow_ups = FollowUpsWidget(self.context, self.tabs, event_id=NO_EVENT)
        self.follow_ups.inquiryActivated.connect(self.edit_inquiry)
        self.follow_ups.tree.currentItemChanged.connect(self._follow_up_current_changed)

        self.chart = PipelineChart(self.tabs)

        self.packages_tab = QWidget(self.tabs)
        self.packages_model = PackageTableModel(self)
        self.packages_table = QTableView(self.packages_tab)
        self.packages_table.setObjectName("packagesTable")
        self.packages_table.setModel(self.packages_model)
        self.packages_table.setSortingEnabled(True)
        self.packages_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.packages_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.packages_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.packages_table.verticalHeader().hide()
        self.packages_table.horizontalHeader().setStretchLastSection(True)
        self.packages_table.doubleClicked.connect(lambda _index: self.edit_package())
        self.packages_table.setColumnWidth(PackageTableModel.NAME, 300)
        self.packages_table.setColumnWidth(PackageTableModel.AMOUNT, 160)
        self.packages_table.setColumnWidth(PackageTableModel.REMAINING, 120)
        self.packages_header = remembered.RememberedHeader(
            self.packages_table.horizontalHeader(), "packages"
        )
        if not self.packages_header.restored:
            self.packages_table.sortByColumn(PackageTableModel.TIER, Qt.SortOrder.AscendingOrder)
        package_buttons = QHBoxLayout()
        self.edit_package_button = QPushButton(self.packages_tab)
        self.edit_package_button.setObjectName("editPackage")
        self.edit_package_button.clicked.connect(lambda _=False: self.edit_package())
        self.delete_package_button = QPushButton(self.packages_tab)
        self.delete_package_button.setObjectName("deletePackage")
        self.delete_package_button.clicked.connect(lambda _=False: self.delete_package())
        package_buttons.addStretch(1)
        package_buttons.addWidget(self.edit_package_button)
        package_buttons.addWidget(self.delete_package_button)
        packages_layout = QVBoxLayout(self.packages_tab)
        packages_layout.setContentsMargins(0, 6, 0, 0)
        packages_layout.addWidget(self.packages_table, 1)
        packages_layout.addLayout(package_buttons)

        self.tabs.addTab(self.board, "")
        self.tabs.addTab(self.table_tab, "")
        self.tabs.addTab(self.follow_ups, "")
        self.tabs.addTab(self.chart, "")
        self.tabs.addTab(self.packages_tab, "")

    def _default_table_widths(self) -> None:
        widths = {
            InquiryTableModel.ORGANIZATION: 240,
            InquiryTableModel.CONTACT: 150,
            InquiryTableModel.PACKAGE: 200,
            InquiryTableModel.STAGE: 140,
            InquiryTableModel.AMOUNT: 140,
            InquiryTableModel.FOLLOW_UP: 120,
            InquiryTableModel.RECEIVED: 100,
            InquiryTableModel.STAGE_SINCE: 100,
            InquiryTableModel.SOURCE: 110,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    def _build_actions(self) -> None:
        # Enter and Delete act on the view that has the focus (cards handle their own keys);
        # Ctrl+N is handled in `event` because the window's File ▸ New database uses it too.
        self.edit_action = QAction(self)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_current)
        self.table.addAction(self.edit_action)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.table.addAction(self.delete_action)
        self.package_edit_action = QAction(self)
        self.package_edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.package_edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.package_edit_action.triggered.connect(self.edit_package)
        self.packages_table.addAction(self.package_edit_action)
        self.package_delete_action = QAction(self)
        self.package_delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.package_delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.package_delete_action.triggered.connect(self.delete_package)
        self.packages_table.addAction(self.package_delete_action)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_delete)
        self.undo_action.setEnabled(False)
        self.addAction(self.undo_action)

    # -- time (replaceable in tests) -------------------------------------------------------
    @property
    def today(self) -> Callable[[], date]:
        return self._today

    @today.setter
    def today(self, today: Callable[[], date]) -> None:
        self._today = today
        self.board.today = today
        self.model.today = today
        self.follow_ups.today = today
        self.mover.today = today
        self.refresh()

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.title_label.setText(self.section.title)
        self.event_label.setText(self.tr("&Event:"))
        self.new_inquiry_button.setText(self.tr("New inquiry"))
        shortcut = NEW_INQUIRY_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
        self.new_inquiry_button.setToolTip(
            self.tr("Record a new inquiry (%1)").replace("%1", shortcut)
        )
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit the chosen inquiry (Enter)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the chosen inquiry (Delete); it can be undone")
        )
        self.new_package_button.setText(self.tr("New package"))
        self.rates_button.setText(self.tr("Exchange rates…"))
        self.rates_button.setToolTip(
            self.tr("Give exchange rates to see the whole pipeline in one currency")
        )
        self.export_action.retranslate()
        self.undo_action.setText(self.tr("Undo delete"))
        self.no_event_label.setText(
            self.tr(
                "There is no event in this database yet. Packages and inquiries belong to an "
                "event: create the event first (the demo database has the WSIS Forum 2022)."
            )
        )
        for index, text in enumerate(
            (
                self.tr("Pipeline"),
                self.tr("Table"),
                self.tr("Follow-ups"),
                self.tr("Chart"),
                self.tr("Packages"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.overdue_filter.setText(self.tr("Overdue follow-ups only"))
        self.search.setPlaceholderText(self.tr("Search organization, contact, package, notes"))
        self.edit_package_button.setText(self.tr("Edit package"))
        self.delete_package_button.setText(self.tr("Delete package"))
        self.refresh()

    # -- keyboard --------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Inside this page Ctrl+N records an inquiry; elsewhere it stays File ▸ New database.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == NEW_INQUIRY_KEYS[0]
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.keyCombination() == NEW_INQUIRY_KEYS[0]:
            self.new_inquiry()
            return
        super().keyPressEvent(event)

    # -- data ------------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload the events, then the chosen event's inquiries, packages and totals."""
        language = current_language()
        with self.context.database.reading() as session:
            found = partnerships.list_events(session)
            events = [(event.id, event.title(language) or event.reference) for event in found]
            self._references = {event.id: event.reference for event in found}
        wanted = self.event_id or _uuid(remembered.read_value(remembered.EVENT))
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event_id, title in events:
            self.event_combo.addItem(title, event_id)
        index = index_of(self.event_combo, wanted) if wanted else -1
        self.event_combo.setCurrentIndex(index if index >= 0 else (0 if events else -1))
        self.event_combo.blockSignals(False)
        self.event_id = self.event_combo.currentData()
        self._remember_event()
        has_event = self.event_id is not None
        self.tabs.setVisible(has_event)
        self.no_event_label.setVisible(not has_event)
        for widget in (
            self.new_inquiry_button,
            self.edit_button,
            self.delete_button,
            self.new_package_button,
            self.rates_button,
            self.export_action,
        ):
            widget.setEnabled(has_event)
        self._load_event()

    def _on_event_chosen(self, _index: int) -> None:
        self.event_id = self.event_combo.currentData()
        self._remember_event()
        self.rates = self.target_currency = None
        self._load_event()

    def _remember_event(self) -> None:
        if (
            self.event_id is not None
            and _uuid(remembered.read_value(remembered.EVENT)) != self.event_id
        ):
            remembered.write_value(remembered.EVENT, str(self.event_id))

    def _load_event(self) -> None:
        language = current_language()
        rows: list[InquiryRow] = []
        package_rows: list[PackageRow] = []
        totals: PipelineTotals | None = None
        rates_problem = ""
        if self.event_id is not None:
            with self.context.database.reading() as session:
                rows = partnerships.inquiry_rows(session, self.event_id, language)
                free = partnerships.package_availabilities(session, self.event_id)
                package_rows = [
                    PackageRow(
                        p.id,
                        p.tier,
                        p.code,
                        p.name(language),
                        p.amount,
                        p.currency,
                        free[p.id],
                        pick_language(p.benefits, language),
                    )
                    for p in partnerships.list_packages(session, self.event_id)
                ]
                try:
                    totals = partnerships.pipeline_totals(
                        session, self.event_id, self.rates, self.target_currency
                    )
                except UserError as error:  # a currency appeared that has no rate yet
                    rates_problem = error.localized(language)
                    totals = partnerships.pipeline_totals(session, self.event_id)
        self.rows = rows
        self.totals = totals
        self.board.set_rows(rows)
        self.model.set_rows(rows)
        self.packages_model.set_rows(package_rows)
        self.follow_ups.set_event(self.event_id or NO_EVENT)
        if totals is not None:
            self.chart.set_totals(totals)
        self._fill_filters(package_rows)
        self._update_summary(rates_problem)
        self._update_count()

    def _fill_filters(self, packages: list[PackageRow]) -> None:
        stage = self.stage_filter.currentData()
        package = self.package_filter.currentData()
        for combo in (self.stage_filter, self.package_filter):
            combo.blockSignals(True)
            combo.clear()
        self.stage_filter.addItem(self.tr("All stages"), None)
        for each in ALL_STAGES:
            self.stage_filter.addItem(stage_text(each), each)
        self.stage_filter.addItem(self.tr("Open: not yet committed"), PROSPECT_STAGES)
        self.stage_filter.addItem(self.tr("Committed, signed or paid"), WON_STAGES)
        if self._other_stages is not None:
            self.stage_filter.addItem(self._stages_text(self._other_stages), self._other_stages)
        self.package_filter.addItem(self.tr("All packages"), None)
        self.package_filter.addItem(self.tr("No package"), NO_PACKAGE)
        for row in packages:
            self.package_filter.addItem(row.name, row.id)
        self.stage_filter.setCurrentIndex(max(0, index_of(self.stage_filter, stage)))
        self.package_filter.setCurrentIndex(max(0, index_of(self.package_filter, package)))
        for combo in (self.stage_filter, self.package_filter):
            combo.blockSignals(False)

    def _apply_filter(self) -> None:
        # Qt hands enum values back as plain strings; a group of stages is a frozenset.
        stage = self.stage_filter.currentData()
        several = stage if isinstance(stage, frozenset) else frozenset()
        self.model.set_filter(
            InquiryFilter(
                stage=PartnershipStage(stage) if stage and not several else None,
                stages=several,
                package=self.package_filter.currentData(),
                overdue_only=self.overdue_filter.isChecked(),
                search=self.search.text(),
            )
        )
        self._update_count()

    def show_filter(self, list_filter: object) -> None:
        """Show the table listing exactly the inquiries in `list_filter["stages"]` (a dashboard
        figure; no stage: every inquiry). Filters of other shapes are ignored."""
        stages = _stages_of(list_filter)
        if stages is None:
            return
        self.tabs.setCurrentIndex(self.TABLE)
        widgets = (self.stage_filter, self.package_filter, self.overdue_filter, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        other = len(stages) > 1 and stages not in (PROSPECT_STAGES, WON_STAGES)
        self._offer_other_stages(stages if other else None)
        if len(stages) == 1:
            (stage,) = stages
            wanted: object = stage
        else:
            wanted = stages or None
        self.stage_filter.setCurrentIndex(max(0, index_of(self.stage_filter, wanted)))
        self.package_filter.setCurrentIndex(0)
        self.overdue_filter.setChecked(False)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filter()

    def _offer_other_stages(self, stages: frozenset[PartnershipStage] | None) -> None:
        """Offer `stages` as one more choice of the stage filter (replacing the previous one)."""
        for index in reversed(range(self.stage_filter.count())):
            data = self.stage_filter.itemData(index)
            if isinstance(data, frozenset) and data not in (PROSPECT_STAGES, WON_STAGES):
                self.stage_filter.removeItem(index)
        self._other_stages = stages
        if stages is not None:
            self.stage_filter.addItem(self._stages_text(stages), stages)

    def _stages_text(self, stages: frozenset[PartnershipStage]) -> str:
        return self.tr(", ").join(stage_text(stage) for stage in ALL_STAGES if stage in stages)

    def _event_reference(self) -> str | None:
        return self._references.get(self.event_id) if self.event_id is not None else None

    def export_ids(self) -> list[uuid.UUID] | None:
        """What "Export to Excel…" writes: the inquiries the table shows when a filter narrows
        it (for example after a dashboard figure), else the event's whole pipeline."""
        if self.tabs.currentIndex() != self.TABLE:
            return None
        shown = [self.model.row_at(row).id for row in range(self.model.rowCount())]
        return shown if len(shown) < self.model.total_count() else None

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %n inquiries", "", self.model.total_count()).replace(
                "%1", str(self.model.rowCount())
            )
        )

    def _update_summary(self, rates_problem: str = "") -> None:
        totals = self.totals
        if totals is None:
            self.summary_label.clear()
            return

        def amounts(values: dict[str, Decimal]) -> str:
            if not values:
                return self.tr("nothing yet")
            return SEPARATOR.join(money(a, c) for c, a in values.items())

        parts = [
            self.tr("<b>Prospects:</b> %1").replace("%1", amounts(totals.prospective_amounts())),
            self.tr("<b>Committed or paid:</b> %1").replace(
                "%1", amounts(totals.committed_amounts())
            ),
        ]
        if totals.converted is not None and totals.target_currency:
            stages = [s for s in ALL_STAGES if s in OPEN_STAGES | COMMITTED_STAGES]
            converted = totals.converted_total(stages)
            parts.append(
                self.tr("<b>All in %1 at your rates:</b> %2")
                .replace("%1", totals.target_currency)
                .replace("%2", money(converted, totals.target_currency))
            )
        today = self.today()
        overdue = sum(1 for row in self.rows if is_overdue(row, today))
        if overdue:
            parts.append(
                f'<span style="{OVERDUE_STYLE}">'
                + self.tr("%n follow-up(s) overdue", "", overdue)
                + "</span>"
            )
        if rates_problem:
            parts.append(f'<span style="{OVERDUE_STYLE}">{_escape(rates_problem)}</span>')
        # In Arabic the line runs from the right even while a phrase is still in English.
        self.summary_label.setText(standalone("&nbsp;&nbsp;|&nbsp;&nbsp;".join(parts)))

    # -- current inquiry -------------------------------------------------------------------
    def _set_current(self, inquiry_id: uuid.UUID | None) -> None:
        self._current_id = inquiry_id

    def _table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._set_current(self.model.row_at(current.row()).id)

    def _follow_up_current_changed(self, item, _previous) -> None:
        inquiry_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(inquiry_id, uuid.UUID):
            self._set_current(inquiry_id)

    def current_inquiry(self) -> uuid.UUID | None:
        """The inquiry the commands act on: the focused card, the table's row, the follow-up."""
        tab = self.tabs.currentIndex()
        if tab == self.TABLE:
            index = self.table.currentIndex()
            return self.model.row_at(index.row()).id if index.isValid() else None
        if tab == self.BOARD:
            return self.board.focused_inquiry() or self._current_id
        return self._current_id

    def _table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_inquiry(self.model.row_at(index.row()).id)

    # -- commands: inquiries ---------------------------------------------------------------
    def new_inquiry(self) -> None:
        if self.event_id is None:
            return
        dialog = InquiryDialog(self.context, self.event_id, None, self, today=self.today)
        if dialog.exec() == InquiryDialog.DialogCode.Accepted and dialog.saved_id:
            self._load_event()
            self._select(dialog.saved_id)

    def edit_current(self) -> None:
        inquiry_id = self.current_inquiry()
        if inquiry_id is not None:
            self.edit_inquiry(inquiry_id)

    def edit_inquiry(self, inquiry_id: uuid.UUID) -> None:
        if self.event_id is None:
            return
        dialog = InquiryDialog(self.context, self.event_id, inquiry_id, self, today=self.today)
        if dialog.exec() == InquiryDialog.DialogCode.Accepted:
            self._load_event()
            self._select(inquiry_id)

    def delete_current(self) -> None:
        inquiry_id = self.current_inquiry()
        if inquiry_id is not None:
            self.delete_inquiry(inquiry_id)

    def delete_inquiry(self, inquiry_id: uuid.UUID) -> None:
        row = next((r for r in self.rows if r.id == inquiry_id), None)
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the inquiry"),
            self.tr(
                "Delete the inquiry from {organization}? You can undo this right after."
            ).format(organization=row.organization),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.database.writing() as session:
                inquiry = partnerships.get_inquiry(session, inquiry_id)
                self._deleted = partnerships.delete_inquiry(session, inquiry)
        except UserError as error:
            error_reporting.show_error(error, self)
            return
        self.undo_bar.show_message(
            self.tr("The inquiry from {organization} was deleted.").format(
                organization=row.organization
            ),
            undoable=True,
        )
        self.undo_action.setEnabled(True)
        self._current_id = None
        self._load_event()

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        snapshot, self._deleted = self._deleted, None
        self.undo_bar.hide()
        self.undo_action.setEnabled(False)
        try:
            with self.context.database.writing() as session:
                restored_id = partnerships.restore_inquiry(session, snapshot)
        except UserError as error:
            error_reporting.show_error(error, self)
            return
        self._load_event()
        self._select(restored_id)

    def move_inquiry(self, inquiry_id: uuid.UUID, stage: PartnershipStage) -> None:
        """A card dropped on a column, or "Move to" chosen in a menu."""
        self.mover.move(inquiry_id, stage)

    def reopen_inquiry(self, inquiry_id: uuid.UUID) -> None:
        row = next((r for r in self.rows if r.id == inquiry_id), None)
        if row is None:
            return
        dialog = ReopenDialog(row.organization, self)
        if dialog.exec() == ReopenDialog.DialogCode.Accepted:
            stage = PartnershipStage(dialog.stage.currentData())
            self.mover.reopen(inquiry_id, stage, dialog.reason.text().strip())

    def _after_move(self, inquiry_id: uuid.UUID) -> None:
        self._load_event()
        self._select(inquiry_id)

    def _select(self, inquiry_id: uuid.UUID) -> None:
        self._current_id = inquiry_id
        row = self.model.row_of(inquiry_id)
        if row is not None:
            self.table.selectRow(row)
        if self.tabs.currentIndex() == self.BOARD:
            card = self.board.card(inquiry_id)
            if card is not None:
                card.setFocus()
                self.board.ensureWidgetVisible(card)

    def _inquiry_menu(self, inquiry_id: uuid.UUID, position: QPoint) -> None:
        self.inquiry_menu(inquiry_id).exec(position)

    def _table_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            inquiry_id = self.model.row_at(index.row()).id
            self.inquiry_menu(inquiry_id).exec(self.table.viewport().mapToGlobal(position))

    def inquiry_menu(self, inquiry_id: uuid.UUID) -> QMenu:
        """Edit, Move to ▸ each stage (explaining the ones that need confirmation), Reopen,
        Delete."""
        row = next(r for r in self.rows if r.id == inquiry_id)
        menu = QMenu(self)
        menu.setObjectName("inquiryMenu")
        menu.addAction(self.tr("Edit…"), lambda: self.edit_inquiry(inquiry_id))
        move_menu = menu.addMenu(self.tr("Move to"))
        for stage in ALL_STAGES:
            verdict = classify_move(row.stage, stage)
            if verdict.kind is MoveKind.UNCHANGED:
                continue
            text = stage_text(stage)
            if verdict.kind is MoveKind.NEEDS_CONFIRMATION:
                text = self.tr("%1 (asks first)").replace("%1", text)
            action = move_menu.addAction(
                text, lambda stage=stage: self.move_inquiry(inquiry_id, stage)
            )
            action.setEnabled(verdict.allowed)
        move_menu.setEnabled(row.stage not in FINAL_STAGES)
        reopen = menu.addAction(self.tr("Reopen…"), lambda: self.reopen_inquiry(inquiry_id))
        reopen.setEnabled(row.stage in FINAL_STAGES)
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_inquiry(inquiry_id))
        return menu

    # -- commands: packages and rates ------------------------------------------------------
    def current_package(self) -> uuid.UUID | None:
        index = self.packages_table.currentIndex()
        return self.packages_model.row_at(index.row()).id if index.isValid() else None

    def new_package(self) -> None:
        if self.event_id is None:
            return
        dialog = PackageDialog(self.context, self.event_id, None, self)
        if dialog.exec() == PackageDialog.DialogCode.Accepted:
            self._load_event()

    def edit_package(self) -> None:
        package_id = self.current_package()
        if package_id is None or self.event_id is None:
            return
        dialog = PackageDialog(self.context, self.event_id, package_id, self)
        if dialog.exec() == PackageDialog.DialogCode.Accepted:
            self._load_event()

    def delete_package(self) -> None:
        package_id = self.current_package()
        if package_id is None:
            return
        row = self.packages_model.row_at(self.packages_table.currentIndex().row())
        answer = QMessageBox.question(
            self,
            self.tr("Delete the package"),
            self.tr("Delete the package {package}?").format(package=row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.database.writing() as session:
                partnerships.delete_package(session, partnerships.get_package(session, package_id))
        except UserError as error:
            error_reporting.show_error(error, self)
            return
        self._load_event()

    def ask_rates(self) -> None:
        if self.totals is None:
            return
        dialog = RatesDialog(self.totals.currencies, self.target_currency, self.rates, self)
        if dialog.exec() == RatesDialog.DialogCode.Accepted:
            self.set_rates(dialog.result_rates, dialog.result_target)

    def set_rates(self, rates: dict[str, Decimal] | None, target: str | None) -> None:
        """Show the pipeline also converted into `target` at `rates` (None: no conversion)."""
        self.rates, self.target_currency = rates, target
        self._load_event()


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _stages_of(list_filter: object) -> frozenset[PartnershipStage] | None:
    """The stages of a `{"stages": [...]}` filter; None for any other shape."""
    if not isinstance(list_filter, dict) or set(list_filter) != {"stages"}:
        return None
    values = list_filter["stages"]
    if isinstance(values, str) or not isinstance(values, list | tuple | set | frozenset):
        return None
    try:
        return frozenset(PartnershipStage(value) for value in values)
    except ValueError:
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
