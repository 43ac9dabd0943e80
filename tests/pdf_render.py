"""PDF pages rendered to images in-process (pypdfium2, a pip wheel: no system package) and the QR
codes on them decoded with zxing-cpp — the one way every test reads a PDF back as pixels."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image


def render_pages(pdf: Path, dpi: int = 150, pages: int | None = None) -> list[Image.Image]:
    """The first ``pages`` pages (all by default) as RGB images at ``dpi``."""
    doc = pdfium.PdfDocument(str(pdf))
    try:
        count = len(doc) if pages is None else min(pages, len(doc))
        return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(count)]
    finally:
        doc.close()


def decode_qr_codes(pdf: Path, dpi: int = 150, pages: int | None = None) -> list[str]:
    """The texts of all QR codes on the rendered pages, page by page, as a scanner reads them."""
    qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    return [
        r.text
        for image in render_pages(pdf, dpi, pages)
        for r in zxingcpp.read_barcodes(image, formats=qr)
    ]
