"""A fast QR encoder built on the tables and segmenting of the ``qrcode`` package.

``qrcode`` is correct but slow for batch printing (~4–8 ms per code: it builds the symbol eight
times with per-bit Python objects to choose the mask; 5,000 badges would spend 20–40 s there).
This module keeps ``qrcode``'s data segmentation, capacity tables, RS generator polynomials and
function patterns, and does the rest on integers:

* the bit stream in a string, Reed–Solomon with GF(256) log tables;
* module placement through a per-version cached list of data positions;
* every row and column as one int, the eight masks derived with XOR, and the ISO 18004 penalty
  (N1 runs, N2 blocks, N3 finder-like patterns, N4 balance) computed on those ints.

Tests decode the printed result with a real decoder (zxing-cpp) and compare with ``qrcode``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import qrcode.main
from qrcode import LUT, base, util

Rows = tuple[int, ...]
_EXP = base.EXP_TABLE[:255] * 2  # alpha^i for i < 510: no "% 255" in the inner loop
_LOG = base.LOG_TABLE
_FINDER_A = "10111010000"
_FINDER_B = "00001011101"


class _Bits:
    """Duck-typed ``qrcode.util.BitBuffer`` that keeps the bits as a string (fast)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.parts.append(format(num & ((1 << length) - 1), f"0{length}b"))
        self.length += length

    def put_bit(self, bit: bool) -> None:
        self.parts.append("1" if bit else "0")
        self.length += 1

    def __len__(self) -> int:
        return self.length

    def text(self) -> str:
        return "".join(self.parts)


_ALNUM = {ch: i for i, ch in enumerate(util.ALPHA_NUM)}  # byte value -> 0..44


