"""The contacts model: questions answered off the GUI thread, newest first; any row by its key."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from liaison_app.services.contacts import (
    SortKey,
    create_contact,
    delete_contacts,
    query_contacts,
)
from liaison_app.ui.contacts import contacts_model
from liaison_app.ui.contacts.contacts_model import ContactsModel

NAMES = ["Amélie Dubois", "José Pérez", "Olga Ivanova", "Wang Fang", "Zoë Adams", "Ахмед Ли"]


@pytest.fixture
def people(database):
    with database.writing() as session:
        return {
            name: create_contact(session, {"full_name": name, "email": f"{n}@example.org"}).id
            for n, name in enumerate(NAMES)
        }


@pytest.fixture
def owner(qtbot) -> QWidget:
    """The models' parent, deleted on the GUI thread after the test (as the page owns its model
    in the window): a model left to Python's collector could be deleted by a worker thread,
    with its timers still registered on the GUI thread."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def names(model: ContactsModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def answered(qtbot, model: ContactsModel) -> list[str]:
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)
    return names(model)


def held_back(monkeypatch, name: str, search: str | None = None) -> threading.Event:
    """The service function `name` of the model waits, for `search` (or for any question),
    until the test sets the event it returns."""
    release = threading.Event()
    original = getattr(contacts_model, name)

    def held(session, **kwargs):
        if search is None or kwargs["search"] == search:
            release.wait(5)
        return original(session, **kwargs)

    monkeypatch.setattr(contacts_model, name, held)
    return release


@pytest.fixture
def slow_perez(monkeypatch):
    """The question "perez" takes until the test lets it go; the others are answered at once."""
    release = held_back(monkeypatch, "query_contacts", "perez")
    yield release
    release.set()


def test_a_late_answer_never_replaces_the_answer_to_a_newer_question(
    qtbot, context, people, slow_perez, owner
):
    model = ContactsModel(context.database, owner, tasks=context.tasks)
    shown = []
    model.answered.connect(lambda: shown.append((model.search, names(model))))
    model.set_query(search="perez")  # runs, slowly
    model.set_query(search="wang")
    model.set_query(search="olga")  # the newest: asked once "perez" ends
    assert model.busy
    assert len(names(model)) == len(NAMES)  # the old answer stays until the new one comes
    slow_perez.set()
    assert answered(qtbot, model) == ["Olga Ivanova"]
    qtbot.wait(50)  # nothing else arrives later
    assert shown == [("olga", ["Olga Ivanova"])]
    assert model.search == "olga"


def test_an_edit_read_at_once_is_not_undone_by_a_slow_search(
    qtbot, context, people, slow_perez, owner
):
    model = ContactsModel(context.database, owner, tasks=context.tasks)
    model.set_query(search="perez")
    model.set_query(search="")  # the officer cleared the box…
    model.refresh()  # …and an edit re-read the list at once
    assert not model.busy
    resets = []
    model.modelReset.connect(lambda: resets.append(names(model)))
    slow_perez.set()
    qtbot.wait(200)
    assert resets == []
    assert names(model) == sorted(NAMES, key=lambda n: n.casefold().replace("é", "e"))


def test_rows_past_the_first_page_are_read_by_key(qtbot, context, people, monkeypatch, owner):
    monkeypatch.setattr(contacts_model, "PAGE_SIZE", 2)
    model = ContactsModel(context.database, owner)  # no runner: every question answered at once
    with context.database.reading() as session:
        expected = [r.full_name for r in query_contacts(session, sort_key=SortKey.EMAIL)]
    model.sort(contacts_model.COLUMN_OF_KEY[SortKey.EMAIL])
    before = model.queries
    assert names(model)[::-1][:2] == expected[::-1][:2]  # the last page first
    assert names(model) == expected
    # One list of keys, then one read per page past the first.
    assert model.queries - before <= 1 + len(NAMES) // 2
    assert model.contact_id(5) == people[expected[5]]
    assert model.row_of_id(people[expected[4]]) == 4
    assert model.ids_for_rows([5, 0]) == [people[expected[0]], people[expected[5]]]


def test_contacts_deleted_under_the_view_make_it_read_again(
    qtbot, context, people, monkeypatch, owner
):
    monkeypatch.setattr(contacts_model, "PAGE_SIZE", 2)
    model = ContactsModel(context.database, owner)
    model.keys()  # the view has scrolled: it holds every key
    with context.database.writing() as session:
        delete_contacts(session, [people["Zoë Adams"]])
    assert model.rowCount() == len(NAMES)
    with qtbot.waitSignal(model.modelReset, timeout=2000):
        names(model)  # a page past the first misses a row: read again, after this paint
    assert model.rowCount() == len(NAMES) - 1
    assert "Zoë Adams" not in names(model)


def test_after_a_pause_the_whole_list_is_read_in_the_background(
    qtbot, context, people, monkeypatch, owner
):
    monkeypatch.setattr(contacts_model, "PAGE_SIZE", 2)
    monkeypatch.setattr(contacts_model, "KEYS_DELAY_MS", 10)
    model = ContactsModel(context.database, owner, tasks=context.tasks)
    model.set_query(search="a")
    answered(qtbot, model)
    qtbot.waitUntil(lambda: model._keys is not None, timeout=2000)
    before = model.queries
    model.keys()
    assert model.queries == before  # the jump to the end needs no query for the order


def test_model_is_sound(qtmodeltester, context, people, monkeypatch, owner):
    monkeypatch.setattr(contacts_model, "PAGE_SIZE", 2)
    qtmodeltester.check(ContactsModel(context.database, owner))


def test_a_full_first_page_is_shown_before_the_count_and_grows_when_it_comes(
    qtbot, context, people, monkeypatch, owner
):
    monkeypatch.setattr(contacts_model, "PAGE_SIZE", 2)
    release = held_back(monkeypatch, "count_contacts")
    model = ContactsModel(context.database, owner, tasks=context.tasks)
    inserted, resets = [], []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_query(search="s")  # Amélie Dubois, José Pérez, Zoë Adams
    answered(qtbot, model)
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    # The officer reads the first rows while the rest are counted.
    assert model.rowCount() == 2
    assert model.counting
    release.set()
    with qtbot.waitSignal(model.counted, timeout=5000):
        pass
    assert not model.counting
    assert inserted == [(2, 2)]  # the rows past the page are added, not a second reset
    assert resets == []
    assert names(model) == ["Amélie Dubois", "José Pérez", "Zoë Adams"]


def test_a_count_for_an_older_question_is_dropped(qtbot, context, people, monkeypatch, owner):
    monkeypatch.setattr(contacts_model, "PAGE_SIZE", 2)
    release = held_back(monkeypatch, "count_contacts", "o")
    model = ContactsModel(context.database, owner, tasks=context.tasks)
    model.set_query(search="o")
    answered(qtbot, model)
    assert model.counting
    model.set_query(search="wang")  # one match: its page is its count
    assert answered(qtbot, model) == ["Wang Fang"]
    assert not model.counting
    release.set()
    qtbot.wait(100)  # the old count arrives and changes nothing
    assert names(model) == ["Wang Fang"]


def test_model_is_sound_while_the_count_comes_later(
    qtmodeltester, qtbot, context, people, monkeypatch, owner
):
    monkeypatch.setattr(contacts_model, "PAGE_SIZE", 2)
    model = ContactsModel(context.database, owner, tasks=context.tasks)
    qtmodeltester.check(model)
    for search in ("o", "a", "", "wang"):
        with qtbot.waitSignal(model.counted, timeout=5000):
            model.set_query(search=search)
        assert model.rowCount() == len(names(model))
