"""The deadlines tab: a countdown to each deadline, who has not replied yet sorted by days left,
the overdue ones, and one click to select the non-repliers for reminders."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import InvitationStatus
from liaison_app.services.deadlines import Countdown, DeadlineKind, NonReplier
from liaison_app.ui.invitations.display import (
    OVERDUE_COLOR,
    days_left_text,
    enum_text,
    isolate,
    long_date,
    short_date,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DeadlinesTab(QWidget):
    #: The non-repliers chosen for reminders: invitation ids, in the list's order.
    remindersSelected = Signal(list)
    #: A deadline was double-clicked: list the invitations still waiting under it.
    filterRequested = Signal(object)

    DUE, WHAT, LEFT, WAITING = range(4)
    ADDRESSEE, STATUS, DEADLINE, DAYS, REMINDERS, LAST = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlinesTab")
        self.countdowns: list[Countdown] = []
        self.repliers: list[NonReplier] = []

        self.deadlines_label = QLabel(self)
        self.deadlines = QTreeWidget(self)
        self.deadlines.setObjectName("countdowns")
        self.deadlines.setColumnCount(4)
        self.deadlines.setRootIsDecorated(False)
        self.deadlines.setColumnWidth(self.DUE, 160)
        self.deadlines.setColumnWidth(self.WHAT, 360)
        self.deadlines.setColumnWidth(self.LEFT, 180)
        self.deadlines.itemActivated.connect(self._deadline_activated)

        self.summary = QLabel(self)
        self.summary.setObjectName("nonRepliersSummary")
        self.overdue_only = QCheckBox(self)
        self.overdue_only.setObjectName("overdueOnly")
        self.overdue_only.toggled.connect(self._fill_repliers)
        self.select_button = QPushButton(self)
        self.select_button.setObjectName("selectNonRepliers")
        self.select_button.clicked.connect(self.select_for_reminders)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.overdue_only)
        bar.addWidget(self.select_button)

        self.table = QTreeWidget(self)
        self.table.setObjectName("nonRepliers")
        self.table.setColumnCount(6)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnWidth(self.ADDRESSEE, 260)
        self.table.setColumnWidth(self.STATUS, 130)
        self.table.setColumnWidth(self.DEADLINE, 110)
        self.table.setColumnWidth(self.DAYS, 150)
        self.table.setColumnWidth(self.REMINDERS, 90)

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.deadlines_label)
        upper_layout.addWidget(self.deadlines)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.deadlines_label.setText(self.tr("Deadlines (days counted in Geneva)"))
        self.deadlines.setHeaderLabels(
            [self.tr("Due by"), self.tr("Deadline"), self.tr("Countdown"), self.tr("Waiting")]
        )
        self.table.setHeaderLabels(
            [
                self.tr("Not replied yet"),
                self.tr("Status"),
                self.tr("Deadline"),
                self.tr("Days left"),
                self.tr("Reminders"),
                self.tr("Last reminder"),
            ]
        )
        self.overdue_only.setText(self.tr("Overdue only"))
        self.select_button.setText(self.tr("Select non-repliers for reminders"))
        self.select_button.setToolTip(
            self.tr(
                "Selects these invitations in the Invitations tab, ready for a pack of "
                "reminder letters."
            )
        )
        self.show_deadlines(self.countdowns, self.repliers)

    # -- content ---------------------------------------------------------------------------
    def show_deadlines(self, countdowns: list[Countdown], repliers: list[NonReplier]) -> None:
        self.countdowns, self.repliers = countdowns, repliers
        self.deadlines.clear()
        for countdown in countdowns:
            item = QTreeWidgetItem(
                [
                    long_date(countdown.due_on),
                    self._deadline_name(countdown),
                    self._countdown_text(countdown),
                    "" if countdown.awaiting is None else str(countdown.awaiting),
                ]
            )
            item.setData(self.DUE, ID_ROLE, countdown)
            if countdown.passed:
                item.setForeground(self.LEFT, QBrush(OVERDUE_COLOR))
            self.deadlines.addTopLevelItem(item)
        self._fill_repliers()

    def _deadline_name(self, countdown: Countdown) -> str:
        if countdown.kind is DeadlineKind.CIRCULAR_REPLY:
            return self.tr("Replies to {reference}").format(
                reference=isolate(countdown.circular_reference or "")
            )
        if countdown.kind is DeadlineKind.EVENT_REPLY:
            return self.tr("Replies to the invitation")
        return self.tr("Requests to speak")

    def _countdown_text(self, countdown: Countdown) -> str:
        if countdown.days_left == 0:
            hours = max(0, int(countdown.time_left.total_seconds() // 3600))
            return self.tr("Last day: %n hour(s) left in Geneva", "", hours)
        return days_left_text(countdown.days_left)

    def _fill_repliers(self) -> None:
        self.table.clear()
        shown = [n for n in self.repliers if n.overdue or not self.overdue_only.isChecked()]
        for replier in shown:
            item = QTreeWidgetItem(
                [
                    replier.addressee,
                    enum_text(InvitationStatus(replier.status)),
                    short_date(replier.deadline),
                    days_left_text(replier.days_left),
                    str(replier.reminders_sent) if replier.reminders_sent else "",
                    short_date(replier.last_reminder_on),
                ]
            )
            item.setData(self.ADDRESSEE, ID_ROLE, replier.invitation_id)
            if replier.overdue:
                item.setForeground(self.DAYS, QBrush(OVERDUE_COLOR))
            self.table.addTopLevelItem(item)
        overdue = sum(1 for n in self.repliers if n.overdue)
        self.summary.setText(
            self.tr("%n invitation(s) await a reply", "", len(self.repliers))
            + " — "
            + self.tr("%n overdue", "", overdue)
        )
        self.select_button.setEnabled(bool(shown))

    def shown_ids(self) -> list[uuid.UUID]:
        return [
            self.table.topLevelItem(i).data(self.ADDRESSEE, ID_ROLE)
            for i in range(self.table.topLevelItemCount())
        ]

    def shown_names(self) -> list[str]:
        return [
            self.table.topLevelItem(i).text(self.ADDRESSEE)
            for i in range(self.table.topLevelItemCount())
        ]

    def select_for_reminders(self) -> None:
        self.remindersSelected.emit(self.shown_ids())

    def _deadline_activated(self, item: QTreeWidgetItem) -> None:
        countdown: Countdown = item.data(self.DUE, ID_ROLE)
        invitation_filter = countdown.list_filter
        if invitation_filter is not None:
            self.filterRequested.emit(invitation_filter)
