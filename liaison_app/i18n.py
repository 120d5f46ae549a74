"""Translations of the messages produced below the UI (errors, CLI), read from gettext catalogs.

The window's own strings use Qt's translator (`ui/`); these catalogs cover what core code says,
so the CLI and the window give a user error in the same words. Catalogs are `.po` files under
`translations/core/`; Babel compiles them in memory on first use, so there is no build step.
"""

from __future__ import annotations

import gettext
import io
from functools import cache

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from liaison_app.resources import translations_dir

SUPPORTED = ("ar", "zh", "en", "fr", "ru", "es")


def N_(message: str) -> str:
    """Mark a string for extraction without translating it here."""
    return message


@cache
def _catalog(language: str) -> gettext.NullTranslations:
    path = translations_dir() / "core" / f"{language}.po"
    if language == "en" or not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def translate(message: str, language: str) -> str:
    return _catalog(language.split("_")[0]).gettext(message)
