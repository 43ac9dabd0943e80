"""Charts for the statistics report, drawn with reportlab's graphics (vector, in the bundled font)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from clusterdesk.documents.fonts import clean_text, primary

ACCENT = colors.HexColor("#1a5fb4")
SECOND = colors.HexColor("#2ec27e")
GRID = colors.HexColor("#deddda")


def _font() -> str:
    return primary("regular")


def _nice_max(value: int) -> int:
    if value <= 5:
        return 5
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 10:
            return -(-value // step) * step
    return value


def _titled(drawing: Drawing, title: str, width: float, height: float) -> Drawing:
    drawing.add(String(0, height - 12, clean_text(title), fontName=primary("bold"), fontSize=11))
    return drawing


def hbar_chart(
    items: Sequence[tuple[str, int]], title: str, width: float, height: float
) -> Drawing:
    """Horizontal bars, largest first, one row per label (labels in the bundled font)."""
    d = Drawing(width, height)
    _titled(d, title, width, height)
    if not items:
        d.add(String(0, height - 34, "No data yet.", fontName=_font(), fontSize=9))
        return d
    chart = HorizontalBarChart()
    label_w = min(150.0, width * 0.35)
    chart.x, chart.y = label_w, 10
    chart.width, chart.height = width - label_w - 30, height - 34
    chart.data = [[n for _l, n in reversed(items)]]
    chart.categoryAxis.categoryNames = [clean_text(label)[:32] for label, _n in reversed(items)]
    chart.categoryAxis.labels.fontName = _font()
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(n for _l, n in items))
    chart.valueAxis.labels.fontName = _font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = _font()
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def vbar_chart(
    items: Sequence[tuple[str, int]], title: str, width: float, height: float, x_title: str = ""
) -> Drawing:
    d = Drawing(width, height)
    _titled(d, title, width, height)
    if not items:
        d.add(String(0, height - 34, "No data yet.", fontName=_font(), fontSize=9))
        return d
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 30
    chart.width, chart.height = width - 50, height - 60
    chart.data = [[n for _l, n in items]]
    chart.categoryAxis.categoryNames = [clean_text(label) for label, _n in items]
    chart.categoryAxis.labels.fontName = _font()
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(n for _l, n in items))
    chart.valueAxis.labels.fontName = _font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = SECOND
    chart.bars[0].strokeColor = None
    d.add(chart)
    if x_title:
        d.add(
            String(
                chart.x + chart.width / 2,
                6,
                x_title,
                fontName=_font(),
                fontSize=8,
                textAnchor="middle",
            )
        )
    return d


def line_chart(
    points: Sequence[tuple[str, int]], title: str, width: float, height: float
) -> Drawing:
    """A cumulative line over time buckets; every n-th time label so they never overlap."""
    d = Drawing(width, height)
    _titled(d, title, width, height)
    if not points:
        d.add(String(0, height - 34, "No check-ins yet.", fontName=_font(), fontSize=9))
        return d
    chart = HorizontalLineChart()
    chart.x, chart.y = 40, 30
    chart.width, chart.height = width - 56, height - 60
    chart.data = [[n for _l, n in points]]
    every = max(1, -(-len(points) // 12))
    chart.categoryAxis.categoryNames = [
        label if i % every == 0 else "" for i, (label, _n) in enumerate(points)
    ]
    chart.categoryAxis.labels.fontName = _font()
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(n for _l, n in points))
    chart.valueAxis.labels.fontName = _font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 2
    d.add(chart)
    return d
