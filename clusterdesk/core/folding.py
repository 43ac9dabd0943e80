"""Text normalisation: NFC for storage and printing, a folded key for search.

``fold("Šetkus")`` == ``fold("setkus")`` == "setkus": diacritics and case are ignored so that a
desk volunteer can type plain ASCII and still find Kęstutis Šetkus, Jürgen Groß or Þórunn.
"""

from __future__ import annotations

import unicodedata

# Letters that are not "letter + combining mark" in Unicode and therefore survive NFKD stripping.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
        "ŀ": "l",
        "Ŀ": "l",
    }
)


def nfc(text: str | None) -> str:
    """Trim and NFC-normalise; ``None`` becomes the empty string."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", text).strip()


def fold(text: str | None) -> str:
    """A search key: lower case, no diacritics, single spaces. Cyrillic and Greek stay themselves."""
    if not text:
        return ""
    if text.isascii():  # most e-mail addresses and many names: nothing to strip
        return " ".join(text.casefold().split())
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())
