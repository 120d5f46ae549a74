"""The Partnerships page: table with filters and sorting, keyboard, delete and undo, the chart,
packages, exchange rates, remembered tabs and columns, and its place in the main window."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from liaison_app.domain.enums import PartnershipStage as S
from liaison_app.domain.models import Event, PartnershipInquiry
from liaison_app.services import partnerships as p
from liaison_app.ui.language import apply_language
from liaison_app.ui.partnerships.inquiry_editor import InquiryDialog
from liaison_app.ui.partnerships.page import PartnershipsPage
from liaison_app.ui.partnerships.table_model import NO_PACKAGE, InquiryTableModel
from liaison_app.ui.sections import SectionKey, section
from tests.ui.partnerships.conftest import TODAY, plural


def column_texts(page, column) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def organizations(page) -> list[str]:
    return column_texts(page, InquiryTableModel.ORGANIZATION)


def test_models_are_sound(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.packages_model)


def test_the_table_sorts_in_the_model_by_any_column(page, qtbot):
    page.tabs.setCurrentIndex(page.TABLE)
    header = page.table.horizontalHeader()
    # Default: next follow-up first, open inquiries without a date last.
    assert organizations(page)[:2] == ["Global Connectivity Fund", "Geneva Telecom SA"]
    assert organizations(page)[-1] == "数字丝路研究院"
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft()
        + type(header.rect().topLeft())(header.sectionViewportPosition(0) + 10, 5),
    )
    assert header.sortIndicatorSection() == InquiryTableModel.ORGANIZATION
    assert organizations(page)[0] == "Geneva Telecom SA"
    page.table.sortByColumn(InquiryTableModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    # Grouped by currency (USD, EUR, CHF when descending), largest first inside each.
    amounts = column_texts(page, InquiryTableModel.AMOUNT)
    assert amounts[:2] == ["US$80,000.00", "US$30,000.00"]
    assert amounts[2] == "€20,000.00"
    assert amounts[3:] == ["CHF150,000.00", "CHF100,000.00", "CHF50,000.00", "CHF12,000.00"]


def test_the_table_filters_by_stage_package_overdue_and_search(page, forum):
    page.tabs.setCurrentIndex(page.TABLE)
    with page.context.database.writing() as session:
        p.move_stage(session, session.get(PartnershipInquiry, forum.inquiries["Telecom"]),
                     S.INFORMATION_SENT, on=TODAY)  # fmt: skip
    page.refresh()
    page.stage_filter.setCurrentIndex(page.stage_filter.findData(S.INFORMATION_SENT))
    assert organizations(page) == ["Geneva Telecom SA"]
    assert page.count_label.text().startswith("1 of ")
    page.stage_filter.setCurrentIndex(0)
    page.package_filter.setCurrentIndex(page.package_filter.findData(NO_PACKAGE))
    assert sorted(organizations(page)) == ["Global Connectivity Fund", "数字丝路研究院"]
    page.package_filter.setCurrentIndex(0)
    page.overdue_filter.setChecked(True)
    assert organizations(page) == ["Global Connectivity Fund", "Geneva Telecom SA"]
    page.overdue_filter.setChecked(False)
    page.search.setText("genè")
    assert organizations(page) == ["Université de Genève"]
    page.search.setText("strategic")  # package names are searched too
    assert sorted(organizations(page)) == [
        "Geneva Telecom SA",
        "Ministry of Communications and Information Technology",
    ]


def test_an_overdue_follow_up_is_red_in_the_table(page, forum):
    model = page.model
    row = model.row_of(forum.inquiries["Telecom"])
    index = model.index(row, InquiryTableModel.FOLLOW_UP)
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert plural(1, "day", "days").search(index.data(Qt.ItemDataRole.ToolTipRole))
    today_row = model.row_of(forum.inquiries["Ministry"])
    assert (
        model.index(today_row, InquiryTableModel.FOLLOW_UP).data(Qt.ItemDataRole.ForegroundRole)
        is None
    )
    # The package's amount stands in, in italics, until the inquiry has its own.
    amount = model.index(today_row, InquiryTableModel.AMOUNT)
    assert amount.data() == "CHF100,000.00"
    assert amount.data(Qt.ItemDataRole.FontRole).italic()


def test_enter_edits_and_delete_deletes_with_confirmation_and_undo(
    page, forum, qtbot, dialogs, monkeypatch
):
    page.tabs.setCurrentIndex(page.TABLE)
    opened = []
    monkeypatch.setattr(InquiryDialog, "exec", lambda self: opened.append(self.inquiry_id) or 0)
    row = page.model.row_of(forum.inquiries["Université de Genève"])
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [forum.inquiries["Université de Genève"]]

    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.No)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Université de Genève" in organizations(page)  # the officer said no

    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Université de Genève" not in organizations(page)
    assert page.undo_bar.isVisible()
    assert "Université de Genève" in page.undo_bar.message.text()

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Université de Genève" in organizations(page)
    assert not page.undo_bar.isVisible()
    with page.context.database.reading() as session:
        back = p.get_inquiry(session, forum.inquiries["Université de Genève"])
    assert back.amount == Decimal("12000.00")
    assert back.package.code == "ACT"


def test_ctrl_n_records_a_new_inquiry(page, forum, qtbot, monkeypatch):
    def fill_and_save(dialog):
        dialog.organization.setEditText("Digital Cooperation Alliance")
        dialog.amount.setText("45,000")
        dialog.currency.setEditText("usd")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(InquiryDialog, "exec", fill_and_save)
    page.tabs.setCurrentIndex(page.TABLE)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.search.text() == ""  # the key went to the page, not into the search box
    assert "Digital Cooperation Alliance" in organizations(page)
    with page.context.database.reading() as session:
        row = next(
            r
            for r in p.inquiry_rows(session, forum.event_id, "en")
            if r.organization == "Digital Cooperation Alliance"
        )
    assert (row.stage, row.amount, row.currency) == (S.INQUIRY, Decimal("45000.00"), "USD")
    assert row.received_on == TODAY
    assert (row.next_follow_up_on - TODAY).days == 7


def test_the_chart_has_one_bar_set_per_currency(page, forum):
    chart = page.chart
    assert [currency for currency, _ in chart.bar_sets] == ["CHF", "EUR", "USD"]
    assert chart.series.count() == 3
    assert chart.converted_set is None
    assert chart.values("CHF")[S.INQUIRY] == 312000.0
    assert chart.values("USD")[S.INQUIRY] == 110000.0
    assert chart.values("EUR")[S.PAID] == 0.0
    assert "never added up" in chart.chart().title()


def test_exchange_rates_add_a_converted_figure_without_mixing_the_rest(page):
    page.set_rates({"USD": Decimal("0.92"), "EUR": Decimal("1.03")}, "CHF")
    assert page.chart.converted_set is not None
    assert page.chart.converted_set.at(0) == 433800.0  # inquiry stage, all in CHF
    assert [currency for currency, _ in page.chart.bar_sets] == ["CHF", "EUR", "USD"]
    assert "All in CHF at your rates:" in page.summary_label.text()
    assert "CHF433,800.00" in page.summary_label.text()
    # Per-currency figures are still there, separately.
    assert "CHF312,000.00" in page.summary_label.text()


def test_the_summary_says_what_the_pipeline_is_worth_per_currency(page):
    text = page.summary_label.text()
    assert "CHF312,000.00" in text
    assert "€20,000.00" in text
    assert "US$110,000.00" in text
    assert plural(2, "follow-up", "follow-ups").search(text)


def test_the_packages_tab_shows_what_is_sold_out(page, forum):
    with page.context.database.writing() as session:
        p.move_stage(session, session.get(PartnershipInquiry, forum.inquiries["Telecom"]),
                     S.COMMITTED, confirmed_jump=True, on=TODAY)  # fmt: skip
    page.refresh()
    model = page.packages_model
    rows = {model.row_at(r).code: r for r in range(model.rowCount())}
    assert model.index(rows["PLAT"], model.REMAINING).data() == "Sold out"
    assert model.index(rows["GOLD"], model.REMAINING).data() == "2"
    assert model.index(rows["ACT"], model.PLACES).data() == "No limit"
    assert model.index(rows["PLAT"], model.AMOUNT).data() == "CHF150,000.00"


def test_the_tab_and_the_column_widths_are_remembered(page, context, qtbot):
    page.tabs.setCurrentIndex(page.FOLLOW_UPS)
    page.table.setColumnWidth(InquiryTableModel.ORGANIZATION, 333)
    page.table_header.save()
    again = PartnershipsPage(context, section(SectionKey.PARTNERSHIPS))
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == page.FOLLOW_UPS
    assert again.table.columnWidth(InquiryTableModel.ORGANIZATION) == 333


def test_the_page_follows_the_language(page, forum):
    apply_language("fr")
    try:
        assert page.board.columns[S.INFORMATION_SENT].title_label.text() == (
            "Information envoyée (0)"
        )
        # The table's first row is the most overdue follow-up: the fund's 80,000 dollars.
        assert page.model.index(0, InquiryTableModel.AMOUNT).data() == "80\u202f000,00\xa0$US"
        apply_language("ar")
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert page.chart.stages[0] is S.WITHDRAWN  # the flow reads from the right
    finally:
        apply_language("en")
    assert page.chart.stages[0] is S.INQUIRY


def test_without_an_event_the_page_says_what_to_do(qtbot, context, no_modal_dialogs):
    empty = PartnershipsPage(context, section(SectionKey.PARTNERSHIPS))
    qtbot.addWidget(empty)
    empty.show()
    assert empty.no_event_label.isVisible()
    assert "no event in this database" in empty.no_event_label.text()
    assert not empty.new_inquiry_button.isEnabled()


def test_the_section_opens_in_the_main_window_and_keeps_file_new(main_window, forum, qtbot,
                                                                  monkeypatch):  # fmt: skip
    opened = []
    monkeypatch.setattr(InquiryDialog, "exec", lambda self: opened.append("inquiry") or 0)
    monkeypatch.setattr(
        main_window.commands, "new_database", lambda *args: opened.append("database")
    )
    main_window.new_action.triggered.disconnect()
    main_window.new_action.triggered.connect(main_window.commands.new_database)
    main_window.show_section(SectionKey.PARTNERSHIPS)
    page = main_window.stack.currentWidget()
    assert isinstance(page, PartnershipsPage)
    page.tabs.setCurrentIndex(page.TABLE)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["inquiry"]
    main_window.sidebar.setFocus()
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["inquiry", "database"]


def test_the_chosen_event_is_remembered(page, context, qtbot):
    with context.database.writing() as session:
        session.add(
            Event(
                reference="WSIS-2023",
                titles={"en": "WSIS Forum 2023"},
                starts_on=date(2023, 3, 13),
                ends_on=date(2023, 3, 17),
            )
        )
    page.refresh()
    assert page.event_combo.count() == 2
    page.event_combo.setCurrentIndex(page.event_combo.findText("WSIS Forum 2022"))
    again = PartnershipsPage(context, section(SectionKey.PARTNERSHIPS))
    qtbot.addWidget(again)
    assert again.event_combo.currentText() == "WSIS Forum 2022"
    assert len(again.rows) == 7
    again.event_combo.setCurrentIndex(again.event_combo.findText("WSIS Forum 2023"))
    assert again.rows == []
    assert again.summary_label.text().count("nothing yet") == 2


def test_the_card_menu_moves_reopens_and_says_which_moves_ask_first(page, forum, dialogs):
    fund = forum.inquiries["Global Connectivity Fund"]
    menu = page.inquiry_menu(fund)
    move = next(a.menu() for a in menu.actions() if a.menu() is not None)
    texts = [a.text() for a in move.actions()]
    assert texts[0] == "Information sent"
    assert "Paid (asks first)" in texts
    assert "Declined" in texts  # ways out are ordinary
    reopen = next(a for a in menu.actions() if a.text() == "Reopen…")
    assert not reopen.isEnabled()

    dialogs.answer(QMessageBox, "question", QMessageBox.StandardButton.Yes)
    next(a for a in move.actions() if a.text() == "Declined").trigger()
    assert page.board.card(fund).row.stage is S.DECLINED
    assert dialogs.texts("question") == []  # declining asks nothing

    menu = page.inquiry_menu(fund)
    assert next(a for a in menu.actions() if a.text() == "Reopen…").isEnabled()
    move = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert not move.isEnabled()
