"""The contacts table model: pages fetched from SQL as the view scrolls, sorted and filtered in SQL.

A question (search, filters, sort) is answered with the first page of matching contacts, painted
at once. When the page is full, the number of matches is counted next, once the view has painted
it, and the rows past the page are added to the view when the count arrives: a count over 100,000
contacts costs about as much as the page, and the officer reads the rows first.
Past the first page the model holds the ordered keys of every match (`query_contact_keys`, read
once per question) and reads the rows of the window shown by key (`contact_rows`), so the end of
the list is as quick to reach as its second page.
Sorting a column asks the database for a new order; there is no `QSortFilterProxyModel` (16 s on
100,000 rows here).
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from liaison_app.services.contacts import (
    ContactFilters,
    ContactKeys,
    ContactRow,
    SortKey,
    contact_rows,
    count_contacts,
    query_contact_keys,
    query_contacts,
    query_first_page,
)
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting
from liaison_app.ui.contacts.display import enum_label, language_display
from liaison_app.ui.language import current_language
from liaison_app.ui.task_runner import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex

#: Rows read per query: a few screens, so scrolling reads rarely and each read stays short.
PAGE_SIZE = 200
#: Pages kept; older ones are read again if the view comes back to them.
MAX_PAGES = 40
#: A full first page is counted once a view has painted it, or after this wait.
COUNT_DELAY_MS = 40
#: After this pause with no new question, the whole ordered list of matching contacts is read in
#: the background, so that a first jump deep into the list does not wait for it.
KEYS_DELAY_MS = 400


@dataclass(frozen=True)
class _Query:
    """One question to the database: what the view shows."""

    search: str = ""
    filters: ContactFilters = field(default_factory=ContactFilters)
    sort_key: SortKey = SortKey.FULL_NAME
    descending: bool = False
    language: str = "en"


def _widget_of(model: QObject) -> QWidget | None:
    parent = QObject.parent(model)
    return parent if isinstance(parent, QWidget) else None


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


# These run on a worker thread when the model has a task runner: they read, and touch no widget.
def _asked(query: _Query) -> dict[str, Any]:
    """The question as the contacts service takes it."""
    return {
        "search": query.search,
        "filters": query.filters,
        "sort_key": query.sort_key,
        "descending": query.descending,
        "language": query.language,
    }


def _read_first(database: Database, query: _Query) -> tuple[int, list[ContactRow]]:
    with database.reading() as session:
        return query_first_page(session, limit=PAGE_SIZE, **_asked(query))


def _read_page(database: Database, query: _Query) -> list[ContactRow]:
    with database.reading() as session:
        return query_contacts(session, limit=PAGE_SIZE, **_asked(query))


def _read_count(database: Database, query: _Query) -> int:
    with database.reading() as session:
        return count_contacts(session, search=query.search, filters=query.filters)


def _read_keys(database: Database, query: _Query) -> ContactKeys:
    with database.reading() as session:
        return query_contact_keys(session, **_asked(query))


_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The roles the model answers; the view asks for more (font, alignment, check state…).
_ROLES = frozenset({_DISPLAY, Qt.ItemDataRole.ToolTipRole, _FOREGROUND, _ROW_ROLE, _ID_ROLE})


class ContactsModel(QAbstractTableModel):
    """Contacts of the open database for a search, filters and a sort; read-only.

    With a task runner, searches, filters and sorts (`set_query`, `sort`) are answered off the
    GUI thread, so typing never waits for the database: at most one query runs, the newest
    asked waits for it, and an answer to anything but the newest question is dropped.
    `refresh` (after an edit, a delete, a new language) reads at once, on the GUI thread.
    """

    #: The `ContactRow` of a row.
    RowRole = _ROW_ROLE
    #: The contact's id.
    IdRole = _ID_ROLE

    #: The rows of the newest query are shown (after the reset, and after `refresh`).
    answered = Signal()
    #: The number of rows shown is final: at once with `answered`, or when the count arrives.
    counted = Signal()

    def __init__(self, database: Database, parent=None, *, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._query = _Query(language=current_language())
        self._count = 0
        #: Rows read for the first page and for the windows shown since, by page number.
        self._pages: OrderedDict[int, list[ContactRow]] = OrderedDict()
        #: Every matching contact in order, read the first time the view goes past page 0.
        self._keys: ContactKeys | None = None
        #: Each question gets a number; only the answer to the newest is shown.
        self._asked = 0
        self._shown = 0
        self._running = False
        #: The page shown is full and the number of matches is being counted in the background.
        self._counting = False
        self._keys_timer = QTimer(self)
        self._keys_timer.setSingleShot(True)
        self._keys_timer.setInterval(KEYS_DELAY_MS)
        self._keys_timer.timeout.connect(self._prefetch_keys)
        #: The count of a full first page starts once the page is painted (or on this timer).
        self._count_waits_for_paint = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._start_count)
        #: The texts of each row shown, by row number, made when first painted.
        self._texts: dict[int, tuple[str, ...]] = {}
        #: How many queries were run (count, pages, key lists): for tests and the benchmark.
        self.queries = 0
        self.refresh()

    # -- what is shown -----------------------------------------------------------------------
    @property
    def database(self) -> Database:
        return self._database

    @property
    def search(self) -> str:
        return self._query.search

    @property
    def filters(self) -> ContactFilters:
        return self._query.filters

    @property
    def sort_key(self) -> SortKey:
        return self._query.sort_key

    @property
    def descending(self) -> bool:
        return self._query.descending

    @property
    def busy(self) -> bool:
        """A question is not answered yet (what is shown belongs to an older one)."""
        return self._shown != self._asked

    @property
    def counting(self) -> bool:
        """The rows shown are a full first page; how many match in all is not known yet."""
        return self._counting

    def set_database(self, database: Database) -> None:
        self._database = database
        self.refresh()

    def set_query(self, search: str | None = None, filters: ContactFilters | None = None) -> None:
        """Show the contacts matching `search` and `filters` (None keeps the current one)."""
        changes: dict[str, Any] = {}
        if search is not None:
            changes["search"] = search
        if filters is not None:
            changes["filters"] = filters
        self._ask(replace(self._query, **changes))

    def refresh(self) -> None:
        """Read again now, on this thread: after an edit, a delete, an import, a new language."""
        self._asked += 1
        self._query = replace(self._query, language=current_language())
        self._show(self._asked, self._query, _read_first(self._database, self._query))

    def retranslate(self) -> None:
        """Headers, labels and member state names follow the interface language."""
        if current_language() != self._query.language:
            self.refresh()  # member state names come from the database in each language
        else:
            self._texts = {}  # labels of levels, forms of address and languages
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            if self._count:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1)
                )

    # -- asking and answering ----------------------------------------------------------------
    def _ask(self, query: _Query) -> None:
        self._asked += 1
        self._query = replace(query, language=current_language())
        if self._tasks is None:
            self._show(self._asked, self._query, _read_first(self._database, self._query))
        elif not self._running:
            self._run_first()

    def _run_first(self) -> None:
        self._running = True
        asked, query, database = self._asked, self._query, self._database
        # Callbacks are bound methods, not lambdas: Qt drops them if the model is gone first.
        self._tasks.run(
            lambda _progress: (asked, query, _read_page(database, query)),
            on_success=self._page_arrived,
            on_failure=self._failed,
            label=QCoreApplication.translate("ContactsModel", "Searching contacts…"),
        )

    def _page_arrived(self, answer: tuple[int, _Query, list[ContactRow]]) -> None:
        asked, query, rows = answer
        self._running = False
        if asked == self._asked:
            full = len(rows) == PAGE_SIZE
            self._show(asked, query, (len(rows), rows), counting=full)
            if full:
                # Counted once the view has painted the page (the two would share the cores),
                # or after a short wait when no view paints.
                self._count_waits_for_paint = True
                self._count_timer.start()
        elif self._shown != self._asked:
            # A newer question came while this one ran: it is asked now, once.
            self._run_first()

    def _start_count(self) -> None:
        self._count_timer.stop()
        self._count_waits_for_paint = False
        if not self._counting or self.busy:
            return  # a newer question is asked, or the rows were read again at once
        asked, query, database = self._shown, self._query, self._database
        self._tasks.run(
            lambda _progress: (asked, _read_count(database, query)),
            on_success=self._count_arrived,
            on_failure=self._count_failed,
            label=QCoreApplication.translate("ContactsModel", "Counting contacts…"),
        )

    def _count_arrived(self, answer: tuple[int, int]) -> None:
        asked, count = answer
        if asked != self._shown or not self._counting:
            return  # the view moved on to another question (or was read again at once)
        self._counting = False
        self.queries += 1
        if count < self._count:  # deleted since the page was read: read again
            QTimer.singleShot(0, self.refresh)
        elif count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        self.counted.emit()
        if self._count > PAGE_SIZE:
            self._keys_timer.start()

    def _count_failed(self, _error: BaseException) -> None:
        """Counting failed (a bug, logged by the runner): the rows stay, and the keys, read
        when needed, say how many there are."""
        if self._counting:
            self._counting = False
            self.counted.emit()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self._shown = self._asked
        error_reporting.show_error(error, _widget_of(self))

    def _show(
        self,
        asked: int,
        query: _Query,
        first: tuple[int, list[ContactRow]],
        *,
        counting: bool = False,
    ) -> None:
        """Show a first page; `counting`: the count of all matches comes later (`counted`)."""
        # Whatever the timers were waiting to do belonged to the previous question.
        self._keys_timer.stop()
        self._count_timer.stop()
        self._count_waits_for_paint = False
        self.queries += 2 if first[0] >= PAGE_SIZE and not counting else 1
        self.beginResetModel()
        self._query = query
        self._count, rows = first
        self._counting = counting
        self._pages.clear()
        self._pages[0] = rows
        self._texts = {}
        self._keys = None
        self._shown = asked
        self.endResetModel()
        if self._tasks is not None and self._count > PAGE_SIZE:
            self._keys_timer.start()
        self.answered.emit()
        if not counting:
            self.counted.emit()

    def _prefetch_keys(self) -> None:
        if self._keys is not None or self.busy or self._tasks is None:
            return
        asked, query, database = self._shown, self._query, self._database
        self._tasks.run(
            lambda _progress: (asked, _read_keys(database, query)),
            on_success=self._keys_arrived,
            on_failure=self._keys_failed,
            label=QCoreApplication.translate("ContactsModel", "Listing contacts…"),
        )

    def _keys_failed(self, _error: BaseException) -> None:
        """Nothing to tell (a bug is logged by the runner): the keys are read when needed."""

    def _keys_arrived(self, answer: tuple[int, ContactKeys]) -> None:
        asked, keys = answer
        if asked == self._shown and self._keys is None and not self._counting:
            self._keys = keys
            self.queries += 1
            self._check(keys)

    def _check(self, keys: ContactKeys) -> None:
        if self._counting and not self.busy:
            # Every key was needed before the count came: it is the count.
            self._count_arrived((self._shown, len(keys)))
            return
        if len(keys) != self._count and not self.busy:
            # Contacts added or deleted since the count (another window, an import): read
            # again on the next turn of the event loop, never inside a paint.
            QTimer.singleShot(0, self.refresh)

    # -- rows --------------------------------------------------------------------------------
    def row(self, row: int) -> ContactRow:
        """The row `row` shown; IndexError if the database changed under the view."""
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._read_window(page)
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                # Page 0 stays: it is what the view shows again after most resets.
                oldest = next(p for p in self._pages if p != 0)
                del self._pages[oldest]
        else:
            self._pages.move_to_end(page)
        if offset >= len(rows):
            raise IndexError(row)
        return rows[offset]

    def _read_window(self, page: int) -> list[ContactRow]:
        """The rows of a page past the first: by their keys, so the last page is as quick as
        the second (an OFFSET of 99,800 cost 1.5–4 s)."""
        keys = self.keys()
        window = keys.window(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
        with self._database.reading() as session:
            rows = contact_rows(session, window, language=self._query.language)
        self.queries += 1
        if len(rows) != len(window) and not self.busy:
            QTimer.singleShot(0, self.refresh)  # deleted under the view: as in `_check`
        return rows

    def keys(self) -> ContactKeys:
        """Every contact shown, in order (read once per query, when first needed)."""
        if self._keys is None:
            self._keys = _read_keys(self._database, self._query)
            self.queries += 1
            self._check(self._keys)
        return self._keys

    def contact_id(self, row: int) -> uuid.UUID:
        first = self._pages.get(0, [])
        if row < len(first):
            return first[row].id
        return self.keys().id_at(row)

    def ids_for_rows(self, rows: Iterable[int]) -> list[uuid.UUID]:
        """The ids of these rows, in view order."""
        return [self.contact_id(row) for row in sorted(set(rows))]

    def row_of_id(self, contact_id: uuid.UUID) -> int:
        """The row of a contact in the view, or -1."""
        for row, shown in enumerate(self._pages.get(0, [])):
            if shown.id == contact_id:
                return row
        if self._count <= len(self._pages.get(0, [])) and not self._counting:
            return -1
        return self.keys().index_of(contact_id)

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for about seven roles of every visible cell at each paint: roles the model has
        # nothing for are answered first, and a row's texts are made once.
        if role not in _ROLES or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < self._count:
            return None
        if role == _DISPLAY:
            if self._count_waits_for_paint:
                # A view paints the page now: count on the next turn of the event loop.
                self._count_waits_for_paint = False
                self._count_timer.start(0)
            texts = self._texts.get(number)
            if texts is None:
                try:
                    row = self.row(number)
                except IndexError:
                    return None
                texts = self._texts[number] = tuple(column.text(row) for column in COLUMNS)
                if len(self._texts) > MAX_PAGES * PAGE_SIZE:
                    self._texts = {number: texts}
            return texts[index.column()]
        try:
            row = self.row(number)
        except IndexError:
            return None
        if role == self.RowRole:
            return row
        if role == self.IdRole:
            return row.id
        column = COLUMNS[index.column()]
        inherited = column.key == SortKey.PREFERRED_LANGUAGE and _inherited_language(row)
        if role == _FOREGROUND:
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
        if (key, descending) == (self._query.sort_key, self._query.descending):
            return
        self._ask(replace(self._query, sort_key=key, descending=descending))
