"""The contacts table model: pages fetched from SQL as the view scrolls, sorted and filtered in SQL.

The model knows the number of rows (`count_contacts`) and keeps a small window of pages read by
`query_contacts`; a row not in the window is read with its page when the view first asks for it.
So 100,000 contacts cost one count and one page to show, and the scroll bar is true from the start.
Sorting a column asks the database for a new order; there is no `QSortFilterProxyModel` (16 s on
100,000 rows here).
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from liaison_app.services.contacts import (
    ContactFilters,
    ContactRow,
    SortKey,
    count_contacts,
    query_contact_ids,
    query_contacts,
)
from liaison_app.storage.database import Database
from liaison_app.ui.contacts.display import enum_label, language_display
from liaison_app.ui.language import current_language

AnyIndex = QModelIndex | QPersistentModelIndex

#: Rows read per query: a few screens, so scrolling reads rarely and each read stays short.
PAGE_SIZE = 200
#: Pages kept; older ones are read again if the view comes back to them.
MAX_PAGES = 40


@dataclass(frozen=True)
class ContactColumn:
    key: SortKey
    title: Callable[[], str]
    text: Callable[[ContactRow], str]


def _inherited_language(row: ContactRow) -> bool:
    return not row.preferred_language and bool(row.member_state_id)


def _language_text(row: ContactRow) -> str:
    if row.preferred_language:
        return language_display(row.preferred_language)
    # No language of their own: letters go in the member state's language of correspondence.
    return language_display(row.letter_language) if row.member_state_id else ""


#: The columns of the issue, in order; titles are read on each call so they follow the language.
COLUMNS: tuple[ContactColumn, ...] = (
    ContactColumn(
        SortKey.FULL_NAME,
        lambda: QCoreApplication.translate("ContactsModel", "Name"),
        lambda r: r.full_name,
    ),
    ContactColumn(
        SortKey.FULL_NAME_LATIN,
        lambda: QCoreApplication.translate("ContactsModel", "Name in Latin script"),
        lambda r: r.full_name_latin or "",
    ),
    ContactColumn(
        SortKey.FORM_OF_ADDRESS,
        lambda: QCoreApplication.translate("ContactsModel", "Form of address"),
        lambda r: enum_label(r.form_of_address),
    ),
    ContactColumn(
        SortKey.POSITION,
        lambda: QCoreApplication.translate("ContactsModel", "Position"),
        lambda r: r.position or "",
    ),
    ContactColumn(
        SortKey.LEVEL,
        lambda: QCoreApplication.translate("ContactsModel", "Level"),
        lambda r: enum_label(r.level),
    ),
    ContactColumn(
        SortKey.ORGANIZATION,
        lambda: QCoreApplication.translate("ContactsModel", "Organization"),
        lambda r: r.organization_name or "",
    ),
    ContactColumn(
        SortKey.MEMBER_STATE,
        lambda: QCoreApplication.translate("ContactsModel", "Member State"),
        lambda r: r.member_state_name or "",
    ),
    ContactColumn(
        SortKey.EMAIL,
        lambda: QCoreApplication.translate("ContactsModel", "E-mail"),
        lambda r: r.email or "",
    ),
    ContactColumn(
        SortKey.PHONE,
        lambda: QCoreApplication.translate("ContactsModel", "Phone"),
        lambda r: r.phone_display,
    ),
    ContactColumn(
        SortKey.PREFERRED_LANGUAGE,
        lambda: QCoreApplication.translate("ContactsModel", "Preferred language"),
        _language_text,
    ),
)

COLUMN_OF_KEY = {column.key: number for number, column in enumerate(COLUMNS)}
#: Columns laid out left to right in every interface language.
LEFT_TO_RIGHT_COLUMNS = (COLUMN_OF_KEY[SortKey.EMAIL], COLUMN_OF_KEY[SortKey.PHONE])


class ContactsModel(QAbstractTableModel):
    """Contacts of the open database for a search, filters and a sort; read-only."""

    #: The `ContactRow` of a row.
    RowRole = Qt.ItemDataRole.UserRole + 1
    #: The contact's id.
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, database: Database, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._search = ""
        self._filters = ContactFilters()
        self._sort_key = SortKey.FULL_NAME
        self._descending = False
        self._language = current_language()
        self._count = 0
        self._pages: OrderedDict[int, list[ContactRow]] = OrderedDict()
        #: How many queries were run (count and pages): for tests and the benchmark.
        self.queries = 0
        self.refresh()

    # -- what is shown -----------------------------------------------------------------------
    @property
    def database(self) -> Database:
        return self._database

    @property
    def search(self) -> str:
        return self._search

    @property
    def filters(self) -> ContactFilters:
        return self._filters

    @property
    def sort_key(self) -> SortKey:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def set_database(self, database: Database) -> None:
        self._database = database
        self.refresh()

    def set_query(self, search: str | None = None, filters: ContactFilters | None = None) -> None:
        """Show the contacts matching `search` and `filters` (None keeps the current one)."""
        if search is not None:
            self._search = search
        if filters is not None:
            self._filters = filters
        self.refresh()

    def refresh(self) -> None:
        """Read again from the database: after an edit, a delete, an import or a new language."""
        self.beginResetModel()
        self._language = current_language()
        self._pages.clear()
        with self._database.reading() as session:
            self._count = count_contacts(session, search=self._search, filters=self._filters)
            self.queries += 1
            if self._count:
                self._pages[0] = self._read_page(session, 0)
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers, labels and member state names follow the interface language."""
        self.refresh()

    # -- rows --------------------------------------------------------------------------------
    def row(self, row: int) -> ContactRow:
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            with self._database.reading() as session:
                rows = self._read_page(session, page)
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        if offset >= len(rows):
            # The database changed under the view (another window, an import): read it again
            # on the next turn of the event loop rather than inside a paint.
            raise IndexError(row)
        return rows[offset]

    def _read_page(self, session, page: int) -> list[ContactRow]:
        self.queries += 1
        return query_contacts(
            session,
            search=self._search,
            filters=self._filters,
            sort_key=self._sort_key,
            descending=self._descending,
            offset=page * PAGE_SIZE,
            limit=PAGE_SIZE,
            language=self._language,
        )

    def contact_id(self, row: int) -> uuid.UUID:
        return self.row(row).id

    def ids_for_rows(self, rows: Iterable[int]) -> list[uuid.UUID]:
        """The ids of these rows, in view order; all the rows shown, read at once if so."""
        wanted = sorted(set(rows))
        if len(wanted) == self._count and self._count > PAGE_SIZE:
            with self._database.reading() as session:
                return query_contact_ids(session, search=self._search, filters=self._filters)
        return [self.contact_id(row) for row in wanted]

    def row_of_id(self, contact_id: uuid.UUID) -> int:
        """The row of a contact among the pages already read, or -1."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == contact_id:
                    return page * PAGE_SIZE + offset
        return -1

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._count):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            self.RowRole,
            self.IdRole,
        ):
            return None
        try:
            row = self.row(index.row())
        except IndexError:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == self.RowRole:
            return row
        if role == self.IdRole:
            return row.id
        inherited = column.key == SortKey.PREFERRED_LANGUAGE and _inherited_language(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if inherited:
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
            return None
        # Tooltip: the whole text of long cells, and where an inherited language comes from.
        if inherited:
            return QCoreApplication.translate(
                "ContactsModel", "No language of their own: letters follow {state}."
            ).format(state=row.member_state_name or "")
        if column.key == SortKey.PHONE and row.phone_mobile:
            return QCoreApplication.translate("ContactsModel", "Mobile: {phone}").format(
                phone=f"\u2066{row.phone_mobile_display}\u2069"
            )
        text = column.text(row)
        return text if len(text) > 30 else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        self.refresh()
