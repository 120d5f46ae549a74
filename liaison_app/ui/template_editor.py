"""The letter template editor: subject and body of a kind in a language, the merge fields, and a
live preview of the letter as it would print for a chosen recipient.

The preview is rendered off the GUI thread (the shared task runner) a moment after typing stops;
only the newest result is shown. An invalid template is reported under the editor, in words, and
the last good preview stays visible meanwhile. Nothing is saved until Save.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liaison_app.errors import UserError
from liaison_app.letters.templates import MERGE_FIELDS, TemplateText
from liaison_app.services import letters
from liaison_app.ui.context import AppContext
from liaison_app.ui.language import LANGUAGE_NAMES, current_language
from liaison_app.ui.pdf_preview import PdfPreview

#: Milliseconds of quiet typing before the preview is rendered again.
PREVIEW_DELAY_MS = 450

KINDS = (
    "invitation",
    "reminder",
    "speaking_confirmation",
    "waitlist_notice",
    "partnership_acknowledgement",
    "thank_you",
    "free",
)


def kind_label(kind: str) -> str:
    """The kind of letter in the interface language."""
    labels = {
        "invitation": QCoreApplication.translate("Letters", "Invitation"),
        "reminder": QCoreApplication.translate("Letters", "Reminder"),
        "speaking_confirmation": QCoreApplication.translate(
            "Letters", "Speaking-slot confirmation"
        ),
        "waitlist_notice": QCoreApplication.translate("Letters", "Waiting-list notice"),
        "partnership_acknowledgement": QCoreApplication.translate(
            "Letters", "Partnership acknowledgement"
        ),
        "thank_you": QCoreApplication.translate("Letters", "Thank-you letter"),
        "free": QCoreApplication.translate("Letters", "Free letter"),
    }
    return labels.get(kind, kind)


def fill_kinds(combo: QComboBox) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for kind in KINDS:
        combo.addItem(kind_label(kind), kind)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class TemplateEditor(QWidget):
    """Edits the stored template of one kind and language, with a live preview."""

    #: A template was saved (kind, language).
    saved = Signal(str, str)
    #: A preview finished rendering (also after an error): tests wait on it.
    previewFinished = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_reference: str | None = None
        self._loaded = TemplateText("", "")
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("templateKind")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("templateLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.recipient_combo = QComboBox(self)
        self.recipient_combo.setObjectName("previewRecipient")
        self.recipient_combo.setMinimumContentsLength(24)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("templateSubject")
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("templateBody")
        self.body_edit.setTabChangesFocus(True)
        self.fields_list = QListWidget(self)
        self.fields_list.setObjectName("mergeFields")
        for name, description in MERGE_FIELDS:
            item = QListWidgetItem(name, self.fields_list)
            item.setToolTip(description)
            item.setData(Qt.ItemDataRole.UserRole, name.split(" / ")[0])
        self.status_label = QLabel(self)
        self.status_label.setObjectName("templateStatus")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveTemplate")
        self.default_button = QPushButton(self)
        self.default_button.setObjectName("restoreDefault")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printPreview")
        self.preview = PdfPreview(self)

        self._labels = {name: QLabel(self) for name in ("kind", "language", "recipient",
                                                          "subject", "body", "fields")}  # fmt: skip
        form = QFormLayout()
        form.addRow(self._labels["kind"], self.kind_combo)
        form.addRow(self._labels["language"], self.language_combo)
        form.addRow(self._labels["recipient"], self.recipient_combo)
        form.addRow(self._labels["subject"], self.subject_edit)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self._labels["body"])
        left.addWidget(self.body_edit, 3)
        left.addWidget(self._labels["fields"])
        left.addWidget(self.fields_list, 1)
        left.addWidget(self.status_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        left.addLayout(buttons)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left_widget)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        fill_kinds(self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(self._template_changed)
        self.language_combo.currentIndexChanged.connect(self._template_changed)
        self.recipient_combo.currentIndexChanged.connect(self.schedule_preview)
        self.subject_edit.textEdited.connect(self._edited)
        self.body_edit.textChanged.connect(self._edited)
        self.fields_list.itemDoubleClicked.connect(self._insert_field)
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self.restore_default)
        self.print_button.clicked.connect(self.preview.print_document)
        self.retranslateUi()

    # -- state -----------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData() or "invitation"

    @property
    def language(self) -> str:
        return self.language_combo.currentData() or "en"

    def template(self) -> TemplateText:
        # toPlainText() turns no-break spaces into spaces (French «\u00a0…\u00a0» would lose
        # them); the raw text keeps them, with Qt's paragraph separators for line ends.
        raw = self.body_edit.document().toRawText()
        return TemplateText(
            self.subject_edit.text(), raw.replace("\u2029", "\n").replace("\u2028", "\n")
        )

    def is_modified(self) -> bool:
        return self.template() != self._loaded

    def set_event(self, reference: str | None) -> None:
        self.event_reference = reference
        self._load_recipients()
        self.schedule_preview()

    def select(self, kind: str, language: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self._template_changed()

    def retranslateUi(self) -> None:
        fill_kinds(self.kind_combo)
        self._labels["kind"].setText(self.tr("Kind of letter"))
        self._labels["language"].setText(self.tr("Language"))
        self._labels["recipient"].setText(self.tr("Preview for"))
        self._labels["subject"].setText(self.tr("Subject"))
        self._labels["body"].setText(
            self.tr("Text (a blank line between paragraphs; {{ field }} merges a value)")
        )
        self._labels["fields"].setText(self.tr("Merge fields (double-click to insert)"))
        self.save_button.setText(self.tr("Save template"))
        self.default_button.setText(self.tr("Restore the default text"))
        self.print_button.setText(self.tr("Print…"))
        self.preview.placeholder.setText(self.tr("The preview appears here."))

    # -- loading ---------------------------------------------------------------------------

    def _template_changed(self) -> None:
        if self.is_modified() and self._loaded != TemplateText("", ""):
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved template"),
                self.tr("The text you changed is not saved. Discard the changes?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.load()

    def load(self) -> None:
        """Read the stored template of the chosen kind and language into the editors."""
        try:
            template = letters.load_template(self.context.database, self.kind, self.language)
        except UserError as error:
            self.status_label.setText(error.localized(current_language()))
            return
        self._loaded = template
        self._show(template)
        # Arabic is typed and read right to left, whatever the interface language.
        rtl = self.language == "ar"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.subject_edit.setLayoutDirection(direction)
        self.body_edit.setLayoutDirection(direction)
        option = QTextOption(self.body_edit.document().defaultTextOption())
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.body_edit.document().setDefaultTextOption(option)
        self.status_label.clear()
        self._load_recipients()
        self.schedule_preview()

    def _show(self, template: TemplateText) -> None:
        self.subject_edit.setText(template.subject)
        self.body_edit.blockSignals(True)
        self.body_edit.setPlainText(template.body)
        self.body_edit.blockSignals(False)

    def _load_recipients(self) -> None:
        current = self.recipient_combo.currentData()
        self.recipient_combo.blockSignals(True)
        self.recipient_combo.clear()
        try:
            found = letters.recipients(
                self.context.database,
                self.kind,
                self.event_reference,
                language=self.language,
                display_language=current_language(),
            )
        except UserError:
            found = []
        for recipient in found:
            label = recipient.name
            if recipient.member_state and recipient.member_state != recipient.name:
                label = f"{recipient.member_state} — {recipient.name}"
            self.recipient_combo.addItem(label, recipient.key)
        self.recipient_combo.setCurrentIndex(max(0, self.recipient_combo.findData(current)))
        self.recipient_combo.blockSignals(False)

    # -- editing ---------------------------------------------------------------------------

    def _edited(self) -> None:
        self.schedule_preview()

    def _insert_field(self, item: QListWidgetItem) -> None:
        self.body_edit.insertPlainText("{{ " + item.data(Qt.ItemDataRole.UserRole) + " }}")
        self.body_edit.setFocus()

    def restore_default(self) -> None:
        """Put the shipped text back in the editors (saved only with Save)."""
        self._show(letters.default_template(self.kind, self.language))
        self.schedule_preview()

    def save(self) -> bool:
        try:
            version = letters.save_template(
                self.context.database, self.kind, self.language, self.template()
            )
        except UserError as error:
            self.status_label.setText(error.localized(current_language()))
            return False
        self._loaded = self.template()
        self.status_label.setText(self.tr("Saved (version {version}).").format(version=version))
        self.saved.emit(self.kind, self.language)
        return True

    # -- preview ---------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        """Render the letter being edited for the chosen recipient, off the GUI thread."""
        self._timer.stop()
        if self.recipient_combo.count() == 0:
            self.preview.show_message(
                self.tr("No one is to receive a letter of this kind for this event yet.")
            )
            self.previewFinished.emit()
            return
        self._generation += 1
        generation = self._generation
        database = self.context.database
        kind, language, template = self.kind, self.language, self.template()
        key, event = self.recipient_combo.currentData(), self.event_reference

        def work(progress):
            return letters.preview_letter(database, kind, language, key, template, event)

        self.context.tasks.run(
            work,
            on_success=lambda pdf: self._preview_ready(generation, pdf),
            on_failure=lambda error: self._preview_failed(generation, error),
            label=self.tr("Preparing the preview…"),
        )

    def _alive(self) -> bool:
        # A preview may finish after the window closed the editor: then there is nothing to show.
        return shiboken6.isValid(self) and shiboken6.isValid(self.status_label)

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _preview_ready(self, generation: int, pdf: bytes) -> None:
        if not self._alive() or generation != self._generation:
            return  # closed, or a newer preview is on its way
        self.status_label.clear()
        self.preview.show_pdf(pdf)
        self.previewFinished.emit()

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if not self._alive() or generation != self._generation:
            return
        if isinstance(error, UserError):
            self.status_label.setText(error.localized(current_language()))
        else:
            self.status_label.setText(self.tr("The preview could not be made; see the log file."))
        self.previewFinished.emit()
