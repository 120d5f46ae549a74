"""Finding a Member State by whatever a spreadsheet or an officer calls it: names, codes."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.domain.enums import Region
from liaison_app.domain.models import MemberState
from liaison_app.domain.text_folding import fold, fold_key
from liaison_app.storage.database import Database

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

# Names people write that are not the UN's official short or formal names, keyed by ISO alpha-3.
# Accents, case, apostrophes, hyphens and spaces do not matter (names are compared by
# `fold_key`), so "Cote d'Ivoire" and "COTE D’IVOIRE" need no entry of their own.
COMMON_VARIANTS: dict[str, tuple[str, ...]] = {
    "ARE": ("UAE", "Emirates", "Émirats arabes unis", "الإمارات", "阿联酋", "ОАЭ"),
    "BHS": ("The Bahamas",),
    "BIH": ("Bosnia", "Bosnia-Herzegovina"),
    "BOL": ("Bolivia, Plurinational State of",),
    "BRN": ("Brunei",),
    "CIV": ("Ivory Coast", "Costa de Marfil", "Elfenbeinküste", "ساحل العاج", "象牙海岸"),
    "COD": (
        "DR Congo",
        "DRC",
        "RDC",
        "Congo-Kinshasa",
        "Democratic Republic of Congo",
        "Congo, Democratic Republic of the",
        "Congo, The Democratic Republic of the",
        "Congo (Democratic Republic of the)",
        "République démocratique du Congo",
        "刚果(金)",
    ),
    "COG": (
        "Congo-Brazzaville",
        "Republic of Congo",
        "Congo, Republic of the",
        "Congo (Republic of the)",
        "刚果(布)",
    ),
    "CPV": ("Cape Verde", "Cap-Vert", "Кабо Верде"),
    "CZE": (
        "Czech",
        "Czech Rep.",
        "Tchéquie",
        "République tchèque",
        "Чехия",
        "Чехия",
        "捷克共和国",
    ),
    "DEU": ("Deutschland",),
    "FSM": ("Micronesia, Federated States of",),
    "GBR": (
        "UK",
        "U.K.",
        "United Kingdom",
        "Great Britain",
        "Britain",
        "Royaume-Uni",
        "Reino Unido",
        "Великобритания",
        "Соединенное Королевство",
        "المملكة المتحدة",
        "بريطانيا",
        "英国",
    ),
    "GMB": ("The Gambia",),
    "IRN": ("Iran, Islamic Republic of", "Persia"),
    "KOR": (
        "Korea",  # also North Korea's: ambiguous on purpose, so the officer is asked
        "South Korea",
        "Korea, Republic of",
        "Korea (Republic of)",
        "Korea, South",
        "Corée du Sud",
        "Corea del Sur",
        "Южная Корея",
        "كوريا الجنوبية",
        "韩国",
        "南韩",
    ),
    "PRK": (
        "Korea",
        "North Korea",
        "Korea, Democratic People's Republic of",
        "Korea (Democratic People's Republic of)",
        "Korea, North",
        "DPRK",
        "Corée du Nord",
        "Corea del Norte",
        "Северная Корея",
        "КНДР",
        "كوريا الشمالية",
        "朝鲜",
        "北韩",
    ),
    "LAO": ("Laos", "Lao PDR", "Lao", "Лаос", "لاوس", "老挝"),
    "MDA": ("Moldova", "Moldova, Republic of", "Moldavie", "Moldavia", "Молдавия", "Молдова"),
    "MKD": ("Macedonia", "FYROM", "The former Yugoslav Republic of Macedonia", "Macédoine"),
    "MMR": ("Burma",),
    "NLD": ("Netherlands", "The Netherlands", "Holland", "Pays-Bas", "Países Bajos", "هولندا"),
    "PHL": ("The Philippines",),
    "RUS": ("Russia", "Russie", "Rusia", "Russland", "Россия", "روسيا", "俄罗斯"),
    "SAU": ("KSA",),
    "SWZ": ("Swaziland", "Swazi"),
    "SYR": ("Syria", "Syrie", "Siria", "Сирия", "سوريا", "سورية", "叙利亚"),
    "TLS": ("East Timor", "Timor Oriental"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Türkei", "Турция", "تركيا", "土耳其"),
    "TZA": (
        "Tanzania",
        "Tanzania, United Republic of",
        "Tanzanie",
        "Танзания",
        "تنزانيا",
        "坦桑尼亚",
    ),
    "USA": (
        "USA",
        "U.S.A.",
        "US",
        "U.S.",
        "United States",
        "États-Unis",
        "Estados Unidos",
        "США",
        "Соединенные Штаты",
        "الولايات المتحدة",
        "أمريكا",
        "美国",
    ),
    "VEN": ("Venezuela, Bolivarian Republic of",),
    "VNM": ("Vietnam", "Viêt Nam", "Việt Nam", "越南"),
}

# Leading articles that some lists put before a country's name ("The Gambia", "la France").
_ARTICLES = re.compile(r"^(the|la|le|les|l'|el|los|las)\s+|^l'", re.IGNORECASE)
_PARENTHESES = re.compile(r"^(?P<name>[^(]+?)\s*\((?P<inside>[^)]*)\)\s*$")


@dataclass(frozen=True, slots=True)
class MemberStateEntry:
    """What the lookup knows of one Member State (detached from any session)."""

    id: uuid.UUID
    iso_alpha2: str
    iso_alpha3: str
    iso_numeric: str | None
    itu_code: str | None
    region: Region | None
    short_names: dict[str, str] = field(hash=False, compare=False)
    formal_names: dict[str, str] = field(hash=False, compare=False)
    correspondence_language: str = "en"

    def name(self, language: str = "en") -> str:
        """The short name in `language` (English when it has none)."""
        return self.short_names.get(language) or self.short_names.get("en") or self.iso_alpha3

    def formal_name(self, language: str = "en") -> str:
        return self.formal_names.get(language) or self.formal_names.get("en") or self.name(language)

    @classmethod
    def from_model(cls, state: MemberState) -> MemberStateEntry:
        return cls(
            id=state.id,
            iso_alpha2=state.iso_alpha2,
            iso_alpha3=state.iso_alpha3,
            iso_numeric=state.iso_numeric,
            itu_code=state.itu_code,
            region=state.region,
            short_names={lang: getattr(state, f"short_name_{lang}") or "" for lang in LANGUAGES},
            formal_names={lang: getattr(state, f"formal_name_{lang}") or "" for lang in LANGUAGES},
            correspondence_language=state.correspondence_language or "en",
        )


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One completion: the state, its name in the asked language, and the name that matched."""

    entry: MemberStateEntry
    label: str
    matched: str


