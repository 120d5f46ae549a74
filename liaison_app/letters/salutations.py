"""Protocol salutations: one table, language × level of representation × gender → address line,
greeting and closing formula, as protocol offices write them.

The address line heads the recipient block ("His Excellency Mr John Smith",
«Его Превосходительству господину …» in the dative, «صاحب المعالي السيد …»); the greeting opens
the letter and the closing formula ends it. Gender drives grammatical agreement (صاحب/صاحبة,
Excelentísimo/Excelentísima, Его/Её); when it is unknown the inclusive form a protocol office
accepts is used, as the circular CL-22/009 does («صاحب المعالي / صاحبة المعالي»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liaison_app.domain.enums import FormOfAddress, Gender, LevelOfRepresentation

L = LevelOfRepresentation
M, F, U = Gender.MALE, Gender.FEMALE, Gender.UNSPECIFIED

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

#: Levels addressed as Excellency (and their equivalents in each language).
EXCELLENCY_LEVELS = frozenset(
    {
        L.HEAD_OF_STATE,
        L.VICE_PRESIDENT_OR_CROWN_PRINCE,
        L.HEAD_OF_GOVERNMENT,
        L.DEPUTY_PRIME_MINISTER,
        L.MINISTER,
        L.VICE_MINISTER,
        L.AMBASSADOR,
    }
)


@dataclass(frozen=True)
class Forms:
    """One cell of the table. Patterns take {name} (full name), {surname} and {courtesy}."""

    addressee: str
    #: First line of the address block when the person's name is not known.
    addressee_no_name: str
    greeting: str
    greeting_no_name: str
    closing: str
    #: British usage: "Dear Sir or Madam" closes with "Yours faithfully"; empty = `closing`.
    closing_no_name: str = ""


# --- Arabic -------------------------------------------------------------------------------------
# Honorific per level: (masculine, feminine, inclusive as in the circular, inclusive short form).
_AR_HONORIFICS: dict[LevelOfRepresentation, tuple[str, str, str, str]] = {
    L.HEAD_OF_STATE: (
        "صاحب الفخامة",
        "صاحبة الفخامة",
        "صاحب الفخامة / صاحبة الفخامة",
        "صاحب/صاحبة الفخامة",
    ),
    L.VICE_PRESIDENT_OR_CROWN_PRINCE: (
        "صاحب المعالي",
        "صاحبة المعالي",
        "صاحب المعالي / صاحبة المعالي",
        "صاحب/صاحبة المعالي",
    ),
    L.HEAD_OF_GOVERNMENT: (
        "صاحب الدولة",
        "صاحبة الدولة",
        "صاحب الدولة / صاحبة الدولة",
        "صاحب/صاحبة الدولة",
    ),
    L.DEPUTY_PRIME_MINISTER: (
        "صاحب المعالي",
        "صاحبة المعالي",
        "صاحب المعالي / صاحبة المعالي",
        "صاحب/صاحبة المعالي",
    ),
    L.MINISTER: (
        "صاحب المعالي",
        "صاحبة المعالي",
        "صاحب المعالي / صاحبة المعالي",
        "صاحب/صاحبة المعالي",
    ),
    L.VICE_MINISTER: (
        "صاحب السعادة",
        "صاحبة السعادة",
        "صاحب السعادة / صاحبة السعادة",
        "صاحب/صاحبة السعادة",
    ),
}
_AR_CLOSING = "وتفضلوا {h}، بقبول فائق التقدير والاحترام."


def _arabic() -> dict[tuple[LevelOfRepresentation, Gender], Forms]:
    table: dict[tuple[LevelOfRepresentation, Gender], Forms] = {}
    for level, (masc, fem, inclusive, short) in _AR_HONORIFICS.items():
        for gender, honorific, spoken in (
            (M, masc, masc),
            (F, fem, fem),
            # The circular's own inclusive forms: spaced in the greeting, joined in the closing.
            (U, short, inclusive),
        ):
            table[level, gender] = Forms(
                addressee=f"{honorific} {{courtesy}} {{name}}",
                addressee_no_name=honorific,
                greeting=f"{spoken}،",
                greeting_no_name=f"{spoken}،",
                closing=_AR_CLOSING.format(h=spoken.replace(" / ", "/")),
            )
    # An ambassador is «سعادة السفير»: the title itself agrees with the ambassador's gender.
    for gender, ambassador in (
        (M, "سعادة السفير"),
        (F, "سعادة السفيرة"),
        (U, "سعادة السفير/السفيرة"),
    ):
        table[L.AMBASSADOR, gender] = Forms(
            addressee="سعادة {courtesy} {name}",
            addressee_no_name=ambassador,
            greeting=f"{ambassador}،",
            greeting_no_name=f"{ambassador}،",
            closing=_AR_CLOSING.format(h=ambassador),
        )
    # Senior officials keep «سعادة» in the address; the greeting agrees (المحترم / المحترمة).
    for level, prefix, closing in (
        (L.SENIOR_OFFICIAL, "سعادة ", "وتفضلوا بقبول فائق التقدير والاحترام."),
        (L.OTHER, "", "وتفضلوا بقبول فائق الاحترام."),
    ):
        table[level, M] = Forms(
            addressee=f"{prefix}{{courtesy}} {{name}}",
            addressee_no_name="",
            greeting="{courtesy} {name} المحترم،",
            greeting_no_name="السيد المحترم،",
            closing=closing,
        )
        table[level, F] = Forms(
            addressee=f"{prefix}{{courtesy}} {{name}}",
            addressee_no_name="",
            greeting="{courtesy} {name} المحترمة،",
            greeting_no_name="السيدة المحترمة،",
            closing=closing,
        )
        table[level, U] = Forms(
            addressee=f"{prefix}{{courtesy}} {{name}}",
            addressee_no_name="",
            greeting="السيد المحترم/السيدة المحترمة،",
            greeting_no_name="السيد المحترم/السيدة المحترمة،",
            closing=closing,
        )
    return table


# --- Chinese ------------------------------------------------------------------------------------
def _chinese() -> dict[tuple[LevelOfRepresentation, Gender], Forms]:
    table: dict[tuple[LevelOfRepresentation, Gender], Forms] = {}
    # 阁下 is the same for every gender; the courtesy title (先生/女士) follows the name.
    excellency = Forms(
        addressee="{name}阁下",
        addressee_no_name="",
        greeting="尊敬的{name}阁下：",
        greeting_no_name="尊敬的阁下：",
        closing="顺致最崇高的敬意。",
    )
    for level in EXCELLENCY_LEVELS:
        for gender in (M, F, U):
            table[level, gender] = excellency
    for level in (L.SENIOR_OFFICIAL, L.OTHER):
        for gender in (M, F):
            table[level, gender] = Forms(
                addressee="{name}{courtesy}",
                addressee_no_name="",
                greeting="尊敬的{name}{courtesy}：",
                greeting_no_name="尊敬的先生：" if gender is M else "尊敬的女士：",
                closing="此致\n敬礼！",
            )
        table[level, U] = Forms(
            addressee="{name}{courtesy}",
            addressee_no_name="",
            greeting="尊敬的{name}{courtesy}：",
            greeting_no_name="尊敬的先生/女士：",
            closing="此致\n敬礼！",
        )
    return table


# --- English ------------------------------------------------------------------------------------
def _english() -> dict[tuple[LevelOfRepresentation, Gender], Forms]:
    table: dict[tuple[LevelOfRepresentation, Gender], Forms] = {}
    closing = "Accept, Excellency, the assurances of my highest consideration."
    for level in EXCELLENCY_LEVELS:
        for gender, honorific in ((M, "His"), (F, "Her"), (U, "His/Her")):
            table[level, gender] = Forms(
                addressee=f"{honorific} Excellency {{courtesy}} {{name}}",
                addressee_no_name=f"{honorific} Excellency",
                greeting="Your Excellency,",
                greeting_no_name="Your Excellency,",
                closing=closing,
            )
    for level in (L.SENIOR_OFFICIAL, L.OTHER):
        for gender, sir in ((M, "Sir"), (F, "Madam"), (U, "Sir or Madam")):
            table[level, gender] = Forms(
                addressee="{courtesy} {name}",
                addressee_no_name="",
                greeting="Dear {courtesy} {surname}," if gender is not U else "Dear {name},",
                greeting_no_name=f"Dear {sir},",
                closing="Yours sincerely,",
                closing_no_name="Yours faithfully,",
            )
    return table


# --- French -------------------------------------------------------------------------------------
def _french() -> dict[tuple[LevelOfRepresentation, Gender], Forms]:
    table: dict[tuple[LevelOfRepresentation, Gender], Forms] = {}
    for level in EXCELLENCY_LEVELS:
        for gender in (M, F, U):
            table[level, gender] = Forms(
                addressee="Son Excellence {courtesy} {name}",
                addressee_no_name="Son Excellence",
                greeting="Excellence,",
                greeting_no_name="Excellence,",
                closing="Veuillez agréer, Excellence, l'assurance de ma très haute considération.",
            )
    for level, consideration in (
        (L.SENIOR_OFFICIAL, "ma haute considération"),
        (L.OTHER, "ma considération distinguée"),
    ):
        for gender, vocative in ((M, "Monsieur"), (F, "Madame"), (U, "Madame, Monsieur")):
            table[level, gender] = Forms(
                addressee="{courtesy} {name}",
                addressee_no_name="",
                greeting=f"{vocative},",
                greeting_no_name=f"{vocative},",
                closing=f"Veuillez agréer, {vocative}, l'assurance de {consideration}.",
            )
    return table


# --- Russian ------------------------------------------------------------------------------------
def _russian() -> dict[tuple[LevelOfRepresentation, Gender], Forms]:
    table: dict[tuple[LevelOfRepresentation, Gender], Forms] = {}
    closing = "Примите, Ваше Превосходительство, уверения в моем самом высоком уважении."
    # The address block is in the dative («кому»): Его Превосходительству господину …
    for level in EXCELLENCY_LEVELS:
        for gender, honorific, courtesy in (
            (M, "Его Превосходительству", "господину"),
            (F, "Её Превосходительству", "госпоже"),
            (U, "Его/Её Превосходительству", ""),
        ):
            table[level, gender] = Forms(
                addressee=f"{honorific} {courtesy} {{name}}",
                addressee_no_name=honorific,
                greeting="Ваше Превосходительство,",
                greeting_no_name="Ваше Превосходительство,",
                closing=closing,
            )
    for level in (L.SENIOR_OFFICIAL, L.OTHER):
        for gender, courtesy, greeting in (
            (M, "Господину", "Уважаемый господин {surname}!"),
            (F, "Госпоже", "Уважаемая госпожа {surname}!"),
            (U, "", "Уважаемые дамы и господа!"),
        ):
            table[level, gender] = Forms(
                addressee=f"{courtesy} {{name}}",
                addressee_no_name="",
                greeting=greeting,
                greeting_no_name="Уважаемые дамы и господа!",
                closing="С уважением,",
            )
    return table


# --- Spanish ------------------------------------------------------------------------------------
def _spanish() -> dict[tuple[LevelOfRepresentation, Gender], Forms]:
    table: dict[tuple[LevelOfRepresentation, Gender], Forms] = {}
    closing = (
        "Aprovecho la oportunidad para reiterar a Vuestra Excelencia el testimonio de mi más "
        "alta consideración."
    )
    for level in EXCELLENCY_LEVELS:
        for gender, addressee, greeting in (
            (M, "Su Excelencia el Señor {name}", "Excelentísimo Señor:"),
            (F, "Su Excelencia la Señora {name}", "Excelentísima Señora:"),
            (U, "Su Excelencia {name}", "Excelentísimo Señor / Excelentísima Señora:"),
        ):
            table[level, gender] = Forms(
                addressee=addressee,
                addressee_no_name="Su Excelencia",
                greeting=greeting,
                greeting_no_name=greeting,
                closing=closing,
            )
    for level, closing_line in (
        (L.SENIOR_OFFICIAL, "Aprovecho la ocasión para saludarle muy atentamente."),
        (L.OTHER, "Atentamente,"),
    ):
        for gender, addressee, greeting, greeting_no_name in (
            (M, "Señor {name}", "Estimado señor {surname}:", "Estimado señor:"),
            (F, "Señora {name}", "Estimada señora {surname}:", "Estimada señora:"),
            (U, "{name}", "Estimada señora, estimado señor:", "Estimada señora, estimado señor:"),
        ):
            table[level, gender] = Forms(
                addressee=addressee,
                addressee_no_name="",
                greeting=greeting,
                greeting_no_name=greeting_no_name,
                closing=closing_line,
            )
    return table


#: THE table: (language, level, gender) → Forms, every one of the 6 × 9 × 3 combinations.
SALUTATIONS: dict[tuple[str, LevelOfRepresentation, Gender], Forms] = {
    (language, level, gender): forms
    for language, part in (
        ("ar", _arabic()),
        ("zh", _chinese()),
        ("en", _english()),
        ("fr", _french()),
        ("ru", _russian()),
        ("es", _spanish()),
    )
    for (level, gender), forms in part.items()
}


# --- Courtesy titles ----------------------------------------------------------------------------
#: Courtesy title per language and gender (nominative), and per form of address where the
#: language uses academic titles in correspondence (Dr, الدكتور, 博士).
_COURTESY: dict[str, dict[str, str]] = {
    "ar": {
        "male": "السيد",
        "female": "السيدة",
        "dr_male": "الدكتور",
        "dr_female": "الدكتورة",
        "prof_male": "الأستاذ الدكتور",
        "prof_female": "الأستاذة الدكتورة",
    },
    "zh": {"male": "先生", "female": "女士", "dr": "博士", "prof": "教授"},
    "en": {"male": "Mr", "female": "Ms", "mrs": "Mrs", "dr": "Dr", "prof": "Professor"},
    "fr": {"male": "Monsieur", "female": "Madame"},
    "ru": {"male": "господин", "female": "госпожа"},
    "es": {"male": "Señor", "female": "Señora"},
}


def effective_gender(gender: Gender | str | None, form: FormOfAddress | str | None) -> Gender:
    """The gender for agreement: stated, else implied by Mr / Ms / Mrs, else unspecified."""
    gender = Gender(gender) if gender else Gender.UNSPECIFIED
    if gender is not Gender.UNSPECIFIED:
        return gender
    form = FormOfAddress(form) if form else FormOfAddress.NONE
    if form is FormOfAddress.MR:
        return Gender.MALE
    if form in (FormOfAddress.MS, FormOfAddress.MRS):
        return Gender.FEMALE
    return Gender.UNSPECIFIED


def courtesy_title(language: str, gender: Gender, form: FormOfAddress | str | None) -> str:
    """Mr / Ms / Dr …, «السيد», 先生 …: empty when neither gender nor an academic title is known."""
    titles = _COURTESY[language]
    form = FormOfAddress(form) if form else FormOfAddress.NONE
    sex = "female" if gender is Gender.FEMALE else "male"
    if form in (FormOfAddress.DR, FormOfAddress.PROF):
        # "Dr" needs no gender; «الدكتور/الدكتورة» does, so it waits for a known gender.
        if form.value in titles:
            return titles[form.value]
        if gender is not Gender.UNSPECIFIED and f"{form.value}_{sex}" in titles:
            return titles[f"{form.value}_{sex}"]
    if gender is Gender.UNSPECIFIED:
        return ""
    if form is FormOfAddress.MRS and "mrs" in titles:
        return titles["mrs"]
    return titles[sex]


@dataclass(frozen=True)
class Salutation:
    """What a letter prints for one recipient."""

    addressee: str  # first line of the recipient block; may be empty
    greeting: str
    closing: str
    honorific_gender: Gender


_SPACES = re.compile(r"[ \t]+")


def _fill(pattern: str, **values: str) -> str:
    text = pattern.format(**values)
    # An empty courtesy title or surname leaves doubled spaces or a space before punctuation.
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(re.sub(r" ([,،:：!])", r"\1", line) for line in lines)


def forms_for(language: str, level: LevelOfRepresentation | str | None, gender: Gender) -> Forms:
    level = LevelOfRepresentation(level) if level else LevelOfRepresentation.OTHER
    return SALUTATIONS[language, level, gender]


def salutation(
    language: str,
    level: LevelOfRepresentation | str | None,
    gender: Gender | str | None,
    *,
    name: str = "",
    surname: str = "",
    form_of_address: FormOfAddress | str | None = None,
    override: str | None = None,
    address_name: str = "",
) -> Salutation:
    """The address line, greeting and closing for one recipient in one language.

    `address_name` is the name as the address line needs it when its case differs (Russian
    dative: «господину Ивану Петрову»); `override` (Contact.salutation_override) replaces the
    computed greeting for that person.
    """
    agreeing = effective_gender(gender, form_of_address)
    forms = forms_for(language, level, agreeing)
    courtesy = courtesy_title(language, agreeing, form_of_address)
    name = " ".join(name.split())
    surname = " ".join(surname.split()) or name
    if name:
        addressee = _fill(
            forms.addressee, name=address_name or name, surname=surname, courtesy=courtesy
        )
        greeting = _fill(forms.greeting, name=name, surname=surname, courtesy=courtesy)
        closing = forms.closing
    else:
        addressee = forms.addressee_no_name
        greeting = forms.greeting_no_name
        closing = forms.closing_no_name or forms.closing
    if override and override.strip():
        greeting = override.strip()
    return Salutation(
        addressee=addressee, greeting=greeting, closing=closing, honorific_gender=agreeing
    )


#: The position printed under the honorific when a letter goes to a Member State's minister whose
#: name is not on file (the circular's "To: Ministers"); Russian in the dative like the rest of
#: the address block.
GENERIC_MINISTER_POSITION: dict[str, str] = {
    "ar": "الوزير المسؤول عن الاتصالات وتكنولوجيا المعلومات والاتصالات",
    "zh": "主管电信和信息通信技术的部长",
    "en": "Minister responsible for telecommunications and ICTs",
    "fr": "Ministre chargé des télécommunications et des TIC",
    "ru": "Министру, ответственному за электросвязь и ИКТ",
    "es": "Ministro encargado de las telecomunicaciones y las TIC",
}
