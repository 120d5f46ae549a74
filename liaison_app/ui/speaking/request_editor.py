"""The dialog of a speaking request: new (by hand or prefilled from a reply) or edited."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import AttendanceMode, IncomingChannel, LevelOfRepresentation
from liaison_app.errors import UserError
from liaison_app.services import speaking
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.services.speaking import Lane, RequestDraft
from liaison_app.ui.contacts.member_state_field import MemberStateField
from liaison_app.ui.language import current_language
from liaison_app.ui.speaking.display import CONFLICT_COLOR, enum_text

PREFERENCE_COUNT = 3


def _to_qt(moment: datetime | None) -> QDateTime:
    if moment is None:
        return QDateTime.currentDateTime()
    local = moment.astimezone()
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute)


def _from_qt(value: QDateTime) -> datetime:
    date, time = value.date(), value.time()
    naive = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
    return naive.astimezone()


class RequestDialog(QDialog):
    """Delegation, speaker, level, mode, time of receipt, channel, preferred sessions, notes.

    `draft()` gives the values; the page creates or updates the request with them and shows the
    service's refusal, if any, in `error_label` without closing.
    """

    def __init__(
        self,
        draft: RequestDraft,
        lanes: list[Lane],
        index: MemberStateIndex,
        replies: list[tuple[uuid.UUID, str]] | None = None,
        parent: QWidget | None = None,
        *,
        prefill=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.setMinimumWidth(520)
        self._draft = draft
        self._prefill = prefill
        self._lanes = [lane for lane in lanes if lane.accepts_speakers]
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.reply_combo = QComboBox(self)
        self.reply_combo.setObjectName("replyChoice")
        self.reply_label = QLabel(self)
        self.reply_label.setBuddy(self.reply_combo)
        self.reply_combo.addItem("", None)
        for reply_id, text in replies or []:
            self.reply_combo.addItem(text, reply_id)
        self.reply_combo.currentIndexChanged.connect(self._reply_chosen)
        if replies is not None:
            form.addRow(self.reply_label, self.reply_combo)
        else:
            self.reply_combo.hide()
            self.reply_label.hide()

        self.state_field = MemberStateField(index, self)
        self.state_field.setObjectName("delegationField")
        self.state_label = QLabel(self)
        self.state_label.setBuddy(self.state_field)
        form.addRow(self.state_label, self.state_field)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("speakerName")
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        form.addRow(self.name_label, self.name_edit)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("speakerTitle")
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title_edit)
        form.addRow(self.title_label, self.title_edit)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("levelChoice")
        self.level_combo.addItem("", None)
        for level in LevelOfRepresentation:
            self.level_combo.addItem(enum_text(level), level)
        self.level_label = QLabel(self)
        self.level_label.setBuddy(self.level_combo)
        form.addRow(self.level_label, self.level_combo)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("modeChoice")
        for mode in AttendanceMode:
            self.mode_combo.addItem(enum_text(mode), mode)
        self.mode_label = QLabel(self)
        self.mode_label.setBuddy(self.mode_combo)
        form.addRow(self.mode_label, self.mode_combo)
        self.received_edit = QDateTimeEdit(self)
        self.received_edit.setObjectName("receivedAt")
        self.received_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_edit.setCalendarPopup(True)
        self.received_label = QLabel(self)
        self.received_label.setBuddy(self.received_edit)
        form.addRow(self.received_label, self.received_edit)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channelChoice")
        self.channel_combo.addItem("", None)
        for channel in IncomingChannel:
            self.channel_combo.addItem(enum_text(channel), channel)
        self.channel_label = QLabel(self)
        self.channel_label.setBuddy(self.channel_combo)
        form.addRow(self.channel_label, self.channel_combo)
        self.preference_combos: list[QComboBox] = []
        self.preference_labels: list[QLabel] = []
        for rank in range(PREFERENCE_COUNT):
            combo = QComboBox(self)
            combo.setObjectName(f"preference{rank + 1}")
            combo.addItem("", None)
            for lane in self._lanes:
                combo.addItem(f"{lane.code or ''} — {lane.title}".strip(" —"), lane.id)
            label = QLabel(self)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.preference_combos.append(combo)
            self.preference_labels.append(label)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("requestNotes")
        self.notes_edit.setFixedHeight(70)
        self.notes_label = QLabel(self)
        self.notes_label.setBuddy(self.notes_edit)
        form.addRow(self.notes_label, self.notes_edit)
        layout.addLayout(form)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("requestError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {CONFLICT_COLOR};")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.set_draft(draft)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Speaking request"))
        self.reply_label.setText(self.tr("From the &reply of"))
        self.reply_combo.setItemText(0, self.tr("(none: entered by hand)"))
        self.state_label.setText(self.tr("&Delegation"))
        self.name_label.setText(self.tr("&Speaker"))
        self.title_label.setText(self.tr("&Title or position"))
        self.level_label.setText(self.tr("&Level of representation"))
        self.mode_label.setText(self.tr("&Participation"))
        self.received_label.setText(self.tr("&Received on"))
        self.received_edit.setToolTip(
            self.tr(
                "When the request reached the Secretariat, to the minute: within a level, the"
                " first received speaks first."
            )
        )
        self.channel_label.setText(self.tr("&Channel"))
        labels = (
            self.tr("&1st preference"),
            self.tr("&2nd preference"),
            self.tr("&3rd preference"),
        )
        for label, text in zip(self.preference_labels, labels, strict=True):
            label.setText(text)
        self.notes_label.setText(self.tr("&Notes"))

    # -- values -----------------------------------------------------------------------------
    def set_draft(self, draft: RequestDraft) -> None:
        self._draft = draft
        self.state_field.set_member_state(draft.member_state_id)
        self.name_edit.setText(draft.speaker_name)
        self.title_edit.setText(draft.speaker_title or "")
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(draft.level)))
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(draft.mode)))
        self.received_edit.setDateTime(_to_qt(draft.received_at))
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(draft.channel)))
        for rank, combo in enumerate(self.preference_combos):
            wanted = draft.preferences[rank] if rank < len(draft.preferences) else None
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
        self.notes_edit.setPlainText(draft.notes or "")

    def draft(self) -> RequestDraft:
        preferences = []
        for combo in self.preference_combos:
            value = combo.currentData()
            if value is not None and value not in preferences:
                preferences.append(value)
        state_id = self.state_field.member_state_id()
        return RequestDraft(
            event_id=self._draft.event_id,
            speaker_name=self.name_edit.text(),
            speaker_title=self.title_edit.text() or None,
            level=self.level_combo.currentData(),
            mode=self.mode_combo.currentData(),
            received_at=_from_qt(self.received_edit.dateTime()),
            member_state_id=state_id,
            organization_id=self._draft.organization_id if state_id is None else None,
            reply_id=self._draft.reply_id,
            speaker_contact_id=self._draft.speaker_contact_id
            if self.name_edit.text() == self._draft.speaker_name
            else None,
            channel=self.channel_combo.currentData(),
            preferences=preferences,
            notes=self.notes_edit.toPlainText() or None,
        )

    def _reply_chosen(self, _index: int) -> None:
        reply_id = self.reply_combo.currentData()
        if reply_id is None or self._prefill is None:
            return
        try:
            draft = self._prefill(reply_id)
        except UserError as error:
            self.show_error(error)
            return
        draft.preferences = self.draft().preferences
        self.set_draft(draft)

    def show_error(self, error: UserError) -> None:
        self.error_label.setText(error.localized(current_language()))
        self.error_label.show()


def new_request_draft(event_id: uuid.UUID) -> RequestDraft:
    return RequestDraft(event_id=event_id, received_at=datetime.now().astimezone())


def draft_of(row: speaking.SpeakerRow, event_id: uuid.UUID) -> RequestDraft:
    """The values of an existing request, for editing."""
    return RequestDraft(
        event_id=event_id,
        speaker_contact_id=row.speaker_contact_id,
        speaker_name=row.speaker_name,
        speaker_title=row.speaker_title,
        level=row.level,
        mode=row.mode,
        received_at=row.received_at,
        member_state_id=row.member_state_id,
        organization_id=row.organization_id,
        reply_id=row.reply_id,
        channel=row.channel,
        preferences=list(row.preferences),
        notes=row.notes,
    )
