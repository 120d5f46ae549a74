"""The dashboard: where an event's invitations and replies stand, at a glance, in figures and
charts; every figure opens the list behind it.

Clicking a figure emits `listRequested(section_key, filter)`: the window switches to that section
and hands it the filter (for invitations an `InvitationFilter`; see `services.dashboard.ListLink`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from liaison_app.domain.enums import (
    InvitationStatus,
    LevelOfRepresentation,
    Region,
    ReplyDecision,
    SpeakingRequestStatus,
)
from liaison_app.domain.invitation_rules import secretariat_today
from liaison_app.domain.models import Event
from liaison_app.services import dashboard as dashboard_service
from liaison_app.services.dashboard import DashboardData, Figure, ListLink
from liaison_app.services.deadlines import Countdown, DeadlineKind
from liaison_app.ui.context import AppContext
from liaison_app.ui.dashboard.charts import Bar, BarChart, PieChart, RepliesPerDayChart
from liaison_app.ui.event_choice import EventChoice
from liaison_app.ui.export_action import ExportAction
from liaison_app.ui.invitations.display import (
    DECISION_COLORS,
    OVERDUE_COLOR,
    STATUS_COLORS,
    days_left_text,
    enum_text,
    isolate,
    level_text,
    long_date,
    region_text,
)
from liaison_app.ui.invitations.status_sync import sync_statuses
from liaison_app.ui.language import current_language
from liaison_app.ui.pages.base import Page
from liaison_app.ui.pages.placeholder import heading_label
from liaison_app.ui.sections import Section

REGION_COLORS = {
    Region.AFRICA: "#e0a32e",
    Region.AMERICAS: "#c0504d",
    Region.ASIA: "#3aa0c8",
    Region.EUROPE: "#5b8def",
    Region.OCEANIA: "#43a047",
    None: "#9e9e9e",
}
SPEAKING_COLORS = {
    SpeakingRequestStatus.REQUESTED: "#5b8def",
    SpeakingRequestStatus.SCHEDULED: "#3aa0c8",
    SpeakingRequestStatus.CONFIRMED: "#43a047",
    SpeakingRequestStatus.WAITLISTED: "#e0a32e",
    SpeakingRequestStatus.WITHDRAWN: "#9e9e9e",
    SpeakingRequestStatus.DECLINED: "#c62828",
}
LEVEL_COLOR = "#7e57c2"


class Tile(QPushButton):
    """A figure in large type above what it counts; a click opens the list behind it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Room for the figure and three lines of caption: Arabic captions wrap to three.
        self.setMinimumHeight(104)
        self.setStyleSheet(
            "QPushButton { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); padding: 6px 10px; }"
            "QPushButton:hover { background: palette(alternate-base); }"
        )
        self.value_label = QLabel(self)
        self.value_label.setObjectName("tileValue")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        for label in (self.value_label, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption)
        self.link: ListLink | None = None

    def show_figure(self, value: str, caption: str, link: ListLink | None, color: str = "") -> None:
        self.value_label.setText(value)
        self.value_label.setStyleSheet(f"color: {color};" if color else "")
        self.caption.setText(caption)
        self.link = link
        self.setEnabled(link is not None)


