"""The pages of the main window, in navigation order (Ctrl+1 … Ctrl+9 follow this order).

To add a page, append a :class:`PageEntry`::

    PageEntry("checkin", QT_TRANSLATE_NOOP("pages", "Check-in"),
              "clusterdesk.ui.checkin.page:CheckinPage", icon="checkin")

The factory is ``"module:ClassName"`` (imported when the main window is built) or any callable;
it is called with a :class:`clusterdesk.ui.context.PageContext` and returns a page.

A page is a ``QWidget`` with

* ``set_event(self, db: EventDB | None) -> None`` — the open event, or ``None`` when it closes
  (drop everything from the previous event; do database work through services, off the GUI
  thread with ``context.runner``);
* optionally ``on_shown(self) -> None`` — called each time the page becomes visible (refresh);
* optionally ``claimed_shortcuts: list[QKeySequence]`` — keys the page uses itself while it is
  visible (e.g. Ctrl+N for "Add participant"); the window's own actions give them up meanwhile.

Titles are marked with ``QT_TRANSLATE_NOOP("pages", …)`` and translated when shown. ``icon`` names
an SVG in ``resources/icons`` (without ``.svg``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clusterdesk.ui.context import PageContext
from clusterdesk.ui.i18n import QT_TRANSLATE_NOOP

Factory = Callable[[PageContext], QWidget]


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str  # source text, context "pages"
    factory: str | Factory
    icon: str = ""

    def display_title(self) -> str:
        return QCoreApplication.translate("pages", self.title)

    def create(self, context: PageContext) -> QWidget:
        factory = self.factory
        if isinstance(factory, str):
            module_name, _, class_name = factory.partition(":")
            factory = getattr(importlib.import_module(module_name), class_name)
        return factory(context)


PAGES: list[PageEntry] = [
    PageEntry(
        "dashboard",
        QT_TRANSLATE_NOOP("pages", "Dashboard"),
        "clusterdesk.ui.dashboard.page:DashboardPage",
        icon="dashboard",
    ),
    PageEntry(
        "participants",
        QT_TRANSLATE_NOOP("pages", "Participants"),
        "clusterdesk.ui.participants.page:ParticipantsPage",
        icon="participants",
    ),
    PageEntry(
        "checkin",
        QT_TRANSLATE_NOOP("pages", "Check-in"),
        "clusterdesk.ui.checkin.page:CheckinPage",
        icon="checkin",
    ),
    PageEntry(
        "meetings",
        QT_TRANSLATE_NOOP("pages", "Meetings"),
        "clusterdesk.ui.meetings.page:MeetingsPage",
        icon="meetings",
    ),
    PageEntry(
        "print",
        QT_TRANSLATE_NOOP("pages", "Print"),
        "clusterdesk.ui.printing.page:PrintPage",
        icon="print",
    ),
    PageEntry(
        "programme",
        QT_TRANSLATE_NOOP("pages", "Programme"),
        "clusterdesk.ui.programme.page:ProgrammePage",
        icon="dashboard",
    ),
    PageEntry(
        "export",
        QT_TRANSLATE_NOOP("pages", "Export"),
        "clusterdesk.ui.exports.page:ExportPage",
        icon="print",
    ),
]
