"""The join code of a shared event: one line a joining desk scans, pastes or types.

Format: ``CDJ1-`` followed by the Crockford base-32 form of::

    version (1) · address family (1) · IP address (4 or 16) · port (2)
    · password (10 bytes = 80 bits) · SHA-256 fingerprint of the host's certificate (32)
    · check (2: the first bytes of SHA-256 over everything before)

about 85 characters of upper-case letters, digits and one ``-``, so the QR code uses the compact
alphanumeric mode and a USB scanner types it like a badge. Reading is as forgiving as for badge
codes (scanner noise, a Lithuanian or German keyboard layout, lower case, spaces) and every
reading must pass the check, so a misread code is refused instead of half-used.

The database and role names are fixed (``event`` and ``desk``): the app's server holds one shared
event. For people who type instead of scanning, the host also shows the address, the password
and the first 80 bits of the fingerprint in groups of four (``ABCD-EFGH-JKMN-PQRS``).
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
import secrets
from dataclasses import dataclass

from clusterdesk.core.badge_codes import clean, layout_readings
from clusterdesk.core.messages import CodedValueError, msg

PREFIX = "CDJ1-"
VERSION = 1
DATABASE = "event"
ROLE = "desk"
PASSWORD_BYTES = 10
FINGERPRINT_BYTES = 32
SHORT_FINGERPRINT_BYTES = 10
_CHECK_BYTES = 2

_RFC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TO_CROCKFORD = str.maketrans(_RFC, _CROCKFORD)
_FROM_CROCKFORD = str.maketrans(_CROCKFORD, _RFC)
# Letters people (and scanners with odd fonts) confuse with digits, as Crockford reads them.
_LOOKALIKE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_JUNK = re.compile(r"[\s\-_.:]")


class JoinCodeError(CodedValueError):
    """The text is not a usable join code; its message (``join_code.*``) says why."""


_MISREAD = msg("join_code.misread")
_NEWER = msg("join_code.newer")


def b32encode(data: bytes) -> str:
    """Crockford base 32, upper case, no padding."""
    return base64.b32encode(data).decode("ascii").rstrip("=").translate(_TO_CROCKFORD)


def b32decode(text: str) -> bytes:
    """Crockford base 32 read forgivingly (case, dashes, spaces, O/I/L look-alikes)."""
    body = _JUNK.sub("", text.upper()).translate(_LOOKALIKE)
    if any(ch not in _CROCKFORD for ch in body):
        raise ValueError(f"not base 32: {text!r}")
    rfc = body.translate(_FROM_CROCKFORD)
    return base64.b32decode(rfc + "=" * (-len(rfc) % 8))


def groups(text: str, size: int = 4) -> str:
    """``ABCDEFGH`` → ``ABCD-EFGH``: how passwords and fingerprints are shown to people."""
    return "-".join(text[i : i + size] for i in range(0, len(text), size))


def new_password() -> str:
    """A random desk password (80 bits), 16 characters people can read out and type."""
    return b32encode(secrets.token_bytes(PASSWORD_BYTES))


def normalise_password(text: str) -> str:
    """The password as the server knows it, from what a person typed (case, dashes, spaces)."""
    try:
        return b32encode(b32decode(text))
    except ValueError:
        return text.strip()


def short_fingerprint(fingerprint: bytes) -> str:
    """The first 80 bits of a certificate fingerprint as people compare it: ``ABCD-EFGH-…``."""
    return groups(b32encode(fingerprint[:SHORT_FINGERPRINT_BYTES]))


@dataclass(frozen=True)
class JoinCode:
    host: str  # an IPv4 or IPv6 address
    port: int
    password: str  # as the server knows it (16 Crockford characters)
    fingerprint: bytes  # SHA-256 of the host certificate (DER)

    def __post_init__(self) -> None:
        ipaddress.ip_address(self.host)  # ValueError for a host name
        if not 0 < self.port < 65536:
            raise ValueError(f"bad port {self.port}")
        if len(self.fingerprint) != FINGERPRINT_BYTES:
            raise ValueError("a fingerprint is 32 bytes (SHA-256)")

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def encode(self) -> str:
        ip = ipaddress.ip_address(self.host)
        secret = b32decode(self.password)
        if len(secret) != PASSWORD_BYTES:
            raise ValueError("a desk password is 10 bytes")
        body = (
            bytes([VERSION, ip.version])
            + ip.packed
            + self.port.to_bytes(2, "big")
            + secret
            + self.fingerprint
        )
        check = hashlib.sha256(body).digest()[:_CHECK_BYTES]
        return PREFIX + b32encode(body + check)


def looks_like_join_code(text: str) -> bool:
    """True when the text has a join code's prefix (typed through any keyboard layout)."""
    return any(r.lstrip().startswith(PREFIX) for r in layout_readings(text[:300]))


def _decode_body(body: bytes) -> JoinCode:
    payload, check = body[:-_CHECK_BYTES], body[-_CHECK_BYTES:]
    if len(payload) < 2 or hashlib.sha256(payload).digest()[:_CHECK_BYTES] != check:
        raise JoinCodeError(_MISREAD)
    if payload[0] != VERSION:
        raise JoinCodeError(_NEWER)
    size = {4: 4, 6: 16}.get(payload[1])
    if size is None or len(payload) != 2 + size + 2 + PASSWORD_BYTES + FINGERPRINT_BYTES:
        raise JoinCodeError(_MISREAD)
    at = 2
    host = str(ipaddress.ip_address(payload[at : at + size]))
    at += size
    port = int.from_bytes(payload[at : at + 2], "big")
    at += 2
    password = b32encode(payload[at : at + PASSWORD_BYTES])
    at += PASSWORD_BYTES
    try:
        return JoinCode(host, port, password, payload[at:])
    except ValueError as exc:
        raise JoinCodeError(_MISREAD) from exc


def parse_join_code(raw: str) -> JoinCode:
    """Read a scanned, pasted or typed join code; :class:`JoinCodeError` saying what is wrong."""
    text = clean(raw)
    if not text:
        raise JoinCodeError(msg("join_code.empty"))
    problem = _MISREAD
    for reading in layout_readings(text):
        reading = _JUNK.sub("", reading)
        if not reading.startswith(PREFIX.rstrip("-")):
            continue
        try:
            return _decode_body(b32decode(reading[len(PREFIX) - 1 :]))
        except JoinCodeError as exc:
            problem = exc.msg if exc.msg == _NEWER else problem
        except ValueError:
            continue
    if problem == _NEWER:
        raise JoinCodeError(_NEWER)
    if not any(_JUNK.sub("", r).startswith(PREFIX.rstrip("-")) for r in layout_readings(text)):
        raise JoinCodeError(msg("join_code.not_a_code"))
    raise JoinCodeError(_MISREAD)
