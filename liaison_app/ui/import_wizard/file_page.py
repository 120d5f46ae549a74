"""Wizard step 1: the file to import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from liaison_app.spreadsheets.file_checks import TEXT_SUFFIXES, WORKBOOK_SUFFIXES


class FilePage(QWizardPage):
    """A path typed or chosen with Browse…; the file is read on the next step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filePage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("browse")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("fileProblem")
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button.clicked.connect(self.browse)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx, .xlsm) or a text file (.csv, .tsv, .txt) exported "
                "from Excel or another program."
            )
        )
        self.intro.setText(
            self.tr(
                "Title rows above the header, blank rows and totals at the bottom are found and "
                "left out. Nothing is added to the database until the last step."
            )
        )
        self.browse_button.setText(self.tr("Browse…"))
        self.path_edit.setPlaceholderText(self.tr("Path of the file"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def browse(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in WORKBOOK_SUFFIXES + TEXT_SUFFIXES)
        current = self.path()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            str(current.parent if current else Path.home()),
            self.tr("Spreadsheets ({patterns});;All files (*)").format(patterns=patterns),
        )
        if name:
            self.path_edit.setText(name)

    def _path_changed(self) -> None:
        path = self.path()
        if path is not None and path.exists() and not path.is_file():
            self.problem_label.setText(self.tr("This is a folder, not a file."))
        elif path is not None and not path.exists() and path.name:
            self.problem_label.setText(self.tr("There is no such file."))
        else:
            self.problem_label.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        path = self.path()
        return path is not None and path.is_file()
