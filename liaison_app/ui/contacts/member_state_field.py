"""A Member State chosen or typed by any of its names in six languages, ISO code or variant."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from liaison_app.services.member_state_lookup import MemberStateEntry, MemberStateIndex
from liaison_app.ui.language import current_language

#: How many completions the popup offers.
SUGGESTIONS = 12


class MemberStateField(QLineEdit):
    """Type "Vietnam", "VNM", "越南" or "viet": the completer offers Viet Nam, and the field
    resolves to it. `problem()` says why the text names no single state (empty is allowed)."""

    #: The state now named (a MemberStateEntry), or None.
    resolvedChanged = Signal(object)

    def __init__(self, index: MemberStateIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self._entry: MemberStateEntry | None = None
        self._labels: dict[str, MemberStateEntry] = {}
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        # Suggestions match names in any script or a code, not only the typed prefix: show them
        # as ranked by the index, unfiltered by Qt.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(SUGGESTIONS)
        self.setCompleter(self.completer_)
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._offer)
        self.textChanged.connect(self._resolve)

    # -- public ------------------------------------------------------------------------------
    def entry(self) -> MemberStateEntry | None:
        return self._entry

    def member_state_id(self) -> uuid.UUID | None:
        return self._entry.id if self._entry else None

    def set_member_state(self, member_state_id: uuid.UUID | None) -> None:
        entry = self.index.get(member_state_id)
        if entry is not None:
            self._labels = {entry.name(current_language()): entry}
        self.setText(entry.name(current_language()) if entry else "")

    def problem(self) -> str:
        """Why the text is not accepted, translated; empty when it is (or the field is empty)."""
        text = self.text().strip()
        if not text or self._entry is not None:
            return ""
        candidates = self.index.candidates(text)
        if len(candidates) > 1:
            names = ", ".join(c.name(current_language()) for c in candidates)
            return self.tr("“{text}” may be {names}: choose one.").format(text=text, names=names)
        return self.tr("No Member State is called “{text}”.").format(text=text)

    # -- internals ---------------------------------------------------------------------------
    def _offer(self, text: str) -> None:
        suggestions = self.index.suggest(text, language=current_language(), limit=SUGGESTIONS)
        self._labels = {s.label: s.entry for s in suggestions}
        self._model.setStringList(list(self._labels))
        if suggestions and self.hasFocus():
            self.completer_.complete()

    def _resolve(self, text: str) -> None:
        entry = self._labels.get(text.strip()) or self.index.find(text)
        if entry != self._entry:
            self._entry = entry
            self.resolvedChanged.emit(entry)
