"""The list of speakers per session and the moderator's run sheet, as PDF in the six languages.

The list of speakers gives, session by session, the order of speaking with each speaker's time,
delegation, name with the protocol title of the list's language ("H.E. Mr …", «معالي السيد …»,
"… 先生阁下"), position and level, and the waitlist after. The run sheet gives the moderator one
page per session: order, start and end of each statement, names, titles, countries, in person or
remote, and columns to tick who is present and to take notes.

Each cell is set in the font of its script — Amiri for Arabic (shaped and reordered by
`bidi_text`), WenQuanYi for Chinese, DejaVu Sans for Latin and Cyrillic — so an Arabic name in the
English list or a Latin name in the Arabic list prints right. Arabic documents are mirrored:
columns run from the right, text is right-aligned.

The document is plain data (`SpeakersDocument`) filled by `services.speaking`, with the words of
the database (levels, modes) already in the list's language.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from liaison_app.domain.enums import AttendanceMode, FormOfAddress, Gender, LevelOfRepresentation
from liaison_app.errors import UserError
from liaison_app.letters import bidi_text
from liaison_app.letters.fonts import (
    describe_characters,
    fonts_for,
    missing_characters,
    register_fonts,
)
from liaison_app.letters.salutations import EXCELLENCY_LEVELS, effective_gender
from liaison_app.letters.text_block import TextBlock
from liaison_app.letters.wording import Letterhead, long_date
from liaison_app.letters.wording import label as letter_label

L = LevelOfRepresentation
ACCENT = colors.HexColor("#1f4e79")
GREY = colors.HexColor("#555555")
HEADER_FILL = colors.HexColor("#e8eef5")
REMOTE_FILL = colors.HexColor("#eef6ee")
RULE = colors.HexColor("#9aa7b4")

# The words printed on the lists, each key's six languages together.
WORDS: dict[str, dict[str, str]] = {
    "list_title": {
        "ar": "قائمة المتحدثين",
        "zh": "发言者名单",
        "en": "List of speakers",
        "fr": "Liste des orateurs",
        "ru": "Список ораторов",
        "es": "Lista de oradores",
    },
    "run_sheet_title": {
        "ar": "الجدول التشغيلي لمدير الجلسة",
        "zh": "主持人流程表",
        "en": "Moderator's run sheet",
        "fr": "Feuille de route du modérateur",
        "ru": "Сценарий для модератора",
        "es": "Guion del moderador",
    },
    "number": {"ar": "الرقم", "zh": "序号", "en": "No.", "fr": "N°", "ru": "№", "es": "N.º"},
    "time": {"ar": "الوقت", "zh": "时间", "en": "Time", "fr": "Heure", "ru": "Время", "es": "Hora"},
    "delegation": {
        "ar": "الوفد",
        "zh": "代表团",
        "en": "Delegation",
        "fr": "Délégation",
        "ru": "Делегация",
        "es": "Delegación",
    },
    "speaker": {
        "ar": "المتحدث",
        "zh": "发言者",
        "en": "Speaker",
        "fr": "Orateur",
        "ru": "Оратор",
        "es": "Orador",
    },
    "level": {
        "ar": "مستوى التمثيل",
        "zh": "代表级别",
        "en": "Level",
        "fr": "Niveau",
        "ru": "Уровень",
        "es": "Nivel",
    },
    "mode": {
        "ar": "المشاركة",
        "zh": "参会方式",
        "en": "Participation",
        "fr": "Participation",
        "ru": "Участие",
        "es": "Participación",
    },
    "present": {
        "ar": "حاضر",
        "zh": "到场",
        "en": "Present",
        "fr": "Présent",
        "ru": "Присутствует",
        "es": "Presente",
    },
    "notes": {
        "ar": "ملاحظات",
        "zh": "备注",
        "en": "Notes",
        "fr": "Notes",
        "ru": "Примечания",
        "es": "Notas",
    },
    "waitlist": {
        "ar": "قائمة الانتظار",
        "zh": "候补名单",
        "en": "Waitlist",
        "fr": "Liste d'attente",
        "ru": "Лист ожидания",
        "es": "Lista de espera",
    },
    "waitlist_note": {
        "ar": "بالترتيب: ينتقل المتحدث إلى القائمة عند شغور موعد.",
        "zh": "按顺序排列：有发言时段空出时依次递补。",
        "en": "In order: a speaker moves up when a slot becomes free.",
        "fr": "Dans l'ordre\u00a0: un orateur est inscrit dès qu'une place se libère.",
        "ru": "По порядку: оратор включается в список, когда освобождается место.",
        "es": "Por orden: un orador pasa a la lista cuando queda libre un turno.",
    },
    "moderator": {
        "ar": "مدير الجلسة: {name}",
        "zh": "主持人：{name}",
        "en": "Moderator: {name}",
        "fr": "Modérateur\u00a0: {name}",
        "ru": "Модератор: {name}",
        "es": "Moderador: {name}",
    },
    "room": {
        "ar": "القاعة: {room}",
        "zh": "会议室：{room}",
        "en": "Room: {room}",
        "fr": "Salle\u00a0: {room}",
        "ru": "Зал: {room}",
        "es": "Sala: {room}",
    },
    "no_speakers": {
        "ar": "لا يوجد متحدثون بعد.",
        "zh": "暂无发言者。",
        "en": "No speakers yet.",
        "fr": "Aucun orateur pour l'instant.",
        "ru": "Ораторов пока нет.",
        "es": "Todavía no hay oradores.",
    },
    "summary": {
        "ar": "عدد المتحدثين: {count} · ينتهي آخر بيان في {time}",
        "zh": "发言者：{count}人 · 最后一位发言结束时间：{time}",
        "en": "Speakers: {count} · the last statement ends at {time}",
        "fr": "Orateurs\u00a0: {count} · fin de la dernière intervention à {time}",
        "ru": "Ораторов: {count} · последнее выступление заканчивается в {time}",
        "es": "Oradores: {count} · la última intervención termina a las {time}",
    },
    "over_capacity": {
        "ar": "تجاوز السعة: تنتهي الجلسة في {time} بدلاً من {end}.",
        "zh": "超出容量：会议将于{time}结束，而非{end}。",
        "en": "Over capacity: the session ends at {time} instead of {end}.",
        "fr": "Capacité dépassée\u00a0: la séance se termine à {time} au lieu de {end}.",
        "ru": "Превышение вместимости: заседание закончится в {time}, а не в {end}.",
        "es": "Capacidad superada: la sesión termina a las {time} en lugar de a las {end}.",
    },
    "printed": {
        "ar": "طُبع في {date}",
        "zh": "打印日期：{date}",
        "en": "Printed on {date}",
        "fr": "Imprimé le {date}",
        "ru": "Напечатано {date}",
        "es": "Impreso el {date}",
    },
}


def word(key: str, language: str, **values: object) -> str:
    text = WORDS[key].get(language) or WORDS[key]["en"]
    return text.format(**values) if values else text


def minutes_per_speaker(minutes: int, language: str) -> str:
    """ "3 minutes per speaker" with each language's plural of minute."""
    if language == "ru":
        tens, units = minutes % 100, minutes % 10
        if units == 1 and tens != 11:
            noun = "минута"
        elif 2 <= units <= 4 and not 12 <= tens <= 14:
            noun = "минуты"
        else:
            noun = "минут"
        return f"{minutes} {noun} на оратора"
    if language == "ar":
        if minutes == 1:
            return "دقيقة واحدة لكل متحدث"
        if minutes == 2:
            return "دقيقتان لكل متحدث"
        noun = "دقائق" if 3 <= minutes % 100 <= 10 else "دقيقة"
        return f"{minutes} {noun} لكل متحدث"
    patterns = {
        "zh": "每位发言者{n}分钟",
        "en": "{n} minute per speaker" if minutes == 1 else "{n} minutes per speaker",
        "fr": "{n} minute par orateur" if minutes == 1 else "{n} minutes par orateur",
        "es": "{n} minuto por orador" if minutes == 1 else "{n} minutos por orador",
    }
    return patterns.get(language, patterns["en"]).format(n=minutes)


