"""The bulk status change: the status to set on the chosen invitations, the date it happened, the
channel for drafts that go out, and why (kept in the history)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import InvitationStatus, OutgoingChannel
from liaison_app.domain.invitation_rules import MANUAL_STATUSES
from liaison_app.ui.invitations.display import enum_text


@dataclass(frozen=True)
class StatusRequest:
    status: InvitationStatus
    on: date
    channel: OutgoingChannel
    reason: str | None


class StatusDialog(QDialog):
    def __init__(self, count: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.count = count
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.status = QComboBox(self)
        self.status.setObjectName("targetStatus")
        for status in MANUAL_STATUSES:
            self.status.addItem(enum_text(status), status)
        self.status.setCurrentIndex(1)  # sent: the common case for drafts
        self.on = QDateEdit(self)
        self.on.setObjectName("statusDate")
        self.on.setCalendarPopup(True)
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.channel = QComboBox(self)
        self.channel.setObjectName("statusChannel")
        for channel in OutgoingChannel:
            self.channel.addItem(enum_text(channel), channel)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("statusReason")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        for widget in (self.status, self.on, self.channel, self.reason):
            self.form.addRow(QLabel(self), widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Change the status"))
        self.intro.setText(self.tr("Set the status of %n invitation(s):", "", self.count))
        texts = [self.tr("New status"), self.tr("Date"), self.tr("Sent by"), self.tr("Reason")]
        for row, text in enumerate(texts):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.reason.setPlaceholderText(self.tr("Optional, kept in the history"))
        self._status_changed()

    def _status_changed(self) -> None:
        status = InvitationStatus(self.status.currentData())
        dated = status in (InvitationStatus.SENT, InvitationStatus.ACKNOWLEDGED)
        self.on.setEnabled(dated)
        self.channel.setEnabled(status is InvitationStatus.SENT)
        notes = {
            InvitationStatus.DRAFT: self.tr(
                "Back to draft: the date of sending is forgotten (the letter never went out)."
            ),
            InvitationStatus.SENT: self.tr(
                "Drafts are marked sent on this date, by this channel if they had none."
            ),
            InvitationStatus.ACKNOWLEDGED: self.tr(
                "The addressee confirmed receiving the letter on this date."
            ),
            InvitationStatus.NO_REPLY: self.tr(
                "Only after the reply deadline; the application also does it by itself."
            ),
        }
        self.note.setText(
            notes[status]
            + " "
            + self.tr(
                "Invitations with a reply keep the reply's decision: change the reply instead."
            )
        )

    def request(self) -> StatusRequest:
        return StatusRequest(
            status=InvitationStatus(self.status.currentData()),
            on=self.on.date().toPython(),
            channel=OutgoingChannel(self.channel.currentData()),
            reason=self.reason.text().strip() or None,
        )
