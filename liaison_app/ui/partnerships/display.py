"""How partnership values read in the window: money, dates and stage names in the UI language."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor

from liaison_app.domain.enums import InquirySource, PartnershipStage
from liaison_app.services.partnership_labels import source_label, stage_label
from liaison_app.services.partnerships import format_money
from liaison_app.ui.language import current_language, format_date, is_right_to_left

# Overdue follow-ups: a dark red that stays readable on light and dark palettes.
OVERDUE_COLOR = QColor("#b3261e")
OVERDUE_STYLE = "color: #b3261e;"
# Colours of the pipeline's columns and bars, in stage order; declined and withdrawn are grey.
STAGE_COLORS: dict[PartnershipStage, str] = {
    PartnershipStage.INQUIRY: "#5b8def",
    PartnershipStage.INFORMATION_SENT: "#3aa0c8",
    PartnershipStage.NEGOTIATION: "#e0a32e",
    PartnershipStage.COMMITTED: "#7cb342",
    PartnershipStage.AGREEMENT_SIGNED: "#43a047",
    PartnershipStage.PAID: "#2e7d32",
    PartnershipStage.DECLINED: "#9e9e9e",
    PartnershipStage.WITHDRAWN: "#bdbdbd",
}
# One colour per currency in the chart, assigned in alphabetical order of the codes shown.
CURRENCY_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf")


# In the Arabic interface an amount or a date goes in a first-strong isolate, so it keeps its own
# order inside a sentence (an English phrase in the Arabic interface, or the reverse).
RLM, FSI, PDI = "\u200f", "\u2068", "\u2069"


def isolate(text: str) -> str:
    return f"{FSI}{text}{PDI}" if text and is_right_to_left(current_language()) else text


def standalone(text: str) -> str:
    """A value alone in its label, led in Arabic by a right-to-left mark: a label takes its
    direction from the first strong character outside isolates, and would otherwise align it
    to the left."""
    return f"{RLM}{text}" if text and is_right_to_left(current_language()) else text


def money(amount: Decimal | None, currency: str | None) -> str:
    if amount is None or not currency:
        return ""
    return isolate(format_money(amount, currency, current_language()))


def short_date(value: date | None) -> str:
    """The locale's short date, with the year in full (Spanish would write 13/4/22)."""
    if value is None:
        return ""
    locale = QLocale()
    pattern = re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return isolate(locale.toString(QDate(value.year, value.month, value.day), pattern))


def long_date(value: date | None) -> str:
    return isolate(format_date(value)) if value is not None else ""


def stage_text(stage: PartnershipStage) -> str:
    return stage_label(stage, current_language())


def source_text(source: InquirySource) -> str:
    return source_label(source, current_language())