# --- Protocol titles ----------------------------------------------------------------------------

_ARABIC_HONORIFIC = {
    L.HEAD_OF_STATE: "فخامة",
    L.VICE_PRESIDENT_OR_CROWN_PRINCE: "سمو",
    L.HEAD_OF_GOVERNMENT: "دولة",
    L.DEPUTY_PRIME_MINISTER: "معالي",
    L.MINISTER: "معالي",
    L.VICE_MINISTER: "معالي",
    L.AMBASSADOR: "سعادة",
}
#: Courtesy titles as lists of speakers abbreviate them.
_COURTESY = {
    "ar": {"male": "السيد", "female": "السيدة", "dr_male": "الدكتور", "dr_female": "الدكتورة"},
    "zh": {"male": "先生", "female": "女士"},
    "en": {"male": "Mr", "female": "Ms", "dr": "Dr", "prof": "Prof."},
    "fr": {"male": "M.", "female": "Mme"},
    "ru": {"male": "г-н", "female": "г-жа"},
    "es": {"male": "Sr.", "female": "Sra."},
}


def _courtesy(language: str, gender: Gender, form: FormOfAddress) -> str:
    titles = _COURTESY[language]
    sex = {Gender.MALE: "male", Gender.FEMALE: "female"}.get(gender)
    if form in (FormOfAddress.DR, FormOfAddress.PROF):
        if form.value in titles:
            return titles[form.value]
        if sex and f"{form.value}_{sex}" in titles:
            return titles[f"{form.value}_{sex}"]
    return titles.get(sex, "") if sex else ""


