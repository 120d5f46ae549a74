"""The chart of the pipeline: value by stage, one bar set per currency, side by side, not stacked.

Bars of different currencies stand next to each other rather than on top of one another: a stack
would show CHF and USD added into one height, which is the sum the officer never asked for. With
the officer's exchange rates one more set shows every stage converted into one currency.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from liaison_app.domain.enums import PartnershipStage
from liaison_app.domain.partnership_rules import ALL_STAGES
from liaison_app.services.partnerships import PipelineTotals
from liaison_app.ui.partnerships.display import CURRENCY_COLORS, money, stage_text

CONVERTED_COLOR = "#555555"


class PipelineChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(320)
        self._totals: PipelineTotals | None = None
        # Stages along the axis, in reading order (mirrored in Arabic).
        self.stages: list[PartnershipStage] = []
        # (currency, set) of the chart, for tooltips and tests.
        self.bar_sets: list[tuple[str, QBarSet]] = []
        # The set of every stage converted at the officer's rates, when rates were given.
        self.converted_set: QBarSet | None = None
        self.series: QBarSeries | None = None
        chart = QChart()
        chart.setMargins(QMargins(8, 8, 8, 8))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)

    def set_totals(self, totals: PipelineTotals) -> None:
        self._totals = totals
        self._rebuild()

    def _rebuild(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.bar_sets = []
        self.converted_set = None
        totals = self._totals
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Qt Charts does not mirror its axes: the flow from inquiry to payment is reversed by
        # hand for Arabic, so it reads from the right, and the value axis stands on the right.
        self.stages = list(reversed(ALL_STAGES)) if right_to_left else list(ALL_STAGES)
        chart.setTitle(self.tr("Pipeline value by stage: one bar per currency, never added up"))
        series = QBarSeries()
        self.series = series
        if totals is not None:
            for n, currency in enumerate(totals.currencies):
                bar_set = QBarSet(currency)
                bar_set.setColor(QColor(CURRENCY_COLORS[n % len(CURRENCY_COLORS)]))
                for stage in self.stages:
                    bar_set.append(float(totals.stages[stage].amounts.get(currency, 0)))
                self._watch(bar_set, currency)
                self.bar_sets.append((currency, bar_set))
                series.append(bar_set)
            if totals.converted is not None and totals.target_currency:
                label = self.tr("All currencies in %1, at your rates").replace(
                    "%1", totals.target_currency
                )
                bar_set = QBarSet(label)
                bar_set.setColor(QColor(CONVERTED_COLOR))
                for stage in self.stages:
                    bar_set.append(float(totals.converted[stage]))
                self._watch(bar_set, totals.target_currency)
                self.converted_set = bar_set
                series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([stage_text(stage) for stage in self.stages])
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        highest = max((s.at(i) for _, s in self.bar_sets for i in range(s.count())), default=0.0)
        if self.converted_set is not None:
            highest = max([highest, *(self.converted_set.at(i) for i in range(len(self.stages)))])
        values.setRange(0, highest or 1.0)
        values.applyNiceNumbers()
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(
            values, Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setVisible(bool(self.bar_sets))
        if not self.bar_sets:
            chart.setTitle(self.tr("No amounts yet: the chart fills as inquiries get amounts."))

    def _watch(self, bar_set: QBarSet, currency: str) -> None:
        """A tooltip with the stage and the amount written in the interface language."""

        def show(status: bool, index: int) -> None:
            if not status:
                QToolTip.hideText()
                return
            stage = self.stages[index]
            amount = Decimal(str(bar_set.at(index)))
            QToolTip.showText(
                QCursor.pos(),
                self.tr("%1: %2")
                .replace("%1", stage_text(stage))
                .replace("%2", money(amount, currency)),
                self,
            )

        bar_set.hovered.connect(show)

    def values(self, currency: str) -> dict[PartnershipStage, float]:
        """The bar heights of one currency by stage (what the chart shows)."""
        bar_set = next(s for c, s in self.bar_sets if c == currency)
        return {stage: bar_set.at(i) for i, stage in enumerate(self.stages)}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self._rebuild()
        super().changeEvent(event)
