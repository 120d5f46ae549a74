"""Printing a PDF made by the application: the print dialog, then each page drawn as an image.

Qt prints through QPainter, not PDF files: each page is rendered by QtPdf (`QPdfDocument.render`)
at the printer's resolution and drawn to fill the printable area. With no printer set up (no
CUPS on the machine), `has_printer()` is False and the caller says so instead of failing.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def print_pdf(data: bytes, title: str, parent: QWidget | None = None) -> bool:
    """Ask where to print, then print every page of `data`; False when the officer cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(0, 0, document.render(page, size))
    finally:
        painter.end()
        document.close()
    return True
