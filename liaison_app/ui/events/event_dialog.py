"""The event editor: general details and deadlines, titles and themes in the six languages,
phases, sessions, the contact person, and the signatory with a preview of the signature image.

Everything is saved in one transaction with its audit entries (`services.events.save_event`); a
refused value is shown and the editor opens the tab of the field concerned.
"""

from __future__ import annotations

import uuid
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.enums import UN_LANGUAGES, PhaseMode, SessionMode
from liaison_app.errors import UserError
from liaison_app.services import events as event_service
from liaison_app.services import labels
from liaison_app.services.events import (
    KEEP,
    EventDraft,
    EventInvalid,
    PhaseDraft,
    SessionDraft,
    SignatureImage,
)
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting
from liaison_app.ui.language import LANGUAGE_NAMES, current_language

LANGUAGES = [language.value for language in UN_LANGUAGES]
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_SIZE = QSize(360, 140)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date_edit(parent: QWidget, value: date, name: str = "") -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDate(_qdate(value))
    if name:
        edit.setObjectName(name)
    return edit


def _phase_mode_text(mode: PhaseMode) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        PhaseMode.VIRTUAL: QCoreApplication.translate("EventDialog", "Virtual"),
        PhaseMode.IN_PERSON: QCoreApplication.translate("EventDialog", "In person"),
        PhaseMode.HYBRID: QCoreApplication.translate("EventDialog", "Hybrid"),
    }[mode]


