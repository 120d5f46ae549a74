"""The dashboard: still a placeholder, but it already shows the events in the database, their dates
and the days left to reply, so the window opens on something true.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget
from sqlalchemy import func, select

from liaison_app.domain.models import Event, MemberState
from liaison_app.storage.database import Database
from liaison_app.ui.context import AppContext
from liaison_app.ui.language import current_language, format_date
from liaison_app.ui.pages.placeholder import PlaceholderPage, heading_label
from liaison_app.ui.sections import Section


@dataclass(frozen=True)
class EventSummary:
    reference: str
    title: str
    place: str
    starts_on: date
    ends_on: date
    reply_deadline: date | None


@dataclass(frozen=True)
class Overview:
    events: list[EventSummary]
    member_states: int


def load_overview(database: Database, language: str) -> Overview:
    """Events by start date, titled in `language`, and the size of the Member States list."""
    with database.reading() as session:
        events = [
            EventSummary(
                reference=event.reference,
                title=event.title(language) or event.reference,
                place=", ".join(part for part in (event.venue, event.city) if part),
                starts_on=event.starts_on,
                ends_on=event.ends_on,
                reply_deadline=event.reply_deadline,
            )
            for event in session.scalars(select(Event).order_by(Event.starts_on, Event.reference))
        ]
        member_states = session.scalar(select(func.count()).select_from(MemberState)) or 0
    return Overview(events, member_states)


class DashboardPage(PlaceholderPage):
    def __init__(self, context: AppContext, section: Section, parent: QWidget | None = None):
        super().__init__(context, section, parent)
        #: Replaceable in tests, so "days left" does not depend on the day the tests run.
        self.today: Callable[[], date] = date.today
        self.events_heading = heading_label(1.2, self)
        self.content.addWidget(self.events_heading)
        self.events_box = QVBoxLayout()
        self.events_box.setSpacing(10)
        self.content.addLayout(self.events_box)
        self.member_states_label = QLabel(self)
        self.member_states_label.setObjectName("memberStates")
        self.content.addWidget(self.member_states_label)
        context.databaseChanged.connect(self.refresh)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.events_heading.setText(self.tr("Events in this database"))
        # Titles, dates and plurals depend on the language: rebuild them.
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        overview = load_overview(self.context.database, current_language())
        while self.events_box.count():
            widget = self.events_box.takeAt(0).widget()
            if widget is not None:
                # Detached now, so findChild and the layout no longer see it; freed later.
                widget.setParent(None)
                widget.deleteLater()
        if not overview.events:
            empty = QLabel(self.tr("No event in this database yet."), self)
            empty.setObjectName("noEvents")
            self.events_box.addWidget(empty)
        for event in overview.events:
            self.events_box.addWidget(self._event_card(event))
        self.member_states_label.setText(
            self.tr("%n Member State(s) in the reference list.", "", overview.member_states)
        )

    def _event_card(self, event: EventSummary) -> QFrame:
        card = QFrame(self)
        card.setObjectName("eventCard")
        card.setStyleSheet(
            "QFrame#eventCard { border: 1px solid palette(mid); border-radius: 6px; }"
        )
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        title = heading_label(1.1, card)
        title.setObjectName("eventTitle")
        title.setWordWrap(True)
        title.setText(event.title)
        layout.addWidget(title)
        dates = self.tr("{start} – {end}").format(
            start=format_date(event.starts_on), end=format_date(event.ends_on)
        )
        if event.place:
            dates = self.tr("{dates}, {place}").format(dates=dates, place=event.place)
        dates_label = QLabel(dates, card)
        dates_label.setWordWrap(True)
        layout.addWidget(dates_label)
        deadline_label = QLabel(self.deadline_text(event.reply_deadline), card)
        deadline_label.setObjectName("deadline")
        deadline_label.setWordWrap(True)
        layout.addWidget(deadline_label)
        return card

    def deadline_text(self, deadline: date | None) -> str:
        if deadline is None:
            return self.tr("No reply deadline is set.")
        days = (deadline - self.today()).days
        shown = format_date(deadline)
        if days > 0:
            return self.tr("Replies are due by {date}: %n day(s) left.", "", days).format(
                date=shown
            )
        if days == 0:
            return self.tr("Replies are due by {date}: today is the last day.").format(date=shown)
        return self.tr(
            "Replies were due by {date}: the deadline passed %n day(s) ago.", "", -days
        ).format(date=shown)
