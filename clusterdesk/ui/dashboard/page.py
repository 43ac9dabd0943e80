"""The Dashboard page: KPI tiles (the statistics report's figures) and by-country / by-category
bars, and the meeting outcomes once there are any; refreshed when shown."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.events import EventDB, EventInfo, event_info
from clusterdesk.services.report_data import EventKpis, event_kpis
from clusterdesk.services.stats import EventStats
from clusterdesk.ui.context import PageContext
from clusterdesk.ui.countries import shown
from clusterdesk.ui.dashboard.widgets import BarList, KpiTile
from clusterdesk.ui.errors import show_error


class DashboardPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.db: EventDB | None = None
        self.stats: EventStats | None = None
        self.setObjectName("dashboardPage")
        self._loading = False

        self.title = QLabel(self.tr("Dashboard"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel("", self)
        self.subtitle.setObjectName("pageSubtitle")
        self.tiles = {
            "participants": KpiTile(self.tr("Participants (active)")),
            "countries": KpiTile(self.tr("Countries")),
            "organizations": KpiTile(self.tr("Organisations")),
            "checked_in": KpiTile(self.tr("Checked in")),
            "badges": KpiTile(self.tr("Badges printed")),
            "requests": KpiTile(self.tr("Meeting requests")),
            "accepted": KpiTile(self.tr("Meetings accepted")),
            "scheduled": KpiTile(self.tr("Meetings scheduled")),
            "held": KpiTile(self.tr("Meetings held")),
            "no_shows": KpiTile(self.tr("No-shows")),
            "per_person": KpiTile(self.tr("Meetings per participant")),
            "realised": KpiTile(self.tr("Realised")),
        }
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 4, i % 4)
        self.by_country = BarList(limit=12)
        self.by_category = BarList(limit=12)
        self.by_outcome = BarList(limit=12)
        lists = QHBoxLayout()
        lists.setSpacing(12)
        boxes = []
        for title, bars in (
            (self.tr("By country"), self.by_country),
            (self.tr("By category"), self.by_category),
            (self.tr("Meeting outcomes"), self.by_outcome),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(bars)
            box_layout.addStretch(1)
            lists.addWidget(box, 1)
            boxes.append(box)
        self.outcomes_box = boxes[-1]
        self.outcomes_box.setObjectName("outcomesBox")
        self.outcomes_box.hide()  # shown once a meeting has an outcome

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(grid)
        layout.addLayout(lists)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        context.bus.changed.connect(self._on_changed)

    def _on_changed(self, _topic: str) -> None:
        if self.isVisible():
            self.refresh()

    def set_event(self, db: EventDB | None) -> None:
        self.db = db
        self.stats = None
        for tile in self.tiles.values():
            tile.set_value("—")
        self.by_country.set_items([])
        self.by_category.set_items([])
        self.by_outcome.set_items([])
        self.outcomes_box.hide()
        self.subtitle.setText("")
        if db is not None and self.isVisible():
            self.refresh()

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        db = self.db
        if db is None or self._loading:
            return
        self._loading = True

        def job(_p: object, _c: object) -> tuple[EventKpis, EventInfo]:
            return event_kpis(db), event_info(db)

        self.context.runner.run(job, on_result=self._show, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        show_error(self, error)

    def _show(self, result: tuple[EventKpis, EventInfo]) -> None:
        self._loading = False
        kpis, info = result
        stats = kpis.stats
        if self.db is None:
            return
        self._show_meetings(kpis)
        self.stats = stats
        t = self.tiles
        t["participants"].set_value(
            stats.participants,
            self.tr("+ %n cancelled = {0} in the list", "", stats.cancelled).format(
                stats.participants + stats.cancelled
            )
            if stats.cancelled
            else self.tr("none cancelled"),
        )
        t["countries"].set_value(stats.countries)
        t["organizations"].set_value(stats.organizations)
        share = round(100 * stats.checked_in / stats.participants) if stats.participants else 0
        t["checked_in"].set_value(
            stats.checked_in, self.tr("{0}% of active participants").format(share)
        )
        printed = (
            round(100 * stats.badges_printed / stats.participants) if stats.participants else 0
        )
        t["badges"].set_value(
            stats.badges_printed, self.tr("{0}% of active participants").format(printed)
        )
        t["requests"].set_value(stats.requests)
        when = info.start_date.isoformat()
        if info.end_date != info.start_date:
            when += " – " + info.end_date.isoformat()
        self.subtitle.setText(" · ".join(x for x in (info.name, when, info.venue) if x))
        others = self.tr("Others")
        none = self.tr("(none)")
        self.by_country.set_items(
            [(none if c == "—" else shown(c), n, "") for c, n in stats.by_country.items()], others
        )
        self.by_category.set_items(
            [(none if c == "—" else c, n, "") for c, n in stats.by_category.items()], others
        )

    def _show_meetings(self, k: EventKpis) -> None:
        t = self.tiles
        t["accepted"].set_value(k.accepted)
        cancelled = self.tr("%n cancelled", "", k.cancelled) if k.cancelled else ""
        t["scheduled"].set_value(k.scheduled, cancelled)
        t["held"].set_value(k.held)
        t["no_shows"].set_value(k.no_shows)
        t["per_person"].set_value(f"{k.mean_meetings:.1f}", self.tr("on average"))
        scale = {  # best first, coloured as the grid marks them
            "agreement": (self.tr("Agreement reached"), "#116329"),
            "cooperation": (self.tr("Cooperation possible"), "#2da44e"),
            "informative": (self.tr("Informative"), "#6e7781"),
            "no_interest": (self.tr("No interest"), "#8c959f"),
            "not_rated": (self.tr("Held, not rated"), "#b6e3c3"),
            "not_held": (self.tr("Did not take place"), "#bf8700"),
        }
        self.by_outcome.set_items(
            [(text, k.outcomes.get(code, 0), colour) for code, (text, colour) in scale.items()],
            ranked=False,
        )
        self.outcomes_box.setVisible(k.any_outcome)
        if k.realised is None:
            t["realised"].set_value("—", self.tr("no accepted meetings yet"))
        else:
            t["realised"].set_value(
                f"{100 * k.realised:.0f}%", self.tr("of accepted meetings were held")
            )
