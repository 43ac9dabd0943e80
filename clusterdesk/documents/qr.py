"""QR codes drawn as vector paths: crisp at any printer resolution, small and fast.

:func:`qr_matrix` encodes with the ``qrcode`` package (ISO 18004 mask selection included) and
returns the modules as one int bit-row per row. :func:`qr_pdf_ops` turns the modules into PDF path
operators in *module units* (horizontal runs of dark modules merged into one rectangle each), so a
caller places it with a single ``cm`` transform. The quiet zone (4 modules) is part of the size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_M, ERROR_CORRECT_Q

from clusterdesk.documents.qrmask import best_mask_rows

QUIET = 4  # modules of white margin on each side (ISO 18004)
EcLevel = Literal["auto", "M", "Q", "H"]
_LEVELS = {"M": ERROR_CORRECT_M, "Q": ERROR_CORRECT_Q, "H": ERROR_CORRECT_H}


@dataclass(frozen=True)
class QrMatrix:
    count: int  # modules per side, without the quiet zone
    rows: tuple[int, ...]  # bit i of rows[r] (from the most significant end) = module (r, i)

    @property
    def total(self) -> int:
        """Modules per side including the quiet zone on both sides."""
        return self.count + 2 * QUIET

    def dark(self, r: int, c: int) -> bool:
        return bool(self.rows[r] >> (self.count - 1 - c) & 1)


def level_for(data: str, ec: EcLevel) -> Literal["M", "Q", "H"]:
    """``auto``: H for short payloads (a badge code), M above 32 characters (field notes)."""
    if ec != "auto":
        return ec
    return "H" if len(data) <= 32 else "M"


def qr_matrix(data: str, ec: EcLevel = "auto") -> QrMatrix:
    code = qrcode.QRCode(error_correction=_LEVELS[level_for(data, ec)], border=0)
    code.add_data(data)
    code.best_fit()
    rows = best_mask_rows(code)
    return QrMatrix(len(rows), rows)


def qr_pdf_ops(matrix: QrMatrix) -> str:
    """Fill operators for the dark modules, in module units with (0, 0) at the quiet zone's
    bottom-left corner (PDF y grows upwards, so row 0 is at the top)."""
    n = matrix.count
    parts: list[str] = []
    append = parts.append
    for r, bits in enumerate(matrix.rows):
        if not bits:
            continue
        y = n - 1 - r + QUIET
        row = format(bits, f"0{n}b")
        c = row.find("1")
        while c != -1:
            end = row.find("0", c)
            if end == -1:
                end = n
            append(f"{c + QUIET} {y} {end - c} 1 re")
            c = row.find("1", end)
    append("f")
    return "\n".join(parts)
