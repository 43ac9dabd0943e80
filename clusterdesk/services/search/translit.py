"""Latin spellings of Cyrillic words, so that a desk operator on a Latin keyboard finds Фесенко by
typing "fesenko" (and Шевчук by "shevchuk", Григорій by "hryhorii" or "grigorii").

A name in Cyrillic reaches a Latin-keyboard desk as its bearer's passport spells it, or as the
operator hears it. Which language the name is in is not known, so a word gets each spelling that
the official systems give it — written with translitua, a maintained library of the official
tables:

* Ukrainian national system (Cabinet of Ministers 2010; Ukrainian passports; BGN/PCGN 2019 and
  UNGEGN adopted it): Г→h, И→y, Х→kh, Й→i/y, Щ→shch;
* Russian ICAO Doc 9303 (Russian passports since 2013): Г→g, И→i, Й→i, Ю→iu, Я→ia;
* Russian international passports 1997–2010 (still the spelling most people know): Й→y, Ю→yu,
  Я→ya.

A Russian spelling that leaves Cyrillic behind (Ukrainian і, ї, є, ґ) is not a Russian word and is
dropped. Apostrophes vanish; the result is folded like every other index word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from translitua import (
    RussianICAO,
    RussianInternationalPassport1997,
    UkrainianKMU,
    translit,
)

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_TABLES = (UkrainianKMU, RussianICAO, RussianInternationalPassport1997)
_DROP = str.maketrans("", "", "'’ʼ`\"")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=1 << 15)
def latin_spellings(word: str) -> tuple[str, ...]:
    """The distinct lower-case Latin spellings of a folded Cyrillic ``word`` (none for a word
    without Cyrillic)."""
    if not has_cyrillic(word):
        return ()
    out: list[str] = []
    for table in _TABLES:
        spelled = translit(word, table).translate(_DROP).casefold()
        if spelled and not has_cyrillic(spelled) and spelled not in out:
            out.append(spelled)
    return tuple(out)
