"""The table view of a short list of records (member states, organizations): one row chosen at
a time, read-only, sortable, with its column widths and sort remembered."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from liaison_app.ui.contacts.bidi_delegate import BidiDelegate
from liaison_app.ui.contacts.view_state import HeaderMemory


def record_view(
    parent: QWidget,
    model: QAbstractItemModel,
    *,
    name: str,
    remembered_as: str,
    widths: Iterable[int],
    left_to_right_columns: Iterable[int] = (),
    sort_column: int = 0,
) -> tuple[QTableView, HeaderMemory]:
    """The view (object name `name`) and its remembered header state (under `remembered_as`);
    sorted by `sort_column` until the officer sorts it otherwise."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(BidiDelegate(left_to_right_columns, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    memory = HeaderMemory(view, remembered_as)
    if not memory.restored:
        view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    return view, memory
