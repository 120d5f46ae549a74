"""The printed list of speakers and the moderator's run sheet, as a reader of the PDF sees them."""

from __future__ import annotations

import re
import subprocess
import tempfile
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest

from liaison_app.domain.enums import AttendanceMode, FormOfAddress, Gender, LevelOfRepresentation
from liaison_app.errors import UserError
from liaison_app.letters.speakers_list import (
    SessionBlock,
    SpeakerLine,
    SpeakersDocument,
    _Look,
    cell,
    minutes_per_speaker,
    name_for_list,
    protocol_name,
    render_run_sheet,
    render_speakers_list,
)
from liaison_app.letters.wording import DEFAULT_LETTERHEAD
from tests.letters.pdf_text import one_line, page_count, pdf_text

L = LevelOfRepresentation
ARABIC = re.compile(r"[\u0600-\u06ff]")
IN_PERSON, REMOTE = AttendanceMode.IN_PERSON, AttendanceMode.REMOTE

LEVEL_WORDS = {
    "en": {L.DEPUTY_PRIME_MINISTER: "Deputy Prime Minister", L.MINISTER: "Minister",
           L.VICE_MINISTER: "Vice-Minister or Deputy Minister"},
    "ar": {L.DEPUTY_PRIME_MINISTER: "نائب رئيس وزراء", L.MINISTER: "وزير",
           L.VICE_MINISTER: "نائب وزير أو وكيل وزارة"},
    "zh": {L.DEPUTY_PRIME_MINISTER: "副总理", L.MINISTER: "部长", L.VICE_MINISTER: "副部长"},
}  # fmt: skip
MODE_WORDS = {
    "en": {IN_PERSON: "In person", REMOTE: "Remote"},
    "ar": {IN_PERSON: "حضورياً", REMOTE: "عن بُعد"},
    "zh": {IN_PERSON: "现场", REMOTE: "远程"},
}
NAMES = {
    "UZB": ("Sherzod Rustamovich Nazarov", "Sherzod Rustamovich Nazarov"),
    "EGY": ("كريم عادل منصور", "Karim Adel Mansour"),
    "CHN": ("王建华", "Wang Jianhua"),
    "RUS": ("Алексей Викторович Смирнов", "Aleksei Viktorovich Smirnov"),
}
COUNTRIES = {
    "en": {"UZB": "Uzbekistan", "EGY": "Egypt", "CHN": "China", "RUS": "Russian Federation"},
    "ar": {"UZB": "أوزبكستان", "EGY": "مصر", "CHN": "الصين", "RUS": "الاتحاد الروسي"},
    "zh": {"UZB": "乌兹别克斯坦", "EGY": "埃及", "CHN": "中国", "RUS": "俄罗斯联邦"},
}


def line(
    language, number, iso3, level, start, *, mode=IN_PERSON, form=FormOfAddress.MR, title=None
):
    native, latin = NAMES[iso3]
    return SpeakerLine(
        number=number,
        delegation=COUNTRIES[language][iso3],
        name=name_for_list(native, latin, language),
        level=level,
        level_label=LEVEL_WORDS[language][level],
        mode=mode,
        mode_label=MODE_WORDS[language][mode],
        title=title,
        start=start,
        gender=Gender.MALE.value,
        form_of_address=form.value,
    )


