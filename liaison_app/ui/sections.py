"""The sections of the window, in sidebar order: key, icon, translated title and summary."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication


class SectionKey(StrEnum):
    DASHBOARD = "dashboard"
    CONTACTS = "contacts"
    INVITATIONS = "invitations"
    SPEAKING = "speaking"
    PARTNERSHIPS = "partnerships"
    LETTERS = "letters"
    IMPORT_EXPORT = "import_export"


@dataclass(frozen=True)
class Section:
    key: SectionKey
    #: Name of the SVG in ui/icons/ (without .svg).
    icon: str

    @property
    def title(self) -> str:
        return section_title(self.key)

    @property
    def summary(self) -> str:
        return section_summary(self.key)


#: Sidebar order; Ctrl+1 … Ctrl+7 follow it.
SECTIONS: tuple[Section, ...] = (
    Section(SectionKey.DASHBOARD, "dashboard"),
    Section(SectionKey.CONTACTS, "contacts"),
    Section(SectionKey.INVITATIONS, "invitations"),
    Section(SectionKey.SPEAKING, "speaking"),
    Section(SectionKey.PARTNERSHIPS, "partnerships"),
    Section(SectionKey.LETTERS, "letters"),
    Section(SectionKey.IMPORT_EXPORT, "import-export"),
)


def section(key: SectionKey | str) -> Section:
    return next(s for s in SECTIONS if s.key == key)


# Literal strings in `QCoreApplication.translate` calls, so pyside6-lupdate can extract them;
# built on each call, so they follow the language in force.
def section_title(key: SectionKey) -> str:
    titles = {
        SectionKey.DASHBOARD: QCoreApplication.translate("Sections", "Dashboard"),
        SectionKey.CONTACTS: QCoreApplication.translate("Sections", "Contacts"),
        SectionKey.INVITATIONS: QCoreApplication.translate("Sections", "Invitations & replies"),
        SectionKey.SPEAKING: QCoreApplication.translate("Sections", "Speaking slots"),
        SectionKey.PARTNERSHIPS: QCoreApplication.translate("Sections", "Partnerships"),
        SectionKey.LETTERS: QCoreApplication.translate("Sections", "Letters"),
        SectionKey.IMPORT_EXPORT: QCoreApplication.translate("Sections", "Import & export"),
    }
    return titles[key]


def section_summary(key: SectionKey) -> str:
    summaries = {
        SectionKey.DASHBOARD: QCoreApplication.translate(
            "Sections",
            "It will show, for each event, how many invitations were sent, how many replies "
            "came back, who is still to answer and which deadlines are near.",
        ),
        SectionKey.CONTACTS: QCoreApplication.translate(
            "Sections",
            "It will list ministries, permanent missions and their people, with forms of "
            "address, positions and preferred languages, and let you search and edit them.",
        ),
        SectionKey.INVITATIONS: QCoreApplication.translate(
            "Sections",
            "It will follow each circular to the Member States: when it was sent, by which "
            "channel, and the reply that came back with its delegation.",
        ),
        SectionKey.SPEAKING: QCoreApplication.translate(
            "Sections",
            "It will take speaking requests and allocate the slots of each session in protocol "
            "order, in person before remote.",
        ),
        SectionKey.PARTNERSHIPS: QCoreApplication.translate(
            "Sections",
            "It will follow partnership inquiries from first contact to signed agreement and "
            "payment, with amounts and follow-up dates.",
        ),
        SectionKey.LETTERS: QCoreApplication.translate(
            "Sections",
            "It will generate letters in the recipient's language from templates and print "
            "packs of signed letters, each one registered.",
        ),
        SectionKey.IMPORT_EXPORT: QCoreApplication.translate(
            "Sections",
            "It will import contact lists from Excel or CSV files and export lists and event "
            "reports to Excel workbooks.",
        ),
    }
    return summaries[key]
