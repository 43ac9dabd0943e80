"""Documents in the event's language: Lithuanian agendas, table sheets and reports read back
from real PDFs; the documents' catalogue complete; Lithuanian plurals in three forms."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

import clusterdesk
from clusterdesk.documents.words import LT, PLURALS, words
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event, update_event
from clusterdesk.services.printing import AGENDA, REPORT, TABLE_SHEET, PrintChoices, prepare, render
from clusterdesk.store.engine import EventDB
from tests.printing.helpers import place_meetings

PACKAGE = Path(clusterdesk.__file__).parent


@pytest.fixture(scope="module")
def lt_event(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EventDB]:
    path = tmp_path_factory.mktemp("lt") / "lt.cdesk"
    build_demo(path, participants=30)
    db = open_event(path)
    update_event(db, language="lt")
    place_meetings(db, 30)
    yield db
    db.dispose()


def _pdf_text(db: EventDB, kind: str, out: Path) -> str:
    render(prepare(db, PrintChoices(kind)), out)
    with pdfplumber.open(out) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_lithuanian_agendas(lt_event: EventDB, tmp_path: Path) -> None:
    text = _pdf_text(lt_event, AGENDA, tmp_path / "a.pdf")
    for phrase in ("Asmeninė darbotvarkė", "Jūsų susitikimai", "Programa", "Susitikimas su"):
        assert phrase in text
    assert "2026 m. gegužės 14 d." in text and "Išspausdinta" in text
    assert "Lietuva" in text and "Lithuania\n" not in text
    assert "Personal agenda" not in text and "Your meetings" not in text


def test_lithuanian_table_sheets_and_report(lt_event: EventDB, tmp_path: Path) -> None:
    sheets = _pdf_text(lt_event, TABLE_SHEET, tmp_path / "t.pdf")
    assert "Stalo lapas" in sheets and "Stalas T1" in sheets and "Neatvyko" in sheets
    assert any(w in sheets for w in ("susitikimas", "susitikimai", "susitikimų"))
    report = _pdf_text(lt_event, REPORT, tmp_path / "r.pdf")
    assert "Statistikos ataskaita" in report and "Pagrindiniai rodikliai" in report
    assert "Key figures" not in report


def test_english_event_stays_english(tmp_path: Path) -> None:
    build_demo(tmp_path / "en.cdesk", participants=12)
    db = open_event(tmp_path / "en.cdesk")
    try:
        text = _pdf_text(db, AGENDA, tmp_path / "a.pdf")
    finally:
        db.dispose()
    assert "Personal agenda" in text and "14 May 2026" in text and "Lithuania" in text


@pytest.mark.parametrize(
    "n,form",
    [
        (1, "1 susitikimas"),
        (21, "21 susitikimas"),
        (2, "2 susitikimai"),
        (9, "9 susitikimai"),
        (22, "22 susitikimai"),
        (0, "0 susitikimų"),
        (10, "10 susitikimų"),
        (11, "11 susitikimų"),
        (15, "15 susitikimų"),
        (111, "111 susitikimų"),
    ],
)
def test_lithuanian_plurals(n: int, form: str) -> None:
    assert words("lt").plural("{n} meetings", n) == form


def test_english_plurals_and_dates() -> None:
    w = words("en")
    assert w.plural("{n} meetings", 1) == "1 meeting"
    assert w.plural("{n} meetings", 2) == "2 meetings"
    assert w.dates(date(2026, 5, 14), date(2026, 5, 15)) == "14–15 May 2026"
    assert words("lt").dates(date(2026, 5, 14), date(2026, 5, 15)) == "2026 m. gegužės 14–15 d."
    assert words("lt").decimal(2.5) == "2,5"


def _messages() -> set[str]:
    """Every literal message the documents ask their Words for: ``w("…")`` calls."""
    found: set[str] = set()
    for path in [*PACKAGE.joinpath("documents").glob("*.py"), *PACKAGE.glob("services/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "w"
                and node.args
            ):
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


def test_every_document_message_is_translated() -> None:
    messages = _messages()
    assert len(messages) > 40
    missing = sorted(messages - set(LT))
    assert not missing, missing
    for english, lithuanian in LT.items():  # placeholders match
        assert sorted(_fields(english)) == sorted(_fields(lithuanian)), english
    for forms in PLURALS.values():
        assert len(forms["en"]) == 2 and len(forms["lt"]) == 3


def _fields(text: str) -> list[str]:
    import string

    return [f for _, f, _, _ in string.Formatter().parse(text) if f]
