"""QR matrices decode back to their payload at every error-correction level."""

from __future__ import annotations

import random

import numpy as np
import pytest
import zxingcpp

from clusterdesk.core.badge_codes import new_code
from clusterdesk.documents.qr import QUIET, QrMatrix, level_for, qr_matrix


def _payloads() -> list[str]:
    rnd = random.Random(18004)
    out = [new_code("BCF4", "0" * 64) for _ in range(8)]
    out += [
        "".join(rnd.choice("abcXYZ09/-:.%") for _ in range(rnd.randrange(1, 300))) for _ in range(6)
    ]
    out += [
        "Kęstutis Šetkus · Олена Фесенко · Ελένη",
        "0123456789" * 7,
        "A",
        "HTTPS://EXAMPLE.ORG/X",
    ]
    return out


def _image(m: QrMatrix, scale: int = 4) -> np.ndarray:
    """The symbol as a white-on-black-modules image with its quiet zone, from the bit rows."""
    img = np.full((m.total, m.total), 255, dtype=np.uint8)
    for r in range(m.count):
        for c in range(m.count):
            if m.dark(r, c):
                img[QUIET + r, QUIET + c] = 0
    return np.kron(img, np.ones((scale, scale), dtype=np.uint8))


@pytest.mark.parametrize("ec", ["M", "Q", "H"])
def test_every_matrix_decodes_to_its_payload(ec: str) -> None:
    for data in _payloads():
        m = qr_matrix(data, ec)  # type: ignore[arg-type]
        assert len(m.rows) == m.count
        found = zxingcpp.read_barcodes(_image(m), formats=zxingcpp.BarcodeFormat.QRCode)
        assert [b.text for b in found] == [data]
        assert found[0].ec_level == ec


def test_badge_codes_use_level_h_and_stay_small() -> None:
    code = new_code("BCF4", "0" * 64)
    assert level_for(code, "auto") == "H" and level_for("x" * 40, "auto") == "M"
    m = qr_matrix(code)
    assert m.count == 29 and m.total == 37  # version 3: 0.54 mm modules at 20 mm
