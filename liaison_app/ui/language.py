"""The interface language, switched at run time: Qt translators, text direction and locale.

Widgets retranslate themselves on `QEvent.LanguageChange` (see `MainWindow.changeEvent`); this
module only swaps the catalogs, mirrors the layout for Arabic and sets the default QLocale used to
format dates and numbers.

Updating the catalogs after changing user-visible strings (from the project root). lupdate reads
`.py` files in a folder only with `-extensions py`; strings must be marked with `self.tr()` or
`QCoreApplication.translate()` called by those names, never through an alias (DESIGN.md §6):

    pyside6-lupdate -extensions py -no-obsolete -locations relative liaison_app/ui \
        -ts translations/liaison_desk_ar.ts translations/liaison_desk_zh.ts \
            translations/liaison_desk_fr.ts translations/liaison_desk_ru.ts \
            translations/liaison_desk_es.ts
    # English is the source language; its catalog holds only the plural forms ("%n day(s)").
    pyside6-lupdate -extensions py -no-obsolete -locations relative -pluralonly liaison_app/ui \
        -ts translations/liaison_desk_en.ts
    # ... translate the new entries (Qt Linguist, or edit the XML), mark them finished, then
    # compile. -nounfinished: lupdate's same-text guesses ("Name" of an organization reused for
    # a person's name) stay out of the application until a translator has confirmed them.
    pyside6-lrelease -nounfinished translations/liaison_desk_*.ts
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from liaison_app.i18n import SUPPORTED
from liaison_app.resources import translations_dir
from liaison_app.ui import settings

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"

#: The six UN languages, each named in itself, in the order of the Language menu.
LANGUAGE_NAMES: dict[str, str] = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}
assert tuple(LANGUAGE_NAMES) == SUPPORTED, "the menu and the core catalogs disagree"

RIGHT_TO_LEFT = frozenset({"ar"})

# The locale behind dates and numbers. Arabic is `ar_001` (Modern Standard Arabic): the months of
# the Secretariat's letters (مارس, مايو, يونيو) with Western digits, as in circular CL-22/009;
# plain `ar` would mean Egypt and Arabic-Indic digits. English is British, as in UN documents.
_LOCALE_NAMES = {
    "ar": "ar_001",
    "zh": "zh_CN",
    "en": "en_GB",
    "fr": "fr_FR",
    "ru": "ru_RU",
    "es": "es_ES",
}

# Qt's own catalog (standard buttons and dialogs); PySide6 ships Chinese as zh_CN and zh_TW.
_QT_CATALOGS = {"zh": "qtbase_zh_CN"}

# A long date without the weekday: the style of the Secretariat's letters in each language.
_DATE_FORMATS = {
    "ar": "d MMMM yyyy",
    "zh": "yyyy年M月d日",
    "en": "d MMMM yyyy",
    "fr": "d MMMM yyyy",
    "ru": "d MMMM yyyy 'г.'",
    "es": "d 'de' MMMM 'de' yyyy",
}

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def current_language() -> str:
    return _current


def language_name(code: str) -> str:
    return LANGUAGE_NAMES[code]


def is_right_to_left(code: str) -> bool:
    return code in RIGHT_TO_LEFT


def app_catalog_path(code: str) -> Path:
    return translations_dir() / f"liaison_desk_{code}.qm"


def qt_catalog_path(code: str) -> Path:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return folder / f"{_QT_CATALOGS.get(code, f'qtbase_{code}')}.qm"


def _load(path: Path) -> QTranslator | None:
    if not path.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("Qt could not load the catalog %s", path)
        return None
    return translator


def apply_language(code: str) -> None:
    """Make `code` the interface language of the running application, now."""
    if code not in LANGUAGE_NAMES:
        raise ValueError(f"unsupported language {code!r}")
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"

    QLocale.setDefault(QLocale(_LOCALE_NAMES[code]))
    direction = (
        Qt.LayoutDirection.RightToLeft if is_right_to_left(code) else Qt.LayoutDirection.LeftToRight
    )
    if isinstance(app, QApplication):
        app.setLayoutDirection(direction)

    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    # English needs its catalog too: it carries the English plural forms.
    for path in (app_catalog_path(code), qt_catalog_path(code)):
        translator = _load(path)
        if translator is None:
            if code != DEFAULT_LANGUAGE and path == app_catalog_path(code):
                log.warning("no catalog %s; the interface stays partly in English", path)
            continue
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    _current = code
    # Qt posts LanguageChange to top-level windows; deliver it now so the whole interface is in
    # the new language when this returns (menus, then anything the caller shows next).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def remembered_language() -> str | None:
    code = settings.read_str(settings.LANGUAGE)
    return code if code in LANGUAGE_NAMES else None


def remember_language(code: str) -> None:
    settings.write_value(settings.LANGUAGE, code)


def initial_language(requested: str | None) -> str:
    """`--language` if given, else the last choice, else the system's language if it is one of
    the six, else English."""
    if requested in LANGUAGE_NAMES:
        return requested
    remembered = remembered_language()
    if remembered:
        return remembered
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGE_NAMES else DEFAULT_LANGUAGE


def format_date(value: date) -> str:
    """A date as the Secretariat writes it in the interface language (21 March 2022)."""
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, _DATE_FORMATS[_current])
