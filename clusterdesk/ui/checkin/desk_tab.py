"""The desk's part of Preferences (Ctrl+D on the check-in page opens it): the desk's name, who
works at it, how long a result stays before "Ready", sounds and printing on arrival.

A scan can never rename the desk: a burst typed at scanner speed into a text field is not a
name — the tab says ``scanned`` (the dialog closes without saving and the code is checked in)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from clusterdesk.ui.checkin.banner import READY_AFTER_MS
from clusterdesk.ui.checkin.scan_catcher import SHIFTS, Burst, key_time
from clusterdesk.ui.settings import AppSettings


class DeskTab(QWidget):
    scanned = Signal(str)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskTab")
        self.name = QLineEdit(settings.desk_name())
        self.name.setObjectName("deskName")
        self.name.setMaxLength(100)
        self.name.setMinimumWidth(260)
        self.name.selectAll()
        self.operator = QLineEdit(settings.operator())
        self.operator.setObjectName("deskOperator")
        self.operator.setMaxLength(100)
        self.operator.setPlaceholderText(self.tr("optional"))
        self.ready_after = QSpinBox()
        self.ready_after.setObjectName("readyAfter")
        self.ready_after.setRange(0, 120)
        self.ready_after.setSuffix(self.tr(" s"))
        self.ready_after.setSpecialValueText(self.tr("never (until the next scan)"))
        self.ready_after.setValue(settings.ready_after_s(READY_AFTER_MS // 1000))
        self.sounds = QCheckBox(self.tr("Play a sound for each result"))
        self.sounds.setObjectName("deskSounds")
        self.sounds.setChecked(not settings.muted())
        self.print_on_arrival = QCheckBox(self.tr("Print the badge when someone checks in"))
        self.print_on_arrival.setObjectName("deskPrintOnArrival")
        self.print_on_arrival.setChecked(settings.print_on_arrival())
        hint = QLabel(
            self.tr(
                "The desk name and the operator are written with every check-in, so staff can "
                "see which desk checked a person in. After a result has been shown for this "
                "long, the banner goes back to a neutral “Ready”."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("deskHint")
        form = QFormLayout(self)
        form.addRow(self.tr("Desk name:"), self.name)
        form.addRow(self.tr("Operator:"), self.operator)
        form.addRow(self.tr("Back to “Ready” after:"), self.ready_after)
        form.addRow("", self.sounds)
        form.addRow("", self.print_on_arrival)
        form.addRow(hint)
        self._bursts = {self.name: Burst(), self.operator: Burst()}
        for field in self._bursts:
            field.installEventFilter(self)

    def desk_name(self) -> str:
        return self.name.text().strip()

    def save(self, settings: AppSettings) -> None:
        settings.set_desk_name(self.desk_name())
        settings.set_operator(self.operator.text().strip())
        settings.set_ready_after_s(self.ready_after.value())
        settings.set_muted(not self.sounds.isChecked())
        settings.set_print_on_arrival(self.print_on_arrival.isChecked())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        burst = self._bursts.get(obj)  # type: ignore[call-overload]
        if burst is not None and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent) and isinstance(obj, QLineEdit)
            if event.key() in SHIFTS:
                pass  # Shift for a capital: part of a scan as much as of a name
            elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                if burst.is_scan():
                    code = "".join(burst.text)
                    obj.setText(burst.before)
                    burst.clear()
                    self.scanned.emit(code)  # a scan is not a desk name
                    return True
                burst.clear()
            elif event.text() and event.text().isprintable():
                burst.add(key_time(event), event.text(), obj)
            else:
                burst.clear()
        return super().eventFilter(obj, event)
