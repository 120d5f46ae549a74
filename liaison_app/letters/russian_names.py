"""Russian names in the dative, for the address block («Его Превосходительству господину Петрову»).

A Russian letter is addressed in the dative («кому»), and the name agrees with the honorific:
«господину Ивану Петрову», «госпоже Анне Петровой». The rules below cover the regular Russian
declension of given names, patronymics and surnames (including adjectival surnames in -ский and
the -ова/-ина feminine surnames); names that do not decline in Russian (foreign names ending in
a vowel, feminine names ending in a consonant, names in Latin script) are left as written, which
is also what Russian usage does with them. Without a known gender nothing is declined.
"""

from __future__ import annotations

import re

_CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁё-]+$")
_PATRONYMIC_MALE = ("вич", "ьич", "ич")
_PATRONYMIC_FEMALE = ("вна", "чна")


def _is_patronymic(word: str) -> bool:
    lower = word.lower()
    return lower.endswith(_PATRONYMIC_MALE) or lower.endswith(_PATRONYMIC_FEMALE)


def _male(word: str, surname: bool) -> str:
    lower = word.lower()
    if lower.endswith(("ский", "цкий", "ской", "цкой", "ый")):
        return word[:-2] + "ому"
    if lower.endswith("ий"):
        return word[:-1] + "ю" if not surname else word[:-2] + "ому"
    if lower.endswith("ой") and surname:
        return word[:-2] + "ому"
    if lower.endswith(("й", "ь")):
        return word[:-1] + "ю"
    if lower.endswith("ия"):
        return word[:-1] + "и"
    if lower.endswith(("а", "я")):
        return word[:-1] + "е"
    if lower[-1:] in set("оеиуюыэё"):
        return word  # Шевченко, Гёте: not declined
    return word + "у"


def _female(word: str, surname: bool) -> str:
    lower = word.lower()
    if surname:
        if lower.endswith(("ская", "цкая", "ая")):
            return word[:-2] + "ой"
        if lower.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return word[:-1] + "ой"
        if lower.endswith("яя"):
            return word[:-2] + "ей"
    if lower.endswith(_PATRONYMIC_FEMALE):
        return word[:-1] + "е"
    if lower.endswith("ия"):
        return word[:-1] + "и"
    if lower.endswith(("а", "я")):
        return word[:-1] + "е"
    if lower.endswith("ь") and not surname:
        return word[:-1] + "и"  # Любовь → Любови
    return word  # feminine names ending in a consonant or in -о do not decline


#: Nouns that head a Russian job title, and their dative («Министр» → «Министру»).
_OFFICE_NOUNS = {
    "министр": "министру",
    "премьер-министр": "премьер-министру",
    "заместитель": "заместителю",
    "посол": "послу",
    "президент": "президенту",
    "вице-президент": "вице-президенту",
    "председатель": "председателю",
    "глава": "главе",
    "руководитель": "руководителю",
    "директор": "директору",
    "секретарь": "секретарю",
    "советник": "советнику",
    "представитель": "представителю",
    "постпред": "постпреду",
    "консул": "консулу",
    "начальник": "начальнику",
    "помощник": "помощнику",
    "уполномоченный": "уполномоченному",
    "управляющий": "управляющему",
}


def _keep_case(original: str, declined: str) -> str:
    return declined[:1].upper() + declined[1:] if original[:1].isupper() else declined


def _phrase_dative(phrase: str) -> str:
    words = phrase.split(" ")
    declined: list[str] = []
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _OFFICE_NOUNS:
            declined.append(_keep_case(word, _OFFICE_NOUNS[lower]))
            return " ".join(declined + words[index + 1 :])
        if lower == "и":
            declined.append(word)
        elif lower.endswith(("ый", "ий", "ой")) and _CYRILLIC_WORD.match(word):
            declined.append(word[:-2] + "ому")
        else:
            break
    return phrase


def position_dative(position: str) -> str:
    """A Russian job title in the dative, as the address block needs it.

    Only the leading phrase of each title declines: adjectives and the office noun («Первый
    заместитель министра» → «Первому заместителю министра», «Чрезвычайный и Полномочный
    Посол, Постоянный представитель» → «Чрезвычайному и Полномочному Послу, Постоянному
    представителю»); what follows is already in the genitive. A title whose head noun is
    unknown is left as written.
    """
    return ", ".join(_phrase_dative(part) for part in position.split(", "))


def dative(full_name: str, gender: str, family_name: str = "") -> str:
    """`full_name` in the dative for a man ("male") or a woman ("female"); else as written."""
    if gender not in ("male", "female"):
        return full_name
    words = full_name.split()
    if not words or not all(_CYRILLIC_WORD.match(word) for word in words):
        return full_name
    family = family_name.strip().lower()
    if family and any(word.lower() == family for word in words):
        surname_index = next(i for i, word in enumerate(words) if word.lower() == family)
    elif len(words) == 1:
        surname_index = 0
    elif _is_patronymic(words[-1]):
        surname_index = 0  # Петров Иван Иванович
    else:
        surname_index = len(words) - 1  # Иван Петров, Иван Иванович Петров
    decline = _male if gender == "male" else _female
    declined = []
    for index, word in enumerate(words):
        # Double-barrelled names decline in each part: Римский-Корсаков → Римскому-Корсакову.
        parts = [decline(part, index == surname_index) for part in word.split("-")]
        declined.append("-".join(parts))
    return " ".join(declined)
