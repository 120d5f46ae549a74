"""The Member States tab: the 193 states with their names, region and language of correspondence."""

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from liaison_app.domain.enums import UN_LANGUAGES, Region
from liaison_app.domain.models import Contact, MemberState
from liaison_app.domain.text_folding import fold
from liaison_app.storage.database import Database
from liaison_app.ui.contacts.display import enum_label, language_display
from liaison_app.ui.contacts.record_table_model import Column, RecordTableModel
from liaison_app.ui.contacts.record_view import record_view
from liaison_app.ui.contacts.view_state import select_row
from liaison_app.ui.context import AppContext
from liaison_app.ui.language import current_language

SEARCH_DELAY_MS = 150


@dataclass(frozen=True)
class MemberStateRecord:
    id: uuid.UUID
    iso_alpha2: str
    iso_alpha3: str
    region: Region | None
    short_names: dict[str, str]
    formal_names: dict[str, str]
    correspondence_language: str
    is_member: bool
    contacts: int
    #: Every name and code, folded, for the search box.
    search_text: str

    def short_name(self, language: str) -> str:
        return self.short_names.get(language) or self.short_names.get("en", "")

    def formal_name(self, language: str) -> str:
        return self.formal_names.get(language) or self.formal_names.get("en", "")


def load_member_states(database: Database) -> list[MemberStateRecord]:
    languages = [str(code) for code in UN_LANGUAGES]
    with database.reading() as session:
        counts = dict(
            session.execute(
                select(Contact.member_state_id, func.count()).group_by(Contact.member_state_id)
            ).all()
        )
        records = []
        for state in session.scalars(select(MemberState)):
            short = {code: getattr(state, f"short_name_{code}") or "" for code in languages}
            formal = {code: getattr(state, f"formal_name_{code}") or "" for code in languages}
            words = [state.iso_alpha2, state.iso_alpha3, *short.values(), *formal.values()]
            records.append(
                MemberStateRecord(
                    id=state.id,
                    iso_alpha2=state.iso_alpha2,
                    iso_alpha3=state.iso_alpha3,
                    region=state.region,
                    short_names=short,
                    formal_names=formal,
                    correspondence_language=state.correspondence_language,
                    is_member=state.is_member,
                    contacts=counts.get(state.id, 0),
                    search_text=fold(" ".join(words)),
                )
            )
    return records


def member_state_columns() -> list[Column[MemberStateRecord]]:
    return [
        Column(
            "iso",
            lambda: QCoreApplication.translate("MemberStatesPage", "ISO code"),
            lambda r: r.iso_alpha3,
        ),
        Column(
            "name",
            lambda: QCoreApplication.translate("MemberStatesPage", "Name"),
            lambda r: r.short_name(current_language()),
        ),
        Column(
            "formal_name",
            lambda: QCoreApplication.translate("MemberStatesPage", "Formal name"),
            lambda r: r.formal_name(current_language()),
        ),
        Column(
            "region",
            lambda: QCoreApplication.translate("MemberStatesPage", "Region"),
            lambda r: enum_label(r.region),
        ),
        Column(
            "language",
            lambda: QCoreApplication.translate("MemberStatesPage", "Language of correspondence"),
            lambda r: language_display(r.correspondence_language),
            sort_key=lambda r: (
                [str(c) for c in UN_LANGUAGES].index(r.correspondence_language)
                if r.correspondence_language in [str(c) for c in UN_LANGUAGES]
                else 99
            ),
        ),
        Column(
            "contacts",
            lambda: QCoreApplication.translate("MemberStatesPage", "Contacts"),
            lambda r: str(r.contacts),
            sort_key=lambda r: r.contacts,
        ),
    ]


class MemberStatesPage(QWidget):
    """Search by any name or code, filter by region; Enter or a double-click opens the editor."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberStatesPage")
        self.context = context

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("memberStateSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("regionFilter")
        self.count_label = QLabel(self)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editMemberState")

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.region_combo, 1)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)

        self.model: RecordTableModel[MemberStateRecord] = RecordTableModel(
            member_state_columns(), self
        )
        self.view, self.header_memory = record_view(
            self,
            self.model,
            name="memberStatesView",
            remembered_as="member_states",
            widths=(80, 220, 320, 110, 170),
            left_to_right_columns=(0,),
            sort_column=1,
        )

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.region_combo.currentIndexChanged.connect(self.apply_filter)
        self.view.activated.connect(self.edit_index)
        self.edit_button.clicked.connect(self.edit_current)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        context.databaseChanged.connect(self.reload)

        self.retranslateUi()
        self.reload()

    # -- texts -------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.search_edit.setPlaceholderText(
            self.tr("Search by name in any of the six languages, or ISO code")
        )
        self.edit_button.setText(self.tr("Edit…"))
        current = self.region_combo.currentData()
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("All regions"), None)
        for region in Region:
            self.region_combo.addItem(enum_label(region), region)
        index = self.region_combo.findData(current)
        self.region_combo.setCurrentIndex(max(index, 0))
        self.region_combo.blockSignals(False)
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_record()
        self.model.set_records(load_member_states(self.context.database))
        self.apply_filter()
        if selected is not None:
            self.select_member_state(selected.id)
        self._update_actions()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        query = fold(self.search_edit.text())
        words = query.split()
        region = self.region_combo.currentData()

        def keep(record: MemberStateRecord) -> bool:
            if region is not None and record.region != region:
                return False
            return all(word in record.search_text for word in words)

        self.model.set_filter(keep if words or region is not None else None)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n Member State(s)", "", self.model.rowCount()))

    def selected_record(self) -> MemberStateRecord | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.record(rows[0].row()) if rows else None

    def select_member_state(self, state_id: uuid.UUID) -> None:
        row = self.model.row_of(lambda r: r.id == state_id)
        if row >= 0:
            select_row(self.view, row)

    def _update_actions(self) -> None:
        self.edit_button.setEnabled(self.selected_record() is not None)

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

    def open_editor(self, state_id: uuid.UUID) -> None:
        from liaison_app.ui.contacts.member_state_editor import MemberStateEditor

        editor = MemberStateEditor(self.context.database, state_id, self)
        editor.saved.connect(lambda: self.reload())
        editor.open()
