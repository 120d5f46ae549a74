"""The page registry: which page class shows each section of the window.

A feature replaces its section's placeholder by adding one line to `PAGES`:

    SectionKey.CONTACTS: "liaison_app.ui.pages.contacts:ContactsPage",

(or, from code such as a test, `register_page(SectionKey.CONTACTS, ContactsPage)`). The class
subclasses `Page` and is built as `PageClass(context, section, parent)`. Entries are import paths
so a page's module is imported only when its section is first shown: startup stays fast, and a
section that fails to build does not take the others down.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from liaison_app.ui.context import AppContext
from liaison_app.ui.pages.base import Page
from liaison_app.ui.pages.placeholder import PlaceholderPage
from liaison_app.ui.sections import Section, SectionKey

PageEntry = type[Page] | str

#: Sections without an entry show a PlaceholderPage.
PAGES: dict[SectionKey, PageEntry] = {
    SectionKey.DASHBOARD: "liaison_app.ui.dashboard.page:DashboardPage",
    SectionKey.INVITATIONS: "liaison_app.ui.invitations.page:InvitationsPage",
    SectionKey.CONTACTS: "liaison_app.ui.contacts.contacts_section:ContactsSection",
    SectionKey.IMPORT_EXPORT: "liaison_app.ui.import_wizard.import_page:ImportExportPage",
    SectionKey.SPEAKING: "liaison_app.ui.speaking.page:SpeakingPage",
    SectionKey.PARTNERSHIPS: "liaison_app.ui.partnerships.page:PartnershipsPage",
    SectionKey.LETTERS: "liaison_app.ui.letters_page:LettersPage",
}


def register_page(key: SectionKey, page: PageEntry) -> None:
    PAGES[key] = page


def page_class(key: SectionKey) -> type[Page]:
    entry = PAGES.get(key)
    if entry is None:
        return PlaceholderPage
    if isinstance(entry, str):
        module_name, _, class_name = entry.partition(":")
        entry = getattr(importlib.import_module(module_name), class_name)
    if not (isinstance(entry, type) and issubclass(entry, Page)):
        raise TypeError(f"{PAGES[key]!r} is not a Page subclass")
    return entry


def create_page(section: Section, context: AppContext, parent: QWidget | None = None) -> Page:
    return page_class(section.key)(context, section, parent)


__all__ = ["PAGES", "Page", "PlaceholderPage", "create_page", "page_class", "register_page"]
