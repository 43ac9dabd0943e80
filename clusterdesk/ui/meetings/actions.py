"""The Meetings page's actions (menu entries and keyboard shortcuts), in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from clusterdesk.ui.i18n import translate
from clusterdesk.ui.icons import icon


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
    def act(
        name: str, text: str, icon_name: str, key: str | QKeySequence.StandardKey | None = None
    ) -> QAction:
        a = QAction(icon(icon_name), text, page)
        a.setObjectName(name)
        if key is not None:
            a.setShortcut(QKeySequence(key))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(a)
        return a

    return MeetingActions(
        cut=act("actionMove", translate("MeetingsPage", "Move (cut)"), "cut", "Ctrl+X"),
        paste=act(
            "actionPlace", translate("MeetingsPage", "Place here (paste)"), "paste", "Ctrl+V"
        ),
        lock=act("actionLock", translate("MeetingsPage", "Lock / unlock"), "lock", "Ctrl+L"),
        held=act("actionHeld", translate("MeetingsPage", "Mark held"), "held", "Ctrl+H"),
        no_show=act(
            "actionNoShow", translate("MeetingsPage", "Mark no-show…"), "noshow", "Ctrl+Shift+N"
        ),
        cancel=act(
            "actionCancel", translate("MeetingsPage", "Cancel meeting"), "cancel", "Ctrl+Shift+C"
        ),
        restore=act(
            "actionRestore", translate("MeetingsPage", "Back to scheduled"), "restore-status"
        ),
        unschedule=act(
            "actionUnschedule",
            translate("MeetingsPage", "Unschedule (back to waiting)"),
            "unschedule",
            "Del",
        ),
        delete=act(
            "actionDelete", translate("MeetingsPage", "Delete meeting added by hand"), "delete"
        ),
        undo=act("actionUndo", translate("MeetingsPage", "Undo"), "undo", "Ctrl+Z"),
        find=act("actionFind", translate("MeetingsPage", "Find participant"), "search", "Ctrl+F"),
        schedule=act("actionSchedule", translate("MeetingsPage", "Schedule…"), "schedule", "F9"),
        setup=act("actionSetup", translate("MeetingsPage", "Sessions and tables…"), "tables"),
        unschedule_all=act(
            "actionUnscheduleAll",
            translate("MeetingsPage", "Unschedule all unlocked…"),
            "unschedule-all",
        ),
        restore_plan=act(
            "actionRestorePlan",
            translate("MeetingsPage", "Restore the plan before the last scheduler run…"),
            "history",
        ),
        not_here=act(
            "actionNotHere", translate("MeetingsPage", "Not here yet…"), "not-here", "Ctrl+Shift+H"
        ),
        walkin=act(
            "actionWalkinMeeting",
            translate("MeetingsPage", "Walk-in meeting…"),
            "walkin",
            "Ctrl+Shift+W",
        ),
    )
