"""The history of one invitation and its reply, newest first: when, who, what changed, why.

A list of wrapped paragraphs rather than a table: a delegation or a reason reads whole in a
narrow side panel.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from liaison_app.services import invitations as invitation_service
from liaison_app.storage.database import Database
from liaison_app.ui.invitations.display import history_text, isolate, reason_text

WHAT_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        self.empty = QLabel(self)
        self.empty.setObjectName("historyEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.invitation_id: uuid.UUID | None = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("History"))
        self.empty.setText(self.tr("Choose an invitation to see what happened to it."))

    def show_invitation(self, database: Database, invitation_id: uuid.UUID | None) -> None:
        self.invitation_id = invitation_id
        self.list.clear()
        self.empty.setVisible(invitation_id is None)
        if invitation_id is None:
            return
        with database.reading() as session:
            entries = invitation_service.history(session, invitation_id)
        locale = QLocale()
        for entry in reversed(entries):
            when = QDateTime.fromSecsSinceEpoch(int(entry.at.timestamp())).toLocalTime()
            stamp = isolate(locale.toString(when, QLocale.FormatType.ShortFormat))
            heading = f"{stamp} — {entry.actor}" if entry.actor else stamp
            what = history_text(entry)
            reason = reason_text(entry.reason)
            if reason:
                what = f"{what}\n({reason})"
            item = QListWidgetItem(f"{heading}\n{what}", self.list)
            item.setData(WHAT_ROLE, what)
            item.setToolTip(what)

    def texts(self) -> list[str]:
        """What changed, newest first (without the time and the person)."""
        return [self.list.item(i).data(WHAT_ROLE) for i in range(self.list.count())]
