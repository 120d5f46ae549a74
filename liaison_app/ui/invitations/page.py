"""The "Invitations & replies" section: an event's invitations with their replies and history,
the circulars register, and the deadlines with the non-repliers to remind.

Other sections reach it through two calls: `show_filter(InvitationFilter)` lists exactly the rows
a dashboard figure counted, and `select_invitations(ids)` selects rows. It emits
`remindersRequested(event_reference, invitation_ids)` when the officer selects non-repliers for
reminders (the letters section renders them).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from liaison_app.domain.enums import InvitationStatus, OutgoingChannel, Region
from liaison_app.domain.invitation_rules import REFUSAL_MESSAGES, secretariat_today
from liaison_app.domain.models import Event
from liaison_app.errors import UserError
from liaison_app.i18n import translate
from liaison_app.services import circulars as circular_service
from liaison_app.services import deadlines as deadline_service
from liaison_app.services import deletion
from liaison_app.services import invitations as invitation_service
from liaison_app.services.circulars import CircularRow
from liaison_app.services.deletion import Deleted
from liaison_app.services.invitations import InvitationFilter, InvitationRow
from liaison_app.ui import error_reporting
from liaison_app.ui.context import AppContext
from liaison_app.ui.event_choice import EventChoice
from liaison_app.ui.invitations.circular_dialog import CircularDialog
from liaison_app.ui.invitations.deadlines_tab import DeadlinesTab
from liaison_app.ui.invitations.display import (
    enum_text,
    isolate,
    level_text,
    long_date,
    region_text,
)
from liaison_app.ui.invitations.history_panel import HistoryPanel
from liaison_app.ui.invitations.invite_dialog import InviteDialog
from liaison_app.ui.invitations.reply_dialog import ReplyDialog, ReplyMode, ReplyTarget
from liaison_app.ui.invitations.status_dialog import StatusDialog
from liaison_app.ui.invitations.status_sync import sync_statuses
from liaison_app.ui.invitations.table_model import InvitationTableModel
from liaison_app.ui.language import current_language
from liaison_app.ui.pages.base import Page
from liaison_app.ui.pages.placeholder import heading_label
from liaison_app.ui.sections import Section
from liaison_app.ui.undo_bar import UndoBar

ANY = "any"
NO_REGION = "none"


class InvitationsPage(Page):
    #: The officer selected non-repliers for reminders: (event reference, invitation ids).
    remindersRequested = Signal(str, list)

    INVITATIONS, CIRCULARS, DEADLINES = range(3)

    def __init__(self, context: AppContext, section: Section, parent: QWidget | None = None):
        super().__init__(context, section, parent)
        #: Replaceable in tests, so deadlines do not depend on when the tests run.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.event_id: uuid.UUID | None = None
        self.circulars: list[CircularRow] = []
        #: The part of the filter the bar above the table cannot show (set by the dashboard).
        self.extra_filter = InvitationFilter()
        self.last_message = ""
        #: Loaded when first shown (or refreshed), not when built: the window builds a page and
        #: then activates it, and the first load should happen once.
        self.loaded = False
        self._build()
        context.databaseChanged.connect(self._forget_deletions)
        context.databaseChanged.connect(self.refresh)
        self.retranslateUi()

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = heading_label(1.4, self)
        self.title_label.setObjectName("pageTitle")
        self.event_label = QLabel(self)
        self.event_combo = EventChoice(self, minimum_width=260)
        self.event_label.setBuddy(self.event_combo)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        self.edit_event_button = self._button("editEvent", self.edit_event)
        self.new_event_button = self._button("newEvent", self.new_event)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.event_label)
        header.addWidget(self.event_combo)
        header.addWidget(self.edit_event_button)
        header.addWidget(self.new_event_button)

        self.no_event_label = QLabel(self)
        self.no_event_label.setObjectName("noEvent")
        self.no_event_label.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("invitationTabs")
        self.tabs.addTab(self._invitations_tab(), "")
        self.tabs.addTab(self._circulars_tab(), "")
        self.deadlines_tab = DeadlinesTab(self)
        self.deadlines_tab.remindersSelected.connect(self.select_for_reminders)
        self.deadlines_tab.filterRequested.connect(self.show_filter)
        self.tabs.addTab(self.deadlines_tab, "")

        # Deletions of invitations and circulars recorded by mistake can be taken back.
        self._deleted: list[Deleted] = []
        self.undo_bar = UndoBar(self)
        self.undo_bar.undoRequested.connect(self.undo_delete)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.no_event_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.undo_bar)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _invitations_tab(self) -> QWidget:
        page = QWidget(self)
        self.status_filter = QComboBox(page)
        self.status_filter.setObjectName("statusFilter")
        self.region_filter = QComboBox(page)
        self.region_filter.setObjectName("regionFilter")
        self.channel_filter = QComboBox(page)
        self.channel_filter.setObjectName("channelFilter")
        self.circular_filter = QComboBox(page)
        self.circular_filter.setObjectName("circularFilter")
        self.search = QLineEdit(page)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        for combo in (self.status_filter, self.region_filter, self.channel_filter):
            combo.addItem("", ANY)
        for status in InvitationStatus:
            self.status_filter.addItem("", status)
        for region in Region:
            self.region_filter.addItem("", region)
        self.region_filter.addItem("", NO_REGION)
        for channel in OutgoingChannel:
            self.channel_filter.addItem("", channel)
        self.circular_filter.addItem("", ANY)
        for widget in (
            self.status_filter,
            self.region_filter,
            self.channel_filter,
            self.circular_filter,
        ):
            widget.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        filters = QHBoxLayout()
        self.filter_labels = [QLabel(page) for _ in range(4)]
        for label, combo in zip(
            self.filter_labels,
            (self.status_filter, self.region_filter, self.channel_filter, self.circular_filter),
            strict=True,
        ):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addWidget(self.search, 1)

        self.extra_bar = QFrame(page)
        self.extra_bar.setObjectName("extraFilter")
        self.extra_bar.setStyleSheet(
            "QFrame#extraFilter { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 4px; }"
        )
        self.extra_label = QLabel(self.extra_bar)
        self.extra_label.setObjectName("extraFilterText")
        self.extra_label.setWordWrap(True)
        self.clear_extra_button = QPushButton(self.extra_bar)
        self.clear_extra_button.setObjectName("clearExtraFilter")
        self.clear_extra_button.clicked.connect(self.clear_filters)
        extra_layout = QHBoxLayout(self.extra_bar)
        extra_layout.setContentsMargins(8, 4, 8, 4)
        extra_layout.addWidget(self.extra_label, 1)
        extra_layout.addWidget(self.clear_extra_button)
        self.extra_bar.hide()

        self.invite_button = self._button("invite", self.invite)
        self.status_button = self._button("changeStatus", self.change_status)
        self.reply_button = self._button("logReply", self.log_reply)
        self.source_button = self._button("secondSource", self.add_source)
        self.from_state_button = self._button("replyFromState", self.reply_from_state)
        self.reminder_button = self._button("recordReminder", self.record_reminder)
        self.delete_button = self._button("deleteInvitations", self.delete_selected)
        self.export_button = QPushButton(page)
        self.export_button.setObjectName("exportInvitations")
        self.export_button.clicked.connect(self.export)
        actions = QHBoxLayout()
        for button in (
            self.invite_button,
            self.status_button,
            self.reply_button,
            self.source_button,
            self.from_state_button,
            self.reminder_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)

        self.model = InvitationTableModel(self)
        self.model.now = lambda: self.now()
        self.table = QTableView(page)
        self.table.setObjectName("invitationsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(InvitationTableModel.ADDRESSEE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {0: 230, 1: 90, 2: 90, 3: 120, 4: 95, 5: 120, 6: 120, 7: 100, 8: 90, 9: 150}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.log_reply())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = QLabel(page)
        self.count_label.setObjectName("invitationCount")

        self.history = HistoryPanel(page)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 320])

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.extra_bar)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        return page

    def _circulars_tab(self) -> QWidget:
        page = QWidget(self)
        self.next_reference_label = QLabel(page)
        self.next_reference_label.setObjectName("nextReference")
        self.new_circular_button = self._button("newCircular", self.new_circular)
        self.edit_circular_button = self._button("editCircular", self.edit_circular)
        self.delete_circular_button = self._button("deleteCircular", self.delete_circular)
        self.list_circular_button = self._button("listCircular", self.list_circular)
        bar = QHBoxLayout()
        for button in (
            self.new_circular_button,
            self.edit_circular_button,
            self.delete_circular_button,
            self.list_circular_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.next_reference_label)
        self.register = QTreeWidget(page)
        self.register.setObjectName("circularsRegister")
        self.register.setColumnCount(6)
        self.register.setRootIsDecorated(False)
        self.register.setAlternatingRowColors(True)
        self.register.setColumnWidth(0, 110)
        self.register.setColumnWidth(1, 140)
        self.register.setColumnWidth(2, 420)
        self.register.setColumnWidth(3, 140)
        self.register.itemActivated.connect(lambda _item: self.edit_circular())
        self.register.currentItemChanged.connect(lambda *_: self._update_circular_buttons())
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.register, 1)
        return page

    def _forget_deletions(self) -> None:
        """Deletions in another database cannot be undone in this one."""
        self._deleted.clear()
        self.undo_bar.hide()

    def retranslateUi(self) -> None:
        self.undo_bar.undo_button.setToolTip(self.tr("Put back what was deleted last (Ctrl+Z)"))
        self.title_label.setText(self.section.title)
        self.event_label.setText(self.tr("&Event:"))
        self.edit_event_button.setText(self.tr("Edit event…"))
        self.new_event_button.setText(self.tr("New event…"))
        self.no_event_label.setText(
            self.tr("There is no event yet: create one with New event… to start inviting.")
        )
        self.tabs.setTabText(self.INVITATIONS, self.tr("Invitations"))
        self.tabs.setTabText(self.CIRCULARS, self.tr("Circulars"))
        self.tabs.setTabText(self.DEADLINES, self.tr("Deadlines and reminders"))
        for label, text in zip(
            self.filter_labels,
            (self.tr("Status"), self.tr("Region"), self.tr("Sent by"), self.tr("Circular")),
            strict=True,
        ):
            label.setText(text)
        everything = self.tr("All")
        for combo in (
            self.status_filter,
            self.region_filter,
            self.channel_filter,
            self.circular_filter,
        ):
            combo.setItemText(0, everything)
            for index in range(1, combo.count()):
                value = combo.itemData(index)
                # Qt hands enum data back as plain strings.
                if combo is self.region_filter:
                    region = None if value == NO_REGION else Region(value)
                    combo.setItemText(index, region_text(region))
                elif combo is self.status_filter:
                    combo.setItemText(index, enum_text(InvitationStatus(value)))
                elif combo is self.channel_filter:
                    combo.setItemText(index, enum_text(OutgoingChannel(value)))
        self.search.setPlaceholderText(self.tr("Search Member States, people, notes…"))
        self.clear_extra_button.setText(self.tr("Show all"))
        self.invite_button.setText(self.tr("Invite…"))
        self.invite_button.setToolTip(
            self.tr("Invite Member States or contacts; those already invited are left as they are")
        )
        self.status_button.setText(self.tr("Change status…"))
        self.reply_button.setText(self.tr("Log reply…"))
        self.source_button.setText(self.tr("Second source…"))
        self.source_button.setToolTip(
            self.tr("The same reply came again (a signed letter after the online form)")
        )
        self.from_state_button.setText(self.tr("Reply from a Member State…"))
        self.reminder_button.setText(self.tr("Reminder sent"))
        self.reminder_button.setToolTip(
            self.tr("Count a reminder sent today to each selected invitation")
        )
        self.delete_button.setText(self.tr("Delete"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.new_circular_button.setText(self.tr("New circular…"))
        self.edit_circular_button.setText(self.tr("Edit…"))
        self.delete_circular_button.setText(self.tr("Delete"))
        self.list_circular_button.setText(self.tr("Show its invitations"))
        self.register.setHeaderLabels(
            [
                self.tr("Reference"),
                self.tr("Dated"),
                self.tr("Subject"),
                self.tr("Reply deadline"),
                self.tr("Invitations"),
                self.tr("Replies"),
            ]
        )
        self.history.retranslateUi()
        self.deadlines_tab.retranslateUi()
        if self.loaded:  # names, dates and enum words are in the language: reload them
            self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def today(self) -> date:
        return secretariat_today(self.now())

    def activated(self) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload everything; "no reply" is brought in step with the deadlines first."""
        self.loaded = True
        database = self.context.database
        language = current_language()
        sync_statuses(database, self.today(), self)
        with database.reading() as session:
            events = list(
                session.execute(
                    select(Event.id, Event.reference, Event.titles).order_by(
                        Event.starts_on.desc(), Event.reference
                    )
                )
            )
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event_id, reference, titles in events:
            title = (titles or {}).get(language) or (titles or {}).get("en") or reference
            self.event_combo.addItem(f"{reference} — {title}", event_id)
        index = self.event_combo.findData(self.event_id) if self.event_id else 0
        self.event_combo.setCurrentIndex(max(0, index) if events else -1)
        self.event_combo.blockSignals(False)
        self.event_id = self.event_combo.currentData()
        has_event = self.event_id is not None
        self.no_event_label.setVisible(not has_event)
        self.tabs.setEnabled(has_event)
        self.edit_event_button.setEnabled(has_event)
        self._load_event()

    def _event_chosen(self) -> None:
        self.event_id = self.event_combo.currentData()
        self.extra_filter = InvitationFilter()
        self._load_event()

    def _load_event(self) -> None:
        database = self.context.database
        language = current_language()
        selected = set(self.selected_ids())
        rows: list[InvitationRow] = []
        self.circulars = []
        countdowns, repliers = [], []
        if self.event_id is not None:
            now = self.now()
            with database.reading() as session:
                rows = invitation_service.invitation_rows(session, self.event_id, language)
                self.circulars = circular_service.list_circulars(session, self.event_id, language)
                countdowns = deadline_service.countdowns(
                    session, self.event_id, now, language, rows
                )
                repliers = deadline_service.non_repliers(
                    session, self.event_id, now, language, rows
                )
                suggestion = circular_service.suggest_reference(session, self.today().year)
            self.next_reference_label.setText(
                self.tr("Next reference: {reference}").format(reference=isolate(suggestion))
            )
        self._fill_circular_filter()
        self.model.set_rows(rows)
        self._fill_register()
        self.deadlines_tab.show_deadlines(countdowns, repliers)
        self._apply_filter()
        if selected:
            self.select_invitations(selected)
        self._selection_changed()

    def _fill_circular_filter(self) -> None:
        current = self.circular_filter.currentData()
        self.circular_filter.blockSignals(True)
        while self.circular_filter.count() > 1:
            self.circular_filter.removeItem(1)
        for row in self.circulars:
            self.circular_filter.addItem(row.reference, row.id)
        self.circular_filter.setCurrentIndex(max(0, self.circular_filter.findData(current)))
        self.circular_filter.blockSignals(False)

    def _fill_register(self) -> None:
        current = self.current_circular_id()
        self.register.clear()
        for row in self.circulars:
            item = QTreeWidgetItem(
                [
                    row.reference,
                    long_date(row.issued_on),
                    row.subject,
                    long_date(row.reply_deadline),
                    str(row.invitations),
                    str(row.replies),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(2, row.subject)
            self.register.addTopLevelItem(item)
            if row.id == current:
                self.register.setCurrentItem(item)
        self._update_circular_buttons()

    # -- filters ---------------------------------------------------------------------------
    def current_filter(self) -> InvitationFilter:
        """The bar's choices over the part of the filter it cannot show."""
        extra = self.extra_filter
        status = self.status_filter.currentData()
        region = self.region_filter.currentData()
        channel = self.channel_filter.currentData()
        circular = self.circular_filter.currentData()
        return InvitationFilter(
            statuses=frozenset() if status == ANY else frozenset({InvitationStatus(status)}),
            regions=(
                extra.regions
                if region == ANY
                else frozenset({None if region == NO_REGION else Region(region)})
            ),
            channels=frozenset() if channel == ANY else frozenset({OutgoingChannel(channel)}),
            circular_id=None if circular == ANY else circular,
            without_circular=extra.without_circular,
            decisions=extra.decisions,
            levels=extra.levels,
            replied=extra.replied,
            received_on=extra.received_on,
            overdue=extra.overdue,
            awaiting=extra.awaiting,
            ids=extra.ids,
            search=self.search.text(),
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._describe_extra()
        self.count_label.setText(
            self.tr("Showing {shown} of %n invitation(s)", "", self.model.total_count()).format(
                shown=QLocale().toString(self.model.rowCount())
            )
        )
        self._selection_changed()

    def show_filter(self, invitation_filter: InvitationFilter) -> None:
        """List exactly the invitations `invitation_filter` selects (from the dashboard)."""
        if not isinstance(invitation_filter, InvitationFilter):
            return
        self.tabs.setCurrentIndex(self.INVITATIONS)
        widgets = (self.status_filter, self.region_filter, self.channel_filter)
        for widget in (*widgets, self.circular_filter, self.search):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(
            self._single(self.status_filter, invitation_filter.statuses)
        )
        region_index = 0
        regions = invitation_filter.regions
        if len(regions) == 1:
            (region,) = regions
            region_index = self.region_filter.findData(NO_REGION if region is None else region)
            regions = frozenset()
        self.region_filter.setCurrentIndex(max(0, region_index))
        self.channel_filter.setCurrentIndex(
            self._single(self.channel_filter, invitation_filter.channels)
        )
        self.circular_filter.setCurrentIndex(
            max(0, self.circular_filter.findData(invitation_filter.circular_id))
            if invitation_filter.circular_id
            else 0
        )
        self.search.setText(invitation_filter.search)
        for widget in (*widgets, self.circular_filter, self.search):
            widget.blockSignals(False)
        self.extra_filter = InvitationFilter(
            regions=regions,
            without_circular=invitation_filter.without_circular,
            decisions=invitation_filter.decisions,
            levels=invitation_filter.levels,
            replied=invitation_filter.replied,
            received_on=invitation_filter.received_on,
            overdue=invitation_filter.overdue,
            awaiting=invitation_filter.awaiting,
            ids=invitation_filter.ids,
        )
        self._apply_filter()

    @staticmethod
    def _single(combo: QComboBox, values: frozenset) -> int:
        if len(values) != 1:
            return 0
        return max(0, combo.findData(next(iter(values))))

    def clear_filters(self) -> None:
        self.extra_filter = InvitationFilter()
        for combo in (
            self.status_filter,
            self.region_filter,
            self.channel_filter,
            self.circular_filter,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._apply_filter()

    def _describe_extra(self) -> None:
        extra = self.extra_filter
        parts = []
        if extra.awaiting:
            parts.append(self.tr("waiting for a reply"))
        if extra.overdue:
            parts.append(self.tr("overdue"))
        if extra.replied is True:
            parts.append(self.tr("with a reply"))
        if extra.replied is False:
            parts.append(self.tr("without a reply"))
        if extra.without_circular:
            parts.append(self.tr("sent without a circular"))
        if extra.decisions:
            parts.append(
                self.tr("decision: {values}").format(
                    values=", ".join(enum_text(d) for d in sorted(extra.decisions))
                )
            )
        if extra.levels:
            parts.append(
                self.tr("level: {values}").format(
                    values=", ".join(level_text(level) for level in extra.levels)
                )
            )
        if extra.regions:
            parts.append(", ".join(region_text(r) for r in extra.regions))
        if extra.received_on is not None:
            parts.append(
                self.tr("reply received on {date}").format(date=long_date(extra.received_on))
            )
        if extra.ids is not None:
            parts.append(self.tr("%n chosen invitation(s)", "", len(extra.ids)))
        self.extra_bar.setVisible(bool(parts))
        self.extra_label.setText(self.tr("Only invitations: {what}").format(what="; ".join(parts)))

    # -- selection -------------------------------------------------------------------------
    def selected_rows(self) -> list[InvitationRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def selected_ids(self) -> list[uuid.UUID]:
        return [row.id for row in self.selected_rows()]

    def current_row(self) -> InvitationRow | None:
        index = self.table.selectionModel().currentIndex()
        selected = self.selected_rows()
        if index.isValid() and self.model.row_at(index.row()) in selected:
            return self.model.row_at(index.row())
        return selected[0] if selected else None

    def select_invitations(self, ids) -> int:
        """Select these invitations in the table (those the filter shows); returns how many."""
        wanted = set(ids)
        selection = QItemSelection()
        first: QModelIndex | None = None
        last_column = self.model.columnCount() - 1
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id in wanted:
                start = self.model.index(row, 0)
                selection.select(start, self.model.index(row, last_column))
                first = first or start
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if first is not None:
            self.table.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(first)
        return len(self.selected_ids())

    def _selection_changed(self, *_: object) -> None:
        rows = self.selected_rows()
        one = len(rows) == 1
        self.status_button.setEnabled(bool(rows))
        self.reply_button.setEnabled(one)
        self.source_button.setEnabled(one and rows[0].replied)
        self.reminder_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))
        self.invite_button.setEnabled(self.event_id is not None)
        self.from_state_button.setEnabled(self.event_id is not None)
        if one:
            self.reply_button.setText(
                self.tr("Correct reply…") if rows[0].replied else self.tr("Log reply…")
            )
        current = self.current_row()
        self.history.show_invitation(self.context.database, current.id if current else None)

    # -- commands --------------------------------------------------------------------------
    def _circular_for_new_work(self) -> uuid.UUID | None:
        circular = self.circular_filter.currentData()
        if circular not in (None, ANY):
            return circular
        return self.circulars[0].id if self.circulars else None

    def invite(self) -> InviteDialog | None:
        if self.event_id is None:
            return None
        dialog = InviteDialog(
            self.context.database,
            self.event_id,
            self.circulars,
            self.today(),
            self,
            circular_id=self._circular_for_new_work(),
        )
        dialog.accepted.connect(lambda: self._do_invite(dialog))
        dialog.open()
        return dialog

    def _do_invite(self, dialog: InviteDialog) -> None:
        request = dialog.request()
        try:
            with self.context.database.writing() as session:
                report = invitation_service.create_invitations(
                    session,
                    event_id=self.event_id,
                    circular_id=request.circular_id,
                    member_state_ids=request.member_state_ids,
                    contact_ids=request.contact_ids,
                    channel=request.channel if request.sent_on else None,
                    sent_on=request.sent_on,
                    notes=request.notes,
                    today=self.today(),
                )
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self.extra_filter = InvitationFilter()
        self._load_event()
        self.select_invitations(report.created)
        message = self.tr("%n invitation(s) recorded.", "", report.created_count)
        if report.already_invited:
            message += " " + self.tr(
                "%n addressee(s) had already been invited and were left as they are.",
                "",
                report.already_invited,
            )
        self.notify(message)

    def notify(self, message: str) -> None:
        """A passing message in the window's status bar (kept in `last_message`)."""
        self.last_message = message
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)

    def change_status(self) -> StatusDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = StatusDialog(len(ids), self.today(), self)
        dialog.accepted.connect(lambda: self._do_change_status(dialog, ids))
        dialog.open()
        return dialog

    def _do_change_status(self, dialog: StatusDialog, ids: list[uuid.UUID]) -> None:
        request = dialog.request()
        try:
            with self.context.database.writing() as session:
                report = invitation_service.change_status(
                    session,
                    ids,
                    request.status,
                    on=request.on,
                    channel=request.channel,
                    reason=request.reason,
                    today=self.today(),
                )
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self._load_event()
        self.select_invitations(ids)
        if report.refused:
            language = current_language()
            lines = [
                self.tr("%n invitation(s) changed.", "", len(report.changed)),
                *(
                    self.tr("%n not changed:", "", len(refused))
                    + " "
                    + translate(REFUSAL_MESSAGES[reason], language)
                    for reason, refused in report.refused.items()
                ),
            ]
            error_reporting.show_warning("\n\n".join(lines), self)

    def _target(self, row: InvitationRow | None) -> ReplyTarget:
        circular_id = row.circular_id if row else self._circular_for_new_work()
        reference = next((c.reference for c in self.circulars if c.id == circular_id), None)
        assert self.event_id is not None
        return ReplyTarget(self.event_id, circular_id, reference, row)

    def _open_reply(self, row: InvitationRow | None, mode: ReplyMode) -> ReplyDialog:
        dialog = ReplyDialog(
            self.context.database,
            self._target(row),
            mode,
            self.today(),
            self,
        )
        dialog.accepted.connect(lambda: self._after_reply(dialog))
        dialog.open()
        return dialog

    def log_reply(self) -> ReplyDialog | None:
        row = self.current_row()
        if row is None:
            return None
        return self._open_reply(row, ReplyMode.EDIT if row.replied else ReplyMode.NEW)

    def add_source(self) -> ReplyDialog | None:
        row = self.current_row()
        if row is None or not row.replied:
            return None
        return self._open_reply(row, ReplyMode.SOURCE)

    def reply_from_state(self) -> ReplyDialog | None:
        if self.event_id is None:
            return None
        return self._open_reply(None, ReplyMode.FROM_STATE)

    def _after_reply(self, dialog: ReplyDialog) -> None:
        self._load_event()
        if dialog.outcome is not None:
            if self.model.row_of(dialog.outcome.invitation_id) is None:
                self.clear_filters()
            self.select_invitations([dialog.outcome.invitation_id])

    def record_reminder(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            with self.context.database.writing() as session:
                invitation_service.record_reminders(session, ids, self.today())
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self._load_event()
        self.select_invitations(ids)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete invitations"),
            self.tr(
                "Delete %n invitation(s)? Use this for invitations recorded by mistake; "
                "the deletion stays in the history.",
                "",
                len(ids),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.database.writing() as session:
                deleted = invitation_service.delete_invitations(session, ids)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self._deleted.append(deleted)
        self._load_event()
        self.undo_bar.show_message(
            self.tr("%n invitation(s) deleted.", "", len(deleted)), undoable=True
        )

    def select_for_reminders(self, ids: list) -> None:
        """Select the non-repliers in the table and tell the letters section."""
        self.clear_filters()
        self.extra_filter = InvitationFilter(ids=frozenset(ids))
        self._apply_filter()
        self.tabs.setCurrentIndex(self.INVITATIONS)
        self.select_invitations(ids)
        reference = self.event_combo.currentText().split(" — ")[0]
        self.remindersRequested.emit(reference, list(ids))

    def export(self) -> None:
        from liaison_app.ui.export_action import export_list

        ids = self.selected_ids()
        reference = self.event_combo.currentText().split(" — ")[0] or None
        export_list(self, self.context, "invitations", ids=ids or None, event_reference=reference)

    # -- circulars -------------------------------------------------------------------------
    def current_circular_id(self) -> uuid.UUID | None:
        item = self.register.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _update_circular_buttons(self) -> None:
        chosen = self.current_circular_id() is not None
        for button in (
            self.edit_circular_button,
            self.delete_circular_button,
            self.list_circular_button,
        ):
            button.setEnabled(chosen)

    def new_circular(self) -> CircularDialog:
        dialog = CircularDialog(self.context.database, self.event_id, self.today(), self)
        dialog.accepted.connect(self._load_event)
        dialog.open()
        return dialog

    def edit_circular(self) -> CircularDialog | None:
        circular_id = self.current_circular_id()
        if circular_id is None:
            return None
        dialog = CircularDialog(
            self.context.database, self.event_id, self.today(), self, circular_id
        )
        dialog.accepted.connect(self._load_event)
        dialog.open()
        return dialog

    def delete_circular(self) -> None:
        circular_id = self.current_circular_id()
        if circular_id is None:
            return
        try:
            with self.context.database.writing() as session:
                deleted = circular_service.delete_circular(session, circular_id)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self._deleted.append(deleted)
        self._load_event()
        self.undo_bar.show_message(
            self.tr("Circular {reference} deleted.").format(
                reference=isolate(deleted.rows[0]["reference"])
            ),
            undoable=True,
        )

    def undo_delete(self) -> None:
        """Put back the invitations or the circular of the last deletion."""
        if not self._deleted:
            return
        deleted = self._deleted.pop()
        try:
            with self.context.database.writing() as session:
                deletion.restore(session, deleted)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self._load_event()
        if deleted.table_name == "invitations":
            self.select_invitations(set(deleted.ids))
        if self._deleted:
            self.undo_bar.show_message(self.tr("Deletion undone."), undoable=True)
        else:
            self.undo_bar.hide()

    def list_circular(self) -> None:
        circular_id = self.current_circular_id()
        if circular_id is not None:
            self.show_filter(InvitationFilter(circular_id=circular_id))

    # -- events ----------------------------------------------------------------------------
    def edit_event(self):
        if self.event_id is None:
            return None
        return self._open_event(self.event_id)

    def new_event(self):
        return self._open_event(None)

    def _open_event(self, event_id: uuid.UUID | None):
        from liaison_app.ui.events.event_dialog import EventDialog

        dialog = EventDialog(self.context.database, event_id, self)

        def saved() -> None:
            if dialog.saved_id is not None:
                self.event_id = dialog.saved_id
            self.refresh()

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog
