"""What a shared event leaves on the host's disk, and the lock that lets one process host it.

``DATA/sharing/KEY/`` (KEY from the event file's path) holds ``share.json`` (port, passwords,
fingerprint, phase; readable by this user only) and ``host.lock``, an OS file lock held by the
process that hosts the event (the app or ``clusterdesk share``); a killed process loses it, so
the next start takes over. The server's data folder is ``DATA/sharing/KEY/server/pgdata``; when
ClusterDesk runs as root the server runs as the ``postgres`` account, which cannot enter root's
home, so the data folder is ``/var/lib/clusterdesk/sharing/KEY/pgdata`` instead.

Phases: ``copying`` (the file is the event; the server's copy is incomplete), ``shared`` (the
server is the event), ``copying_back`` (the server is the event until the file is replaced).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from clusterdesk.core.messages import CodedError, msg
from clusterdesk.core.paths import data_dir

ROOT_SERVER_BASE = Path("/var/lib/clusterdesk/sharing")
COPYING = "copying"
SHARED = "shared"
COPYING_BACK = "copying_back"


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def share_key(event_file: Path) -> str:
    text = f"{data_dir()}\0{event_file.expanduser().resolve()}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def state_dir(event_file: Path) -> Path:
    return data_dir() / "sharing" / share_key(event_file)


def server_dir(event_file: Path) -> Path:
    if running_as_root():
        return ROOT_SERVER_BASE / share_key(event_file) / "pgdata"
    return state_dir(event_file) / "server" / "pgdata"


@dataclass(frozen=True)
class ShareState:
    event_file: str
    phase: str
    port: int
    address: str  # the interface the server listens on (besides loopback)
    network: str  # the subnet desks may join from
    admin_password: str
    desk_password: str
    fingerprint: str  # SHA-256 of the certificate, hex
    bin_dir: str
    major: int
    event_name: str = ""

    def with_phase(self, phase: str) -> ShareState:
        return replace(self, phase=phase)


def _state_file(event_file: Path) -> Path:
    return state_dir(event_file) / "share.json"


def load_state(event_file: str | Path) -> ShareState | None:
    path = _state_file(Path(event_file))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ShareState(**data)
    except FileNotFoundError:
        return None
    except (ValueError, TypeError) as exc:
        raise CodedError(msg("share.state_damaged", path=str(path), why=str(exc))) from exc


def save_state(state: ShareState) -> None:
    path = _state_file(Path(state.event_file))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(state), fh, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


def forget_state(event_file: Path) -> None:
    _state_file(event_file).unlink(missing_ok=True)
    (state_dir(event_file) / "host.pid").unlink(missing_ok=True)


class HostLock:
    """The one process hosting an event holds this; the OS frees it when that process dies."""

    def __init__(self, event_file: Path) -> None:
        from filelock import FileLock  # only a host needs it: every command reads the state

        folder = state_dir(event_file)
        folder.mkdir(parents=True, exist_ok=True)
        self._pid_file = folder / "host.pid"
        self._lock = FileLock(str(folder / "host.lock"), thread_local=False)

    def acquire(self) -> None:
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            other = ""
            with contextlib.suppress(OSError):
                other = self._pid_file.read_text(encoding="ascii").strip()
            said = msg("share.shared_elsewhere_by", pid=other) if other else None
            raise CodedError(said or msg("share.shared_elsewhere")) from exc
        self._pid_file.write_text(str(os.getpid()), encoding="ascii")

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                self._pid_file.unlink()
            self._lock.release()

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)