def protocol_name(
    language: str,
    level: LevelOfRepresentation | None,
    name: str,
    gender: Gender | str | None = None,
    form_of_address: FormOfAddress | str | None = None,
) -> str:
    """The name as a list of speakers prints it: "H.E. Mr Karim Mansour", «معالي السيد …»,
    "S.E. M. …", "Excmo. Sr. …", "Его Превосходительство г-н …", "王建华先生阁下"."""
    agreeing = effective_gender(gender, form_of_address)
    form = FormOfAddress(form_of_address) if form_of_address else FormOfAddress.NONE
    courtesy = _courtesy(language, agreeing, form)
    excellency = level in EXCELLENCY_LEVELS
    male, female = agreeing is Gender.MALE, agreeing is Gender.FEMALE
    if language == "zh":
        return f"{name}{courtesy}{'阁下' if excellency else ''}"
    if language == "ar":
        honorific = _ARABIC_HONORIFIC.get(level, "") if level else ""
        parts = [honorific, courtesy, name]
    elif language == "fr":
        parts = ["S.E." if excellency else "", courtesy, name]
    elif language == "es":
        if excellency:
            prefix = "Excmo. Sr." if male else "Excma. Sra." if female else "S.E."
            parts = [prefix, name]
        else:
            parts = [courtesy, name]
    elif language == "ru":
        if excellency:
            honorific = (
                "Его Превосходительство"
                if male
                else "Ее Превосходительство"
                if female
                else "Его/Ее Превосходительство"
            )
            parts = [honorific, courtesy, name]
        else:
            parts = [courtesy, name]
    else:
        parts = ["H.E." if excellency else "", courtesy, name]
    return " ".join(part for part in parts if part)


# --- Names in the list's script ----------------------------------------------------------------

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def script_of(text: str) -> str:
    """ "arabic", "cjk", "cyrillic", "latin" or "other" (Devanagari, Greek …): the script of the
    text's letters; Latin only when every letter is Latin."""
    if _ARABIC.search(text):
        return "arabic"
    if _CJK.search(text):
        return "cjk"
    if _CYRILLIC.search(text):
        return "cyrillic"
    letters = [char for char in text if char.isalpha()]
    if all(_LATIN_LETTER.match(char) for char in letters):
        return "latin"
    return "other"


