"""Icons of the window: the SVG files beside this module, else the style's standard icons.

The fallback keeps the window usable if a packaging step ever leaves the SVG files behind.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

ICONS_DIR = Path(__file__).resolve().parent / "icons"
APP_ICON = "liaison-desk"
#: The stroke colour of the line icons; recoloured for the selected state.
LINE_COLOR = "#2b5b84"
#: Sizes (1x and 2x screens) of the pre-rendered selected variant.
SELECTED_SIZES = (16, 22, 24, 32, 44, 48)


def _render(svg: bytes, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def icon(name: str, fallback: QStyle.StandardPixmap | None = None) -> QIcon:
    """The icon `icons/<name>.svg`, else the style's `fallback`, else an empty icon.

    A line icon also gets a variant in the highlighted-text colour for the Selected mode, so a
    selected sidebar row does not show a dark-blue icon on a blue highlight.
    """
    path = ICONS_DIR / f"{name}.svg"
    if not path.is_file():
        if fallback is not None:
            return QApplication.style().standardIcon(fallback)
        return QIcon()
    result = QIcon(str(path))
    svg = path.read_bytes()
    if LINE_COLOR.encode() in svg:
        selected_color = QApplication.palette().color(QPalette.ColorRole.HighlightedText)
        recoloured = svg.replace(LINE_COLOR.encode(), selected_color.name().encode())
        for size in SELECTED_SIZES:
            result.addPixmap(_render(recoloured, size), QIcon.Mode.Selected)
    return result


def app_icon() -> QIcon:
    return icon(APP_ICON, QStyle.StandardPixmap.SP_ComputerIcon)
