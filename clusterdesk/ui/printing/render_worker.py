"""Render a big print job's PDF in a separate process (no Qt there).

reportlab keeps Python's GIL for a few long steps (loading fonts, collecting garbage near the end
of thousands of badges): on a worker thread of the app each step would pause the GUI for up to
~0.5 s. :func:`render_in_process` is called on a worker thread; it pickles the prepared job, runs
``python -m clusterdesk.ui.printing.render_worker JOB OUT`` and relays its ``progress N TOTAL``
lines, killing it on cancel (the renderer writes its output only when complete).
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from clusterdesk.core.errors import UserError
from clusterdesk.documents.output import Document, Progress, RenderCancelled, RenderStats
from clusterdesk.services.printing import PreparedJob


def in_process_available() -> bool:
    """Whether ``sys.executable -m MODULE`` runs a module: Python does, and so does the frozen
    bundle's executable (clusterdesk.frozen, its entry point)."""
    return not getattr(sys, "frozen", False) or "clusterdesk.frozen" in sys.modules


def render_in_process(
    job: PreparedJob,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RenderStats:
    if job.nothing:
        raise UserError(job.nothing)
    with tempfile.TemporaryDirectory(prefix="clusterdesk-render-") as folder:
        job_file = Path(folder) / "job.pickle"
        job_file.write_bytes(pickle.dumps(_payload(job), protocol=pickle.HIGHEST_PROTOCOL))
        stats_file = Path(folder) / "stats.pickle"
        command = [
            sys.executable,
            "-m",
            "clusterdesk.ui.printing.render_worker",
            str(job_file),
            str(out),
            str(stats_file),
        ]
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        watcher = threading.Thread(target=_watch, args=(proc, cancelled), daemon=True)
        watcher.start()
        assert proc.stdout is not None
        for line in proc.stdout:
            parts = line.split()
            if progress is not None and len(parts) == 3 and parts[0] == "progress":
                progress(int(parts[1]), int(parts[2]))
        error = proc.stderr.read() if proc.stderr is not None else ""
        code = proc.wait()
        if cancelled is not None and cancelled():
            raise RenderCancelled("Rendering was cancelled; nothing was written.")
        if code == 2:
            raise UserError(error.strip().splitlines()[-1] if error.strip() else "Cannot render")
        if code != 0:
            raise RuntimeError(f"the render worker failed (exit {code}): {error.strip()[-2000:]}")
        stats: RenderStats = pickle.loads(stats_file.read_bytes())
        return stats


_RECORD, _TUPLE = "\0record", "\0tuple"


def _pack(value: Any) -> Any:
    """A document as plain tuples: pickling 5,000 dataclasses is one ~0.4 s C call holding the
    GIL; building tuples runs as Python (the GUI thread keeps getting its turns); tuples pickle
    fast. Every tuple is tagged, so user text can never be mistaken for a tag."""
    if is_dataclass(value) and not isinstance(value, type):
        return (_RECORD, type(value), tuple(_pack(getattr(value, f.name)) for f in fields(value)))
    if isinstance(value, tuple):
        return (_TUPLE, tuple(_pack(v) for v in value))
    if isinstance(value, list):
        return [_pack(v) for v in value]
    if isinstance(value, dict):
        return {k: _pack(v) for k, v in value.items()}
    return value


def _unpack(value: Any) -> Any:
    if isinstance(value, tuple) and value and value[0] == _RECORD:
        return value[1](*(_unpack(v) for v in value[2]))
    if isinstance(value, tuple) and value and value[0] == _TUPLE:
        return tuple(_unpack(v) for v in value[1])
    if isinstance(value, list):
        return [_unpack(v) for v in value]
    if isinstance(value, dict):
        return {k: _unpack(v) for k, v in value.items()}
    return value


def _payload(job: PreparedJob) -> tuple[object, ...]:
    return (_pack(job.document), job.max_pages)


def _render_payload(payload: tuple[Any, ...], out: Path, progress: Progress) -> RenderStats:
    document: Document = _unpack(payload[0])
    return document.render(out, progress=progress, max_pages=payload[1])


def _watch(proc: subprocess.Popen[str], cancelled: Callable[[], bool] | None) -> None:
    while proc.poll() is None:
        if cancelled is not None and cancelled():
            proc.kill()
            return
        try:
            proc.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            pass


def main(argv: Sequence[str] | None = None) -> int:
    job_file, out, stats_file = list(sys.argv[1:] if argv is None else argv)[:3]
    payload = pickle.loads(Path(job_file).read_bytes())

    def progress(done: int, total: int) -> None:
        sys.stdout.write(f"progress {done} {total}\n")
        sys.stdout.flush()

    try:
        stats = _render_payload(payload, Path(out), progress)
    except UserError as exc:
        from clusterdesk.ui.words import error_text  # its code in words (a full disk …)

        sys.stderr.write(f"{error_text(exc)}\n")
        return 2
    Path(stats_file).write_bytes(pickle.dumps(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
