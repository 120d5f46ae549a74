"""A PDF shown in the window (QtPdf) and printed through Qt's print dialog.

`PdfPreview` holds a QPdfDocument loaded from bytes or from a file and a QPdfView showing it,
page after page. QPdfView paints asynchronously: `ready` fires once the document has loaded, and a
test (or a screenshot) must wait for it before grabbing.

Printing draws each page as an image from `QPdfDocument.render()` onto the printer (QtPdf has no
vector print path). Without any printer installed (`QPrinterInfo.availablePrinters()` is empty, as
on a machine without CUPS) the user is told so instead of being shown a dialog that cannot work.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedLayout, QWidget

from liaison_app import APP_NAME

#: Resolution of the page images sent to the printer.
PRINT_DPI = 300


class PdfPreview(QWidget):
    """A read-only view of one PDF; `placeholder` text shows while there is none."""

    #: The document loaded and is being painted (page count known).
    ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # PDF pages are not mirrored in a right-to-left interface.
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.view)
        # The document reads from this buffer for as long as it is shown.
        self._buffer: QBuffer | None = None
        self._data = b""
        self.document.statusChanged.connect(self._on_status)

    @property
    def data(self) -> bytes:
        """The bytes of the PDF shown (empty when there is none)."""
        return self._data

    def page_count(self) -> int:
        return self.document.pageCount()

    def show_message(self, text: str) -> None:
        """Show `text` instead of a document (nothing to preview, or why not)."""
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)

    def show_pdf(self, data: bytes) -> None:
        """Load and show a PDF from memory."""
        self.document.close()
        old = self._buffer
        self._data = bytes(data)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def show_file(self, path: str) -> bool:
        """Load and show a PDF file; False when it cannot be read."""
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            return False
        self.show_pdf(data)
        return True

    def clear(self) -> None:
        self.document.close()
        self._data = b""
        self._stack.setCurrentWidget(self.placeholder)

    def _on_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self._stack.setCurrentWidget(self.view)
            self.ready.emit()
        elif status == QPdfDocument.Status.Error:
            self.show_message(self.tr("This PDF cannot be shown."))

    def print_document(self) -> bool:
        """Print the PDF shown; True when it was sent to a printer."""
        if self.document.status() != QPdfDocument.Status.Ready:
            return False
        return print_pdf_document(self.document, self)


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def print_pdf_document(document: QPdfDocument, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print every page of `document` (or the range chosen)."""
    if not printers_available():
        QMessageBox.information(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "PdfPreview",
                "No printer is installed on this computer. Save the PDF and print it from a "
                "computer with a printer, or install one and try again.",
            ),
        )
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setDocName(document.metaData(QPdfDocument.MetaDataField.Title) or APP_NAME)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:
        first, last = 1, document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            pixels = QSize(
                round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72)
            )
            image = document.render(number - 1, pixels)
            # The page image fills the printable area, keeping its proportions.
            area = painter.viewport()
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), fitted), image)
    finally:
        painter.end()
    return True
