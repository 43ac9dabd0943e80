"""What a page or dialog gets from the app: the task runner, settings, the change bus, a parent."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from clusterdesk.ui.settings import AppSettings
from clusterdesk.ui.workers import TaskRunner

# Topics announced on EventBus.changed after a successful write.
PARTICIPANTS = "participants"
CHECKINS = "checkins"
MEETINGS = "meetings"
EVENT = "event"
SETTINGS = "settings"  # the app's Preferences were saved (not the event's)


class EventBus(QObject):
    """Announces what changed in the open event, so only the views showing it refresh.

    ``changed.emit(PARTICIPANTS)`` after adding/editing/importing people, ``CHECKINS`` after a
    check-in, and so on. Pages connect to ``changed`` and refresh when a topic concerns them.
    """

    changed = Signal(str)


@dataclass
class PageContext:
    runner: TaskRunner  # run database work off the GUI thread (see ui/workers.py)
    settings: AppSettings
    bus: EventBus
    window: QWidget  # the main window: parent for dialogs
