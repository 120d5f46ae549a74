"""The dashboard's charts: bars that can be clicked, a pie of decisions, and replies per day with
the deadline marked.

Qt Charts does not mirror itself for right-to-left languages, so in Arabic each chart is mirrored
by hand: categories run from the right, value axes stand on the right, and time flows leftwards.
Counts are written into the category names ("Accepted (24)"): readable without hovering, in every
language, and printed with the picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QPieSlice,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from liaison_app.services.dashboard import DayFigure, ListLink
from liaison_app.ui.invitations.display import day_month, long_date

#: The colour of bars that have no colour of their own, and of the cumulative line.
DEFAULT_COLOR = "#5b8def"
DEADLINE_COLOR = "#c62828"


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    color: str
    link: ListLink


def _number(value: int) -> str:
    return QLocale().toString(value)


class _ClickableChart(QChartView):
    """A chart view whose figures open the list behind them."""

    figureClicked = Signal(object)  # a ListLink

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(250)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        chart.legend().hide()
        font = chart.titleFont()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        chart.setTitleFont(font)
        self.setChart(chart)
        self.title = ""

    @property
    def right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.title)
        return chart

    def _rebuild(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._rebuild()
        super().changeEvent(event)

    def _hover(self, text: str, shown: bool) -> None:
        if shown:
            QToolTip.showText(QCursor.pos(), text, self)
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            QToolTip.hideText()
            self.viewport().unsetCursor()


class BarChart(_ClickableChart):
    """One bar per figure, each in its own colour; vertical, or horizontal for long labels."""

    def __init__(self, name: str, parent: QWidget | None = None, *, horizontal: bool = False):
        super().__init__(name, parent)
        self.horizontal = horizontal
        self.bars: list[Bar] = []
        #: The bars in the order drawn along the category axis (mirrored in Arabic).
        self.drawn: list[Bar] = []
        self.empty_text = ""

    def set_bars(self, title: str, bars: Sequence[Bar], empty_text: str = "") -> None:
        self.title, self.bars, self.empty_text = title, list(bars), empty_text
        self._rebuild()

    def _rebuild(self) -> None:
        chart = self._reset()
        bars = self.bars
        if self.horizontal:
            # Horizontal categories run bottom to top: reversed, the first figure is on top.
            drawn = list(reversed(bars))
            series = QHorizontalStackedBarSeries()
        else:
            drawn = list(reversed(bars)) if self.right_to_left else list(bars)
            series = QStackedBarSeries()
        self.drawn = drawn
        series.setBarWidth(0.7)
        # One set per bar, zero elsewhere: the only way to give each bar its own colour.
        for position, bar in enumerate(drawn):
            bar_set = QBarSet(bar.label)
            bar_set.setColor(QColor(bar.color))
            bar_set.setBorderColor(QColor(bar.color))
            bar_set.append([float(bar.count if i == position else 0) for i in range(len(drawn))])
            bar_set.clicked.connect(lambda _index, bar=bar: self.figureClicked.emit(bar.link))
            bar_set.hovered.connect(
                lambda shown, _index, bar=bar: self._hover(
                    f"{bar.label}: {_number(bar.count)}", shown
                )
            )
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{bar.label} ({_number(bar.count)})" for bar in drawn] or [" "])
        values = QValueAxis()
        values.setLabelFormat("%d")
        highest = max((bar.count for bar in bars), default=0)
        values.setRange(0, max(highest, 1))
        values.applyNiceNumbers()
        if values.max() <= 5:
            values.setTickCount(int(values.max()) + 1)
        if self.horizontal:
            chart.addAxis(
                categories,
                Qt.AlignmentFlag.AlignRight if self.right_to_left else Qt.AlignmentFlag.AlignLeft,
            )
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
            # Bars grow from the right in Arabic.
            values.setReverse(self.right_to_left)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(
                values,
                Qt.AlignmentFlag.AlignRight if self.right_to_left else Qt.AlignmentFlag.AlignLeft,
            )
        series.attachAxis(categories)
        series.attachAxis(values)
        if not bars and self.empty_text:
            chart.setTitle(f"{self.title}\n{self.empty_text}")

    def click(self, label: str) -> None:
        """Click the bar of `label` (for tests and keyboard users)."""
        bar = next(b for b in self.bars if b.label == label)
        self.figureClicked.emit(bar.link)

    def category_labels(self) -> list[str]:
        axis = next(a for a in self.chart().axes() if isinstance(a, QBarCategoryAxis))
        return list(axis.categories())


class PieChart(_ClickableChart):
    """Shares of a whole, each slice clickable (replies by decision)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.bars: list[Bar] = []
        self.chart().legend().show()
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def set_bars(self, title: str, bars: Sequence[Bar]) -> None:
        self.title, self.bars = title, [b for b in bars if b.count]
        self._rebuild()

    def _rebuild(self) -> None:
        chart = self._reset()
        series = QPieSeries()
        series.setPieSize(0.62)
        total = sum(bar.count for bar in self.bars)
        for bar in self.bars:
            share = QLocale().toString(100 * bar.count / total, "f", 0) if total else "0"
            piece = QPieSlice(f"{bar.label}: {_number(bar.count)} ({share} %)", bar.count)
            piece.setColor(QColor(bar.color))
            piece.setLabelVisible(True)
            piece.clicked.connect(lambda bar=bar: self.figureClicked.emit(bar.link))
            piece.hovered.connect(
                lambda shown, bar=bar: self._hover(f"{bar.label}: {_number(bar.count)}", shown)
            )
            series.append(piece)
        chart.addSeries(series)
        chart.legend().setVisible(False)

    def click(self, label: str) -> None:
        bar = next(b for b in self.bars if b.label == label)
        self.figureClicked.emit(bar.link)


