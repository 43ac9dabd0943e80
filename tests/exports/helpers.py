"""Reading exports back: PDF pages as text and images (pypdfium2), QR codes (zxing-cpp)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import zxingcpp


def page_texts(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def page_qr_codes(pdf: Path, dpi: int = 150) -> list[list[str]]:
    """The QR codes decoded from each page, rendered in-process with pdfium."""
    doc = pdfium.PdfDocument(str(pdf))
    try:
        out = []
        for i in range(len(doc)):
            image = doc[i].render(scale=dpi / 72).to_pil()
            out.append([r.text for r in zxingcpp.read_barcodes(image)])
        return out
    finally:
        doc.close()


def column_texts(pdf: Path) -> str:
    """The text of a two-column document in reading order (left column, then right, per page)."""
    parts = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            half = page.width / 2
            for box in ((0, 0, half, page.height), (half, 0, page.width, page.height)):
                parts.append(page.crop(box).extract_text() or "")
    return "\n".join(parts)
