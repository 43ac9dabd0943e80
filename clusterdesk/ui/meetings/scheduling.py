"""Scheduling from the Meetings page: the options, the run (the plan is stored first, so the
run can be undone — :mod:`.plan_undo`), its summary, and "unschedule all"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from clusterdesk.core.messages import msg
from clusterdesk.services import meeting_manual
from clusterdesk.services.meetings import MeetingPlan
from clusterdesk.ui.context import MEETINGS
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.meetings.schedule_dialog import (
    ScheduleOptionsDialog,
    ScheduleProgressDialog,
    run_schedule,
)

if TYPE_CHECKING:
    from clusterdesk.ui.meetings.page import MeetingsPage


# --- scheduling --------------------------------------------------------------------------
def ask_schedule(page: MeetingsPage) -> None:
    dialog = ScheduleOptionsDialog(page, time_limit=page.time_limit, fairness=page.fairness)
    dialog.accepted.connect(lambda: options_chosen(page, dialog))
    dialog.open()


def options_chosen(page: MeetingsPage, dialog: ScheduleOptionsDialog) -> None:
    page.time_limit = dialog.limit.value()
    page.fairness = dialog.fairness
    schedule(page, dialog.keep_existing)


def schedule(page: MeetingsPage, keep_existing: bool, only: set[int] | None = None) -> None:
    if page.db is None or page.progress is not None:
        return
    page.stop_move()
    page.plan_undo.button.hide()
    db = page.db
    page.progress = ScheduleProgressDialog(page)
    progress = page.progress
    if only is not None:
        summary = msg("plan.before_selected")
    elif keep_existing:
        summary = msg("plan.before_add")
    else:
        summary = msg("plan.before_anew")

    def run() -> None:
        run_schedule(
            page.context.runner,
            db,
            progress,
            keep_existing=keep_existing,
            time_limit=float(page.time_limit),
            only=only,
            fairness=page.fairness,
            on_result=lambda plan: scheduled(page, plan),
            on_error=lambda exc: schedule_failed(page, exc),
        )

    progress.phase.setText(
        translate("MeetingsPage", "Keeping the current plan (so this run can be undone)…")
    )
    progress.open()
    page.plan_undo.before_run(summary, run, lambda exc: schedule_failed(page, exc))


def scheduled(page: MeetingsPage, plan: MeetingPlan) -> None:
    stopped = page.progress is not None and page.progress.stop.is_set()
    page.progress = None
    page.edits.set_db(page.db)  # a new plan: the old undo steps no longer apply
    text = translate(
        "MeetingsPage", "{0} meetings scheduled, {1} unscheduled, {2} breaks ({3:.1f} s)."
    ).format(plan.scheduled, len(plan.unscheduled), plan.breaks, plan.seconds)
    if stopped:
        text += " " + translate(
            "MeetingsPage", "Stopped early: the best plan found so far was kept."
        )
    page.say(text)
    page.plan_undo.offer()
    page.context.bus.changed.emit(MEETINGS)
    page.reload()


def plan_restored(page: MeetingsPage, text: str) -> None:
    page.edits.set_db(page.db)  # the undo steps belong to the plan that was replaced
    page.say(text)
    page.reload()


def schedule_failed(page: MeetingsPage, exc: BaseException) -> None:
    if page.progress is not None and page.progress.isVisible():
        page.progress.finish()
    page.progress = None
    show_error(page, exc, translate("MeetingsPage", "Scheduling"))


def ask_unschedule_all(page: MeetingsPage) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("MeetingsPage", "Unschedule all"),
        translate(
            "MeetingsPage",
            "Take every unlocked scheduled meeting off the grid? Locked, "
            "held and no-show meetings stay.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        page,
    )
    box.setObjectName("unscheduleAllBox")
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.buttonClicked.connect(
        lambda button: (
            page.edits.run(meeting_manual.unschedule_all, undoable=False) if button is yes else None
        )
    )
    box.open()
