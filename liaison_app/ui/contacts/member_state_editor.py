"""The Member State editor: names in six languages, region and language of correspondence."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import UN_LANGUAGES, Region
from liaison_app.domain.models import MemberState
from liaison_app.errors import UserError
from liaison_app.services.directory import (
    DirectoryInvalid,
    member_state_values,
    update_member_state,
)
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting
from liaison_app.ui.contacts.display import enum_label, language_display, un_language_choices
from liaison_app.ui.language import current_language, is_right_to_left

LANGUAGES = [str(code) for code in UN_LANGUAGES]


class MemberStateEditor(QDialog):
    """Edits one Member State; every change is written with its audit entry, in one transaction."""

    saved = Signal(object)  # the member state's id

    def __init__(self, database: Database, state_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("memberStateEditor")
        self.database = database
        self.state_id = state_id
        with database.reading() as session:
            state = session.get(MemberState, state_id)
            if state is None:
                raise UserError("This Member State no longer exists in the database.")
            self._original = {
                "iso_alpha2": state.iso_alpha2,
                "iso_alpha3": state.iso_alpha3,
                **member_state_values(state),
            }
        self.resize(760, 560)

        self.codes_label = QLabel(self)
        self.codes_label.setObjectName("isoCodes")

        self.names_box = QGroupBox(self)
        grid = QGridLayout(self.names_box)
        self.short_header = QLabel(self.names_box)
        self.formal_header = QLabel(self.names_box)
        grid.addWidget(self.short_header, 0, 1)
        grid.addWidget(self.formal_header, 0, 2)
        self.short_edits: dict[str, QLineEdit] = {}
        self.formal_edits: dict[str, QLineEdit] = {}
        for row, code in enumerate(LANGUAGES, start=1):
            grid.addWidget(QLabel(language_display(code), self.names_box), row, 0)
            for column, edits in ((1, self.short_edits), (2, self.formal_edits)):
                edit = QLineEdit(self.names_box)
                edit.setMaxLength(200 if column == 1 else 300)  # as long as the database holds
                edit.setObjectName(f"{'short' if column == 1 else 'formal'}_name_{code}")
                if is_right_to_left(code):
                    # Arabic names read and edit right to left whatever the interface language.
                    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                edit.textChanged.connect(self.validate)
                grid.addWidget(edit, row, column)
                edits[code] = edit
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)

        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("region")
        self.subregion_edit = QLineEdit(self)
        self.subregion_edit.setMaxLength(80)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("correspondenceLanguage")
        for code, name in un_language_choices():
            self.language_combo.addItem(name, code)
        self.member_check = QCheckBox(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(70)

        self.form = QFormLayout()
        for field in (
            self.region_combo,
            self.subregion_edit,
            self.language_combo,
            self.member_check,
            self.notes_edit,
        ):
            self.form.addRow(QLabel(self), field)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: palette(link-visited);")
        self.error_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.codes_label)
        layout.addWidget(self.names_box)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.retranslateUi()
        self._fill(self._original)
        self.validate()

    def _fill(self, values: dict[str, object]) -> None:
        for code in LANGUAGES:
            self.short_edits[code].setText(str(values[f"short_name_{code}"] or ""))
            self.formal_edits[code].setText(str(values[f"formal_name_{code}"] or ""))
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(values["region"]), 0))
        self.subregion_edit.setText(str(values["subregion"] or ""))
        index = self.language_combo.findData(values["correspondence_language"])
        self.language_combo.setCurrentIndex(max(index, 0))
        self.member_check.setChecked(bool(values["is_member"]))
        self.notes_edit.setPlainText(str(values["notes"] or ""))

    def retranslateUi(self) -> None:
        name = str(self._original[f"short_name_{current_language()}"] or "")
        self.setWindowTitle(self.tr("Member State: {name}").format(name=name))
        self.codes_label.setText(
            self.tr("ISO 3166 codes: {alpha2} · {alpha3}").format(
                alpha2=self._original["iso_alpha2"], alpha3=self._original["iso_alpha3"]
            )
        )
        self.names_box.setTitle(self.tr("Names"))
        self.short_header.setText(self.tr("Short name"))
        self.formal_header.setText(self.tr("Formal name"))
        current = self.region_combo.currentData()
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("(none)"), None)
        for region in Region:
            self.region_combo.addItem(enum_label(region), region)
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(current), 0))
        labels = (
            self.tr("Region"),
            self.tr("Subregion"),
            self.tr("Language of correspondence"),
            "",
            self.tr("Notes"),
        )
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setText(text)
        self.member_check.setText(self.tr("Member of the organization"))
        self.language_combo.setToolTip(
            self.tr("Letters go in this language when a contact has no language of their own.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def values(self) -> dict[str, object]:
        region = self.region_combo.currentData()  # combo boxes hand enums back as strings
        values: dict[str, object] = {
            "region": Region(region) if region else None,
            "subregion": self.subregion_edit.text().strip() or None,
            "correspondence_language": self.language_combo.currentData(),
            "is_member": self.member_check.isChecked(),
            "notes": self.notes_edit.toPlainText().strip() or None,
        }
        for code in LANGUAGES:
            values[f"short_name_{code}"] = self.short_edits[code].text().strip()
            values[f"formal_name_{code}"] = self.formal_edits[code].text().strip()
        return values

    def validate(self) -> bool:
        missing = [
            language_display(code)
            for code in LANGUAGES
            if not self.short_edits[code].text().strip()
            or not self.formal_edits[code].text().strip()
        ]
        message = (
            self.tr(
                "Each language needs a short and a formal name; missing in: {languages}."
            ).format(languages=", ".join(missing))
            if missing
            else ""
        )
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not missing)
        return not missing

    def _field_label(self, name: str) -> str:
        """ "Short name (Русский)", "Notes": where a refused value is, in the officer's words."""
        for prefix, text in (
            ("short_name_", self.tr("Short name")),
            ("formal_name_", self.tr("Formal name")),
        ):
            if name.startswith(prefix):
                return f"{text} ({language_display(name.removeprefix(prefix))})"
        labels = {
            "region": self.tr("Region"),
            "subregion": self.tr("Subregion"),
            "correspondence_language": self.tr("Language of correspondence"),
            "notes": self.tr("Notes"),
        }
        return labels.get(name, name)

    def save(self) -> None:
        if not self.validate():
            return
        changes = {
            key: value for key, value in self.values().items() if self._original.get(key) != value
        }
        try:
            if changes:
                with self.database.writing() as session:
                    update_member_state(session, self.state_id, changes)
        except DirectoryInvalid as error:
            language = current_language()
            self.error_label.setText(
                "\n".join(
                    f"{self._field_label(name)}: {problem.text(language)}"
                    for name, problem in error.problems.items()
                )
            )
            self.error_label.setVisible(True)
            return
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self.saved.emit(self.state_id)
        self.accept()
