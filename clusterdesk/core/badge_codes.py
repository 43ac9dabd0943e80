"""Badge codes: unguessable, event-scoped, typo- and forgery-evident.

Format (documented in docs/badge-codes.md)::

    PPPP-RRRRRRRRRRRRRRRRRRRRRCCC

* ``PPPP``  the event prefix: 4 characters chosen at random when the event is created;
* ``R…``    21 random characters (21 × log2(31) ≈ 104 bits from :mod:`secrets`);
* ``CCC``   a check value: HMAC-SHA256 of prefix and random part under the event secret, as 3
  characters. A mistyped or forged code fails it (1 in 29,791 passes by chance) and is told apart
  from a well-formed code that simply is not registered.

The alphabet has no look-alike characters (no I, L, O, 0, 1) and only upper case letters, digits and
``-`` so that the QR code uses the compact alphanumeric mode. No personal data is in the code.

Reading is forgiving where it is safe: scanner noise is removed (control characters, an ECI prefix,
white space, full-width forms), lower case is accepted, and a USB scanner "typing" through a
Lithuanian keyboard layout (``ą č ę ė į š ų ū`` for the digits) or a German one (``ß`` for ``-``,
Y and Z swapped) is understood. Every reading still has to pass the check value.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
PREFIX_LENGTH = 4
RANDOM_LENGTH = 21
CHECK_LENGTH = 3
CODE_LENGTH = PREFIX_LENGTH + 1 + RANDOM_LENGTH + CHECK_LENGTH
RANDOM_BITS = 104  # floor(21 * log2(31))

_ECI = re.compile(r"^\\\d{6}")  # e.g. "\000026" that some scanners put before the payload
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
# What a scanner sending US key codes types through a Lithuanian or German keyboard layout.
_LAYOUT = str.maketrans(
    {
        "ą": "1",
        "č": "2",
        "ę": "3",
        "ė": "4",
        "į": "5",
        "š": "6",
        "ų": "7",
        "ū": "8",
        "Ą": "1",
        "Č": "2",
        "Ę": "3",
        "Ė": "4",
        "Į": "5",
        "Š": "6",
        "Ų": "7",
        "Ū": "8",
        "„": "9",
        "“": "0",
        "ß": "-",
    }
)
_SWAP_YZ = str.maketrans("YZ", "ZY")
_SHAPE = re.compile(
    rf"^[{ALPHABET}]{{{PREFIX_LENGTH}}}-[{ALPHABET}]{{{RANDOM_LENGTH + CHECK_LENGTH}}}$"
)


def new_prefix() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(PREFIX_LENGTH))


def new_secret() -> str:
    return secrets.token_hex(32)


def _check(prefix: str, body: str, secret: str) -> str:
    digest = hmac.new(secret.encode(), f"{prefix}-{body}".encode(), hashlib.sha256).digest()
    value = int.from_bytes(digest[:8], "big")
    out = []
    for _ in range(CHECK_LENGTH):
        value, r = divmod(value, len(ALPHABET))
        out.append(ALPHABET[r])
    return "".join(out)


_UNBIASED = 256 - 256 % len(ALPHABET)  # bytes at or above this would favour some characters


def _random_chars(n: int) -> str:
    """``n`` uniformly random alphabet characters from the OS random source (rejection sampling)."""
    out: list[str] = []
    while len(out) < n:
        out.extend(ALPHABET[b % len(ALPHABET)] for b in secrets.token_bytes(n + 4) if b < _UNBIASED)
    return "".join(out[:n])


def new_code(prefix: str, secret: str) -> str:
    body = _random_chars(RANDOM_LENGTH)
    return f"{prefix}-{body}{_check(prefix, body, secret)}"


class CodeKind(enum.Enum):
    VALID = "valid"  # well formed, this event, check value correct
    OTHER_EVENT = "other_event"  # well formed, but another event's prefix
    ALTERED = "altered"  # this event's prefix, but the check value is wrong (typo or forgery)
    MALFORMED = "malformed"  # not a badge code at all


@dataclass(frozen=True)
class CodeCheck:
    kind: CodeKind
    cleaned: str  # the sanitised input (safe to log)


def clean(raw: str | bytes) -> str:
    """Remove scanner noise: control characters, an ECI prefix, surrounding white space."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    text = _CONTROL.sub("", unicodedata.normalize("NFKC", raw[:1000])).strip()
    text = _ECI.sub("", text).strip()
    return text[:200]


def looks_like_code(text: str) -> bool:
    """True when ``text`` has the shape of a badge code (any event)."""
    return bool(readings(text))


def readings(raw: str | bytes) -> list[str]:
    """The badge codes scanner input may stand for (as typed, then as meant through a foreign
    keyboard layout), without checking them against an event: for looking a code up."""
    return [code for code in _readings(clean(raw)) if _SHAPE.match(code)]


def layout_readings(raw: str | bytes) -> list[str]:
    """Scanner input cleaned, upper-cased, as typed and as meant through a Lithuanian or German
    keyboard layout (for other scanned codes, such as a shared event's join code)."""
    return _readings(clean(raw))


def _classify(code: str, prefix: str, secret: str) -> CodeKind:
    if not _SHAPE.match(code):
        return CodeKind.MALFORMED
    head, tail = code.split("-", 1)
    if head != prefix:
        return CodeKind.OTHER_EVENT
    body, given = tail[:RANDOM_LENGTH], tail[RANDOM_LENGTH:]
    if not hmac.compare_digest(given, _check(head, body, secret)):
        return CodeKind.ALTERED
    return CodeKind.VALID


def _readings(cleaned: str) -> list[str]:
    """The input as typed, then as it was meant through a foreign keyboard layout."""
    plain = cleaned.upper()
    relaid = cleaned.translate(_LAYOUT).upper()
    out = [plain]
    for candidate in (relaid, plain.translate(_SWAP_YZ), relaid.translate(_SWAP_YZ)):
        if candidate not in out:
            out.append(candidate)
    return out


def check(raw: str | bytes, prefix: str, secret: str) -> CodeCheck:
    """Classify scanner input against this event's prefix and secret (no database needed).

    ``cleaned`` is the canonical code when the input is a badge code (of any event), otherwise
    the sanitised input (safe to log).
    """
    cleaned = clean(raw)
    best: CodeCheck | None = None
    for code in _readings(cleaned):
        kind = _classify(code, prefix, secret)
        if kind is CodeKind.VALID:
            return CodeCheck(kind, code)
        if best is None or (best.kind is CodeKind.MALFORMED and kind is not CodeKind.MALFORMED):
            best = CodeCheck(kind, code if kind is not CodeKind.MALFORMED else cleaned)
    assert best is not None
    return best
