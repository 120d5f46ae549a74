"""The circular editor: reference (the next one of the year suggested), date, reply deadline,
subject and addressees in six languages, language versions, department, notes."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import UN_LANGUAGES, AddresseeScope
from liaison_app.errors import UserError
from liaison_app.services import circulars as circular_service
from liaison_app.services.circulars import CircularDraft, CircularInvalid
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting
from liaison_app.ui.language import LANGUAGE_NAMES

LANGUAGES = [language.value for language in UN_LANGUAGES]


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class CircularDialog(QDialog):
    def __init__(
        self,
        database: Database,
        event_id: uuid.UUID | None,
        today: date,
        parent: QWidget | None = None,
        circular_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("circularDialog")
        self.database = database
        self.event_id = event_id
        self.today = today
        self.circular_id = circular_id
        #: The saved circular's id, once accepted.
        self.saved_id: uuid.UUID | None = None
        self._suggested = ""

        self.reference = QLineEdit(self)
        self.reference.setObjectName("reference")
        self.issued_on = QDateEdit(self)
        self.issued_on.setObjectName("issuedOn")
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDate(_qdate(today))
        self.issued_on.dateChanged.connect(self._suggest)
        self.has_deadline = QCheckBox(self)
        self.has_deadline.setObjectName("hasDeadline")
        self.has_deadline.setChecked(True)
        self.deadline = QDateEdit(self)
        self.deadline.setObjectName("replyDeadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDate(_qdate(today).addDays(28))
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline)
        deadline_row.addStretch(1)
        self.scope = QComboBox(self)
        self.scope.setObjectName("addresseeScope")
        for scope in AddresseeScope:
            self.scope.addItem("", scope)
        self.department = QLineEdit(self)
        self.department.setObjectName("department")
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.reference)
        self.form.addRow(QLabel(self), self.issued_on)
        self.form.addRow(QLabel(self), deadline_row)
        self.form.addRow(QLabel(self), self.scope)
        self.form.addRow(QLabel(self), self.department)

        self.texts_box = QGroupBox(self)
        grid = QGridLayout(self.texts_box)
        self.subjects: dict[str, QLineEdit] = {}
        self.addressees: dict[str, QLineEdit] = {}
        self.versions: dict[str, QCheckBox] = {}
        self.subject_header, self.addressee_header = QLabel(self), QLabel(self)
        grid.addWidget(self.subject_header, 0, 1)
        grid.addWidget(self.addressee_header, 0, 2)
        for row, code in enumerate(LANGUAGES, start=1):
            version = QCheckBox(LANGUAGE_NAMES[code], self)
            version.setObjectName(f"version_{code}")
            version.setChecked(True)
            subject = QLineEdit(self)
            subject.setObjectName(f"subject_{code}")
            addressee = QLineEdit(self)
            addressee.setObjectName(f"addressees_{code}")
            grid.addWidget(version, row, 0)
            grid.addWidget(subject, row, 1)
            grid.addWidget(addressee, row, 2)
            self.versions[code], self.subjects[code], self.addressees[code] = (
                version,
                subject,
                addressee,
            )
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("circularNotes")
        self.notes.setMaximumHeight(70)
        self.notes_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.texts_box)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.retranslateUi()
        if circular_id is not None:
            self._load(circular_id)
        else:
            self._suggest()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Circular"))
        labels = [
            self.tr("Reference"),
            self.tr("Dated"),
            self.tr("Reply deadline"),
            self.tr("Addressed to"),
            self.tr("Department"),
        ]
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.has_deadline.setText(self.tr("Replies due by"))
        scopes = {
            AddresseeScope.ALL_MEMBER_STATES: self.tr("All Member States"),
            AddresseeScope.SELECTED_MEMBER_STATES: self.tr("Selected Member States"),
            AddresseeScope.CONTACTS: self.tr("Chosen contacts"),
        }
        for index in range(self.scope.count()):
            self.scope.setItemText(index, scopes[AddresseeScope(self.scope.itemData(index))])
        self.texts_box.setTitle(self.tr("Language versions"))
        self.subject_header.setText(self.tr("Subject"))
        self.addressee_header.setText(self.tr("Addressees, as printed"))
        self.notes_label.setText(self.tr("Notes"))
        self.reference.setToolTip(
            self.tr("Suggested: the next number of the year. Leave it, or type another.")
        )

    def _suggest(self) -> None:
        """Suggest the next reference of the date's year, unless the officer typed another."""
        if self.circular_id is not None:
            return
        year = self.issued_on.date().year()
        if not 2000 <= year <= 2099:
            return
        with self.database.reading() as session:
            suggestion = circular_service.suggest_reference(session, year)
        if self.reference.text() in ("", self._suggested):
            self.reference.setText(suggestion)
        self._suggested = suggestion

    def _load(self, circular_id: uuid.UUID) -> None:
        with self.database.reading() as session:
            draft = circular_service.circular_draft(session, circular_id)
        self.event_id = draft.event_id
        self.reference.setText(draft.reference)
        self.issued_on.setDate(_qdate(draft.issued_on))
        self.has_deadline.setChecked(draft.reply_deadline is not None)
        if draft.reply_deadline:
            self.deadline.setDate(_qdate(draft.reply_deadline))
        self.scope.setCurrentIndex(self.scope.findData(draft.addressee_scope))
        self.department.setText(draft.department or "")
        for code in LANGUAGES:
            self.subjects[code].setText(draft.subjects.get(code, ""))
            self.addressees[code].setText(draft.addressees.get(code, ""))
            self.versions[code].setChecked(code in draft.languages)
        self.notes.setPlainText(draft.notes or "")

    def draft(self) -> CircularDraft:
        return CircularDraft(
            id=self.circular_id,
            reference=self.reference.text(),
            issued_on=self.issued_on.date().toPython(),
            reply_deadline=(
                self.deadline.date().toPython() if self.has_deadline.isChecked() else None
            ),
            event_id=self.event_id,
            addressee_scope=AddresseeScope(self.scope.currentData()),
            subjects={code: edit.text() for code, edit in self.subjects.items()},
            addressees={code: edit.text() for code, edit in self.addressees.items()},
            languages=[code for code, box in self.versions.items() if box.isChecked()],
            department=self.department.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            with self.database.writing() as session:
                circular = circular_service.save_circular(session, self.draft(), today=self.today)
                session.flush()
                self.saved_id = circular.id
        except CircularInvalid as error:
            error_reporting.show_user_error(error, self)
            widgets = {
                "reference": self.reference,
                "issued_on": self.issued_on,
                "reply_deadline": self.deadline,
                "subjects": self.subjects["en"],
            }
            if error.field in widgets:
                widgets[error.field].setFocus()
            return
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self.accept()
