"""The Export and Programme pages on a real event, with a real task runner and real key events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clusterdesk.services.programme import list_programme
from clusterdesk.ui.context import EventBus, PageContext
from clusterdesk.ui.settings import AppSettings
from clusterdesk.ui.workers import TaskRunner
from tests.exports.forum import Forum
from tests.exports.helpers import page_texts

TIMEOUT = 60_000


@pytest.fixture
def context(qtbot: Any) -> Iterator[PageContext]:
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    yield PageContext(runner, AppSettings(), EventBus(), window)
    runner.cancel_all()
    runner.wait()


def test_export_page_saves_opens_and_remembers_the_folder(
    qtbot: Any, context: PageContext, forum: Forum, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clusterdesk.ui.exports import page as export_page

    opened: list[Path] = []
    monkeypatch.setattr(export_page, "open_location", lambda p: opened.append(p) or True)
    page = export_page.ExportPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.set_event(forum.db)
    qtbot.waitUntil(lambda: page.event_name != "", timeout=TIMEOUT)
    dialog = page.save_dialog()
    assert dialog is not None
    assert Path(dialog.directory().absolutePath()) == forum.path.parent  # the event's folder
    assert dialog.selectedFiles()[0].endswith("baltic-cluster-forum-2018-agendas.pdf")
    dialog.reject()

    target = tmp_path / "out" / "agendas.pdf"
    with qtbot.waitSignal(context.bus.changed, timeout=TIMEOUT):
        page.export_to(target)
    assert page.status.text() == f"Saved {target}"
    assert len(page_texts(target)) == len(forum.ids)
    box = page.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "exportDoneBox"
    box.findChild(QWidget, "openFolderButton").click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: opened == [target.parent], timeout=TIMEOUT)
    assert context.settings.last_folder() == str(target.parent)
    again = page.save_dialog()
    assert again is not None and Path(again.directory().absolutePath()) == target.parent
    again.reject()

    page.choices.choose("xlsx")
    page.choices.what.setCurrentIndex(page.choices.what.findData("meetings"))
    sheet = tmp_path / "out" / "meetings.xlsx"
    page.export_to(sheet)
    qtbot.waitUntil(lambda: page.status.text() == f"Saved {sheet}", timeout=TIMEOUT)
    assert sheet.stat().st_size > 0

    page.choices.choose("report")
    page.export_to(tmp_path / "out" / "never.pdf")
    assert page.task is not None
    page.task.cancel()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: page.status.text() == "Export cancelled.", timeout=TIMEOUT)
    assert page.export_button.isEnabled()


def test_export_page_keyboard_and_errors(
    qtbot: Any, context: PageContext, forum: Forum, tmp_path: Path
) -> None:
    from clusterdesk.ui.exports.page import ExportPage

    page = ExportPage(context)
    qtbot.addWidget(page)
    page.show()
    page.set_event(forum.db)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=TIMEOUT)
    page.choices.kinds.setFocus()
    qtbot.keyClick(page.choices.kinds, Qt.Key.Key_Down)
    assert page.choices.kind() == "master_schedule"
    qtbot.keyClick(page.choices.kinds, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()
    page.choices.choose("agendas")
    page.choices.agenda_changed.click()
    page.export_to(tmp_path / "a.pdf")  # nothing printed yet: every agenda counts as changed
    qtbot.waitUntil(lambda: page.status.text() == f"Saved {tmp_path / 'a.pdf'}", timeout=TIMEOUT)
    page.export_to(tmp_path / "b.pdf")  # now nothing changed: a clear message, no file
    qtbot.waitUntil(lambda: "No agenda changed" in page.status.text(), timeout=TIMEOUT)
    assert not (tmp_path / "b.pdf").exists()


def test_programme_page_add_edit_delete(qtbot: Any, context: PageContext, forum: Forum) -> None:
    from clusterdesk.ui.programme.page import ProgrammePage
    from tests.gui.conftest import type_text

    page = ProgrammePage(context)
    qtbot.addWidget(page)
    page.show()
    page.set_event(forum.db)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    dialog = page.add()
    assert dialog is not None
    type_text(qtbot, dialog.title, "Vakaronė: Šetkų ūkis")
    dialog.start.setTime(dialog.start.time().fromString("18:00", "HH:mm"))
    dialog.end.setTime(dialog.end.time().fromString("17:00", "HH:mm"))
    assert not dialog.save_button.isEnabled() and "before it starts" in dialog.message.text()
    dialog.end.setTime(dialog.end.time().fromString("20:00", "HH:mm"))
    type_text(qtbot, dialog.room, "Terasa")
    qtbot.keyClick(dialog.room, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=TIMEOUT)
    last = list_programme(forum.db)[-1]
    assert (last.title, last.room, f"{last.starts_at:%H:%M}") == (
        "Vakaronė: Šetkų ūkis",
        "Terasa",
        "18:00",
    )
    page.table.selectRow(2)
    page.delete_selected()
    box = QApplication.activeModalWidget() or page.findChild(QMessageBox, "confirmBox")
    assert box is not None
    box.findChild(QWidget, "confirmYes").click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    assert [r.title for r in list_programme(forum.db)] == [
        "Registration and coffee",
        "Keynote: Smart specialisation",
    ]


def test_programme_import_through_the_wizard(
    qtbot: Any, context: PageContext, forum: Forum, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWizard

    from clusterdesk.ui.programme.page import ProgrammePage

    path = tmp_path / "programme.csv"
    path.write_bytes(
        "Pavadinimas;Pradžia;Pabaiga;Salė;Pranešėjai\r\n"
        "Vakarienė;19:00;21:00;Restoranas;\r\n"
        "Diskusija;17:00;18:00;Salė B;Þórunn Sigurðardóttir\r\n".encode()
    )
    page = ProgrammePage(context)
    qtbot.addWidget(page)
    page.show()
    page.set_event(forum.db)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    page.import_file()
    wizard = QApplication.activeModalWidget() or context.window.findChild(QWizard)
    assert isinstance(wizard, QWizard)
    assert wizard.file_page.programme.isChecked()  # type: ignore[attr-defined]
    wizard.file_page.path.setText(str(path))  # type: ignore[attr-defined]

    def next_page() -> None:
        button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.waitUntil(button.isEnabled, timeout=TIMEOUT)
        button.click()

    next_page()  # preview
    qtbot.waitUntil(lambda: wizard.state.table is not None, timeout=TIMEOUT)  # type: ignore[attr-defined]
    next_page()  # mapping: the Lithuanian headers are recognised
    combos = wizard.mapping_page.combos  # type: ignore[attr-defined]
    assert [combos[f].currentData() for f in ("title", "start", "end", "room", "speakers")] == [
        0,
        1,
        2,
        3,
        4,
    ]
    next_page()  # dry run
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=TIMEOUT)  # type: ignore[attr-defined]
    next_page()  # import
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=TIMEOUT)  # type: ignore[attr-defined]
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=TIMEOUT)
    assert [r.title for r in list_programme(forum.db)][-2:] == ["Diskusija", "Vakarienė"]


def test_print_page_previews_agendas_and_only_the_changed_ones(
    qtbot: Any, context: PageContext, forum: Forum, tmp_path: Path
) -> None:
    from clusterdesk.services.printing import AGENDA, FileSink, PrintChoices, prepare, produce
    from clusterdesk.ui.printing.page import PrintPage

    page = PrintPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.set_event(forum.db)
    page.on_shown()
    qtbot.waitUntil(lambda: page.pipeline.ready, timeout=TIMEOUT)
    page.kind.setCurrentIndex(page.kind.findData(AGENDA))
    qtbot.waitUntil(
        lambda: page.pipeline.ready and page.pipeline.job.kind == AGENDA, timeout=TIMEOUT
    )  # type: ignore[union-attr]
    n = len(forum.ids)
    assert page.count.text() == f"{n} agendas on {n} pages"
    assert page.preview.document.pageCount() == n and page.who.isVisible()
    assert not page.layouts.isVisible() and page.changed_only.isVisible()
    produce(forum.db, prepare(forum.db, PrintChoices(AGENDA)), FileSink(tmp_path / "all.pdf"))
    page.changed_only.click()
    qtbot.waitUntil(lambda: page.count.text() == "0 agendas on 1 page", timeout=TIMEOUT)
    assert not page.print_button.isEnabled()
    page.kind.setCurrentIndex(page.kind.findData("master_schedule"))
    qtbot.waitUntil(lambda: page.count.text() == "Master schedule on 1 page", timeout=TIMEOUT)
    assert not page.who.isVisible()
    qtbot.waitUntil(lambda: page.print_button.isEnabled(), timeout=TIMEOUT)
