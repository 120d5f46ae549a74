"""The fixed wording around a letter in six languages: labels, dates, amounts, the letterhead.

This is letter text, not interface text: it is printed in the letter's language whatever language
the window is in, so it lives here (plain dicts, no Qt) rather than in the Qt translations.
Dates and amounts are written by Babel the way each language writes them, with Western digits as
the secretariat's Arabic circulars do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_currency

from liaison_app.letters.bidi_text import strip_controls

#: Babel locale per letter language; en_GB writes "21 March 2022" as UN correspondence does.
LOCALES = {"ar": "ar", "zh": "zh_Hans", "en": "en_GB", "fr": "fr", "ru": "ru", "es": "es"}

#: French sets a no-break space before a colon or semicolon («Objet : »), as its typography
#: requires; the other languages do not.
LABELS: dict[str, dict[str, str]] = {
    "reference": {
        "ar": "المرجع:",
        "zh": "文号：",
        "en": "Ref.:",
        "fr": "Réf.\u00a0:",
        "ru": "Исх.:",
        "es": "Ref.:",
    },
    "subject": {
        "ar": "الموضوع:",
        "zh": "事由：",
        "en": "Subject:",
        "fr": "Objet\u00a0:",
        "ru": "Предмет:",
        "es": "Asunto:",
    },
    "contact": {
        "ar": "جهة الاتصال:",
        "zh": "联系人：",
        "en": "Contact:",
        "fr": "Contact\u00a0:",
        "ru": "Для контактов:",
        "es": "Contacto:",
    },
    "phone": {"ar": "الهاتف:", "zh": "电话：", "en": "Tel.:", "fr": "Tél.\u00a0:", "ru": "Тел.:",
              "es": "Tel.:"},
    "email": {
        "ar": "البريد الإلكتروني:",
        "zh": "电子邮件：",
        "en": "E-mail:",
        "fr": "Courriel\u00a0:",
        "ru": "Эл. почта:",
        "es": "Correo-e:",
    },
    "to": {"ar": "إلى:", "zh": "致：", "en": "To:", "fr": "À\u00a0:", "ru": "Кому:", "es": "A:"},
    "page": {
        "ar": "الصفحة {n} من {m}",
        "zh": "第{n}页，共{m}页",
        "en": "Page {n} of {m}",
        "fr": "Page {n} sur {m}",
        "ru": "Страница {n} из {m}",
        "es": "Página {n} de {m}",
    },
    "courtesy_copy": {
        "ar": "نسخة مجاملة باللغة الإنكليزية – الأصل باللغة {original}",
        "zh": "英文礼节性副本——原件为{original}",
        "en": "Courtesy copy in English – the original is in {original}",
        "fr": "Copie de courtoisie en anglais – l'original est en {original}",
        "ru": "Копия на английском языке для сведения – оригинал на языке: {original}",
        "es": "Copia de cortesía en inglés – el original está en {original}",
    },
    "cover_title": {
        "ar": "مجموعة الرسائل",
        "zh": "信函汇编",
        "en": "Letter pack",
        "fr": "Lot de lettres",
        "ru": "Пакет писем",
        "es": "Lote de cartas",
    },
    "cover_summary": {
        "ar": "{kind} – {count} رسالة – أُعدت في {date}",
        "zh": "{kind}——共{count}封——{date}生成",
        "en": "{kind} – {count} letters – prepared on {date}",
        "fr": "{kind} – {count} lettres – préparé le {date}",
        "ru": "{kind} – писем: {count} – подготовлено {date}",
        "es": "{kind} – {count} cartas – preparado el {date}",
    },
    "cover_number": {"ar": "رقم", "zh": "序号", "en": "No.", "fr": "N°", "ru": "№", "es": "N.º"},
    "cover_reference": {
        "ar": "المرجع",
        "zh": "文号",
        "en": "Reference",
        "fr": "Référence",
        "ru": "Номер",
        "es": "Referencia",
    },
    "cover_recipient": {
        "ar": "المرسل إليه",
        "zh": "收件人",
        "en": "Recipient",
        "fr": "Destinataire",
        "ru": "Адресат",
        "es": "Destinatario",
    },
    "cover_minister": {
        "ar": "الوزير",
        "zh": "部长",
        "en": "Minister",
        "fr": "Ministre",
        "ru": "Министр",
        "es": "Ministro",
    },
    "cover_member_state": {
        "ar": "الدولة العضو",
        "zh": "成员国",
        "en": "Member State",
        "fr": "État Membre",
        "ru": "Государство-Член",
        "es": "Estado Miembro",
    },
    "cover_language": {
        "ar": "اللغة",
        "zh": "语言",
        "en": "Language",
        "fr": "Langue",
        "ru": "Язык",
        "es": "Idioma",
    },
    "cover_page": {
        "ar": "الصفحة",
        "zh": "页码",
        "en": "Page",
        "fr": "Page",
        "ru": "Стр.",
        "es": "Página",
    },
}  # fmt: skip

#: The kind of letter, as the cover sheet names it.
KIND_NAMES: dict[str, dict[str, str]] = {
    "invitation": {
        "ar": "دعوات",
        "zh": "邀请函",
        "en": "Invitations",
        "fr": "Invitations",
        "ru": "Приглашения",
        "es": "Invitaciones",
    },
    "reminder": {
        "ar": "رسائل تذكير",
        "zh": "催复函",
        "en": "Reminders",
        "fr": "Rappels",
        "ru": "Напоминания",
        "es": "Recordatorios",
    },
    "speaking_confirmation": {
        "ar": "تأكيد مواعيد الكلمات",
        "zh": "发言时段确认函",
        "en": "Speaking-slot confirmations",
        "fr": "Confirmations de temps de parole",
        "ru": "Подтверждения выступлений",
        "es": "Confirmaciones de turnos de intervención",
    },
    "waitlist_notice": {
        "ar": "إشعارات قائمة الانتظار",
        "zh": "候补名单通知",
        "en": "Waiting-list notices",
        "fr": "Avis de liste d'attente",
        "ru": "Уведомления о листе ожидания",
        "es": "Avisos de lista de espera",
    },
    "partnership_acknowledgement": {
        "ar": "إشعارات استلام طلبات الشراكة",
        "zh": "合作伙伴意向确认函",
        "en": "Partnership acknowledgements",
        "fr": "Accusés de réception de partenariat",
        "ru": "Подтверждения по партнерству",
        "es": "Acuses de recibo de alianzas",
    },
    "thank_you": {
        "ar": "رسائل شكر",
        "zh": "感谢信",
        "en": "Thank-you letters",
        "fr": "Lettres de remerciement",
        "ru": "Благодарственные письма",
        "es": "Cartas de agradecimiento",
    },
    "free": {
        "ar": "رسائل",
        "zh": "信函",
        "en": "Letters",
        "fr": "Lettres",
        "ru": "Письма",
        "es": "Cartas",
    },
}


def label(key: str, language: str, **values: object) -> str:
    text = LABELS[key].get(language) or LABELS[key]["en"]
    return text.format(**values) if values else text


def kind_name(kind: str, language: str) -> str:
    names = KIND_NAMES.get(kind, KIND_NAMES["free"])
    return names.get(language) or names["en"]


def language_name(code: str, in_language: str) -> str:
    """ "Arabic", «العربية» …: the name of a letter language written in another language."""
    locale = Locale.parse(LOCALES.get(in_language, "en_GB"))
    return locale.languages.get(code, code)


# --- Dates, times, amounts ----------------------------------------------------------------------

#: Day and month without the year, for the first date of a range in the same year.
_DAY_MONTH = {"ar": "d MMMM", "zh": "M月d日", "en": "d MMMM", "fr": "d MMMM", "ru": "d MMMM",
              "es": "d 'de' MMMM"}  # fmt: skip
_RANGE_DASH = {"ar": " – ", "zh": "至", "en": " – ", "fr": " – ", "ru": " – ", "es": " – "}


def _locale(language: str) -> str:
    return LOCALES.get(language, "en_GB")


@lru_cache(maxsize=4096)
def long_date(day: date | None, language: str) -> str:
    """ "21 March 2022", «21 مارس 2022», "2022年3月21日", "21 марта 2022 года"; empty for None."""
    if day is None:
        return ""
    # Russian prose writes «15 марта 2022 года»; Babel's "г." would end a sentence in "г..".
    pattern = "d MMMM y 'года'" if language == "ru" else "long"
    return strip_controls(format_date(day, pattern, locale=_locale(language)))


@lru_cache(maxsize=4096)
def date_range(start: date | None, end: date | None, language: str) -> str:
    """ "30 May – 3 June 2022", "2022年5月30日至6月3日": the year once when both share it."""
    if start is None or end is None:
        return long_date(start or end, language)
    if start == end:
        return long_date(start, language)
    if start.year != end.year:
        return f"{long_date(start, language)}{_RANGE_DASH[language]}{long_date(end, language)}"
    if language == "zh":
        return f"{long_date(start, language)}至{format_date(end, 'M月d日', locale='zh_Hans')}"
    first = format_date(start, _DAY_MONTH[language], locale=_locale(language))
    return f"{first}{_RANGE_DASH[language]}{long_date(end, language)}"


def time_range(start: time | None, end: time | None, language: str) -> str:
    if start is None:
        return ""
    text = start.strftime("%H:%M")
    if end is not None:
        # Arabic says the range in words: a dash between two Latin runs reads either way round.
        joint = {"zh": "至", "ar": " إلى "}.get(language, "–")
        text += joint + end.strftime("%H:%M")
    return text


def money(amount: Decimal | int | None, currency: str | None, language: str) -> str:
    """ "CHF 50,000" as each language writes amounts; whole amounts without decimals."""
    if amount is None or not currency:
        return ""
    value = Decimal(amount)
    pattern = None
    if value == value.to_integral_value():
        # The locale's currency pattern, without its fraction digits.
        pattern = Locale.parse(_locale(language)).currency_formats["standard"].pattern
        pattern = pattern.replace(".00", "").replace(",00", "")
    text = format_currency(
        value, currency, format=pattern, locale=_locale(language), currency_digits=pattern is None
    )
    return strip_controls(text).replace("\u202f", "\u00a0")


def in_words_list(items: list[str], language: str) -> str:
    """ "ITU, UNESCO, UNCTAD and UNDP", «ITU وUNESCO …» as each language joins a list."""
    items = [item for item in items if item]
    if not items:
        return ""
    return format_list(items, locale=_locale(language))


# --- Letterhead ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    """Who writes: printed at the head and foot of every letter; configurable per database."""

    organization: dict[str, str] = field(default_factory=dict)
    department: dict[str, str] = field(default_factory=dict)
    city: dict[str, str] = field(default_factory=dict)
    address: dict[str, str] = field(default_factory=dict)
    #: PNG or JPEG bytes of the logo, or None for a text letterhead.
    logo: bytes | None = None

    def text(self, part: str, language: str) -> str:
        values: dict[str, str] = getattr(self, part)
        return values.get(language) or values.get("en") or ""


DEFAULT_LETTERHEAD = Letterhead(
    organization={
        "ar": "الاتحاد الدولي للاتصالات",
        "zh": "国际电信联盟",
        "en": "International Telecommunication Union",
        "fr": "Union internationale des télécommunications",
        "ru": "Международный союз электросвязи",
        "es": "Unión Internacional de Telecomunicaciones",
    },
    department={
        "ar": "الأمانة العامة",
        "zh": "总秘书处",
        "en": "General Secretariat",
        "fr": "Secrétariat général",
        "ru": "Генеральный секретариат",
        "es": "Secretaría General",
    },
    city={
        "ar": "جنيف",
        "zh": "日内瓦",
        "en": "Geneva",
        "fr": "Genève",
        "ru": "Женева",
        "es": "Ginebra",
    },
    address={
        "ar": "Place des Nations، CH-1211 جنيف 20، سويسرا",
        "zh": "瑞士日内瓦 Place des Nations, CH-1211 Geneva 20",
        "en": "Place des Nations, CH-1211 Geneva 20, Switzerland",
        "fr": "Place des Nations, CH-1211 Genève 20, Suisse",
        "ru": "Place des Nations, CH-1211 Geneva 20, Швейцария",
        "es": "Place des Nations, CH-1211 Ginebra 20, Suiza",
    },
)


def place_and_date(city: str, day: date, language: str) -> str:
    """ "Geneva, 21 March 2022", «جنيف، 21 مارس 2022», "Genève, le 21 mars 2022"."""
    written = long_date(day, language)
    if not city:
        return written
    return {
        "ar": f"{city}، {written}",
        "zh": f"{city}，{written}",
        "fr": f"{city}, le {written}",
    }.get(language, f"{city}, {written}")
