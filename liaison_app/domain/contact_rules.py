"""The rules of a contact's fields: what is accepted, how it is stored, why a value is refused."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from liaison_app.domain.enums import FormOfAddress, Gender, LevelOfRepresentation
from liaison_app.domain.text_folding import fold
from liaison_app.i18n import N_

#: Column sizes of `Contact` (PostgreSQL enforces them; SQLite would not, so we do).
MAX_LENGTHS: dict[str, int] = {
    "full_name": 300,
    "full_name_latin": 300,
    "given_name": 150,
    "family_name": 150,
    "position": 300,
    "email": 320,
    "email_alt": 320,
    "phone": 32,
    "phone_mobile": 32,
    "preferred_language": 16,
}

#: Fields holding free text, kept as written (only trimmed).
TEXT_FIELDS = (
    "full_name",
    "full_name_latin",
    "given_name",
    "family_name",
    "position",
    "postal_address",
    "salutation_override",
    "notes",
)


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """Why a field's value is refused: an English sentence (the translation key) and its values."""

    field: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, language: str = "en") -> str:
        from liaison_app.i18n import translate  # late: catalogs are read on first use

        return translate(self.message, language).format(**self.params)

    def __str__(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True, slots=True)
class Checked:
    """A value as it will be stored (None when empty), or the problem that refuses it."""

    value: Any = None
    problem: FieldProblem | None = None
    #: "phone" for a phone number: `display` then shows it in international format.
    kind: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def display(self) -> str | None:
        """How to show the stored value (phones in international format); None when empty."""
        if self.value is None:
            return None
        if self.kind == "phone":
            # Formatting parses the number again: done only when shown, not for every import row.
            return display_phone(self.value)
        return str(self.value)


def _blank(text: Any) -> bool:
    return text is None or (isinstance(text, str) and not text.strip())


def _too_long(field_name: str, value: str) -> FieldProblem | None:
    limit = MAX_LENGTHS.get(field_name)
    if limit is not None and len(value) > limit:
        return FieldProblem(
            field_name,
            N_("Too long: at most {limit} characters ({length} given)."),
            {"limit": limit, "length": len(value)},
        )
    return None


# ---------------------------------------------------------------------------------------------
# Names and free text


def check_text(field_name: str, text: Any) -> Checked:
    """Free text: trimmed, line breaks kept (postal addresses), None when blank."""
    if _blank(text):
        return Checked(None)
    value = str(text).strip()
    if problem := _too_long(field_name, value):
        return Checked(None, problem)
    return Checked(value)


def check_name(text: Any, field_name: str = "full_name", *, required: bool = True) -> Checked:
    """A person's name: required, at least one letter, no line breaks; spaces collapsed."""
    if _blank(text):
        if required:
            return Checked(None, FieldProblem(field_name, N_("A name is required.")))
        return Checked(None)
    value = " ".join(str(text).split())
    if not any(ch.isalpha() for ch in value):
        return Checked(
            None,
            FieldProblem(
                field_name, N_("A name needs at least one letter: {value}"), {"value": value}
            ),
        )
    if problem := _too_long(field_name, value):
        return Checked(None, problem)
    return Checked(value)


def is_latin_script(text: str) -> bool:
    """True when every letter of `text` is Latin (a name that needs no transliteration)."""
    folded = fold(text)
    return all(ch.isascii() for ch in folded if ch.isalpha())


# ---------------------------------------------------------------------------------------------
# E-mail


# Plain ASCII addresses (nearly all of them) are checked by this pattern: everything it accepts,
# email-validator accepts too and normalises the same way (domain in lower case), at a
# fiftieth of the cost. Anything else (quoted local parts, Unicode, punycode "xn--" labels,
# special-use domains) goes through email-validator itself.
_PLAIN_EMAIL = re.compile(
    r"(?P<local>[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)"
    r"@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
)
_SPECIAL_USE = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def _plain_email(raw: str) -> str | None:
    match = _PLAIN_EMAIL.fullmatch(raw)
    if match is None or len(raw) > 254 or len(match["local"]) > 64:
        return None
    domain = match["domain"].lower()
    labels = domain.split(".")
    if labels[-1] in _SPECIAL_USE or any(label[2:4] == "--" for label in labels):
        return None
    return f"{match['local']}@{domain}"


