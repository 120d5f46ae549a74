"""Letters use cases against a database: recipients, packs, the register, versions, bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from liaison_app.domain.enums import LetterKind
from liaison_app.domain.models import Contact, Letter, LetterPack, LetterTemplate
from liaison_app.errors import UserError
from liaison_app.letters.default_templates import DEFAULT_TEMPLATES
from liaison_app.letters.templates import TemplateText
from liaison_app.services.letters import (
    PackRequest,
    generate_pack,
    load_template,
    preview_letter,
    recipients,
    register,
    save_template,
    seed_default_templates,
    verify_file,
)
from tests.letters.pdf_text import contains_run, one_line, page_count, pdf_text, tokens
from tests.services.letters_data import make_forum


@pytest.fixture
def forum(database):
    return make_forum(database)


@pytest.fixture
def out_dir(tmp_path) -> Path:
    """An empty folder for the letters (tmp_path itself holds the database)."""
    folder = tmp_path / "letters"
    folder.mkdir()
    return folder


def count(database, model) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --- Templates ----------------------------------------------------------------------------------


def test_default_templates_are_seeded_once(database):
    assert seed_default_templates(database) == 42
    assert seed_default_templates(database) == 0
    assert count(database, LetterTemplate) == 42
    assert load_template(database, "invitation", "ar") == DEFAULT_TEMPLATES["invitation", "ar"]


def test_an_edited_template_is_saved_with_a_new_version(database):
    seed_default_templates(database)
    edited = TemplateText("Invitation: {{ event.title }}", "{{ salutation.greeting }}\n\nHello.")
    assert save_template(database, "invitation", "en", edited) == 2
    assert load_template(database, "invitation", "en") == edited
    with pytest.raises(UserError, match="template is invalid"):
        save_template(database, "invitation", "en", TemplateText("x", "{% if %}"))
    assert load_template(database, "invitation", "en") == edited


# --- Recipients ---------------------------------------------------------------------------------


def test_recipients_of_each_kind(database, forum):
    def who(kind):
        return {r.iso3 for r in recipients(database, kind)}

    assert who("invitation") == {"EGY", "CHN", "RUS", "FRA", "KEN", "ARG"}
    assert who("reminder") == {"EGY", "CHN", "RUS", "ARG"}  # sent, no reply yet
    assert who("thank_you") == {"KEN"}  # accepted
    assert who("speaking_confirmation") == {"EGY"}
    assert who("waitlist_notice") == {"RUS"}
    assert len(recipients(database, "partnership_acknowledgement")) == 1  # not the withdrawn


def test_each_recipient_gets_their_language(database, forum):
    languages = {r.iso3: r.language for r in recipients(database, "invitation")}
    assert languages == {"EGY": "ar", "CHN": "zh", "RUS": "ru", "FRA": "fr", "KEN": "en",
                         "ARG": "es"}  # fmt: skip
    forced = {r.language for r in recipients(database, "invitation", language="fr")}
    assert forced == {"fr"}


# --- Packs --------------------------------------------------------------------------------------


def test_an_invitation_pack_with_single_files_and_register(database, forum, out_dir):
    out, each = out_dir / "pack.pdf", out_dir / "each"
    report = generate_pack(database, PackRequest(kind="invitation", out=out, each=each))
    assert report.letter_count == 6
    assert page_count(out) == report.page_count
    names = files_in(each)
    assert len(names) == 6
    assert "CL-22-009-001_ARG_es.pdf" in names  # protocol order: Member States by name
    assert any(name.endswith("_EGY_ar.pdf") for name in names)
    cover = one_line(pdf_text(out, 1))
    for reference in report.references:
        assert reference in cover
    with database.reading() as session:
        letters = session.scalars(select(Letter).order_by(Letter.reference)).all()
        pack = session.scalar(select(LetterPack))
    assert pack.letter_count == 6
    assert pack.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert [letter.reference for letter in letters] == [f"CL-22/009/00{n}" for n in range(1, 7)]
    for letter in letters:
        assert letter.kind is LetterKind.INVITATION
        assert letter.pack_id == pack.id
        assert letter.circular_id == forum.circular_id
        assert verify_file(letter.file_path, letter.sha256)
        assert Path(letter.file_path).parent == each.resolve()
    by_state = {Path(letter.file_path).name.split("_")[1]: letter for letter in letters}
    assert by_state["EGY"].language == "ar"
    assert by_state["EGY"].contact_id == forum.contacts["EGY"]  # the minister on file
    assert by_state["CHN"].contact_id is None  # the minister by title


def test_letters_carry_the_right_honorifics(database, forum, out_dir):
    generate_pack(database, PackRequest(kind="invitation", each=out_dir))
    texts = {path.name.split("_")[1]: path for path in out_dir.iterdir()}
    egypt = tokens(pdf_text(texts["EGY"], arabic=True), arabic_pdf=True)
    assert contains_run(egypt, ["صاحب", "المعالي", "الدكتور", "كريم", "عادل", "منصور"])
    assert contains_run(egypt, ["وتفضلوا", "صاحب", "المعالي", "بقبول", "فائق"])
    china = "".join(pdf_text(texts["CHN"]).split())
    assert "尊敬的阁下:" in china
    russia = one_line(pdf_text(texts["RUS"]))
    assert "Его Превосходительству господину Ивану Петровичу Сидорову" in russia
    assert "Министру цифрового развития" in russia
    france = one_line(pdf_text(texts["FRA"]))
    assert "Son Excellence Madame Claire Martin" in france
    kenya = one_line(pdf_text(texts["KEN"]))
    # A name full of markup prints literally.
    assert "Her Excellency Ms Al<Sayed & Sons <b>Wanjiru</b>" in kenya
    argentina = one_line(pdf_text(texts["ARG"]))
    assert "Excelentísimo Señor / Excelentísima Señora:" in argentina


def test_generating_again_makes_a_new_version_not_an_overwrite(database, forum, out_dir):
    first = generate_pack(database, PackRequest(kind="reminder", each=out_dir / "one"))
    second = generate_pack(database, PackRequest(kind="reminder", each=out_dir / "two"))
    assert first.references == ["CL-22/009/REM/001", "CL-22/009/REM/002",
                                "CL-22/009/REM/003", "CL-22/009/REM/004"]  # fmt: skip
    assert second.references == [f"{reference}-v2" for reference in first.references]
    assert count(database, Letter) == 8
    assert all(path.exists() for path in first.single_paths)


def test_a_selection_and_a_forced_language(database, forum, out_dir):
    keys = [r.key for r in recipients(database, "invitation") if r.iso3 in ("EGY", "KEN")]
    report = generate_pack(
        database,
        PackRequest(
            kind="invitation", language="fr", out=out_dir / "p.pdf", recipient_keys=tuple(keys)
        ),
    )
    assert report.letter_count == 2
    with database.reading() as session:
        assert set(session.scalars(select(Letter.language))) == {"fr"}


def test_speaking_waitlist_partnership_and_thank_you_letters(database, forum, out_dir):
    for kind, expected in (
        ("speaking_confirmation", "High-Level Policy Session 1"),
        ("waitlist_notice", "лист ожидания под номером 1"),
        ("partnership_acknowledgement", "Geneva Telecom SA"),
        ("thank_you", "Thank you"),
    ):
        folder = out_dir / kind
        report = generate_pack(database, PackRequest(kind=kind, each=folder))
        assert report.letter_count == 1
        text = one_line(pdf_text(next(folder.iterdir())))
        if kind == "speaking_confirmation":  # the Egyptian minister: in Arabic
            text = pdf_text(next(folder.iterdir()), arabic=True)
            assert "جلسة السياسة العامة رفيعة المستوى 1" in one_line(text) or contains_run(
                tokens(text, arabic_pdf=True), tokens("جلسة السياسة العامة رفيعة المستوى 1")
            )
        else:
            assert expected in text, kind


def test_courtesy_copy_and_duplex(database, forum, out_dir):
    out = out_dir / "p.pdf"
    report = generate_pack(
        database, PackRequest(kind="invitation", out=out, courtesy_copy=True, duplex=True)
    )
    text = one_line(pdf_text(out))
    assert text.count("Courtesy copy in English") == 5  # every letter not in English
    assert report.page_count % 2 == 0
    assert page_count(out) == report.page_count


# --- Bad input: one message, nothing written ----------------------------------------------------


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (PackRequest(kind="postcard"), "not a kind of letter"),
        (PackRequest(kind="invitation", event_reference="WSIS-1999"), "There is no event"),
        (PackRequest(kind="invitation", language="de"), "not a letter language"),
    ],
)
def test_bad_requests_are_refused(database, forum, out_dir, request_, message):
    request_ = PackRequest(**{**request_.__dict__, "out": out_dir / "p.pdf"})
    with pytest.raises(UserError, match=message):
        generate_pack(database, request_)
    assert files_in(out_dir) == []
    assert count(database, Letter) == 0


def test_an_unwritable_destination_is_refused(database, forum, out_dir):
    blocker = out_dir / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Cannot write into"):
        generate_pack(database, PackRequest(kind="invitation", out=blocker / "p.pdf"))
    with pytest.raises(UserError, match="is a file, not a folder"):
        generate_pack(database, PackRequest(kind="invitation", each=blocker))
    assert count(database, Letter) == 0


def test_a_missing_glyph_stops_the_pack_and_names_the_recipient(database, forum, out_dir):
    with database.writing() as session:
        contact = session.get(Contact, forum.contacts["KEN"])
        contact.full_name = "เคนยา ทูต"  # Thai: no font of ours has it
        contact.full_name_latin = None
    with pytest.raises(UserError) as caught:
        generate_pack(database, PackRequest(kind="invitation", out=out_dir / "p.pdf"))
    message = str(caught.value)
    assert "เคนยา" in message
    assert "U+0E40" in message
    assert files_in(out_dir) == []
    assert count(database, Letter) == 0


def test_a_template_invalid_for_a_recipient_stops_the_pack(database, forum, out_dir):
    seed_default_templates(database)
    save_template(
        database,
        "invitation",
        "en",
        TemplateText("x", "{{ salutation.greeting }} {{ session.title }}"),
    )
    with pytest.raises(UserError, match="cannot be written"):
        generate_pack(database, PackRequest(kind="invitation", out=out_dir / "p.pdf"))
    assert files_in(out_dir) == []


# --- Preview and register -----------------------------------------------------------------------


def test_preview_uses_the_text_being_edited(database, forum):
    key = next(r.key for r in recipients(database, "invitation") if r.iso3 == "FRA")
    pdf = preview_letter(
        database,
        "invitation",
        "fr",
        key,
        TemplateText("Essai", "{{ salutation.greeting }}\n\nBonjour {{ recipient.name }}."),
    )
    text = one_line(pdf_text(pdf))
    assert "Bonjour Claire Martin." in text
    assert "Réf. : PREVIEW" in text  # French: a no-break space before the colon
    assert count(database, Letter) == 0


def test_the_register_lists_letters_newest_first(database, forum, out_dir):
    generate_pack(database, PackRequest(kind="invitation", out=out_dir / "a.pdf"))
    generate_pack(database, PackRequest(kind="thank_you", out=out_dir / "b.pdf"))
    rows = register(database)
    assert len(rows) == 7
    assert rows[0].kind == "thank_you"
    assert all(len(row.sha256) == 64 for row in rows)
    assert len(register(database, kind="invitation")) == 6
