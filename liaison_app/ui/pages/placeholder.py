"""The page of a section whose feature has not landed yet: says so plainly, and what is coming."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from liaison_app.ui.context import AppContext
from liaison_app.ui.icon_set import icon
from liaison_app.ui.pages.base import Page
from liaison_app.ui.sections import Section

HEADER_ICON_SIZE = QSize(40, 40)
PAGE_MARGINS = (32, 24, 32, 24)


def heading_label(scale: float, parent: QWidget | None = None) -> QLabel:
    """A bold label `scale` times the normal font size, for page and block titles."""
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class PlaceholderPage(Page):
    """Title, a notice that the section is not available yet, and what it will do.

    Subclasses may add real content to `self.content` (a QVBoxLayout below the notice).
    """

    def __init__(self, context: AppContext, section: Section, parent: QWidget | None = None):
        super().__init__(context, section, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(16)

        header = QHBoxLayout()
        header.setSpacing(12)
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(icon(section.icon).pixmap(HEADER_ICON_SIZE))
        self.title_label = heading_label(1.6, self)
        self.title_label.setObjectName("pageTitle")
        header.addWidget(self.icon_label)
        header.addWidget(self.title_label, 1)
        layout.addLayout(header)

        self.notice_frame = QFrame(self)
        self.notice_frame.setObjectName("notice")
        self.notice_frame.setStyleSheet(
            "QFrame#notice { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 6px; }"
        )
        notice_layout = QVBoxLayout(self.notice_frame)
        notice_layout.setContentsMargins(16, 12, 16, 12)
        notice_layout.setSpacing(8)
        self.notice_label = QLabel(self.notice_frame)
        self.notice_label.setObjectName("noticeText")
        self.notice_label.setWordWrap(True)
        font = self.notice_label.font()
        font.setBold(True)
        self.notice_label.setFont(font)
        self.summary_label = QLabel(self.notice_frame)
        self.summary_label.setObjectName("summaryText")
        self.summary_label.setWordWrap(True)
        notice_layout.addWidget(self.notice_label)
        notice_layout.addWidget(self.summary_label)
        layout.addWidget(self.notice_frame)

        self.content = QVBoxLayout()
        self.content.setSpacing(8)
        layout.addLayout(self.content)
        layout.addStretch(1)
        PlaceholderPage.retranslateUi(self)

    def notice_text(self) -> str:
        # `translate` with an explicit context, not `self.tr`: subclasses would look the text up
        # under their own class name, where lupdate did not put it.
        return QCoreApplication.translate(
            "PlaceholderPage",
            "{section}: this part of Liaison Desk is not available yet. "
            "It will arrive in a later version.",
        ).format(section=self.section.title)

    def retranslateUi(self) -> None:
        self.title_label.setText(self.section.title)
        self.notice_label.setText(self.notice_text())
        self.summary_label.setText(self.section.summary)
