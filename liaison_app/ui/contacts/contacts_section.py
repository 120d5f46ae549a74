"""The Contacts section of the window: tabs for contacts, Member States and organizations."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from liaison_app.ui.contacts.contacts_page import ContactsPage
from liaison_app.ui.contacts.member_states_page import MemberStatesPage
from liaison_app.ui.contacts.organizations_page import OrganizationsPage
from liaison_app.ui.context import AppContext
from liaison_app.ui.pages.base import Page
from liaison_app.ui.sections import Section


class ContactsSection(Page):
    """Contacts | Member States | Organizations."""

    def __init__(self, context: AppContext, section: Section, parent: QWidget | None = None):
        super().__init__(context, section, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("contactsTabs")
        self.tabs.setDocumentMode(True)
        self.contacts = ContactsPage(context, self.tabs)
        self.member_states = MemberStatesPage(context, self.tabs)
        self.organizations = OrganizationsPage(context, self.tabs)
        self.tabs.addTab(self.contacts, "")
        self.tabs.addTab(self.member_states, "")
        self.tabs.addTab(self.organizations, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("Contacts"))
        self.tabs.setTabText(1, self.tr("Member States"))
        self.tabs.setTabText(2, self.tr("Organizations"))

    def activated(self) -> None:
        # Another section (an import, say) may have changed the directory meanwhile.
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.contacts:
            self.contacts.reload()
        elif page is not None:
            page.reload()
