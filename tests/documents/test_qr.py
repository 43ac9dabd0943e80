"""The fast QR encoder against the reference ``qrcode`` package."""

from __future__ import annotations

import random

import pytest
import qrcode
from qrcode import util

from clusterdesk.core.badge_codes import new_code
from clusterdesk.documents.qr import level_for, qr_matrix
from clusterdesk.documents.qrencode import _join, _template, _transpose, encode, penalty


def _rows(modules: list[list[bool | None]]) -> tuple[int, ...]:
    return tuple(int("".join("1" if m else "0" for m in row), 2) for row in modules)


def _payloads() -> list[str]:
    rnd = random.Random(18004)
    out = [new_code("BCF4", "0" * 64) for _ in range(8)]
    out += ["".join(rnd.choice("abcXYZ09/-:.%") for _ in range(rnd.randrange(1, 300))) for _ in range(6)]  # fmt: skip
    out += [
        "Kęstutis Šetkus · Олена Фесенко · Ελένη",
        "0123456789" * 7,
        "A",
        "HTTPS://EXAMPLE.ORG/X",
    ]
    return out


@pytest.mark.parametrize("ec", [0, 1, 2, 3])  # M, L, H, Q in qrcode's numbering
def test_every_symbol_is_qrcode_s_symbol_for_one_of_the_eight_masks(ec: int) -> None:
    for data in _payloads():
        mine = encode(data, ec)
        ref = qrcode.QRCode(error_correction=ec, border=0)
        ref.add_data(data)
        ref.best_fit()
        variants = []
        for k in range(8):
            ref.makeImpl(False, k)
            variants.append(_rows(ref.modules))
        assert mine in variants, data
        # ... and the one with the lowest ISO 18004 penalty (qrcode's own scoring of the symbol).
        scores = []
        for k in range(8):
            ref.makeImpl(False, k)
            scores.append(util.lost_point(ref.modules))
        assert scores[variants.index(mine)] == min(scores), data


def test_penalty_equals_the_reference_scoring() -> None:
    for data in _payloads()[:6]:
        ref = qrcode.QRCode(error_correction=2, border=0)
        ref.add_data(data)
        ref.best_fit()
        t = _template(ref.version, 2)
        for k in range(8):
            ref.makeImpl(False, k)
            rows = _rows(ref.modules)
            n = len(rows)
            assert penalty(_join(rows + _transpose(rows, n), n), t) == util.lost_point(ref.modules)


def test_badge_codes_use_level_h_and_stay_small() -> None:
    code = new_code("BCF4", "0" * 64)
    assert level_for(code, "auto") == "H" and level_for("x" * 40, "auto") == "M"
    m = qr_matrix(code)
    assert m.count == 29 and m.total == 37  # version 3: 0.54 mm modules at 20 mm
