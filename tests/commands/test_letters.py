"""`liaison-app letters pack`: the demo's invitation pack; bad input exits 2 and writes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from liaison_app.cli import EXIT_OK, EXIT_USER_ERROR, run
from liaison_app.domain.enums import LevelOfRepresentation
from liaison_app.domain.models import Contact, Invitation, Letter
from liaison_app.services.demo import create_demo_database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database
from tests.letters.pdf_text import contains_run, one_line, page_count, pdf_text, tokens


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_database(resolve_database_url(str(path)))
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy per test: packs add rows to the register."""
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    return path


def call(capsys, *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def registered(path: Path) -> list[Letter]:
    opened = open_database(resolve_database_url(str(path)), create=False)
    try:
        with opened.database.reading() as session:
            return list(session.scalars(select(Letter)))
    finally:
        opened.database.dispose()


def test_the_demo_yields_an_invitation_for_every_invited_member_state(capsys, demo_path, tmp_path):
    out, each = tmp_path / "pack.pdf", tmp_path / "each"
    code, stdout, stderr = call(
        capsys, "--database", str(demo_path), "letters", "pack", "--kind", "invitation",
        "--out", str(out), "--each", str(each),
    )  # fmt: skip
    assert (code, stderr) == (EXIT_OK, "")
    assert stdout.count("\n") == 1
    assert "Generated 60 letters" in stdout
    opened = open_database(resolve_database_url(str(demo_path)), create=False)
    with opened.database.reading() as session:
        # The State's language of correspondence, or the preferred language of its minister.
        allowed = {
            i.member_state.iso_alpha3: {i.member_state.correspondence_language}
            for i in session.scalars(select(Invitation))
        }
        for contact in session.scalars(
            select(Contact).where(Contact.level == LevelOfRepresentation.MINISTER)
        ):
            if contact.member_state and contact.member_state.iso_alpha3 in allowed:
                allowed[contact.member_state.iso_alpha3].add(contact.preferred_language)
    opened.database.dispose()
    singles = {path.name.split("_")[1]: path for path in each.iterdir()}
    assert set(singles) == set(allowed)
    for iso3, path in singles.items():
        assert path.stem.split("_")[2] in allowed[iso3], iso3
    letters = registered(demo_path)
    assert len(letters) == 60
    assert f"({page_count(out)} pages)" in stdout
    # An Arabic letter: the circular's honorific and the signatory.
    algeria = pdf_text(singles["DZA"], arabic=True)
    words = tokens(algeria, arabic_pdf=True)
    assert contains_run(words, ["صاحب", "المعالي"])
    assert contains_run(words, ["هولين", "جاو"])
    assert contains_run(words, ["الأمين", "العام"])
    english = next(path for path in singles.values() if path.stem.endswith("_en"))
    assert "Houlin Zhao" in one_line(pdf_text(english))


def test_without_out_or_each_the_pack_goes_to_the_current_folder(
    capsys, demo_path, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    code, _stdout, _ = call(
        capsys, "--database", str(demo_path), "letters", "pack", "--kind", "thank_you"
    )
    assert code == EXIT_OK
    assert (tmp_path / "WSIS-2022_thank_you.pdf").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--kind", "postcard"], "postcard is not a kind of letter"),
        (["--kind", "invitation", "--event", "NOPE"], "There is no event NOPE"),
        (["--kind", "invitation", "--language", "de"], "de is not a letter language"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, demo_path, tmp_path, argv, message):
    out = tmp_path / "out"
    code, stdout, stderr = call(
        capsys, "--database", str(demo_path), "letters", "pack", *argv, "--out", str(out / "p.pdf")
    )
    assert code == EXIT_USER_ERROR
    assert stdout == ""
    assert stderr.count("\n") == 1
    assert message in stderr
    assert not out.exists()
    assert registered(demo_path) == []


def test_an_unwritable_path_exits_2(capsys, demo_path, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    code, _, stderr = call(
        capsys, "--database", str(demo_path), "letters", "pack", "--kind", "invitation",
        "--out", str(blocker / "pack.pdf"),
    )  # fmt: skip
    assert code == EXIT_USER_ERROR
    assert "Cannot write into" in stderr
    assert registered(demo_path) == []


def test_a_missing_database_exits_2(capsys, tmp_path):
    code, _, stderr = call(
        capsys, "--database", str(tmp_path / "none.sqlite3"), "letters", "pack",
        "--kind", "invitation", "--out", str(tmp_path / "p.pdf"),
    )  # fmt: skip
    assert code == EXIT_USER_ERROR
    assert stderr.count("\n") == 1
    assert not (tmp_path / "none.sqlite3").exists()
