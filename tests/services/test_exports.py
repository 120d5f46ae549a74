"""Every export of the demo database, opened again with openpyxl and checked cell by cell."""

from __future__ import annotations

import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from liaison_app.domain.enums import (
    InvitationStatus,
    PartnershipStage,
    SpeakingRequestStatus,
)
from liaison_app.domain.models import (
    Contact,
    Event,
    Invitation,
    PartnershipInquiry,
    SpeakingRequest,
)
from liaison_app.errors import UserError
from liaison_app.services.demo import create_demo_database
from liaison_app.services.exports import (
    ExportCancelled,
    contacts_sheet,
    export_workbook,
    write_sheets,
)
from liaison_app.services.labels import header, label
from liaison_app.services.partnerships import pipeline_totals, value_of
from liaison_app.storage.database import Database
from liaison_app.storage.location import resolve_database_url
from liaison_app.storage.opening import open_database

# The demo reads as of 22 April 2022, a week after the reply deadline of 15 April.
DEMO_TODAY = date(2022, 4, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo database, built once for the module; the exports only read it."""
    url = resolve_database_url(str(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    create_demo_database(url)
    opened = open_database(url)
    yield opened.database
    opened.database.dispose()


@pytest.fixture(scope="module")
def event(demo: Database) -> Event:
    with demo.reading() as session:
        return session.scalars(select(Event)).one()


def export(demo: Database, kind: str, tmp_path: Path, language: str = "en", **kw) -> Worksheet:
    path = tmp_path / f"{kind}-{language}.xlsx"
    export_workbook(demo, kind, path, language=language, today=DEMO_TODAY, **kw)
    return load_workbook(path)


def rows_of(sheet: Worksheet) -> list[dict[str, object]]:
    """Data rows as {header: value}."""
    headers = [c.value for c in sheet[1]]
    return [
        dict(zip(headers, row, strict=False))
        for row in sheet.iter_rows(min_row=2, values_only=True)
    ]


def midnight(day: date) -> datetime:
    """How openpyxl reads an Excel date back."""
    return datetime.combine(day, datetime.min.time())


def assert_is_a_list(sheet: Worksheet, columns: int) -> None:
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, columns).column_letter}{sheet.max_row}"
    assert all(c.font.bold for c in sheet[1])


# -- contacts --------------------------------------------------------------------------------


def without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def state_of(contact: Contact):
    """A contact's Member State: its own, else its organization's (as the export shows it)."""
    if contact.member_state is not None:
        return contact.member_state
    return contact.organization.member_state if contact.organization is not None else None


def test_contacts_every_contact_and_field(demo, tmp_path):
    sheet = export(demo, "contacts", tmp_path).worksheets[0]
    with demo.reading() as session:
        expected = {}
        for c in session.scalars(select(Contact)):
            state = state_of(c)
            expected[str(c.id)] = {
                "Name": c.full_name,
                "E-mail": c.email,
                "Telephone": c.phone,
                "Level of representation": label(c.level, "en") if c.level else None,
                "Member State": state.short_name_en if state else None,
                "ISO code": state.iso_alpha3 if state else None,
                "Organization": c.organization.name if c.organization else None,
            }
    assert sheet.title == "Contacts"
    assert_is_a_list(sheet, 24)
    rows = rows_of(sheet)
    assert len(rows) == len(expected)
    for row in rows:
        want = expected[row["Record ID"]]
        assert {k: row[k] for k in want} == want
    # Sorted by Member State as a reader sorts (Côte d'Ivoire before Cuba), those without last.
    states = [r["Member State"] for r in rows]
    named = [s for s in states if s]
    assert named == sorted(named, key=without_accents)
    assert states[: len(named)] == named


def test_contacts_phones_are_text_and_dates_are_dates(demo, tmp_path):
    sheet = export(demo, "contacts", tmp_path).worksheets[0]
    headers = [c.value for c in sheet[1]]
    phone, created = headers.index("Telephone") + 1, headers.index("Created") + 1
    phones = [
        sheet.cell(r, phone) for r in range(2, sheet.max_row + 1) if sheet.cell(r, phone).value
    ]
    assert phones
    for cell in phones:
        assert cell.data_type == "s"
        assert cell.value.startswith("+")  # E.164, readable as stored
        assert cell.number_format == "@"
    for row in range(2, sheet.max_row + 1):
        cell = sheet.cell(row, created)
        assert isinstance(cell.value, datetime)
        assert cell.number_format == "yyyy-mm-dd hh:mm"


@pytest.mark.parametrize(
    ("language", "sheet_name", "first_header"),
    [
        ("fr", "Contacts", "État membre"),
        ("ar", "جهات الاتصال", "الدولة العضو"),
        ("zh", "联系人", "成员国"),
        ("ru", "Контакты", "Государство-член"),
        ("es", "Contactos", "Estado Miembro"),
    ],
)
def test_contacts_in_each_language(demo, tmp_path, language, sheet_name, first_header):
    sheet = export(demo, "contacts", tmp_path, language).worksheets[0]
    assert sheet.title == sheet_name
    assert sheet["A1"].value == first_header
    assert sheet.sheet_view.rightToLeft is (language == "ar")
    with demo.reading() as session:
        names = {
            state.short_name(language)
            for c in session.scalars(select(Contact))
            if (state := state_of(c)) is not None
        }
    assert {r[0] for r in sheet.iter_rows(min_row=2, values_only=True)} - {None} == names


def test_contacts_selection_only(demo, tmp_path):
    with demo.reading() as session:
        ids = list(session.scalars(select(Contact.id).limit(3)))
        sheets = [contacts_sheet(session, "en", ids=ids)]
    result = write_sheets(tmp_path / "sel.xlsx", sheets, title="Selection", language="en")
    assert result.rows == 3
    sheet = load_workbook(result.path).worksheets[0]
    assert {r["Record ID"] for r in rows_of(sheet)} == {str(i) for i in ids}


# -- invitations -----------------------------------------------------------------------------


def test_invitations_one_row_each_with_its_reply(demo, event, tmp_path):
    sheet = export(demo, "invitations", tmp_path).worksheets[0]
    assert_is_a_list(sheet, 20)
    with demo.reading() as session:
        invitations = list(
            session.scalars(select(Invitation).where(Invitation.event_id == event.id))
        )
        by_state = {
            i.member_state.short_name_en: i for i in invitations if i.member_state is not None
        }
        expected = {}
        for name, i in by_state.items():
            reply = i.reply
            expected[name] = (
                label(i.status, "en"),
                i.sent_on,
                label(reply.decision, "en") if reply else None,
                len(reply.delegation) if reply else None,
            )
    rows = rows_of(sheet)
    assert len(rows) == len(invitations)
    seen = 0
    for row in rows:
        if row["Member State"] in expected and row["Contact person"] is None:
            status, sent_on, decision, size = expected[row["Member State"]]
            assert row["Status"] == status
            assert row["Sent on"] == (
                datetime.combine(sent_on, datetime.min.time()) if sent_on else None
            )
            assert row["Decision"] == decision
            assert row["Delegation size"] == size
            seen += 1
    assert seen >= 40


def test_invitation_dates_are_real_dates(demo, tmp_path):
    sheet = export(demo, "invitations", tmp_path).worksheets[0]
    headers = [c.value for c in sheet[1]]
    for name in ("Sent on", "Reply received", "Last reminder"):
        column = headers.index(name) + 1
        cells = [sheet.cell(r, column) for r in range(2, sheet.max_row + 1)]
        filled = [c for c in cells if c.value is not None]
        assert filled, name
        for cell in filled:
            assert isinstance(cell.value, datetime)
            assert cell.is_date
            assert cell.number_format == "yyyy-mm-dd"


def test_invitations_in_arabic_run_right_to_left_with_arabic_words(demo, tmp_path):
    sheet = export(demo, "invitations", tmp_path, "ar").worksheets[0]
    assert sheet.sheet_view.rightToLeft is True
    assert sheet.title == "الدعوات"
    assert [c.value for c in sheet[1]][:2] == ["الدولة العضو", "رمز ISO"]
    statuses = {r[7] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert statuses <= {label(s, "ar") for s in InvitationStatus}
    assert label(InvitationStatus.ACCEPTED, "ar") in statuses


# -- speakers --------------------------------------------------------------------------------


def test_speakers_by_session_in_order_then_the_waiting_list(demo, event, tmp_path):
    sheet = export(demo, "speakers", tmp_path).worksheets[0]
    assert_is_a_list(sheet, 10)
    rows = rows_of(sheet)
    with demo.reading() as session:
        requests = list(
            session.scalars(select(SpeakingRequest).where(SpeakingRequest.event_id == event.id))
        )
        placed = {
            r.speaker_name: r
            for r in requests
            if r.session is not None
            and r.status
            in (
                SpeakingRequestStatus.SCHEDULED,
                SpeakingRequestStatus.CONFIRMED,
                SpeakingRequestStatus.REQUESTED,
            )
        }
        waiting = [r for r in requests if r.status is SpeakingRequestStatus.WAITLISTED]
        for row in rows[: len(placed)]:
            request = placed[row["Speaker"]]
            minutes = request.slot_position * request.session.minutes_per_speaker
            start = datetime.combine(request.session.date, request.session.start_time)
            assert row["Start time"] == (start + timedelta(minutes=minutes)).time()
            assert row["Order"] == request.slot_position + 1
            assert row["Date"] == midnight(request.session.date)
            assert row["Status"] == label(request.status, "en")
    # Sessions in time order, slots in order within each.
    keys = [(r["Date"], r["Start time"]) for r in rows[: len(placed)]]
    assert keys == sorted(keys)
    tail = rows[len(placed) :]
    assert len(tail) == len(waiting) > 0
    assert all(r["Session"] == header("waitlist", "en") for r in tail)
    assert [r["Order"] for r in tail] == list(range(1, len(tail) + 1))
    assert not any(r["Status"] in (label(SpeakingRequestStatus.WITHDRAWN, "en"),) for r in rows)


def test_speaker_start_times_are_excel_times(demo, tmp_path):
    sheet = export(demo, "speakers", tmp_path).worksheets[0]
    assert sheet["C2"].number_format == "hh:mm"
    assert sheet["C2"].is_date


# -- partnerships ----------------------------------------------------------------------------


def test_partnership_amounts_are_numbers_in_their_currency(demo, tmp_path):
    book = export(demo, "partnerships", tmp_path)
    pipeline = book.worksheets[0]
    assert_is_a_list(pipeline, 11)
    headers = [c.value for c in pipeline[1]]
    amount, currency = headers.index("Amount") + 1, headers.index("Currency") + 1
    checked = 0
    for row in range(2, pipeline.max_row + 1):
        cell = pipeline.cell(row, amount)
        if cell.value is None:
            continue
        code = pipeline.cell(row, currency).value
        assert cell.data_type == "n"
        assert cell.number_format == f'#,##0.00 "{code}"'
        checked += 1
    assert checked >= 5


def test_partnership_totals_never_add_currencies(demo, event, tmp_path):
    totals = export(demo, "partnerships", tmp_path).worksheets[1]
    assert totals.title == "Totals by stage"
    with demo.reading() as session:
        inquiries = list(
            session.scalars(
                select(PartnershipInquiry).where(PartnershipInquiry.event_id == event.id)
            )
        )
        expected: dict[tuple[str, str | None], Decimal] = {}
        counts: Counter = Counter()
        for i in inquiries:
            # An inquiry is worth its own amount, else its package's (as the window counts).
            amount, currency = value_of(i)
            key = (label(i.stage, "en"), currency if amount is not None else None)
            counts[key] += 1
            if amount is not None:
                expected[key] = expected.get(key, Decimal(0)) + amount
    got = {(r[0], r[1]): (r[2], r[3]) for r in totals.iter_rows(min_row=2, values_only=True)}
    assert set(got) == set(counts)
    for key, (count, amount) in got.items():
        assert count == counts[key]
        assert (Decimal(str(amount)) if amount is not None else None) == expected.get(key)
    # Pipeline order of stages.
    order = [label(s, "en") for s in PartnershipStage]
    stages = [r[0] for r in totals.iter_rows(min_row=2, values_only=True)]
    assert stages == sorted(stages, key=order.index)


# -- event report ----------------------------------------------------------------------------


def summary_values(sheet: Worksheet) -> dict[str, list[object]]:
    """First cell of each row -> the rest (later rows win; labels repeat across sections)."""
    return {r[0]: list(r[1:]) for r in sheet.iter_rows(values_only=True) if r[0]}


def section(sheet: Worksheet, title: str) -> dict[str, object]:
    rows = list(sheet.iter_rows(values_only=True))
    start = next(n for n, r in enumerate(rows) if r[0] == title) + 1
    out = {}
    for r in rows[start:]:
        if r[0] is None:
            break
        out[r[0]] = r[1]
    return out


def test_event_report_answers_where_we_stand_on_its_first_sheet(demo, event, tmp_path):
    book = export(demo, "event-report", tmp_path)
    assert [s.title for s in book.worksheets] == [
        "Summary",
        "Invitations",
        "Replies and delegations",
        "Speakers by session",
        "Partnership pipeline",
    ]
    summary = book.worksheets[0]
    assert summary["A1"].value == "Event report: WSIS Forum 2022"
    facts = summary_values(summary)
    assert facts["Reply deadline"][0] == datetime(2022, 4, 15)
    assert facts["Days past"][0] == 7  # as of 22 April 2022
    assert facts["Dates"][:2] == [datetime(2022, 3, 15), datetime(2022, 6, 3)]

    with demo.reading() as session:
        invitations = list(
            session.scalars(select(Invitation).where(Invitation.event_id == event.id))
        )
        statuses = Counter(i.status for i in invitations)
        decisions = Counter(i.reply.decision for i in invitations if i.reply)
        speaking = Counter(
            r.status
            for r in session.scalars(
                select(SpeakingRequest).where(SpeakingRequest.event_id == event.id)
            )
        )
    by_status = section(summary, "Invitations by status")
    for status in InvitationStatus:
        assert by_status[label(status, "en")] == statuses.get(status, 0)
    assert by_status["Total"] == len(invitations)
    by_decision = section(summary, "Replies by decision")
    assert by_decision["Total"] == sum(decisions.values())
    assert sum(section(summary, "Invitations by region").values()) == 2 * len(invitations)
    by_speaking = section(summary, "Speaking requests by status")
    for status, n in speaking.items():
        assert by_speaking[label(status, "en")] == n
    assert "Partnerships by stage and currency" in facts


def test_event_report_has_a_chart_of_invitations_by_status(demo, tmp_path):
    summary = export(demo, "event-report", tmp_path).worksheets[0]
    (chart,) = summary._charts
    rows = list(summary.iter_rows(values_only=True))
    first = next(n for n, r in enumerate(rows, 1) if r[0] == "Invitations by status") + 1
    ref = chart.series[0].val.numRef.f
    assert ref == f"'Summary'!$B${first}:$B${first + len(InvitationStatus) - 1}"


def test_event_report_delegations_one_row_per_member(demo, event, tmp_path):
    sheet = export(demo, "event-report", tmp_path).worksheets[2]
    assert_is_a_list(sheet, 11)
    with demo.reading() as session:
        delegations = [
            [m.is_head for m in i.reply.delegation]
            for i in session.scalars(select(Invitation).where(Invitation.event_id == event.id))
            if i.reply
        ]
    rows = rows_of(sheet)
    assert len(rows) == sum(max(1, len(d)) for d in delegations)
    heads = [r for r in rows if r["Role"] == "Head of delegation"]
    assert len(heads) == sum(1 for d in delegations if any(d))


def test_event_report_in_arabic(demo, tmp_path):
    book = export(demo, "event-report", tmp_path, "ar")
    assert all(s.sheet_view.rightToLeft for s in book.worksheets)
    assert book.worksheets[0].title == "ملخص"
    assert book.properties.language == "ar"
    assert book.properties.title.startswith("تقرير الحدث")


# -- choosing the event, refusing bad input --------------------------------------------------


def test_an_event_by_its_reference(demo, tmp_path):
    result = export_workbook(
        demo, "speakers", tmp_path / "s.xlsx", event_reference="wsis-2022", today=DEMO_TODAY
    )
    assert result.rows > 0


def test_an_unknown_event_lists_the_known_ones(demo, tmp_path):
    with pytest.raises(UserError) as raised:
        export_workbook(demo, "invitations", tmp_path / "i.xlsx", event_reference="WSIS-2099")
    assert str(raised.value) == "There is no event WSIS-2099. Known events: WSIS-2022."
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_target_fails_before_any_work(demo, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        export_workbook(demo, "contacts", tmp_path / "no" / "such" / "c.xlsx")


def test_cancel_leaves_no_file(demo, tmp_path):
    with pytest.raises(ExportCancelled):
        export_workbook(demo, "event-report", tmp_path / "r.xlsx", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_without_events_lists_are_empty_and_the_report_is_refused(database, tmp_path):
    result = export_workbook(database, "invitations", tmp_path / "i.xlsx")
    assert result.rows == 0
    assert load_workbook(result.path).worksheets[0].max_row == 1
    with pytest.raises(UserError, match="no event"):
        export_workbook(database, "event-report", tmp_path / "r.xlsx")


def test_an_unknown_id_selects_nothing(demo, tmp_path):
    with demo.reading() as session:
        sheet = contacts_sheet(session, "en", ids=[uuid.uuid4()])
    assert sheet.row_count == 0


# -- partnership totals agree with the window -------------------------------------------------


def totals_in(sheet_rows, stage_column: int, currency_column: int, amount_column: int):
    """{(stage label, currency): amount} of the rows that carry an amount."""
    found: dict[tuple[str, str], Decimal] = {}
    for row in sheet_rows:
        stage, currency, amount = row[stage_column], row[currency_column], row[amount_column]
        if amount is None or currency is None:
            continue
        key = (stage, currency)
        assert key not in found, f"{key} listed twice"
        found[key] = Decimal(str(amount))
    return found


def window_totals(demo: Database, event: Event) -> dict[tuple[str, str], Decimal]:
    """The Partnerships window's figures: `pipeline_totals`, per stage and currency."""
    with demo.reading() as session:
        totals = pipeline_totals(session, event.id)
    expected = {
        (label(stage, "en"), currency): amount
        for stage, of_stage in totals.stages.items()
        for currency, amount in of_stage.amounts.items()
    }
    # The demo has inquiries valued by their package only: the rule is exercised.
    with demo.reading() as session:
        by_package = [
            i
            for i in session.scalars(
                select(PartnershipInquiry).where(PartnershipInquiry.event_id == event.id)
            )
            if i.amount is None and i.package is not None
        ]
    assert by_package
    return expected


def test_the_workbook_totals_are_the_windows_totals(demo, event, tmp_path):
    expected = window_totals(demo, event)
    book = export(demo, "partnerships", tmp_path)
    totals = book.worksheets[1]
    got = totals_in(totals.iter_rows(min_row=2, values_only=True), 0, 1, 3)
    assert got == expected
    # Each row of the pipeline shows what the inquiry is worth; together they make the totals.
    summed: dict[tuple[str, str], Decimal] = {}
    for row in rows_of(book.worksheets[0]):
        if row["Amount"] is not None:
            key = (row["Stage"], row["Currency"])
            summed[key] = summed.get(key, Decimal(0)) + Decimal(str(row["Amount"]))
    assert summed == expected
    # Counts per stage: every inquiry once, with or without a value.
    with demo.reading() as session:
        stages = pipeline_totals(session, event.id).stages
    counted: Counter = Counter()
    for stage, _currency, count, _amount in totals.iter_rows(min_row=2, values_only=True):
        counted[stage] += count
    assert counted == {label(s, "en"): t.count for s, t in stages.items() if t.count}


def test_the_event_report_totals_are_the_windows_totals(demo, event, tmp_path):
    expected = window_totals(demo, event)
    summary = export(demo, "event-report", tmp_path).worksheets[0]
    rows = list(summary.iter_rows(values_only=True))
    start = next(n for n, r in enumerate(rows) if r[0] == "Partnerships by stage and currency")
    section_rows = []
    for row in rows[start + 1 :]:
        if row[0] is None:
            break
        section_rows.append(row)
    # Columns: stage, count, total amount, currency.
    assert totals_in(section_rows, 0, 3, 2) == expected