def name_variants(name: str) -> list[str]:
    """The ways a UN name with a parenthesis is also written.

    "Bolivia (Plurinational State of)" is also "Bolivia" and "Plurinational State of Bolivia";
    "Iran (Islamic Republic of)" is also "Iran".
    """
    name = name.strip()
    out = [name]
    # NFKC turns the full-width parentheses of Chinese names into ASCII ones.
    match = _PARENTHESES.match(fold(name))
    if match:
        bare, inside = match.group("name"), match.group("inside").strip(" -_")
        out.append(bare)
        if inside:
            out.append(f"{inside} {bare}")
            out.append(f"{bare} {inside}")
    return out


class MemberStateIndex:
    """All Member States, found by any name in six languages, ISO or ITU code, or common variant.

    Lookups ignore case, accents, punctuation and spacing. A name shared by two states ("Korea",
    "Congo" in some languages) finds neither: `candidates()` lists both, so the caller can ask.
    """

    def __init__(self, entries: Iterable[MemberStateEntry]) -> None:
        self.entries: list[MemberStateEntry] = sorted(entries, key=lambda e: fold(e.name("en")))
        self._by_id = {entry.id: entry for entry in self.entries}
        self._by_code: dict[str, MemberStateEntry] = {}
        self._by_itu: dict[str, MemberStateEntry] = {}
        names: dict[str, set[uuid.UUID]] = defaultdict(set)
        # (folded name, original name, entry) for completion, official names before variants.
        self._completions: list[tuple[str, str, MemberStateEntry]] = []
        offered: set[tuple[str, uuid.UUID]] = set()
        for entry in self.entries:
            for code in (entry.iso_alpha2, entry.iso_alpha3, entry.iso_numeric):
                if code:
                    self._by_code[code.upper()] = entry
            if entry.itu_code:
                self._by_itu[entry.itu_code.upper()] = entry
            official = [*entry.short_names.values(), *entry.formal_names.values()]
            variants = list(COMMON_VARIANTS.get(entry.iso_alpha3, ()))
            for name in official + variants:
                if not name:
                    continue
                # Only the UN's own names lose their parenthesis: "Congo (Democratic Republic
                # of the)" must not make plain "Congo" ambiguous.
                spellings = name_variants(name) if name not in variants else [name]
                for spelling in spellings:
                    key = fold_key(spelling)
                    if key:
                        names[key].add(entry.id)
                folded = fold(name)
                if (folded, entry.id) not in offered:
                    offered.add((folded, entry.id))
                    self._completions.append((folded, name, entry))
        self._by_name = dict(names)
        self._cache: dict[str, list[MemberStateEntry]] = {}

    @classmethod
    def load(cls, session: Session) -> MemberStateIndex:
        return cls(
            MemberStateEntry.from_model(state) for state in session.scalars(select(MemberState))
        )

    @classmethod
    def from_database(cls, database: Database) -> MemberStateIndex:
        with database.reading() as session:
            return cls.load(session)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def get(self, member_state_id: uuid.UUID | None) -> MemberStateEntry | None:
        return self._by_id.get(member_state_id) if member_state_id else None

    def by_code(self, code: str) -> MemberStateEntry | None:
        """ISO alpha-2, alpha-3 or numeric code, then ITU code ("CH", "CHE", "756", "SUI")."""
        code = fold(code).upper().replace(" ", "")
        if code.isdigit() and len(code) < 3:
            code = code.zfill(3)  # "4" from a number cell is Afghanistan's "004"
        return self._by_code.get(code) or self._by_itu.get(code)

    def candidates(self, text: str | None) -> list[MemberStateEntry]:
        """Every state that `text` may name: one when it is clear, several when it is ambiguous."""
        if not text or not text.strip():
            return []
        # A list names the same few states over and over: remember the answers.
        found = self._cache.get(text)
        if found is None:
            found = self._candidates(text)
            if len(self._cache) < 10_000:
                self._cache[text] = found
        return list(found)

    def _candidates(self, text: str) -> list[MemberStateEntry]:
        stripped = text.strip()
        compact = re.sub(r"[\s.]", "", stripped)
        if len(compact) <= 3 and (compact.isalpha() or compact.isdigit()):
            entry = self.by_code(compact)
            # "UK", "US" and other two-letter variants are names, not codes.
            if entry is not None:
                return [entry]
        for attempt in (stripped, _ARTICLES.sub("", fold(stripped))):
            for variant in name_variants(attempt):
                ids = self._by_name.get(fold_key(variant))
                if ids:
                    return sorted((self._by_id[i] for i in ids), key=lambda e: e.iso_alpha3)
        return []

    def find(self, text: str | None) -> MemberStateEntry | None:
        """The one state `text` names, or None when it names none or more than one."""
        found = self.candidates(text)
        return found[0] if len(found) == 1 else None

    def suggest(self, prefix: str, *, language: str = "en", limit: int = 12) -> list[Suggestion]:
        """Completions for what an officer has typed so far, best first.

        Codes and exact names first, then names that begin with the text, then names with a
        word that begins with it ("korea" → "Republic of Korea"), then names that contain it.
        Each state appears once, labelled in `language`.
        """
        typed = fold(prefix)
        if not typed:
            return []
        ranked: dict[uuid.UUID, tuple[int, str, Suggestion]] = {}

        def offer(rank: int, entry: MemberStateEntry, matched: str) -> None:
            label = entry.name(language)
            current = ranked.get(entry.id)
            if current is None or rank < current[0]:
                ranked[entry.id] = (rank, fold(label), Suggestion(entry, label, matched))

        for entry in self.candidates(prefix):
            offer(0, entry, prefix.strip())
        for folded, name, entry in self._completions:
            if folded.startswith(typed):
                offer(1, entry, name)
            elif f" {typed}" in f" {folded.replace('(', ' ').replace('-', ' ')}":
                offer(2, entry, name)
            elif typed in folded:
                offer(3, entry, name)
        best = sorted(ranked.values(), key=lambda item: (item[0], item[1]))
        return [suggestion for _, _, suggestion in best[:limit]]