def checkerboard(size: QSize) -> QPixmap:
    """A light checkerboard, so a transparent signature shows as transparent."""
    board = QPixmap(size)
    board.fill(QColor("#ffffff"))
    painter = QPainter(board)
    step = 10
    for y in range(0, size.height(), step):
        for x in range(0, size.width(), step):
            if (x // step + y // step) % 2:
                painter.fillRect(x, y, step, step, QBrush(QColor("#e6e6e6")))
    painter.end()
    return board


class EventDialog(QDialog):
    GENERAL, TITLES, PHASES, SESSIONS, PEOPLE = range(5)
    # Phase table columns: dates and mode, then a name per language.
    P_FROM, P_TO, P_MODE = range(3)
    # Session table columns, then a title per language.
    S_CODE, S_DATE, S_START, S_END, S_ROOM, S_MINUTES, S_MODE, S_SPEAKERS = range(8)

    def __init__(
        self, database: Database, event_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.database = database
        self.event_id = event_id
        #: The saved event's id, once accepted.
        self.saved_id: uuid.UUID | None = None
        self.signature: SignatureImage | None = None
        self.signature_change: object = KEEP
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), "")
        self.tabs.addTab(self._titles_tab(), "")
        self.tabs.addTab(self._phases_tab(), "")
        self.tabs.addTab(self._sessions_tab(), "")
        self.tabs.addTab(self._people_tab(), "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        self.retranslateUi()
        if event_id is not None:
            with database.reading() as session:
                draft = event_service.event_draft(session, event_id)
                self.signature = event_service.signature_of(session, event_id)
            self.set_draft(draft)
        self._show_signature()

    # -- tabs ------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        today = date.today()
        self.reference = QLineEdit(page)
        self.reference.setObjectName("eventReference")
        self.starts_on = _date_edit(page, today, "startsOn")
        self.ends_on = _date_edit(page, today, "endsOn")
        self.venue = QLineEdit(page)
        self.city = QLineEdit(page)
        self.country = QLineEdit(page)
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(60)
        self.website = QLineEdit(page)
        self.has_reply_deadline = QCheckBox(page)
        self.has_reply_deadline.setObjectName("hasReplyDeadline")
        self.reply_deadline = _date_edit(page, today, "eventReplyDeadline")
        self.has_speaking_deadline = QCheckBox(page)
        self.speaking_deadline = _date_edit(page, today, "speakingDeadline")
        for box, edit in (
            (self.has_reply_deadline, self.reply_deadline),
            (self.has_speaking_deadline, self.speaking_deadline),
        ):
            box.toggled.connect(edit.setEnabled)
            edit.setEnabled(False)
        self.minutes = QSpinBox(page)
        self.minutes.setRange(1, 120)
        self.minutes.setValue(3)
        self.notes = QPlainTextEdit(page)
        self.general_form = QFormLayout(page)
        rows = [
            self.reference,
            self._pair(self.starts_on, self.ends_on),
            self.venue,
            self.city,
            self.country,
            self.website,
            self._pair(self.has_reply_deadline, self.reply_deadline),
            self._pair(self.has_speaking_deadline, self.speaking_deadline),
            self.minutes,
            self.notes,
        ]
        for widget in rows:
            self.general_form.addRow(QLabel(page), widget)
        return page

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QWidget:
        holder = QWidget(first.parentWidget())
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first)
        row.addWidget(second)
        row.addStretch(1)
        return holder

    def _titles_tab(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        self.titles: dict[str, QLineEdit] = {}
        self.themes: dict[str, QLineEdit] = {}
        self.title_header, self.theme_header = QLabel(page), QLabel(page)
        grid.addWidget(self.title_header, 0, 1)
        grid.addWidget(self.theme_header, 0, 2)
        for row, code in enumerate(LANGUAGES, start=1):
            title, theme = QLineEdit(page), QLineEdit(page)
            title.setObjectName(f"title_{code}")
            theme.setObjectName(f"theme_{code}")
            if code == "ar":
                # Arabic is typed right to left whatever the interface language.
                title.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                theme.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            grid.addWidget(QLabel(LANGUAGE_NAMES[code], page), row, 0)
            grid.addWidget(title, row, 1)
            grid.addWidget(theme, row, 2)
            self.titles[code], self.themes[code] = title, theme
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        grid.setRowStretch(len(LANGUAGES) + 1, 1)
        return page

    def _table(self, columns: int, name: str) -> QTableWidget:
        table = QTableWidget(0, columns, self)
        table.setObjectName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def _with_buttons(
        self, table: QTableWidget, add, remove
    ) -> tuple[QWidget, QPushButton, QPushButton]:
        page = QWidget(self)
        add_button, remove_button = QPushButton(page), QPushButton(page)
        add_button.clicked.connect(lambda: add())
        remove_button.clicked.connect(remove)
        bar = QHBoxLayout()
        bar.addWidget(add_button)
        bar.addWidget(remove_button)
        bar.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(bar)
        return page, add_button, remove_button

    def _phases_tab(self) -> QWidget:
        self.phases = self._table(3 + len(LANGUAGES), "phasesTable")
        page, self.add_phase_button, self.remove_phase_button = self._with_buttons(
            self.phases, self.add_phase, lambda: self._remove_rows(self.phases)
        )
        return page

    def _sessions_tab(self) -> QWidget:
        self.sessions = self._table(8 + len(LANGUAGES), "sessionsTable")
        page, self.add_session_button, self.remove_session_button = self._with_buttons(
            self.sessions, self.add_session, lambda: self._remove_rows(self.sessions)
        )
        return page

    def _people_tab(self) -> QWidget:
        page = QWidget(self)
        self.contact_box = QGroupBox(page)
        self.contact_name = QLineEdit(page)
        self.contact_name.setObjectName("contactName")
        self.contact_title = QLineEdit(page)
        self.contact_email = QLineEdit(page)
        self.contact_email.setObjectName("contactEmail")
        self.contact_phone = QLineEdit(page)
        self.contact_form = QFormLayout(self.contact_box)
        for widget in (
            self.contact_name,
            self.contact_title,
            self.contact_email,
            self.contact_phone,
        ):
            self.contact_form.addRow(QLabel(page), widget)

        self.signatory_box = QGroupBox(page)
        grid = QGridLayout(self.signatory_box)
        self.signatory_names: dict[str, QLineEdit] = {}
        self.signatory_titles: dict[str, QLineEdit] = {}
        self.signatory_name_header, self.signatory_title_header = QLabel(page), QLabel(page)
        grid.addWidget(self.signatory_name_header, 0, 1)
        grid.addWidget(self.signatory_title_header, 0, 2)
        for row, code in enumerate(LANGUAGES, start=1):
            name, title = QLineEdit(page), QLineEdit(page)
            name.setObjectName(f"signatory_name_{code}")
            if code == "ar":
                name.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                title.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            grid.addWidget(QLabel(LANGUAGE_NAMES[code], page), row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(title, row, 2)
            self.signatory_names[code], self.signatory_titles[code] = name, title

        self.signature_box = QGroupBox(page)
        self.signature_preview = QLabel(page)
        self.signature_preview.setObjectName("signaturePreview")
        self.signature_preview.setFixedSize(PREVIEW_SIZE)
        self.signature_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature_info = QLabel(page)
        self.signature_info.setObjectName("signatureInfo")
        self.signature_info.setWordWrap(True)
        self.choose_signature_button = QPushButton(page)
        self.choose_signature_button.setObjectName("chooseSignature")
        self.choose_signature_button.clicked.connect(self.choose_signature)
        self.remove_signature_button = QPushButton(page)
        self.remove_signature_button.setObjectName("removeSignature")
        self.remove_signature_button.clicked.connect(self.remove_signature)
        side = QVBoxLayout()
        side.addWidget(self.signature_info)
        side.addWidget(self.choose_signature_button)
        side.addWidget(self.remove_signature_button)
        side.addStretch(1)
        signature_layout = QHBoxLayout(self.signature_box)
        signature_layout.addWidget(self.signature_preview)
        signature_layout.addLayout(side, 1)

        layout = QGridLayout(page)
        layout.addWidget(self.contact_box, 0, 0)
        layout.addWidget(self.signature_box, 0, 1)
        layout.addWidget(self.signatory_box, 1, 0, 1, 2)
        return page

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("New event") if self.event_id is None else self.tr("Event"))
        for index, text in enumerate(
            [
                self.tr("General"),
                self.tr("Titles"),
                self.tr("Phases"),
                self.tr("Sessions"),
                self.tr("Contact and signatory"),
            ]
        ):
            self.tabs.setTabText(index, text)
        general = [
            self.tr("Reference"),
            self.tr("From – to"),
            self.tr("Venue"),
            self.tr("City"),
            self.tr("Country (ISO code)"),
            self.tr("Website"),
            self.tr("Reply deadline"),
            self.tr("Speaking requests by"),
            self.tr("Minutes per speaker"),
            self.tr("Notes"),
        ]
        for row, text in enumerate(general):
            self.general_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.reference.setPlaceholderText(self.tr("Short, without spaces: WSIS-2022"))
        self.has_reply_deadline.setText(self.tr("Replies due by"))
        self.has_speaking_deadline.setText(self.tr("Due by"))
        # "Title" means three things here: disambiguated, so each gets its own translation.
        self.title_header.setText(self.tr("Title", "name of the event"))
        self.theme_header.setText(self.tr("Theme"))
        names = [LANGUAGE_NAMES[code] for code in LANGUAGES]
        self.phases.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("To"), self.tr("Mode"), *names]
        )
        self.sessions.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Date"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Room"),
                self.tr("Minutes per speaker"),
                self.tr("Mode"),
                self.tr("Speakers"),
                *names,
            ]
        )
        self.add_phase_button.setText(self.tr("Add a phase"))
        self.remove_phase_button.setText(self.tr("Remove"))
        self.add_session_button.setText(self.tr("Add a session"))
        self.remove_session_button.setText(self.tr("Remove"))
        self.contact_box.setTitle(self.tr("Contact person"))
        for row, text in enumerate(
            [
                self.tr("Name"),
                self.tr("Title", "form of address of the contact person: Ms, Mr, Dr"),
                self.tr("E-mail"),
                self.tr("Phone"),
            ]
        ):
            self.contact_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.signatory_box.setTitle(self.tr("Signatory"))
        self.signatory_name_header.setText(self.tr("Name"))
        self.signatory_title_header.setText(
            self.tr("Title", "position of the signatory: Secretary-General")
        )
        self.signature_box.setTitle(self.tr("Signature image"))
        self.choose_signature_button.setText(self.tr("Choose an image…"))
        self.remove_signature_button.setText(self.tr("Remove"))
        self._show_signature()

    # -- rows ------------------------------------------------------------------------------
    def add_phase(self, phase: PhaseDraft | None = None) -> None:
        start = self.starts_on.date().toPython()
        end = self.ends_on.date().toPython()
        phase = phase or PhaseDraft({}, PhaseMode.HYBRID, start, end)
        table = self.phases
        row = table.rowCount()
        table.insertRow(row)
        table.setCellWidget(row, self.P_FROM, _date_edit(table, phase.starts_on))
        table.setCellWidget(row, self.P_TO, _date_edit(table, phase.ends_on))
        mode = QComboBox(table)
        for value in PhaseMode:
            mode.addItem(_phase_mode_text(value), value)
        mode.setCurrentIndex(mode.findData(phase.mode))
        table.setCellWidget(row, self.P_MODE, mode)
        for offset, code in enumerate(LANGUAGES):
            item = QTableWidgetItem(phase.names.get(code, ""))
            table.setItem(row, 3 + offset, item)
        table.item(row, 3).setData(ID_ROLE, phase.id)

    def add_session(self, item: SessionDraft | None = None) -> None:
        start = self.starts_on.date().toPython()
        item = item or SessionDraft({}, start, time(10, 0), time(11, 30))
        table = self.sessions
        row = table.rowCount()
        table.insertRow(row)
        code = QTableWidgetItem(item.code or "")
        code.setData(ID_ROLE, item.id)
        table.setItem(row, self.S_CODE, code)
        table.setCellWidget(row, self.S_DATE, _date_edit(table, item.date))
        for column, value in ((self.S_START, item.start_time), (self.S_END, item.end_time)):
            edit = QTimeEdit(table)
            edit.setTime(QTime(value.hour, value.minute))
            edit.setDisplayFormat("HH:mm")
            table.setCellWidget(row, column, edit)
        table.setItem(row, self.S_ROOM, QTableWidgetItem(item.room or ""))
        minutes = QSpinBox(table)
        minutes.setRange(1, 120)
        minutes.setValue(item.minutes_per_speaker)
        table.setCellWidget(row, self.S_MINUTES, minutes)
        mode = QComboBox(table)
        language = current_language()
        for value in SessionMode:
            mode.addItem(labels.label(value, language), value)
        mode.setCurrentIndex(mode.findData(item.mode))
        table.setCellWidget(row, self.S_MODE, mode)
        speakers = QTableWidgetItem()
        speakers.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        speakers.setCheckState(
            Qt.CheckState.Checked if item.accepts_speakers else Qt.CheckState.Unchecked
        )
        table.setItem(row, self.S_SPEAKERS, speakers)
        for offset, code_ in enumerate(LANGUAGES):
            table.setItem(row, 8 + offset, QTableWidgetItem(item.titles.get(code_, "")))

    @staticmethod
    def _remove_rows(table: QTableWidget) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)

    # -- the draft -------------------------------------------------------------------------
    def set_draft(self, draft: EventDraft) -> None:
        self.reference.setText(draft.reference)
        self.starts_on.setDate(_qdate(draft.starts_on))
        self.ends_on.setDate(_qdate(draft.ends_on))
        self.venue.setText(draft.venue or "")
        self.city.setText(draft.city or "")
        self.country.setText(draft.country_code or "")
        self.website.setText(draft.website or "")
        for box, edit, value in (
            (self.has_reply_deadline, self.reply_deadline, draft.reply_deadline),
            (self.has_speaking_deadline, self.speaking_deadline, draft.speaking_request_deadline),
        ):
            box.setChecked(value is not None)
            if value is not None:
                edit.setDate(_qdate(value))
        self.minutes.setValue(draft.default_minutes_per_speaker)
        self.notes.setPlainText(draft.notes or "")
        for code in LANGUAGES:
            self.titles[code].setText(draft.titles.get(code, ""))
            self.themes[code].setText(draft.themes.get(code, ""))
            self.signatory_names[code].setText(draft.signatory_name.get(code, ""))
            self.signatory_titles[code].setText(draft.signatory_title.get(code, ""))
        self.contact_name.setText(draft.contact_person_name or "")
        self.contact_title.setText(draft.contact_person_title or "")
        self.contact_email.setText(draft.contact_email or "")
        self.contact_phone.setText(draft.contact_phone or "")
        self.phases.setRowCount(0)
        for phase in draft.phases:
            self.add_phase(phase)
        self.sessions.setRowCount(0)
        for item in draft.sessions:
            self.add_session(item)

    def draft(self) -> EventDraft:
        phases = []
        for row in range(self.phases.rowCount()):
            phases.append(
                PhaseDraft(
                    names={
                        code: self.phases.item(row, 3 + i).text()
                        for i, code in enumerate(LANGUAGES)
                    },
                    mode=PhaseMode(self.phases.cellWidget(row, self.P_MODE).currentData()),
                    starts_on=self.phases.cellWidget(row, self.P_FROM).date().toPython(),
                    ends_on=self.phases.cellWidget(row, self.P_TO).date().toPython(),
                    id=self.phases.item(row, 3).data(ID_ROLE),
                )
            )
        sessions = []
        table = self.sessions
        for row in range(table.rowCount()):
            sessions.append(
                SessionDraft(
                    titles={
                        code: table.item(row, 8 + i).text() for i, code in enumerate(LANGUAGES)
                    },
                    date=table.cellWidget(row, self.S_DATE).date().toPython(),
                    start_time=table.cellWidget(row, self.S_START).time().toPython(),
                    end_time=table.cellWidget(row, self.S_END).time().toPython(),
                    code=table.item(row, self.S_CODE).text(),
                    room=table.item(row, self.S_ROOM).text(),
                    minutes_per_speaker=table.cellWidget(row, self.S_MINUTES).value(),
                    mode=SessionMode(table.cellWidget(row, self.S_MODE).currentData()),
                    accepts_speakers=table.item(row, self.S_SPEAKERS).checkState()
                    == Qt.CheckState.Checked,
                    id=table.item(row, self.S_CODE).data(ID_ROLE),
                )
            )
        return EventDraft(
            id=self.event_id,
            reference=self.reference.text(),
            titles={code: edit.text() for code, edit in self.titles.items()},
            themes={code: edit.text() for code, edit in self.themes.items()},
            starts_on=self.starts_on.date().toPython(),
            ends_on=self.ends_on.date().toPython(),
            venue=self.venue.text(),
            city=self.city.text(),
            country_code=self.country.text(),
            website=self.website.text(),
            reply_deadline=(
                self.reply_deadline.date().toPython()
                if self.has_reply_deadline.isChecked()
                else None
            ),
            speaking_request_deadline=(
                self.speaking_deadline.date().toPython()
                if self.has_speaking_deadline.isChecked()
                else None
            ),
            contact_person_name=self.contact_name.text(),
            contact_person_title=self.contact_title.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
            signatory_name={code: e.text() for code, e in self.signatory_names.items()},
            signatory_title={code: e.text() for code, e in self.signatory_titles.items()},
            default_minutes_per_speaker=self.minutes.value(),
            notes=self.notes.toPlainText(),
            phases=phases,
            sessions=sessions,
            signature=self.signature_change,  # type: ignore[arg-type]
        )

    # -- signature -------------------------------------------------------------------------
    def choose_signature(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Signature image"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.load_signature(Path(name))

    def load_signature(self, path: Path) -> bool:
        """Check and preview a signature file; a bad file is explained and changes nothing."""
        try:
            image = event_service.read_signature_file(path)
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return False
        self.signature = image
        self.signature_change = image
        self._show_signature()
        return True

    def remove_signature(self) -> None:
        self.signature = None
        self.signature_change = None
        self._show_signature()

    def _show_signature(self) -> None:
        if not hasattr(self, "signature_preview"):
            return
        image = self.signature
        self.remove_signature_button.setEnabled(image is not None)
        if image is None:
            self.signature_preview.setPixmap(QPixmap())
            self.signature_preview.setText(self.tr("No signature image"))
            self.signature_info.setText(
                self.tr("PNG or JPEG, at most 2 MB and 4000 × 4000 pixels.")
            )
            return
        pixmap = QPixmap()
        pixmap.loadFromData(image.data)
        board = checkerboard(PREVIEW_SIZE)
        scaled = pixmap.scaled(
            PREVIEW_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter = QPainter(board)
        painter.drawPixmap(
            (PREVIEW_SIZE.width() - scaled.width()) // 2,
            (PREVIEW_SIZE.height() - scaled.height()) // 2,
            scaled,
        )
        painter.end()
        self.signature_preview.setPixmap(board)
        kind = "PNG" if image.mime == "image/png" else "JPEG"
        text = self.tr("{kind}, {width} × {height} pixels").format(
            kind=kind, width=image.width, height=image.height
        )
        if image.has_alpha:
            text += "\n" + self.tr("Transparent background: kept on the letters.")
        self.signature_info.setText(text)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        try:
            with self.database.writing() as session:
                event = event_service.save_event(session, self.draft())
                self.saved_id = event.id
        except EventInvalid as error:
            error_reporting.show_user_error(error, self)
            self._focus(error.field)
            return
        except UserError as error:
            error_reporting.show_user_error(error, self)
            return
        self.accept()

    def _focus(self, field: str) -> None:
        places = {
            "reference": (self.GENERAL, self.reference),
            "starts_on": (self.GENERAL, self.starts_on),
            "ends_on": (self.GENERAL, self.ends_on),
            "reply_deadline": (self.GENERAL, self.reply_deadline),
            "speaking_request_deadline": (self.GENERAL, self.speaking_deadline),
            "country_code": (self.GENERAL, self.country),
            "titles": (self.TITLES, self.titles["en"]),
            "phases": (self.PHASES, self.phases),
            "sessions": (self.SESSIONS, self.sessions),
            "contact_email": (self.PEOPLE, self.contact_email),
            "contact_phone": (self.PEOPLE, self.contact_phone),
            "default_minutes_per_speaker": (self.GENERAL, self.minutes),
        }
        if field in places:
            tab, widget = places[field]
            self.tabs.setCurrentIndex(tab)
            widget.setFocus()
