"""Alphabetical order by the collation of the event's language (ICU, through ``pyicu-wheels``).

Code-point order puts Šetkus, Łukaszewska and Ģērmanis after Z. ICU's collators follow the
Unicode Collation Algorithm with the CLDR tailorings: in English (the CLDR root order) Š sorts
with S, Ł with L and Ģ with G; in Lithuanian Š comes after S, Ž after Z and Y between I/Į and J.

Every list and every print order sorts in Python with :func:`sort_key` — the Participants page
and the desk (the in-memory search), badges, agendas, table cards, the catalogue, the exports —
so an event on SQLite and one on PostgreSQL sort the same way without depending on the
server's collations (a PostgreSQL built without ICU has none for Lithuanian).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, TypeVar

LANGUAGES = ("en", "lt")  # the languages an event's documents and order can be in
DEFAULT_LANGUAGE = "en"
T = TypeVar("T")

# One collator per language for the process, used under a lock: ICU objects are not to be used
# from two threads at once, and a per-thread one would be made and freed again for every job of
# a Qt worker thread (its Python thread state, and so its thread-locals, end with each call).
_collators: dict[str, Any] = {}
_lock = threading.Lock()


def check_language(language: str) -> str:
    """``language`` when ClusterDesk knows it; raises ``ValueError`` otherwise."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (use {' or '.join(LANGUAGES)})")
    return language


def _collator(language: str) -> Any:
    """The language's collator (call with ``_lock`` held)."""
    c = _collators.get(language)
    if c is None:
        import icu  # pyicu-wheels: PyICU with ICU in the wheel (imported when first sorting)

        # English is the CLDR root order (the DUCET); Lithuanian has its own tailoring
        c = _collators[language] = icu.Collator.createInstance(icu.Locale(language))
    return c


@lru_cache(maxsize=1 << 17)
def sort_key(text: str, language: str = DEFAULT_LANGUAGE) -> bytes:
    """A key that orders ``text`` alphabetically in ``language`` (bytes compare as ICU says)."""
    with _lock:
        key: bytes = _collator(language).getSortKey(text)
    return key


def sorted_texts(texts: Iterable[str], language: str = DEFAULT_LANGUAGE) -> list[str]:
    return sorted(texts, key=lambda t: sort_key(t, language))


def keyed(language: str, *fields: Callable[[T], str]) -> Callable[[T], tuple[bytes, ...]]:
    """A sort key for records by several text fields in turn (e.g. last, then first name)."""

    def key(item: T) -> tuple[bytes, ...]:
        return tuple(sort_key(f(item), language) for f in fields)

    return key
