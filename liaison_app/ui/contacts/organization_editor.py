"""The organization editor: names as written and in Latin script, type, Member State, contacts."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.contact_rules import Checked, check_email, check_phone, display_phone
from liaison_app.domain.enums import OrganizationType
from liaison_app.domain.models import Organization
from liaison_app.errors import UserError
from liaison_app.services.directory import (
    DirectoryInvalid,
    create_organization,
    organization_values,
    update_organization,
)
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting
from liaison_app.ui.contacts.display import enum_label
from liaison_app.ui.contacts.field_feedback import FieldWithReason
from liaison_app.ui.contacts.member_state_field import MemberStateField
from liaison_app.ui.language import current_language

MAX_NAME = 300


class OrganizationEditor(QDialog):
    """Adds an organization (`organization_id` None) or edits one; emits `saved` with its id."""

    saved = Signal(object)

    def __init__(
        self,
        database: Database,
        organization_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        member_states: MemberStateIndex | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("organizationEditor")
        self.database = database
        self.organization_id = organization_id
        self.member_states = member_states or MemberStateIndex.from_database(database)
        self._original: dict[str, Any] = {}
        if organization_id is not None:
            with database.reading() as session:
                org = session.get(Organization, organization_id)
                if org is None:
                    raise UserError("This organization no longer exists in the database.")
                self._original = organization_values(org)

        def line(name: str) -> QLineEdit:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            return edit

        self.name = FieldWithReason(line("name"), self)
        self.name_latin = line("nameLatin")
        self.acronym = line("acronym")
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("type")
        self.member_state_edit = MemberStateField(self.member_states, self)
        self.member_state_edit.setObjectName("memberState")
        self.member_state = FieldWithReason(self.member_state_edit, self)
        self.email = FieldWithReason(line("email"), self)
        self.phone = FieldWithReason(line("phone"), self)
        for field in (self.email, self.phone):
            field.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # As long as the database holds (the name's limit is checked as you type, with a reason).
        self.name_latin.setMaxLength(300)
        self.acronym.setMaxLength(40)
        self.website = line("website")
        self.website.setMaxLength(500)
        self.website.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.postal_address = QPlainTextEdit(self)
        self.postal_address.setTabChangesFocus(True)
        self.postal_address.setFixedHeight(64)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        for field in (
            self.name,
            self.name_latin,
            self.acronym,
            self.type_combo,
            self.member_state,
            self.email,
            self.phone,
            self.postal_address,
            self.website,
            self.notes,
        ):
            self.form.addRow(QLabel(self), field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, 520)

        self.retranslateUi()
        self._fill()
        for edit in (self.name.field, self.email.field, self.phone.field, self.member_state_edit):
            edit.textChanged.connect(self.validate)
        self.validate()

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            self.tr("New organization")
            if self.organization_id is None
            else self.tr("Organization: {name}").format(name=self._original.get("name", ""))
        )
        texts = (
            self.tr("Name as written *"),
            self.tr("Name in Latin script"),
            self.tr("Acronym"),
            self.tr("Type"),
            self.tr("Member State"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Postal address"),
            self.tr("Website"),
            self.tr("Notes"),
        )
        for row, text in enumerate(texts):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setText(text)
        current = self.type_combo.currentData()
        self.type_combo.clear()
        for kind in OrganizationType:
            self.type_combo.addItem(enum_label(kind), kind.value)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(current), 0))
        self.member_state_edit.setPlaceholderText(
            self.tr("Type a name in any of the six languages, or an ISO code")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill(self) -> None:
        values = self._original
        self.name.field.setText(values.get("name") or "")
        self.name_latin.setText(values.get("name_latin") or "")
        self.acronym.setText(values.get("acronym") or "")
        kind = values.get("type") or OrganizationType.OTHER
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(str(kind)), 0))
        self.member_state_edit.set_member_state(values.get("member_state_id"))
        self.email.field.setText(values.get("email") or "")
        self.phone.field.setText(display_phone(values.get("phone")))
        self.postal_address.setPlainText(values.get("postal_address") or "")
        self.website.setText(values.get("website") or "")
        self.notes.setPlainText(values.get("notes") or "")

    def _checks(self) -> dict[str, Checked]:
        entry = self.member_state_edit.entry()
        return {
            "email": check_email(self.email.field.text()),
            "phone": check_phone(self.phone.field.text(), entry.iso_alpha2 if entry else None),
        }

    def validate(self) -> bool:
        ok = True
        language = current_language()
        name = self.name.field.text().strip()
        if not name:
            self.name.set_error(self.tr("A name is required."))
            ok = False
        elif len(name) > MAX_NAME:
            self.name.set_error(
                self.tr("Too long: at most {limit} characters.").format(limit=MAX_NAME)
            )
            ok = False
        else:
            self.name.clear()
        checks = self._checks()
        for field, key in ((self.email, "email"), (self.phone, "phone")):
            checked = checks[key]
            if checked.problem is not None:
                field.set_error(checked.problem.text(language))
                ok = False
            elif key == "phone" and checked.value:
                field.set_note(
                    self.tr("Saved as {phone}").format(phone=f"\u2066{checked.display}\u2069")
                )
            else:
                field.clear()
        problem = self.member_state_edit.problem()
        if problem:
            self.member_state.set_error(problem)
            ok = False
        else:
            self.member_state.clear()
        self.save_button.setEnabled(ok)
        return ok

    def values(self) -> dict[str, Any]:
        checks = self._checks()
        return {
            "name": " ".join(self.name.field.text().split()),
            "name_latin": self.name_latin.text().strip() or None,
            "acronym": self.acronym.text().strip() or None,
            "type": OrganizationType(self.type_combo.currentData()),
            "member_state_id": self.member_state_edit.member_state_id(),
            "email": checks["email"].value,
            "phone": checks["phone"].value,
            "postal_address": self.postal_address.toPlainText().strip() or None,
            "website": self.website.text().strip() or None,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def save(self) -> None:
        if not self.validate():
            return
        values = self.values()
        try:
            with self.database.writing() as session:
                if self.organization_id is None:
                    saved_id = create_organization(session, values).id
                else:
                    changes = {k: v for k, v in values.items() if self._original.get(k) != v}
                    update_organization(session, self.organization_id, changes)
                    saved_id = self.organization_id
        except DirectoryInvalid as error:
            self._show_problems(error)
            return
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self.saved.emit(saved_id)
        self.accept()

    def _show_problems(self, error: DirectoryInvalid) -> None:
        """Each refused value's reason by its field; the first other one in a message box."""
        fields = {
            "name": self.name,
            "member_state_id": self.member_state,
            "email": self.email,
            "phone": self.phone,
        }
        language = current_language()
        for name, problem in error.problems.items():
            if name in fields:
                fields[name].set_error(problem.text(language))
        self.save_button.setEnabled(False)
        if not error.problems.keys() & fields.keys():
            error_reporting.show_user_error(error, self)
