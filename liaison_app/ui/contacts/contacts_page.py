"""The Contacts tab: search as you type, filters, the table, actions on the selected contacts."""

from __future__ import annotations

import importlib.util
import uuid

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import LevelOfRepresentation, OrganizationType, Region
from liaison_app.domain.text_folding import fold
from liaison_app.errors import UserError
from liaison_app.services.contacts import (
    ContactFilters,
    DeletedContacts,
    contacts_exist,
    delete_contacts,
    restore_contacts,
)
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.ui import error_reporting
from liaison_app.ui.contacts.bidi_delegate import BidiDelegate
from liaison_app.ui.contacts.contacts_model import LEFT_TO_RIGHT_COLUMNS, ContactsModel
from liaison_app.ui.contacts.display import enum_label, isolated, un_language_choices
from liaison_app.ui.contacts.view_state import HeaderMemory, select_row
from liaison_app.ui.context import AppContext
from liaison_app.ui.language import current_language
from liaison_app.ui.undo_bar import UndoBar

#: Starting widths of the columns (pixels), until the officer's own are remembered.
DEFAULT_WIDTHS = (200, 180, 120, 220, 170, 220, 150, 230, 150, 120)

#: The module of the shared export action (issue 6), used when it is installed.
EXPORT_ACTION_MODULE = "liaison_app.ui.export_action"
#: The dialog behind "Add to invitation list"; it comes with the invitations service (issue 4).
INVITATION_DIALOG_MODULE = "liaison_app.ui.contacts.invitation_list_dialog"


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


