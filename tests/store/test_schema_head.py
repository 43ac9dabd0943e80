"""Opening a current event needs no Alembic: the head revision the fast path compares with is
Alembic's own, and a per-scan `clusterdesk checkin` does not import it."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from clusterdesk.services.events import create_event
from clusterdesk.store.schema import HEAD_REVISION, current_revision, head_revision


def test_the_fast_path_head_is_alembics_head() -> None:
    assert HEAD_REVISION == head_revision()


def test_opening_a_current_event_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "e.cdesk"
    db = create_event(path, name="Forum", start=date(2026, 5, 14))
    assert current_revision(db) == HEAD_REVISION
    db.dispose()
    code = (
        "import sys\n"
        "from clusterdesk.services.events import open_event\n"
        f"open_event({str(path)!r}).dispose()\n"
        "print(sorted(m for m in sys.modules if m == 'alembic' or m.startswith('alembic.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
