"""`liaison-app export`: one line with the path and the rows; bad input exits 2, writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from liaison_app.cli import EXIT_OK, EXIT_USER_ERROR, run
from liaison_app.services.demo import create_demo_database
from liaison_app.storage.location import resolve_database_url


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_database(resolve_database_url(str(path)))
    return path


def call(capsys, *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", ["contacts", "invitations", "speakers", "partnerships"])
def test_each_list_exports(capsys, demo_path, tmp_path, kind):
    out_file = tmp_path / f"{kind}.xlsx"
    code, out, err = call(capsys, "--database", str(demo_path), "export", kind, str(out_file))
    assert (code, err) == (EXIT_OK, "")
    assert out.count("\n") == 1
    assert str(out_file) in out
    rows = sum(s.max_row - 1 for s in load_workbook(out_file).worksheets)
    assert f"Exported {rows} rows to" in out


def test_event_report_in_the_chosen_language(capsys, demo_path, tmp_path):
    out_file = tmp_path / "report.xlsx"
    code, out, _ = call(
        capsys,
        "--database", str(demo_path),
        "export", "event-report", str(out_file), "--event", "WSIS-2022", "--language", "es",
    )  # fmt: skip
    assert code == EXIT_OK
    book = load_workbook(out_file)
    assert book.sheetnames[0] == "Resumen"
    assert "Resumen:" in out


def test_the_interface_language_is_the_default(capsys, demo_path, tmp_path):
    out_file = tmp_path / "c.xlsx"
    code, _, _ = call(
        capsys,
        "--database",
        str(demo_path),
        "--language",
        "ru",
        "export",
        "contacts",
        str(out_file),
    )
    assert code == EXIT_OK
    assert load_workbook(out_file).sheetnames == ["Контакты"]


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing/out.xlsx", "does not exist"),
        ("out.csv", "must end in .xlsx"),
    ],
)
def test_an_unwritable_target_exits_2_with_one_line(capsys, demo_path, tmp_path, target, message):
    code, out, err = call(
        capsys, "--database", str(demo_path), "export", "contacts", str(tmp_path / target)
    )
    assert code == EXIT_USER_ERROR
    assert out == ""
    assert err.count("\n") == 1
    assert message in err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_event_exits_2_naming_the_known_ones(capsys, demo_path, tmp_path):
    code, _, err = call(
        capsys,
        "--database", str(demo_path),
        "export", "speakers", str(tmp_path / "s.xlsx"), "--event", "NOPE",
    )  # fmt: skip
    assert code == EXIT_USER_ERROR
    assert err.strip() == "liaison-app: There is no event NOPE. Known events: WSIS-2022."


def test_exporting_from_a_missing_database_creates_nothing(capsys, tmp_path):
    database = tmp_path / "absent.sqlite3"
    code, _, err = call(
        capsys, "--database", str(database), "export", "contacts", str(tmp_path / "c.xlsx")
    )
    assert code == EXIT_USER_ERROR
    assert "does not exist" in err
    assert list(tmp_path.iterdir()) == []
