"""Events: saved with phases and sessions as one audited change; bad dates refused; signature
images checked to be real PNG or JPEG within the limits, kept byte for byte (transparency too)."""

from __future__ import annotations

import io
import struct
import time
import zlib
from datetime import date
from datetime import time as clock
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from liaison_app.domain.enums import PhaseMode
from liaison_app.domain.models import AuditEntry, Event, EventPhase, Session
from liaison_app.errors import UserError
from liaison_app.services import events as service
from liaison_app.services.events import EventDraft, EventInvalid, PhaseDraft, SessionDraft
from tests.services import invitation_fixtures
from tests.services.invitation_fixtures import (
    Demo,
)

# The demo database, built once per module, copied fresh for each test.
demo_file = invitation_fixtures.demo_file
demo = invitation_fixtures.demo


def png(size=(600, 200), mode="RGBA", color=(0, 0, 0, 0)) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg(size=(600, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (255, 255, 255)).save(buffer, "JPEG")
    return buffer.getvalue()


def forum() -> EventDraft:
    return EventDraft(
        reference="WSIS-2023",
        titles={
            "en": "WSIS Forum 2023",
            "ar": "منتدى القمة العالمية لمجتمع المعلومات 2023",
            "fr": " ",
        },
        starts_on=date(2023, 3, 13),
        ends_on=date(2023, 3, 17),
        reply_deadline=date(2023, 2, 15),
        contact_email="wsis-info@itu.int",
        contact_phone="022 730 53 50",
        country_code="ch",
        signatory_name={"en": "Doreen Bogdan-Martin"},
        phases=[
            PhaseDraft({"en": "Final week"}, PhaseMode.HYBRID, date(2023, 3, 13), date(2023, 3, 17))
        ],
        sessions=[
            SessionDraft(
                {"en": "High-Level Policy Session 1"},
                date(2023, 3, 14),
                clock(9, 0),
                clock(10, 30),
                code="HLPS-1",
            )
        ],
    )


def test_an_event_is_saved_with_its_phases_and_sessions_and_audited(database):
    with database.writing() as session:
        event = service.save_event(session, forum())
        event_id = event.id
    with database.reading() as session:
        event = session.get(Event, event_id)
        assert event.titles == {
            "en": "WSIS Forum 2023",
            "ar": "منتدى القمة العالمية لمجتمع المعلومات 2023",
        }  # the blank French title is not stored
        assert (event.contact_phone, event.country_code) == ("+41227305350", "CH")
        assert [p.name("en") for p in event.phases] == ["Final week"]
        assert [(s.code, s.capacity) for s in event.sessions] == [("HLPS-1", 30)]
        created = session.scalars(
            select(AuditEntry.entity_type).where(AuditEntry.action == "create")
        )
        assert sorted(created) == ["event_phases", "events", "sessions"]

    with database.reading() as session:
        draft = service.event_draft(session, event_id)
    draft.titles["fr"] = "Forum du SMSI 2023"
    draft.sessions[0].end_time = clock(11, 0)
    draft.sessions.append(
        SessionDraft(
            {"en": "High-Level Policy Session 2"}, date(2023, 3, 14), clock(11, 0), clock(12, 0)
        )
    )
    draft.phases = []
    with database.writing() as session:
        service.save_event(session, draft)
    with database.reading() as session:
        event = session.get(Event, event_id)
        assert event.title("fr") == "Forum du SMSI 2023"
        assert [s.capacity for s in event.sessions] == [40, 20]
        assert session.scalar(select(func.count()).select_from(EventPhase)) == 0
        fields = set(session.scalars(select(AuditEntry.field).where(AuditEntry.action == "update")))
        assert {"titles", "end_time"} <= fields
        assert "event_phases" in set(
            session.scalars(select(AuditEntry.entity_type).where(AuditEntry.action == "delete"))
        )


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"reference": "WSIS 2023"}, "reference", "cannot be an event reference"),
        ({"reference": ""}, "reference", "short reference"),
        ({"titles": {"en": "  "}}, "titles", "title in at least one language"),
        ({"ends_on": date(2023, 3, 1)}, "ends_on", "before it starts"),
        ({"reply_deadline": date(2023, 3, 20)}, "reply_deadline", "falls after the event"),
        ({"contact_email": "wsis-info@"}, "contact_email", "Not a valid e-mail address"),
        ({"country_code": "CHE"}, "country_code", "two-letter country code"),
    ],
)
def test_bad_event_values_are_refused_with_the_field_named(database, change, field, message):
    draft = forum()
    for name, value in change.items():
        setattr(draft, name, value)
    with pytest.raises(EventInvalid, match=message) as raised, database.writing() as session:
        service.save_event(session, draft)
    assert raised.value.field == field
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_sessions_and_phases_outside_the_event_are_refused(database):
    draft = forum()
    draft.sessions[0].date = date(2023, 3, 20)
    with pytest.raises(EventInvalid, match="outside the event's dates"), database.writing() as s:
        service.save_event(s, draft)
    draft = forum()
    draft.sessions[0].end_time = clock(8, 0)
    with pytest.raises(EventInvalid, match="ends before it starts"), database.writing() as s:
        service.save_event(s, draft)
    draft = forum()
    draft.phases[0].starts_on = date(2023, 3, 1)
    with pytest.raises(EventInvalid, match="outside the event's dates"), database.writing() as s:
        service.save_event(s, draft)


