"""Print-on-arrival: one badge on the desk's label layout, no dialog, off the GUI thread, logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from clusterdesk.core.errors import UserError
from clusterdesk.services.checkin import print_badge
from clusterdesk.services.participants import rows_by_id
from clusterdesk.services.printing import BadgeSelection, Sink, printed_counts, select_participants
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import PrintLog
from clusterdesk.ui.printing.arrival import ArrivalPrinter, arrival_printer, print_arrival_badge
from clusterdesk.ui.printing.prefs import ARRIVAL, PrintPrefs
from tests.pdf_render import decode_qr_codes
from tests.printing.conftest import PageEnv

MM = 72 / 25.4


def test_arrival_printer_prints_one_label(qapp, demo_db: EventDB, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pid = select_participants(demo_db, BadgeSelection())[0]
    out = tmp_path / "label.pdf"
    printer = ArrivalPrinter(demo_db, layout="brother-ql-62x100", output_file=out)
    as_protocol: Sink = printer  # mypy checks that it is a print-pipeline sink
    assert callable(as_protocol.deliver)
    log_id = print_badge(demo_db, printer, pid, desk="Desk 2", layout=printer.layout)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert sorted((round(float(box.width) / MM), round(float(box.height) / MM))) == [62, 100]
    (row,) = rows_by_id(demo_db, [pid])
    assert decode_qr_codes(out) == [row.badge_code]
    with demo_db.read() as s:
        entry = s.get(PrintLog, log_id)
        assert entry is not None
        assert (entry.desk, entry.layout, entry.reprint) == ("Desk 2", "brother-ql-62x100", False)


def test_no_printer_chosen_is_a_clear_error_and_nothing_logged(qapp, demo_db: EventDB) -> None:  # type: ignore[no-untyped-def]
    pid = select_participants(demo_db, BadgeSelection())[0]
    printer = ArrivalPrinter(demo_db, layout="brother-ql-62x100")
    with pytest.raises(UserError, match="No badge printer"):
        print_badge(demo_db, printer, pid)
    missing = ArrivalPrinter(demo_db, layout="brother-ql-62x100", printer_name="Ghost QL-800")
    with pytest.raises(UserError, match="Ghost QL-800"):
        print_badge(demo_db, missing, pid)
    assert printed_counts(demo_db) == {}


def test_print_arrival_badge_runs_off_the_gui_thread(
    qtbot, print_env: PageEnv, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db, context = print_env.db, print_env.context
    prefs = PrintPrefs(context.settings)
    assert arrival_printer(context.settings, db).layout == "brother-ql-62x100"  # the default
    prefs.set_layout(ARRIVAL, "cr80-card")
    assert arrival_printer(context.settings, db).layout == "cr80-card"
    pid = select_participants(db, BadgeSelection())[1]
    out = tmp_path / "desk.pdf"
    printer = ArrivalPrinter(db, layout="brother-ql-62x100", output_file=out)
    done: list[int] = []
    print_arrival_badge(context, db, pid, desk="Desk 1", printer=printer, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert out.exists() and printed_counts(db) == {pid: 1}
    assert "participants" in print_env.topics and "print" in print_env.topics
    errors: list[BaseException] = []
    nowhere = ArrivalPrinter(db, layout="brother-ql-62x100")
    print_arrival_badge(context, db, pid, printer=nowhere, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=60_000)
    assert isinstance(errors[0], UserError)
    with db.read() as s:
        assert len(s.scalars(select(PrintLog.id)).all()) == 1


def test_print_worker_reports_a_bad_pdf(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from clusterdesk.ui.printing.print_process import PrintProcess
    from clusterdesk.ui.printing.print_worker import printer_from, printer_job

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    printer.setCopyCount(2)
    job = printer_job(printer, tmp_path / "missing.pdf", range(0, 3))
    again = printer_from(job)
    assert (again.copyCount(), again.outputFileName()) == (2, str(tmp_path / "out.pdf"))
    process = PrintProcess(job)
    with qtbot.waitSignal(process.failed, timeout=60_000) as blocker:
        process.start()
    assert "missing.pdf" in blocker.args[0]
    assert not (tmp_path / "out.pdf").exists()
