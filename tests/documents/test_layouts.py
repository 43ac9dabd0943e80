"""Layout files: every shipped one loads; a bad one fails clearly, naming file and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clusterdesk.core.errors import UserError
from clusterdesk.documents.badges import render_badges
from clusterdesk.documents.layouts import (
    MIN_QR_MM,
    LayoutError,
    QrElement,
    builtin_dir,
    list_layouts,
    load_layout,
)
from tests.documents.helpers import records

SHIPPED = {
    "a6-portrait",
    "a6-4up-a4",
    "cr80-card",
    "cr80-portrait",
    "brother-ql-62x100",
    "durable-54x90-a4",
    "a4-foldover-agenda",
}

GOOD = {
    "title": "Mine",
    "page": {"width": 100, "height": 60},
    "elements": [
        {"type": "text", "field": "first_name", "x": 5, "y": 5, "w": 60, "h": 12, "size": 20},
        {"type": "qr", "x": 70, "y": 5, "size": 25},
    ],
}


def write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_every_shipped_layout_loads_and_every_qr_is_big_enough() -> None:
    infos = {i.name: i for i in list_layouts()}
    assert SHIPPED <= set(infos)
    for name in SHIPPED:
        assert infos[name].error is None and infos[name].builtin
        layout = load_layout(name)
        qrs = [e for e in layout.elements if isinstance(e, QrElement)]
        assert qrs and all(q.w >= MIN_QR_MM for q in qrs), name


def test_user_layouts_are_listed_and_override_builtins(tmp_path: Path) -> None:
    write(tmp_path, "mine.json", GOOD)
    write(tmp_path, "broken.json", "{not json")
    infos = {i.name: i for i in list_layouts(tmp_path)}
    assert infos["mine"].title == "Mine" and not infos["mine"].builtin
    assert infos["broken"].error is not None and "broken.json" in infos["broken"].error
    assert load_layout("mine", tmp_path).page_width == 100
    write(tmp_path, "a6-portrait.json", GOOD)
    assert load_layout("a6-portrait", tmp_path).title == "Mine"
    assert load_layout("a6-portrait").title != "Mine"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["elements"][0].update(x="ten"),
            'bad.json: elements[0].x: expected a number, got "ten"',
        ),
        (
            lambda d: d["elements"][1].update(size=12),
            "bad.json: elements[1].size: must be at least 18 mm",
        ),
        (
            lambda d: d["elements"][0].update(colr="#000000"),
            "bad.json: elements[0].colr: unknown field",
        ),
        (
            lambda d: d["elements"][0].update(w=99),
            "bad.json: elements[0]: the element ends at 104 mm, beyond the label width 100 mm",
        ),
        (
            lambda d: d["elements"][0].update(field="nickname"),
            "bad.json: elements[0].field: expected one of",
        ),
        (
            lambda d: d["elements"][0].update(ellipsize=True),
            "bad.json: elements[0].ellipsize: first_name is never cut short",
        ),
        (
            lambda d: d["elements"][0].update(colour="red"),
            'bad.json: elements[0].colour: expected a colour like "#1a5fb4"',
        ),
        (
            lambda d: d["elements"][1].update(type="barcode"),
            "bad.json: elements[1].type: expected one of",
        ),
        (lambda d: d["page"].pop("height"), "bad.json: page.height: missing (required)"),
        (
            lambda d: d.update(grid={"columns": 2, "rows": 1}, label={"width": 60, "height": 60}),
            "bad.json: grid: 2 columns of 60 mm",
        ),
        (lambda d: d.update(elements={}), "bad.json: elements: expected a list"),
    ],
)
def test_bad_layout_names_file_and_field_and_nothing_is_written(
    tmp_path: Path, change: object, message: str
) -> None:
    data = json.loads(json.dumps(GOOD))
    change(data)  # type: ignore[operator]
    path = write(tmp_path, "bad.json", data)
    out = tmp_path / "badges.pdf"
    with pytest.raises(LayoutError) as err:
        render_badges(records(), load_layout(path), out, event_name="X")
    assert str(err.value).startswith(message), str(err.value)
    assert isinstance(err.value, UserError)
    assert not out.exists()


def test_invalid_json_and_unknown_name(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", '{"page": {"width": 10,}}')
    with pytest.raises(LayoutError, match=r"^bad.json: not valid JSON at line 1, column 23"):
        load_layout(path)
    with pytest.raises(LayoutError, match="no badge layout named 'nope'; known: .*a6-portrait"):
        load_layout("nope", tmp_path)


def test_shipped_files_have_no_unknown_fields() -> None:
    # parse_layout rejects unknown keys; this guards the files against hand edits
    for path in builtin_dir().glob("*.json"):
        load_layout(path)
