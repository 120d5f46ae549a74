"""The inquiry and package editors, the reopen and exchange-rate dialogs: what is saved, and each
problem shown under its own field with nothing saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate

from liaison_app.domain.enums import InquirySource
from liaison_app.domain.enums import PartnershipStage as S
from liaison_app.domain.models import PartnershipInquiry
from liaison_app.services import partnerships as p
from liaison_app.ui.language import apply_language
from liaison_app.ui.partnerships.fields import index_of
from liaison_app.ui.partnerships.inquiry_editor import InquiryDialog
from liaison_app.ui.partnerships.package_editor import PackageDialog
from liaison_app.ui.partnerships.small_dialogs import RatesDialog, ReopenDialog
from liaison_app.ui.partnerships.stage_moves import StageMover
from tests.ui.partnerships.conftest import TODAY


def inquiries(database, event_id):
    with database.reading() as session:
        return {r.organization: r for r in p.inquiry_rows(session, event_id, "en")}


def test_a_new_inquiry_from_the_directory_with_its_contact(qtbot, context, forum):
    dialog = InquiryDialog(context, forum.event_id, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New inquiry"
    assert dialog.received.date() == QDate(2022, 4, 14)
    assert dialog.follow_up_enabled.isChecked()
    assert dialog.follow_up.date() == QDate(2022, 4, 21)

    dialog.organization.setCurrentIndex(dialog.organization.findText("Geneva Telecom SA"))
    # The contact list narrows to the organization's people.
    assert [dialog.contact.itemText(i) for i in range(dialog.contact.count())] == [
        "",
        "Amina Haddad",
    ]
    dialog.contact.setCurrentIndex(1)
    dialog.package.setCurrentIndex(index_of(dialog.package, forum.packages["GOLD"]))
    assert "the package's amount" in dialog.amount.placeholderText()
    dialog.source.setCurrentIndex(dialog.source.findData(InquirySource.MEETING))
    dialog.notes.setPlainText("Met at the Council session; wants the Gold benefits in writing.")
    dialog.accept()

    assert dialog.result() == InquiryDialog.DialogCode.Accepted
    with context.database.reading() as session:
        saved = p.get_inquiry(session, dialog.saved_id)
    assert p.organization_label(saved) == "Geneva Telecom SA"
    assert saved.organization_id == forum.organizations["Geneva Telecom SA"]
    assert saved.contact.full_name == "Amina Haddad"
    assert saved.package.code == "GOLD"
    assert saved.source is InquirySource.MEETING
    assert saved.amount is None  # the package's amount stands in until one is agreed
    assert saved.next_follow_up_on == date(2022, 4, 21)


def test_each_problem_is_shown_under_its_field_and_nothing_is_saved(qtbot, context, forum):
    before = inquiries(context.database, forum.event_id)
    dialog = InquiryDialog(context, forum.event_id, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.organization.setEditText("")
    dialog.amount.setText("12,345.678")
    dialog.currency.setEditText("ZZZ")
    dialog.follow_up.setDate(QDate(2022, 4, 1))  # before the inquiry was received
    dialog.contact.setEditText("Somebody not in the directory")
    dialog.accept()

    assert dialog.result() != InquiryDialog.DialogCode.Accepted
    errors = {key: field.error for key, field in dialog.fields.items() if field.error}
    assert "Choose the organization from the directory or type its name" in errors["organization"]
    assert "is not an amount" in errors["amount"] or "two decimals" in errors["amount"]
    assert "ZZZ is not an ISO 4217 currency code" in errors["amount"]  # shown by the amount row
    assert "cannot come before" in errors["next_follow_up_on"]
    assert "Choose a contact from the directory" in errors["contact"]
    assert inquiries(context.database, forum.event_id) == before


def test_editing_keeps_what_was_there_and_writes_the_changes(qtbot, context, forum):
    fund = forum.inquiries["Global Connectivity Fund"]
    dialog = InquiryDialog(context, forum.event_id, fund, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit inquiry"
    assert dialog.organization.currentText() == "Global Connectivity Fund"
    assert dialog.amount.text() == "80,000.00"
    assert dialog.currency.currentText() == "USD"
    dialog.amount.setText("85 000")
    dialog.follow_up.setDate(QDate(2022, 4, 22))
    dialog.accept()
    row = inquiries(context.database, forum.event_id)["Global Connectivity Fund"]
    assert (row.amount, row.currency, row.next_follow_up_on) == (
        Decimal("85000.00"),
        "USD",
        date(2022, 4, 22),
    )


def test_amounts_are_typed_as_the_language_writes_them(qtbot, context, forum):
    apply_language("fr")
    try:
        dialog = InquiryDialog(context, forum.event_id, today=lambda: TODAY)
        qtbot.addWidget(dialog)
        dialog.organization.setEditText("Fondation pour le numérique")
        dialog.amount.setText("150 000,50")
        dialog.currency.setEditText("EUR")
        dialog.accept()
    finally:
        apply_language("en")
    row = inquiries(context.database, forum.event_id)["Fondation pour le numérique"]
    assert (row.amount, row.currency) == (Decimal("150000.50"), "EUR")


def test_a_new_package_and_a_duplicate_code(qtbot, context, forum):
    dialog = PackageDialog(context, forum.event_id)
    qtbot.addWidget(dialog)
    dialog.code.setText("gold")
    dialog.amount.setText("-5")
    dialog.currency.setEditText("CHF")
    dialog.accept()
    assert dialog.result() != PackageDialog.DialogCode.Accepted
    assert "already has a package with the code gold" in dialog.fields["code"].error
    assert "cannot be negative" in dialog.fields["amount"].error
    assert "at least one language" in dialog.fields["names"].error

    dialog.code.setText("SILVER")
    dialog.amount.setText("75,000")
    dialog.names["en"].setText("Strategic Partner Silver")
    dialog.names["ar"].setText("شريك استراتيجي فضي")
    dialog.benefits["en"].setPlainText("Logo at the opening segment")
    dialog.limited.setChecked(True)
    dialog.places.setValue(3)
    dialog.accept()
    assert dialog.result() == PackageDialog.DialogCode.Accepted
    with context.database.reading() as session:
        package = p.get_package(session, dialog.saved_id)
    assert (package.code, package.amount, package.currency, package.quantity_available) == (
        "SILVER",
        Decimal("75000.00"),
        "CHF",
        3,
    )
    assert package.names == {"en": "Strategic Partner Silver", "ar": "شريك استراتيجي فضي"}


def test_the_arabic_name_is_typed_right_to_left(qtbot, context, forum):
    dialog = PackageDialog(context, forum.event_id, forum.packages["PLAT"])
    qtbot.addWidget(dialog)
    assert dialog.names["ar"].text() == "شريك استراتيجي بلاتيني"
    assert dialog.names["ar"].layoutDirection().name == "RightToLeft"
    assert dialog.names["en"].layoutDirection().name == "LeftToRight"


def test_reopening_a_declined_inquiry_records_the_reason(qtbot, context, forum, no_modal_dialogs):
    fund = forum.inquiries["Global Connectivity Fund"]
    with context.database.writing() as session:
        p.move_stage(session, session.get(PartnershipInquiry, fund), S.DECLINED, on=TODAY)
    dialog = ReopenDialog("Global Connectivity Fund")
    qtbot.addWidget(dialog)
    assert [dialog.stage.itemData(i) for i in range(dialog.stage.count())] == [
        S.INQUIRY,
        S.INFORMATION_SENT,
        S.NEGOTIATION,
        S.COMMITTED,
        S.AGREEMENT_SIGNED,
    ]
    mover = StageMover(context, dialog)
    mover.today = lambda: TODAY
    assert mover.reopen(fund, S.NEGOTIATION, "They wrote back with a new budget")
    with context.database.reading() as session:
        last = p.stage_history(session, p.get_inquiry(session, fund))[-1]
    assert (last.from_stage, last.to_stage, last.reason) == (
        S.DECLINED,
        S.NEGOTIATION,
        "They wrote back with a new budget",
    )


def test_the_rates_dialog_asks_one_rate_per_other_currency(qtbot):
    dialog = RatesDialog(["CHF", "EUR", "USD"], "CHF", None)
    qtbot.addWidget(dialog)
    assert dialog.rate_labels["USD"].text() == "1 USD = … CHF"
    assert dialog.rate_fields["CHF"].isHidden()  # no rate for the target itself
    dialog.rate_edits["USD"].setText("0.92")
    dialog.rate_edits["EUR"].setText("zero")
    dialog.accept()
    assert dialog.result() != RatesDialog.DialogCode.Accepted
    assert "is not an exchange rate" in dialog.rate_fields["EUR"].error
    dialog.rate_edits["EUR"].setText("1.03")
    dialog.accept()
    assert dialog.result_target == "CHF"
    assert dialog.result_rates == {"USD": Decimal("0.92"), "EUR": Decimal("1.03")}
