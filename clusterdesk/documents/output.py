"""Shared plumbing of the renderers: the canvas, progress/cancel, stats, and all-or-nothing output.

The PDF is built in memory and only written once complete: a cancelled or failed render leaves no
half-written file (a path is replaced atomically; a stream receives nothing).
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from clusterdesk.core.errors import UserError
from clusterdesk.documents.fonts import Weight, missing_chars, register_fonts

Progress = Callable[[int, int], None]  # (done, total)
Cancel = Callable[[], bool]  # True: stop now
Output = str | os.PathLike[str] | BinaryIO


class RenderCancelled(UserError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class RenderStats:
    items: int  # badges or table cards drawn
    pages: int
    seconds: float
    bytes: int
    below_min_size: int  # names that had to shrink below their layout's minimum size
    ellipsized: int  # texts cut with "…" (never a name)
    missing_glyphs: str  # characters no bundled font has (drawn as boxes; warn the user)


@dataclass
class Tally:
    """Mutable counters while rendering."""

    started: float = field(default_factory=time.perf_counter)
    items: int = 0
    pages: int = 0
    below_min: int = 0
    ellipsized: int = 0
    missing: dict[str, None] = field(default_factory=dict)

    def check_glyphs(self, text: str, weight: Weight) -> None:
        for ch in missing_chars(text, weight):
            self.missing[ch] = None

    def stats(self, size: int) -> RenderStats:
        return RenderStats(
            items=self.items,
            pages=self.pages,
            seconds=time.perf_counter() - self.started,
            bytes=size,
            below_min_size=self.below_min,
            ellipsized=self.ellipsized,
            missing_glyphs="".join(self.missing),
        )


def new_canvas(buffer: io.BytesIO, width_pt: float, height_pt: float, title: str) -> Canvas:
    register_fonts()
    # Binary (zlib only) streams: every PDF reader takes them, the file is ~20 % smaller, and
    # reportlab's pure-Python ASCII85 encoder (used without its C accelerator) would otherwise
    # take about half of the rendering time. The setting is read when pages are written.
    rl_config.useA85 = 0
    canvas = Canvas(buffer, pagesize=(width_pt, height_pt), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("ClusterDesk")
    canvas.setAuthor("ClusterDesk")
    return canvas


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise RenderCancelled("Printing was cancelled; nothing was written.")


def write_out(data: bytes, out: Output) -> None:
    """Write the finished PDF: atomically for a path, in one write for a stream."""
    if isinstance(out, str | os.PathLike):
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    else:
        out.write(data)


class Document(Protocol):
    """A document ready to render: plain records plus what its one renderer needs.

    ``render`` writes the whole PDF into ``out`` (or only its first ``max_pages`` pages: a quick
    preview of a big job). Documents are frozen dataclasses of plain values, so they pickle into a
    render process unchanged.
    """

    def render(
        self,
        out: Output,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        max_pages: int | None = None,
    ) -> RenderStats: ...


def finish(canvas: Canvas, buffer: io.BytesIO, out: Output, tally: Tally) -> RenderStats:
    """Close the canvas (a blank page when nothing was drawn), write the file, return the stats."""
    if tally.pages == 0:
        canvas.showPage()
        tally.pages = 1
    canvas.save()
    data = buffer.getvalue()
    write_out(data, out)
    return tally.stats(len(data))
