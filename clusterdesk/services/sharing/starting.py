"""Starting to share an event, or resuming: the server made (or restarted), the event copied in.

A host that was killed leaves its server running and its state on disk; :func:`start_sharing`
takes both over: the server is reused (or started again) on the same port with the same
passwords and certificate, so the desks' join code stays valid. Killed while copying in, the
incomplete copy is discarded and sharing starts over from the file.
"""

from __future__ import annotations

import contextlib
import secrets
import socket
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from clusterdesk.core.errors import UserError
from clusterdesk.core.join_code import DATABASE, ROLE, new_password
from clusterdesk.core.messages import CodedError, msg
from clusterdesk.services.events import event_info, open_event
from clusterdesk.services.sharing import status, tls, transfer
from clusterdesk.services.sharing.binaries import find_binaries
from clusterdesk.services.sharing.host import (
    SharedEvent,
    Step,
    admin_url,
    no_steps,
    server_for,
)
from clusterdesk.services.sharing.network import interface_for, interfaces
from clusterdesk.services.sharing.server import ADMIN, Server
from clusterdesk.services.sharing.state import (
    COPYING,
    SHARED,
    HostLock,
    ShareState,
    forget_state,
    load_state,
    save_state,
    server_dir,
    state_dir,
)
from clusterdesk.store.engine import connect

FIRST_PORT = 54329


def _free_port(address: str) -> int:
    for port in range(FIRST_PORT, FIRST_PORT + 200):
        try:
            for where in {address, "127.0.0.1"}:
                with socket.socket() as s:
                    s.bind((where, port))
        except OSError:
            continue
        return port
    raise CodedError(
        msg("share.no_free_port", first=FIRST_PORT, last=FIRST_PORT + 199, address=address)
    )


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
    db = connect(admin_url(state, "postgres", "ClusterDesk host"))
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
    db = connect(admin_url(state, DATABASE, "ClusterDesk host"))
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
        state = _new_state(event_file, event_info(source).name, address, port)
        save_state(state)
        server = _prepare_server(event_file, state, step)
        dest = connect(admin_url(state, DATABASE, "ClusterDesk host"))
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
    server = server_for(state, event_file)
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
    step: Step = no_steps,
) -> SharedEvent:
    """Share the event file on the network, or resume sharing it (same port and passwords)."""
    path = Path(event_file).expanduser().resolve()
    if not path.exists():
        raise CodedError(msg("store.no_event_file", path=str(path)))
    lock = HostLock(path)
    lock.acquire()
    try:
        state = load_state(path)
        if state is not None and state.phase == COPYING:  # killed while copying in: start over
            with contextlib.suppress(UserError):
                server_for(state, path).stop()
            forget_state(path)
            state = None
        if state is None:
            state, server = _share_anew(path, address, port, step)
        else:
            if port is not None and port != state.port:
                raise CodedError(msg("share.other_port", port=state.port))
            state, server = _resume(state, address, step)
    except BaseException:
        lock.release()
        raise
    return SharedEvent(path, state, server, lock)
