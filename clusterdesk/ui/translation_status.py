"""Reading the UI's ``.ts`` translation files (no Qt needed): what each holds, what is left to
translate, and whether every translation keeps its placeholders.

``python -m clusterdesk.ui.translation_status resources/translations`` prints a line per file
(``make translations`` runs it after updating them); the translation tests use the same functions.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

# %1, %n, {0}, {name}, {3:.1f}: what the code fills in, which every translation must keep
PLACEHOLDER = re.compile(r"%\d+|%n|\{[A-Za-z0-9_]*(?::[^}]*)?\}")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


def read_ts(path: Path) -> list[Entry]:
    """Every message of a ``.ts`` file except vanished and obsolete ones."""
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            entries.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    numerus,
                    texts,
                    kind == "unfinished" or not any(texts),
                )
            )
    return entries


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def placeholder_problems(entries: list[Entry]) -> list[str]:
    """Translations whose placeholders differ from their source's (a plural form may leave out
    %n, as "one" forms sometimes do, but must not invent any)."""
    problems = []
    for e in entries:
        wanted = placeholders(e.source)
        for text in e.translations:
            found = placeholders(text)
            if not text or found == wanted:
                continue
            if e.numerus and sorted([*found, "%n"]) == wanted:
                continue
            problems.append(f"{e.context}: {e.source!r} -> {text!r}: {found} != {wanted}")
    return problems


def status(path: Path) -> str:
    entries = read_ts(path)
    left = sum(1 for e in entries if e.unfinished)
    bad = len(placeholder_problems(entries))
    return f"{path.name}: {len(entries)} messages, {left} to translate, {bad} placeholder problems"


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "resources/translations")
    problems = 0
    for path in sorted(folder.glob("*.ts")):
        line = status(path)
        sys.stdout.write(line + "\n")
        problems += 0 if line.endswith(", 0 to translate, 0 placeholder problems") else 1
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
