"""Countries as ISO 3166-1 alpha-2 codes (pycountry and its translations).

An import or an edit gives a country as a code ("LT", "LTU") or a name in English, Lithuanian or
another language of the region ("Lietuva", "Latvija", "Eesti", "Deutschland", "Polska", "Suomi");
:func:`recognise` turns each into its code, so "Lietuva" and "Lithuania" are one country. What is
not recognised is kept as written (and the import lists it). :func:`country_name` shows a code in a
language: the event's for documents, the interface's on screen.
"""

from __future__ import annotations

import gettext
import threading
from functools import lru_cache
from typing import Any

from clusterdesk.core.folding import fold

# Names in these languages are recognised: English, the Baltic Sea region's and a few more that
# forum participants write their country in.
NAME_LANGUAGES = "lt lv et de pl fi sv da nb_NO nn is ru uk be fr es it nl cs".split()
# Everyday names that are neither the ISO short name nor a translation of it.
ALIASES = {
    "russia": "RU",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "usa": "US",
    "us": "US",
    "america": "US",
    "holland": "NL",
    "czech republic": "CZ",
    "south korea": "KR",
    "korea": "KR",
    "iran": "IR",
    "turkey": "TR",
    "moldova": "MD",
    "россия": "RU",
    "rusija": "RU",  # Lithuanian everyday name (ISO: Rusijos Federacija)
    "jav": "US",  # Lithuanian abbreviation (Jungtinės Amerikos Valstijos)
    "didžioji britanija": "GB",
}

_lock = threading.Lock()


@lru_cache(maxsize=64)
def _translation(language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Folded name or code -> alpha-2 code."""
    import pycountry

    with _lock:
        found: dict[str, str] = {}
        for alias, code in ALIASES.items():
            found[fold(alias)] = code
        for language in NAME_LANGUAGES:
            t = _translation(language)
            for c in pycountry.countries:
                for name in _english_names(c):
                    found.setdefault(fold(t.gettext(name)), c.alpha_2)
        for c in pycountry.countries:  # English (and the codes) win over a translation
            for name in _english_names(c):
                found[fold(name)] = c.alpha_2
            found[c.alpha_2.casefold()] = c.alpha_2
            found[c.alpha_3.casefold()] = c.alpha_2
        return found


def _english_names(c: object) -> list[str]:
    return [
        n
        for n in (
            getattr(c, "name", ""),
            getattr(c, "common_name", ""),
            getattr(c, "official_name", ""),
        )
        if n
    ]


def recognise(text: str) -> str | None:
    """The alpha-2 code of the country ``text`` names (a name or a code), ``None`` if unknown."""
    key = fold(text).strip(" .")
    if not key:
        return None
    return _index().get(key)


def normalise(text: str) -> str:
    """What to store: the code when recognised, else the text as given (trimmed)."""
    return recognise(text) or text.strip()


def is_code(value: str) -> bool:
    return _country(value) is not None


def _country(value: str) -> Any:
    if len(value) != 2 or not value.isupper():
        return None
    import pycountry  # imported when first needed: a per-scan check-in never is

    return pycountry.countries.get(alpha_2=value)


@lru_cache(maxsize=4096)
def country_name(value: str, language: str = "en") -> str:
    """A stored country in ``language``: "LT" is "Lithuania" in English, "Lietuva" in Lithuanian;
    a value that is not a code (not recognised at import) is shown as it is."""
    c = _country(value)
    if c is None:
        return value
    english = getattr(c, "common_name", "") or c.name
    if language == "en":
        return str(english)
    translated = _translation(language).gettext(c.name)
    if getattr(c, "common_name", "") and translated == c.name:
        translated = _translation(language).gettext(english)
    return translated