_SCRIPT_OF_LANGUAGE = {
    "ar": "arabic",
    "zh": "cjk",
    "ru": "cyrillic",
    "en": "latin",
    "fr": "latin",
    "es": "latin",
}


def name_for_list(native: str | None, latin: str | None, language: str) -> str:
    """The speaker's own spelling when it is in the list's script, else the Latin one."""
    native = (native or "").strip()
    latin = (latin or "").strip()
    if native and script_of(native) == _SCRIPT_OF_LANGUAGE.get(language, "latin"):
        return native
    return latin or native


# --- The document ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerLine:
    """One speaker, with the database's words already in the list's language."""

    number: int
    delegation: str
    #: The name as the list prints it (see `name_for_list`), without protocol title.
    name: str
    level: LevelOfRepresentation
    level_label: str
    mode: AttendanceMode
    mode_label: str
    title: str | None = None
    start: time | None = None
    end: time | None = None
    gender: str | None = None
    form_of_address: str | None = None


@dataclass(frozen=True)
class SessionBlock:
    title: str
    day: date
    start: time
    end: time
    minutes_per_speaker: int
    capacity: int
    speakers: tuple[SpeakerLine, ...]
    code: str | None = None
    room: str | None = None
    moderator: str | None = None


@dataclass(frozen=True)
class SpeakersDocument:
    language: str
    letterhead: Letterhead
    event_title: str
    sessions: tuple[SessionBlock, ...]
    waitlist: tuple[SpeakerLine, ...] = ()
    #: "30 May – 3 June 2022, Geneva" as the event is described, in the list's language.
    event_line: str = ""
    printed_on: date = field(default_factory=date.today)

    def texts(self) -> list[str]:
        return [
            self.event_title,
            self.event_line,
            *(s.title for s in self.sessions),
            *(s.moderator or "" for s in self.sessions),
            *(s.room or "" for s in self.sessions),
        ]


# --- Cells --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Look:
    size: float = 9.0
    bold: bool = False
    #: "start", "end" or "center", mirrored in Arabic documents.
    align: str = "start"
    color: object = colors.black


def _fonts_for_text(text: str, language: str):
    """The fonts that draw `text`: those of its script, else any shipped face that can."""
    script = script_of(text)
    if script == "arabic":
        chosen = fonts_for("ar")
    elif script == "cjk" or (
        language == "zh" and not _LATIN_LETTER.search(text) and not _CYRILLIC.search(text)
    ):
        # Digits and punctuation of a Chinese document stay in its face.
        chosen = fonts_for("zh")
    else:
        chosen = fonts_for("en")
    if not missing_characters(text, (chosen.regular, chosen.bold)):
        return chosen
    for other in (fonts_for("en"), fonts_for("ar"), fonts_for("zh")):
        if not missing_characters(text, (other.regular, other.bold)):
            return other
    missing = missing_characters(text, (chosen.regular,))
    raise UserError(
        "{text} cannot be printed: the fonts have no glyph for {characters}.",
        text=text,
        characters=describe_characters(missing),
    )


def _side(look: _Look, rtl: bool) -> str:
    if look.align == "center":
        return "center"
    return "right" if (look.align == "start") == rtl else "left"


#: A cell's text is made smaller, down to this size, rather than let a long word overflow.
MIN_SIZE = 6.0