class ContactsPage(QWidget):
    """Every contact of the database, searched and filtered by the database as the officer types."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPage")
        self.context = context
        self.member_states = MemberStateIndex.from_database(context.database)
        #: Deletions that Undo can still put back, most recent last.
        self._undo_stack: list[DeletedContacts] = []
        self._has_contacts = False

        # -- search and filters --------------------------------------------------------------
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("contactSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newContact")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("contactCount")
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)

        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("memberStateFilter")
        self.region_filter = QComboBox(self)
        self.region_filter.setObjectName("regionFilter")
        self.level_filter = QComboBox(self)
        self.level_filter.setObjectName("levelFilter")
        self.language_filter = QComboBox(self)
        self.language_filter.setObjectName("languageFilter")
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("organizationTypeFilter")
        self.clear_filters_button = QToolButton(self)
        self.clear_filters_button.setObjectName("clearFilters")
        self.filters = (
            self.state_filter,
            self.region_filter,
            self.level_filter,
            self.language_filter,
            self.type_filter,
        )
        filters_row = QHBoxLayout()
        for combo in self.filters:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters_row.addWidget(combo)
        # Member State names run long ("United Kingdom of Great Britain and Northern Ireland").
        self.state_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.state_filter.setMinimumContentsLength(22)
        filters_row.addWidget(self.clear_filters_button)
        filters_row.addStretch(1)

        # -- table and empty state -----------------------------------------------------------
        # Searches, filters and sorts are answered off the GUI thread: typing never waits.
        self.model = ContactsModel(context.database, self, tasks=context.tasks)
        self.view = QTableView(self)
        self.view.setObjectName("contactsView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(BidiDelegate(LEFT_TO_RIGHT_COLUMNS, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.view.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(DEFAULT_WIDTHS):
            header.resizeSection(column, width)
        self.header_memory = HeaderMemory(self.view, "contacts")
        # After the remembered state: enabling sorting sorts by the indicator now shown.
        self.view.setSortingEnabled(True)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(40)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        # -- actions on the selection --------------------------------------------------------
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selectionCount")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editContact")
        self.invite_button = QPushButton(self)
        self.invite_button.setObjectName("addToInvitationList")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportSelection")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteContacts")
        actions = QHBoxLayout()
        actions.addWidget(self.selection_label)
        actions.addStretch(1)
        for button in (
            self.edit_button,
            self.invite_button,
            self.export_button,
            self.delete_button,
        ):
            actions.addWidget(button)

        self.undo_bar = UndoBar(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.undo_bar)
        layout.addLayout(actions)

        # -- behaviour -----------------------------------------------------------------------
        # Each keystroke asks at once: the model runs one query at a time and asks only the
        # newest text when it ends, so a fast typist costs no more queries than a slow one.
        self.search_edit.textChanged.connect(self.apply_query)
        for combo in self.filters:
            combo.currentIndexChanged.connect(self.apply_query)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.new_button.clicked.connect(self.new_contact)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.invite_button.clicked.connect(self.add_to_invitation_list)
        self.export_button.clicked.connect(self.export_selection)
        self.undo_bar.undoRequested.connect(self.undo)
        self.view.activated.connect(self.edit_index)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        # The view lays its rows out on a timer after a reset, and would paint twice (before
        # and after): laying out at once makes each answer one paint.
        self.model.modelReset.connect(self.view.executeDelayedItemsLayout)
        self.model.modelReset.connect(self._after_reset)
        self.model.counted.connect(self._show_count)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        # Ctrl+N is also File ▸ New database: inside this page it means a new contact.
        self._new_sequence = QKeySequence(QKeySequence.StandardKey.New)
        context.databaseChanged.connect(self._on_database_changed)

        self.invitations_available = module_available(INVITATION_DIALOG_MODULE)
        self.export_available = module_available(EXPORT_ACTION_MODULE)
        self.retranslateUi()

    # -- texts -------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.search_edit.setPlaceholderText(
            self.tr("Search names, positions, organizations, e-mails, phones — any script (Ctrl+F)")
        )
        self.new_button.setText(self.tr("New contact…"))
        self.new_button.setToolTip(self.tr("Add a contact (Ctrl+N)"))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.edit_button.setText(self.tr("Edit…"))
        self.invite_button.setText(self.tr("Add to invitation list…"))
        self.export_button.setText(self.tr("Export selection…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.undo_bar.undo_button.setToolTip(self.tr("Put the deleted contacts back (Ctrl+Z)"))
        self._fill_filters()
        self.model.retranslate()
        self._after_reset()  # the count and the empty state, in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        language = current_language()
        states = sorted(self.member_states, key=lambda e: fold(e.name(language)))
        choices = {
            self.state_filter: [(self.tr("All Member States"), None)]
            # Ids as text: Qt compares Python objects in item data by identity, not value.
            + [(e.name(language), str(e.id)) for e in states],
            self.region_filter: [(self.tr("All regions"), None)]
            + [(enum_label(region), region) for region in Region],
            self.level_filter: [(self.tr("All levels"), None)]
            + [(enum_label(level), level) for level in LevelOfRepresentation],
            self.language_filter: [(self.tr("All languages"), None)]
            + [(name, code) for code, name in un_language_choices()],
            self.type_filter: [(self.tr("All organization types"), None)]
            + [(enum_label(kind), kind) for kind in OrganizationType],
        }
        for combo, items in choices.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.state_filter.setToolTip(self.tr("Member State"))
        self.region_filter.setToolTip(self.tr("Region of the Member State"))
        self.level_filter.setToolTip(self.tr("Level of representation"))
        self.language_filter.setToolTip(
            self.tr("Language of letters: the contact's own, else their Member State's")
        )
        self.type_filter.setToolTip(self.tr("Type of organization"))

    # -- query -------------------------------------------------------------------------------
    def current_filters(self) -> ContactFilters:
        def chosen(combo: QComboBox) -> frozenset:
            value = combo.currentData()
            return frozenset() if value is None else frozenset({value})

        state = self.state_filter.currentData()
        return ContactFilters(
            member_state_ids=frozenset({uuid.UUID(state)}) if state else frozenset(),
            regions=chosen(self.region_filter),
            levels=chosen(self.level_filter),
            languages=chosen(self.language_filter),
            organization_types=chosen(self.type_filter),
        )

    def apply_query(self) -> None:
        """Search and filter (answered in the background; `model.answered` says when)."""
        self.model.set_query(search=self.search_edit.text(), filters=self.current_filters())

    def clear_filters(self) -> None:
        for combo in self.filters:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_query()

    def reload(self) -> None:
        """Read the contacts again, keeping the place in the list."""
        position = self.view.verticalScrollBar().value()
        self.model.refresh()
        self.view.verticalScrollBar().setValue(position)

    def _on_database_changed(self) -> None:
        self.member_states = MemberStateIndex.from_database(self.context.database)
        self._undo_stack.clear()
        self.undo_bar.hide()
        self._fill_filters()
        self.model.set_database(self.context.database)

    def _after_reset(self) -> None:
        with self.context.database.reading() as session:
            self._has_contacts = self.model.rowCount() > 0 or contacts_exist(session)
        shown = self.model.rowCount()
        if shown:
            self.stack.setCurrentWidget(self.view)
        else:
            self.stack.setCurrentWidget(self.empty_label)
            self.empty_label.setText(self._empty_text())
        if not self.model.counting:
            self._show_count()
        self._update_actions()

    def _show_count(self) -> None:
        """How many contacts the view shows (a full first page is counted after it is shown)."""
        if self._has_contacts:
            self.count_label.setText(self.tr("%n contact(s)", "", self.model.rowCount()))
        else:
            self.count_label.clear()

    def _empty_text(self) -> str:
        if not self._has_contacts:
            return self.tr(
                "No contacts yet.\n\nAdd one with “New contact…” (Ctrl+N), or import a "
                "spreadsheet of contacts from the Import & export section."
            )
        search = self.model.search.strip()
        if search:
            return self.tr("No contact matches “{search}” with these filters.").format(
                search=search
            )
        return self.tr("No contact matches these filters.")

    # -- selection ---------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.view.selectionModel().selectedRows())

    def selected_ids(self) -> list[uuid.UUID]:
        return self.model.ids_for_rows(self.selected_rows())

    def _update_actions(self) -> None:
        count = len(self.view.selectionModel().selectedRows()) if self.view.selectionModel() else 0
        self.selection_label.setText(self.tr("%n selected", "", count) if count else "")
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)
        self.invite_button.setEnabled(count > 0 and self.invitations_available)
        self.invite_button.setToolTip(
            self.tr("Create invitations for the selected contacts to an event.")
            if self.invitations_available
            else self.tr(
                "Adding contacts to an invitation list arrives with the invitations feature "
                "in a later version."
            )
        )
        self.export_button.setEnabled(count > 0 and self.export_available)
        self.export_button.setToolTip(
            self.tr("Save the selected contacts to an Excel workbook.")
            if self.export_available
            else self.tr("Exporting contacts from the window arrives in a later version.")
        )

    def select_contact(self, contact_id: uuid.UUID) -> bool:
        """Select a contact and scroll to it, if the view shows it (after an edit, say)."""
        row = self.model.row_of_id(contact_id)
        if row < 0:
            return False
        select_row(self.view, row)
        return True

    # -- shortcuts ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Ctrl+N belongs to this page while the focus is in it (else File ▸ New database).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() == self._new_sequence[0].toCombined()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.keyCombination().toCombined() == self._new_sequence[0].toCombined():
            self.new_contact()
            return
        super().keyPressEvent(event)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- editing -----------------------------------------------------------------------------
    def edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_editor(self.model.contact_id(index.row()))

    def edit_current(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.open_editor(self.model.contact_id(rows[0]))

    def new_contact(self) -> None:
        self.open_editor(None)

    def open_editor(self, contact_id: uuid.UUID | None) -> None:
        from liaison_app.ui.contacts.contact_editor import ContactEditor

        try:
            editor = ContactEditor(self.context.database, self.member_states, contact_id, self)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            self.reload()
            return
        editor.saved.connect(self._after_save)
        editor.open()
        self.editor = editor

    def _after_save(self, contact_id: uuid.UUID) -> None:
        self.reload()
        self.select_contact(contact_id)

    # -- delete and undo ---------------------------------------------------------------------
    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            name = self.model.row(rows[0]).full_name
            question = self.tr("Delete the contact “{name}”?").format(name=isolated(name))
        else:
            question = self.tr("Delete the %n selected contact(s)?", "", len(rows))
        question += "\n\n" + self.tr("You can undo this with Ctrl+Z or the Undo button.")
        answer = QMessageBox.question(
            self,
            self.tr("Delete contacts"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = self.model.ids_for_rows(rows)
        try:
            with self.context.database.writing() as session:
                snapshot = delete_contacts(session, ids)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self._undo_stack.append(snapshot)
        self.reload()
        self.view.clearSelection()
        self.undo_bar.show_message(
            self.tr("%n contact(s) deleted.", "", len(snapshot)), undoable=True
        )

    def can_undo(self) -> bool:
        return bool(self._undo_stack)

    def undo(self) -> None:
        """Put back the contacts of the last deletion."""
        if not self._undo_stack:
            return
        snapshot = self._undo_stack.pop()
        try:
            with self.context.database.writing() as session:
                restored = restore_contacts(session, snapshot)
        except UserError as error:
            self._undo_stack.append(snapshot)
            error_reporting.show_user_error(error, self)
            return
        self.reload()
        self.undo_bar.show_message(self.tr("%n contact(s) restored.", "", restored), undoable=False)
        if len(snapshot.ids) == 1:
            self.select_contact(snapshot.ids[0])

    # -- invitations and export --------------------------------------------------------------
    def add_to_invitation_list(self) -> None:
        if not self.invitations_available or not self.selected_rows():
            return
        from liaison_app.ui.contacts.invitation_list_dialog import add_to_invitation_list

        add_to_invitation_list(self.context, self.selected_ids(), self)

    def export_selection(self) -> None:
        if not self.export_available or not self.selected_rows():
            return
        module = importlib.import_module(EXPORT_ACTION_MODULE)
        module.export_contacts(self.context, self.selected_ids(), self)
