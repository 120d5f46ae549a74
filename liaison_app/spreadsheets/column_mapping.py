"""Which column holds what: suggested from header names in six languages, saved by name."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from liaison_app.domain.text_folding import fold, fold_key

#: What a column can be imported as, in the order a mapping picker shows them.
CONTACT_FIELDS: tuple[str, ...] = (
    "form_of_address",
    "full_name",
    "given_name",
    "family_name",
    "full_name_latin",
    "gender",
    "position",
    "level",
    "organization",
    "organization_type",
    "member_state",
    "email",
    "email_alt",
    "phone",
    "phone_mobile",
    "postal_address",
    "preferred_language",
    "notes",
)
IGNORE = ""

#: Field labels in English (the UI translates them; the report and the CLI show these).
FIELD_LABELS: dict[str, str] = {
    "form_of_address": "Form of address",
    "full_name": "Full name",
    "given_name": "Given name",
    "family_name": "Family name",
    "full_name_latin": "Name in Latin script",
    "gender": "Gender",
    "position": "Position",
    "level": "Level of representation",
    "organization": "Organization",
    "organization_type": "Organization type",
    "member_state": "Member state",
    "email": "E-mail",
    "email_alt": "Other e-mail",
    "phone": "Phone",
    "phone_mobile": "Mobile phone",
    "postal_address": "Postal address",
    "preferred_language": "Preferred language",
    "notes": "Notes",
}

# Header names seen in contact lists, in the six languages (and a few common others). Compared
# folded and without punctuation, as whole headers first, then as words inside a header.
_HEADERS: dict[str, str] = {
    "form_of_address": (
        "title|form of address|salutation|honorific|civility|courtesy title|prefix|mr/ms|"
        "civilité|titre|formule d'appel|tratamiento|título|titulo|обращение|титул|"
        "اللقب|الصفة|اللقب الرسمي|称谓|称呼|尊称"
    ),
    "full_name": (
        "name|full name|name and surname|names|contact|contact name|person|participant|"
        "delegate|nom|nom complet|nom et prénom|prénom et nom|nom prénom|nombre|"
        "nombre completo|nombre y apellido|nombre y apellidos|apellidos y nombre|"
        "имя|фио|ф.и.о.|полное имя|имя и фамилия|фамилия имя|фамилия и имя|"
        "الاسم|الاسم الكامل|الإسم|اسم|姓名|全名|名称"
    ),
    "given_name": (
        "first name|given name|forename|firstname|prénom|prenom|nombre de pila|nombres|"
        "имя (личное)|الاسم الأول|الإسم الأول|名|名字"
    ),
    "family_name": (
        "last name|family name|surname|lastname|nom de famille|apellido|apellidos|"
        "фамилия|اسم العائلة|الكنية|اللقب العائلي|姓|姓氏"
    ),
    "full_name_latin": (
        "name in latin|latin name|name (latin)|name latin script|transliteration|"
        "name in english|english name|nom en caractères latins|nom latin|"
        "nombre en caracteres latinos|имя латиницей|имя на латинице|фио латиницей|"
        "الاسم باللاتينية|الاسم بالإنجليزية|الاسم بالانجليزية|拉丁文姓名|英文姓名|英文名"
    ),
    "gender": "gender|sex|m/f|genre|sexe|género|genero|sexo|пол|الجنس|النوع|性别",
    "position": (
        "position|job title|function|post|role|designation|title/position|"
        "fonction|poste|titre du poste|cargo|puesto|función|funcion|"
        "должность|позиция|المنصب|الوظيفة|المسمى الوظيفي|职务|职位|职称"
    ),
    "level": (
        "level|level of representation|rank|representation|niveau|niveau de représentation|"
        "rang|nivel|nivel de representación|rango|уровень|уровень представительства|ранг|"
        "المستوى|مستوى التمثيل|الرتبة|级别|代表级别"
    ),
    "organization": (
        "organization|organisation|organization name|institution|ministry|agency|entity|"
        "department|company|employer|affiliation|office|mission|organisme|institution|"
        "ministère|entité|organización|organizacion|institución|ministerio|entidad|"
        "организация|учреждение|министерство|ведомство|المنظمة|المؤسسة|الجهة|الوزارة|الهيئة|"
        "机构|组织|单位|部门"
    ),
    "organization_type": (
        "organization type|type of organization|type|category|sector|type d'organisation|"
        "catégorie|tipo de organización|tipo|categoría|тип организации|тип|категория|"
        "نوع الجهة|نوع المنظمة|الفئة|机构类型|类型"
    ),
    "member_state": (
        "country|member state|state|nation|country name|country/territory|pays|état membre|"
        "etat membre|país|pais|estado miembro|страна|государство|государство-член|"
        "البلد|الدولة|الدولة العضو|الدول الأعضاء|البلد العضو|国家|会员国|成员国|国别|"
        "iso|iso code|country code|code pays|código de país|код страны|رمز البلد|国家代码"
    ),
    "email": (
        "email|e-mail|e mail|mail|email address|e-mail address|electronic mail|courriel|"
        "adresse électronique|adresse e-mail|adresse courriel|mél|correo|correo electrónico|"
        "correo electronico|email personal|электронная почта|эл. почта|почта|е-мейл|"
        "البريد الإلكتروني|البريد الالكتروني|بريد إلكتروني|الإيميل|电子邮件|电子邮箱|邮箱|电邮"
    ),
    "email_alt": (
        "email 2|e-mail 2|second email|other email|alternative email|alternate email|cc|"
        "courriel 2|autre courriel|correo 2|otro correo|почта 2|другая почта|"
        "البريد الإلكتروني 2|بريد إلكتروني آخر|备用邮箱|其他邮箱"
    ),
    "phone": (
        "phone|telephone|tel|tel.|phone number|office phone|work phone|landline|contact number|"
        "téléphone|telephone|tél|tél.|numéro de téléphone|teléfono|telefono|tel.|"
        "телефон|тел.|тел|رقم الهاتف|الهاتف|هاتف|الهاتف الثابت|电话|电话号码|联系电话|办公电话"
    ),
    "phone_mobile": (
        "mobile|mobile phone|cell|cell phone|cellphone|gsm|whatsapp|portable|"
        "téléphone portable|téléphone mobile|mobile/portable|móvil|movil|celular|"
        "мобильный|мобильный телефон|сотовый|الجوال|الهاتف المحمول|المحمول|جوال|手机|移动电话"
    ),
    "postal_address": (
        "address|postal address|mailing address|adresse|adresse postale|dirección|direccion|"
        "dirección postal|адрес|почтовый адрес|العنوان|العنوان البريدي|地址|通讯地址|邮寄地址"
    ),
    "preferred_language": (
        "language|preferred language|language of correspondence|correspondence language|"
        "langue|langue de correspondance|langue préférée|idioma|idioma preferido|lengua|"
        "язык|язык переписки|предпочтительный язык|اللغة|لغة المراسلة|اللغة المفضلة|语言|"
        "通信语言|首选语言"
    ),
    "notes": (
        "notes|note|remarks|comments|comment|observations|remarques|commentaires|notas|"
        "observaciones|comentarios|примечания|примечание|комментарии|ملاحظات|تعليقات|备注|说明"
    ),
}

# Words that, inside a longer header ("Tel. (office)", "E-mail address of the minister"),
# point to a field. Checked in this order, so "mobile phone" is a mobile before it is a phone.
_WORDS: tuple[tuple[str, str], ...] = (
    ("mobile", "phone_mobile"),
    ("cell", "phone_mobile"),
    ("portable", "phone_mobile"),
    ("movil", "phone_mobile"),
    ("мобильн", "phone_mobile"),
    ("جوال", "phone_mobile"),
    ("محمول", "phone_mobile"),
    ("手机", "phone_mobile"),
    ("latin", "full_name_latin"),
    ("латин", "full_name_latin"),
    ("لاتيني", "full_name_latin"),
    ("拉丁", "full_name_latin"),
    ("mail", "email"),
    ("courriel", "email"),
    ("correo", "email"),
    ("почт", "email"),
    ("بريد", "email"),
    ("邮", "email"),
    ("phone", "phone"),
    ("tel", "phone"),
    ("телефон", "phone"),
    ("هاتف", "phone"),
    ("电话", "phone"),
    ("first name", "given_name"),
    ("given", "given_name"),
    ("prenom", "given_name"),
    ("last name", "family_name"),
    ("surname", "family_name"),
    ("family", "family_name"),
    ("apellido", "family_name"),
    ("фамили", "family_name"),
    ("country", "member_state"),
    ("pays", "member_state"),
    ("pais", "member_state"),
    ("стран", "member_state"),
    ("بلد", "member_state"),
    ("دولة", "member_state"),
    ("国家", "member_state"),
    ("position", "position"),
    ("fonction", "position"),
    ("cargo", "position"),
    ("должност", "position"),
    ("منصب", "position"),
    ("职", "position"),
    ("level", "level"),
    ("niveau", "level"),
    ("nivel", "level"),
    ("уровень", "level"),
    ("مستوى", "level"),
    ("级别", "level"),
    ("organi", "organization"),
    ("ministr", "organization"),
    ("institution", "organization"),
    ("организац", "organization"),
    ("جهة", "organization"),
    ("机构", "organization"),
    ("address", "postal_address"),
    ("adresse", "postal_address"),
    ("direccion", "postal_address"),
    ("адрес", "postal_address"),
    ("عنوان", "postal_address"),
    ("地址", "postal_address"),
    ("language", "preferred_language"),
    ("langue", "preferred_language"),
    ("idioma", "preferred_language"),
    ("язык", "preferred_language"),
    ("لغة", "preferred_language"),
    ("语言", "preferred_language"),
    ("gender", "gender"),
    ("sex", "gender"),
    ("name", "full_name"),
    ("nom", "full_name"),
    ("nombre", "full_name"),
    ("имя", "full_name"),
    ("اسم", "full_name"),
    ("姓名", "full_name"),
    ("note", "notes"),
    ("remark", "notes"),
    ("comment", "notes"),
)

_WORD_PATTERNS = tuple(
    (word, target, re.compile(rf"\b{re.escape(word)}") if word.isascii() else None)
    for word, target in (("email", "email"), *_WORDS)
)

#: A field that may take a second column of its kind, and where that second column goes.
_SECOND: dict[str, str] = {"email": "email_alt", "phone": "phone_mobile"}


def _key(text: str) -> str:
    return fold_key(text)


_BY_HEADER: dict[str, str] = {}
for _field, _names in _HEADERS.items():
    for _name in _names.split("|"):
        _BY_HEADER.setdefault(_key(_name), _field)


def field_for_header(header: str) -> str | None:
    """The field a header names ("Courriel" → "email"), or None when it says nothing known."""
    key = _key(header)
    if not key:
        return None
    if key in _BY_HEADER:
        return _BY_HEADER[key]
    # "E-mail 2", "Phone (2)": the header of a field with a number after it.
    stripped = re.sub(r"\d+$", "", key)
    if stripped != key and stripped in _BY_HEADER:
        return _SECOND.get(_BY_HEADER[stripped], _BY_HEADER[stripped])
    words = " ".join(re.sub(r"[^\w]+", " ", fold(header)).split())
    for word, target, pattern in _WORD_PATTERNS:
        # Latin words match at a word's start ("tel" in "Tel. office", not in "Hotel");
        # Arabic, Cyrillic and Chinese stems anywhere (prefixes such as "ال" are glued on).
        if pattern.search(words) if pattern else word in words:
            return target
    return None


@dataclass
class ColumnMapping:
    """Field of each column, by column index; columns not listed are left out."""

    columns: dict[int, str] = field(default_factory=dict)
    #: Split a full name into form of address, given and family names where it shows them
    #: ("H.E. Mr. José PÉREZ", "PÉREZ, José").
    split_full_name: bool = True

    def field_of(self, column: int) -> str:
        return self.columns.get(column, IGNORE)

    def column_of(self, field_name: str) -> int | None:
        for column, target in self.columns.items():
            if target == field_name:
                return column
        return None

    @property
    def fields(self) -> set[str]:
        return {target for target in self.columns.values() if target}

    def with_column(self, column: int, field_name: str) -> ColumnMapping:
        """A copy where `column` holds `field_name` (IGNORE leaves it out); another column that
        held the same field is left out, since each field comes from one column."""
        columns = {c: f for c, f in self.columns.items() if c != column}
        if field_name:
            columns = {c: f for c, f in columns.items() if f != field_name}
            columns[column] = field_name
        return ColumnMapping(columns, self.split_full_name)

    def has_name(self) -> bool:
        return bool(self.fields & {"full_name", "given_name", "family_name"})

    def to_saved(self, headers: Sequence[str]) -> dict:
        """The mapping by header text, so it applies to another file with the same headers in
        any order: {"columns": {header: field}, "split_full_name": bool}."""
        by_header: dict[str, str] = {}
        for column, target in sorted(self.columns.items()):
            if target and column < len(headers):
                by_header[_occurrence_key(headers, column)] = target
        return {"columns": by_header, "split_full_name": self.split_full_name}

    @classmethod
    def from_saved(cls, saved: Mapping, headers: Sequence[str]) -> ColumnMapping:
        wanted = {fold(k): v for k, v in dict(saved.get("columns", {})).items()}
        columns = {}
        for column in range(len(headers)):
            target = wanted.get(fold(_occurrence_key(headers, column)))
            if target in CONTACT_FIELDS:
                columns[column] = target
        return cls(columns, bool(saved.get("split_full_name", True)))


def _occurrence_key(headers: Sequence[str], column: int) -> str:
    """The header, with "#2", "#3"… when the same header text comes again."""
    header = headers[column]
    seen = sum(1 for h in headers[:column] if fold(h) == fold(header))
    return header if seen == 0 else f"{header}#{seen + 1}"


def suggest_mapping(headers: Sequence[str]) -> ColumnMapping:
    """A mapping guessed from the header names; each field taken by its first column.

    A second e-mail or phone column becomes the other e-mail or the mobile phone.
    """
    columns: dict[int, str] = {}
    taken: set[str] = set()
    for column, header in enumerate(headers):
        target = field_for_header(header or "")
        if target is None:
            continue
        if target in taken:
            second = _SECOND.get(target)
            if second is None or second in taken:
                continue
            target = second
        columns[column] = target
        taken.add(target)
    # Given and family name columns beside a full-name column: the full name stays the name.
    return ColumnMapping(columns)


def known_header_count(cells: Sequence[str]) -> int:
    """How many cells of a row read as known headers (to find the header row)."""
    return sum(1 for cell in cells if cell and field_for_header(cell) is not None)
