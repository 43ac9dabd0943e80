"""Hosting a shared event: start (or resume) the server, copy the event in, say how to join,
list the desks, and stop sharing (copy back into the file).

One process hosts an event at a time (:class:`~.state.HostLock`); a host that was killed leaves
its server running and its state on disk, and the next :func:`start_sharing` takes both over:
the server is reused (or started again) on the same port with the same passwords and
certificate, so the desks' join code stays valid.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import text

from clusterdesk.core.database_url import POSTGRESQL, DatabaseURL
from clusterdesk.core.errors import UserError
from clusterdesk.core.join_code import DATABASE, ROLE, JoinCode, new_password
from clusterdesk.services.events import open_event
from clusterdesk.services.sharing import status, tls, transfer
from clusterdesk.services.sharing.binaries import find_binaries
from clusterdesk.services.sharing.network import interface_for, interfaces
from clusterdesk.services.sharing.server import ADMIN, Server
from clusterdesk.services.sharing.state import (
    COPYING,
    COPYING_BACK,
    SHARED,
    HostLock,
    ShareState,
    forget_state,
    load_state,
    save_state,
    server_dir,
    state_dir,
)
from clusterdesk.store.engine import EventDB, connect

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


def _quiet(_what: str, _done: int, _total: int) -> None:
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


def _free_port(address: str) -> int:
    for port in range(FIRST_PORT, FIRST_PORT + 200):
        try:
            for where in {address, "127.0.0.1"}:
                with socket.socket() as s:
                    s.bind((where, port))
        except OSError:
            continue
        return port
    raise UserError(f"No free port between {FIRST_PORT} and {FIRST_PORT + 199} on {address}")


def _admin_url(state: ShareState, database: str, app: str) -> str:
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
        return _admin_url(self.state, DATABASE, app)

    # --- the desks ---------------------------------------------------------------------------
    def desks(self) -> list[DeskConnection]:
        db = connect(_admin_url(self.state, "postgres", "ClusterDesk monitor"))
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

    def stop_sharing(self, step: Step = _quiet, grace: float | None = None) -> Unshared:
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


def _server_for(state: ShareState, event_file: Path) -> Server:
    binaries = find_binaries(state.major)
    return Server(server_dir(event_file), binaries)


def _key_files(event_file: Path) -> tuple[Path, Path]:
    folder = state_dir(event_file)
    return folder / "server.crt", folder / "server.key"


def _configure_and_start(server: Server, state: ShareState, event_file: Path) -> None:
    cert, key = _key_files(event_file)
    server.configure(
        port=state.port,
        address=state.address,
        network=state.network,
        cert=cert.read_bytes(),
        key=key.read_bytes(),
    )
    server.start()


def _prepare_server(event_file: Path, state: ShareState, step: Step) -> Server:
    server = Server(server_dir(event_file), find_binaries(state.major))
    step("preparing", 0, 0)
    server.stop()
    server.init(state.admin_password)
    _configure_and_start(server, state, event_file)
    db = connect(_admin_url(state, "postgres", "ClusterDesk host"))
    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f"CREATE ROLE {ROLE} LOGIN PASSWORD {_literal(state.desk_password)}"))
            conn.execute(text(f"CREATE DATABASE {DATABASE} OWNER {ADMIN}"))
            conn.execute(text(f"REVOKE ALL ON DATABASE {DATABASE} FROM PUBLIC"))
            conn.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {DATABASE} TO {ROLE}"))
    finally:
        db.dispose()
    return server


def _literal(password: str) -> str:
    """A generated password as an SQL literal (utility statements take no parameters)."""
    if not password.isalnum():
        raise ValueError("generated passwords are letters and digits")
    return f"'{password}'"


def _grant_desks(state: ShareState) -> None:
    db = connect(_admin_url(state, DATABASE, "ClusterDesk host"))
    try:
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {ROLE}"
                )
            )
            conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ROLE}"))
            status.create_status(conn, state.event_name)
    finally:
        db.dispose()


def _new_state(
    event_file: Path, event_name: str, address: str | None, port: int | None
) -> ShareState:
    iface = interface_for(address) if address else interface_for(None)
    binaries = find_binaries()
    cert, key = tls.make_certificate(iface.address)
    cert_file, key_file = _key_files(event_file)
    cert_file.parent.mkdir(parents=True, exist_ok=True)
    for path, content in ((cert_file, cert), (key_file, key)):
        path.touch(mode=0o600)
        path.write_bytes(content)
    return ShareState(
        event_file=str(event_file),
        phase=COPYING,
        port=port or _free_port(iface.address),
        address=iface.address,
        network=iface.network,
        admin_password=secrets.token_urlsafe(24),
        desk_password=new_password(),
        fingerprint=tls.fingerprint_of_pem(cert).hex(),
        bin_dir=str(binaries.bin_dir),
        major=binaries.major,
        event_name=event_name,
    )


def _share_anew(
    event_file: Path, address: str | None, port: int | None, step: Step
) -> tuple[ShareState, Server]:
    step("checking", 0, 0)
    source = open_event(event_file)
    try:
        from clusterdesk.services.events import event_info

        state = _new_state(event_file, event_info(source).name, address, port)
        save_state(state)
        server = _prepare_server(event_file, state, step)
        dest = connect(_admin_url(state, DATABASE, "ClusterDesk host"))
        try:
            transfer.copy_into_server(source, dest, lambda d, t: step("copying", d, t))
        finally:
            dest.dispose()
    finally:
        source.dispose()
    _grant_desks(state)
    state = state.with_phase(SHARED)
    save_state(state)
    return state, server


def _resume(state: ShareState, address: str | None, step: Step) -> tuple[ShareState, Server]:
    event_file = Path(state.event_file)
    here = {i.address: i for i in interfaces()}
    if address is not None and address != state.address:
        chosen = interface_for(address)
        state = replace(state, address=chosen.address, network=chosen.network)
    elif state.address not in here:  # the laptop got another address on the venue network
        chosen = interface_for(None)
        state = replace(state, address=chosen.address, network=chosen.network)
    server = _server_for(state, event_file)
    step("starting", 0, 0)
    if server.running():
        server.configure(
            port=state.port,
            address=state.address,
            network=state.network,
            cert=_key_files(event_file)[0].read_bytes(),
            key=_key_files(event_file)[1].read_bytes(),
        )
        server.reload()
    else:
        _configure_and_start(server, state, event_file)
    _grant_desks(state)  # a stop that did not finish had taken the desks' writes away
    state = state.with_phase(SHARED)
    save_state(state)
    return state, server


def start_sharing(
    event_file: str | Path,
    *,
    address: str | None = None,
    port: int | None = None,
    step: Step = _quiet,
) -> SharedEvent:
    """Share the event file on the network, or resume sharing it (same port and passwords)."""
    path = Path(event_file).expanduser().resolve()
    if not path.exists():
        raise UserError(f"No event file at {path}")
    lock = HostLock(path)
    lock.acquire()
    try:
        state = load_state(path)
        if state is not None and state.phase == COPYING:  # killed while copying in: start over
            with contextlib.suppress(UserError):
                _server_for(state, path).stop()
            forget_state(path)
            state = None
        if state is None:
            state, server = _share_anew(path, address, port, step)
        else:
            if port is not None and port != state.port:
                raise UserError(
                    f"This event is already shared on port {state.port}; stop sharing it first "
                    "to use another port."
                )
            state, server = _resume(state, address, step)
    except BaseException:
        lock.release()
        raise
    return SharedEvent(path, state, server, lock)


def local_target(event_file: str | Path) -> str | None:
    """The server URL of a shared event file for this computer (``None`` when not shared);
    a :class:`UserError` when it is shared but its server is not running."""
    state = sharing_state(event_file)
    if state is None:
        return None
    path = Path(state.event_file)
    if not _server_for(state, path).running():
        raise UserError(
            f"{path.name} is shared on the network, and its server is not running. Resume "
            f"sharing (open it in ClusterDesk, or `clusterdesk share {path}`), or bring it back "
            f"into the file with `clusterdesk share {path} --stop`."
        )
    return _admin_url(state, DATABASE, "clusterdesk command")


def check_admin(event: SharedEvent) -> EventDB:
    """Open the shared event as the host (the schema is checked, never migrated)."""
    return open_event(event.local_url())
