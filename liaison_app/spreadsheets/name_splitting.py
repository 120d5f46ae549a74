"""One "full name" cell split into form of address, given and family names where it shows them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from liaison_app.domain.contact_rules import check_form_of_address, honorific_length
from liaison_app.domain.enums import FormOfAddress

_CAPS_WORD = re.compile(r"^[^\W\d_]{2,}(?:[-'’][^\W\d_]+)*$")


@dataclass(frozen=True, slots=True)
class NameParts:
    full_name: str
    given_name: str | None = None
    family_name: str | None = None
    #: The form of address found before the name ("Mr", "Mme", "السيد"), as written.
    form_of_address: str | None = None


def split_full_name(text: str) -> NameParts:
    """Split what a "Name" column holds, as lists write it.

    "H.E. Mr. José PÉREZ" → Mr, given José, family PÉREZ (family names in capitals, the UN
    convention); "PÉREZ, José" → José PÉREZ; "السيد أحمد علي" → السيد, أحمد علي. Names that show
    no such sign (most Arabic and Chinese names) keep given and family names empty: guessing
    wrongly would be worse than not guessing.
    """
    tokens = text.split()
    form: str | None = None
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        length = honorific_length(tokens)
        if length:
            tokens = tokens[length:]
            changed = True
            continue
        checked = check_form_of_address(tokens[0])
        if form is None and checked.ok and checked.value is not FormOfAddress.NONE:
            form = tokens[0]
            tokens = tokens[1:]
            changed = True
    name = " ".join(tokens)
    if name.count(",") == 1 and not any(ch.isdigit() for ch in name):
        family, given = (part.strip() for part in name.split(","))
        if family and given:
            return NameParts(f"{given} {family}", given, family, form)
    words = name.split()
    capitals = [w for w in words if _CAPS_WORD.match(w) and w.upper() == w and w.lower() != w]
    if capitals and len(capitals) < len(words):
        given = " ".join(w for w in words if w not in capitals)
        return NameParts(name, given, " ".join(capitals), form)
    return NameParts(name, None, None, form)
