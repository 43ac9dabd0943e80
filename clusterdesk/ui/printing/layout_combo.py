"""A combo box of badge layouts: built-in and the user's own; a broken file is listed, greyed out,
with its error as the tooltip, and cannot be chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from clusterdesk.documents.layouts import list_layouts
from clusterdesk.services.printing import user_layouts_dir

NAME_ROLE = Qt.ItemDataRole.UserRole
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1


class LayoutCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)

    def reload(self, preferred: str = "") -> None:
        """List the layouts again (the user may have added a file) and pick ``preferred``."""
        current = preferred or self.current_name()
        self.blockSignals(True)
        self.items.clear()
        for info in list_layouts(user_layouts_dir()):
            own = "" if info.builtin else self.tr(" (yours)")
            item = QStandardItem(info.title + own)
            item.setData(info.name, NAME_ROLE)
            if info.error:
                item.setText(self.tr("{0} — cannot be used").format(info.name + own))
                item.setData(info.error, ERROR_ROLE)
                item.setToolTip(info.error)
                item.setFlags(
                    item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                )
            else:
                item.setToolTip(f"{info.name} — {info.path}")
            self.items.appendRow(item)
        self._select(current)
        self.blockSignals(False)

    def _select(self, name: str) -> None:
        usable = [r for r in range(self.items.rowCount()) if self.usable(r)]
        wanted = [r for r in usable if self.items.item(r).data(NAME_ROLE) == name]
        self.setCurrentIndex((wanted or usable or [-1])[0])

    def usable(self, row: int) -> bool:
        item = self.items.item(row)
        return item is not None and not item.data(ERROR_ROLE)

    def select_name(self, name: str) -> bool:
        rows = [
            r for r in range(self.items.rowCount()) if self.items.item(r).data(NAME_ROLE) == name
        ]
        if not rows or not self.usable(rows[0]):
            return False
        self.setCurrentIndex(rows[0])
        return True

    def current_name(self) -> str:
        value = self.currentData(NAME_ROLE)
        return str(value) if value else ""

    def errors(self) -> dict[str, str]:
        """The broken layouts and why (name → message)."""
        out = {}
        for r in range(self.items.rowCount()):
            item = self.items.item(r)
            if item.data(ERROR_ROLE):
                out[str(item.data(NAME_ROLE))] = str(item.data(ERROR_ROLE))
        return out
