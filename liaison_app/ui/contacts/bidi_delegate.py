"""Table cells whose text keeps its own direction inside a right-to-left (or left-to-right) view.

A cell is laid out in the view's direction: in Arabic, "Nimbus Cloud Systems Inc." would read
".Nimbus Cloud Systems Inc" and a phone's digit groups would run backwards. Text is wrapped in a
first-strong isolate at paint time (so the model's data stays plain): it reads right to left when
its first letter is Arabic, else left to right (also when it has no letter at all, as a phone
number: the Unicode bidirectional algorithm, rules P2–P3). E-mail and phone columns are laid out
left to right whatever they hold.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: First strong isolate: the text takes the direction of its first letter (left to right with
#: none).
FSI = "\u2068"
#: Pop directional isolate: ends it.
PDI = "\u2069"


class BidiDelegate(QStyledItemDelegate):
    """Isolates each cell's text; `left_to_right_columns` are always laid out left to right."""

    def __init__(self, left_to_right_columns: Iterable[int] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.left_to_right_columns = frozenset(left_to_right_columns)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not option.text:
            return
        if index.column() in self.left_to_right_columns:
            # Laid out left to right, but still at the leading edge of the cell: the right in
            # Arabic. (An isolate here would make Qt elide the start of a long address.)
            leading = (
                Qt.AlignmentFlag.AlignRight
                if option.direction == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft
            )
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = (
                leading | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
            )
        else:
            # Painted for every visible cell: kept to one string join.
            option.text = FSI + option.text + PDI
