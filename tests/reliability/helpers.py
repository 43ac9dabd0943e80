"""Tools of the fault tests: a small real disk, a user without root's powers, a damaged file.

* :func:`small_disk` mounts a real tmpfs of a few MB (root; a full disk answers ENOSPC as a full
  USB stick does) — where mounting is impossible the test is skipped with the reason;
* :func:`unprivileged` runs a command as root *without* the capabilities that let root ignore
  file permissions (``setpriv``), or as it is when the suite does not run as root, so a read-only
  or unreadable event file behaves as it does for a desk operator;
* :func:`damage` writes random bytes over pages in the middle of a file (what a failing disk or
  a crash during a copy leaves), as the issue's tester did.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli.helpers import Run

ROOT = Path(__file__).resolve().parents[2]


def _mount_tmpfs(where: Path, size_kb: int) -> str | None:
    """None when mounted, else why not."""
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root"
    if shutil.which("mount") is None:
        return "no mount command"
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    return None if proc.returncode == 0 else f"mount -t tmpfs failed: {proc.stderr.strip()}"


@contextmanager
def small_disk(tmp_path: Path, size_kb: int = 3072) -> Iterator[Path]:
    """A real file system of ``size_kb`` KB (tmpfs), unmounted afterwards."""
    where = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    where.mkdir()
    problem = _mount_tmpfs(where, size_kb)
    if problem:
        pytest.skip(f"no small disk to fill here ({problem})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(disk: Path, leave_bytes: int = 0) -> Path:
    """Fill ``disk`` until ``leave_bytes`` are free (ENOSPC proves it is full)."""
    filler = disk / "filler.bin"
    with filler.open("ab") as fh:
        chunk = b"\0" * 65536
        while True:
            free = shutil.disk_usage(disk).free
            if free <= leave_bytes:
                break
            try:
                fh.write(chunk[: max(1, min(len(chunk), free - leave_bytes))])
                fh.flush()
            except OSError:
                break
    return filler


def unprivileged_prefix() -> list[str] | None:
    """The command prefix that drops root's power over file permissions (None: impossible)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    drop = "-dac_override,-dac_read_search,-fowner"
    probe = subprocess.run([setpriv, f"--bounding-set={drop}", "true"], capture_output=True)
    if probe.returncode != 0:
        return None
    return [setpriv, f"--bounding-set={drop}"]


def cli_as_user(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    """The real command line as a user whom file permissions bind (see module docstring)."""
    prefix = unprivileged_prefix()
    if prefix is None:
        pytest.skip("cannot drop root's file-permission override here (no usable setpriv)")
    proc = subprocess.run(
        [*prefix, sys.executable, "-m", "clusterdesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def cli_env(*args: str, env: dict[str, str], timeout: float = 120) -> Run:
    proc = subprocess.run(
        [sys.executable, "-m", "clusterdesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **env},
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def page_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])


def damage(path: Path, seed: int = 12) -> None:
    """Random bytes over a few pages in the middle of the file (never the header page)."""
    size = path.stat().st_size
    page = 4096
    rng = random.Random(seed)
    pages = size // page
    assert pages > 8, "the file is too small to damage in the middle"
    with path.open("r+b") as fh:
        for number in range(pages // 3, pages // 3 + 6):
            fh.seek(number * page + 64)
            fh.write(rng.randbytes(page - 128))


def file_state(path: Path) -> dict[str, bytes | None]:
    """The bytes of a database file and of its -wal/-shm/-journal (None: absent)."""
    state: dict[str, bytes | None] = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        side = Path(f"{path}{suffix}")
        state[suffix or "main"] = side.read_bytes() if side.exists() else None
    return state


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got: {text!r}"
    return lines[0]
