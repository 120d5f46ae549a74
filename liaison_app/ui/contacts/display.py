"""How directory values read in the window: language names, enum labels, phones."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QLocale

from liaison_app.domain.contact_rules import display_phone
from liaison_app.domain.enums import UN_LANGUAGES
from liaison_app.services import labels
from liaison_app.ui.language import LANGUAGE_NAMES, current_language


def enum_label(value: StrEnum | None) -> str:
    """The label of an enumerated value in the interface language."""
    return labels.label(value, current_language()) if value is not None else ""


def language_display(code: str | None) -> str:
    """A language named in itself (as in the Language menu): "العربية", "Français", "Deutsch"."""
    if not code:
        return ""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    locale = QLocale(code.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def un_language_choices() -> list[tuple[str, str]]:
    """(code, name) of the six UN languages in the usual order."""
    return [(str(code), LANGUAGE_NAMES[str(code)]) for code in UN_LANGUAGES]


def phone_display(stored: str | None) -> str:
    """A stored E.164 phone in international format (+41 22 730 53 50)."""
    return display_phone(stored)


def isolated(text: str) -> str:
    """`text` as one unit inside a sentence of either direction (first strong isolate): a Latin
    name in an Arabic sentence keeps its quotes and the full stop where they belong."""
    return f"\u2068{text}\u2069"
