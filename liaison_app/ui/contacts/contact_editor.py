"""The contact editor: each field checked as the officer types, the reason shown by the field."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from liaison_app.domain.contact_rules import (
    Checked,
    check_email,
    check_language,
    check_name,
    check_phone,
    gender_of_form,
    is_latin_script,
)
from liaison_app.domain.enums import FormOfAddress, Gender, LevelOfRepresentation
from liaison_app.domain.models import Organization
from liaison_app.domain.text_folding import fold
from liaison_app.errors import UserError
from liaison_app.services.contact_import import guess_organization_type
from liaison_app.services.contacts import (
    ContactInvalid,
    contact_values,
    create_contact,
    get_contact,
    update_contact,
)
from liaison_app.services.directory import organization_named
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting
from liaison_app.ui.contacts.display import (
    enum_label,
    isolated,
    language_display,
    un_language_choices,
)
from liaison_app.ui.contacts.field_feedback import FieldWithReason
from liaison_app.ui.contacts.member_state_field import MemberStateField
from liaison_app.ui.language import current_language


class ContactEditor(QDialog):
    """Adds a contact (`contact_id` None) or edits one; emits `saved` with its id."""

    saved = Signal(object)

    def __init__(
        self,
        database: Database,
        member_states: MemberStateIndex,
        contact_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self.database = database
        self.member_states = member_states
        self.contact_id = contact_id
        self._original: dict[str, Any] = {}
        organizations: list[tuple[uuid.UUID, str, uuid.UUID | None]] = []
        with database.reading() as session:
            if contact_id is not None:
                contact = get_contact(session, contact_id)
                if contact is None:
                    raise UserError("This contact no longer exists; it may have been deleted.")
                self._original = contact_values(contact)
            organizations = list(
                session.execute(
                    select(Organization.id, Organization.name, Organization.member_state_id)
                )
            )
        self.resize(940, 440)

        def line(name: str) -> QLineEdit:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            return edit

        # -- person --------------------------------------------------------------------------
        self.form_combo = QComboBox(self)
        self.form_combo.setObjectName("formOfAddress")
        self.gender_combo = QComboBox(self)
        self.gender_combo.setObjectName("gender")
        self.full_name = FieldWithReason(line("fullName"), self)
        self.given_name = line("givenName")
        self.family_name = line("familyName")
        self.full_name_latin = FieldWithReason(line("fullNameLatin"), self)
        self.position_edit = line("position")
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("level")
        self.organization_combo = QComboBox(self)
        self.organization_combo.setObjectName("organization")
        self.organization_combo.setEditable(True)
        self.organization_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for combo in (self.organization_combo, self.level_combo):
            # Long names must not widen the dialog: the field grows with it instead.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.organization = FieldWithReason(self.organization_combo, self)
        self.member_state_edit = MemberStateField(member_states, self)
        self.member_state_edit.setObjectName("memberState")
        self.member_state = FieldWithReason(self.member_state_edit, self)

        form_and_gender = QHBoxLayout()
        form_and_gender.addWidget(self.form_combo, 1)
        form_and_gender.addWidget(self.gender_combo, 1)
        given_family = QHBoxLayout()
        given_family.addWidget(self.given_name)
        given_family.addWidget(self.family_name)

        self.person_box = QGroupBox(self)
        self.person_form = QFormLayout()
        person_box_layout = QVBoxLayout(self.person_box)
        person_box_layout.addLayout(self.person_form)
        person_box_layout.addStretch(1)  # rows stay together at the top
        self.person_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.person_form.setLabelAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        )
        for field in (
            form_and_gender,
            self.full_name,
            given_family,
            self.full_name_latin,
            self.position_edit,
            self.level_combo,
            self.organization,
            self.member_state,
        ):
            self.person_form.addRow(QLabel(self.person_box), field)

        # -- contact details -----------------------------------------------------------------
        self.email = FieldWithReason(line("email"), self)
        self.email_alt = FieldWithReason(line("emailAlt"), self)
        self.phone = FieldWithReason(line("phone"), self)
        self.phone_mobile = FieldWithReason(line("phoneMobile"), self)
        for field in (self.email, self.email_alt, self.phone, self.phone_mobile):
            # Addresses and numbers read left to right in every interface language.
            field.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("preferredLanguage")
        self.language_combo.setEditable(True)
        self.language_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language = FieldWithReason(self.language_combo, self)
        self.postal_address = QPlainTextEdit(self)
        self.postal_address.setObjectName("postalAddress")
        self.postal_address.setTabChangesFocus(True)
        self.postal_address.setFixedHeight(64)
        self.salutation_override = line("salutationOverride")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)

        self.details_box = QGroupBox(self)
        self.details_form = QFormLayout()
        details_box_layout = QVBoxLayout(self.details_box)
        details_box_layout.addLayout(self.details_form)
        details_box_layout.addStretch(1)  # rows stay together at the top
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details_form.setLabelAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        )
        for field in (
            self.email,
            self.email_alt,
            self.phone,
            self.phone_mobile,
            self.language,
            self.postal_address,
            self.salutation_override,
            self.notes,
        ):
            self.details_form.addRow(QLabel(self.details_box), field)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(self.person_box, 1)
        columns.addWidget(self.details_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self._organizations = organizations
        self.retranslateUi()
        self._fill(self._original)

        for edit in (
            self.full_name.field,
            self.full_name_latin.field,
            self.email.field,
            self.email_alt.field,
            self.phone.field,
            self.phone_mobile.field,
            self.member_state_edit,
        ):
            edit.textChanged.connect(self.validate)
        self.given_name.textChanged.connect(self.validate)
        self.family_name.textChanged.connect(self.validate)
        self.organization_combo.currentTextChanged.connect(self.validate)
        self.language_combo.currentTextChanged.connect(self.validate)
        self.form_combo.currentIndexChanged.connect(self._form_changed)
        self.validate()
        self.full_name.field.setFocus()

    # -- texts -------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        if self.contact_id is None:
            self.setWindowTitle(self.tr("New contact"))
        else:
            self.setWindowTitle(
                self.tr("Contact: {name}").format(name=self._original.get("full_name", ""))
            )
        self.person_box.setTitle(self.tr("Person"))
        self.details_box.setTitle(self.tr("How to reach them"))
        self._set_labels(
            self.person_form,
            (
                self.tr("Form of address, gender"),
                self.tr("Name as written *"),
                self.tr("Given name, family name"),
                self.tr("Name in Latin script"),
                self.tr("Position"),
                self.tr("Level of representation"),
                self.tr("Organization"),
                self.tr("Member State"),
            ),
        )
        self._set_labels(
            self.details_form,
            (
                self.tr("E-mail"),
                self.tr("Other e-mail"),
                self.tr("Phone"),
                self.tr("Mobile phone"),
                self.tr("Preferred language"),
                self.tr("Postal address"),
                self.tr("Salutation"),
                self.tr("Notes"),
            ),
        )
        self.full_name.field.setPlaceholderText(self.tr("As the person writes it, in any script"))
        self.given_name.setPlaceholderText(self.tr("Given name"))
        self.family_name.setPlaceholderText(self.tr("Family name"))
        self.full_name_latin.field.setPlaceholderText(self.tr("For envelopes and sorting"))
        self.member_state_edit.setPlaceholderText(
            self.tr("Type a name in any of the six languages, or an ISO code")
        )
        self.organization_combo.lineEdit().setPlaceholderText(
            self.tr("Choose one, or type the name of a new one")
        )
        self.phone.field.setPlaceholderText(
            self.tr("+41 22 730 51 11, or national with a Member State")
        )
        self.salutation_override.setPlaceholderText(
            self.tr("Only to replace the salutation made from the form of address")
        )
        self.gender_combo.setToolTip(self.tr("Used for grammatical agreement in letters"))
        self._fill_choices()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.validate()
        super().changeEvent(event)

    @staticmethod
    def _set_labels(form: QFormLayout, texts: tuple[str, ...]) -> None:
        for row, text in enumerate(texts):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setText(text)

    def _fill_choices(self) -> None:
        def refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

        refill(
            self.form_combo,
            [(self.tr("(no form of address)"), FormOfAddress.NONE)]
            + [(enum_label(f), f) for f in FormOfAddress if f is not FormOfAddress.NONE],
        )
        refill(self.gender_combo, [(enum_label(g), g) for g in Gender])
        refill(
            self.level_combo,
            [(self.tr("(not known)"), None)] + [(enum_label(v), v) for v in LevelOfRepresentation],
        )
        language_text = self.language_combo.currentText()
        refill(
            self.language_combo,
            [(self.tr("(the Member State's language)"), None)]
            + [(name, code) for code, name in un_language_choices()],
        )
        if language_text and self.language_combo.findText(language_text) < 0:
            self.language_combo.setEditText(language_text)
        # Organizations: by name; the Member State added when two share a name.
        names = [name for _, name, _ in self._organizations]
        shared = {name for name in names if names.count(name) > 1}
        items: list[tuple[str, Any]] = [("", None)]
        for org_id, name, state_id in sorted(self._organizations, key=lambda o: fold(o[1])):
            entry = self.member_states.get(state_id)
            if name in shared and entry is not None:
                name = f"{name} — {entry.name(current_language())}"
            items.append((name, str(org_id)))
        text = self.organization_combo.currentText()
        refill(self.organization_combo, items)
        self.organization_combo.setEditText(text)
        completer = self.organization_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    # -- values ------------------------------------------------------------------------------
    def _fill(self, values: dict[str, Any]) -> None:
        def pick(combo: QComboBox, value: Any) -> None:
            combo.setCurrentIndex(max(combo.findData(value), 0))

        pick(self.form_combo, values.get("form_of_address", FormOfAddress.NONE))
        pick(self.gender_combo, values.get("gender", Gender.UNSPECIFIED))
        self.full_name.field.setText(values.get("full_name") or "")
        self.given_name.setText(values.get("given_name") or "")
        self.family_name.setText(values.get("family_name") or "")
        self.full_name_latin.field.setText(values.get("full_name_latin") or "")
        self.position_edit.setText(values.get("position") or "")
        pick(self.level_combo, values.get("level"))
        org_id = values.get("organization_id")
        org_index = self.organization_combo.findData(str(org_id)) if org_id else 0
        self.organization_combo.setCurrentIndex(max(org_index, 0))
        self.organization_combo.lineEdit().setCursorPosition(0)  # the start of a long name
        self.member_state_edit.set_member_state(values.get("member_state_id"))
        self.email.field.setText(values.get("email") or "")
        self.email_alt.field.setText(values.get("email_alt") or "")
        self.phone.field.setText(self._shown_phone(values.get("phone")))
        self.phone_mobile.field.setText(self._shown_phone(values.get("phone_mobile")))
        language = values.get("preferred_language")
        index = self.language_combo.findData(language)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        else:
            self.language_combo.setEditText(language or "")
        self.postal_address.setPlainText(values.get("postal_address") or "")
        self.salutation_override.setText(values.get("salutation_override") or "")
        self.notes.setPlainText(values.get("notes") or "")

    @staticmethod
    def _shown_phone(stored: str | None) -> str:
        from liaison_app.domain.contact_rules import display_phone

        return display_phone(stored) if stored else ""

    def _form_changed(self) -> None:
        # Mr implies male, Ms and Mrs female: the officer only corrects the exceptions.
        implied = gender_of_form(FormOfAddress(self.form_combo.currentData()))
        if implied is not Gender.UNSPECIFIED:
            self.gender_combo.setCurrentIndex(self.gender_combo.findData(implied))

    def _language_typed(self) -> bool:
        """True when the language was typed rather than picked from the list."""
        index = self.language_combo.currentIndex()
        text = self.language_combo.currentText().strip()
        return index < 0 or self.language_combo.itemText(index) != text

    def _language_checked(self) -> Checked:
        if not self._language_typed():
            return Checked(self.language_combo.currentData())
        return check_language(self.language_combo.currentText())

    def _organization_choice(self) -> tuple[uuid.UUID | None, str]:
        """(id of an existing organization, or None) and the text typed."""
        text = self.organization_combo.currentText().strip()
        if not text:
            return None, ""
        index = self.organization_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return uuid.UUID(self.organization_combo.itemData(index)), text
        return None, text

    def _region(self) -> str | None:
        entry = self.member_state_edit.entry()
        return entry.iso_alpha2 if entry else None

    def checked_fields(self) -> dict[str, Checked]:
        """Each checked field as it would be stored, or its problem."""
        region = self._region()
        return {
            "full_name": check_name(self.full_name.field.text(), "full_name"),
            "full_name_latin": check_name(
                self.full_name_latin.field.text(), "full_name_latin", required=False
            ),
            "given_name": check_name(self.given_name.text(), "given_name", required=False),
            "family_name": check_name(self.family_name.text(), "family_name", required=False),
            "email": check_email(self.email.field.text(), "email"),
            "email_alt": check_email(self.email_alt.field.text(), "email_alt"),
            "phone": check_phone(self.phone.field.text(), region, "phone"),
            "phone_mobile": check_phone(self.phone_mobile.field.text(), region, "phone_mobile"),
            "preferred_language": self._language_checked(),
        }

    def validate(self) -> bool:
        """Show each field's reason or note; enable Save only when every field is acceptable."""
        language = current_language()
        checks = self.checked_fields()
        ok = True

        def show(field: FieldWithReason, checked: Checked, note: str = "") -> None:
            nonlocal ok
            if checked.problem is not None:
                field.set_error(checked.problem.text(language))
                ok = False
            elif note:
                field.set_note(note)
            else:
                field.clear()

        name = checks["full_name"]
        typed_name = self.full_name.field.text().strip()
        if not typed_name and (self.given_name.text().strip() or self.family_name.text().strip()):
            # The full name is made from the given and family names when left empty.
            name = Checked(" ".join(p for p in (self.given_name.text(), self.family_name.text())))
        show(self.full_name, name)
        latin_note = ""
        if (
            typed_name
            and not self.full_name_latin.field.text().strip()
            and not is_latin_script(typed_name)
        ):
            latin_note = self.tr("Add the name in Latin script for envelopes and sorting.")
        show(self.full_name_latin, checks["full_name_latin"], latin_note)
        show(self.email, checks["email"])
        show(self.email_alt, checks["email_alt"])
        for field, key in ((self.phone, "phone"), (self.phone_mobile, "phone_mobile")):
            checked = checks[key]
            note = ""
            if checked.ok and checked.value:
                note = self.tr("Saved as {phone}").format(phone=f"\u2066{checked.display}\u2069")
            show(field, checked, note)
        language_check = checks["preferred_language"]
        language_note = ""
        if language_check.ok and language_check.value and self._language_typed():
            language_note = f"{language_display(language_check.value)} ({language_check.value})"
        elif language_check.ok and not language_check.value:
            entry = self.member_state_edit.entry()
            if entry is not None:
                language_note = self.tr("Letters will be in {language}.").format(
                    language=language_display(entry.correspondence_language)
                )
        show(self.language, language_check, language_note)

        problem = self.member_state_edit.problem()
        if problem:
            self.member_state.set_error(problem)
            ok = False
        elif (entry := self.member_state_edit.entry()) is not None:
            self.member_state.set_note(f"{entry.formal_name(language)} · {entry.iso_alpha3}")
        else:
            self.member_state.clear()

        org_id, org_text = self._organization_choice()
        if org_text and org_id is None:
            self.organization.set_note(
                self.tr("A new organization “{name}” will be added.").format(
                    name=isolated(org_text)
                )
            )
        else:
            self.organization.clear()

        self.save_button.setEnabled(ok)
        return ok

    def values(self) -> dict[str, Any]:
        """The contact's fields as they will be saved (organization handled by `save`)."""
        checks = self.checked_fields()
        values = {key: checked.value for key, checked in checks.items()}
        # Combo boxes hand enum values back as plain strings.
        level = self.level_combo.currentData()
        values.update(
            form_of_address=FormOfAddress(self.form_combo.currentData()),
            gender=Gender(self.gender_combo.currentData()),
            position=self.position_edit.text().strip() or None,
            level=LevelOfRepresentation(level) if level else None,
            member_state_id=self.member_state_edit.member_state_id(),
            postal_address=self.postal_address.toPlainText().strip() or None,
            salutation_override=self.salutation_override.text().strip() or None,
            notes=self.notes.toPlainText().strip() or None,
        )
        if not values["full_name"]:
            values["full_name"] = (
                " ".join(p for p in (values["given_name"], values["family_name"]) if p) or None
            )
        return values

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.validate():
            return
        values = self.values()
        org_id, org_text = self._organization_choice()
        try:
            with self.database.writing() as session:
                if org_text and org_id is None:
                    # Typed, not chosen: the organization of that name, added if new.
                    org_id = organization_named(
                        session,
                        org_text,
                        values["member_state_id"],
                        kind=guess_organization_type(org_text),
                    )
                values["organization_id"] = org_id
                if self.contact_id is None:
                    contact = create_contact(session, values)
                    session.flush()
                    saved_id = contact.id
                else:
                    changes = {
                        key: value
                        for key, value in values.items()
                        if self._original.get(key) != value
                    }
                    if changes:
                        update_contact(session, self.contact_id, changes)
                    saved_id = self.contact_id
        except ContactInvalid as error:
            self._show_problems(error)
            return
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self.saved.emit(saved_id)
        self.accept()

    def _show_problems(self, error: ContactInvalid) -> None:
        fields = {
            "full_name": self.full_name,
            "full_name_latin": self.full_name_latin,
            "email": self.email,
            "email_alt": self.email_alt,
            "phone": self.phone,
            "phone_mobile": self.phone_mobile,
            "preferred_language": self.language,
            "member_state_id": self.member_state,
            "organization_id": self.organization,
        }
        language = current_language()
        shown = False
        for key, problem in error.problems.items():
            if key in fields:
                fields[key].set_error(problem.text(language))
                shown = True
        if not shown:
            error_reporting.show_user_error(error, self)
