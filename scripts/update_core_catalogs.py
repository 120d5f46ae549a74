"""Collect the messages of the core (UserError texts, N_ markers) into translations/core/*.po.

Run after adding or changing a user-facing message below `liaison_app/ui/`:
    .venv/bin/python scripts/update_core_catalogs.py [LANGUAGE ...]
Existing translations are kept; new messages appear untranslated and are listed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = ROOT / "translations" / "core"
LANGUAGES = ("ar", "zh", "fr", "ru", "es")
KEYWORDS = {"UserError": (1,), "N_": None, "translate": (1,)}


def extract() -> Catalog:
    template = Catalog(project="Liaison Desk", charset="utf-8")
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(ROOT / "liaison_app"),
        method_map=[("ui/**.py", "ignore"), ("**.py", "python")],
        keywords=KEYWORDS,
    ):
        template.add(message, locations=[(f"liaison_app/{filename}", lineno)])
    return template


def main() -> int:
    languages = sys.argv[1:] or LANGUAGES
    template = extract()
    CATALOGS.mkdir(parents=True, exist_ok=True)
    missing = 0
    for language in languages:
        path = CATALOGS / f"{language}.po"
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=language)
        else:
            catalog = Catalog(locale=language, project="Liaison Desk", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True)
        # A fuzzy header is skipped when compiling, and without its charset gettext reads ASCII.
        catalog.fuzzy = False
        catalog.project, catalog.version = "Liaison Desk", ""
        catalog.copyright_holder, catalog.msgid_bugs_address = "Liaison Desk", ""
        catalog.last_translator = catalog.language_team = "Liaison Desk"
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True)
        untranslated = [m.id for m in catalog if m.id and not m.string]
        missing += len(untranslated)
        for message in untranslated:
            print(f"{language}: untranslated: {message}")
    print(f"{len(template)} messages; {missing} translations missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
