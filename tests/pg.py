"""A throw-away PostgreSQL server for tests: initdb + pg_ctl on a temp dir, loopback only."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
from pathlib import Path

import psycopg


def find_pg_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    def __init__(self, base: Path) -> None:
        bin_dir = find_pg_bin()
        assert bin_dir is not None
        self.bin = bin_dir
        self.base = base
        self.data = base / "data"
        self.port = _free_port()
        self._counter = itertools.count(1)
        self._as_root = os.geteuid() == 0

    def _cmd(self, *args: str) -> list[str]:
        cmd = [str(self.bin / args[0]), *args[1:]]
        return ["runuser", "-u", "postgres", "--", *cmd] if self._as_root else cmd

    def start(self) -> None:
        if self._as_root:
            shutil.chown(self.base, "postgres", "postgres")
        subprocess.run(
            self._cmd(
                "initdb",
                "-D",
                str(self.data),
                "-A",
                "trust",
                "-U",
                "clusterdesk",
                "-E",
                "UTF8",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
        )
        self.resume()

    def resume(self) -> None:
        """Start the server on its existing data directory (after :meth:`stop`)."""
        opts = (
            f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=on "
            "-c max_connections=60"
        )
        subprocess.run(
            self._cmd(
                "pg_ctl",
                "-D",
                str(self.data),
                "-o",
                opts,
                "-l",
                str(self.base / "log"),
                "-w",
                "start",
            ),
            check=True,
            capture_output=True,
        )

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server: ``immediate`` (as if killed), ``fast`` (sessions ended at once, as a
        service manager stops it) or ``smart``."""
        subprocess.run(
            self._cmd("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop"),
            capture_output=True,
        )

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://clusterdesk@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        name = f"event_{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=clusterdesk dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://clusterdesk@127.0.0.1:{self.port}/{name}"
