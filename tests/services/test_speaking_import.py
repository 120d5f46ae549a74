"""Importing the online form's export of speaking requests through the import engine's reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from liaison_app.domain.enums import (
    AttendanceMode,
    IncomingChannel,
    LevelOfRepresentation,
    SpeakingRequestStatus,
)
from liaison_app.domain.models import AuditEntry, ImportBatch, MemberState, SpeakingRequest
from liaison_app.errors import UserError
from liaison_app.services import speaking
from liaison_app.services.speaking_import import (
    commit_speaking_import,
    parse_level,
    parse_mode,
    prepare_speaking_import,
)
from liaison_app.storage.database import Database
from tests.services.speaking_data import (
    build_demo_template,
    demo_request,
    demo_session,
    open_demo_copy,
    wsis_event_id,
)

L = LevelOfRepresentation


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_template(tmp_path_factory.mktemp("speaking-import-demo"))


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = open_demo_copy(demo_template, tmp_path)
    yield database
    database.dispose()


def egypt_received(database: Database) -> str:
    with database.reading() as session:
        moment = session.get(SpeakingRequest, demo_request("EGY/minister")).received_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def form_export(path: Path, rows: list[list[str]]) -> Path:
    """An xlsx as the form tool exports it: a title row, the header, the answers."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["WSIS Forum 2022 — speaking slot requests (export)"])
    sheet.append(
        [
            "Timestamp",
            "Country",
            "Name of speaker",
            "Title / Position",
            "Level of representation",
            "Participation",
            "Preferred sessions",
            "Comments",
        ]
    )
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_form_export_adds_the_good_rows_and_explains_the_others(demo, tmp_path):
    path = form_export(
        tmp_path / "form.xlsx",
        [
            ["2022-04-14 09:30", "Jordan", "Ahmad Hanandeh", "Minister of Digital Economy",
             "Minister", "In person", "HLPS-8, 9", "Arrives 30 May"],
            ["2022-04-14 11:02", "Kenya", "Joe Mucheru", "Cabinet Secretary", "Minster",
             "Remote", "", ""],
            ["2022-04-14 12:00", "Atlantis", "Nobody", "", "Minister", "", "", ""],
            [egypt_received(demo), "Egypt", "Karim Adel Mansour", "", "Minister", "", "", ""],
            ["14/04/2022 15:45", "Côte d’Ivoire", "Someone", "", "H.E. Ambassador", "online",
             "Session 11", ""],
        ],
    )  # fmt: skip
    event_id = wsis_event_id(demo)
    plan = prepare_speaking_import(demo, path, event_id)
    assert [row.number for row in plan.to_add] == [3, 7]
    assert [row.number for row in plan.duplicates] == [6]
    problems = {row.number: [p.localized("en") for p in row.problems] for row in plan.rejected}
    assert problems == {
        4: ["Level of representation not recognised: Minster"],
        5: ["Country not recognised: Atlantis"],
    }
    with demo.reading() as session:
        before = session.scalar(select(func.count()).select_from(SpeakingRequest))

    outcome = commit_speaking_import(demo, plan, actor="officer")
    assert (outcome.added, outcome.skipped, outcome.rejected) == (2, 1, 2)
    with demo.reading() as session:
        assert session.scalar(select(func.count()).select_from(SpeakingRequest)) == before + 2
        jordan = session.scalars(
            select(SpeakingRequest)
            .join(MemberState, SpeakingRequest.member_state_id == MemberState.id)
            .where(MemberState.iso_alpha3 == "JOR")
        ).one()
        assert (jordan.speaker_name, jordan.level, jordan.mode) == (
            "Ahmad Hanandeh",
            L.MINISTER,
            AttendanceMode.IN_PERSON,
        )
        assert jordan.channel is IncomingChannel.ONLINE_FORM
        assert jordan.status is SpeakingRequestStatus.REQUESTED
        assert [p.session_id for p in jordan.preferences] == [demo_session(8), demo_session(9)]
        assert jordan.received_at.astimezone().strftime("%Y-%m-%d %H:%M") == "2022-04-14 09:30"
        batch = session.get(ImportBatch, outcome.batch_id)
        assert (batch.rows_read, batch.rows_added, batch.rows_rejected) == (5, 2, 2)
        created = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == jordan.id)).one()
        assert created.import_batch_id == batch.id
    # The imported requests are allocated like the others.
    with demo.writing() as session:
        speaking.allocate(session, event_id)
    with demo.reading() as session:
        assert session.get(SpeakingRequest, jordan.id).session_id == demo_session(8)


def test_importing_the_same_export_twice_adds_nothing(demo, tmp_path):
    path = form_export(
        tmp_path / "form.xlsx",
        [["2022-04-14 09:30", "JOR", "Ahmad Hanandeh", "", "Minister", "", "", ""]],
    )
    event_id = wsis_event_id(demo)
    commit_speaking_import(demo, prepare_speaking_import(demo, path, event_id))
    again = prepare_speaking_import(demo, path, event_id)
    assert again.to_add == []
    assert len(again.duplicates) == 1


def test_a_french_csv_export_is_read_too(demo, tmp_path):
    path = tmp_path / "formulaire.csv"
    path.write_text(
        "Horodateur;Pays;Nom de l'orateur;Niveau de représentation;Participation\n"
        "2022-04-13 10:00;Maroc;Salma Benali;Ministre;En personne\n",
        encoding="utf-8",
    )
    plan = prepare_speaking_import(demo, path, wsis_event_id(demo))
    # Morocco's Minister is already on the list at another minute: a new request, not a copy.
    assert [row.draft.speaker_name for row in plan.to_add] == ["Salma Benali"]
    assert plan.to_add[0].draft.level is L.MINISTER


def test_a_file_that_is_not_a_form_export_is_refused(demo, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,E-mail\nA,a@example.org\n", encoding="utf-8")
    with pytest.raises(UserError, match="no column for member_state"):
        prepare_speaking_import(demo, path, wsis_event_id(demo))


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Minister", L.MINISTER),
        ("ministre", L.MINISTER),
        ("وزير", L.MINISTER),
        ("副部长", L.VICE_MINISTER),
        ("Secretary of State", L.VICE_MINISTER),
        ("Permanent Representative", L.AMBASSADOR),
        ("Prime Minister", L.HEAD_OF_GOVERNMENT),
        ("Deputy Prime Minister", L.DEPUTY_PRIME_MINISTER),
        ("Minister of ICT", L.MINISTER),
    ],
)
def test_levels_are_read_in_the_six_languages_and_the_forms_words(text, level):
    assert parse_level(text) is level


def test_modes_are_read_and_an_empty_mode_is_in_person():
    assert parse_mode("") is AttendanceMode.IN_PERSON
    assert parse_mode("Online") is AttendanceMode.REMOTE
    assert parse_mode("عن بُعد") is AttendanceMode.REMOTE
    assert parse_mode("sometimes") is None
