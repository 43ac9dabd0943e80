"""The desk's settings (Ctrl+D): its name and how long a result stays before "Ready".

A dialog, so that a scan can never rename the desk: a burst typed at scanner speed into the name
field is not a name — the dialog closes without saving and the code is checked in
(``scanned``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.ui.checkin.scan_catcher import SHIFTS, Burst, key_time


class DeskDialog(QDialog):
    scanned = Signal(str)

    def __init__(self, name: str, ready_after_s: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskDialog")
        self.setWindowTitle(self.tr("This desk"))
        self.name = QLineEdit(name)
        self.name.setObjectName("deskName")
        self.name.setMaxLength(100)
        self.name.setMinimumWidth(260)
        self.name.selectAll()
        self.ready_after = QSpinBox()
        self.ready_after.setObjectName("readyAfter")
        self.ready_after.setRange(0, 120)
        self.ready_after.setSuffix(self.tr(" s"))
        self.ready_after.setSpecialValueText(self.tr("never (until the next scan)"))
        self.ready_after.setValue(ready_after_s)
        hint = QLabel(
            self.tr(
                "The desk name is written with every check-in, so staff can see which desk "
                "checked a person in. After a result has been shown for this long, the banner "
                "goes back to a neutral “Ready”."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("deskHint")
        form = QFormLayout()
        form.addRow(self.tr("Desk name:"), self.name)
        form.addRow(self.tr("Back to “Ready” after:"), self.ready_after)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._burst = Burst()
        self.name.installEventFilter(self)

    def desk_name(self) -> str:
        return self.name.text().strip()

    def _accept(self) -> None:
        if self.desk_name():
            self.accept()
        else:
            self.name.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.name and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in SHIFTS:
                pass  # Shift for a capital: part of a scan as much as of a name
            elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                if self._burst.is_scan():
                    code = "".join(self._burst.text)
                    self.name.setText(self._burst.before)
                    self._burst.clear()
                    self.reject()  # a scan is not a desk name
                    self.scanned.emit(code)
                    return True
                self._burst.clear()
            elif event.text() and event.text().isprintable():
                self._burst.add(key_time(event), event.text(), self.name)
            else:
                self._burst.clear()
        return super().eventFilter(obj, event)