def document(language: str, *, capacity: int = 30) -> SpeakersDocument:
    first = SessionBlock(
        title={
            "en": "High-Level Policy Session 1: Bridging Digital Divides",
            "ar": "جلسة السياسة العامة رفيعة المستوى 1: سد الفجوات الرقمية",
            "zh": "高级别政策会议1：弥合数字鸿沟",
        }[language],
        code="HLPS-1",
        day=date(2022, 5, 31),
        start=time(11, 0),
        end=time(12, 30),
        minutes_per_speaker=3,
        capacity=capacity,
        room="Popov Room",
        moderator="Gitanjali Sah",
        speakers=(
            line(language, 1, "UZB", L.DEPUTY_PRIME_MINISTER, time(11, 0)),
            line(
                language,
                2,
                "EGY",
                L.MINISTER,
                time(11, 3),
                form=FormOfAddress.DR,
                title="Minister of Communications and Information Technology",
            ),
        ),
    )
    second = SessionBlock(
        title={
            "en": "High-Level Policy Session 3",
            "ar": "جلسة السياسة العامة رفيعة المستوى 3",
            "zh": "高级别政策会议3",
        }[language],
        code="HLPS-3",
        day=date(2022, 5, 31),
        start=time(16, 0),
        end=time(17, 30),
        minutes_per_speaker=3,
        capacity=capacity,
        speakers=(
            line(language, 1, "CHN", L.VICE_MINISTER, time(16, 0), title="工业和信息化部副部长"),
            line(language, 2, "RUS", L.VICE_MINISTER, time(16, 3), mode=REMOTE),
        ),
    )
    return SpeakersDocument(
        language=language,
        letterhead=DEFAULT_LETTERHEAD,
        event_title={
            "en": "WSIS Forum 2022",
            "ar": "منتدى القمة العالمية لمجتمع المعلومات 2022",
            "zh": "2022年信息社会世界峰会论坛",
        }[language],
        event_line="30 May – 3 June 2022 · Geneva",
        sessions=(first, second),
        waitlist=(line(language, 1, "RUS", L.VICE_MINISTER, None, mode=REMOTE),),
        printed_on=date(2022, 5, 20),
    )


