"""The Import & export section: past imports listed, undone from the list, the wizard opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from liaison_app.domain.models import Contact
from liaison_app.services.contact_import import commit_import, prepare_import
from liaison_app.ui.import_wizard.import_page import ImportExportPage
from liaison_app.ui.import_wizard.wizard import ImportWizard
from liaison_app.ui.sections import SectionKey, section


@pytest.fixture
def imported(database, tmp_path: Path):
    path = tmp_path / "mission.csv"
    path.write_text(
        "Name,Country,E-mail\nAnna Meier,Switzerland,anna@bakom.example\n"
        "Jean Dupont,France,jean@numerique.example\n",
        encoding="utf-8",
    )
    return commit_import(database, prepare_import(database, path))


@pytest.fixture
def page(qtbot, context, no_modal_dialogs):
    page = ImportExportPage(context, section(SectionKey.IMPORT_EXPORT))
    qtbot.addWidget(page)
    return page


def test_empty_history(page):
    assert page.empty_label.isVisibleTo(page)
    assert page.empty_label.text() == "No import yet."


def test_past_import_listed_and_undone(qtbot, context, imported, database, monkeypatch):
    page = ImportExportPage(context, section(SectionKey.IMPORT_EXPORT))
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "mission.csv"
    assert page.model.index(0, 3).data() == "2"
    page.view.selectRow(0)
    assert page.undo_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.undo_button.click()
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
    assert page.model.index(0, 8).data()  # the time it was undone
    assert not page.undo_button.isEnabled()
    assert "2 contacts removed" in page.status_label.text()


def test_import_button_opens_the_wizard_without_blocking(qtbot, page):
    page.import_button.click()
    assert isinstance(page.wizard, ImportWizard)
    assert page.wizard.isVisible()
    page.wizard.reject()


def test_model_is_sound(qtmodeltester, qtbot, context, imported):
    page = ImportExportPage(context, section(SectionKey.IMPORT_EXPORT))
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
