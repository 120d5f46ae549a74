""" "Move to…": the keyboard's way to place a speaker by hand — a session (or the waitlist) and a
slot; the page then asks for the reason, as it does after a drop."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison_app.services.speaking import Lane, SpeakerRow


class MoveDialog(QDialog):
    def __init__(
        self,
        row: SpeakerRow,
        lanes: list[Lane],
        waitlist_size: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.row = row
        self._lanes = [lane for lane in lanes if lane.accepts_speakers]
        self._waitlist_size = waitlist_size
        layout = QVBoxLayout(self)
        self.who_label = QLabel(self)
        self.who_label.setWordWrap(True)
        layout.addWidget(self.who_label)
        form = QFormLayout()
        self.session_combo = QComboBox(self)
        self.session_combo.setObjectName("moveSession")
        for lane in self._lanes:
            self.session_combo.addItem(f"{lane.code or ''} — {lane.title}".strip(" —"), lane.id)
        self.session_combo.addItem("", None)  # the waitlist, named in retranslateUi
        self.session_label = QLabel(self)
        self.session_label.setBuddy(self.session_combo)
        form.addRow(self.session_label, self.session_combo)
        self.slot_spin = QSpinBox(self)
        self.slot_spin.setObjectName("moveSlot")
        self.slot_label = QLabel(self)
        self.slot_label.setBuddy(self.slot_spin)
        form.addRow(self.slot_label, self.slot_spin)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.session_combo.currentIndexChanged.connect(self._update_slots)
        current = self.session_combo.findData(row.session_id)
        self.session_combo.setCurrentIndex(current if current >= 0 else 0)
        self._update_slots()
        if row.slot_position is not None:
            self.slot_spin.setValue(row.slot_position + 1)
        elif row.waitlist_position is not None:
            self.slot_spin.setValue(row.waitlist_position + 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Move a speaker"))
        self.who_label.setText(
            self.tr("Where should %1 (%2) speak?")
            .replace("%1", self.row.speaker_name)
            .replace("%2", self.row.delegation)
        )
        self.session_combo.setItemText(self.session_combo.count() - 1, self.tr("Waitlist"))
        self.session_label.setText(self.tr("&Session"))
        self.slot_label.setText(self.tr("S&lot"))

    def _update_slots(self) -> None:
        session_id = self.session_combo.currentData()
        if session_id is None:
            others = self._waitlist_size - (self.row.waitlist_position is not None)
        else:
            lane = next(lane for lane in self._lanes if lane.id == session_id)
            others = sum(1 for r in lane.speakers if r.id != self.row.id)
        self.slot_spin.setRange(1, others + 1)

    def target(self) -> tuple[uuid.UUID | None, int]:
        """The session (None: the waitlist) and the 0-based position chosen."""
        return self.session_combo.currentData(), self.slot_spin.value() - 1