class RepliesPerDayChart(_ClickableChart):
    """Replies received each day (bars) and in total (line), with the deadline as a red line."""

    def __init__(self, name: str = "repliesPerDay", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.days: list[DayFigure] = []
        #: The days in the order of the bars, left to right on screen.
        self.drawn: list[DayFigure] = []
        self.deadline: date | None = None
        self.names = ("", "", "")  # replies that day, replies in total, the deadline
        self.deadline_series: QLineSeries | None = None
        self.chart().legend().show()
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setMinimumHeight(300)

    def set_days(
        self,
        title: str,
        days: list[DayFigure],
        deadline: date | None,
        names: tuple[str, str, str],
    ) -> None:
        self.title, self.days, self.deadline, self.names = title, days, deadline, names
        self._rebuild()

    def _rebuild(self) -> None:
        chart = self._reset()
        self.deadline_series = None
        days = self.days
        if not days:
            chart.legend().hide()
            return
        chart.legend().show()
        count = len(days)
        rtl = self.right_to_left
        near, far = (
            (Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft)
            if rtl
            else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)
        )

        # The bars are laid out in reading order by hand (the dated axis is reversed instead,
        # as the line needs a value axis): in Arabic the first day is the rightmost bar.
        drawn = list(reversed(days)) if rtl else list(days)
        self.drawn = drawn
        per_day = QBarSet(self.names[0])
        per_day.setColor(QColor(DEFAULT_COLOR))
        per_day.append([float(d.count) for d in drawn])
        per_day.clicked.connect(lambda index: self.figureClicked.emit(drawn[index].link))
        per_day.hovered.connect(
            lambda shown, index: self._hover(
                f"{long_date(drawn[index].day)}: {_number(drawn[index].count)}", shown
            )
        )
        bars = QBarSeries()
        bars.setBarWidth(0.8)
        bars.append(per_day)
        chart.addSeries(bars)
        # The bars need a category axis; it stays hidden under the dated axis below.
        slots = QBarCategoryAxis()
        slots.append([d.day.isoformat() for d in drawn])
        slots.setVisible(False)
        chart.addAxis(slots, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(slots)

        # The dated axis: a label each week, on the same positions as the bars (-0.5 … n-0.5).
        dated = QCategoryAxis()
        dated.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = 7 if count > 14 else 1
        for index in range(0, count, step):
            dated.append(day_month(days[index].day), index)
        # After the labels, which stretch the range to fit them: the bars' own span.
        dated.setStartValue(-0.5)
        dated.setRange(-0.5, count - 0.5)
        dated.setReverse(rtl)
        dated.setGridLineVisible(False)
        chart.addAxis(dated, Qt.AlignmentFlag.AlignBottom)

        highest = max(d.count for d in days)
        daily = QValueAxis()
        daily.setLabelFormat("%d")
        daily.setRange(0, max(highest, 1))
        daily.applyNiceNumbers()
        chart.addAxis(daily, near)
        bars.attachAxis(daily)

        total = QLineSeries()
        total.setName(self.names[1])
        pen = QPen(QColor("#2e7d32"))
        pen.setWidth(2)
        total.setPen(pen)
        for index, day in enumerate(days):
            total.append(QPointF(index, day.cumulative))
        chart.addSeries(total)
        cumulative = QValueAxis()
        cumulative.setLabelFormat("%d")
        cumulative.setRange(0, max(days[-1].cumulative, 1))
        cumulative.applyNiceNumbers()
        cumulative.setGridLineVisible(False)
        chart.addAxis(cumulative, far)
        total.attachAxis(dated)
        total.attachAxis(cumulative)

        if self.deadline is not None and days[0].day <= self.deadline <= days[-1].day:
            position = (self.deadline - days[0].day).days
            marker = QLineSeries()
            marker.setName(self.names[2])
            pen = QPen(QColor(DEADLINE_COLOR))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            marker.setPen(pen)
            marker.append(QPointF(position, 0))
            marker.append(QPointF(position, cumulative.max()))
            chart.addSeries(marker)
            marker.attachAxis(dated)
            marker.attachAxis(cumulative)
            self.deadline_series = marker

    def click_day(self, day: date) -> None:
        figure = next(d for d in self.days if d.day == day)
        self.figureClicked.emit(figure.link)
