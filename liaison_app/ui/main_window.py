"""The main window: sidebar of sections, their pages, menus, status bar, remembered layout."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from liaison_app import APP_NAME, __version__
from liaison_app.storage.database import Database
from liaison_app.ui import error_reporting, settings
from liaison_app.ui.context import AppContext
from liaison_app.ui.database_commands import DatabaseCommands
from liaison_app.ui.icon_set import app_icon, icon
from liaison_app.ui.language import (
    LANGUAGE_NAMES,
    apply_language,
    current_language,
    remember_language,
)
from liaison_app.ui.pages import Page, PlaceholderPage, create_page
from liaison_app.ui.sections import SECTIONS, Section, SectionKey
from liaison_app.ui.task_runner import TaskRunner

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1200, 800)
SIDEBAR_MIN_WIDTH = 200
# Room beside the longest title: list padding, item padding, icon spacing (stylesheet below).
SIDEBAR_CHROME = 60
SIDEBAR_ICON_SIZE = QSize(22, 22)
# Left to right isolates: a path keeps its order inside Arabic text (U+2066 … U+2069).
LRI, PDI = "\u2066", "\u2069"


class MainWindow(QMainWindow):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.tasks = TaskRunner(self)
        self.context = AppContext(database, self.tasks, self)
        self.commands = DatabaseCommands(self, self.context, self.switch_database)
        self._pages: dict[SectionKey, Page] = {}

        self._build_central()
        self._build_actions()
        self._build_menus()
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addPermanentWidget(self.database_label, 1)

        self.tasks.activeChanged.connect(self._on_tasks_changed)
        self.context.databaseChanged.connect(self._on_database_changed)
        self.retranslateUi()
        self._on_database_changed()
        self._restore_layout()

    # -- Construction ------------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(SIDEBAR_ICON_SIZE)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The selected section stays legible when the window is inactive (the style's inactive
        # highlight is pale behind white text), and the icon is highlighted with its title.
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { background: palette(alternate-base); border: none;"
            " padding: 8px 6px; outline: 0; show-decoration-selected: 1; }"
            "QListWidget#sidebar::item { padding: 8px; border-radius: 4px; }"
            "QListWidget#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            "QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }"
        )
        for section in SECTIONS:
            item = QListWidgetItem(icon(section.icon), "", self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, section.key.value)
        self.sidebar.currentRowChanged.connect(self._on_row_changed)

        self.stack = QStackedWidget(central)
        self.stack.setObjectName("pages")
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.commands.new_database)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.commands.open_database)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.commands.back_up)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.commands.restore)
        self.quit_action = QAction(self)
        # Explicit: QKeySequence.Quit is empty on Windows.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.section_actions: list[QAction] = []
        for number, section in enumerate(SECTIONS, start=1):
            action = QAction(icon(section.icon), "", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=section.key: self.show_section(key))
            self.section_actions.append(action)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            # Each language is named in itself, so it is never translated.
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))
            self.language_actions[code] = action

        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(bar)
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addActions([self.new_action, self.open_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = QMenu(bar)
        self.go_menu.setObjectName("goMenu")
        self.go_menu.addActions(self.section_actions)
        self.language_menu = QMenu(bar)
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = QMenu(bar)
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.go_menu, self.language_menu, self.help_menu):
            bar.addMenu(menu)

    def retranslateUi(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New database…"))
        self.new_action.setStatusTip(self.tr("Create an empty database file"))
        self.open_action.setText(self.tr("&Open database…"))
        self.open_action.setStatusTip(self.tr("Work on another database file"))
        self.backup_action.setText(self.tr("&Back up…"))
        self.backup_action.setStatusTip(self.tr("Save a copy of the database in a folder"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.restore_action.setStatusTip(
            self.tr("Replace the database with a backup; the current one is kept")
        )
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Liaison Desk"))
        for row, section in enumerate(SECTIONS):
            item = self.sidebar.item(row)
            item.setText(section.title)
            shortcut = (
                self.section_actions[row]
                .shortcut()
                .toString(QKeySequence.SequenceFormat.NativeText)
            )
            item.setToolTip(f"{section.title} ({shortcut})")
            self.section_actions[row].setText(section.title)
        self.language_actions[current_language()].setChecked(True)
        self._fit_sidebar()
        self._update_database_texts()

    def _fit_sidebar(self) -> None:
        """As wide as the longest section title in this language and font, never narrower."""
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(section.title) for section in SECTIONS)
        width = widest + SIDEBAR_ICON_SIZE.width() + SIDEBAR_CHROME
        self.sidebar.setFixedWidth(max(SIDEBAR_MIN_WIDTH, width))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- Sections ----------------------------------------------------------------------------
    def show_section(self, key: SectionKey | str) -> None:
        row = next(i for i, s in enumerate(SECTIONS) if s.key == key)
        self.sidebar.setCurrentRow(row)

    def current_section(self) -> SectionKey:
        return SECTIONS[max(self.sidebar.currentRow(), 0)].key

    def page(self, key: SectionKey) -> Page:
        """The page of a section, built the first time it is asked for."""
        if key not in self._pages:
            section = next(s for s in SECTIONS if s.key == key)
            page = self._build_page(section)
            self.stack.addWidget(page)
            self._pages[key] = page
        return self._pages[key]

    def _build_page(self, section: Section) -> Page:
        try:
            page = create_page(section, self.context, self.stack)
        except Exception as error:
            # One broken section must not take the window down: log it, show the placeholder.
            error_reporting.report_bug(type(error), error, error.__traceback__, self)
            return PlaceholderPage(self.context, section, self.stack)
        # A page that offers "open the list behind this figure" (the dashboard) gets it here.
        list_requested = getattr(page, "listRequested", None)
        if list_requested is not None:
            list_requested.connect(self.open_list)
        reminders_requested = getattr(page, "remindersRequested", None)
        if reminders_requested is not None:
            reminders_requested.connect(self.prepare_reminders)
        return page

    def prepare_reminders(self, event_reference: str, invitation_ids: list) -> None:
        """Open Letters with a reminder pack for the non-repliers the officer selected."""
        from liaison_app.services.deadlines import reminder_recipient_keys

        self.show_section(SectionKey.LETTERS)
        prepare_pack = getattr(self.page(SectionKey.LETTERS), "prepare_pack", None)
        if prepare_pack is not None:
            prepare_pack("reminder", event_reference, list(reminder_recipient_keys(invitation_ids)))

    def open_list(self, section: str, list_filter: object) -> None:
        """Show a section filtered to the rows behind a figure the officer clicked."""
        key = SectionKey(section)
        self.show_section(key)
        show_filter = getattr(self.page(key), "show_filter", None)
        if show_filter is not None:
            show_filter(list_filter)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(SECTIONS[row].key)
        self.stack.setCurrentWidget(page)
        page.activated()

    # -- Database ----------------------------------------------------------------------------
    @property
    def database(self) -> Database:
        return self.context.database

    def switch_database(self, database: Database) -> None:
        """Work on `database` from now on; the previous one is closed."""
        previous = self.context.database
        if database is previous:
            return
        self.context.set_database(database)
        previous.dispose()

    def _on_database_changed(self) -> None:
        database = self.context.database
        file_based = database.path is not None
        self.backup_action.setEnabled(file_based and not self.tasks.active_count())
        self.restore_action.setEnabled(file_based and not self.tasks.active_count())
        if database.path is not None:
            # Only files: a server URL may carry a password, and the settings file is plain text.
            settings.write_value(settings.LAST_DATABASE, str(database.path))
        self._update_database_texts()

    def _update_database_texts(self) -> None:
        database = self.context.database
        name = database.path.name if database.path else database.display_name
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.database_label.setText(
            self.tr("Database: {name}").format(name=f"{LRI}{database.display_name}{PDI}")
        )
        self.database_label.setToolTip(database.display_name)

    def _on_tasks_changed(self, running: int) -> None:
        # No switching databases under a running import or export.
        idle = running == 0
        file_based = self.context.database.path is not None
        for action in (self.new_action, self.open_action):
            action.setEnabled(idle)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(idle and file_based)

    # -- Language and help -------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch the whole interface to `code` now, and start in it next time."""
        apply_language(code)
        remember_language(code)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Liaison Desk"),
            self.tr(
                "<h3>Liaison Desk {version}</h3>"
                "<p>Invitations to Member States, replies, delegations, speaking slots, "
                "partnership inquiries and packs of signed letters, for the liaison office of "
                "a conference secretariat.</p>"
                "<p>Works offline; your data stay in the database file you choose.</p>"
            ).format(version=__version__),
        )

    # -- Remembered layout -------------------------------------------------------------------
    def _restore_layout(self) -> None:
        store = settings.app_settings()
        geometry = store.value(settings.WINDOW_GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._default_geometry()
        state = store.value(settings.WINDOW_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        section = store.value(settings.CURRENT_SECTION)
        keys = [s.key.value for s in SECTIONS]
        self.show_section(section if section in keys else SectionKey.DASHBOARD)

    def _default_geometry(self) -> None:
        size = DEFAULT_SIZE
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            # Never larger than the screen (small laptops at venues).
            size = size.boundedTo(available.size() * 0.95)
            self.resize(size)
            frame = self.frameGeometry()
            frame.moveCenter(available.center())
            self.move(frame.topLeft())
        else:
            self.resize(size)

    def save_layout(self) -> None:
        store = settings.app_settings()
        store.setValue(settings.WINDOW_GEOMETRY, self.saveGeometry())
        store.setValue(settings.WINDOW_STATE, self.saveState())
        store.setValue(settings.CURRENT_SECTION, self.current_section().value)
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if not self.tasks.shutdown():
            log.warning("a background task did not stop in time")
        super().closeEvent(event)
