"""Languages: complete catalogs, Qt's own catalog, direction, dates, the choice at startup."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from liaison_app.resources import translations_dir
from liaison_app.ui import language
from liaison_app.ui.language import (
    LANGUAGE_NAMES,
    apply_language,
    format_date,
    initial_language,
    remember_language,
)

TRANSLATED = ("ar", "zh", "fr", "ru", "es")
# The contexts of the window's frame; every one of their messages must be translated.
FOUNDATION_CONTEXTS = {
    "DashboardPage",
    "DatabaseCommands",
    "ErrorReporting",
    "MainWindow",
    "PlaceholderPage",
    "Sections",
    "Startup",
}
PLACEHOLDER = re.compile(r"\{[a-z_0-9]+\}|%n")


def messages(code: str):
    tree = ET.parse(translations_dir() / f"liaison_desk_{code}.ts")
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_frame_is_fully_translated(code):
    untranslated = [
        message.find("source").text
        for context, message in messages(code)
        if context in FOUNDATION_CONTEXTS
        and message.find("translation").get("type") in {"unfinished", "vanished", "obsolete"}
    ]
    assert untranslated == []


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_translations_keep_every_placeholder(code):
    for _context, message in messages(code):
        translation = message.find("translation")
        if translation.get("type") is not None:
            continue
        source = sorted(set(PLACEHOLDER.findall(message.find("source").text)) - {"%n"})
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(form.text or "")) - {"%n"}) == source, (
                message.find("source").text
            )


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_every_catalog_is_compiled(code):
    assert language.app_catalog_path(code).is_file()


@pytest.mark.parametrize(
    ("code", "cancel"),
    [("fr", "Annuler"), ("ru", "Отмена"), ("es", "Cancelar"), ("zh", "取消"), ("ar", "ألغِ")],
)
def test_qt_own_catalog_is_loaded(code, cancel):
    assert language.qt_catalog_path(code).is_file()
    apply_language(code)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


def test_direction_and_locale_follow_the_language(qapp):
    apply_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().name() == "ar_001"
    apply_language("ru")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().name() == "ru_RU"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ar", "21 مارس 2022"),  # as in circular CL-22/009: Western digits
        ("zh", "2022年3月21日"),
        ("en", "21 March 2022"),
        ("fr", "21 mars 2022"),
        ("ru", "21 марта 2022 г."),
        ("es", "21 de marzo de 2022"),
    ],
)
def test_dates_read_as_the_secretariat_writes_them(code, text):
    apply_language(code)
    assert format_date(date(2022, 3, 21)) == text


def test_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError, match="unsupported"):
        apply_language("de")


def test_startup_language(monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_ES")))
    assert initial_language(None) == "es"  # the system's, when it is one of the six
    remember_language("zh")
    assert initial_language(None) == "zh"
    assert initial_language("ar") == "ar"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    remember_language("xx")
    assert initial_language(None) == "en"


def test_languages_are_named_in_themselves():
    assert list(LANGUAGE_NAMES.values()) == [
        "العربية",
        "中文",
        "English",
        "Français",
        "Русский",
        "Español",
    ]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_window_message_is_translated(code):
    """The whole window speaks the language: no message left to a translator, in any context."""
    untranslated = [
        (context, message.find("source").text)
        for context, message in messages(code)
        if message.find("translation").get("type") in {"unfinished", "vanished", "obsolete"}
    ]
    assert untranslated == []
