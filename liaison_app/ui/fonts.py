"""Fonts shipped with the application, registered with Qt before the first window is built.

Without a font that has Arabic or Chinese glyphs Qt draws boxes and says nothing (DESIGN.md §6), so
the bundle carries its own; on a developer machine the folder may be absent and the system's fonts
are used.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from liaison_app.resources import resources_dir

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def load_bundled_fonts() -> list[str]:
    """Register every font file under resources/fonts/; return the families Qt now knows."""
    folder = resources_dir() / "fonts"
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
