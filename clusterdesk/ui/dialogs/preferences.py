"""Preferences (Settings → Preferences…): the language, this desk, printing and automatic backups,
one tab each, saved in the app's settings file when OK is pressed.

The desk tab is the desk settings the check-in page had (Ctrl+D there opens this dialog on it):
the same keys, so what was stored before is kept. A badge scanned into one of its text fields is
a scan, not a name: the dialog closes unsaved and says ``scanned``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core import backup_prefs as bp
from clusterdesk.core.paths import backups_dir
from clusterdesk.ui.checkin.desk_tab import DeskTab
from clusterdesk.ui.dialogs.preferences_print import PrintTab
from clusterdesk.ui.menus import LANGUAGES
from clusterdesk.ui.settings import AppSettings

GENERAL, DESK, PRINTING, BACKUPS = "general", "desk", "printing", "backups"


class PreferencesDialog(QDialog):
    scanned = Signal(str)
    saved = Signal()

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        tab: str = GENERAL,
        set_language: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(780)  # the printing tab: a printer and a layout name side by side
        self.settings = settings
        self.set_language = set_language
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.addTab(self._general(), self.tr("General"))
        self.desk = DeskTab(settings, self)
        self.desk.scanned.connect(self._scanned)
        self.tabs.addTab(self.desk, self.tr("Check-in desk"))
        self.printing = PrintTab(settings, self)
        self.tabs.addTab(self.printing, self.tr("Printing"))
        self.tabs.addTab(self._backups(), self.tr("Backups"))
        self.tabs.setCurrentIndex([GENERAL, DESK, PRINTING, BACKUPS].index(tab))
        # the fields the desk page's tests and callers reach directly
        self.name, self.ready_after = self.desk.name, self.desk.ready_after
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        if tab == DESK:
            self.desk.name.setFocus()

    def _general(self) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        self.language.setObjectName("preferencesLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name or self.tr("System language"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language())))
        form = QFormLayout(page)
        form.addRow(self.tr("Language of the app:"), self.language)
        note = QLabel(
            self.tr("Documents are printed in the event's own language (Event settings).")
        )
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _backups(self) -> QWidget:
        page = QWidget(self)
        self.backup_interval = QSpinBox(page)
        self.backup_interval.setObjectName("backupInterval")
        self.backup_interval.setRange(*bp.INTERVAL_RANGE)
        self.backup_interval.setSuffix(self.tr(" min"))
        self.backup_interval.setSpecialValueText(self.tr("never"))
        self.backup_interval.setValue(self.settings.backup_interval_min())
        self.backup_keep = QSpinBox(page)
        self.backup_keep.setObjectName("backupKeep")
        self.backup_keep.setRange(*bp.KEEP_RANGE)
        self.backup_keep.setValue(self.settings.backup_keep())
        form = QFormLayout(page)
        form.addRow(
            self.tr("Back up while the check-in desk is open, every:"), self.backup_interval
        )
        form.addRow(self.tr("Backups to keep per event:"), self.backup_keep)
        note = QLabel(
            self.tr(
                "An event file is also backed up when it is opened, before every import, "
                "scheduler run and schema update, and before a restore. The routine backups "
                "(opening, the timer) and those taken before a change are counted apart: the "
                "timer never pushes out a backup taken before an import. Backups are kept in "
                "{0}; File → Restore from backup… brings one back."
            ).format(backups_dir())
        )
        note.setWordWrap(True)
        note.setObjectName("backupNote")
        form.addRow(note)
        return page

    def _scanned(self, code: str) -> None:
        self.reject()
        self.scanned.emit(code)

    def accept(self) -> None:
        """OK: save everything (a desk needs a name), then switch the language if it changed."""
        if not self.desk.desk_name():
            self.tabs.setCurrentWidget(self.desk)
            self.desk.name.setFocus()
            return
        self.save()
        super().accept()
        code = str(self.language.currentData() or "")
        if code != self.settings.language():
            if self.set_language is not None:
                self.set_language(code)  # the window is rebuilt in it
            else:
                self.settings.set_language(code)
                self.settings.sync()

    def save(self) -> None:
        settings = self.settings
        self.desk.save(settings)
        self.printing.save()
        settings.set_backup_interval_min(self.backup_interval.value())
        settings.set_backup_keep(self.backup_keep.value())
        settings.sync()
        self.saved.emit()
