"""Entering outcomes on the Meetings grid by keyboard: one key per outcome on the selected cell
(the keys work while the grid has the focus, so typing in the side panel's search is unaffected).
Each key is one undoable change (the page's Ctrl+Z), through
:func:`clusterdesk.services.meeting_edits.set_status` like the CLI's `outcome`.

=========  =====================================================
H          held (keeps a rating given before)
1 … 4      held: insufficient interest · informative, no cooperation planned ·
           cooperation possible · agreement reached
A / B      no-show: the first / the second participant did not come
N          no-show: neither came
C          cancelled
Backspace  back to scheduled (the outcome cleared)
T          the outcome sheet of the selected cell's table and session
=========  =====================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from clusterdesk.services import meeting_edits
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.icons import icon

if TYPE_CHECKING:
    from clusterdesk.ui.meetings.page import MeetingsPage


@dataclass(frozen=True)
class OutcomeKey:
    name: str  # the action's object name
    key: str
    status: str
    absent: str = ""
    rating: str | None = None


KEYS = (
    OutcomeKey("outcomeHeld", "H", "held"),
    OutcomeKey("outcomeNoInterest", "1", "held", rating="no_interest"),
    OutcomeKey("outcomeInformative", "2", "held", rating="informative"),
    OutcomeKey("outcomeCooperation", "3", "held", rating="cooperation"),
    OutcomeKey("outcomeAgreement", "4", "held", rating="agreement"),
    OutcomeKey("outcomeAbsentA", "A", "no_show", absent="a"),
    OutcomeKey("outcomeAbsentB", "B", "no_show", absent="b"),
    OutcomeKey("outcomeNeither", "N", "no_show", absent="both"),
    OutcomeKey("outcomeCancelled", "C", "cancelled"),
    OutcomeKey("outcomeClear", "Backspace", "scheduled", rating=""),
)

OUTCOME_ICONS = {  # the action's object name → its icon
    "outcomeHeld": "held",
    "outcomeNoInterest": "thumbs-down",
    "outcomeInformative": "about",
    "outcomeCooperation": "cooperation",
    "outcomeAgreement": "agreement",
    "outcomeAbsentA": "noshow",
    "outcomeAbsentB": "noshow",
    "outcomeNeither": "noshow",
    "outcomeCancelled": "cancel",
    "outcomeClear": "restore-status",
    "outcomeSheet": "sheet",
}


def key_text(k: OutcomeKey) -> str:
    """The menu entry of an outcome key."""
    return {
        "outcomeHeld": translate("OutcomeKeys", "Held"),
        "outcomeNoInterest": translate("OutcomeKeys", "Held · insufficient interest"),
        "outcomeInformative": translate(
            "OutcomeKeys", "Held · informative, no cooperation planned"
        ),
        "outcomeCooperation": translate("OutcomeKeys", "Held · cooperation possible"),
        "outcomeAgreement": translate("OutcomeKeys", "Held · agreement reached"),
        "outcomeAbsentA": translate("OutcomeKeys", "No-show: the first participant did not come"),
        "outcomeAbsentB": translate("OutcomeKeys", "No-show: the second participant did not come"),
        "outcomeNeither": translate("OutcomeKeys", "No-show: neither came"),
        "outcomeCancelled": translate("OutcomeKeys", "Cancelled"),
        "outcomeClear": translate("OutcomeKeys", "Back to scheduled (clear the outcome)"),
    }[k.name]


class OutcomeKeys:
    """The outcome actions of a Meetings page, shortcuts bound to its grid."""

    def __init__(self, page: MeetingsPage) -> None:
        self.page = page
        self.actions: list[QAction] = []
        for k in KEYS:
            action = self._action(page.grid, k.name, key_text(k), k.key)
            action.triggered.connect(partial(self.apply, k))
        self.sheet = self._action(
            page.grid, "outcomeSheet", translate("OutcomeKeys", "Outcome sheet of this table…"), "T"
        )

    def _action(self, grid: QWidget, name: str, text: str, key: str) -> QAction:
        action = QAction(icon(OUTCOME_ICONS.get(name, "held")), text, grid)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        grid.addAction(action)
        self.actions.append(action)
        return action

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(translate("OutcomeKeys", "Outcome"), parent)
        menu.menuAction().setIcon(icon("held"))
        menu.setObjectName("outcomeMenu")
        for action in self.actions[:-1]:
            menu.addAction(action)
        return menu

    def apply(self, k: OutcomeKey) -> None:
        page = self.page
        m = page.current_meeting()
        if m is None:
            page.say(translate("OutcomeKeys", "Select a meeting on the grid first."), ok=False)
            return
        page.focus_on(m.id)
        page.edits.run(
            partial(
                meeting_edits.set_status,
                meeting_id=m.id,
                status=k.status,
                absent=k.absent,
                rating=k.rating,
            )
        )
