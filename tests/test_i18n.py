"""Core messages (user errors shown by the CLI and the window) exist in the six languages."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from liaison_app.errors import UserError
from liaison_app.resources import translations_dir

LANGUAGES = ("ar", "zh", "fr", "ru", "es")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]+(?::[^}]*)?\}")


def catalog(code: str):
    with (translations_dir() / "core" / f"{code}.po").open("rb") as handle:
        return read_po(handle, locale=code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_core_message_is_translated_with_its_placeholders(code):
    problems = []
    for message in catalog(code):
        if not message.id:
            continue
        if not message.string:
            problems.append(("untranslated", message.id))
        elif sorted(PLACEHOLDER.findall(message.id)) != sorted(PLACEHOLDER.findall(message.string)):
            problems.append(("placeholders differ", message.id))
    assert problems == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ar", "غير موجود"),
        ("zh", "不存在"),
        ("fr", "n’existe pas"),
        ("ru", "не существует"),
        ("es", "no existe"),
        ("en", "does not exist"),
    ],
)
def test_a_user_error_reads_in_the_users_language(code, expected):
    error = UserError("{path} does not exist.", path="/tmp/x.sqlite3")
    text = error.localized(code)
    assert expected in text
    assert "/tmp/x.sqlite3" in text  # the file name is never translated


@pytest.mark.parametrize(
    ("code", "status", "reason"),
    [
        ("en", "Withdrawn", "You are not allowed to write there."),
        ("fr", "Retirée", "Vous n’avez pas le droit d’écrire à cet endroit."),
        ("ar", "مسحوبة", "ليس لديك إذن بالكتابة هناك."),
        ("zh", "已撤回", "您无权在该处写入。"),
    ],
)
def test_a_status_or_a_reason_inside_a_message_reads_in_the_users_language(code, status, reason):
    from liaison_app.domain.enums import SpeakingRequestStatus
    from liaison_app.services.labels import Term

    error = UserError(
        "{name}'s request is {status}: it takes no slot. Reopen it first.",
        name="Ana Pérez",
        status=Term(SpeakingRequestStatus.WITHDRAWN),
    )
    assert status in error.localized(code)
    assert "withdrawn" not in error.localized(code) or code == "en"
    outer = UserError(
        "Cannot write into {folder}: {reason}",
        folder="/tmp/pack",
        reason=UserError("You are not allowed to write there."),
    )
    assert outer.localized(code).endswith(reason)
    assert "/tmp/pack" in outer.localized(code)
    assert str(outer) == "Cannot write into /tmp/pack: You are not allowed to write there."