class _FittingBlock(TextBlock):
    """A text block whose size shrinks until its longest word fits the column: words such as
    «представительства» or "Participation" are never broken, so they must fit whole."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's Flowable signature
        if self._laid_width is None and not self.cjk:
            shape = bidi_text.shaped if self.rtl else str
            widest = max(
                (stringWidth(shape(w), self.font, self.size) for w in self.text.split()),
                default=0.0,
            )
            if widest > availWidth > 0:
                scale = max(MIN_SIZE / self.size, availWidth / widest)
                self.size *= scale
                self.leading *= scale
        return super().wrap(availWidth, availHeight)


def cell(text: str, language: str, look: _Look = _Look()) -> Flowable:
    """A piece of text in the font of its script, aligned for the document's direction."""
    fonts = _fonts_for_text(text, language)
    font = fonts.bold if look.bold else fonts.regular
    # Each face at the size that reads as the others' (Amiri's x-height is small).
    size = look.size * (fonts.size / 10.5)
    leading = size * fonts.leading / fonts.size
    return _FittingBlock(
        text,
        font,
        size,
        leading,
        align=_side(look, language == "ar"),
        rtl=fonts.right_to_left,
        cjk=fonts.cjk,
        color=look.color,
    )


def _stack(*flowables: Flowable | None) -> list[Flowable]:
    return [f for f in flowables if f is not None]


