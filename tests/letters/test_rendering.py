"""Letters as printed: read back with pdftotext in logical order, escaping, glyph check, pages."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage

from liaison_app.letters.compose import StateInfo, compose, missing_glyphs
from liaison_app.letters.default_templates import DEFAULT_TEMPLATES
from liaison_app.letters.fonts import character_map
from liaison_app.letters.rendering import layout_letter, render_letter
from liaison_app.letters.templates import TemplateText
from liaison_app.letters.wording import DEFAULT_LETTERHEAD
from tests.letters.pdf_text import contains_run, one_line, page_count, pdf_text, tokens
from tests.letters.samples import PEOPLE, SIX, request

KINDS = sorted({kind for kind, _ in DEFAULT_TEMPLATES})


def letter(language: str, kind: str = "invitation", template: TemplateText | None = None, **kw):
    document = compose(
        request(language, kind, **kw),
        template or DEFAULT_TEMPLATES[kind, language],
        DEFAULT_LETTERHEAD,
    )
    return document, render_letter(layout_letter(document))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", SIX)
def test_every_default_template_prints_in_every_language(kind, language):
    document, pdf = letter(language, kind)
    assert missing_glyphs(document) == set()
    text = one_line(pdf_text(pdf))
    assert "CL-22/009/001" in text
    assert "{{" not in text
    assert "{%" not in text


# --- Logical order of what comes back -----------------------------------------------------------


def test_arabic_letter_reads_back_in_logical_order():
    document, pdf = letter("ar")
    back = tokens(pdf_text(pdf, arabic=True), arabic_pdf=True)
    for paragraph in (*document.recipient_lines, document.subject, *document.paragraphs):
        expected = tokens(paragraph)
        assert contains_run(back, expected), paragraph
    # The date and the reference, Latin runs inside Arabic lines, keep their own order.
    assert contains_run(back, ["CL", "22", "009", "001"])
    assert contains_run(back, ["15", "أبريل", "2022"])
    assert contains_run(back, ["41", "22", "730", "53", "50"])


def test_arabic_latin_runs_are_not_reversed():
    paragraph = "الموعد النهائي 15 April 2022 والمرجع CL-22/009 والبريد wsis-info@itu.int للرد."
    template = TemplateText(subject="اختبار", body=f"{{{{ salutation.greeting }}}}\n\n{paragraph}")
    _, pdf = letter("ar", "free", template)
    back = tokens(pdf_text(pdf, arabic=True), arabic_pdf=True)
    assert contains_run(back, tokens(paragraph))
    assert contains_run(back, ["15", "April", "2022"])


def test_chinese_letter_reads_back_as_written():
    document, pdf = letter("zh")
    back = "".join(pdf_text(pdf).split())
    for paragraph in (*document.recipient_lines, document.subject, *document.paragraphs):
        # pdftotext gives NFKC text: the full-width colon of «阁下：» comes back as ":".
        assert "".join(unicodedata.normalize("NFKC", paragraph).split()) in back, paragraph


def test_russian_letter_reads_back_as_written():
    document, pdf = letter("ru")
    back = one_line(pdf_text(pdf))
    # Long URLs may break after a slash: compare without the spaces line ends become.
    squeezed = "".join(back.split())
    for paragraph in (*document.recipient_lines, document.subject, *document.paragraphs):
        assert "".join(paragraph.split()) in squeezed, paragraph
    assert "Его Превосходительству господину Дмитрию Николаевичу Ковалёву" in back
    assert "Министру связи и информатизации" in back


# --- User text is text, not markup --------------------------------------------------------------


def test_markup_in_names_prints_literally():
    addressee = replace(
        PEOPLE["en"], organization="Al<Sayed & Sons <font color=red>Ltd</font> &amp; Co"
    )
    _, pdf = letter("en", addressee=addressee)
    assert "Al<Sayed & Sons <font color=red>Ltd</font> &amp; Co" in one_line(pdf_text(pdf))


_DRAWABLE = sorted(
    chr(code)
    for code in character_map("DejaVuSans") & character_map("DejaVuSans-Bold")
    if (0x21 <= code <= 0x24F or 0x370 <= code <= 0x4FF or 0x2010 <= code <= 0x2044)
    and unicodedata.category(chr(code))[0] in "LNPS"
    # Text whose compatibility form differs would not compare as itself.
    and unicodedata.normalize("NFKC", chr(code)) == chr(code)
)
_WORDS = st.text(alphabet=_DRAWABLE, min_size=1, max_size=12)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_WORDS, min_size=1, max_size=4))
def test_any_text_prints_and_comes_back_as_itself(words):
    text = " ".join(words)
    addressee = replace(PEOPLE["en"], organization=text)
    template = TemplateText(
        subject="{{ recipient.organization }}", body="{{ recipient.organization }}"
    )
    _, pdf = letter("en", "free", template, addressee=addressee)
    back = one_line(pdf_text(pdf))
    assert back.count(text) >= 3  # address block, subject and body


# --- Pages, signature, glyph check --------------------------------------------------------------


def test_a_long_letter_numbers_its_pages():
    long_text = "\n\n".join(
        f"Paragraph {n}: " + "The Forum brings together stakeholders. " * 12 for n in range(14)
    )
    template = TemplateText(
        subject="A long letter",
        body=f"{{{{ salutation.greeting }}}}\n\n{long_text}\n\n{{{{ salutation.closing }}}}",
    )
    _, pdf = letter("en", "free", template)
    pages = page_count(pdf)
    assert pages >= 2
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in pdf_text(pdf, n)
    # The closing formula and the signature stay together on the last page.
    last = pdf_text(pdf, pages)
    assert "Accept, Excellency" in last
    assert "Houlin Zhao" in last


def test_a_one_page_letter_has_no_page_number():
    _, pdf = letter("fr")
    assert page_count(pdf) == 1
    assert "Page 1" not in pdf_text(pdf)


def test_the_signature_image_is_drawn_above_the_name():
    buffer = io.BytesIO()
    PILImage.new("RGB", (300, 100), "navy").save(buffer, "PNG")
    event = replace(request("en").event, signature_image=buffer.getvalue())
    _, pdf = letter("en", event=event)
    assert re.search(rb"/Subtype\s*/Image", pdf)
    _, unsigned = letter("en")
    assert not re.search(rb"/Subtype\s*/Image", unsigned)


def test_a_name_in_a_script_the_letters_font_lacks_prints_in_a_shipped_face_that_has_it():
    chinese_name = replace(PEOPLE["en"], full_name="王小明", full_name_latin="")
    document, pdf = letter("en", addressee=chinese_name)
    assert missing_glyphs(document) == set()
    assert "王小明" in one_line(pdf_text(pdf))
    assert b"WenQuanYiMicroHei" in pdf  # the name's face, embedded beside DejaVu Sans
    # With a name in Latin script on file, the English letter uses it.
    latin = replace(chinese_name, full_name_latin="Wang Xiaoming")
    document = compose(
        request("en", addressee=latin), DEFAULT_TEMPLATES["invitation", "en"], DEFAULT_LETTERHEAD
    )
    assert "Wang Xiaoming" in document.recipient_lines[0]


def test_a_cyrillic_name_in_an_arabic_letter_keeps_its_letters_and_its_order():
    russian = replace(PEOPLE["ar"], full_name="Иван Петров", full_name_latin="")
    document, pdf = letter("ar", addressee=russian)
    assert missing_glyphs(document) == set()
    assert contains_run(tokens(pdf_text(pdf, arabic=True), arabic_pdf=True), ["Иван", "Петров"])
    assert b"DejaVuSans" in pdf


def test_the_glyph_check_finds_characters_no_shipped_face_has():
    thai_name = replace(PEOPLE["en"], full_name="สมชาย ใจดี", full_name_latin="")
    document = compose(
        request("en", addressee=thai_name),
        DEFAULT_TEMPLATES["invitation", "en"],
        DEFAULT_LETTERHEAD,
    )
    assert missing_glyphs(document) == set("สมชายใจดี")


def test_the_country_line_is_written_in_the_letters_language():
    switzerland = StateInfo(
        "CHE",
        {"en": "Switzerland", "fr": "Suisse", "es": "Suiza"},
        {"en": "Swiss Confederation", "fr": "Confédération suisse"},
    )
    mission = replace(
        PEOPLE["fr"],
        postal_address="Case postale 209\nCH-1211 Genève 19\nSwitzerland",
        postal_country=switzerland,
    )
    document, _ = letter("fr", addressee=mission)
    assert document.recipient_lines[-3:] == ("Case postale 209", "CH-1211 Genève 19", "Suisse")
    home = replace(PEOPLE["fr"], postal_address="Dakar\nSenegal")
    document, _ = letter("fr", addressee=home)
    assert document.recipient_lines[-1] == "République du Sénégal"  # the recipient's own State