def _segments_bits(data_list: list[util.QRData], version: int) -> str:
    sizes = util.mode_sizes_for_version(version)
    bits = _Bits()
    for segment in data_list:
        bits.put(segment.mode, 4)
        bits.put(len(segment), sizes[segment.mode])
        if segment.mode == util.MODE_ALPHA_NUM:  # the badge codes: pairs in 11 bits, 6 for one
            v = [_ALNUM[b] for b in segment.data]
            bits.parts.extend(format(v[i] * 45 + v[i + 1], "011b") for i in range(0, len(v) - 1, 2))
            if len(v) % 2:
                bits.parts.append(format(v[-1], "06b"))
            bits.length += 11 * (len(v) // 2) + 6 * (len(v) % 2)
        else:
            segment.write(bits)
    return bits.text()


def _version(data_list: list[util.QRData], ec: int) -> tuple[int, str]:
    """The smallest version that holds the data, and the data's bit stream for it."""
    version = 1
    while True:
        stream = _segments_bits(data_list, version)
        fit = bisect_left(util.BIT_LIMIT_TABLE[ec], len(stream), version)
        if fit > 40:
            raise ValueError("too much data for a QR code")
        if util.mode_sizes_for_version(fit) is util.mode_sizes_for_version(version):
            return fit, stream
        version = fit


def _rs_table(ec_count: int) -> tuple[tuple[int, ...], ...]:
    """Row ``f``: the generator polynomial (without its leading 1) multiplied by ``f``."""
    gen = [_LOG[g] for g in LUT.rsPoly_LUT[ec_count][1:]]
    zero = (0,) * ec_count
    return (zero, *(tuple(_EXP[_LOG[f] + g] for g in gen) for f in range(1, 256)))


def _rs(block: list[int], ec_count: int) -> list[int]:
    """Reed–Solomon EC codewords of ``block`` (polynomial division, one table row per byte)."""
    table = _rs_table(ec_count)
    rem = [0] * ec_count
    for byte in block:
        row = table[byte ^ rem[0]]
        rem = [a ^ b for a, b in zip(rem[1:], row, strict=False)]
        rem.append(row[-1])
    return rem


def _codewords(text: str, version: int, ec: int) -> str:
    """The final interleaved data + EC codewords (as a bit string) for the data bits ``text``."""
    blocks = base.rs_blocks(version, ec)
    limit = sum(b.data_count * 8 for b in blocks)
    text += "0" * min(limit - len(text), 4)
    text += "0" * (-len(text) % 8)
    data = [int(text[i : i + 8], 2) for i in range(0, len(text), 8)]
    pad = (util.PAD0, util.PAD1)
    data += [pad[i % 2] for i in range((limit - len(text)) // 8)]
    dc: list[list[int]] = []
    ecs: list[list[int]] = []
    offset = 0
    for b in blocks:
        dc.append(data[offset : offset + b.data_count])
        offset += b.data_count
        ecs.append(_rs(dc[-1], b.total_count - b.data_count))
    out: list[int] = []
    for group in (dc, ecs):
        for i in range(max(len(x) for x in group)):
            out.extend(x[i] for x in group if i < len(x))
    return "".join(format(byte, "08b") for byte in out)


def _bits(row: list[bool | None]) -> int:
    value = 0
    for m in row:
        value = value << 1 | (1 if m else 0)
    return value


def _join(lines: Rows, n: int) -> int:
    """Lines of ``n`` bits into one int, line ``i`` at bits ``[i*(n+1), i*(n+1)+n)`` (one
    always-zero separator bit between lines)."""
    return int("".join(format(x, f"0{n + 1}b") for x in reversed(lines)), 2)


def _transpose(rows: Rows, n: int) -> Rows:
    return tuple(int("".join(col), 2) for col in zip(*(format(r, f"0{n}b") for r in rows), strict=True))  # fmt: skip


@dataclass(frozen=True)
class _Template:
    """What is the same for every symbol of one version and level."""

    n: int
    masks: tuple[
        tuple[int, int], ...
    ]  # per mask: (function values, mask pattern), rows+cols joined
    capacity: int  # data modules (codeword bits + remainder bits)
    place: Callable[[str], tuple[str, ...]]  # stream bits (+ "0") -> the digits of _join(rows+cols)
    valid_pair: int  # bits i with i, i+1 in one line (rows and columns)
    valid_block: int  # bits i with i, i+1 in one line and a next row (rows only)
    valid_finder: int  # bits i with i..i+10 in one line
    rows_only: int  # all bits of the row lines


def _line_mask(n: int, lines: int, first: int, last: int) -> int:
    one = ((1 << (last - first + 1)) - 1) << first
    return _join(tuple(one for _ in range(lines)), n)


@lru_cache(maxsize=64)
def _template(version: int, ec: int) -> _Template:
    n = version * 4 + 17
    code = qrcode.QRCode(version=version, error_correction=ec, border=0)
    code.add_data("")
    code.makeImpl(False, 0)  # fills qrcode's cache of blank symbols
    masks = []
    function: Rows = ()
    full = (1 << n) - 1
    for k in range(8):
        code.modules = [list(r) for r in qrcode.main.precomputed_qr_blanks[version]]
        code.setup_type_info(False, k)
        if version >= 7:
            code.setup_type_number(False)
        function = tuple(_bits([m is not None for m in row]) for row in code.modules)
        values = tuple(_bits([bool(m) for m in row]) for row in code.modules)
        func = util.mask_func(k)
        pattern = tuple(_bits([func(r, c) for c in range(n)]) & ~function[r] & full for r in range(n))  # fmt: skip
        masks.append(
            (_join(values + _transpose(values, n), n), _join(pattern + _transpose(pattern, n), n))
        )
    positions = []
    row, inc = n - 1, -1
    for col in range(n - 1, 0, -2):
        if col <= 6:
            col -= 1
        while True:
            for c in (col, col - 1):
                if not function[row] >> (n - 1 - c) & 1:
                    positions.append((row, c, 1 << (n - 1 - c)))
            row += inc
            if row < 0 or row >= n:
                row -= inc
                inc = -inc
                break
    stride = n + 1
    # Where each stream bit lands in the digit string of _join(rows + cols): line L is the
    # (2n-1-L)-th group of n+1 digits, its first digit the separator, then columns 0..n-1.
    zero = len(positions)
    src = [zero] * (2 * n * stride)
    for i, (r, c, _) in enumerate(positions):
        src[(2 * n - 1 - r) * stride + c + 1] = i
        src[(n - 1 - c) * stride + r + 1] = i
    return _Template(
        n=n,
        masks=tuple(masks),
        capacity=len(positions),
        place=itemgetter(*src),
        valid_pair=_line_mask(n, 2 * n, 0, n - 2),
        valid_block=_line_mask(n, n - 1, 0, n - 2),
        valid_finder=_line_mask(n, 2 * n, 0, n - 11),
        rows_only=((1 << (n * stride)) - 1),
    )


def penalty(big: int, t: _Template) -> int:
    """ISO 18004 penalty N1 + N2 + N3 + N4 of a masked symbol; ``big`` holds all rows then all
    columns (see :func:`_join`), so each rule is a handful of operations on one int."""
    n, stride = t.n, t.n + 1
    # N1: 3 + (run - 5) for each run of >= 5 equal modules in a row or column.
    e = ~(big ^ (big >> 1)) & t.valid_pair
    w5 = e & (e >> 1) & (e >> 2) & (e >> 3)
    score = w5.bit_count() + 2 * (w5 & ~(w5 >> 1)).bit_count()
    # N2: 3 for each 2x2 block of one colour.
    rows = big & t.rows_only
    below = rows >> stride
    same = ~(rows ^ below) & ~(rows ^ (rows >> 1)) & ~(below ^ (below >> 1))
    score += 3 * (same & t.valid_block).bit_count()
    # N3: 40 for each 1:1:3:1:1 finder-like pattern with 4 light modules on one side.
    for pattern in (_FINDER_A, _FINDER_B):
        m = t.valid_finder
        for j, ch in enumerate(pattern):
            m &= (big >> j) if ch == "1" else ~(big >> j)
            if not m:
                break
        score += 40 * m.bit_count()
    # N4: 10 for each 5 % the dark share is away from 50 %.
    dark = rows.bit_count()
    return score + 10 * (abs(dark * 100 // (n * n) - 50) // 5)


def encode(data: str, ec: int) -> Rows:
    """The QR symbol for ``data`` (``ec``: a ``qrcode.constants.ERROR_CORRECT_*``) as row ints,
    leftmost module in the most significant bit; the lowest-penalty mask is applied."""
    data_list = list(util.optimal_data_chunks(data, minimum=20))  # as QRCode.add_data
    version, stream = _version(data_list, ec)
    t = _template(version, ec)
    n = t.n
    bits = _codewords(stream, version, ec)
    stream = bits[: t.capacity].ljust(t.capacity, "0") + "0"
    data_big = int("".join(t.place(stream)), 2)
    best_big, best_score = 0, -1
    for values, pattern in t.masks:
        big = values | (data_big ^ pattern)
        score = penalty(big, t)
        if best_score < 0 or score < best_score:
            best_big, best_score = big, score
    stride = n + 1
    return tuple((best_big >> (r * stride)) & ((1 << n) - 1) for r in range(n))
