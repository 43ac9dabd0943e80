"""Where a save dialog starts and what follows a save — one helper for every page that saves
files (the Export page, the Print page's "Save as PDF"):

* the dialog starts in the last folder used, else the event file's folder, else Documents;
* after saving, a message offers to open the file or the folder it is in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from clusterdesk.ui.i18n import translate
from clusterdesk.ui.settings import AppSettings


def open_location(path: Path) -> bool:
    """Open a file or folder with the desktop's program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(settings: AppSettings, event_path: object = None) -> Path:
    """The last folder used, else the event file's folder (``event_path``: the open event's
    file, or None for a server event), else Documents (the first time)."""
    last = settings.last_folder()
    if last and Path(last).is_dir():
        return Path(last)
    if isinstance(event_path, Path) and event_path.parent.is_dir():
        return event_path.parent
    return documents_folder()


def offer_open(
    parent: QWidget,
    title: str,
    text: str,
    files: Sequence[Path],
    *,
    opener: Callable[[Path], bool] = open_location,
    name: str = "savedBox",
) -> QMessageBox:
    """ "Saved …" with Open file (one file) / Open folder / Close; non-blocking."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setObjectName(name)
    open_file = None
    if len(files) == 1 and not files[0].is_dir():
        open_file = box.addButton(
            translate("SavedFileBox", "Open file"), QMessageBox.ButtonRole.AcceptRole
        )
        open_file.setObjectName("openFileButton")
    open_folder = box.addButton(
        translate("SavedFileBox", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    open_folder.setObjectName("openFolderButton")
    box.addButton(QMessageBox.StandardButton.Close)
    folder = files[0].parent if files else Path.home()

    def clicked() -> None:
        chosen = box.clickedButton()
        if open_file is not None and chosen is open_file:
            opener(files[0])
        elif chosen is open_folder:
            opener(folder)

    box.finished.connect(lambda _r: clicked())
    box.open()
    return box
