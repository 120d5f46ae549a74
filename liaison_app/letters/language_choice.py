"""Which language a letter is in: forced, or auto: the contact's, the Member State's, English."""

from __future__ import annotations

from liaison_app.errors import UserError

LETTER_LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")
AUTO = "auto"


def primary_subtag(code: str | None) -> str:
    """ "fr-CH" → "fr", "zh_Hans" → "zh", "" → ""."""
    return (code or "").strip().replace("_", "-").split("-")[0].lower()


def check_language_mode(mode: str | None) -> str:
    """`auto` or one of the six letter languages; UserError for anything else."""
    value = (mode or AUTO).strip().lower()
    if value == AUTO or value in LETTER_LANGUAGES:
        return value
    raise UserError(
        "{language} is not a letter language: use auto, ar, zh, en, fr, ru or es.",
        language=mode,
    )


def choose_language(
    mode: str | None,
    contact_language: str | None = None,
    member_state_language: str | None = None,
) -> str:
    """The language a letter is written in.

    A forced language wins. With `auto`: the contact's preferred language when it is one of the
    six (any BCP 47 tag: "fr-CH" counts as French), else the Member State's language of
    correspondence, else English.
    """
    mode = check_language_mode(mode)
    if mode != AUTO:
        return mode
    for candidate in (contact_language, member_state_language):
        code = primary_subtag(candidate)
        if code in LETTER_LANGUAGES:
            return code
    return "en"
