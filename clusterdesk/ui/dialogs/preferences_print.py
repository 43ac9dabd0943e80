"""The printing part of Preferences: the default printer of each document kind the print pipeline
knows, and the layout of the two that have layouts (badges and the check-in desk's labels).
Stored where the Print page keeps them (:class:`clusterdesk.ui.printing.prefs.PrintPrefs`)."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from clusterdesk.services.printing import (
    AGENDA,
    BADGE,
    CATALOGUE,
    MASTER_SCHEDULE,
    TABLE_CARD,
    TABLE_SHEET,
)
from clusterdesk.ui.printing.layout_combo import LayoutCombo
from clusterdesk.ui.printing.prefs import ARRIVAL, PrintPrefs
from clusterdesk.ui.settings import AppSettings

WITH_LAYOUT = (BADGE, ARRIVAL)


class PrintTab(QWidget):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printTab")
        self.prefs = PrintPrefs(settings)
        kinds = [
            (BADGE, self.tr("Badges")),
            (ARRIVAL, self.tr("Badges at the check-in desk")),
            (TABLE_CARD, self.tr("Table cards")),
            (AGENDA, self.tr("Personal agendas")),
            (TABLE_SHEET, self.tr("Table sheets")),
            (MASTER_SCHEDULE, self.tr("Master schedule")),
            (CATALOGUE, self.tr("Participant catalogue")),
        ]
        available = QPrinterInfo.availablePrinterNames()
        self.printers: dict[str, QComboBox] = {}
        self.layouts: dict[str, LayoutCombo] = {}
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("<b>Document</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Printer</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Layout</b>")), 0, 2)
        for row, (kind, title) in enumerate(kinds, 1):
            grid.addWidget(QLabel(title), row, 0)
            combo = QComboBox(self)
            combo.setObjectName(f"printer_{kind}")
            none = (
                self.tr("(none: do not print on arrival)")
                if kind == ARRIVAL
                else self.tr("(choose when printing)")
            )
            combo.addItem(none, "")
            for name in available:
                combo.addItem(name, name)
            remembered = self.prefs.printer(kind)
            if remembered and remembered not in available:
                combo.addItem(self.tr("{0} (not available)").format(remembered), remembered)
            combo.setCurrentIndex(max(0, combo.findData(remembered)))
            grid.addWidget(combo, row, 1)
            self.printers[kind] = combo
            if kind in WITH_LAYOUT:
                layout = LayoutCombo(self)
                layout.setObjectName(f"layout_{kind}")
                layout.reload(self.prefs.layout(kind))
                grid.addWidget(layout, row, 2)
                self.layouts[kind] = layout
        note = QLabel(
            self.tr(
                "The printer chosen here is offered first when you print that document; "
                "check-in badges are printed on it without asking."
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, len(kinds) + 1, 0, 1, 3)
        grid.setRowStretch(len(kinds) + 2, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def save(self) -> None:
        for kind, combo in self.printers.items():
            if str(combo.currentData() or "") != self.prefs.printer(kind):
                self.prefs.set_printer(kind, str(combo.currentData() or ""))
        for kind, layout in self.layouts.items():
            name = layout.current_name()
            if name and name != self.prefs.layout(kind):
                self.prefs.set_layout(kind, name)