class DashboardPage(Page):
    #: A figure was clicked: (section key, filter) of the list behind it.
    listRequested = Signal(str, object)

    def __init__(self, context: AppContext, section: Section, parent: QWidget | None = None):
        super().__init__(context, section, parent)
        #: Replaceable in tests, so days left do not depend on when the tests run.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.event_id: uuid.UUID | None = None
        self.data: DashboardData | None = None
        self._references: dict[uuid.UUID, str] = {}
        #: Loaded when first shown or activated, once (see InvitationsPage.loaded).
        self.loaded = False
        self._build()
        context.databaseChanged.connect(self.refresh)
        self.retranslateUi()

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = heading_label(1.4, self)
        self.title_label.setObjectName("pageTitle")
        self.event_label = QLabel(self)
        # Narrower than its natural width only in a small window: the header also holds the
        # export button and must not make the whole window wider than the other sections.
        self.event_combo = EventChoice(self)
        self.event_label.setBuddy(self.event_combo)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        # The event report of the event chosen above, as an Excel workbook.
        self.export_action = ExportAction(
            self, self.context, "event-report", event_reference=self._event_reference
        )
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportEventReport")
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.setDefaultAction(self.export_action)
        self.export_action.setEnabled(False)  # until an event is shown
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.event_label)
        header.addWidget(self.event_combo)
        header.addWidget(self.export_button)

        self.no_event_label = QLabel(self)
        self.no_event_label.setObjectName("noEvents")
        self.no_event_label.setWordWrap(True)

        self.tiles: dict[str, Tile] = {}
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for key in (
            "invitations",
            "replies",
            "awaiting",
            "overdue",
            "delegates",
            "speaking",
            "partnerships",
        ):
            tile = Tile(f"tile_{key}", self)
            tile.clicked.connect(lambda _=False, tile=tile: self._open(tile.link))
            self.tiles[key] = tile
            tiles.addWidget(tile)

        # Horizontal where the labels are many or long: they stay readable, never cut short.
        self.status_chart = BarChart("statusChart", self, horizontal=True)
        self.decision_chart = PieChart("decisionChart", self)
        self.days_chart = RepliesPerDayChart("repliesPerDay", self)
        self.region_chart = BarChart("regionChart", self)
        self.level_chart = BarChart("levelChart", self, horizontal=True)
        self.speaking_chart = BarChart("speakingChart", self, horizontal=True)
        for chart in (
            self.status_chart,
            self.decision_chart,
            self.days_chart,
            self.region_chart,
            self.level_chart,
            self.speaking_chart,
        ):
            chart.figureClicked.connect(self._open)

        self.deadlines_title = heading_label(1.05, self)
        self.deadlines = QTreeWidget(self)
        self.deadlines.setObjectName("upcomingDeadlines")
        self.deadlines.setColumnCount(3)
        self.deadlines.setRootIsDecorated(False)
        self.deadlines.setMinimumHeight(110)
        self.deadlines.setMaximumHeight(150)
        self.deadlines.setColumnWidth(0, 150)
        self.deadlines.setColumnWidth(1, 220)
        self.deadlines.itemActivated.connect(self._deadline_activated)
        self.money_title = heading_label(1.05, self)
        self.money = QTreeWidget(self)
        self.money.setObjectName("partnershipTotals")
        self.money.setColumnCount(3)
        self.money.setRootIsDecorated(False)
        self.money.setMinimumHeight(90)
        self.money.setMaximumHeight(130)
        self.money.setColumnWidth(0, 90)
        self.money.setColumnWidth(1, 170)
        side = QVBoxLayout()
        side.addWidget(self.deadlines_title)
        side.addWidget(self.deadlines, 1)
        side.addWidget(self.money_title)
        side.addWidget(self.money, 1)
        side.addStretch(1)
        side_frame = QWidget(self)
        side_frame.setLayout(side)

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.status_chart, 0, 0)
        grid.addWidget(self.decision_chart, 0, 1)
        grid.addWidget(self.days_chart, 1, 0, 1, 2)
        grid.addWidget(self.region_chart, 2, 0)
        grid.addWidget(self.level_chart, 2, 1)
        grid.addWidget(self.speaking_chart, 3, 0)
        grid.addWidget(side_frame, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(tiles)
        content_layout.addLayout(grid)
        content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.no_event_label)
        layout.addWidget(scroll, 1)

    def retranslateUi(self) -> None:
        self.title_label.setText(self.section.title)
        self.event_label.setText(self.tr("&Event:"))
        self.export_action.retranslate()
        self.export_action.setText(self.tr("Export event report…"))
        self.export_action.setToolTip(
            self.tr(
                "Save where this event stands, with its invitations, replies, speakers and "
                "partnerships, as an Excel workbook"
            )
        )
        self.no_event_label.setText(
            self.tr(
                "No event in this database yet. Create one in Invitations & replies "
                "(New event…), or open the demo database."
            )
        )
        self.deadlines_title.setText(self.tr("Deadlines"))
        self.deadlines.setHeaderLabels(
            [self.tr("Due by"), self.tr("Deadline"), self.tr("Countdown")]
        )
        self.money_title.setText(self.tr("Partnership pipeline (each currency on its own)"))
        self.money.setHeaderLabels(
            [self.tr("Currency"), self.tr("Committed"), self.tr("Still open")]
        )
        if self.loaded:
            self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.loaded = True
        database = self.context.database
        language = current_language()
        now = self.now()
        # "No reply" once a deadline has passed: the figures tell today's truth.
        sync_statuses(database, secretariat_today(now), self)
        with database.reading() as session:
            events = list(
                session.execute(
                    select(Event.id, Event.reference, Event.titles).order_by(
                        Event.starts_on.desc(), Event.reference
                    )
                )
            )
        self._references = {event_id: reference for event_id, reference, _titles in events}
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for event_id, reference, titles in events:
            title = (titles or {}).get(language) or (titles or {}).get("en") or reference
            self.event_combo.addItem(f"{reference} — {title}", event_id)
        index = self.event_combo.findData(self.event_id) if self.event_id else 0
        self.event_combo.setCurrentIndex(max(0, index) if events else -1)
        self.event_combo.blockSignals(False)
        self.event_id = self.event_combo.currentData()
        self.no_event_label.setVisible(self.event_id is None)
        self.export_action.setEnabled(self.event_id is not None)
        self.content.setVisible(self.event_id is not None)
        self._load()

    def _event_reference(self) -> str | None:
        """The chosen event's reference (what the event report is about)."""
        return self._references.get(self.event_id) if self.event_id is not None else None

    def _event_chosen(self) -> None:
        self.event_id = self.event_combo.currentData()
        self._load()

    def _load(self) -> None:
        if self.event_id is None:
            self.data = None
            return
        with self.context.database.reading() as session:
            self.data = dashboard_service.load_dashboard(
                session, self.event_id, self.now(), current_language()
            )
        if self.data is not None:
            self._show(self.data)

    # -- showing ---------------------------------------------------------------------------
    def _show(self, data: DashboardData) -> None:
        number = QLocale().toString
        tiles = self.tiles
        tiles["invitations"].show_figure(
            number(data.invitations.count), self.tr("invitations"), data.invitations.link
        )
        share = (
            QLocale().toString(100 * data.replies.count / data.invitations.count, "f", 0)
            if data.invitations.count
            else "0"
        )
        tiles["replies"].show_figure(
            number(data.replies.count),
            self.tr("replies ({share} % of invitations)").format(share=share),
            data.replies.link,
        )
        tiles["awaiting"].show_figure(
            number(data.awaiting.count), self.tr("still awaiting a reply"), data.awaiting.link
        )
        tiles["overdue"].show_figure(
            number(data.overdue.count),
            self.tr("overdue: deadline passed"),
            data.overdue.link,
            OVERDUE_COLOR.name() if data.overdue.count else "",
        )
        accepted = next(f for f in data.by_decision if f.key == ReplyDecision.ACCEPTED.value)
        tiles["delegates"].show_figure(
            number(data.delegates),
            self.tr("delegates announced, {in_person} in person").format(
                in_person=number(data.delegates_in_person)
            ),
            accepted.link,
        )
        speaking_link = ListLink(dashboard_service.SPEAKING, {"statuses": []})
        tiles["speaking"].show_figure(
            number(data.speaking_total), self.tr("requests to speak"), speaking_link
        )
        pipeline = data.partnerships
        if pipeline is not None:
            tiles["partnerships"].show_figure(
                number(pipeline.committed_count),
                self.tr("partners committed, {open} open").format(open=number(pipeline.open_count)),
                pipeline.committed_link,
            )
        tiles["partnerships"].setVisible(pipeline is not None)

        self.status_chart.set_bars(
            self.tr("Invitations by status"),
            [
                Bar(
                    enum_text(InvitationStatus(f.key)),
                    f.count,
                    STATUS_COLORS[InvitationStatus(f.key)],
                    f.link,
                )
                for f in data.by_status
            ],
        )
        self.decision_chart.set_bars(
            self.tr("Replies by decision"),
            [
                Bar(
                    enum_text(ReplyDecision(f.key)),
                    f.count,
                    DECISION_COLORS[ReplyDecision(f.key)],
                    f.link,
                )
                for f in data.by_decision
            ],
        )
        if not data.replies.count:
            self.decision_chart.chart().setTitle(
                self.tr("Replies by decision") + "\n" + self.tr("No reply yet")
            )
        self.days_chart.set_days(
            self.tr("Replies received per day"),
            data.per_day,
            data.reply_deadline,
            (
                self.tr("Replies that day"),
                self.tr("Replies in total"),
                self.tr("Deadline {date}").format(date=long_date(data.reply_deadline))
                if data.reply_deadline
                else "",
            ),
        )
        self.region_chart.set_bars(
            self.tr("Replies by region"),
            [self._region_bar(f) for f in data.by_region],
            self.tr("No reply yet"),
        )
        self.level_chart.set_bars(
            self.tr("Replies by level of representation"),
            [
                Bar(
                    level_text(LevelOfRepresentation(f.key) if f.key else None),
                    f.count,
                    LEVEL_COLOR if f.key else "#9e9e9e",
                    f.link,
                )
                for f in data.by_level
            ],
            self.tr("No reply yet"),
        )
        self.speaking_chart.set_bars(
            self.tr("Requests to speak by status"),
            [
                Bar(
                    enum_text(SpeakingRequestStatus(f.key)),
                    f.count,
                    SPEAKING_COLORS[SpeakingRequestStatus(f.key)],
                    f.link,
                )
                for f in data.speaking
            ],
        )
        self._show_deadlines(data.deadlines)
        self._show_money(data)

    def _region_bar(self, figure: Figure) -> Bar:
        region = Region(figure.key) if figure.key else None
        return Bar(region_text(region), figure.count, REGION_COLORS[region], figure.link)

    def _show_deadlines(self, countdowns: list[Countdown]) -> None:
        self.deadlines.clear()
        for countdown in countdowns:
            if countdown.kind is DeadlineKind.CIRCULAR_REPLY:
                what = self.tr("Replies to {reference}").format(
                    reference=isolate(countdown.circular_reference or "")
                )
            elif countdown.kind is DeadlineKind.EVENT_REPLY:
                what = self.tr("Replies to the invitation")
            else:
                what = self.tr("Requests to speak")
            if countdown.awaiting:
                what += " — " + self.tr("%n waiting", "", countdown.awaiting)
            item = QTreeWidgetItem(
                [long_date(countdown.due_on), what, days_left_text(countdown.days_left)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, countdown)
            if countdown.passed:
                item.setForeground(2, QBrush(OVERDUE_COLOR))
            self.deadlines.addTopLevelItem(item)

    def _show_money(self, data: DashboardData) -> None:
        from liaison_app.services.partnerships import format_money

        self.money.clear()
        pipeline = data.partnerships
        self.money_title.setVisible(pipeline is not None)
        self.money.setVisible(pipeline is not None)
        if pipeline is None:
            return
        language = current_language()
        for line in pipeline.totals:
            item = QTreeWidgetItem(
                [
                    line.currency,
                    isolate(format_money(line.committed, line.currency, language)),
                    isolate(format_money(line.prospective, line.currency, language)),
                ]
            )
            for column in (1, 2):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                )
            self.money.addTopLevelItem(item)

    # -- opening the lists behind the figures ----------------------------------------------
    def _open(self, link: ListLink | None) -> None:
        if link is not None:
            self.listRequested.emit(link.section, link.filter)

    def _deadline_activated(self, item: QTreeWidgetItem) -> None:
        countdown: Countdown = item.data(0, Qt.ItemDataRole.UserRole)
        if countdown.list_filter is not None:
            self._open(ListLink(dashboard_service.INVITATIONS, countdown.list_filter))
