"""Follow-ups of open partnership inquiries: overdue, due today, upcoming, and those with no date.

A widget of its own so the dashboard can embed it: `FollowUpsWidget(context)` covers every event;
`FollowUpsWidget(context, event_id=...)` one event. Double-click or Enter on an inquiry emits
`inquiryActivated(inquiry_id)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from liaison_app.domain.models import PartnershipInquiry
from liaison_app.domain.partnership_rules import days_overdue
from liaison_app.services import partnerships
from liaison_app.ui.context import AppContext
from liaison_app.ui.language import current_language
from liaison_app.ui.partnerships.display import (
    OVERDUE_COLOR,
    isolate,
    long_date,
    money,
    short_date,
    stage_text,
)
from liaison_app.ui.partnerships.remembered import RememberedHeader

# The upcoming group shows this many days ahead by default.
UPCOMING_DAYS = 14


class FollowUpsWidget(QWidget):
    inquiryActivated = Signal(object)  # inquiry id

    DUE, ORGANIZATION, STAGE, VALUE, EVENT = range(5)
    GROUPS = ("overdue", "due_today", "upcoming", "unscheduled")

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        event_id: uuid.UUID | None = None,
        upcoming_days: int = UPCOMING_DAYS,
        settings_key: str = "follow_ups",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUps")
        self.context = context
        self.event_id = event_id
        self.upcoming_days = upcoming_days
        # Replaceable in tests, so the lists do not depend on the day the tests run.
        self.today: Callable[[], date] = date.today
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("followUpsTree")
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.groups: dict[str, QTreeWidgetItem] = {}
        for key in self.GROUPS:
            item = QTreeWidgetItem(self.tree)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setFirstColumnSpanned(True)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.groups[key] = item
        self._counts: dict[str, int] = dict.fromkeys(self.GROUPS, 0)
        self._stale = True
        self.tree.setColumnWidth(self.DUE, 150)
        self.tree.setColumnWidth(self.ORGANIZATION, 280)
        self.tree.setColumnWidth(self.STAGE, 150)
        self.tree.setColumnWidth(self.VALUE, 150)
        self.header_memory = RememberedHeader(self.tree.header(), settings_key)
        context.databaseChanged.connect(self.refresh_when_shown)
        self.retranslateUi()

    # -- data ------------------------------------------------------------------------------
    def set_event(self, event_id: uuid.UUID | None) -> None:
        self.event_id = event_id
        self.refresh_when_shown()

    def refresh_when_shown(self) -> None:
        """Reload now if the widget is on screen, else the next time it is shown (a page keeps
        it on a tab the officer may never open)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        today = self.today()
        language = current_language()
        with self.context.database.reading() as session:
            lists = partnerships.follow_ups(
                session, self.event_id, today, upcoming_days=self.upcoming_days
            )
            unscheduled = partnerships.open_without_follow_up(session, self.event_id)
            content = {
                "overdue": lists.overdue,
                "due_today": lists.due_today,
                "upcoming": lists.upcoming,
                "unscheduled": unscheduled,
            }
            for key, inquiries in content.items():
                group = self.groups[key]
                group.takeChildren()
                for inquiry in inquiries:
                    group.addChild(self._item(inquiry, today, language, overdue=key == "overdue"))
                self._counts[key] = len(inquiries)
        self.tree.setColumnHidden(self.EVENT, self.event_id is not None)
        for key, group in self.groups.items():
            group.setExpanded(key != "unscheduled" or self._counts[key] <= 5)
        self._set_group_titles()

    def _item(
        self, inquiry: PartnershipInquiry, today: date, language: str, *, overdue: bool
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        due = inquiry.next_follow_up_on
        amount, currency = partnerships.value_of(inquiry)
        texts = {
            self.DUE: short_date(due),
            # Isolated: a Latin name keeps its final full stop on the right in Arabic.
            self.ORGANIZATION: isolate(partnerships.organization_label(inquiry)),
            self.STAGE: stage_text(inquiry.stage),
            self.VALUE: money(amount, currency),
            self.EVENT: isolate(inquiry.event.title(language) or inquiry.event.reference),
        }
        for column, text in texts.items():
            item.setText(column, text)
        item.setData(self.DUE, Qt.ItemDataRole.UserRole, inquiry.id)
        item.setTextAlignment(
            self.VALUE, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        )
        if due is not None:
            tooltip = long_date(due)
            if overdue:
                late = days_overdue(due, today)
                tooltip = self.tr("%n day(s) overdue", "", late) + f" — {tooltip}"
                for column in (self.DUE, self.ORGANIZATION):
                    item.setForeground(column, OVERDUE_COLOR)
                font = QFont(item.font(self.DUE))
                font.setBold(True)
                item.setFont(self.DUE, font)
            item.setToolTip(self.DUE, tooltip)
        return item

    def inquiry_ids(self, group: str) -> list[uuid.UUID]:
        """The ids listed under a group (overdue, due_today, upcoming, unscheduled), in order."""
        parent = self.groups[group]
        return [
            parent.child(i).data(self.DUE, Qt.ItemDataRole.UserRole)
            for i in range(parent.childCount())
        ]

    def organizations(self, group: str) -> list[str]:
        parent = self.groups[group]
        return [parent.child(i).text(self.ORGANIZATION) for i in range(parent.childCount())]

    # -- interaction -----------------------------------------------------------------------
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        inquiry_id = item.data(self.DUE, Qt.ItemDataRole.UserRole)
        if isinstance(inquiry_id, uuid.UUID):
            self.inquiryActivated.emit(inquiry_id)

    def eventFilter(self, watched, event: QEvent) -> bool:
        # Enter opens the inquiry on every platform (itemActivated alone differs per style).
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            item = self.tree.currentItem()
            if item is not None:
                self._on_activated(item, 0)
                return True
        return super().eventFilter(watched, event)

    # -- texts and layout ------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.tree.setHeaderLabels(
            [
                self.tr("Follow up on"),
                self.tr("Organization"),
                self.tr("Stage"),
                self.tr("Value"),
                self.tr("Event"),
            ]
        )
        self.refresh_when_shown()

    def _set_group_titles(self) -> None:
        titles = {
            "overdue": self.tr("Overdue (%n)", "", self._counts["overdue"]),
            "due_today": self.tr("Due today (%n)", "", self._counts["due_today"]),
            "upcoming": self.tr("Next %1 days (%n)", "", self._counts["upcoming"]).replace(
                "%1", str(self.upcoming_days)
            ),
            "unscheduled": self.tr(
                "Open, with no follow-up date (%n)", "", self._counts["unscheduled"]
            ),
        }
        for key, title in titles.items():
            self.groups[key].setText(0, title)
            if key == "overdue" and self._counts[key]:
                self.groups[key].setForeground(0, OVERDUE_COLOR)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
