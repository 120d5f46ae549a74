"""Packs: a cover sheet that lists each letter at its page, duplex sheets, atomic files."""

from __future__ import annotations

import re
from datetime import date

import pytest

from liaison_app.errors import UserError
from liaison_app.letters.compose import compose
from liaison_app.letters.default_templates import DEFAULT_TEMPLATES
from liaison_app.letters.packs import (
    PackEntry,
    StagedFiles,
    build_pack,
    check_writable,
    single_file_name,
)
from liaison_app.letters.rendering import layout_letter
from liaison_app.letters.templates import TemplateText
from liaison_app.letters.wording import DEFAULT_LETTERHEAD
from tests.letters.pdf_text import one_line, page_count, pdf_text, word_boxes
from tests.letters.samples import SIX, request

LONG = TemplateText(
    subject="A long letter",
    body="{{ salutation.greeting }}\n\n"
    + "\n\n".join("The Forum brings together stakeholders. " * 14 for _ in range(12))
    + "\n\n{{ salutation.closing }}",
)


def entries(languages=SIX, long_for=()) -> list[PackEntry]:
    made = []
    for number, language in enumerate(languages, start=1):
        reference = f"CL-22/009/{number:03d}"
        template = LONG if language in long_for else DEFAULT_TEMPLATES["invitation", language]
        document = compose(request(language, reference=reference), template, DEFAULT_LETTERHEAD)
        made.append(
            PackEntry(
                number=number,
                reference=reference,
                recipient=document.recipient_lines[0],
                member_state=request(language).addressee.member_state.short_names["en"],
                language=language,
                letters=[layout_letter(document)],
                file_name=single_file_name(reference, "XXX", language),
            )
        )
    return made


def pack(letters, **options):
    values = {"kind": "invitation", "cover_language": "en", "prepared_on": date(2022, 3, 21)}
    values.update(options)
    return build_pack(letters, **values)


def test_the_cover_lists_every_letter_at_its_first_page():
    letters = entries(long_for=("en",))
    built = pack(letters)
    assert page_count(built.pdf) == built.page_count
    assert built.page_count == built.cover_pages + sum(entry.page_count for entry in letters)
    cover = one_line(pdf_text(built.pdf, 1, built.cover_pages))
    assert "Letter pack" in cover
    assert "Invitations – 6 letters" in cover
    for entry in letters:
        first = built.first_pages[entry.number]
        assert re.search(rf"{re.escape(entry.reference)}\b.*?\b{first}\b", cover), entry.reference
        # The letter really starts there: its reference is on that page.
        assert entry.reference in pdf_text(built.pdf, first)
    assert letters[2].page_count > 1  # the long English letter


def test_names_in_any_script_sit_on_an_english_cover():
    built = pack(entries())
    cover = pdf_text(built.pdf, 1)
    assert "王小明阁下" in cover
    assert "Его Превосходительству" in cover


def test_an_arabic_cover_is_written_right_to_left():
    built = pack(entries(), cover_language="ar")
    # Word boxes hold the glyphs as drawn, left to right: Arabic words come reversed.
    words = {word[::-1]: (x0, x1) for word, x0, x1 in word_boxes(built.pdf)}
    # The title hugs the right margin; the columns run from the right: No., Reference, …, Page.
    assert words["مجموعة"][1] > 520
    number, reference, page = words["رقم"], words["المرجع"], words["الصفحة"]
    assert number[0] > reference[0] > page[0]


def test_duplex_starts_every_letter_on_a_new_sheet():
    letters = entries(("en", "fr", "es"), long_for=("en",))
    built = pack(letters, duplex=True)
    assert all(page % 2 == 1 for page in built.first_pages.values())
    assert page_count(built.pdf) == built.page_count
    assert built.page_count % 2 == 0


def test_single_files_are_named_by_reference_state_and_language():
    assert single_file_name("CL-22/009/014", "KEN", "en") == "CL-22-009-014_KEN_en.pdf"
    assert single_file_name("CL-22/009/014-v2", "EGY", "ar") == "CL-22-009-014-v2_EGY_ar.pdf"


def test_staged_files_appear_only_on_commit(tmp_path):
    staged = StagedFiles()
    staged.add(tmp_path / "a.pdf", b"%PDF-a")
    staged.add(tmp_path / "b.pdf", b"%PDF-b")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == []
    staged.commit()
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF-a"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_discarded_files_leave_nothing_and_existing_files_survive(tmp_path):
    (tmp_path / "old.pdf").write_bytes(b"old")
    staged = StagedFiles()
    staged.add(tmp_path / "old.pdf", b"new")
    staged.add(tmp_path / "new.pdf", b"new")
    staged.commit()
    staged.remove_placed()  # the register could not be written
    assert not (tmp_path / "new.pdf").exists()
    assert (tmp_path / "old.pdf").read_bytes() == b"new"  # replaced, never deleted
    staged = StagedFiles()
    staged.add(tmp_path / "x.pdf", b"x")
    staged.discard()
    assert list(tmp_path.iterdir()) == [tmp_path / "old.pdf"]


def test_an_unwritable_folder_is_a_user_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError, match="Cannot write into"):
        check_writable(blocker / "sub")
