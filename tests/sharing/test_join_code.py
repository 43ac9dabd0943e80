"""Join codes: one line that survives a QR code, a USB scanner on a foreign keyboard layout and a
paste, and is refused whole when misread."""

from __future__ import annotations

import hashlib

import pytest
import zxingcpp

from clusterdesk.core.join_code import (
    JoinCode,
    JoinCodeError,
    b32decode,
    b32encode,
    groups,
    looks_like_join_code,
    new_password,
    normalise_password,
    parse_join_code,
    short_fingerprint,
)
from clusterdesk.documents.qr import qr_matrix
from tests.said import refused

FINGERPRINT = hashlib.sha256(b"a certificate").digest()
LITHUANIAN = str.maketrans("123456789", "ąčęėįšųū„")


def code(host: str = "192.168.1.20", port: int = 54329) -> JoinCode:
    return JoinCode(host, port, new_password(), FINGERPRINT)


@pytest.mark.parametrize("host", ["192.168.1.20", "10.0.0.7", "127.0.0.1", "fe80::1ff:fe23:4567"])
def test_a_code_reads_back_as_it_was_made(host: str) -> None:
    made = code(host)
    text = made.encode()
    assert text.startswith("CDJ1-")
    assert set(text[5:]) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    assert parse_join_code(text) == made
    assert looks_like_join_code(text)


def test_a_scanner_on_a_lithuanian_layout_lower_case_and_spaces_still_read() -> None:
    made = code()
    text = made.encode()
    assert parse_join_code(text.translate(LITHUANIAN)) == made
    assert parse_join_code(f"  {text.lower()}\n") == made
    assert parse_join_code(" ".join(groups(text[5:], 5).split("-")).join(["CDJ1-", ""])) == made


def test_a_german_layout_swapping_y_and_z_still_reads() -> None:
    made = code()
    text = made.encode()
    swapped = text.translate(str.maketrans("YZ", "ZY")).replace("-", "ß")
    assert parse_join_code(swapped) == made


def test_a_misread_character_is_refused_not_half_used() -> None:
    text = code().encode()
    position = len(text) // 2
    wrong = "A" if text[position] != "A" else "B"
    with refused("misread or is incomplete", JoinCodeError):
        parse_join_code(text[:position] + wrong + text[position + 1 :])
    with refused("misread or is incomplete", JoinCodeError):
        parse_join_code(text[:-6])


def test_other_text_is_told_apart() -> None:
    with refused("Not a ClusterDesk join code", JoinCodeError):
        parse_join_code("ABCD-EFGHJKMNPQRSTUVWXYZ234567")
    with refused("empty", JoinCodeError):
        parse_join_code("  ")
    assert not looks_like_join_code("ABCD-EFGHJKMNPQRSTUVWXYZ234567")


def test_a_newer_code_version_asks_for_an_update() -> None:
    body = bytearray(b32decode(code().encode()[5:]))
    body[0] = 2
    body[-2:] = hashlib.sha256(bytes(body[:-2])).digest()[:2]
    with refused("newer ClusterDesk", JoinCodeError):
        parse_join_code("CDJ1-" + b32encode(bytes(body)))


def test_the_qr_code_on_screen_decodes_to_the_code() -> None:
    text = code().encode()
    matrix = qr_matrix(text, "M")
    import numpy as np

    pixels = np.full((matrix.total * 4, matrix.total * 4), 255, dtype=np.uint8)
    for r in range(matrix.count):
        for c in range(matrix.count):
            if matrix.dark(r, c):
                pixels[(r + 4) * 4 : (r + 5) * 4, (c + 4) * 4 : (c + 5) * 4] = 0
    found = zxingcpp.read_barcodes(pixels)
    assert [b.text for b in found] == [text]


def test_typed_passwords_and_fingerprints_are_forgiving() -> None:
    password = new_password()
    assert len(password) == 16
    assert normalise_password(groups(password).lower()) == password
    assert normalise_password(groups(password).replace("0", "O")) == password
    shown = short_fingerprint(FINGERPRINT)
    assert len(shown) == 19 and shown.count("-") == 3
    assert b32decode(shown) == FINGERPRINT[:10]


def test_bad_parts_are_refused_when_making_a_code() -> None:
    with pytest.raises(ValueError):
        JoinCode("venue-laptop.local", 5432, new_password(), FINGERPRINT)
    with pytest.raises(ValueError):
        JoinCode("192.168.1.2", 0, new_password(), FINGERPRINT)
    with pytest.raises(ValueError):
        JoinCode("192.168.1.2", 5432, new_password(), FINGERPRINT[:16])
