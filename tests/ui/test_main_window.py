"""The main window: sections, shortcuts, status bar, language switching, remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from liaison_app.ui import pages, settings
from liaison_app.ui.language import current_language, initial_language
from liaison_app.ui.main_window import MainWindow
from liaison_app.ui.pages import Page, PlaceholderPage
from liaison_app.ui.sections import SECTIONS, SectionKey

NOT_AVAILABLE = "is not available yet"


def visible_page(window: MainWindow) -> Page:
    page = window.stack.currentWidget()
    assert isinstance(page, Page)
    return page


def notice(page: Page) -> str:
    return page.findChild(QLabel, "noticeText").text()


def test_opens_on_the_database_and_shows_it_in_the_status_bar(main_window, database):
    label = main_window.database_label
    assert str(database.path) in label.text()
    assert label.isVisible()
    assert main_window.windowTitle().startswith(database.path.name)
    assert visible_page(main_window).section.key == SectionKey.DASHBOARD


def test_default_size_is_a_comfortable_desktop_window(main_window):
    screen = main_window.screen().availableGeometry()
    assert main_window.width() >= min(1200, int(screen.width() * 0.9))
    assert main_window.height() >= min(800, int(screen.height() * 0.9))


def assert_shows(window: MainWindow, section) -> Page:
    """The visible page is the section's registered page; a placeholder says it is not there."""
    page = visible_page(window)
    assert page.section == section
    assert window.current_section() == section.key
    assert type(page) is pages.page_class(section.key)
    if isinstance(page, PlaceholderPage):
        assert notice(page).startswith(section.title + ":")
        assert NOT_AVAILABLE in notice(page)
        assert page.findChild(QLabel, "summaryText").text() == section.summary
    return page


def test_every_section_from_the_sidebar(qtbot, database, monkeypatch, no_modal_dialogs):
    # Before any feature landed: every section is a placeholder that says so.
    monkeypatch.setattr(pages, "PAGES", {})
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    sidebar = window.sidebar
    for row, section in enumerate(SECTIONS):
        rect = sidebar.visualItemRect(sidebar.item(row))
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        page = assert_shows(window, section)
        assert type(page) is PlaceholderPage


def test_every_section_from_ctrl_1_to_7(main_window, qtbot):
    # With the pages registered so far: features that landed show their own page.
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=2000)
    order = list(enumerate(SECTIONS, start=1))
    for number, section in reversed(order):  # start away from the dashboard
        qtbot.keyClick(
            main_window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
        )
        assert_shows(main_window, section)


def test_pages_are_built_once_when_first_shown(main_window):
    assert set(main_window._pages) == {SectionKey.DASHBOARD}
    main_window.show_section(SectionKey.LETTERS)
    letters = visible_page(main_window)
    main_window.show_section(SectionKey.DASHBOARD)
    main_window.show_section(SectionKey.LETTERS)
    assert visible_page(main_window) is letters


def test_arabic_mirrors_the_window_and_english_restores_it(main_window, qtbot):
    app = QApplication.instance()
    main_window.language_actions["ar"].trigger()

    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert main_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert main_window.file_menu.title() == "&ملف"
    assert main_window.help_menu.title() == "&تعليمات"
    assert main_window.sidebar.item(0).text() == "لوحة المتابعة"
    assert visible_page(main_window).layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert main_window.language_actions["ar"].isChecked()
    # Mirrored: the sidebar is on the right of the pages, the File menu at the right end.
    qtbot.waitUntil(lambda: main_window.sidebar.x() > main_window.stack.x(), timeout=2000)
    bar = main_window.menuBar()
    file_rect = bar.actionGeometry(main_window.file_menu.menuAction())
    help_rect = bar.actionGeometry(main_window.help_menu.menuAction())
    assert file_rect.x() > help_rect.x()

    main_window.language_actions["en"].trigger()
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert main_window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert main_window.file_menu.title() == "&File"
    assert main_window.sidebar.item(0).text() == "Dashboard"
    assert visible_page(main_window).layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: main_window.sidebar.x() < main_window.stack.x(), timeout=2000)


@pytest.mark.parametrize(
    ("code", "file_menu", "dashboard"),
    [
        ("zh", "文件(&F)", "仪表板"),
        ("fr", "&Fichier", "Tableau de bord"),
        ("ru", "&Файл", "Сводка"),
        ("es", "&Archivo", "Panel"),
    ],
)
def test_the_other_languages(main_window, code, file_menu, dashboard):
    main_window.set_language(code)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert main_window.file_menu.title() == file_menu
    assert main_window.sidebar.item(0).text() == dashboard


