"""The PostgreSQL server ClusterDesk owns for a shared event: initdb, configuration, start, stop.

Only what is needed is reachable: the server listens on loopback and the chosen interface, has
no Unix socket, accepts the desk role only over TLS (``hostssl``) from the interface's subnet
and loopback, the admin role only from loopback, both with scram-sha-256. ``initdb`` refuses to
run as root: as root every server program runs as the ``postgres`` system account (``runuser``),
which owns the data folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from clusterdesk.core.errors import UserError
from clusterdesk.core.join_code import DATABASE, ROLE
from clusterdesk.core.messages import msg, refusal
from clusterdesk.services.sharing.binaries import PgBinaries
from clusterdesk.services.sharing.state import ROOT_SERVER_BASE, running_as_root

ADMIN = "clusterdesk"
SERVICE_ACCOUNT = "postgres"
CONF = "clusterdesk.conf"


def _reachable(binaries: PgBinaries) -> PgBinaries:
    """Programs the service account can run. Bundled ones inside root's home (a venv under
    /root) are out of its reach: they are copied once beside the servers' data folders."""
    probe = ["runuser", "-u", SERVICE_ACCOUNT, "--", "test", "-x", binaries.tool("initdb")]
    if subprocess.run(probe, capture_output=True, timeout=30).returncode == 0:
        return binaries
    home = binaries.bin_dir.parent  # bin/, lib/, share/: found relative to each other
    digest = hashlib.sha256(str(home).encode()).hexdigest()[:12]
    copy = ROOT_SERVER_BASE.parent / f"postgresql-{binaries.major}-{digest}"
    if not (copy / binaries.bin_dir.name / "initdb").exists():
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(home, copy, symlinks=True)
    return replace(binaries, bin_dir=copy / binaries.bin_dir.name)


class ServerError(UserError):
    """The server could not be prepared, started or stopped; the message quotes its log."""


class Server:
    def __init__(self, data: Path, binaries: PgBinaries) -> None:
        self.data = data
        self.binaries = binaries
        self.log = data.parent / "server.log"
        self.as_service = running_as_root()
        if self.as_service:
            self.binaries = _reachable(binaries)

    # --- running the programs ----------------------------------------------------------------
    def _cmd(self, tool: str, *args: str) -> list[str]:
        cmd = [self.binaries.tool(tool), *args]
        if self.as_service:
            return ["runuser", "-u", SERVICE_ACCOUNT, "--", *cmd]
        return cmd

    def _run(self, tool: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._cmd(tool, *args),
            capture_output=True,
            text=True,
            timeout=timeout,
            start_new_session=True,  # Ctrl+C in a terminal reaches ClusterDesk, not the server
            cwd=self.data.parent,
        )

    def _own(self, path: Path) -> None:
        """Hand a file or folder to the service account (as root)."""
        if self.as_service:
            shutil.chown(path, SERVICE_ACCOUNT, SERVICE_ACCOUNT)

    def _check_account(self) -> None:
        if not self.as_service:
            return
        import pwd

        try:
            pwd.getpwnam(SERVICE_ACCOUNT)
        except KeyError as exc:
            raise refusal(
                ServerError, msg("share.no_service_account", account=SERVICE_ACCOUNT)
            ) from exc

    def _log_tail(self, lines: int = 6) -> str:
        with contextlib.suppress(OSError):
            text = self.log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            return "\n".join(text[-lines:])
        return ""

    # --- life cycle --------------------------------------------------------------------------
    @property
    def exists(self) -> bool:
        return (self.data / "PG_VERSION").is_file()

    def init(self, admin_password: str) -> None:
        """A new, empty cluster with the admin role (password authentication only)."""
        self._check_account()
        self.data.parent.mkdir(parents=True, exist_ok=True)
        self._own(self.data.parent)
        if self.data.exists():
            shutil.rmtree(self.data)
        fd, name = tempfile.mkstemp(prefix="pw-", dir=self.data.parent)
        pwfile = Path(name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(admin_password + "\n")
            self._own(pwfile)
            done = self._run(
                "initdb",
                "-D",
                str(self.data),
                "-U",
                ADMIN,
                "--pwfile",
                str(pwfile),
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--no-locale",
            )
        finally:
            pwfile.unlink(missing_ok=True)
        if done.returncode != 0:
            raise refusal(ServerError, msg("share.initdb_failed", why=done.stderr.strip()))

    def configure(self, *, port: int, address: str, network: str, cert: bytes, key: bytes) -> None:
        """Listening address, port, TLS files and who may connect (rewritten on every start)."""
        for name, content in (("server.crt", cert), ("server.key", key)):
            path = self.data / name
            path.unlink(missing_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            self._own(path)
        listen = "127.0.0.1" if address == "127.0.0.1" else f"127.0.0.1,{address}"
        settings = {
            "listen_addresses": f"'{listen}'",
            "port": str(port),
            "unix_socket_directories": "''",
            "ssl": "on",
            "ssl_cert_file": "'server.crt'",
            "ssl_key_file": "'server.key'",
            "password_encryption": "'scram-sha-256'",
            "max_connections": "100",
            "fsync": "on",
        }
        self._write(CONF, "".join(f"{k} = {v}\n" for k, v in settings.items()))
        main = self.data / "postgresql.conf"
        text = main.read_text(encoding="utf-8")
        if f"include '{CONF}'" not in text:
            main.write_text(text + f"\ninclude '{CONF}'\n", encoding="utf-8")
        hba = [
            "# Written by ClusterDesk on every start: desks over TLS from the venue subnet only.",
            f"host    all       {ADMIN}  127.0.0.1/32  scram-sha-256",
            f"hostssl {DATABASE}  {ROLE}  127.0.0.1/32  scram-sha-256",
        ]
        if network != "127.0.0.0/8":
            hba.append(f"hostssl {DATABASE}  {ROLE}  {network}  scram-sha-256")
        self._write("pg_hba.conf", "\n".join(hba) + "\n")

    def _write(self, name: str, text: str) -> None:
        path = self.data / name
        path.write_text(text, encoding="utf-8")
        self._own(path)

    def running(self) -> bool:
        if not self.exists:
            return False
        return self._run("pg_ctl", "status", "-D", str(self.data), timeout=30).returncode == 0

    def start(self) -> None:
        if self.running():
            return
        self._check_account()
        if not self.log.exists():
            self.log.touch()
            self._own(self.log)
        done = self._run(
            "pg_ctl", "start", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60"
        )
        if done.returncode != 0:
            tail = self._log_tail()
            if tail:
                raise refusal(ServerError, msg("share.start_failed_log", log=tail))
            raise refusal(ServerError, msg("share.start_failed", why=done.stderr.strip()))

    def reload(self) -> None:
        self._run("pg_ctl", "reload", "-D", str(self.data), timeout=30)

    def stop(self) -> None:
        """Stop the server (fast: open transactions are rolled back, committed data is safe)."""
        if not self.running():
            return
        done = self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "fast", "-w", "-t", "60")
        if done.returncode != 0 and self.running():
            raise refusal(ServerError, msg("share.stop_failed", why=done.stderr.strip()))

    def remove(self) -> None:
        """Delete the data folder (the server must be stopped)."""
        shutil.rmtree(self.data.parent, ignore_errors=True)
