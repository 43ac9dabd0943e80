"""Event settings (File → Event settings…): the event's name, venue, time zone and the language
its documents are printed and its lists sorted in. Saved with one service call on a worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.errors import UserError
from clusterdesk.services.events import EventDB, EventInfo, event_info, update_event
from clusterdesk.ui.dialogs.new_event import europe_zones, language_choice
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner


class EventSettingsDialog(QDialog):
    """``on_saved(info)`` is called with the event's new details once they are saved."""

    def __init__(
        self,
        db: EventDB,
        info: EventInfo,
        runner: TaskRunner,
        on_saved: Callable[[EventInfo], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventSettingsDialog")
        self.setWindowTitle(self.tr("Event settings"))
        self.setMinimumWidth(520)
        self.db, self.runner, self.on_saved = db, runner, on_saved
        self.name = QLineEdit(info.name, self)
        self.name.setObjectName("eventName")
        self.venue = QLineEdit(info.venue, self)
        self.timezone = QComboBox(self)
        zones = europe_zones()
        if info.timezone not in zones:
            zones.insert(0, info.timezone)
        self.timezone.addItems(zones)
        self.timezone.setCurrentText(info.timezone)
        self.language = language_choice(self)
        self.language.setCurrentIndex(max(0, self.language.findData(info.language)))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Documents' language"), self.language)
        hint = QLabel(
            self.tr(
                "The documents' language is shared by every desk of this event: badges, "
                "agendas, table cards, the catalogue and the report are printed in it, and the "
                "participant lists and every print order follow its alphabet."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.error = QLabel(self)
        self.error.setObjectName("eventSettingsError")
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        if not self.name.text().strip():
            self._show_error(self.tr("Enter the event's name."))
            return
        db = self.db
        name, venue = self.name.text(), self.venue.text()
        timezone, language = self.timezone.currentText(), str(self.language.currentData())

        def job(_p: object, _c: object) -> EventInfo:
            update_event(db, name=name, venue=venue, timezone=timezone, language=language)
            return event_info(db)

        self.buttons.setEnabled(False)
        self.runner.run(job, on_result=self._saved, on_error=self._failed)

    def _saved(self, info: EventInfo) -> None:
        self.on_saved(info)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        self._show_error(self.tr("Not saved: {0}").format(error_text(error)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
