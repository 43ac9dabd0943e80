"""The check-in desk's badge printer: which label layout and which printer print-on-arrival uses."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from clusterdesk.ui.printing.layout_combo import LayoutCombo
from clusterdesk.ui.printing.prefs import ARRIVAL, PrintPrefs


class DeskPrinterBox(QGroupBox):
    def __init__(self, prefs: PrintPrefs, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check-in desk badge printer"), parent)
        self.setObjectName("deskPrinterBox")
        self.setToolTip(
            self.tr(
                "Badges printed when someone checks in for the first time use this layout and printer."
            )
        )
        self.prefs = prefs
        self.layout_combo = LayoutCombo(self)
        self.layout_combo.setObjectName("arrivalLayout")
        self.printer_combo = QComboBox(self)
        self.printer_combo.setObjectName("arrivalPrinter")
        form = QFormLayout(self)
        form.addRow(self.tr("Layout"), self.layout_combo)
        form.addRow(self.tr("Printer"), self.printer_combo)
        self.reload()
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.printer_combo.currentIndexChanged.connect(self._printer_changed)

    def reload(self) -> None:
        self.layout_combo.reload(self.prefs.layout(ARRIVAL))
        remembered = self.prefs.printer(ARRIVAL)
        names = QPrinterInfo.availablePrinterNames()
        self.printer_combo.blockSignals(True)
        self.printer_combo.clear()
        self.printer_combo.addItem(self.tr("(none: do not print on arrival)"), "")
        for name in names:
            self.printer_combo.addItem(name, name)
        if remembered and remembered not in names:
            self.printer_combo.addItem(
                self.tr("{0} (not available)").format(remembered), remembered
            )
        index = self.printer_combo.findData(remembered)
        self.printer_combo.setCurrentIndex(max(0, index))
        self.printer_combo.blockSignals(False)

    def _layout_changed(self, _index: int) -> None:
        name = self.layout_combo.current_name()
        if name:
            self.prefs.set_layout(ARRIVAL, name)

    def _printer_changed(self, _index: int) -> None:
        self.prefs.set_printer(ARRIVAL, str(self.printer_combo.currentData() or ""))
