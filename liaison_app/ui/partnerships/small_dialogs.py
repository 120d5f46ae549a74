"""Two small questions of the Partnerships section: reopen to which stage (and why), and the
exchange rates the officer gives to see the whole pipeline in one currency."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.partnership_rules import STAGE_ORDER, is_open
from liaison_app.errors import UserError
from liaison_app.services import partnerships
from liaison_app.ui.language import current_language
from liaison_app.ui.partnerships.display import OVERDUE_STYLE, stage_text
from liaison_app.ui.partnerships.fields import FieldWithError
from liaison_app.ui.partnerships.inquiry_editor import currency_combo


class ReopenDialog(QDialog):
    """Which open stage a closed inquiry goes back to, and why (kept in the audit trail)."""

    def __init__(self, organization: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen the inquiry"))
        self.stage = QComboBox(self)
        self.stage.setObjectName("reopenStage")
        for stage in STAGE_ORDER:
            if is_open(stage):
                self.stage.addItem(stage_text(stage), stage)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reopenReason")
        self.reason.setPlaceholderText(self.tr("For example: the payment was returned"))
        explanation = QLabel(
            self.tr("{organization} will be worked on again from the stage you choose.").format(
                organization=organization
            ),
            self,
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Back to &stage:"), self.stage)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)


class RatesDialog(QDialog):
    """The rates to convert every currency of the pipeline into one; nothing is assumed."""

    def __init__(
        self,
        currencies: Sequence[str],
        target: str | None,
        rates: dict[str, Decimal] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ratesDialog")
        self.setWindowTitle(self.tr("Exchange rates"))
        self._currencies = list(currencies)
        self.result_rates: dict[str, Decimal] = {}
        self.result_target: str | None = None
        language = current_language()
        self.target = currency_combo(self)
        self.target.setObjectName("targetCurrency")
        self.target.setEditText(target or (self._currencies[0] if self._currencies else "CHF"))
        self.target.currentTextChanged.connect(self._update_labels)
        intro = QLabel(
            self.tr(
                "Amounts in different currencies are never added together on their own. Give "
                "today's rates to see the whole pipeline in one currency; they are used for "
                "this view only."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Show in:"), self.target)
        self.rate_edits: dict[str, QLineEdit] = {}
        self.rate_fields: dict[str, FieldWithError] = {}
        self.rate_labels: dict[str, QLabel] = {}
        for currency in self._currencies:
            edit = QLineEdit(self)
            edit.setObjectName(f"rate_{currency}")
            if rates and currency in rates:
                edit.setText(partnerships.rate_text(rates[currency], language))
            field = FieldWithError(edit, self)
            label = QLabel(self)
            label.setBuddy(edit)
            self.rate_edits[currency] = edit
            self.rate_fields[currency] = field
            self.rate_labels[currency] = label
            self.form.addRow(label, field)
        self.error = QLabel(self)
        self.error.setStyleSheet(OVERDUE_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_labels()

    def _target(self) -> str:
        return self.target.currentText().strip().upper()

    def _update_labels(self) -> None:
        target = self._target()
        for currency, field in self.rate_fields.items():
            label = self.rate_labels[currency]
            label.setText(
                self.tr("1 %1 = … %2").replace("%1", currency).replace("%2", target or "?")
            )
            field.setVisible(currency != target)
            label.setVisible(currency != target)

    def accept(self) -> None:
        language = current_language()
        target_text = self._target()
        try:
            target = partnerships.normalize_currency(target_text)
        except UserError as error:
            self._show_error(error.localized(language))
            return
        if target is None:
            self._show_error(self.tr("Choose the currency to show the pipeline in."))
            return
        rates: dict[str, Decimal] = {}
        failed = False
        for currency, edit in self.rate_edits.items():
            field = self.rate_fields[currency]
            field.set_error("")
            if currency == target:
                continue
            try:
                rates[currency] = partnerships.parse_rate(edit.text(), language)
            except UserError as error:
                field.set_error(error.localized(language))
                failed = True
        if failed:
            return
        self.result_rates, self.result_target = rates, target
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
