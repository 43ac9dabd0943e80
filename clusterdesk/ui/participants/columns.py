"""The Participants table's columns always fit the view: the width is shared out in proportions
(what suits names and e-mail addresses, or what the user dragged them to, remembered between
sessions), and shared out again whenever the view changes size — no column is pushed off-screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QTableView

from clusterdesk.ui.settings import AppSettings

# name, organisation, country, category, e-mail, status, checked in
DEFAULT_SHARES = (0.17, 0.20, 0.09, 0.12, 0.21, 0.08, 0.13)
MIN_WIDTH = 48
KEY = "participants/column_shares"


class ColumnFitter(QObject):
    def __init__(self, table: QTableView, settings: AppSettings) -> None:
        super().__init__(table)
        self.table = table
        self.settings = settings
        self.shares = self._load()
        self._fitting = False
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._dragged)

    def _load(self) -> list[float]:
        value = self.settings.q.value(KEY, [])
        try:
            shares = [float(v) for v in (value if isinstance(value, list) else [])]
        except (TypeError, ValueError):
            shares = []
        if len(shares) != len(DEFAULT_SHARES) or not all(0 < s < 1 for s in shares):
            return list(DEFAULT_SHARES)
        total = sum(shares)
        return [s / total for s in shares]

    def fit(self) -> None:
        """Share the view's width out among the columns (the last one takes what is left)."""
        width = self.table.viewport().width()
        if width <= 0:
            return
        self._fitting = True
        try:
            for col, share in enumerate(self.shares[:-1]):
                self.table.setColumnWidth(col, max(MIN_WIDTH, int(width * share)))
        finally:
            self._fitting = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _dragged(self, col: int, _old: int, _new: int) -> None:
        # only what the user drags with the mouse counts: the last column stretches by itself,
        # and a new model gives every section its default size
        dragging = QApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if self._fitting or col >= len(self.shares) - 1 or not dragging:
            return
        header = self.table.horizontalHeader()
        widths = [float(header.sectionSize(c)) for c in range(len(self.shares))]
        view = max(1, self.table.viewport().width())
        used = sum(widths[:-1])
        if used > view - MIN_WIDTH:  # dragged past the view: scale back into it
            widths = [w * (view - MIN_WIDTH) / used for w in widths[:-1]] + [MIN_WIDTH]
        else:
            widths[-1] = view - used
        total = sum(widths)
        self.shares = [w / total for w in widths]
        self.settings.q.setValue(KEY, [round(s, 4) for s in self.shares])
        self.fit()
