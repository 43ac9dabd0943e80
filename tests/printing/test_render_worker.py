"""Big jobs render in a separate process: the same PDF as in-process rendering, cancel writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterdesk.documents.output import RenderCancelled
from clusterdesk.services.printing import PrintChoices, prepare, render
from clusterdesk.store.engine import EventDB
from clusterdesk.ui.printing.render_worker import render_in_process
from tests.printing.helpers import pdf_pages, pdf_text


@pytest.mark.parametrize("kind", ["badge", "table_card"])
def test_process_render_equals_thread_render(demo_db: EventDB, tmp_path: Path, kind: str) -> None:
    job = prepare(demo_db, PrintChoices(kind=kind, layout="a6-4up-a4"))  # type: ignore[arg-type]
    seen: list[tuple[int, int]] = []
    stats = render_in_process(job, tmp_path / "proc.pdf", lambda d, t: seen.append((d, t)))
    here = render(job, tmp_path / "here.pdf")
    assert (stats.items, stats.pages) == (here.items, here.pages) == (job.items, job.pages)
    assert pdf_pages(tmp_path / "proc.pdf") == job.pages
    assert pdf_text(tmp_path / "proc.pdf") == pdf_text(tmp_path / "here.pdf")
    assert seen and seen[-1] == (job.items, job.items)


def test_cancelled_process_render_writes_nothing(demo_db: EventDB, tmp_path: Path) -> None:
    job = prepare(demo_db, PrintChoices(layout="a6-4up-a4"))
    out = tmp_path / "never.pdf"
    with pytest.raises(RenderCancelled):
        render_in_process(job, out, cancelled=lambda: True)
    assert not out.exists()
