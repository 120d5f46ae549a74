"""Importing contacts: the pipeline, duplicates in each mode, one batch, cancel, undo, report."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from liaison_app.cli import run
from liaison_app.domain.enums import AuditAction, Gender, LevelOfRepresentation, OrganizationType
from liaison_app.domain.models import AuditEntry, Contact, ImportBatch, MemberState, Organization
from liaison_app.errors import UserError
from liaison_app.services import contact_import
from liaison_app.services.contact_import import (
    ImportCancelled,
    RowAction,
    commit_import,
    find_duplicates,
    load_mapping,
    plan_import,
    prepare_import,
    save_mapping,
    undo_import,
    validate_rows,
    write_import_report,
)
from liaison_app.services.contacts import count_contacts, create_contact, update_contact
from liaison_app.services.member_state_lookup import MemberStateIndex
from liaison_app.spreadsheets.column_mapping import ColumnMapping, suggest_mapping
from liaison_app.spreadsheets.table_reader import read_table

ARABIC_LIST = [
    ["الاسم", "البلد", "البريد الإلكتروني", "الهاتف", "المنصب", "المستوى"],
    [
        "السيد أحمد الخالدي",
        "الأردن",
        "a.khalidi@modee.gov.jo",
        "06 200 1234",
        "وزير الاقتصاد الرقمي",
        "وزير",
    ],
    ["السيدة فاطمة الزهراء", "مصر", "fatima@mcit.gov.eg", "", "نائبة وزير", "نائب وزير"],
    ["أحمد الخالدي", "الاردن", "A.Khalidi@MODEE.gov.jo", "", "", ""],  # the same minister again
    ["", "مصر", "nobody@", "", "", ""],  # no name, bad e-mail
    ["المجموع", "3"],
]


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _xlsx(path: Path, rows: list[list], title: str | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
        ws.append([])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _state(session, alpha3):
    return session.scalar(select(MemberState).where(MemberState.iso_alpha3 == alpha3))


def _plan(database, path, on_duplicate="skip", **options):
    return prepare_import(database, path, on_duplicate=on_duplicate, **options)


def test_arabic_windows_1256_csv_end_to_end(database, tmp_path):
    path = _csv(tmp_path / "وزراء.csv", ARABIC_LIST, encoding="cp1256")
    plan = _plan(database, path, on_duplicate="merge")
    assert plan.encoding == "cp1256"
    counts = plan.counts()
    assert (counts.read, counts.added, counts.merged, counts.rejected) == (4, 2, 1, 1)
    rejected = next(row for row in plan.rows if row.action is RowAction.REJECT)
    assert rejected.number == 5
    assert set(rejected.problems) == {"full_name", "email"}

    outcome = commit_import(database, plan)
    with database.reading() as session:
        contacts = {c.email: c for c in session.scalars(select(Contact))}
        assert set(contacts) == {"a.khalidi@modee.gov.jo", "fatima@mcit.gov.eg"}
        ahmad = contacts["a.khalidi@modee.gov.jo"]
        assert ahmad.full_name == "أحمد الخالدي"  # "السيد" became the form of address
        assert ahmad.gender is Gender.MALE
        assert ahmad.member_state.iso_alpha3 == "JOR"
        assert ahmad.phone == "+96262001234"  # national number read as Jordanian
        assert ahmad.level is LevelOfRepresentation.MINISTER
        assert ahmad.import_batch_id == outcome.batch_id
        fatima = contacts["fatima@mcit.gov.eg"]
        assert fatima.level is LevelOfRepresentation.VICE_MINISTER
        assert fatima.gender is Gender.FEMALE
        batch = session.get(ImportBatch, outcome.batch_id)
        assert (batch.rows_read, batch.rows_added, batch.rows_rejected) == (4, 2, 1)
        assert batch.source_name == "وزراء.csv"
        assert count_contacts(session, search="احمد الخالدي") == 1  # folded search works at once


@pytest.fixture
def stored_minister(database):
    with database.writing() as session:
        jordan = _state(session, "JOR")
        contact = create_contact(
            session,
            {
                "full_name": "Ahmad Al-Khalidi",
                "member_state_id": jordan.id,
                "email": "a.khalidi@modee.gov.jo",
                "position": "Minister",
                "level": "minister",
            },
            actor="officer",
        )
    return contact.id


FILE_ROWS = [
    ["Name", "Country", "E-mail", "Phone", "Position", "Organization"],
    [
        "Ahmad AL-KHALIDI",
        "Jordan",
        "A.Khalidi@modee.gov.jo",
        "+962 6 200 1234",
        "Minister of Digital Economy",
        "Ministry of Digital Economy",
    ],
    ["Amina Diallo", "Senegal", "amina@gouv.sn", "", "Ministre", "Ministère de la Communication"],
    ["Amina DIALLO", "Sénégal", "", "+221 30 101 23 45", "Ministre de la Communication", ""],
]


def test_duplicates_skipped(database, tmp_path, stored_minister):
    plan = _plan(database, _xlsx(tmp_path / "list.xlsx", FILE_ROWS), "skip")
    assert [row.action for row in plan.rows] == [RowAction.SKIP, RowAction.ADD, RowAction.SKIP]
    assert plan.rows[0].duplicate_of_contact == stored_minister
    assert plan.rows[0].duplicate_reason == "same e-mail"
    assert plan.rows[2].duplicate_of_row == 3  # the same person twice in the file
    assert plan.rows[2].duplicate_reason == "same name and member state"
    commit_import(database, plan)
    with database.reading() as session:
        stored = session.get(Contact, stored_minister)
        assert (stored.position, stored.phone) == ("Minister", None)
        assert session.scalar(select(func.count()).select_from(Contact)) == 2


def test_duplicates_updated(database, tmp_path, stored_minister):
    plan = _plan(database, _xlsx(tmp_path / "list.xlsx", FILE_ROWS), "update")
    assert [row.action for row in plan.rows] == [RowAction.UPDATE, RowAction.ADD, RowAction.UPDATE]
    outcome = commit_import(database, plan)
    with database.reading() as session:
        stored = session.get(Contact, stored_minister)
        assert stored.position == "Minister of Digital Economy"  # the file's value wins
        assert stored.phone == "+96262001234"
        assert stored.full_name == "Ahmad Al-Khalidi"  # the same name in capitals: no change
        assert stored.email == "a.khalidi@modee.gov.jo"  # nor an e-mail in another case
        assert (stored.given_name, stored.family_name) == ("Ahmad", "AL-KHALIDI")
        assert stored.organization.name == "Ministry of Digital Economy"
        assert stored.organization.type is OrganizationType.MINISTRY
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_id == stored_minister, AuditEntry.action == AuditAction.UPDATE
            )
        ).all()
        assert {e.field for e in entries} == {
            "position",
            "phone",
            "organization_id",
            "given_name",
            "family_name",
        }
        assert all(e.import_batch_id == outcome.batch_id for e in entries)
        amina = session.scalar(select(Contact).where(Contact.email == "amina@gouv.sn"))
        # Row 4 updated row 3 before it was added: later non-blank values win.
        assert amina.position == "Ministre de la Communication"
        assert amina.phone == "+221301012345"
        assert amina.full_name == "Amina DIALLO"
        assert session.scalar(select(func.count()).select_from(Contact)) == 2


def test_duplicates_merged_field_by_field(database, tmp_path, stored_minister):
    plan = _plan(database, _xlsx(tmp_path / "list.xlsx", FILE_ROWS), "merge")
    assert [row.action for row in plan.rows] == [RowAction.MERGE, RowAction.ADD, RowAction.MERGE]
    # Blanks only: the phone, the organization, and the names split from "Ahmad AL-KHALIDI".
    assert set(plan.rows[0].changes) == {"phone", "organization", "given_name", "family_name"}
    commit_import(database, plan)
    with database.reading() as session:
        stored = session.get(Contact, stored_minister)
        assert stored.position == "Minister"  # kept: it was not blank
        assert stored.phone == "+96262001234"  # filled: it was
        amina = session.scalar(select(Contact).where(Contact.email == "amina@gouv.sn"))
        assert amina.position == "Ministre"  # the first row's value kept
        assert amina.phone == "+221301012345"  # the second row filled the blank
        assert amina.full_name == "Amina Diallo"


def test_merge_can_be_told_to_overwrite_some_fields(database, tmp_path, stored_minister):
    table = read_table(_xlsx(tmp_path / "list.xlsx", FILE_ROWS))
    mapping = suggest_mapping(table.headers)
    with database.reading() as session:
        rows = validate_rows(table, mapping, MemberStateIndex.load(session))
        find_duplicates(session, rows)
        plan = plan_import(
            session, table, mapping, rows, on_duplicate="merge", overwrite_fields={"position"}
        )
    assert plan.rows[0].changes["position"] == ("Minister", "Minister of Digital Economy")


def test_per_row_choice_overrides_the_mode(database, tmp_path, stored_minister):
    table = read_table(_xlsx(tmp_path / "list.xlsx", FILE_ROWS))
    mapping = suggest_mapping(table.headers)
    with database.reading() as session:
        rows = validate_rows(table, mapping, MemberStateIndex.load(session))
        find_duplicates(session, rows)
        plan = plan_import(
            session,
            table,
            mapping,
            rows,
            on_duplicate="skip",
            actions={2: RowAction.UPDATE, 4: RowAction.ADD},  # row 4: a namesake, not a double
        )
    assert [row.action for row in plan.rows] == [RowAction.UPDATE, RowAction.ADD, RowAction.ADD]
    commit_import(database, plan)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 3


def test_a_row_fixed_in_the_preview_is_checked_again(database, tmp_path):
    table = read_table(
        _csv(
            tmp_path / "list.csv",
            [["Name", "Country", "E-mail"], ["Ana Pérez", "Atlantis", "ana@"]],
        )
    )
    with database.reading() as session:
        index = MemberStateIndex.load(session)
    (row,) = validate_rows(table, suggest_mapping(table.headers), index)
    assert set(row.problems) == {"member_state", "email"}
    fixed = contact_import.validate_row(
        row.number, {**row.source, "member_state": "Chile", "email": "ana@gob.cl"}, index
    )
    assert fixed.ok
    assert index.get(fixed.values["member_state_id"]).iso_alpha3 == "CHL"


def test_the_whole_import_is_one_transaction_and_cancel_leaves_nothing(
    database, tmp_path, monkeypatch
):
    monkeypatch.setattr(contact_import, "CHUNK_ROWS", 10)
    rows = [["Name", "Country", "E-mail"]] + [
        [f"Person {n}", "France", f"p{n}@gouv.fr"] for n in range(50)
    ]
    plan = _plan(database, _csv(tmp_path / "many.csv", rows))
    seen = []

    def cancelled():
        return len(seen) >= 2  # Cancel pressed once the first chunk was reported

    with pytest.raises(ImportCancelled):
        commit_import(
            database, plan, progress=lambda d, t: seen.append((d, t)), cancelled=cancelled
        )
    assert seen[-1] == (10, 50)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0

    outcome = commit_import(database, plan, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (50, 50)
    assert outcome.counts.added == 50


def test_dry_run_changes_nothing(database, tmp_path):
    plan = _plan(database, _xlsx(tmp_path / "list.xlsx", FILE_ROWS))
    outcome = commit_import(database, plan, dry_run=True)
    assert outcome.batch_id is None
    assert outcome.counts.added == 2
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
        assert session.scalar(select(func.count()).select_from(Organization)) == 0


def test_undo_removes_what_was_added_and_reverts_what_was_changed(
    database, tmp_path, stored_minister
):
    plan = _plan(database, _xlsx(tmp_path / "list.xlsx", FILE_ROWS), "update")
    outcome = commit_import(database, plan)
    with database.writing() as session:  # an officer edits a field after the import
        amina = session.scalar(select(Contact).where(Contact.email == "amina@gouv.sn"))
        assert amina is not None
        update_contact(session, stored_minister, {"phone": "+962 6 200 9999"})
    undone = undo_import(database, outcome.batch_id, actor="officer")
    assert undone.removed == 1  # Amina, added by the import
    assert undone.kept == 1  # the phone edited since keeps its newer value
    assert undone.reverted == 4  # position, organization, given and family names
    with database.reading() as session:
        stored = session.get(Contact, stored_minister)
        assert stored.position == "Minister"
        assert stored.organization_id is None
        assert stored.phone == "+96262009999"
        assert session.scalar(select(func.count()).select_from(Contact)) == 1
        assert session.scalar(select(func.count()).select_from(Organization)) == 0
        assert session.get(ImportBatch, outcome.batch_id).undone_at is not None
        assert count_contacts(session, search="digital") == 0
    with pytest.raises(UserError, match="undone already"):
        undo_import(database, outcome.batch_id)


def test_report_lists_every_row_left_out_with_its_reasons(database, tmp_path):
    path = _csv(tmp_path / "list.csv", ARABIC_LIST)
    plan = _plan(database, path, "skip")
    report = write_import_report(tmp_path / "left-out.xlsx", plan)
    ws = load_workbook(report).worksheets[0]
    rows = [[cell.value for cell in row] for row in ws.iter_rows()]
    assert rows[0][:4] == ["Row", "Outcome", "Reasons", "الاسم"]
    by_row = {row[0]: row for row in rows[1:]}
    assert set(by_row) == {4, 5, 6}
    assert by_row[4][1] == "Skipped"
    assert "Duplicate of row 2 (same e-mail)" in by_row[4][2]
    assert by_row[5][1] == "Rejected"
    assert "Full name: A name is required." in by_row[5][2]
    assert "E-mail: Not a valid e-mail address: nobody@" in by_row[5][2]
    assert by_row[5][5] == "nobody@"  # the row's own cells, as they were
    assert "not a person" in by_row[6][2]


def test_mappings_are_saved_by_name_and_reused(database, tmp_path):
    headers = ["Delegate", "State", "Contact"]
    mapping = ColumnMapping({0: "full_name", 1: "member_state", 2: "email"})
    with database.writing() as session:
        save_mapping(session, "ITU delegates", mapping, headers)
    with database.reading() as session:
        assert load_mapping(session, "ITU delegates")["columns"]["Contact"] == "email"
        with pytest.raises(UserError, match="No saved mapping is named Other"):
            load_mapping(session, "Other")
    path = _csv(tmp_path / "delegates.csv", [headers, ["Li Wei", "China", "li@x.cn"]])
    plan = _plan(database, path, mapping_name="ITU delegates")
    assert plan.counts().added == 1
    assert plan.rows[0].values["email"] == "li@x.cn"


# ---------------------------------------------------------------------------------------------
# Command line


def _cli(database_path, *args):
    return run(["--database", str(database_path), "import", "contacts", *map(str, args)])


def test_cli_prints_the_summary_and_writes_the_report(database, database_path, tmp_path, capsys):
    path = _xlsx(tmp_path / "list.xlsx", FILE_ROWS, title="WSIS Forum 2022 — ministers")
    report = tmp_path / "out.xlsx"
    assert _cli(database_path, path, "--on-duplicate", "merge", "--report", report) == 0
    out = capsys.readouterr().out
    assert "header on row 3" in out
    assert "Added 2, updated 0, merged 1, skipped 0, rejected 0." in out
    assert report.exists()
    assert _cli(database_path, path, "--on-duplicate", "merge") == 0  # again: nothing new
    assert "Added 0, updated 0, merged 3" in capsys.readouterr().out
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 2


def test_cli_dry_run(database, database_path, tmp_path, capsys):
    assert _cli(database_path, _xlsx(tmp_path / "l.xlsx", FILE_ROWS), "--dry-run") == 0
    assert "Dry run: nothing was saved." in capsys.readouterr().out
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.4 not a sheet", "is not an Excel workbook"),
        (b"", "is empty"),
        (b"PK\x03\x04truncated", "damaged or incomplete"),
    ],
)
def test_cli_bad_file_exit_2_one_line_nothing_created(tmp_path, capsys, content, message):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    database_path = tmp_path / "never.sqlite3"
    assert _cli(database_path, path) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert not database_path.exists()


def test_cli_refuses_a_file_without_name_column(tmp_path, capsys):
    path = _csv(tmp_path / "x.csv", [["Country", "E-mail"], ["Chile", "a@b.cl"]])
    assert _cli(tmp_path / "db.sqlite3", path) == 2
    assert "could be recognised as the names" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# Property: what goes out as a spreadsheet comes back in unchanged.

_NAME = st.text(
    alphabet=st.sampled_from(
        [
            *"abcdefghijklmnopqrstuvwxyzÀÉÎÕÜßçñøłАБВГДЁЖЙЯабвгдёжйяابتثجحخدذرزسشةىءأإآ习近平王李张",
            " ",
        ]
    ),
    min_size=1,
    max_size=20,
).filter(lambda s: any(ch.isalpha() for ch in s))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(names=st.lists(_NAME, min_size=1, max_size=8), as_xlsx=st.booleans())
def test_names_come_back_unchanged(tmp_path_factory, names, as_xlsx):
    from liaison_app.services.setup import prepare_database
    from liaison_app.storage.location import resolve_database_url
    from liaison_app.storage.opening import open_database

    folder = tmp_path_factory.mktemp("roundtrip")
    database = open_database(resolve_database_url(str(folder / "db.sqlite3"))).database
    try:
        prepare_database(database)
        rows = [["Name", "Notes"]] + [[name, f"n{i}"] for i, name in enumerate(names)]
        path = _xlsx(folder / "n.xlsx", rows) if as_xlsx else _csv(folder / "n.csv", rows)
        table = read_table(path)
        mapping = ColumnMapping({0: "full_name", 1: "notes"}, split_full_name=False)
        with database.reading() as session:
            checked = validate_rows(table, mapping, MemberStateIndex.load(session))
            find_duplicates(session, checked)
            plan = plan_import(session, table, mapping, checked, on_duplicate="skip")
        # Names that fold alike are one person: the first is kept, the others skipped.
        commit_import(database, plan)
        with database.reading() as session:
            stored = dict(session.execute(select(Contact.notes, Contact.full_name)).all())
        for row in plan.rows:
            if row.action is RowAction.ADD:
                name = names[int(row.values["notes"][1:])]
                assert stored[row.values["notes"]] == " ".join(name.split())
        assert len(stored) == plan.counts().added
    finally:
        database.dispose()
