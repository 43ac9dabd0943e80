"""Printing in a separate process, so the app's GUI thread never waits for it.

Rasterising a page (QtPdf) and spooling it (QPrinter's paint engine) are long C++ calls that keep
Python's GIL: done on a worker thread they would freeze the GUI for ~0.7 s a page. This module is
run as ``python -m clusterdesk.ui.printing.print_worker JOB.json``; it prints ``progress N TOTAL``
lines on stdout and exits 0 when every page was sent (2 with a message on stderr when the PDF or
the printer cannot be used). Killing it before it ends sends nothing to the printer.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter


def printer_job(printer: QPrinter, pdf: Path, pages: range) -> dict[str, Any]:
    """What the worker needs to print on a printer configured like ``printer`` (in the dialog)."""
    layout = printer.pageLayout()
    size = layout.pageSize().size(QPageSize.Unit.Point)
    pdf_output = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    return {
        "pdf": str(pdf),
        "printer": "" if pdf_output else printer.printerName(),
        "output_file": printer.outputFileName() if pdf_output else "",
        "copies": printer.copyCount(),
        "collate": printer.collateCopies(),
        "duplex": printer.duplex().value,
        "color": printer.colorMode().value,
        "paper_points": [size.width(), size.height()],
        "landscape": layout.orientation() == QPageLayout.Orientation.Landscape,
        "full_page": printer.fullPage(),
        "doc_name": printer.docName(),
        "pages": [pages.start, pages.stop],
    }


def printer_from(job: dict[str, Any]) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if job["output_file"]:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(job["output_file"])
    else:
        printer.setPrinterName(job["printer"])
    printer.setDocName(job["doc_name"])
    printer.setCopyCount(int(job["copies"]))
    printer.setCollateCopies(bool(job["collate"]))
    printer.setDuplex(QPrinter.DuplexMode(int(job["duplex"])))
    printer.setColorMode(QPrinter.ColorMode(int(job["color"])))
    w, h = job["paper_points"]
    orientation = (
        QPageLayout.Orientation.Landscape if job["landscape"] else QPageLayout.Orientation.Portrait
    )
    size = QPageSize(QSizeF(w, h), QPageSize.Unit.Point)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(bool(job["full_page"]))
    return printer


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from PySide6.QtGui import QGuiApplication

    from clusterdesk.core.errors import UserError
    from clusterdesk.ui.printing.printer import print_pdf

    app = QGuiApplication.instance() or QGuiApplication(
        ["clusterdesk-print", "-platform", "offscreen"]
    )
    try:
        job = json.loads(Path(args[0]).read_text(encoding="utf-8"))
        printer = printer_from(job)

        def progress(done: int, total: int) -> None:
            sys.stdout.write(f"progress {done} {total}\n")
            sys.stdout.flush()

        done = print_pdf(job["pdf"], printer, progress, pages=range(*job["pages"]))
    except UserError as exc:
        from clusterdesk.ui.words import error_text  # its code in words (a full disk …)

        sys.stderr.write(f"{error_text(exc)}\n")
        return 2
    finally:
        del app
    sys.stdout.write(f"done {done}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
