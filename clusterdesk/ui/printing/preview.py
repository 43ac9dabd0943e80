"""A preview of the real PDF (QtPdf): every page, scrollable, each page fitted in the view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class PdfPreview(QWidget):
    """Shows a PDF file, or a message while there is none (rendering, nothing to print, error)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(mid); font-size: 14pt;")
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        self.path: Path | None = None
        self.show_message(self.tr("No preview yet"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_pdf(self, path: Path) -> bool:
        """Load ``path``; False (and a message) when QtPdf cannot read it."""
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.path = None
            self.show_message(self.tr("The preview could not be shown ({0})").format(error.name))
            return False
        self.path = path
        self.stack.setCurrentWidget(self.view)
        return True

    def clear(self, text: str = "") -> None:
        self.document.close()
        self.path = None
        self.show_message(text or self.tr("No preview yet"))

    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0