def check_email(text: Any, field_name: str = "email") -> Checked:
    """An e-mail address, checked for form only (no network), with its domain normalised."""
    if _blank(text):
        return Checked(None)
    raw = str(text).strip()
    if raw.lower().startswith("mailto:"):
        raw = raw[7:]
    raw = raw.strip().strip("<>").strip()
    plain = _plain_email(raw)
    if plain is not None:
        return Checked(plain)
    try:
        result = validate_email(raw, check_deliverability=False)
    except EmailNotValidError as error:
        return Checked(
            None,
            FieldProblem(
                field_name,
                N_("Not a valid e-mail address: {value} ({detail})"),
                {"value": raw, "detail": str(error)},
            ),
        )
    value = result.normalized
    if problem := _too_long(field_name, value):
        return Checked(None, problem)
    return Checked(value)


def email_key(email: str | None) -> str:
    """What makes two addresses the same mailbox for de-duplication: case does not count."""
    return email.strip().casefold() if email else ""


_EMAIL_SPLIT = re.compile(r"[;,\s]+")


def split_emails(text: Any) -> list[str]:
    """Several addresses in one cell ("a@x.org; b@y.org"), in order."""
    if _blank(text):
        return []
    return [part for part in _EMAIL_SPLIT.split(str(text).strip()) if part]


# ---------------------------------------------------------------------------------------------
# Phones

_PHONE_SPLIT = re.compile(r"\s*(?:[;/|\n]|,(?!\d{3}\b))\s*")
_EXTENSION = ";ext="


def _digits_and_plus(text: str) -> str:
    # fold turns Arabic-Indic digits into ASCII ones (and drops bidi marks pasted from Word).
    return text if text.isascii() else fold(text)


