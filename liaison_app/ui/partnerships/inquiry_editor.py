"""The inquiry editor: organization from the directory or typed, contact, package, source, dates,
amount and currency, next follow-up and notes, each field with its own error under it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import InquirySource
from liaison_app.errors import UserError
from liaison_app.services import partnerships
from liaison_app.ui import error_reporting
from liaison_app.ui.context import AppContext
from liaison_app.ui.language import current_language
from liaison_app.ui.partnerships.display import money, source_text
from liaison_app.ui.partnerships.fields import FieldWithError, from_qdate, index_of, to_qdate

# A new inquiry proposes a first follow-up this many days after it was received.
FIRST_FOLLOW_UP_DAYS = 7


def searchable(combo: QComboBox) -> None:
    """An editable combo box whose completer finds an entry by any part of its text."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def currency_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("currency")
    combo.addItem("")
    combo.addItems(partnerships.currency_choices())
    searchable(combo)
    combo.lineEdit().setMaxLength(3)
    return combo


class InquiryDialog(QDialog):
    """Creates an inquiry (inquiry_id None) or edits one; saves on OK, when every field is right."""

    def __init__(
        self,
        context: AppContext,
        event_id: uuid.UUID,
        inquiry_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryDialog")
        self.context = context
        self.event_id = event_id
        self.inquiry_id = inquiry_id
        self.saved_id: uuid.UUID | None = None
        self._today = today
        self._package_values: dict[uuid.UUID, tuple[Any, str]] = {}
        self.setMinimumWidth(520)

        self.organization = QComboBox(self)
        self.organization.setObjectName("organization")
        searchable(self.organization)
        self.contact = QComboBox(self)
        self.contact.setObjectName("contact")
        searchable(self.contact)
        self.package = QComboBox(self)
        self.package.setObjectName("package")
        self.source = QComboBox(self)
        self.source.setObjectName("source")
        self.received = QDateEdit(self)
        self.received.setObjectName("receivedOn")
        self.received.setCalendarPopup(True)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.currency = currency_combo(self)
        self.follow_up_enabled = QCheckBox(self)
        self.follow_up_enabled.setObjectName("followUpEnabled")
        self.follow_up = QDateEdit(self)
        self.follow_up.setObjectName("followUp")
        self.follow_up.setCalendarPopup(True)
        self.follow_up_enabled.toggled.connect(self.follow_up.setEnabled)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)

        amount_row = QWidget(self)
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.addWidget(self.amount, 3)
        amount_layout.addWidget(self.currency, 1)
        follow_up_row = QWidget(self)
        follow_up_layout = QHBoxLayout(follow_up_row)
        follow_up_layout.setContentsMargins(0, 0, 0, 0)
        follow_up_layout.addWidget(self.follow_up_enabled)
        follow_up_layout.addWidget(self.follow_up, 1)

        self.fields: dict[str, FieldWithError] = {
            "organization": FieldWithError(self.organization, self),
            "contact": FieldWithError(self.contact, self),
            "package": FieldWithError(self.package, self),
            "source": FieldWithError(self.source, self),
            "received_on": FieldWithError(self.received, self),
            "amount": FieldWithError(amount_row, self),
            "next_follow_up_on": FieldWithError(follow_up_row, self),
            "notes": FieldWithError(self.notes, self),
        }
        # The currency's message shows under the amount row, where the currency box is.
        self.fields["currency"] = self.fields["amount"]
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key in (
            "organization",
            "contact",
            "package",
            "source",
            "received_on",
            "amount",
            "next_follow_up_on",
            "notes",
        ):
            self.labels[key] = QLabel(self)
            self.labels[key].setBuddy(self.fields[key].field)
            self.form.addRow(self.labels[key], self.fields[key])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

        self._load()
        self.organization.currentTextChanged.connect(self._on_organization_changed)
        self.package.currentIndexChanged.connect(self._update_placeholders)
        self.retranslateUi()
        self.organization.setFocus()

    # -- loading ---------------------------------------------------------------------------
    def _load(self) -> None:
        language = current_language()
        with self.context.database.reading() as session:
            organizations = partnerships.organization_choices(session)
            packages = partnerships.list_packages(session, self.event_id)
            free = partnerships.package_availabilities(session, self.event_id)
            inquiry = (
                partnerships.get_inquiry(session, self.inquiry_id) if self.inquiry_id else None
            )
        self.organization.addItem("", None)
        for organization_id, name in organizations:
            self.organization.addItem(name, organization_id)
        self.package.addItem("", None)
        for package in packages:
            self._package_values[package.id] = (package.amount, package.currency)
            text = f"{package.name(language)} — {money(package.amount, package.currency)}"
            if free[package.id].sold_out:
                text += " " + self.tr("(sold out)")
            self.package.addItem(text, package.id)
        for source in InquirySource:
            self.source.addItem(source_text(source), source)

        if inquiry is None:
            received = self._today()
            self.received.setDate(to_qdate(received))
            self.follow_up_enabled.setChecked(True)
            self.follow_up.setDate(to_qdate(received + timedelta(days=FIRST_FOLLOW_UP_DAYS)))
            self._fill_contacts(None)
            return
        if inquiry.organization_id is not None:
            self.organization.setCurrentIndex(index_of(self.organization, inquiry.organization_id))
        else:
            self.organization.setEditText(inquiry.organization_name or "")
        self._fill_contacts(inquiry.organization_id)
        if inquiry.contact_id is not None:
            index = index_of(self.contact, inquiry.contact_id)
            if index < 0:  # a contact of another organization: still the one on record
                self.contact.addItem(inquiry.contact.full_name, inquiry.contact_id)
                index = self.contact.count() - 1
            self.contact.setCurrentIndex(index)
        self.package.setCurrentIndex(max(0, index_of(self.package, inquiry.package_id)))
        self.source.setCurrentIndex(index_of(self.source, inquiry.source))
        self.received.setDate(to_qdate(inquiry.received_on))
        if inquiry.amount is not None:
            self.amount.setText(partnerships.amount_text(inquiry.amount, language))
        self.currency.setEditText(inquiry.currency or "")
        self.follow_up_enabled.setChecked(inquiry.next_follow_up_on is not None)
        self.follow_up.setEnabled(inquiry.next_follow_up_on is not None)
        self.follow_up.setDate(to_qdate(inquiry.next_follow_up_on or self._today()))
        self.notes.setPlainText(inquiry.notes or "")

    def _fill_contacts(self, organization_id: uuid.UUID | None) -> None:
        current = self.contact.currentData()
        with self.context.database.reading() as session:
            contacts = partnerships.contact_choices(session, organization_id)
        self.contact.blockSignals(True)
        self.contact.clear()
        self.contact.addItem("", None)
        for contact_id, name in contacts:
            self.contact.addItem(name, contact_id)
        self.contact.setCurrentIndex(max(0, index_of(self.contact, current)))
        self.contact.blockSignals(False)

    def _organization_id(self) -> uuid.UUID | None:
        text = self.organization.currentText().strip()
        if not text:
            return None
        index = self.organization.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.organization.itemData(index) if index > 0 else None

    def _on_organization_changed(self, _text: str) -> None:
        self._fill_contacts(self._organization_id())

    def _update_placeholders(self) -> None:
        package_id = self.package.currentData()
        if package_id in self._package_values:
            amount, currency = self._package_values[package_id]
            self.amount.setPlaceholderText(
                self.tr("%1, the package's amount").replace("%1", money(amount, currency))
            )
        else:
            self.amount.setPlaceholderText(self.tr("Not known yet"))

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        new = self.inquiry_id is None
        self.setWindowTitle(self.tr("New inquiry") if new else self.tr("Edit inquiry"))
        labels = {
            "organization": self.tr("&Organization:"),
            "contact": self.tr("&Contact:"),
            "package": self.tr("&Package of interest:"),
            "source": self.tr("&Came in by:"),
            "received_on": self.tr("&Received on:"),
            "amount": self.tr("&Amount:"),
            "next_follow_up_on": self.tr("Next &follow-up:"),
            "notes": self.tr("&Notes:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.organization.lineEdit().setPlaceholderText(
            self.tr("Choose from the directory or type the name")
        )
        self.contact.lineEdit().setPlaceholderText(self.tr("None"))
        self.package.setItemText(0, self.tr("None chosen yet"))
        self.currency.lineEdit().setPlaceholderText(self.tr("CHF"))
        self.follow_up_enabled.setText(self.tr("On"))
        self._update_placeholders()

    # -- saving ----------------------------------------------------------------------------
    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The form as service values, and the problems found while reading it (translated)."""
        problems: dict[str, str] = {}
        language = current_language()
        organization_id = self._organization_id()
        contact_text = self.contact.currentText().strip()
        contact_id = None
        if contact_text:
            index = self.contact.findText(contact_text, Qt.MatchFlag.MatchFixedString)
            if index > 0:
                contact_id = self.contact.itemData(index)
            else:
                problems["contact"] = self.tr(
                    "Choose a contact from the directory, or leave this empty."
                )
        try:
            amount = partnerships.parse_amount(self.amount.text(), language)
        except UserError as error:
            problems["amount"] = error.localized(language)
            amount = None
        values = {
            "organization_id": organization_id,
            "organization_name": None if organization_id else self.organization.currentText(),
            "contact_id": contact_id,
            "package_id": self.package.currentData(),
            "source": self.source.currentData(),
            "received_on": from_qdate(self.received.date()),
            "amount": amount,
            "currency": self.currency.currentText(),
            "next_follow_up_on": (
                from_qdate(self.follow_up.date()) if self.follow_up_enabled.isChecked() else None
            ),
            "notes": self.notes.toPlainText(),
        }
        return values, problems

    def show_problems(self, problems: dict[str, str]) -> None:
        for field in set(self.fields.values()):
            field.set_error("")
        for key, text in problems.items():
            field = self.fields.get(key)
            if field is not None:
                existing = field.error
                field.set_error(f"{existing}\n{text}" if existing else text)
        first = next((self.fields[k] for k in self.fields if k in problems), None)
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        language = current_language()
        values, problems = self.values()
        try:
            with self.context.database.reading() as session:
                inquiry = (
                    partnerships.get_inquiry(session, self.inquiry_id) if self.inquiry_id else None
                )
                _, found = partnerships.validate_inquiry(session, self.event_id, values, inquiry)
        except UserError as error:
            error_reporting.show_error(error, self)
            return
        for key, error in found.items():
            problems.setdefault(key, error.localized(language))
        self.show_problems(problems)
        if problems:
            return
        try:
            with self.context.database.writing() as session:
                if self.inquiry_id is None:
                    saved = partnerships.create_inquiry(session, self.event_id, **values)
                else:
                    inquiry = partnerships.get_inquiry(session, self.inquiry_id)
                    partnerships.update_inquiry(session, inquiry, values)
                    saved = inquiry
                self.saved_id = saved.id
        except UserError as error:  # the data changed since the check (another window)
            error_reporting.show_error(error, self)
            return
        super().accept()
