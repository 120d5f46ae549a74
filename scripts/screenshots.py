"""Screenshots of the main window in English and Arabic (or any of the six languages).

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshots.py --database demo.sqlite3

Without --database a demo database is made in a temporary folder (`liaison-app demo`'s service),
else an empty one with the Member States. The window uses throw-away settings, so neither the
user's remembered layout changes the pictures nor the pictures change the user's settings. With no
DISPLAY the offscreen platform is used: the window is the same, but menus cannot be photographed
open, so those shots are skipped.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WINDOW_SIZE = (1200, 800)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--database", type=Path, help="database file (default: a fresh demo)")
    parser.add_argument(
        "--languages", default="en,ar", help="comma-separated codes (default: en,ar)"
    )
    return parser.parse_args(argv)


def settle(milliseconds: int = 400) -> None:
    """Run the event loop for a while, so layouts, fonts and paint events are all done."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def open_database(path: Path | None, scratch: Path):
    from liaison_app.storage.location import resolve_database_url
    from liaison_app.ui.database_commands import open_and_prepare

    if path is None:
        path = scratch / "demo.sqlite3"
        try:
            from liaison_app.services.demo import create_demo_database
        except ImportError:
            print("no demo service yet: using an empty database", file=sys.stderr)
        else:
            create_demo_database(resolve_database_url(str(path)))
    return open_and_prepare(resolve_database_url(str(path)), create=True).database


def shoot(window, language: str, out: Path, real_display: bool) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from liaison_app.ui.language import apply_language

    apply_language(language)
    settle()
    written = [out / f"main-window-{language}.png"]
    if not window.grab().save(str(written[0])):
        raise SystemExit(f"could not write {written[0]}")
    if real_display:
        # The File menu open, photographed from the screen so the popup is in the picture.
        bar = window.menuBar()
        bar.setActiveAction(window.file_menu.menuAction())
        settle()
        screen = QApplication.primaryScreen()
        frame = window.frameGeometry()
        picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        path = out / f"file-menu-{language}.png"
        if not picture.save(str(path)):
            raise SystemExit(f"could not write {path}")
        written.append(path)
        window.file_menu.hide()
        bar.setActiveAction(None)
        settle(150)
    return written


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    real_display = bool(os.environ.get("DISPLAY"))
    if not real_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="liaison-screenshots-"))
    # Throw-away settings and logs (platformdirs reads these on Linux).
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ.setdefault("LIAISON_LOG_DIR", str(scratch / "logs"))

    from liaison_app.ui.app import application
    from liaison_app.ui.fonts import load_bundled_fonts
    from liaison_app.ui.main_window import MainWindow

    app = application()
    load_bundled_fonts()
    database = open_database(args.database, scratch)
    window = MainWindow(database)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.raise_()
    window.activateWindow()
    settle(800)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.languages.split(","):
        for path in shoot(window, language.strip(), args.out, real_display):
            print(path)
    window.close()
    database.dispose()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
