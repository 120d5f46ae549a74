"""The Organizations tab: ministries, permanent missions and others, with their Member State."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from liaison_app.domain.enums import OrganizationType
from liaison_app.domain.models import Contact, MemberState, Organization
from liaison_app.domain.text_folding import fold
from liaison_app.errors import UserError
from liaison_app.services.directory import (
    DeletedOrganization,
    delete_organization,
    restore_organization,
)
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting
from liaison_app.ui.contacts.display import enum_label, isolated, phone_display
from liaison_app.ui.contacts.record_table_model import Column, RecordTableModel
from liaison_app.ui.contacts.record_view import record_view
from liaison_app.ui.contacts.view_state import select_row
from liaison_app.ui.context import AppContext
from liaison_app.ui.language import current_language
from liaison_app.ui.undo_bar import UndoBar

SEARCH_DELAY_MS = 150


@dataclass(frozen=True)
class OrganizationRecord:
    id: uuid.UUID
    name: str
    name_latin: str
    acronym: str
    type: OrganizationType
    member_state_id: uuid.UUID | None
    member_state_names: dict[str, str]
    email: str
    phone: str
    contacts: int
    search_text: str

    def member_state_name(self, language: str) -> str:
        return self.member_state_names.get(language) or self.member_state_names.get("en", "")


def load_organizations(database: Database) -> list[OrganizationRecord]:
    with database.reading() as session:
        counts = dict(
            session.execute(
                select(Contact.organization_id, func.count()).group_by(Contact.organization_id)
            ).all()
        )
        states = {
            state.id: {
                code: getattr(state, f"short_name_{code}") or ""
                for code in ("ar", "zh", "en", "fr", "ru", "es")
            }
            for state in session.scalars(select(MemberState))
        }
        records = []
        for org in session.scalars(select(Organization)):
            state_names = states.get(org.member_state_id, {}) if org.member_state_id else {}
            words = [org.name, org.name_latin, org.acronym, org.email, *state_names.values()]
            records.append(
                OrganizationRecord(
                    id=org.id,
                    name=org.name,
                    name_latin=org.name_latin or "",
                    acronym=org.acronym or "",
                    type=org.type,
                    member_state_id=org.member_state_id,
                    member_state_names=state_names,
                    email=org.email or "",
                    phone=org.phone or "",
                    contacts=counts.get(org.id, 0),
                    search_text=fold(" ".join(w for w in words if w)),
                )
            )
    return records


def organization_columns() -> list[Column[OrganizationRecord]]:
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("OrganizationsPage", "Name"),
            lambda r: r.name,
        ),
        Column(
            "name_latin",
            lambda: QCoreApplication.translate("OrganizationsPage", "Name in Latin script"),
            lambda r: r.name_latin,
        ),
        Column(
            "acronym",
            lambda: QCoreApplication.translate("OrganizationsPage", "Acronym"),
            lambda r: r.acronym,
        ),
        Column(
            "type",
            lambda: QCoreApplication.translate("OrganizationsPage", "Type"),
            lambda r: enum_label(r.type),
            sort_key=lambda r: list(OrganizationType).index(r.type),
        ),
        Column(
            "member_state",
            lambda: QCoreApplication.translate("OrganizationsPage", "Member State"),
            lambda r: r.member_state_name(current_language()),
        ),
        Column(
            "email",
            lambda: QCoreApplication.translate("OrganizationsPage", "E-mail"),
            lambda r: r.email,
        ),
        Column(
            "phone",
            lambda: QCoreApplication.translate("OrganizationsPage", "Phone"),
            lambda r: phone_display(r.phone),
            sort_key=lambda r: r.phone,
        ),
        Column(
            "contacts",
            lambda: QCoreApplication.translate("OrganizationsPage", "Contacts"),
            lambda r: str(r.contacts),
            sort_key=lambda r: r.contacts,
        ),
    ]


class OrganizationsPage(QWidget):
    """Search, filter by type, add, edit and delete organizations."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organizationsPage")
        self.context = context

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("organizationSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("typeFilter")
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newOrganization")
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.type_combo, 1)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)

        self.model: RecordTableModel[OrganizationRecord] = RecordTableModel(
            organization_columns(), self
        )
        self.view, self.header_memory = record_view(
            self,
            self.model,
            name="organizationsView",
            remembered_as="organizations",
            widths=(260, 220, 80, 150, 150, 200, 150),
            left_to_right_columns=(5, 6),
        )

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.undo_bar = UndoBar(self)
        #: Deletions that Undo can still put back, most recent last.
        self._undo_stack: list[DeletedOrganization] = []

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.undo_bar)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.type_combo.currentIndexChanged.connect(self.apply_filter)
        self.view.activated.connect(self.edit_index)
        self.new_button.clicked.connect(self.new_organization)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_organization)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.undo_bar.undoRequested.connect(self.undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        context.databaseChanged.connect(self._on_database_changed)

        self.retranslateUi()
        self.reload()

    def retranslateUi(self) -> None:
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, acronym, e-mail or Member State")
        )
        self.new_button.setText(self.tr("New organization…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.undo_bar.undo_button.setToolTip(self.tr("Put the deleted organization back (Ctrl+Z)"))
        current = self.type_combo.currentData()
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("All types"), None)
        for kind in OrganizationType:
            self.type_combo.addItem(enum_label(kind), kind)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(current), 0))
        self.type_combo.blockSignals(False)
        self.empty_label.setText(
            self.tr(
                "No organization yet. Add one with “New organization…”, or import a contact "
                "list: its ministries and missions are added with the people."
            )
        )
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------
    def _on_database_changed(self) -> None:
        self._undo_stack.clear()
        self.undo_bar.hide()
        self.reload()

    def reload(self) -> None:
        selected = self.selected_record()
        self.model.set_records(load_organizations(self.context.database))
        self.apply_filter()
        if selected is not None:
            self.select_organization(selected.id)
        self._update_actions()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        words = fold(self.search_edit.text()).split()
        kind = self.type_combo.currentData()

        def keep(record: OrganizationRecord) -> bool:
            if kind is not None and record.type != kind:
                return False
            return all(word in record.search_text for word in words)

        self.model.set_filter(keep if words or kind is not None else None)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("%n organization(s)", "", shown))
        empty = not self.model.all_records()
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)

    def selected_record(self) -> OrganizationRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_organization(self, organization_id: uuid.UUID) -> None:
        row = self.model.row_of(lambda r: r.id == organization_id)
        if row >= 0:
            select_row(self.view, row)

    def _update_actions(self) -> None:
        selected = self.selected_record() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # -- actions -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_editor(self.model.record(index.row()).id)

    def edit_current(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.open_editor(record.id)

    def new_organization(self) -> None:
        self.open_editor(None)

    def open_editor(self, organization_id: uuid.UUID | None) -> None:
        from liaison_app.ui.contacts.organization_editor import OrganizationEditor

        editor = OrganizationEditor(self.context.database, organization_id, self)
        editor.saved.connect(self._after_save)
        editor.open()

    def _after_save(self, organization_id: uuid.UUID) -> None:
        self.reload()
        self.select_organization(organization_id)

    def delete_current(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        question = self.tr("Delete the organization “{name}”?").format(name=isolated(record.name))
        if record.contacts:
            question += "\n\n" + self.tr(
                "%n contact(s) will keep their details but no longer belong to it.",
                "",
                record.contacts,
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete organization"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.database.writing() as session:
                snapshot = delete_organization(session, record.id)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            self.reload()
            return
        self._undo_stack.append(snapshot)
        self.reload()
        self.undo_bar.show_message(
            self.tr("“{name}” deleted.").format(name=isolated(snapshot.name)), undoable=True
        )

    def can_undo(self) -> bool:
        return bool(self._undo_stack)

    def undo(self) -> None:
        """Put back the last organization deleted, with its contacts."""
        if not self._undo_stack:
            return
        snapshot = self._undo_stack.pop()
        try:
            with self.context.database.writing() as session:
                restore_organization(session, snapshot)
        except UserError as error:
            self._undo_stack.append(snapshot)
            error_reporting.show_user_error(error, self)
            return
        self.reload()
        self.select_organization(snapshot.id)
        self.undo_bar.show_message(
            self.tr("“{name}” restored.").format(name=isolated(snapshot.name)), undoable=False
        )
