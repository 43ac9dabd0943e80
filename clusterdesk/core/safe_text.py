"""Text that crosses a trust boundary: what people typed into a registration form (cleaned before
it is stored), what goes to the operator's terminal (escaped), and what goes to logs and error
messages (personal data and secrets masked).

* :func:`clean_field` / :func:`clean_email` — NFC (NFKC for e-mail addresses), control characters
  and invisible characters (zero-width spaces, bidi overrides, soft hyphens …) removed; they say
  what they removed so that an import can name the row. ``a<ZERO WIDTH SPACE>@x.lt`` becomes
  ``a@x.lt``: one person, not two who look the same. NUL never reaches a database (PostgreSQL
  refuses it; SQLite would store it), so both engines store the same text.
* :func:`for_terminal` — a registrant named ``"\\x1b]0;pwned\\x07"`` cannot retitle or clear the
  desk's terminal: control and bidi characters are shown as escapes.
* :func:`mask_secrets` — database passwords, badge codes and e-mail addresses masked, for logs and
  for the message of an unexpected error.
"""

from __future__ import annotations

import re
import unicodedata

# Format characters that draw nothing (or reorder what is drawn): never part of a name or an
# address as people type them.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
)
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # all C0/C1 controls but tab, LF and CR
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_CONTROL_RE = re.compile(f"[{_CONTROL}]")
_BREAKS_RE = re.compile(r"\r\n?|[\t\n\u2028\u2029\x85]")
_SPACES_RE = re.compile(r"[ \t]{2,}")
# Shown escaped on a terminal: controls (incl. CR, which rewrites the line) and bidi/format marks.
_TERMINAL_RE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{INVISIBLE}\u2028\u2029]")


def describe_chars(chars: str) -> str:
    """``"\\u200b\\x00"`` → ``"U+200B ZERO WIDTH SPACE, U+0000 NULL"`` (each once, in order)."""
    names = []
    for ch in dict.fromkeys(chars):
        name = unicodedata.name(ch, "") or _C0_NAMES.get(ord(ch), "CONTROL")
        names.append(f"U+{ord(ch):04X} {name}")
    return ", ".join(names)


_C0_NAMES = {0: "NULL", 7: "BELL", 8: "BACKSPACE", 9: "TAB", 10: "LINE FEED", 13: "CARRIAGE RETURN"}
_C0_NAMES.update({0x1B: "ESCAPE", 0x7F: "DELETE", 0x9B: "CONTROL SEQUENCE INTRODUCER"})


def _removed(text: str, pattern: re.Pattern[str]) -> str:
    return "".join(pattern.findall(text))


def clean_field(value: str, *, multiline: bool = False) -> tuple[str, str]:
    """(the cleaned text, the characters removed). Line breaks and tabs become a space (kept as
    ``\\n`` when ``multiline``); other control and invisible characters go; NFC; trimmed."""
    if not value:
        return "", ""
    if value.isascii() and value.isprintable():  # the common case: nothing to do
        return value.strip(), ""
    text = unicodedata.normalize("NFC", value)
    removed = _removed(text, _CONTROL_RE) + _removed(text, _INVISIBLE_RE)
    text = _INVISIBLE_RE.sub("", _CONTROL_RE.sub("", text))
    if multiline:
        text = re.sub(r"\r\n?|[\u2028\u2029\x85]", "\n", text).replace("\t", " ")
    else:
        text = _SPACES_RE.sub(" ", _BREAKS_RE.sub(" ", text))
    return text.strip(), removed


def clean_email(value: str) -> tuple[str, str]:
    """An e-mail address as an identifier: NFKC (full-width ``ａ`` is ``a``), lower case, with
    control, invisible and white-space characters removed (they never belong in an address)."""
    if not value:
        return "", ""
    if value.isascii() and value.isprintable() and " " not in value.strip():
        return value.strip().lower(), ""
    text = unicodedata.normalize("NFKC", value).strip()
    removed = _removed(text, _CONTROL_RE) + _removed(text, _INVISIBLE_RE)
    removed += "".join(ch for ch in text if ch.isspace())
    text = _INVISIBLE_RE.sub("", _CONTROL_RE.sub("", text))
    text = "".join(ch for ch in text if not ch.isspace())
    return text.lower(), removed


def for_terminal(text: str) -> str:
    """``text`` safe to write to a terminal: control and bidi characters (except line feed and
    tab) as visible escapes (``\\x1b``, ``\\u202e``)."""
    if text.isascii() and text.isprintable():
        return text
    return _TERMINAL_RE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def json_for_terminal(text: str) -> str:
    """JSON text with C1 controls and bidi marks escaped as ``\\uXXXX`` (still the same JSON
    value; ``json.dumps`` escapes only C0)."""
    return _TERMINAL_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# --- masking -------------------------------------------------------------------------------------

_URL_PASSWORD = re.compile(r"([a-z][a-z0-9+.\-]*://[^:/@\s]*):([^@\s]*)@", re.IGNORECASE)
_DSN_PASSWORD = re.compile(r"(\bpassword\s*=\s*)('[^']*'|\S+)", re.IGNORECASE)
_BADGE = re.compile(r"\b([A-HJ-NP-Z2-9]{4})-[A-HJ-NP-Z2-9]{10,40}\b")
_EMAIL = re.compile(r"(?<![\w.+-])([^\W_])[\w.+-]*@([\w-]+(?:\.[\w-]+)+)")


def mask_password(text: str) -> str:
    """A database URL (or a libpq ``password=`` setting) with its password as ``***``."""
    return _DSN_PASSWORD.sub(r"\1***", _URL_PASSWORD.sub(r"\1:***@", text))


def mask_secrets(text: str) -> str:
    """Passwords, badge codes (``ABCD-***``) and e-mail addresses (``a***@x.lt``) masked."""
    text = mask_password(text)
    text = _BADGE.sub(r"\1-***", text)
    return _EMAIL.sub(r"\1***@\2", text)
