"""Helpers for the spreadsheet tests: write a one-sheet workbook and open it again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from liaison_app.spreadsheets.workbook_writer import Column, SheetSpec, write_workbook


@pytest.fixture
def roundtrip(tmp_path: Path) -> Callable[..., Worksheet]:
    """Write `rows` under `columns` to a workbook, reopen it, return its first sheet."""

    def run(columns: Sequence[Column], rows: Sequence[Any], **sheet: Any) -> Worksheet:
        language = sheet.pop("language", "en")
        path = write_workbook(
            tmp_path / "roundtrip.xlsx",
            [SheetSpec("Sheet", columns, rows, **sheet)],
            title="Round trip",
            language=language,
        )
        return load_workbook(path).worksheets[0]

    return run