def test_two_events_cannot_share_a_reference(database):
    with database.writing() as session:
        service.save_event(session, forum())
    other = forum()
    other.reference = "wsis-2023"
    with pytest.raises(EventInvalid, match="already has the reference"), database.writing() as s:
        service.save_event(s, other)


def test_an_event_with_letters_is_not_deleted(demo):
    ids = Demo(demo)
    with pytest.raises(UserError, match="60 invitation"), demo.writing() as session:
        service.delete_event(session, ids.event_id)


def test_a_session_with_speakers_placed_is_not_deleted(demo):
    ids = Demo(demo)
    with demo.reading() as session:
        draft = service.event_draft(session, ids.event_id)
    draft.sessions = draft.sessions[:1]  # keep the opening, drop the policy sessions
    with pytest.raises(EventInvalid, match="speaker"), demo.writing() as session:
        service.save_event(session, draft)
    with demo.reading() as session:
        assert session.scalar(select(func.count()).select_from(Session)) == len(
            service.event_draft(session, ids.event_id).sessions
        )


# -- signature images ------------------------------------------------------------------------


def test_a_transparent_png_signature_is_kept_byte_for_byte(database):
    data = png()
    image = service.validate_signature(data, "signature.png")
    assert (image.mime, image.width, image.height, image.has_alpha) == ("image/png", 600, 200, True)
    draft = forum()
    draft.signature = image
    with database.writing() as session:
        event_id = service.save_event(session, draft).id
    with database.reading() as session:
        event = session.get(Event, event_id)
        assert (event.signature_image, event.signature_mime) == (data, "image/png")
        entry = session.scalar(select(AuditEntry).where(AuditEntry.field == "signature_image"))
        assert entry.new_value.startswith("PNG 600×200 px")  # the trail keeps no bytes
    with Image.open(io.BytesIO(data)) as reopened:
        assert reopened.getpixel((0, 0))[3] == 0  # still transparent

    with database.reading() as session:
        draft = service.event_draft(session, event_id)
    draft.signature = None  # removed
    with database.writing() as session:
        service.save_event(session, draft)
    with database.reading() as session:
        assert session.get(Event, event_id).signature_image is None


def test_a_palette_png_with_a_transparent_colour_and_a_jpeg_are_accepted():
    palette = io.BytesIO()
    Image.new("P", (100, 40), 0).save(palette, "PNG", transparency=0)
    assert service.validate_signature(palette.getvalue()).has_alpha
    photo = service.validate_signature(jpeg())
    assert (photo.mime, photo.has_alpha) == ("image/jpeg", False)


def _with_header_size(data: bytes, width: int, height: int) -> bytes:
    """A PNG whose IHDR claims another size (with a correct checksum): a decompression bomb's
    header on a tiny file."""
    start = 8 + 8  # signature, then length and type of IHDR
    ihdr = bytearray(data[start : start + 13])
    ihdr[0:8] = struct.pack(">II", width, height)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(ihdr)) & 0xFFFFFFFF)
    return data[:start] + bytes(ihdr) + crc + data[start + 17 :]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"Dear Minister,\nthis is not an image.\n", "is not a PNG or JPEG image"),
        (png()[:200], "is not a PNG or JPEG image"),  # cut short
        (png(size=(4001, 100)), "4001 × 100 pixels"),
        (b"GIF89a" + png()[6:], "is not a PNG or JPEG image"),
    ],
)
def test_what_is_not_a_usable_signature_is_refused(data, message):
    with pytest.raises(UserError, match=message):
        service.validate_signature(data, "signature.png")


def test_a_gif_is_refused_by_name():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "GIF")
    with pytest.raises(UserError, match="is a GIF image: use a PNG or JPEG"):
        service.validate_signature(buffer.getvalue(), "signature.gif")


def test_a_decompression_bomb_is_refused_from_its_header_without_being_expanded():
    bomb = _with_header_size(png(size=(1, 1)), 100_000, 100_000)
    started = time.perf_counter()
    with pytest.raises(UserError, match="pixels"):
        service.validate_signature(bomb, "bomb.png")
    assert time.perf_counter() - started < 1  # nothing was decoded
    lying = _with_header_size(png(size=(10, 10)), 3000, 3000)  # fits the limit, data too short
    with pytest.raises(UserError, match="is not a PNG or JPEG image"):
        service.validate_signature(lying, "lying.png")


def test_a_file_over_2_mb_is_refused_before_it_is_read(tmp_path: Path):
    big = tmp_path / "scan.png"
    big.write_bytes(b"\0" * (2 * 1024 * 1024 + 1))
    with pytest.raises(UserError, match=r"2\.0 MB: a signature image may be at most 2 MB"):
        service.read_signature_file(big)
    with pytest.raises(UserError, match="cannot be read"):
        service.read_signature_file(tmp_path / "missing.png")
    text = tmp_path / "signature.png"
    text.write_text("not an image")
    with pytest.raises(UserError, match=r"signature\.png is not a PNG or JPEG image"):
        service.read_signature_file(text)