def test_language_section_and_geometry_persist(qtbot, database, main_window):
    main_window.set_language("fr")
    main_window.show_section(SectionKey.LETTERS)
    default = main_window.size()
    main_window.resize(700, 560)
    qtbot.waitUntil(lambda: main_window.size() != default, timeout=2000)
    resized = main_window.size()
    main_window.close()

    assert settings.read_str(settings.LANGUAGE) == "fr"
    assert initial_language(None) == "fr"
    assert initial_language("ru") == "ru"  # --language still wins

    second = MainWindow(database)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == resized
    assert second.current_section() == SectionKey.LETTERS
    assert current_language() == "fr"
    assert second.language_actions["fr"].isChecked()


def test_about(main_window, dialogs):
    dialogs.answer(QMessageBox, "about")
    main_window.about_action.trigger()
    (text,) = dialogs.texts("about")
    assert "Liaison Desk 0." in text


def test_a_registered_page_replaces_the_placeholder(qtbot, database, monkeypatch, no_modal_dialogs):
    class ContactsPage(Page):
        pass

    monkeypatch.setitem(pages.PAGES, SectionKey.CONTACTS, ContactsPage)
    monkeypatch.delitem(pages.PAGES, SectionKey.LETTERS, raising=False)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show_section(SectionKey.CONTACTS)
    assert type(visible_page(window)) is ContactsPage
    window.show_section(SectionKey.LETTERS)
    assert type(visible_page(window)) is PlaceholderPage


def test_every_registered_page_entry_resolves(monkeypatch):
    for key in pages.PAGES:
        assert issubclass(pages.page_class(key), Page)
    monkeypatch.delitem(pages.PAGES, SectionKey.LETTERS, raising=False)
    assert pages.page_class(SectionKey.LETTERS) is PlaceholderPage


def test_a_page_that_fails_to_build_shows_the_placeholder(qtbot, database, monkeypatch, dialogs):
    class BrokenPage(Page):
        def __init__(self, *args):
            raise RuntimeError("bug in a page")

    monkeypatch.setitem(pages.PAGES, SectionKey.SPEAKING, BrokenPage)
    dialogs.answer(QMessageBox, "critical")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show_section(SectionKey.SPEAKING)
    assert type(visible_page(window)) is PlaceholderPage
    (message,) = dialogs.texts("critical")
    assert message.startswith("Something went wrong.")


def test_a_dashboard_figure_opens_the_list_behind_it(main_window):
    from liaison_app.domain.enums import InvitationStatus
    from liaison_app.services.invitations import InvitationFilter

    dashboard = main_window.page(SectionKey.DASHBOARD)
    shown = []
    invitations = main_window.page(SectionKey.INVITATIONS)
    invitations.show_filter = shown.append  # what the invitations page receives
    wanted = InvitationFilter(statuses=frozenset({InvitationStatus.DECLINED}))
    dashboard.listRequested.emit("invitations", wanted)
    assert main_window.current_section() == SectionKey.INVITATIONS
    assert shown == [wanted]


def test_selected_non_repliers_become_a_reminder_pack(qtbot, tmp_path, no_modal_dialogs):
    from datetime import UTC, datetime

    from liaison_app.domain.models import Event
    from liaison_app.services.deadlines import reminder_selection
    from liaison_app.services.demo import create_demo_database
    from liaison_app.storage.location import resolve_database_url
    from liaison_app.storage.opening import open_database
    from liaison_app.ui.main_window import MainWindow

    url = resolve_database_url(str(tmp_path / "demo.sqlite3"))
    create_demo_database(url)
    demo = open_database(url).database
    with demo.reading() as session:
        event_id = session.query(Event.id).scalar()
        ids = reminder_selection(session, event_id, datetime(2022, 4, 10, tzinfo=UTC))
    assert ids
    window = MainWindow(demo)
    qtbot.addWidget(window)
    invitations = window.page(SectionKey.INVITATIONS)
    invitations.remindersRequested.emit("WSIS-2022", ids[:3])
    assert window.current_section() == SectionKey.LETTERS
    letters = window.page(SectionKey.LETTERS)
    assert letters.kind_combo.currentData() == "reminder"
    assert sorted(letters.checked_keys()) == sorted(f"invitation:{i}" for i in ids[:3])
    window.close()
    demo.dispose()