def word_boxes(pdf: bytes) -> list[tuple[str, float, int]]:
    """(word, left x, page) of every word, from pdftotext's bounding boxes, in logical order."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.pdf"
        path.write_bytes(pdf)
        html = subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
        ).stdout
    boxes, page = [], 0
    for text in html.splitlines():
        if "<page " in text:
            page += 1
        match = re.search(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', text)
        if match:
            word = unicodedata.normalize("NFKC", match.group(2))
            # Arabic words come back as drawn, right to left: turn them back to reading order.
            if ARABIC.search(word):
                word = word[::-1]
            boxes.append((word, float(match.group(1)), page))
    return boxes


# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "level", "gender", "form", "expected"),
    [
        ("en", L.MINISTER, Gender.MALE, FormOfAddress.DR, "H.E. Dr Karim Mansour"),
        ("en", L.MINISTER, Gender.FEMALE, None, "H.E. Ms Karim Mansour"),
        ("en", L.SENIOR_OFFICIAL, Gender.MALE, None, "Mr Karim Mansour"),
        ("fr", L.MINISTER, Gender.FEMALE, None, "S.E. Mme Karim Mansour"),
        ("es", L.MINISTER, Gender.MALE, None, "Excmo. Sr. Karim Mansour"),
        ("es", L.AMBASSADOR, Gender.FEMALE, None, "Excma. Sra. Karim Mansour"),
        ("ru", L.VICE_MINISTER, Gender.MALE, None, "Его Превосходительство г-н Karim Mansour"),
        ("zh", L.MINISTER, Gender.MALE, None, "Karim Mansour先生阁下"),
        ("zh", L.OTHER, Gender.FEMALE, None, "Karim Mansour女士"),
        ("ar", L.HEAD_OF_STATE, Gender.MALE, None, "فخامة السيد Karim Mansour"),
        ("ar", L.HEAD_OF_GOVERNMENT, Gender.FEMALE, None, "دولة السيدة Karim Mansour"),
        ("ar", L.MINISTER, Gender.MALE, FormOfAddress.DR, "معالي الدكتور Karim Mansour"),
        ("ar", L.AMBASSADOR, Gender.UNSPECIFIED, None, "سعادة Karim Mansour"),
    ],
)
def test_each_list_gives_the_protocol_title_of_its_language(
    language, level, gender, form, expected
):
    assert protocol_name(language, level, "Karim Mansour", gender, form) == expected


def test_a_name_is_printed_in_the_lists_script_when_the_directory_has_it():
    assert name_for_list("كريم عادل منصور", "Karim Adel Mansour", "ar") == "كريم عادل منصور"
    assert name_for_list("كريم عادل منصور", "Karim Adel Mansour", "fr") == "Karim Adel Mansour"
    assert name_for_list("王建华", "Wang Jianhua", "zh") == "王建华"
    assert name_for_list("王建华", "Wang Jianhua", "ar") == "Wang Jianhua"
    assert name_for_list("Алексей Смирнов", "Aleksei Smirnov", "ru") == "Алексей Смирнов"
    assert name_for_list("राजेश कुमार अय्यर", "Rajesh Kumar Iyer", "en") == "Rajesh Kumar Iyer"


def test_minutes_per_speaker_use_each_languages_plural():
    assert minutes_per_speaker(3, "en") == "3 minutes per speaker"
    assert minutes_per_speaker(1, "fr") == "1 minute par orateur"
    assert minutes_per_speaker(3, "ru") == "3 минуты на оратора"
    assert minutes_per_speaker(5, "ru") == "5 минут на оратора"
    assert minutes_per_speaker(3, "ar") == "3 دقائق لكل متحدث"
    assert minutes_per_speaker(2, "ar") == "دقيقتان لكل متحدث"


def test_the_english_list_gives_each_session_its_speakers_in_order_then_the_waitlist():
    pdf = render_speakers_list(document("en"))
    text = one_line(pdf_text(pdf))
    assert "International Telecommunication Union List of speakers · WSIS Forum 2022" in text
    for expected in (
        "High-Level Policy Session 1: Bridging Digital Divides",
        "31 May 2022 · 11:00–12:30 · Room: Popov Room · 3 minutes per speaker",
        "Moderator: Gitanjali Sah",
        "1 11:00 Uzbekistan H.E. Mr Sherzod Rustamovich Nazarov",
        "2 11:03 Egypt H.E. Dr Karim Adel Mansour",
        "Minister of Communications and Information Technology",
        "1 16:00 China H.E. Mr Wang Jianhua 工业和信息化部副部长",
        "Waitlist",
        "Printed on 20 May 2022",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert text.index("Uzbekistan") < text.index("Egypt") < text.index("China")
    assert text.index("Waitlist") > text.index("Russian Federation")


def test_the_arabic_list_is_mirrored_and_keeps_names_and_times_readable():
    pdf = render_speakers_list(document("ar"))
    text = one_line(pdf_text(pdf, arabic=True))
    assert "قائمة المتحدثين" in text
    assert "معالي الدكتور كريم عادل منصور" in text
    assert "Sherzod Rustamovich Nazarov" in text, "a Latin name keeps its order"
    assert "11:03" in text
    # The columns run from the right: the number, then the time, then the delegation.
    boxes = word_boxes(pdf)
    x: dict[str, float] = {}
    for word, left, _page in boxes:
        x.setdefault(word, left)  # the first table: HLPS-1
    assert x["الرقم"] > x["الوقت"] > x["الوفد"] > x["المتحدث"]
    assert x["11:00"] > x["أوزبكستان"]


def test_the_chinese_list_prints_chinese_names_and_titles():
    text = one_line(pdf_text(render_speakers_list(document("zh"))))
    assert "发言者名单" in text
    assert "王建华先生阁下" in text
    assert "Karim Adel Mansour先生阁下" in text


def test_the_run_sheet_gives_each_session_a_page_with_times_and_modes():
    pdf = render_run_sheet(document("en"))
    assert page_count(pdf) == 2
    first = one_line(pdf_text(pdf, 1))
    assert "Moderator's run sheet" in first
    assert "Speakers: 2 · the last statement ends at 11:06" in first
    assert "1 11:00–11:03 Uzbekistan H.E. Mr Sherzod Rustamovich Nazarov" in first
    assert "Present Notes" in first
    second = one_line(pdf_text(pdf, 2))
    assert "2 16:03–16:06 Russian Federation H.E. Mr Aleksei Viktorovich Smirnov" in second
    assert "Remote" in second


def test_the_run_sheet_warns_the_moderator_of_a_session_over_capacity():
    text = one_line(pdf_text(render_run_sheet(document("en", capacity=1)), 1))
    assert "Over capacity: the session ends at 11:06 instead of 12:30." in text


def test_a_name_no_shipped_font_can_draw_is_refused_with_its_characters():
    with pytest.raises(UserError, match="DEVANAGARI LETTER RA"):
        cell("राजेश", "en", _Look())


def test_a_word_too_long_for_its_column_is_set_smaller_rather_than_overflow():
    block = cell("представительства", "ru", _Look(size=8.5))
    block.wrap(50, 100)
    assert block.size < 8.5 * 0.95
    assert block.size >= 6.0
