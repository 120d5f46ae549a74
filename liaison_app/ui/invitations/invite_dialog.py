"""The "Invite…" dialog: a circular (or the event), whom to invite — every Member State, those of
some regions, hand-picked ones, or chosen contacts — how and when the letters went out.

Addressees already invited in the chosen series are shown as such and never invited again; the
summary line says how many new invitations the dialog will create.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from liaison_app.domain.enums import OutgoingChannel, Region
from liaison_app.domain.models import Invitation, MemberState
from liaison_app.domain.text_folding import fold
from liaison_app.services import contacts as contact_service
from liaison_app.services.circulars import CircularRow
from liaison_app.storage.database import Database
from liaison_app.ui.invitations.display import enum_text, region_text
from liaison_app.ui.language import current_language

ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: How many contacts a search lists at once; typing more narrows it.
CONTACT_PAGE = 200


@dataclass(frozen=True)
class InviteRequest:
    circular_id: uuid.UUID | None
    member_state_ids: list[uuid.UUID]
    contact_ids: list[uuid.UUID]
    channel: OutgoingChannel
    sent_on: date | None
    notes: str


@dataclass(frozen=True)
class _State:
    id: uuid.UUID
    name: str
    iso3: str
    region: Region | None


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class InviteDialog(QDialog):
    ALL, REGIONS, PICKED = range(3)

    def __init__(
        self,
        database: Database,
        event_id: uuid.UUID,
        circulars: list[CircularRow],
        today: date,
        parent: QWidget | None = None,
        *,
        circular_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inviteDialog")
        self.database = database
        self.event_id = event_id
        self.today = today
        language = current_language()
        with database.reading() as session:
            self.states = sorted(
                (
                    _State(s.id, s.short_name(language), s.iso_alpha3, s.region)
                    for s in session.scalars(select(MemberState))
                ),
                key=lambda s: fold(s.name),
            )
        self.chosen_contacts: dict[uuid.UUID, str] = {}
        self.invited: set[str] = set()

        self.series = QComboBox(self)
        self.series.setObjectName("series")
        for row in circulars:
            self.series.addItem(f"{row.reference} — {row.subject}", row.id)
        self.series.addItem("", None)  # the event itself; text set in retranslateUi
        if circular_id is not None:
            self.series.setCurrentIndex(max(0, self.series.findData(circular_id)))
        self.series.currentIndexChanged.connect(self._series_changed)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._states_tab(), "")
        self.tabs.addTab(self._contacts_tab(), "")
        self.tabs.currentChanged.connect(self._update_summary)

        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        for channel in OutgoingChannel:
            self.channel.addItem(enum_text(channel), channel)
        self.sent = QCheckBox(self)
        self.sent.setObjectName("recordSent")
        self.sent.setChecked(True)
        self.sent_on = QDateEdit(self)
        self.sent_on.setObjectName("sentOn")
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDate(_qdate(today))
        self.sent_on.setMaximumDate(_qdate(today))
        self.sent.toggled.connect(self.sent_on.setEnabled)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("notes")
        sending = QHBoxLayout()
        sending.addWidget(self.sent)
        sending.addWidget(self.sent_on)
        sending.addStretch(1)

        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.series)
        self.form.addRow(QLabel(self), self.channel)
        self.form.addRow(QLabel(self), sending)
        self.form.addRow(QLabel(self), self.notes)

        self.summary = QLabel(self)
        self.summary.setObjectName("inviteSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(640, 620)
        self.retranslateUi()
        self._search_contacts()
        self._series_changed()

    # -- construction ----------------------------------------------------------------------
    def _states_tab(self) -> QWidget:
        page = QWidget(self)
        self.scope = QButtonGroup(page)
        self.all_states = QRadioButton(page)
        self.all_states.setObjectName("allStates")
        self.by_region = QRadioButton(page)
        self.by_region.setObjectName("byRegion")
        self.picked = QRadioButton(page)
        self.picked.setObjectName("handPicked")
        for number, button in enumerate((self.all_states, self.by_region, self.picked)):
            self.scope.addButton(button, number)
        self.all_states.setChecked(True)
        self.scope.idToggled.connect(lambda *_: self._scope_changed())

        regions = QGridLayout()
        self.region_boxes: dict[Region, QCheckBox] = {}
        for number, region in enumerate(Region):
            box = QCheckBox(region_text(region), page)
            box.setObjectName(f"region_{region.value}")
            box.toggled.connect(self._update_summary)
            regions.addWidget(box, number // 3, number % 3)
            self.region_boxes[region] = box

        self.state_search = QLineEdit(page)
        self.state_search.setObjectName("stateSearch")
        self.state_search.setClearButtonEnabled(True)
        self.state_search.textChanged.connect(self._filter_states)
        self.state_list = QListWidget(page)
        self.state_list.setObjectName("stateList")
        for state in self.states:
            item = QListWidgetItem(f"{state.name} ({state.iso3})", self.state_list)
            item.setData(ID_ROLE, state.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.state_list.itemChanged.connect(self._update_summary)

        layout = QVBoxLayout(page)
        layout.addWidget(self.all_states)
        layout.addWidget(self.by_region)
        layout.addLayout(regions)
        layout.addWidget(self.picked)
        layout.addWidget(self.state_search)
        layout.addWidget(self.state_list, 1)
        return page

    def _contacts_tab(self) -> QWidget:
        page = QWidget(self)
        self.contact_search = QLineEdit(page)
        self.contact_search.setObjectName("contactSearch")
        self.contact_search.setClearButtonEnabled(True)
        self.contact_search.textChanged.connect(self._search_contacts)
        self.contact_list = QListWidget(page)
        self.contact_list.setObjectName("contactList")
        self.contact_list.itemChanged.connect(self._contact_toggled)
        self.contacts_note = QLabel(page)
        self.contacts_note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.contact_search)
        layout.addWidget(self.contact_list, 1)
        layout.addWidget(self.contacts_note)
        return page

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Invite"))
        labels = [self.tr("Letter"), self.tr("Sent by"), self.tr("Sending"), self.tr("Notes")]
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
        self.series.setItemText(self.series.count() - 1, self.tr("No circular: the event itself"))
        self.tabs.setTabText(0, self.tr("Member States"))
        self.tabs.setTabText(1, self.tr("Contacts"))
        self.all_states.setText(self.tr("All Member States"))
        self.by_region.setText(self.tr("The Member States of these regions:"))
        self.picked.setText(self.tr("Member States chosen one by one:"))
        self.state_search.setPlaceholderText(self.tr("Find a Member State…"))
        self.contact_search.setPlaceholderText(self.tr("Find a contact by name, organization…"))
        self.sent.setText(self.tr("Record as sent on"))
        self.sent.setToolTip(self.tr("Unticked: the invitations are recorded as drafts."))
        self.notes.setPlaceholderText(self.tr("Optional, kept with each invitation"))
        self._scope_changed()

    # -- behaviour -------------------------------------------------------------------------
    def _series_changed(self) -> None:
        circular_id = self.series.currentData()
        key = Invitation.make_series_key(circular_id, self.event_id)
        with self.database.reading() as session:
            self.invited = set(
                session.scalars(
                    select(Invitation.addressee_key).where(Invitation.series_key == key)
                )
            )
        invited_text = self.tr("already invited")
        for row in range(self.state_list.count()):
            item = self.state_list.item(row)
            state = self.states[row]
            done = f"member_state:{item.data(ID_ROLE)}" in self.invited
            base = f"{state.name} ({state.iso3})"
            item.setText(f"{base} — {invited_text}" if done else base)
            item.setForeground(self.palette().placeholderText() if done else self.palette().text())
        self._update_summary()

    def _scope_changed(self) -> None:
        scope = self.scope.checkedId()
        for box in self.region_boxes.values():
            box.setEnabled(scope == self.REGIONS)
        self.state_search.setEnabled(scope == self.PICKED)
        self.state_list.setEnabled(scope == self.PICKED)
        self._update_summary()

    def _filter_states(self, text: str) -> None:
        needle = fold(text)
        for row in range(self.state_list.count()):
            state = self.states[row]
            hidden = bool(needle) and needle not in fold(f"{state.name} {state.iso3}")
            self.state_list.item(row).setHidden(hidden)

    def _search_contacts(self) -> None:
        with self.database.reading() as session:
            found = contact_service.query_contacts(
                session,
                search=self.contact_search.text(),
                limit=CONTACT_PAGE,
                language=current_language(),
            )
        self.contact_list.blockSignals(True)
        self.contact_list.clear()
        for row in found:
            parts = [row.full_name, row.position or "", row.member_state_name or ""]
            item = QListWidgetItem(" — ".join(p for p in parts if p), self.contact_list)
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row.id in self.chosen_contacts
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.contact_list.blockSignals(False)
        self._update_summary()

    def _contact_toggled(self, item: QListWidgetItem) -> None:
        contact_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen_contacts[contact_id] = item.text()
        else:
            self.chosen_contacts.pop(contact_id, None)
        self._update_summary()

    # -- the choice ------------------------------------------------------------------------
    def chosen_states(self) -> list[uuid.UUID]:
        scope = self.scope.checkedId()
        if scope == self.ALL:
            return [s.id for s in self.states]
        if scope == self.REGIONS:
            regions = {r for r, box in self.region_boxes.items() if box.isChecked()}
            return [s.id for s in self.states if s.region in regions]
        return [
            self.state_list.item(row).data(ID_ROLE)
            for row in range(self.state_list.count())
            if self.state_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_hand_picked(self, iso3_codes: list[str]) -> None:
        """Choose these Member States one by one (for scripts and tests)."""
        self.picked.setChecked(True)
        wanted = {code.upper() for code in iso3_codes}
        for row, state in enumerate(self.states):
            if state.iso3 in wanted:
                self.state_list.item(row).setCheckState(Qt.CheckState.Checked)

    def _counts(self) -> tuple[int, int]:
        if self.tabs.currentIndex() == 0:
            keys = [f"member_state:{i}" for i in self.chosen_states()]
        else:
            keys = [f"contact:{i}" for i in self.chosen_contacts]
        already = sum(1 for key in keys if key in self.invited)
        return len(keys), already

    def _update_summary(self, *_: object) -> None:
        chosen, already = self._counts()
        new = chosen - already
        text = self.tr("%n new invitation(s)", "", new)
        if already:
            text += " — " + self.tr("%n already invited, left as they are", "", already)
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(new > 0)
        self.contacts_note.setText(self.tr("%n contact(s) chosen", "", len(self.chosen_contacts)))

    def request(self) -> InviteRequest:
        on_contacts = self.tabs.currentIndex() == 1
        sent_on = self.sent_on.date().toPython() if self.sent.isChecked() else None
        return InviteRequest(
            circular_id=self.series.currentData(),
            member_state_ids=[] if on_contacts else self.chosen_states(),
            contact_ids=list(self.chosen_contacts) if on_contacts else [],
            channel=OutgoingChannel(self.channel.currentData()),
            sent_on=sent_on,
            notes=self.notes.text().strip(),
        )
