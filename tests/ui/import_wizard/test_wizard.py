"""The import wizard walked as an officer walks it: a file, its reading, its columns, a fix, a
duplicate, the import, the summary, the report and Undo; and a Cancel midway that leaves nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import func, select

from liaison_app.domain.models import Contact, ImportBatch, MemberState, SavedMapping
from liaison_app.services import contact_import
from liaison_app.services.contact_import import RowAction
from liaison_app.services.contacts import create_contact
from liaison_app.ui.import_wizard import run_page
from liaison_app.ui.import_wizard.wizard import ImportWizard

# A French list from Excel: title rows, ";" delimiter, UTF-8 with BOM, a total at the bottom.
FRENCH_CSV = (
    "Liste des ministres;;;\n"
    ";;;\n"
    "Nom complet;Pays;Courriel;Téléphone\n"
    "M. José PÉREZ;Espagne;jose.perez@mineco.example;+34 91 123 45 67\n"
    "Mme Amélie Dubois;France;amelie.dubois@numerique;01 40 50 60 70\n"
    "مُحَمَّد الحَسَن;الأردن;m.hassan@mission.example;+962 6 460 2345\n"
    "Наталья Кузнецова;Россия;nk@digital.example;+7 495 123-45-67\n"
    "王芳;中国;wang.fang@miit.example;+86 10 6820 1234\n"
    "Anna Meier;Suisse;anna.meier@bakom.example;022 730 51 11\n"
    "Total;6;;\n"
)


def count(database, model) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "ministres.csv"
    path.write_bytes(FRENCH_CSV.encode("utf-8-sig"))
    return path


@pytest.fixture
def wizard(qtbot, context, no_modal_dialogs):
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def go_to_rows(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.source_page
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=5000)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.validation_page
    qtbot.waitUntil(wizard.validation_page.isComplete, timeout=5000)


def test_walk_from_a_file_to_committed_rows(qtbot, wizard, csv_file, database, dialogs, tmp_path):
    wizard.file_page.path_edit.setText(str(csv_file))
    wizard.next()
    source = wizard.source_page
    qtbot.waitUntil(source.isComplete, timeout=5000)
    # The header is found below the title rows; the total is not a person.
    assert source.table.headers == ["Nom complet", "Pays", "Courriel", "Téléphone"]
    assert source.table.header_row_number == 3
    assert [row.number for row in source.table.footers] == [10]
    assert "UTF-8" in source.encoding_combo.itemText(0)
    assert source.model.index(source.model.header_index, 0).data() == "Nom complet"

    wizard.next()
    mapping = wizard.state.mapping
    assert [mapping.field_of(c) for c in range(4)] == [
        "full_name",
        "member_state",
        "email",
        "phone",
    ]
    assert wizard.mapping_page.field_combo(1).currentText() == "Member State"

    wizard.next()
    page = wizard.validation_page
    qtbot.waitUntil(page.isComplete, timeout=5000)
    # Amélie's e-mail has no top-level domain: listed, with the reason by the cell.
    assert page.table.rowCount() == 1
    assert page.table.item(0, page.NUMBER).text() == "5"
    assert "Not a valid e-mail address" in page.table.item(0, page.table.columnCount() - 1).text()
    email_column = 2 + page._fields.index("email")
    page.table.item(0, email_column).setText("amelie.dubois@numerique.example")
    assert page.table.item(0, page.table.columnCount() - 1).text() == "Corrected: will be imported"
    assert "6 ready to import" in page.summary_label.text()

    wizard.next()
    assert wizard.currentPage() is wizard.duplicates_page
    assert "No duplicates" in wizard.duplicates_page.summary_label.text()
    assert "add: 6," in wizard.duplicates_page.plan_label.text()

    wizard.next()  # "Import"
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10000)
    assert "Added: 6" in wizard.summary_page.counts_label.text()

    with database.reading() as session:
        contacts = {c.full_name: c for c in session.scalars(select(Contact))}
        assert set(contacts) == {
            "José PÉREZ",
            "Amélie Dubois",
            "مُحَمَّد الحَسَن",
            "Наталья Кузнецова",
            "王芳",
            "Anna Meier",
        }
        assert contacts["Anna Meier"].phone == "+41227305111"
        assert contacts["Amélie Dubois"].phone == "+33140506070"
        assert contacts["Amélie Dubois"].email == "amelie.dubois@numerique.example"
        assert contacts["王芳"].member_state.iso_alpha3 == "CHN"
        batch = session.scalar(select(ImportBatch))
        assert batch.rows_added == 6
        assert {c.import_batch_id for c in contacts.values()} == {batch.id}

    # The report lists the total row that was left out.
    report = tmp_path / "left out.xlsx"
    dialogs.answer(QFileDialog, "getSaveFileName", (str(report), ""))
    wizard.summary_page.report_button.click()
    qtbot.waitUntil(lambda: wizard.summary_page.report_path is not None, timeout=5000)
    sheet = load_workbook(report).worksheets[0]
    assert any("Total" in str(cell.value) for row in sheet.iter_rows() for cell in row)

    # Undo from the summary removes the whole batch.
    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    wizard.summary_page.undo_button.click()
    assert count(database, Contact) == 0
    assert "6 contacts removed" in wizard.summary_page.result_label.text()


def test_cancel_midway_leaves_the_database_untouched(
    qtbot, wizard, tmp_path, database, monkeypatch
):
    rows = "\n".join(f"Person {n};France;person{n}@mail.example" for n in range(60))
    path = tmp_path / "many.csv"
    path.write_text(f"Name;Country;E-mail\n{rows}\n", encoding="utf-8")
    monkeypatch.setattr(contact_import, "CHUNK_ROWS", 10)
    reached, resume = threading.Event(), threading.Event()
    real_commit = contact_import.commit_import

    def commit_that_pauses(database, plan, *, progress, cancelled, **kwargs):
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done >= 20 and not reached.is_set():
                # 20 rows are written in the transaction: the officer presses Cancel now.
                reached.set()
                resume.wait(5)

        return real_commit(database, plan, progress=report, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(run_page, "commit_import", commit_that_pauses)
    go_to_rows(qtbot, wizard, path)
    wizard.next()
    wizard.next()  # "Import"
    qtbot.waitUntil(reached.is_set, timeout=5000)
    assert wizard.run_page.is_running()
    wizard.run_page.cancel_button.click()
    resume.set()
    qtbot.waitUntil(lambda: not wizard.run_page.is_running(), timeout=5000)
    assert wizard.run_page.was_cancelled
    assert "nothing was added or changed" in wizard.run_page.status_label.text()
    assert wizard.currentPage() is wizard.run_page
    assert count(database, Contact) == 0
    assert count(database, ImportBatch) == 0


def test_a_bad_file_gets_a_clear_message_and_no_next(qtbot, wizard, tmp_path, database):
    path = tmp_path / "contacts.xlsx"
    path.write_bytes(b"%PDF-1.4 this is not a workbook")
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.source_page.is_reading(), timeout=5000)
    assert not wizard.source_page.isComplete()
    assert wizard.source_page.error
    assert wizard.source_page.status_label.text() == wizard.source_page.error
    assert count(database, Contact) == 0


def test_encoding_choice_changes_the_preview(qtbot, wizard, tmp_path):
    path = tmp_path / "arabic.csv"
    path.write_bytes("الاسم,البلد\nمحمد,الأردن\n".encode("cp1256"))
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    source = wizard.source_page
    qtbot.waitUntil(source.isComplete, timeout=5000)
    assert source.table.encoding == "cp1256"
    assert source.model.index(1, 0).data() == "محمد"
    source.encoding_combo.setCurrentIndex(source.encoding_combo.findData("cp1252"))
    qtbot.waitUntil(lambda: not source.is_reading(), timeout=5000)
    assert source.table.encoding == "cp1252"
    assert source.model.index(1, 0).data() != "محمد"  # as the officer would see: mojibake


def test_duplicates_can_be_merged_per_row(qtbot, wizard, tmp_path, database):
    with database.writing() as session:
        state = session.scalar(select(MemberState).where(MemberState.iso_alpha3 == "ESP"))
        create_contact(
            session,
            {
                "full_name": "José Pérez",
                "member_state_id": state.id,
                "email": "jose@mineco.example",
            },
        )
    path = tmp_path / "dup.csv"
    path.write_text(
        "Name,Country,E-mail,Position\n"
        "José Pérez,Spain,JOSE@mineco.example,Minister\n"
        "Ana López,Spain,ana@mineco.example,Director\n",
        encoding="utf-8",
    )
    go_to_rows(qtbot, wizard, path)
    wizard.next()
    page = wizard.duplicates_page
    assert page.table.rowCount() == 1
    assert "José Pérez, in the database" in page.table.item(0, page.SAME_AS).text()
    assert "e-mail" in page.table.item(0, page.REASON).text()
    combo = page.action_combo(2)
    combo.setCurrentIndex(combo.findData(RowAction.MERGE.value))
    assert "add: 1," in page.plan_label.text()
    assert "merge: 1," in page.plan_label.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10000)
    with database.reading() as session:
        jose = session.scalar(select(Contact).where(Contact.full_name == "José Pérez"))
        assert jose.position == "Minister"  # the blank was filled
        assert count(database, Contact) == 2


def test_mapping_saved_by_name_and_applied_again(qtbot, wizard, csv_file, database, dialogs):
    wizard.file_page.path_edit.setText(str(csv_file))
    wizard.next()
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=5000)
    wizard.next()
    page = wizard.mapping_page
    page.field_combo(3).setCurrentIndex(page.field_combo(3).findData("phone_mobile"))
    dialogs.answer(QInputDialog, "getText", ("French ministers", True))
    page.save_button.click()
    with database.reading() as session:
        saved = session.scalar(select(SavedMapping))
        assert saved.name == "French ministers"
    page.field_combo(3).setCurrentIndex(0)  # left out
    page.apply_button.click()
    assert wizard.state.mapping.field_of(3) == "phone_mobile"
    assert wizard.state.mapping_name == "French ministers"


def test_without_a_name_column_the_mapping_page_says_so(qtbot, wizard, csv_file):
    wizard.file_page.path_edit.setText(str(csv_file))
    wizard.next()
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=5000)
    wizard.next()
    page = wizard.mapping_page
    page.field_combo(0).setCurrentIndex(0)
    assert not page.isComplete()
    assert "names" in page.problem_label.text()
