"""QR codes for printing: crisp at any printer resolution, small and fast.

:func:`qr_matrix` encodes with the ``qrcode`` package's tables via the fast
:mod:`clusterdesk.documents.qrencode` (ISO 18004 mask selection included) and
returns the modules as one int bit-row per row. :func:`qr_pdf_ops` turns the modules into a 1-bit
image mask in a unit square, so a caller places it with a single ``cm`` transform. The quiet zone
(4 modules) is part of the size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_M, ERROR_CORRECT_Q

from clusterdesk.documents.qrencode import encode

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
    rows = encode(data, _LEVELS[level_for(data, ec)])
    return QrMatrix(len(rows), rows)


def qr_pdf_ops(matrix: QrMatrix) -> str:
    """PDF operators painting the dark modules into the unit square that stands for the whole
    symbol *including* its quiet zone (the caller scales it with one ``cm``).

    The modules are one inline 1-bit image mask (``/IM true``, no interpolation): crisp at
    any resolution like vector rectangles, but ~10× smaller and faster to write.
    """
    n, total = matrix.count, matrix.total
    width = (n + 7) // 8
    pad = 8 * width - n
    data = b"".join((row << pad).to_bytes(width, "big") for row in matrix.rows)
    scale, offset = n / total, QUIET / total
    return (
        f"{scale:.6f} 0 0 {scale:.6f} {offset:.6f} {offset:.6f} cm\n"
        f"BI /W {n} /H {n} /BPC 1 /IM true /D [1 0] /F /AHx ID\n{data.hex()}>\nEI"
    )