def _hhmm(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def _time_range(start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    if end is None:
        return _hhmm(start)
    return f"{_hhmm(start)}–{_hhmm(end)}"


# --- Page furniture ----------------------------------------------------------------------------


def _draw_text(
    canvas: Canvas,
    text: str,
    language: str,
    size: float,
    x: float,
    y: float,
    anchor: str,
    *,
    bold: bool = False,
) -> None:
    fonts = _fonts_for_text(text, language)
    font = fonts.bold if bold else fonts.regular
    if fonts.right_to_left:
        text = bidi_text.visual_line(text)
    canvas.setFont(font, size * (fonts.size / 10.5))
    if anchor == "left":
        canvas.drawString(x, y, text)
    elif anchor == "right":
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawCentredString(x, y, text)


class _NumberedCanvas(Canvas):
    """Keeps every page until the end, so each footer can say "page N of M"."""

    def __init__(self, *args, furniture=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._furniture = furniture

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self._furniture is not None:
                self._furniture(self, number, total)
            super().showPage()
        super().save()


class _Document(BaseDocTemplate):
    def __init__(self, buffer, pagesize, *, title: str, author: str) -> None:
        margin = 16 * mm
        super().__init__(
            buffer,
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=22 * mm,
            bottomMargin=18 * mm,
            title=title,
            author=author,
            creator="Liaison Desk",
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])


def _render(document: SpeakersDocument, story: list[Flowable], pagesize, title: str) -> bytes:
    language = document.language
    rtl = language == "ar"
    width, height = pagesize
    margin = 16 * mm
    start_x, end_x = (width - margin, margin) if rtl else (margin, width - margin)
    start_anchor, end_anchor = ("right", "left") if rtl else ("left", "right")
    organization = document.letterhead.text("organization", language)
    printed = word("printed", language, date=long_date(document.printed_on, language))

    def furniture(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColor(GREY)
        top = height - 12 * mm
        _draw_text(canvas, organization, language, 8.5, start_x, top, start_anchor, bold=True)
        _draw_text(
            canvas, f"{title} · {document.event_title}", language, 8.5, end_x, top, end_anchor
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(margin, top - 3 * mm, width - margin, top - 3 * mm)
        canvas.line(margin, 12 * mm, width - margin, 12 * mm)
        _draw_text(canvas, printed, language, 8, start_x, 8 * mm, start_anchor)
        page = letter_label("page", language, n=number, m=total)
        _draw_text(canvas, page, language, 8, end_x, 8 * mm, end_anchor)
        canvas.restoreState()

    register_fonts()
    buffer = io.BytesIO()
    doc = _Document(
        buffer, pagesize, title=f"{title} — {document.event_title}", author=organization
    )
    doc.build(
        story,
        canvasmaker=lambda *args, **kwargs: _NumberedCanvas(*args, furniture=furniture, **kwargs),
    )
    return buffer.getvalue()


def _heading(document: SpeakersDocument, title: str) -> list[Flowable]:
    language = document.language
    items = [
        cell(title, language, _Look(size=17, bold=True, align="center", color=ACCENT)),
        Spacer(1, 2 * mm),
        cell(document.event_title, language, _Look(size=11.5, bold=True, align="center")),
    ]
    if document.event_line:
        items.append(
            cell(document.event_line, language, _Look(size=9.5, align="center", color=GREY))
        )
    items.append(Spacer(1, 6 * mm))
    return items


def _session_heading(block: SessionBlock, language: str, *, large: bool = False) -> list[Flowable]:
    scale = 1.25 if large else 1.0
    when = f"{long_date(block.day, language)} · {_time_range(block.start, block.end)}"
    details = [when]
    if block.room:
        details.append(word("room", language, room=block.room))
    details.append(minutes_per_speaker(block.minutes_per_speaker, language))
    items: list[Flowable] = [
        cell(block.title, language, _Look(size=11 * scale, bold=True, color=ACCENT)),
        Spacer(1, 1 * mm),
        cell(" · ".join(details), language, _Look(size=8.5 * scale, color=GREY)),
    ]
    if block.moderator:
        items.append(
            cell(
                word("moderator", language, name=block.moderator),
                language,
                _Look(size=8.5 * scale, color=GREY),
            )
        )
    items.append(Spacer(1, 2.5 * mm))
    return items


def _table(
    rows: Sequence[Sequence[Flowable | list[Flowable] | str]],
    widths: Sequence[float],
    rtl: bool,
    *,
    remote_rows: Sequence[int] = (),
    padding: float = 3,
) -> Table:
    if rtl:
        rows = [list(reversed(row)) for row in rows]
        widths = list(reversed(widths))
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in remote_rows:
        style.append(("BACKGROUND", (0, row), (-1, row), REMOTE_FILL))
    table.setStyle(TableStyle(style))
    return table


def _speaker_cell(line: SpeakerLine, language: str, size: float) -> list[Flowable]:
    name = protocol_name(language, line.level, line.name, line.gender, line.form_of_address)
    return _stack(
        cell(name, language, _Look(size=size, bold=True)),
        cell(line.title, language, _Look(size=size * 0.9, color=GREY)) if line.title else None,
    )


# --- The list of speakers ----------------------------------------------------------------------


def render_speakers_list(document: SpeakersDocument) -> bytes:
    """The list of speakers of every session, then the waitlist, as one PDF."""
    language = document.language
    rtl = language == "ar"
    title = word("list_title", language)
    width = A4[0] - 32 * mm
    widths = [0.045, 0.075, 0.17, 0.39, 0.17, 0.15]
    widths = [w * width for w in widths]
    head = _Look(size=8.5, bold=True)
    story: list[Flowable] = _heading(document, title)
    for block in document.sessions:
        heading = _session_heading(block, language)
        if not block.speakers:
            story.append(
                KeepTogether(
                    [
                        *heading,
                        cell(word("no_speakers", language), language, _Look(size=9, color=GREY)),
                    ]
                )
            )
            story.append(Spacer(1, 6 * mm))
            continue
        rows: list[list] = [
            [
                cell(word(key, language), language, head)
                for key in ("number", "time", "delegation", "speaker", "level", "mode")
            ]
        ]
        for line in block.speakers:
            rows.append(
                [
                    cell(str(line.number), language, _Look()),
                    cell(_hhmm(line.start), language, _Look()),
                    cell(line.delegation, language, _Look(bold=True)),
                    _speaker_cell(line, language, 9),
                    cell(line.level_label, language, _Look(size=8.5)),
                    cell(line.mode_label, language, _Look(size=8.5)),
                ]
            )
        story.append(CondPageBreak(45 * mm))
        story.extend(heading)
        story.append(_table(rows, widths, rtl))
        story.append(Spacer(1, 7 * mm))
    if document.waitlist:
        rows = [
            [
                cell(word(key, language), language, head)
                for key in ("number", "delegation", "speaker", "level", "mode")
            ]
        ]
        for line in document.waitlist:
            rows.append(
                [
                    cell(str(line.number), language, _Look()),
                    cell(line.delegation, language, _Look(bold=True)),
                    _speaker_cell(line, language, 9),
                    cell(line.level_label, language, _Look(size=8.5)),
                    cell(line.mode_label, language, _Look(size=8.5)),
                ]
            )
        story.append(CondPageBreak(45 * mm))
        story.append(
            cell(word("waitlist", language), language, _Look(size=11, bold=True, color=ACCENT))
        )
        story.append(cell(word("waitlist_note", language), language, _Look(size=8.5, color=GREY)))
        story.append(Spacer(1, 2.5 * mm))
        waitlist_widths = [w * width for w in (0.045, 0.2, 0.435, 0.17, 0.15)]
        story.append(_table(rows, waitlist_widths, rtl))
    return _render(document, story, A4, title)


# --- The run sheet -----------------------------------------------------------------------------


def _end_of_statement(day: date, start: time, minutes: int) -> time:
    return (datetime.combine(day, start) + timedelta(minutes=minutes)).time()


def render_run_sheet(document: SpeakersDocument) -> bytes:
    """One landscape page (or more) per session for its moderator."""
    language = document.language
    rtl = language == "ar"
    title = word("run_sheet_title", language)
    pagesize = landscape(A4)
    width = pagesize[0] - 32 * mm
    fractions = (0.04, 0.1, 0.15, 0.33, 0.12, 0.1, 0.07, 0.09)
    widths = [f * width for f in fractions]
    head = _Look(size=9.5, bold=True)
    story: list[Flowable] = []
    for index, block in enumerate(document.sessions):
        if index:
            story.append(PageBreak())
        story.append(cell(title, language, _Look(size=10, bold=True, color=GREY)))
        story.append(Spacer(1, 1.5 * mm))
        story.extend(_session_heading(block, language, large=True))
        if not block.speakers:
            story.append(cell(word("no_speakers", language), language, _Look(size=11)))
            continue
        last = block.speakers[-1]
        ends = last.end or _end_of_statement(
            block.day, last.start or block.start, block.minutes_per_speaker
        )
        story.append(
            cell(
                word("summary", language, count=len(block.speakers), time=_hhmm(ends)),
                language,
                _Look(size=10, bold=True),
            )
        )
        if len(block.speakers) > block.capacity:
            story.append(
                cell(
                    word("over_capacity", language, time=_hhmm(ends), end=_hhmm(block.end)),
                    language,
                    _Look(size=10, bold=True, color=colors.HexColor("#b3261e")),
                )
            )
        story.append(Spacer(1, 3 * mm))
        rows: list[list] = [
            [
                cell(word(key, language), language, head)
                for key in (
                    "number",
                    "time",
                    "delegation",
                    "speaker",
                    "level",
                    "mode",
                    "present",
                    "notes",
                )
            ]
        ]
        remote_rows = []
        for row_number, line in enumerate(block.speakers, start=1):
            end = line.end or (
                _end_of_statement(block.day, line.start, block.minutes_per_speaker)
                if line.start
                else None
            )
            if line.mode is AttendanceMode.REMOTE:
                remote_rows.append(row_number)
            rows.append(
                [
                    cell(str(line.number), language, _Look(size=11, bold=True)),
                    cell(_time_range(line.start, end), language, _Look(size=10)),
                    cell(line.delegation, language, _Look(size=10.5, bold=True)),
                    _speaker_cell(line, language, 10.5),
                    cell(line.level_label, language, _Look(size=9.5)),
                    cell(
                        line.mode_label,
                        language,
                        _Look(size=9.5, bold=line.mode is AttendanceMode.REMOTE),
                    ),
                    "",
                    "",
                ]
            )
        table = _table(rows, widths, rtl, remote_rows=remote_rows, padding=5)
        # A box to tick per speaker: the "present" column gets its own grid.
        present = 1 if rtl else 6
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (present, 1), (present, -1), 0.5, RULE),
                    ("INNERGRID", (present, 1), (present, -1), 0.5, RULE),
                ]
            )
        )
        story.append(table)
    if not story:
        story.append(cell(word("no_speakers", language), language, _Look(size=11)))
    return _render(document, story, pagesize, title)
