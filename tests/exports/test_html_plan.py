"""The self-contained HTML plan: parsed (nothing external, markup escaped) and searched in a real
browser (Debian's Chromium through Playwright): as you type, diacritics ignored, on a phone."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from clusterdesk.services.exports import export
from clusterdesk.services.participants import ParticipantInput, create_participant
from tests.documents.helpers import PEOPLE
from tests.exports.forum import MARKUP, Forum


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in = dict(attrs).get("type") or "js"
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self.scripts[-1] += data


def plan_with_markup(forum: Forum, tmp_path: Path) -> Path:
    create_participant(
        forum.db,
        ParticipantInput(first_name=MARKUP, last_name="Žvirblis", email="markup@example.org"),
    )
    out = tmp_path / "plan.html"
    export(forum.db, out, fmt="html", what="meetings")
    return out


def test_self_contained_and_escaped(forum: Forum, tmp_path: Path) -> None:
    out = plan_with_markup(forum, tmp_path)
    page = out.read_text(encoding="utf-8")
    parser = Tags()
    parser.feed(page)
    assert [t for t, _a in parser.tags if t == "script"] == ["script", "script"]
    for tag, attrs in parser.tags:
        assert not attrs.get("src") and tag not in ("link", "img", "iframe")
        assert not (attrs.get("href") or "#").startswith(("http", "//"))
    assert not re.search(r"url\(|@import|https?://", page)
    assert MARKUP not in page and "<b>Bold</b>" not in page  # only as escaped JSON data
    data = json.loads(parser.scripts[0])
    names = [p[0] for p in data["people"]]
    assert f"{MARKUP} Žvirblis" in names
    for first, last, _org, _country in PEOPLE:
        assert f"{first} {last}" in names


def _search(page: Any, text: str) -> list[str]:
    page.fill("#q", "")
    page.click("#q")
    page.keyboard.type(text, delay=5)
    page.wait_for_function("window.__lastSearchMs !== undefined")
    return page.eval_on_selector_all("#results .card h3", "els => els.map(e => e.textContent)")


def test_search_as_you_type_in_chromium(browser: Any, forum: Forum, tmp_path: Path) -> None:
    out = plan_with_markup(forum, tmp_path)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(out.as_uri())
    page.wait_for_function("window.__ready === true")
    assert page.title() == "Baltic Cluster Forum 2018 – meeting plan"
    assert _search(page, "setkus") == ["Kęstutis Šetkus"]  # diacritics ignored
    card = page.inner_text("#results .card")
    a = PEOPLE.index(("Kęstutis", "Šetkus", "Lietuvos inovacijų centras", "Lithuania"))
    for x, y, slot, table in forum.pairs:
        if a in (x, y):
            other = PEOPLE[y if x == a else x]
            assert f"{other[0]} {other[1]}" in card
            assert f"{14 + 20 * slot // 60}:{20 * slot % 60:02d}" in card and table in card
    assert _search(page, "SIGURDARDOTTIR") == ["Þórunn Sigurðardóttir"]
    assert _search(page, "lukasz zolk") == ["Łukasz Żółkiewski"]
    assert _search(page, "фесенко") == ["Олена Фесенко"]
    assert _search(page, "gross") == ["Jürgen Groß"]
    assert _search(page, "zvirblis") == [f"{MARKUP} Žvirblis"]
    assert page.eval_on_selector_all("#results b, #results script", "els => els.length") == 0
    assert _search(page, "nobody-like-this") == [] and page.inner_text("#hint") == "Nobody matches."
    page.close()


def test_phone_width_and_print(browser: Any, forum: Forum, tmp_path: Path) -> None:
    out = plan_with_markup(forum, tmp_path)
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(out.as_uri())
    page.wait_for_function("window.__ready === true")
    _search(page, "kowalska")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.search')).display") == "none"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
    page.close()
