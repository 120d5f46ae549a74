"""Table cells keep their own reading order inside a mirrored (Arabic) or plain view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from liaison_app.ui.contacts.bidi_delegate import FSI, PDI, BidiDelegate

CELLS = ["Nimbus Cloud Systems Inc.", "الأردن", "+41 22 730 51 11", "nk@digital.example"]


@pytest.fixture
def view(qtbot):
    model = QStandardItemModel(1, len(CELLS))
    for column, text in enumerate(CELLS):
        model.setItem(0, column, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(BidiDelegate([3], view))
    qtbot.addWidget(view)
    return view


def option_for(view: QTableView, column: int, direction: Qt.LayoutDirection):
    option = QStyleOptionViewItem()
    option.direction = direction
    view.itemDelegate().initStyleOption(option, view.model().index(0, column))
    return option


@pytest.mark.parametrize("column", [0, 1, 2])
def test_each_cell_is_isolated_so_it_keeps_its_own_order(view, column):
    option = option_for(view, column, Qt.LayoutDirection.RightToLeft)
    # First-strong isolate: Latin reads left to right, Arabic right to left, and a phone
    # number (no letter) left to right, whatever the view's direction.
    assert option.text == f"{FSI}{CELLS[column]}{PDI}"


def test_left_to_right_columns_stay_at_the_leading_edge_of_an_arabic_view(view):
    option = option_for(view, 3, Qt.LayoutDirection.RightToLeft)
    assert option.text == CELLS[3]  # no isolate: Qt would elide the start of a long address
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
    plain = option_for(view, 3, Qt.LayoutDirection.LeftToRight)
    assert plain.displayAlignment & Qt.AlignmentFlag.AlignLeft
