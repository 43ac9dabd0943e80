"""Print a rendered PDF on a QPrinter: pages rasterised with QtPdf at the printer's resolution.

:func:`print_pdf` may run on a worker thread (Qt allows QPainter on a QPrinter, and QPdfDocument
on a document created in that thread); only the print *dialog* belongs to the GUI thread. The
printer's paper is set to the PDF's page size, so n-up sheets and labels print at 100 %.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from clusterdesk.core.errors import UserError

MAX_DPI = 300  # enough for 18 mm QR codes and small print; keeps a page image ~35 MB at most

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PrintFailed(UserError):
    """The printer could not be opened or the PDF could not be read. Nothing was recorded."""


def open_pdf(path: str | Path) -> QPdfDocument:
    doc = QPdfDocument()
    error = doc.load(str(path))
    if error != QPdfDocument.Error.None_ or doc.pageCount() < 1:
        raise PrintFailed(f"Cannot read the rendered PDF {Path(path).name} ({error.name})")
    return doc


def page_size_of(path: str | Path) -> QSizeF:
    """The first page's size in points."""
    return open_pdf(path).pagePointSize(0)


def fit_printer_to(printer: QPrinter, page_points: QSizeF) -> None:
    """Paper = the PDF page (portrait or landscape), no margins: the layout prints at 100 %."""
    w, h = page_points.width(), page_points.height()
    landscape = w > h
    size = QPageSize(QSizeF(min(w, h), max(w, h)), QPageSize.Unit.Point)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    )
    printer.setFullPage(True)


def printer_label(printer: QPrinter) -> str:
    """What the print log records as the printer."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return f"PDF: {printer.outputFileName()}"
    return printer.printerName()


def known_printer(name: str) -> bool:
    return bool(name) and name in QPrinterInfo.availablePrinterNames()


def _page_image(doc: QPdfDocument, index: int, dpi: int) -> QImage:
    points = doc.pagePointSize(index)
    size = QSize(
        max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi))
    )
    rendered = doc.render(index, size)
    page = QImage(size, QImage.Format.Format_RGB32)  # opaque: no soft mask in the print stream
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(QPointF(0, 0), rendered)
    painter.end()
    return page


def print_pdf(
    path: str | Path,
    printer: QPrinter,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    pages: range | None = None,
) -> int:
    """Print every page of the PDF (or ``pages``); returns the number printed.

    Returns early (after aborting the printer) when ``cancelled()`` turns true; the caller then
    records nothing.
    """
    doc = open_pdf(path)
    wanted = pages if pages is not None else range(doc.pageCount())
    dpi = max(72, min(MAX_DPI, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(f"Cannot start printing on {printer_label(printer) or 'the printer'}")
    done = 0
    try:
        for n, index in enumerate(wanted):
            if cancelled is not None and cancelled():
                printer.abort()
                return done
            if n:
                printer.newPage()
            image = _page_image(doc, index, dpi)
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            scaled = QSizeF(image.size()).scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            box = QRectF(QPointF(0, 0), scaled)
            box.moveCenter(target.center())
            painter.drawImage(box, image)
            done += 1
            if progress is not None:
                progress(done, len(wanted))
    finally:
        painter.end()
    return done
