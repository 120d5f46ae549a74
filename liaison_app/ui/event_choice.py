"""The event chooser at the head of the pages that follow one event."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

#: Wide enough for "WSIS-2022 — World Summit on the Information Society Forum 2022" in any of
#: the six languages at the usual font size; a longer title is elided, and read whole in the
#: tooltip.
MAX_WIDTH = 520


class EventChoice(QComboBox):
    """A combo box of events that grows to its longest title.

    The events are filled in after the page is built (from the database, often in the
    background): a combo box sized when first shown would keep the width of an empty list and
    cut the title short, as it did for Arabic titles.
    """

    def __init__(self, parent: QWidget | None = None, *, minimum_width: int = 160) -> None:
        super().__init__(parent)
        self.setObjectName("eventChoice")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # An explicit minimum: a small window may still narrow it (and elide the title).
        self.setMinimumWidth(minimum_width)
        self.setMaximumWidth(MAX_WIDTH)
        self.currentIndexChanged.connect(self._show_whole_title)

    def _show_whole_title(self) -> None:
        self.setToolTip(self.currentText())
