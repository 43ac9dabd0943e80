"""The Print page on a real demo event: choices, live count, the real PDF preview, printing through
the real printing code path into a PDF printer, the print log, reprints, Save as PDF."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from clusterdesk.services.participants import rows_by_id
from clusterdesk.services.printing import (
    BadgeSelection,
    printed_counts,
    user_layouts_dir,
)
from clusterdesk.store.models import PrintLog
from tests.pdf_render import decode_qr_codes
from tests.printing.conftest import PageEnv
from tests.printing.helpers import pdf_pages, prepare_badges

TIMEOUT = 60_000


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Click a radio button or check box on its indicator (its centre may be empty space)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def wait_ready(qtbot, env: PageEnv) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: env.page.pipeline.ready, timeout=TIMEOUT)


def print_and_wait(qtbot, env: PageEnv, out: Path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(env.page.print_actions.recorded, timeout=TIMEOUT) as blocker:
        assert env.page.print_actions.print_to(pdf_printer(out)) is not None
    return tuple(blocker.args)  # type: ignore[return-value]


def test_category_count_and_preview(qtbot, print_env: PageEnv) -> None:  # type: ignore[no-untyped-def]
    page = print_env.page
    everybody = prepare_badges(print_env.db, BadgeSelection(), "a6-4up-a4").ids
    assert page.count.text() == f"{len(everybody)} badges on {-(-len(everybody) // 4)} pages"
    assert page.preview.document.pageCount() == -(-len(everybody) // 4)

    click(qtbot, page.selection.category_radio)
    page.selection.category.setFocus()
    qtbot.keyClick(page.selection.category, Qt.Key.Key_Down)
    category = page.selection.category.currentText()
    wait_ready(qtbot, print_env)
    expected = prepare_badges(print_env.db, BadgeSelection(category=category)).ids
    assert 0 < len(expected) < len(everybody)
    pages = -(-len(expected) // 4)
    noun = "badge" if len(expected) == 1 else "badges"
    assert page.count.text() == f"{len(expected)} {noun} on {pages} page{'s' * (pages != 1)}"
    assert page.preview.document.pageCount() == pages
    assert page.print_button.isEnabled() and page.save_button.isEnabled()


def test_print_records_prints_and_reprints(qtbot, print_env: PageEnv, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, db = print_env.page, print_env.db
    page.selection.choose_category("Company")
    wait_ready(qtbot, print_env)
    ids = list(page.pipeline.job.ids)
    codes = {r.badge_code for r in rows_by_id(db, ids)}

    out = tmp_path / "printed.pdf"
    assert print_and_wait(qtbot, print_env, out) == (len(ids), 0)
    assert pdf_pages(out) == -(-len(ids) // 4)
    decoded = decode_qr_codes(out)
    assert set(decoded) == codes and len(decoded) == len(ids)
    assert printed_counts(db) == dict.fromkeys(ids, 1)
    assert "participants" in print_env.topics and "print" in print_env.topics
    with db.read() as s:
        printers = set(s.scalars(select(PrintLog.printer)))
    assert printers == {f"PDF: {out}"}

    wait_ready(qtbot, print_env)  # the bus announcement refreshes the page
    assert print_and_wait(qtbot, print_env, tmp_path / "again.pdf") == (len(ids), len(ids))
    assert printed_counts(db) == dict.fromkeys(ids, 2)

    click(qtbot, page.selection.all_radio)
    click(qtbot, page.selection.not_printed)
    wait_ready(qtbot, print_env)
    rest = page.pipeline.job.ids
    everybody = prepare_badges(db, BadgeSelection()).ids
    assert set(rest) == set(everybody) - set(ids)
    assert page.count.text().startswith(f"{len(rest)} badges on ")


def test_cancelled_print_records_nothing(qtbot, print_env: PageEnv, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    out = tmp_path / "cancelled.pdf"
    job = print_env.page.print_actions.print_to(pdf_printer(out))
    assert job is not None
    dialog = print_env.page.findChild(QProgressDialog, "printProgress")
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)  # shown after 300 ms of printing
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.done, timeout=TIMEOUT)
    assert "cancelled" in print_env.page.note.text()
    assert printed_counts(print_env.db) == {}
    assert not out.exists()  # the partial file is removed


def test_chosen_participants_and_save_as_pdf(qtbot, print_env: PageEnv, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, db = print_env.page, print_env.db
    everybody = prepare_badges(db, BadgeSelection()).ids
    chosen = everybody[3:6]
    page.select_participants(chosen)
    wait_ready(qtbot, print_env)
    assert page.count.text() == "3 badges on 1 page"
    assert page.selection.chosen_label.text() == "3 chosen"
    model = page.selection.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=TIMEOUT)
    # find one of them by typing in the search field, then untick it with the keyboard
    (first,) = rows_by_id(db, [chosen[0]])
    qtbot.keyClicks(page.selection.search, first.email)  # QTest types ASCII only
    qtbot.waitUntil(lambda: 0 < model.rowCount() < len(everybody), timeout=TIMEOUT)
    page.selection.people.setCurrentIndex(model.index(model.row_of(chosen[0])))
    page.selection.people.setFocus()
    qtbot.keyClick(page.selection.people, Qt.Key.Key_Space)
    wait_ready(qtbot, print_env)
    assert page.count.text() == "2 badges on 1 page"

    proof = tmp_path / "proof.pdf"
    with qtbot.waitSignal(page.print_actions.message, timeout=TIMEOUT):
        page.print_actions.save_to(proof, record_print=False)
    assert proof.read_bytes() == page.pipeline.path.read_bytes()
    assert printed_counts(db) == {}
    with qtbot.waitSignal(page.print_actions.recorded, timeout=TIMEOUT):
        page.print_actions.save_to(tmp_path / "for-print.pdf", record_print=True)
    assert printed_counts(db) == dict.fromkeys(chosen[1:], 1)


def test_table_cards_print(qtbot, print_env: PageEnv, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, db = print_env.page, print_env.db
    page.kind.setCurrentIndex(page.kind.findData("table_card"))
    wait_ready(qtbot, print_env)
    tables = len(page.pipeline.job.ids)
    assert page.count.text() == f"{tables} table cards on {tables} pages"
    assert not page.who.isVisible()
    out = tmp_path / "cards.pdf"
    assert print_and_wait(qtbot, print_env, out) == (tables, 0)
    assert pdf_pages(out) == tables
    with db.read() as s:
        rows = s.execute(select(PrintLog.document, PrintLog.table_id)).all()
    assert {r.document for r in rows} == {"table_card"} and len(rows) == tables


def test_broken_layout_is_listed_but_cannot_be_chosen(qtbot, print_env: PageEnv) -> None:  # type: ignore[no-untyped-def]
    page = print_env.page
    folder = user_layouts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    base = Path(__file__).parents[2] / "resources/badges/a6-portrait.json"
    good = json.loads(base.read_text(encoding="utf-8"))
    (folder / "mine.json").write_text(json.dumps(good), encoding="utf-8")
    broken = dict(good, elements=[dict(good["elements"][0], x="left")])
    (folder / "broken.json").write_text(json.dumps(broken), encoding="utf-8")
    page.layouts.reload()
    errors = page.layouts.errors()
    assert set(errors) == {"broken"}
    assert "broken.json" in errors["broken"] and "elements[0].x" in errors["broken"]
    assert not page.layouts.select_name("broken")
    assert page.layouts.current_name() != "broken"

    # a layout file that breaks after it was chosen: a clear error, nothing to print
    assert page.layouts.select_name("mine")
    wait_ready(qtbot, print_env)
    (folder / "mine.json").write_text(json.dumps(broken), encoding="utf-8")
    page.refresh()
    qtbot.waitUntil(lambda: page.count.text() == "Cannot print", timeout=TIMEOUT)
    assert "mine.json" in page.note.text() and "elements[0].x" in page.note.text()
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert page.print_actions.print_to(pdf_printer(Path("never.pdf"))) is None
    assert not Path("never.pdf").exists()


def test_print_button_opens_the_print_dialog_preset_to_the_page(qtbot, print_env: PageEnv) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintDialog

    page = print_env.page
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = page.print_actions.dialog
    assert isinstance(dialog, QPrintDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    printer = dialog.printer()
    paper = printer.pageLayout().fullRectPoints()
    assert (round(paper.width()), round(paper.height())) == (595, 842)  # A4 like the layout
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    dialog.reject()
    assert printed_counts(print_env.db) == {}


def test_save_as_pdf_through_the_dialogs(qtbot, print_env: PageEnv, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    page = print_env.page
    items, pages = len(page.pipeline.job.ids), page.pipeline.job.pages
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    dialog = page.print_actions.dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    target = tmp_path / "all badges.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    box = page.print_actions.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    with qtbot.waitSignal(page.print_actions.recorded, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert blocker.args == [items, 0]
    assert pdf_pages(target) == pages
    assert print_env.context.settings.last_folder() == str(tmp_path)


def test_save_as_pdf_starts_in_the_event_folder_and_offers_to_open_it(  # type: ignore[no-untyped-def]
    qtbot, print_env: PageEnv, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from clusterdesk.ui.printing import actions as actions_module

    opened: list[Path] = []
    monkeypatch.setattr(actions_module, "open_location", lambda p: opened.append(p) or True)
    page = print_env.page
    wait_ready(qtbot, print_env)
    actions = page.print_actions  # type: ignore[attr-defined]
    dialog = actions.save_dialog()
    assert dialog is not None
    assert print_env.db.path is not None
    # the first time: the event's folder (never the Qt installation folder)
    assert Path(dialog.directory().absolutePath()) == print_env.db.path.parent
    assert dialog.selectedFiles()[0].endswith("badges.pdf")
    dialog.reject()
    target = tmp_path / "saved" / "badges.pdf"
    target.parent.mkdir()
    actions.context.settings.set_last_folder(str(target.parent))
    actions.save_to(target, record_print=False)
    qtbot.waitUntil(
        lambda: (
            isinstance(actions.dialog, QMessageBox) and actions.dialog.objectName() == "pdfSavedBox"
        ),
        timeout=TIMEOUT,
    )
    actions.dialog.findChild(QWidget, "openFileButton").click()
    qtbot.waitUntil(lambda: opened == [target], timeout=TIMEOUT)
    again = actions.save_dialog()
    assert again is not None and Path(again.directory().absolutePath()) == target.parent
    again.reject()
