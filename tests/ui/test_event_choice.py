"""The event chooser shows the whole title of the event, also when filled after it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from liaison_app.ui.event_choice import MAX_WIDTH, EventChoice

ARABIC = "WSIS-2022 — منتدى القمة العالمية لمجتمع المعلومات (WSIS) لعام 2022"


def test_a_title_filled_in_after_the_page_is_shown_is_not_cut_short(qtbot):
    page = QWidget()
    layout = QHBoxLayout(page)
    layout.addWidget(QLabel("Dashboard"), 1)
    choice = EventChoice(page)
    layout.addWidget(choice)
    qtbot.addWidget(page)
    page.resize(1200, 100)
    page.show()
    qtbot.waitExposed(page)
    choice.addItem(ARABIC, "event")  # as the page fills it from the database, later
    qtbot.waitUntil(lambda: choice.width() > 160)
    text_width = choice.fontMetrics().horizontalAdvance(ARABIC)
    assert choice.width() >= min(text_width, MAX_WIDTH - 40)
    assert choice.toolTip() == ARABIC  # read whole when the window is too narrow for it


def test_a_very_long_title_is_capped_and_a_small_window_may_still_narrow_it(qtbot):
    page = QWidget()
    layout = QHBoxLayout(page)
    layout.addWidget(QLabel("Dashboard"), 1)
    choice = EventChoice(page, minimum_width=160)
    layout.addWidget(choice)
    qtbot.addWidget(page)
    choice.addItem("x" * 300, "event")
    page.resize(1400, 100)
    page.show()
    qtbot.waitExposed(page)
    assert choice.width() == MAX_WIDTH
    page.resize(400, 100)
    qtbot.waitUntil(lambda: choice.width() < MAX_WIDTH)
    assert choice.width() >= 160
