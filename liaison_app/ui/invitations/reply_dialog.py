"""The reply dialog: log a reply (or a second source of it, or correct it) with its delegation,
credentials, notes and attached files.

It saves itself, in one transaction: a refused value (a reply dated before the letter was sent)
is shown and the dialog stays open with everything typed. A reply from a Member State that was not
invited asks whether to record the invitation first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from liaison_app.domain.enums import (
    Credentials,
    IncomingChannel,
    LevelOfRepresentation,
    ReplyDecision,
)
from liaison_app.domain.models import MemberState, ReplyAttachment
from liaison_app.domain.text_folding import fold
from liaison_app.errors import UserError
from liaison_app.services import attachments as attachment_service
from liaison_app.services import replies as reply_service
from liaison_app.services.invitations import InvitationRow
from liaison_app.services.replies import NotInvited, ReplyDraft, ReplyLogged
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting
from liaison_app.ui.invitations.delegation_editor import DelegationEditor
from liaison_app.ui.invitations.display import enum_text, isolate, long_date
from liaison_app.ui.language import current_language

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReplyMode(StrEnum):
    #: A first reply to an invitation.
    NEW = "new"
    #: The same reply arrived again (letter after the online form): merged into the one reply.
    SOURCE = "source"
    #: Correcting the reply as a whole.
    EDIT = "edit"
    #: A reply from a Member State chosen in the dialog, invited or not.
    FROM_STATE = "from_state"


@dataclass(frozen=True)
class ReplyTarget:
    event_id: uuid.UUID
    circular_id: uuid.UUID | None
    circular_reference: str | None
    invitation: InvitationRow | None = None


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ReplyDialog(QDialog):
    def __init__(
        self,
        database: Database,
        target: ReplyTarget,
        mode: ReplyMode,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replyDialog")
        self.database = database
        self.target = target
        self.mode = mode
        self.today = today
        #: What the save did (ReplyLogged), once accepted.
        self.outcome: ReplyLogged | None = None
        self.new_files: list[Path] = []
        self.removed_attachments: set[uuid.UUID] = set()
        self.reply_id = target.invitation.reply_id if target.invitation else None
        self.sources: list[tuple] = []
        self._build()
        self.retranslateUi()
        self._load()

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("replyHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.sources_label = QLabel(self)
        self.sources_label.setObjectName("replySources")
        self.sources_label.setWordWrap(True)
        self.sources_label.hide()

        self.state = QComboBox(self)
        self.state.setObjectName("replyState")
        self.state.setEditable(True)
        self.state.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.state.setVisible(self.mode is ReplyMode.FROM_STATE)
        if self.mode is ReplyMode.FROM_STATE:
            language = current_language()
            with self.database.reading() as session:
                states = sorted(
                    session.scalars(select(MemberState)),
                    key=lambda s: fold(s.short_name(language)),
                )
                for state in states:
                    self.state.addItem(
                        f"{state.short_name(language)} ({state.iso_alpha3})", state.id
                    )
            self.state.setCurrentIndex(-1)

        self.received_on = QDateEdit(self)
        self.received_on.setObjectName("receivedOn")
        self.received_on.setCalendarPopup(True)
        self.received_on.setDate(_qdate(self.today))
        self.channel = self._combo("replyChannel", IncomingChannel)
        self.decision = self._combo("decision", ReplyDecision)
        self.level = QComboBox(self)
        self.level.setObjectName("level")
        self.level.addItem("", None)
        for level in LevelOfRepresentation:
            self.level.addItem(enum_text(level), level)
        self.source_reference = QLineEdit(self)
        self.source_reference.setObjectName("sourceReference")

        self.form = QFormLayout()
        for widget in (
            self.state,
            self.received_on,
            self.channel,
            self.decision,
            self.level,
            self.source_reference,
        ):
            self.form.addRow(QLabel(self), widget)
        self.form.setRowVisible(0, self.mode is ReplyMode.FROM_STATE)

        self.delegation_box = QGroupBox(self)
        self.delegation = DelegationEditor(self.delegation_box)
        QVBoxLayout(self.delegation_box).addWidget(self.delegation)

        self.credentials_box = QGroupBox(self)
        self.credentials = self._combo("credentials", Credentials)
        self.signed_by = QLineEdit(self)
        self.signed_by.setObjectName("credentialsSignedBy")
        self.credentials_dated = QCheckBox(self)
        self.credentials_dated.setObjectName("credentialsDated")
        self.credentials_date = QDateEdit(self)
        self.credentials_date.setObjectName("credentialsDate")
        self.credentials_date.setCalendarPopup(True)
        self.credentials_date.setDate(_qdate(self.today))
        self.credentials_date.setEnabled(False)
        self.credentials_dated.toggled.connect(self.credentials_date.setEnabled)
        self.credentials.currentIndexChanged.connect(self._credentials_changed)
        dated = QHBoxLayout()
        dated.addWidget(self.credentials_dated)
        dated.addWidget(self.credentials_date)
        dated.addStretch(1)
        self.credentials_form = QFormLayout(self.credentials_box)
        for widget in (self.credentials, self.signed_by):
            self.credentials_form.addRow(QLabel(self), widget)
        self.credentials_form.addRow(QLabel(self), dated)

        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("replyNotes")
        self.notes.setMaximumHeight(70)

        self.files_box = QGroupBox(self)
        self.files = QListWidget(self.files_box)
        self.files.setObjectName("attachmentList")
        self.files.setMaximumHeight(90)
        self.files.itemActivated.connect(self._open_item)
        self.add_files_button = QPushButton(self.files_box)
        self.add_files_button.setObjectName("addFiles")
        self.add_files_button.clicked.connect(self.choose_files)
        self.open_file_button = QPushButton(self.files_box)
        self.open_file_button.setObjectName("openFile")
        self.open_file_button.clicked.connect(lambda: self._open_item(self.files.currentItem()))
        self.remove_file_button = QPushButton(self.files_box)
        self.remove_file_button.setObjectName("removeFile")
        self.remove_file_button.clicked.connect(self._remove_file)
        file_buttons = QVBoxLayout()
        for button in (self.add_files_button, self.open_file_button, self.remove_file_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files_layout = QHBoxLayout(self.files_box)
        files_layout.addWidget(self.files, 1)
        files_layout.addLayout(file_buttons)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(self.form, 1)
        top.addWidget(self.credentials_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.sources_label)
        layout.addLayout(top)
        layout.addWidget(self.delegation_box, 1)
        self.notes_label = QLabel(self)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.files_box)
        layout.addWidget(self.buttons)
        self.resize(820, 680)

    def _combo(self, name: str, kind: type[StrEnum]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value in kind:
            combo.addItem(enum_text(value), value)
        return combo

    def retranslateUi(self) -> None:
        titles = {
            ReplyMode.NEW: self.tr("Log a reply"),
            ReplyMode.SOURCE: self.tr("Add a second source of the reply"),
            ReplyMode.EDIT: self.tr("Correct the reply"),
            ReplyMode.FROM_STATE: self.tr("Log a reply from a Member State"),
        }
        self.setWindowTitle(titles[self.mode])
        labels = [
            self.tr("Member State"),
            self.tr("Received on"),
            self.tr("Received by"),
            self.tr("Decision"),
            self.tr("Level of representation"),
            self.tr("Their reference"),
        ]
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.level.setItemText(0, self.tr("Not stated"))
        if self.sources:
            self._show_sources()
        self.source_reference.setPlaceholderText(self.tr("Note verbale number, form entry…"))
        self.state.lineEdit().setPlaceholderText(self.tr("Type to find the Member State"))
        self.delegation_box.setTitle(self.tr("Delegation"))
        self.credentials_box.setTitle(self.tr("Credentials"))
        for row, text in enumerate([self.tr("Received"), self.tr("Signed by"), self.tr("Dated")]):
            self.credentials_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.credentials_dated.setText(self.tr("on"))
        self.notes_label.setText(self.tr("Notes"))
        self.files_box.setTitle(self.tr("Attached files"))
        self.add_files_button.setText(self.tr("Attach files…"))
        self.open_file_button.setText(self.tr("Open"))
        self.remove_file_button.setText(self.tr("Remove"))
        self._update_heading()

    def _update_heading(self) -> None:
        invitation = self.target.invitation
        if invitation is None:
            text = self.tr("Reply to {reference}").format(
                reference=isolate(self.target.circular_reference or "")
            )
        else:
            text = self.tr("{addressee} — invitation sent on {date}").format(
                addressee=invitation.addressee, date=long_date(invitation.sent_on) or "—"
            )
            if self.mode is ReplyMode.SOURCE:
                text += "\n" + self.tr(
                    "This source is merged into the reply already logged: the latest word "
                    "decides, the strongest credentials are kept."
                )
        self.heading.setText(text)

    # -- content ---------------------------------------------------------------------------
    def _load(self) -> None:
        if self.reply_id is not None:
            with self.database.reading() as session:
                reply = reply_service.get_reply(session, self.reply_id)
                self.sources = sorted(
                    ((s.received_on, s.channel, s.reference) for s in reply.sources),
                    key=lambda source: source[0],
                )
            self._show_sources()
        if self.mode is ReplyMode.EDIT and self.reply_id is not None:
            with self.database.reading() as session:
                draft = reply_service.reply_draft(session, self.reply_id)
                attachments = list(
                    session.scalars(
                        select(ReplyAttachment).where(ReplyAttachment.reply_id == self.reply_id)
                    )
                )
            self.set_draft(draft)
            for attachment in attachments:
                item = QListWidgetItem(attachment.original_name, self.files)
                item.setData(ID_ROLE, attachment)
        elif self.mode in (ReplyMode.NEW, ReplyMode.FROM_STATE):
            self.delegation.add_member()  # a row ready for the head of delegation
        self._credentials_changed()

    def _show_sources(self) -> None:
        """The ways the reply came in so far (a letter, then the online form…)."""
        lines = [
            " ".join(p for p in (long_date(day), enum_text(channel), reference or "") if p)
            for day, channel, reference in self.sources
        ]
        self.sources_label.setText(
            self.tr("Arrived as: {sources}").format(sources="; ".join(lines))
        )
        self.sources_label.setVisible(bool(lines))

    def set_draft(self, draft: ReplyDraft) -> None:
        self.received_on.setDate(_qdate(draft.received_on))
        self.channel.setCurrentIndex(self.channel.findData(draft.channel))
        self.decision.setCurrentIndex(self.decision.findData(draft.decision))
        self.level.setCurrentIndex(max(0, self.level.findData(draft.level)))
        self.source_reference.setText(draft.source_reference or "")
        self.delegation.set_members(draft.delegation)
        self.credentials.setCurrentIndex(self.credentials.findData(draft.credentials))
        self.signed_by.setText(draft.credentials_signed_by or "")
        self.credentials_dated.setChecked(draft.credentials_date is not None)
        if draft.credentials_date:
            self.credentials_date.setDate(_qdate(draft.credentials_date))
        self.notes.setPlainText(draft.notes or "")

    def draft(self) -> ReplyDraft:
        # Qt hands enum data back as plain strings.
        credentials = Credentials(self.credentials.currentData())
        none = credentials is Credentials.NONE
        level = self.level.currentData()
        return ReplyDraft(
            received_on=self.received_on.date().toPython(),
            channel=IncomingChannel(self.channel.currentData()),
            decision=ReplyDecision(self.decision.currentData()),
            level=LevelOfRepresentation(level) if level else None,
            delegation=self.delegation.members(),
            credentials=credentials,
            credentials_signed_by=None if none else self.signed_by.text(),
            credentials_date=(
                self.credentials_date.date().toPython()
                if self.credentials_dated.isChecked() and not none
                else None
            ),
            notes=self.notes.toPlainText(),
            source_reference=self.source_reference.text(),
        )

    def _credentials_changed(self) -> None:
        given = Credentials(self.credentials.currentData()) is not Credentials.NONE
        self.signed_by.setEnabled(given)
        self.credentials_dated.setEnabled(given)
        self.credentials_date.setEnabled(given and self.credentials_dated.isChecked())

    # -- files -----------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files to the reply"), str(Path.home())
        )
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path in self.new_files:
                continue
            self.new_files.append(path)
            item = QListWidgetItem(path.name, self.files)
            item.setData(ID_ROLE, path)
            item.setToolTip(str(path))

    def _remove_file(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        value = item.data(ID_ROLE)
        if isinstance(value, Path):
            self.new_files.remove(value)
        else:
            self.removed_attachments.add(value.id)
        self.files.takeItem(self.files.row(item))

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        value = item.data(ID_ROLE)
        try:
            if isinstance(value, Path):
                path = value
            else:
                with self.database.reading() as session:
                    path = attachment_service.viewing_copy(session, value)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        """Save in one transaction; on a refusal, say why and keep the dialog open."""
        if self.mode is ReplyMode.FROM_STATE and self.state.currentIndex() < 0:
            error_reporting.show_warning(
                self.tr("Choose the Member State the reply comes from."), self
            )
            return
        try:
            # Every file is read before anything is saved: one unreadable file attaches none.
            stored = [attachment_service.store_file(path) for path in self.new_files]
            outcome = self._write(stored, create_invitation=False)
            if isinstance(outcome, NotInvited):
                if not self._confirm_invitation():
                    return
                outcome = self._write(stored, create_invitation=True)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        assert isinstance(outcome, ReplyLogged)
        self.outcome = outcome
        self.accept()

    def _confirm_invitation(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Not invited"),
            self.tr(
                "{state} was not invited by {reference}. Record the invitation (as sent with "
                "the circular) and log this reply?"
            ).format(
                state=self.state.currentText(),
                reference=isolate(self.target.circular_reference or self.tr("this event")),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, stored, *, create_invitation: bool) -> ReplyLogged | NotInvited:
        draft = self.draft()
        with self.database.writing() as session:
            if self.mode is ReplyMode.FROM_STATE:
                outcome = reply_service.log_reply_from(
                    session,
                    event_id=self.target.event_id,
                    circular_id=self.target.circular_id,
                    member_state_id=self.state.currentData(),
                    draft=draft,
                    create_invitation=create_invitation,
                    today=self.today,
                )
                if isinstance(outcome, NotInvited):
                    return outcome
            elif self.mode is ReplyMode.EDIT and self.reply_id is not None:
                outcome = reply_service.update_reply(
                    session, self.reply_id, draft, today=self.today
                )
            else:
                assert self.target.invitation is not None
                outcome = reply_service.log_reply(
                    session, self.target.invitation.id, draft, today=self.today
                )
            for attachment_id in self.removed_attachments:
                attachment_service.remove_attachment(session, attachment_id)
            if stored:
                reply = reply_service.get_reply(session, outcome.reply_id)
                attachment_service.register_files(session, reply, stored)
        return outcome
