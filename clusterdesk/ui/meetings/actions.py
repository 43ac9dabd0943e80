"""The Meetings page's actions (menu entries and keyboard shortcuts), in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from clusterdesk.ui.i18n import translate


@dataclass
class MeetingActions:
    cut: QAction
    paste: QAction
    lock: QAction
    held: QAction
    no_show: QAction
    cancel: QAction
    restore: QAction
    unschedule: QAction
    delete: QAction
    undo: QAction
    find: QAction
    schedule: QAction
    setup: QAction
    unschedule_all: QAction
    restore_plan: QAction
    not_here: QAction
    walkin: QAction

    def all(self) -> list[QAction]:
        return list(vars(self).values())

    def shortcuts(self) -> list[QKeySequence]:
        return [a.shortcut() for a in self.all() if not a.shortcut().isEmpty()]


def make_actions(page: QWidget) -> MeetingActions:
    def act(name: str, text: str, key: str | QKeySequence.StandardKey | None = None) -> QAction:
        a = QAction(text, page)
        a.setObjectName(name)
        if key is not None:
            a.setShortcut(QKeySequence(key))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(a)
        return a

    return MeetingActions(
        cut=act("actionMove", translate("MeetingsPage", "Move (cut)"), "Ctrl+X"),
        paste=act("actionPlace", translate("MeetingsPage", "Place here (paste)"), "Ctrl+V"),
        lock=act("actionLock", translate("MeetingsPage", "Lock / unlock"), "Ctrl+L"),
        held=act("actionHeld", translate("MeetingsPage", "Mark held"), "Ctrl+H"),
        no_show=act("actionNoShow", translate("MeetingsPage", "Mark no-show…"), "Ctrl+Shift+N"),
        cancel=act("actionCancel", translate("MeetingsPage", "Cancel meeting"), "Ctrl+Shift+C"),
        restore=act("actionRestore", translate("MeetingsPage", "Back to scheduled")),
        unschedule=act(
            "actionUnschedule", translate("MeetingsPage", "Unschedule (back to waiting)"), "Del"
        ),
        delete=act("actionDelete", translate("MeetingsPage", "Delete meeting added by hand")),
        undo=act("actionUndo", translate("MeetingsPage", "Undo"), "Ctrl+Z"),
        find=act("actionFind", translate("MeetingsPage", "Find participant"), "Ctrl+F"),
        schedule=act("actionSchedule", translate("MeetingsPage", "Schedule…"), "F9"),
        setup=act("actionSetup", translate("MeetingsPage", "Sessions and tables…")),
        unschedule_all=act(
            "actionUnscheduleAll", translate("MeetingsPage", "Unschedule all unlocked…")
        ),
        restore_plan=act(
            "actionRestorePlan",
            translate("MeetingsPage", "Restore the plan before the last scheduler run…"),
        ),
        not_here=act("actionNotHere", translate("MeetingsPage", "Not here yet…"), "Ctrl+Shift+H"),
        walkin=act(
            "actionWalkinMeeting", translate("MeetingsPage", "Walk-in meeting…"), "Ctrl+Shift+W"
        ),
    )
