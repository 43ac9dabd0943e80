"""Decoding import files: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1257 and -1252.

UTF-8 is tried first (strict); a file that is not valid UTF-8 is one of the two single-byte code
pages the region's spreadsheets write: Windows-1257 (Baltic) or Windows-1252 (Western). Both decode
any byte string, so we decode with each and keep the text that looks more like people's names
(:func:`plausibility`). The score is made of small, well-known facts about the region's spelling:

* every word's accented letters should belong to one language's alphabet ("Kęstutis" is Lithuanian;
  "Siguršardóttir" — Icelandic read as Baltic — mixes Lithuanian š with Icelandic ó: no language);
* a spacing symbol (¨ ˇ ¸ ¯ ˛ ª º …) glued to a letter is a decoding accident ("¨degård");
* position rules: Icelandic ð never starts a word and þ rarely leaves the start; French è is never
  followed by a vowel ("Vaièiulis" is Lithuanian č read as Western); Polish ń ś ć are never
  followed by a vowel ("Muńoz" is Spanish ñ read as Baltic); Baltic long vowels (ą ė ū ā ē …)
  do not follow another vowel except i, nor precede one, while the diaeresis (Noël, Loïc) follows one.

Ties go to Windows-1257: this is a Baltic product and identical texts make the choice moot.
tests/importing/test_import_encoding.py measures the decision on name files of both families.
"""

from __future__ import annotations

import codecs
import re

from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import CodedError, msg

SINGLE_BYTE = ("cp1257", "cp1252")

# Accented letters (lower case) of the languages whose names these code pages carry.
ALPHABETS: dict[str, str] = {
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūžōŗ",
    "et": "äõöüšž",
    "pl": "ąćęłńóśźż",
    "fi": "äöåšž",
    "sv": "åäöé",
    "da": "æøåéö",
    "de": "äöüßé",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíóúñü",
    "pt": "áâãàçéêíóôõú",
    "it": "àèéìíîòóù",
    "nl": "éëïèöüáó",
    "is": "áéíóúýþæöð",
}
_VOWELS = set("aeiouyAEIOUY")
_BALTIC_VOWELS = set("ąęėįųūāēīōĄĘĖĮŲŪĀĒĪŌ")
_NOT_BEFORE_VOWEL = set("ńśćèÈŃŚĆ")  # Polish writes "ni/si/ci" there; French è precedes consonants
_DIAERESIS = set("ëïÿËÏ")
_WORD_INITIAL_ONLY = set("þÞ")
_NEVER_INITIAL = set("ðÐùÙ")
_WORD_FINAL_OR_INITIAL = set("àÀìÌòÒ")  # Italian/French/Catalan: at the edges of a word
_PALATAL = set("ķģĶĢ")  # Latvian: between a vowel (or š) and a vowel
_BENIGN_SYMBOLS = set("„“”‘’«»–—…·°€\u00a0×")
_ACCENTED_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*")
_SYMBOL = re.compile(r"[^\x00-\x7f\w\s]|[ªº]")


def _language_ok(letters: set[str]) -> bool:
    return any(letters <= set(alphabet) for alphabet in ALPHABETS.values())


def _word_score(word: str) -> float:
    accented = {ch.lower() for ch in word if ord(ch) > 127}
    if not accented:
        return 0.0
    score = 1.0 if _language_ok(accented) else -2.0
    last = len(word) - 1
    for i, ch in enumerate(word):
        if ord(ch) < 128:
            continue
        before = word[i - 1] if i > 0 else ""
        after = word[i + 1] if i < last else ""
        if ch in _NEVER_INITIAL and i == 0:
            score -= 2
        if ch in _WORD_INITIAL_ONLY and i > 0:
            score -= 2
        if ch in _WORD_FINAL_OR_INITIAL and 0 < i < last:
            score -= 1
        if ch in "çÇ" and after.lower() not in ("a", "o", "u"):
            score -= 1
        if ch in "ãÃ" and after and after.lower() not in ("o", "e"):
            score -= 1
        if ch in "ñÑ" and (not after or after not in _VOWELS):
            score -= 1
        if ch in "èÈ" and before in _VOWELS:
            score -= 1
        if ch in _NOT_BEFORE_VOWEL and after in _VOWELS:
            score -= 1
        if ch in _BALTIC_VOWELS and (
            (before in _VOWELS and before not in "iI") or after in _VOWELS
        ):
            score -= 1
        if ch in _DIAERESIS and before and before not in _VOWELS:
            score -= 1
        if ch in "ųŲ" and after:  # Lithuanian ų ends words (genitive plural)
            score -= 1
        if ch in "įĮ" and before and after:  # Lithuanian į starts or ends words
            score -= 0.5
        if ch in _PALATAL and (
            not after
            or after.isalpha()
            and after not in _VOWELS
            and ord(after) < 128
            or before
            and before not in _VOWELS
            and before not in "sšzžSŠZŽ"
        ):
            score -= 1
    return score


def plausibility(text: str) -> float:
    """How much ``text`` looks like names and places of the Baltic Sea region (higher is better)."""
    score = 0.0
    for m in _ACCENTED_WORD.finditer(text):
        score += _word_score(m.group())
    for m in _SYMBOL.finditer(text):
        ch, at = m.group(), m.start()
        if ch in _BENIGN_SYMBOLS:
            continue
        glued = (at > 0 and text[at - 1].isalpha()) or (
            at + 1 < len(text) and text[at + 1].isalpha()
        )
        score -= 3 if glued else 1
    return score


def canonical_encoding(name: str) -> str:
    """A Python codec name for what a user typed (``windows-1257``, ``utf8``, ``latin1`` …)."""
    try:
        return codecs.lookup(name.strip()).name
    except LookupError as exc:
        raise UserError(
            f"Unknown encoding {name!r} (try utf-8, windows-1257 or windows-1252)"
        ) from exc


def _decode_with(data: bytes, encoding: str, file: str) -> str:
    if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = f"0x{data[exc.start]:02x}"
        raise CodedError(
            msg("file.bad_encoding", file=file, line=line, encoding=encoding, byte=byte)
        ) from exc


def decode(data: bytes, file: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with (given, or detected)."""
    if encoding:
        enc = canonical_encoding(encoding)
        return _decode_with(data, enc, file), enc
    if data.startswith(codecs.BOM_UTF8):
        return _decode_with(data, "utf-8-sig", file), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_with(data, "utf-16", file), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise CodedError(msg("file.not_text", file=file))
    texts: dict[str, str] = {}
    for enc in SINGLE_BYTE:
        try:
            texts[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if not texts:
        raise CodedError(msg("file.unknown_encoding", file=file))
    best = max(texts, key=lambda enc: (plausibility(texts[enc]), enc == "cp1257"))
    return texts[best], best
