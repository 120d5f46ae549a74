"""User errors (the officer can act on them) as distinct from bugs (logged with their traceback)."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """Something the user can act on: a bad file, a locked or newer database, a full disk.

    `message` is an English sentence that doubles as the key of its translation (see
    `liaison_app.i18n`); `params` fill its `{placeholders}` after translation, so a file name is
    never translated. A param with a `localized(language)` method (a status or stage named in
    the message, another UserError given as the reason) is put in the reader's language too.
    """

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def localized(self, language: str = "en") -> str:
        from liaison_app.i18n import translate  # late: i18n reads catalogs on first use

        return translate(self.message, language).format(**_in_language(self.params, language))

    def __str__(self) -> str:
        return self.message.format(**_in_language(self.params, "en"))


def _in_language(params: dict[str, Any], language: str) -> dict[str, Any]:
    return {
        name: value.localized(language) if callable(getattr(value, "localized", None)) else value
        for name, value in params.items()
    }
