"""A shared event this process hosts: how desks join, which desks are connected, suspending
(the app quits) and stopping sharing (copy back into the file). Starting and resuming are in
:mod:`.starting`.

One process hosts an event at a time (:class:`~.state.HostLock`); a host that was killed leaves
its server running and its state on disk, and the next start takes both over.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import text

from clusterdesk.core.database_url import POSTGRESQL, DatabaseURL
from clusterdesk.core.join_code import DATABASE, ROLE, JoinCode
from clusterdesk.core.messages import CodedError, msg
from clusterdesk.services.sharing import status, transfer
from clusterdesk.services.sharing.binaries import find_binaries
from clusterdesk.services.sharing.server import ADMIN, Server
from clusterdesk.services.sharing.state import (
    COPYING_BACK,
    HostLock,
    ShareState,
    forget_state,
    load_state,
    save_state,
    server_dir,
    state_dir,
)
from clusterdesk.store.engine import connect

Step = Callable[[str, int, int], None]  # (step, done, total); steps are STEPS' keys
STEPS = {
    "checking": "Checking the event file",
    "preparing": "Preparing the sharing server",
    "starting": "Starting the sharing server",
    "copying": "Copying the event to the server",
    "telling": "Telling the desks",
    "copying_back": "Copying the event back into its file",
    "stopping": "Stopping the server",
}
FIRST_PORT = 54329
GRACE_SECONDS = 4.0  # desks check every 2 s: time for each to see "stopping" before the end


def no_steps(_what: str, _done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class DeskConnection:
    name: str  # the desk's application_name
    address: str
    connections: int
    connected_since: datetime | None
    last_activity: datetime | None


@dataclass(frozen=True)
class Unshared:
    backup: Path  # the event file as it was before the copy back
    rows: int


def admin_url(state: ShareState, database: str, app: str) -> str:
    return DatabaseURL(
        POSTGRESQL,
        username=ADMIN,
        password=state.admin_password,
        host="127.0.0.1",
        port=state.port,
        database=database,
        query=urlencode({"application_name": app, "connect_timeout": "10"}),
    ).render()


class SharedEvent:
    """An event this process hosts. Build it with :func:`start_sharing`."""

    def __init__(self, event_file: Path, state: ShareState, server: Server, lock: HostLock):
        self.event_file = event_file
        self.state = state
        self.server = server
        self.lock = lock

    # --- what desks need ---------------------------------------------------------------------
    @property
    def join(self) -> JoinCode:
        s = self.state
        return JoinCode(s.address, s.port, s.desk_password, bytes.fromhex(s.fingerprint))

    @property
    def join_code(self) -> str:
        return self.join.encode()

    def local_url(self, app: str = "ClusterDesk host") -> str:
        """The event on this server for this computer's own window and commands."""
        return admin_url(self.state, DATABASE, app)

    # --- the desks ---------------------------------------------------------------------------
    def desks(self) -> list[DeskConnection]:
        db = connect(admin_url(self.state, "postgres", "ClusterDesk monitor"))
        try:
            with db.engine.connect() as conn:
                rows = conn.execute(
                    text(
                        "SELECT application_name, host(client_addr), count(*), min(backend_start),"
                        " max(greatest(state_change, query_start)) FROM pg_stat_activity "
                        "WHERE datname = :db AND usename = :role "
                        "GROUP BY application_name, host(client_addr) ORDER BY 1, 2"
                    ),
                    {"db": DATABASE, "role": ROLE},
                ).all()
        finally:
            db.dispose()
        return [
            DeskConnection(str(r[0] or "?"), str(r[1] or ""), int(r[2]), r[3], r[4]) for r in rows
        ]

    # --- the end -----------------------------------------------------------------------------
    def suspend(self) -> None:
        """Stop the server but keep sharing (the app quits; reopening the event resumes)."""
        try:
            self.server.stop()
        finally:
            self.lock.release()

    def stop_sharing(self, step: Step = no_steps, grace: float | None = None) -> Unshared:
        """Tell the desks, make the event read-only for them, copy it back into the file (after
        a backup of the file), stop and remove the server."""
        step("telling", 0, 0)
        admin = connect(self.local_url("ClusterDesk host (stopping)"))
        try:
            with admin.engine.begin() as conn:
                status.set_status(conn, status.STOPPING, self.state.event_name)
                conn.execute(
                    text(
                        f"REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM {ROLE}"
                    )
                )
            time.sleep(GRACE_SECONDS if grace is None else grace)
            with admin.engine.begin() as conn:  # unconfirmed desk transactions roll back
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :db AND usename = :role"
                    ),
                    {"db": DATABASE, "role": ROLE},
                )
            self.state = self.state.with_phase(COPYING_BACK)
            save_state(self.state)
            backup, rows = transfer.copy_back_to_file(
                admin,
                self.event_file,
                lambda d, t: step("copying_back", d, t),
            )
        finally:
            admin.dispose()
        step("stopping", 0, 0)
        self.server.stop()
        self.server.remove()
        forget_state(self.event_file)
        self.lock.release()
        shutil.rmtree(state_dir(self.event_file), ignore_errors=True)
        return Unshared(backup, rows)


def sharing_state(event_file: str | Path) -> ShareState | None:
    """The sharing state of an event file (``None`` when it is not shared)."""
    return load_state(Path(event_file).expanduser().resolve())


def server_for(state: ShareState, event_file: Path) -> Server:
    binaries = find_binaries(state.major)
    return Server(server_dir(event_file), binaries)


def local_target(event_file: str | Path) -> str | None:
    """The server URL of a shared event file for this computer (``None`` when not shared);
    a :class:`UserError` when it is shared but its server is not running."""
    state = sharing_state(event_file)
    if state is None:
        return None
    path = Path(state.event_file)
    if not server_for(state, path).running():
        raise CodedError(msg("share.server_not_running", name=path.name, path=str(path)))
    return admin_url(state, DATABASE, "clusterdesk command")