def check_phone(text: Any, region: str | None = None, field_name: str = "phone") -> Checked:
    """A phone number stored in E.164 ("+41227305350"), shown in international format.

    `region` is the ISO alpha-2 code of the contact's member state: it lets "022 730 53 50" be
    read as a Swiss number. Numbers that Excel turned into plain digits ("41227305350": the "+"
    or "00" lost) are tried with a "+" in front. An extension is kept after ";ext=" (RFC 3966).
    """
    if _blank(text):
        return Checked(None)
    raw = _digits_and_plus(str(text).strip())
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    fast = _international_fast(raw)
    if fast is not None:
        return Checked(fast, kind="phone")
    attempts: list[tuple[str, str | None]] = [(raw, region)]
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not raw.startswith("+") and digits:
        attempts.append(("+" + raw, None))
    number = None
    for candidate, candidate_region in attempts:
        try:
            parsed = phonenumbers.parse(candidate, candidate_region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            number = parsed
            break
    if number is None:
        if not raw.startswith("+") and region is None:
            message = N_("Not a valid phone number: {value} (add the country code, e.g. +41).")
        else:
            message = N_("Not a valid phone number: {value}")
        return Checked(None, FieldProblem(field_name, message, {"value": str(text).strip()}))
    value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.extension:
        value += f"{_EXTENSION}{number.extension}"
    if problem := _too_long(field_name, value):
        return Checked(None, problem)
    return Checked(value, kind="phone")


_PHONE_PUNCTUATION = str.maketrans("", "", " -.()/\u00a0")


def _international_fast(raw: str) -> str | None:
    """E.164 of a plain international number ("+41 22 730 53 50"), when valid; else None.

    Builds the number from its country code (ITU codes are prefix-free, so the first known
    prefix is the one) instead of running phonenumbers' full parser, which costs three times
    more. National numbers with a leading zero (Italy) or a trunk "(0)" are left to the parser.
    """
    if not raw.startswith("+"):
        return None
    digits = raw[1:].translate(_PHONE_PUNCTUATION)
    if not digits.isascii() or not digits.isdigit() or not 7 <= len(digits) <= 15:
        return None
    for length in (1, 2, 3):
        code = int(digits[:length])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[length:]
            if not national or national[0] == "0":
                return None
            number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
            return f"+{digits}" if phonenumbers.is_valid_number(number) else None
    return None


def display_phone(stored: str | None) -> str:
    """A stored E.164 number in international format: "+41 22 730 53 50"."""
    if not stored:
        return ""
    number_text, _, extension = stored.partition(_EXTENSION)
    try:
        number = phonenumbers.parse(number_text, None)
    except phonenumbers.NumberParseException:
        return stored
    shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return f"{shown} ext. {extension}" if extension else shown


def is_mobile(stored: str | None) -> bool:
    if not stored:
        return False
    try:
        number = phonenumbers.parse(stored.partition(_EXTENSION)[0], None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def split_phones(text: Any) -> list[str]:
    """Several numbers in one cell ("022 730 53 50 / 079 123 45 67"), in order."""
    if _blank(text):
        return []
    return [part for part in _PHONE_SPLIT.split(str(text).strip()) if part.strip()]


# ---------------------------------------------------------------------------------------------
# Languages

_SIX = ("ar", "zh", "en", "fr", "ru", "es")
_LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


@functools.cache
def _language_names() -> dict[str, str]:
    """Folded language names in the six UN languages → code ("français" → "fr")."""
    from babel import Locale

    names: dict[str, str] = {}
    for ui_language in _SIX:
        for code, name in Locale.parse(ui_language).languages.items():
            if "_" not in code:
                names.setdefault(fold(name), code)
    for code in _SIX:  # each language's name for itself wins ("العربية", "中文", "русский")
        names[fold(Locale.parse(code).get_display_name(code) or code)] = code
    names.update({"chinese": "zh", "中文": "zh", "汉语": "zh", "arabe": "ar", "arabic": "ar"})
    return names


@functools.cache
def _known_codes() -> frozenset[str]:
    from babel import Locale

    return frozenset(code.lower() for code in Locale.parse("en").languages)


@functools.lru_cache(maxsize=1024)  # lists repeat the same few values
def check_language(text: Any, field_name: str = "preferred_language") -> Checked:
    """A language as a BCP 47 code: "fr", "FR", "fr-CA", "French", "Français", "العربية" → code."""
    if _blank(text):
        return Checked(None)
    raw = str(text).strip()
    by_name = _language_names().get(fold(raw))
    if by_name:
        return Checked(by_name)
    if _LANGUAGE_CODE.match(raw):
        primary, *rest = re.split(r"[-_]", raw)
        if primary.lower() in _known_codes():
            subtags = [
                part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part.lower()
                for part in rest
            ]
            value = "-".join([primary.lower(), *subtags])
            if problem := _too_long(field_name, value):
                return Checked(None, problem)
            return Checked(value)
    return Checked(
        None,
        FieldProblem(field_name, N_("Not a known language: {value}"), {"value": raw}),
    )


# ---------------------------------------------------------------------------------------------
# Vocabularies: form of address, gender, level of representation — as spreadsheets write them


def _vocabulary(table: Mapping[Any, str]) -> dict[str, Any]:
    """{value: "spelling|spelling|…"} → {key of each spelling: value}; the value's own name too."""
    out: dict[str, Any] = {}
    for value, spellings in table.items():
        out[_word_key(str(value.value))] = value
        for spelling in spellings.split("|"):
            out[_word_key(spelling)] = value
    return out


def _word_key(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


_FORMS = _vocabulary(
    {
        FormOfAddress.MR: (
            "Mr|Mister|M|Monsieur|Sr|Señor|Senor|Sig|Herr|г-н|господин|السيد|سيد|先生"
        ),
        FormOfAddress.MS: (
            "Ms|Mme|Madame|Mlle|Mademoiselle|Sra|Señora|Srta|Frau|г-жа|госпожа|السيدة|سيدة|女士"
        ),
        FormOfAddress.MRS: "Mrs|Missus|夫人|太太",
        FormOfAddress.DR: "Dr|Doctor|Docteur|Doctora|Doktor|д-р|доктор|الدكتور|الدكتورة|د|博士",
        FormOfAddress.PROF: (
            "Prof|Professor|Professeur|Profesor|Profesora|проф|профессор|الأستاذ|الأستاذة|أ.د|教授"
        ),
        FormOfAddress.NONE: "|-|none|n/a",
    }
)


_GENDERS = _vocabulary(
    {
        Gender.MALE: "M|m|male|man|H|homme|masculin|hombre|masculino|муж|мужской|м|ذكر|男|男性",
        Gender.FEMALE: (
            "F|f|female|woman|femme|féminin|mujer|femenino|жен|женский|ж|أنثى|انثى|女|女性"
        ),
        Gender.UNSPECIFIED: "|-|unknown|x|n/a|inconnu|desconocido",
    }
)


_LEVELS = _vocabulary(
    {
        LevelOfRepresentation.HEAD_OF_STATE: (
            "Head of State|President|King|Queen|Emir|"
            "Chef d'État|Président|Roi|Jefe de Estado|"
            "Presidente|Rey|глава государства|президент|"
            "رئيس الدولة|رئيس|ملك|أمير|国家元首|总统|主席"
        ),
        LevelOfRepresentation.VICE_PRESIDENT_OR_CROWN_PRINCE: (
            "Vice-President|Vice President|"
            "Crown Prince|Vice-Président|"
            "Prince héritier|Vicepresidente|"
            "Príncipe heredero|вице-президент|"
            "наследный принц|نائب الرئيس|"
            "ولي العهد|副总统|副主席|王储"
        ),
        LevelOfRepresentation.HEAD_OF_GOVERNMENT: (
            "Head of Government|Prime Minister|Premier|"
            "Chef de gouvernement|Premier ministre|"
            "Premier Ministre|Jefe de Gobierno|"
            "Primer Ministro|глава правительства|"
            "премьер-министр|رئيس الحكومة|رئيس الوزراء|"
            "政府首脑|总理"
        ),
        LevelOfRepresentation.DEPUTY_PRIME_MINISTER: (
            "Deputy Prime Minister|Vice Prime Minister|"
            "Vice-Premier ministre|"
            "Vice-Premier Ministre|Viceprimer Ministro|"
            "Vice Primer Ministro|"
            "заместитель премьер-министра|вице-премьер|"
            "نائب رئيس الوزراء|副总理"
        ),
        LevelOfRepresentation.MINISTER: (
            "Minister|Ministre|Ministro|Ministra|министр|وزير|وزيرة|部长"
        ),
        LevelOfRepresentation.VICE_MINISTER: (
            "Vice-Minister|Vice Minister|Deputy Minister|"
            "Vice-ministre|Ministre adjoint|Ministre délégué|"
            "Viceministro|Viceministra|заместитель министра|"
            "замминистра|نائب وزير|نائب الوزير|副部长"
        ),
        LevelOfRepresentation.AMBASSADOR: (
            "Ambassador|Head of Permanent Mission|"
            "Permanent Representative|Ambassadeur|Ambassadrice|"
            "Représentant permanent|Embajador|Embajadora|"
            "Representante Permanente|посол|"
            "постоянный представитель|سفير|سفيرة|المندوب الدائم|大使|"
            "常驻代表"
        ),
        LevelOfRepresentation.SENIOR_OFFICIAL: (
            "Senior Official|Senior official|"
            "Haut fonctionnaire|Alto funcionario|"
            "Alta funcionaria|"
            "высокопоставленное должностное лицо|"
            "مسؤول رفيع المستوى|高级官员"
        ),
        LevelOfRepresentation.OTHER: "Other|Autre|Otro|другое|أخرى|其他",
    }
)


def _check_vocabulary(
    field_name: str, text: Any, table: dict[str, Any], message: str, default: Any
) -> Checked:
    if _blank(text):
        return Checked(default)
    if isinstance(text, str | int | float):
        found = table.get(_word_key(str(text)))
        if found is not None:
            return Checked(found)
    return Checked(None, FieldProblem(field_name, message, {"value": str(text).strip()}))


@functools.lru_cache(maxsize=1024)  # lists repeat the same few values
def check_form_of_address(text: Any) -> Checked:
    """ "Mr", "M.", "Mme", "Sra.", "г-н", "السيد", "先生"… → FormOfAddress; blank → NONE.

    An honorific before it ("H.E. Mr", "S.E. Mme", "معالي السيد") is not a form of address and
    is passed over: the salutation is computed from the level of representation.
    """
    checked = _check_vocabulary(
        "form_of_address",
        text,
        _FORMS,
        N_("Not a known form of address: {value}"),
        FormOfAddress.NONE,
    )
    if checked.ok or not isinstance(text, str):
        return checked
    tokens = text.split()
    while tokens and (length := honorific_length(tokens, whole=True)):
        tokens = tokens[length:]
    if len(tokens) < len(text.split()):
        rest = _check_vocabulary(
            "form_of_address", " ".join(tokens), _FORMS, "", FormOfAddress.NONE
        )
        if rest.ok:
            return rest
    return checked


# Honorifics that come before a minister's name or form of address in lists.
HONORIFICS: frozenset[str] = frozenset(
    fold(text).replace(".", "").replace(" ", "")
    for text in (
        "H.E.",
        "HE",
        "S.E.",
        "SE",
        "His Excellency",
        "Her Excellency",
        "Son Excellence",
        "Su Excelencia",
        "Excmo.",
        "Excma.",
        "Hon.",
        "The Honourable",
        "The Honorable",
        "Его Превосходительство",
        "Ее Превосходительство",
        "Её Превосходительство",
        "معالي",
        "سعادة",
        "فخامة",
        "سمو",
        "صاحب المعالي",
        "صاحبة المعالي",
        "صاحب السعادة",
        "صاحبة السعادة",
        "阁下",
    )
)
_HONORIFIC_STARTS = frozenset(
    {
        fold(word).replace(".", "")
        for word in (
            "H.E.",
            "HE",
            "S.E.",
            "SE",
            "His",
            "Her",
            "Son",
            "Su",
            "Excmo.",
            "Excma.",
            "Hon.",
            "The",
            "Его",
            "Ее",
            "Её",
            "معالي",
            "سعادة",
            "فخامة",
            "سمو",
            "صاحب",
            "صاحبة",
            "阁下",
        )
    }
)


def honorific_length(tokens: list[str], *, whole: bool = False) -> int:
    """How many leading tokens form an honorific ("H.E.", "Son Excellence", "صاحب المعالي").

    Unless `whole`, at least one token is left (it is the name).
    """
    if not tokens or fold(tokens[0]).replace(".", "") not in _HONORIFIC_STARTS:
        return 0
    for length in (3, 2, 1):
        if len(tokens) > length or (whole and len(tokens) == length):
            key = fold("".join(tokens[:length])).replace(".", "")
            if key in HONORIFICS:
                return length
    return 0


@functools.lru_cache(maxsize=1024)  # lists repeat the same few values
def check_gender(text: Any) -> Checked:
    """ "M", "F", "Femme", "ذكر", "女"… → Gender; blank → UNSPECIFIED."""
    return _check_vocabulary(
        "gender", text, _GENDERS, N_("Not a known gender: {value}"), Gender.UNSPECIFIED
    )


@functools.lru_cache(maxsize=1024)  # lists repeat the same few values
def check_level(text: Any) -> Checked:
    """A level of representation by its name in six languages ("Ministre", "وزير"); blank → None."""
    return _check_vocabulary(
        "level", text, _LEVELS, N_("Not a known level of representation: {value}"), None
    )


def gender_of_form(form: FormOfAddress | None) -> Gender:
    """The gender a form of address implies (Mr → male; Ms, Mrs → female), for salutations."""
    if form is FormOfAddress.MR:
        return Gender.MALE
    if form in (FormOfAddress.MS, FormOfAddress.MRS):
        return Gender.FEMALE
    return Gender.UNSPECIFIED


# ---------------------------------------------------------------------------------------------
# A whole contact


@dataclass(slots=True)
class ContactCheck:
    """The cleaned values of a contact and, per field, why a value was refused."""

    values: dict[str, Any]
    problems: dict[str, FieldProblem]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_contact(
    values: Mapping[str, Any], *, region: str | None = None, partial: bool = False
) -> ContactCheck:
    """Check every field of a contact given as raw values (text typed or read from a cell).

    Recognised keys: the `Contact` columns `form_of_address`, `gender`, `full_name`,
    `full_name_latin`, `given_name`, `family_name`, `position`, `level`, `email`, `email_alt`,
    `phone`, `phone_mobile`, `postal_address`, `preferred_language`, `salutation_override`,
    `notes`. Other keys (member state, organization) are left for the services that resolve them.
    `region` (ISO alpha-2 of the member state) lets national phone numbers be read.

    A full name is made from given and family names when missing; several e-mails or phones in
    one cell fill the alternative and mobile fields; a gender is taken from the form of address
    when not given. With `partial` (an edit of some fields), the full name is checked only when
    given and no gender is inferred.
    """
    out: dict[str, Any] = {}
    problems: dict[str, FieldProblem] = {}

    def keep(name: str, checked: Checked) -> None:
        if checked.problem is not None:
            problems[name] = checked.problem
        else:
            out[name] = checked.value

    for name in ("given_name", "family_name"):
        if name in values:
            keep(name, check_name(values[name], name, required=False))
    full = values.get("full_name")
    if _blank(full) and (out.get("given_name") or out.get("family_name")):
        full = " ".join(p for p in (out.get("given_name"), out.get("family_name")) if p)
    if not partial or "full_name" in values:
        keep("full_name", check_name(full, "full_name"))
    if "full_name_latin" in values:
        keep(
            "full_name_latin",
            check_name(values["full_name_latin"], "full_name_latin", required=False),
        )
    for name in ("position", "postal_address", "salutation_override", "notes"):
        if name in values:
            keep(name, check_text(name, values[name]))

    if "form_of_address" in values:
        keep("form_of_address", check_form_of_address(values["form_of_address"]))
    if "gender" in values:
        keep("gender", check_gender(values["gender"]))
    if not partial and out.get("gender") in (None, Gender.UNSPECIFIED) and "gender" not in problems:
        implied = gender_of_form(out.get("form_of_address"))
        if implied is not Gender.UNSPECIFIED or "gender" in values:
            out["gender"] = implied
    if "level" in values:
        keep("level", check_level(values["level"]))
    if "preferred_language" in values:
        keep("preferred_language", check_language(values["preferred_language"]))

    if "email" in values or "email_alt" in values:
        emails = [*split_emails(values.get("email")), *split_emails(values.get("email_alt"))]
        good: list[str] = []
        for position, text in enumerate(emails):
            name = "email" if position == 0 else "email_alt"
            checked = check_email(text, name)
            if checked.problem is not None:
                problems.setdefault(name, checked.problem)
            elif checked.value not in good:
                good.append(checked.value)
        if len(good) > 2:
            problems.setdefault(
                "email_alt",
                FieldProblem(
                    "email_alt",
                    N_("Only two e-mail addresses can be kept; {extra} more were given."),
                    {"extra": len(good) - 2},
                ),
            )
        if "email" not in problems:
            out["email"] = good[0] if good else None
        if "email_alt" not in problems:
            out["email_alt"] = good[1] if len(good) > 1 else None

    if "phone" in values or "phone_mobile" in values:
        phones: list[tuple[str, Checked]] = []
        for source in ("phone", "phone_mobile"):
            for text in split_phones(values.get(source)):
                phones.append((source, check_phone(text, region, source)))
        for source, checked in phones:
            if checked.problem and source not in problems:
                problems[source] = checked.problem
        good = [(source, c.value) for source, c in phones if c.ok]
        office = [v for s, v in good if s == "phone"]
        mobile = [v for s, v in good if s == "phone_mobile"]
        # Two numbers in the phone column: the mobile one goes to the mobile field.
        if len(office) > 1 and not mobile:
            mobiles = [v for v in office if is_mobile(v)]
            if mobiles:
                mobile = [mobiles[0]]
                office = [v for v in office if v != mobiles[0]]
            else:
                mobile = office[1:2]
                office = office[:1] + office[2:]
        if len(office) > 1 or len(mobile) > 1:
            field_name = "phone" if len(office) > 1 else "phone_mobile"
            problems.setdefault(
                field_name,
                FieldProblem(field_name, N_("Only one office and one mobile number can be kept.")),
            )
        if "phone" not in problems:
            out["phone"] = office[0] if office else None
        if "phone_mobile" not in problems:
            out["phone_mobile"] = mobile[0] if mobile else None

    return ContactCheck(out, problems)
