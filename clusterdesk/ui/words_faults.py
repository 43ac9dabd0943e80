"""The desktop app's words for sharing an event on the network and for opening and saving
events: the refusals of ``services.sharing`` and the faults of ``store`` (context "words", as in
:mod:`clusterdesk.ui.words`, which puts them together)."""

from __future__ import annotations

from clusterdesk.ui.i18n import translate


def sharing_texts() -> dict[str, str]:
    """Sharing an event and joining it from a desk (services.sharing)."""
    return {
        "share.server_version_gone": translate(
            "words",
            "The shared event's server needs PostgreSQL {major}, which is no longer installed "
            "here. Install PostgreSQL {major} (or reinstall ClusterDesk) to resume sharing.",
        ),
        "share.no_server_programs": translate(
            "words",
            "No PostgreSQL server programs with TLS were found. Install ClusterDesk with its "
            "bundled server or the system's PostgreSQL.",
        ),
        "share.server_not_running": translate(
            "words",
            "{name} is shared on the network, and its server is not running. Resume sharing "
            "(open it in ClusterDesk, or `clusterdesk share {path}`), or bring it back into the "
            "file with `clusterdesk share {path} --stop`.",
        ),
        "share.no_service_account": translate(
            "words",
            "ClusterDesk runs as root, and PostgreSQL refuses to: it runs the server as the "
            "“{account}” account, which does not exist here. Run ClusterDesk as a normal user, "
            "or install the postgresql package (it creates the account).",
        ),
        "share.initdb_failed": translate(
            "words", "Could not prepare the server's data folder:\n{why}"
        ),
        "share.start_failed_log": translate("words", "The sharing server did not start:\n{log}"),
        "share.start_failed": translate("words", "The sharing server did not start: {why}"),
        "share.stop_failed": translate("words", "The sharing server did not stop: {why}"),
        "share.no_network": translate(
            "words",
            "This computer is on no network: connect it to the venue network (Wi-Fi or cable) "
            "first.",
        ),
        "share.not_an_ip": translate("words", "“{address}” is not an IP address"),
        "share.no_such_interface": translate(
            "words", "No network interface here has the address {address} (there are: {listed})"
        ),
        "share.no_such_interface_none": translate(
            "words", "No network interface here has the address {address}"
        ),
        "share.no_free_port": translate(
            "words", "No free port between {first} and {last} on {address}"
        ),
        "share.other_port": translate(
            "words",
            "This event is already shared on port {port}; stop sharing it first to use "
            "another port.",
        ),
        "share.state_damaged": translate(
            "words", "The sharing state {path} is damaged ({why}); remove it."
        ),
        "share.shared_elsewhere": translate(
            "words",
            "This event is already being shared by another ClusterDesk on this computer. "
            "Use that window, or stop it first.",
        ),
        "share.shared_elsewhere_by": translate(
            "words",
            "This event is already being shared by another ClusterDesk on this computer "
            "(process {pid}). Use that window, or stop it first.",
        ),
        "share.copy_in_incomplete": translate(
            "words",
            "The copy into the sharing server is incomplete ({counts}); nothing was changed.",
        ),
        "share.copy_back_incomplete": translate(
            "words",
            "The copy back into the event file is incomplete ({counts}); nothing was changed.",
        ),
        **_join_texts(),
    }


def _join_texts() -> dict[str, str]:
    return {
        "join_code.empty": translate(
            "words", "The join code is empty: scan the QR code the host shows, or paste it."
        ),
        "join_code.newer": translate(
            "words", "This join code was made by a newer ClusterDesk: update this desk to join."
        ),
        "join_code.not_a_code": translate(
            "words",
            "Not a ClusterDesk join code (it starts with CDJ1-): scan the QR code on the "
            "host's sharing screen.",
        ),
        "join_code.misread": translate(
            "words",
            "The join code was misread or is incomplete (its check does not match): scan it "
            "again or copy it whole.",
        ),
        "join.wrong_host": translate(
            "words",
            "The computer at {place} is not the host this join code was made for: its "
            "certificate ({found}) does not match the code ({expected}). Scan the code the host "
            "shows now; if it is the same, someone else answers at that address. Nothing was "
            "opened.",
        ),
        "join.bad_address": translate(
            "words",
            "Type the address as the host shows it, e.g. 192.168.1.20:54329 (not “{address}”)",
        ),
        "join.bad_certificate_check": translate(
            "words", "The certificate check has letters and digits only (ABCD-EFGH-…)"
        ),
        "join.short_certificate_check": translate(
            "words", "Type the whole certificate check the host shows (16 characters)"
        ),
        "join.wrong_password": translate(
            "words",
            "The host at {place} refused the password. Passwords change each time the host "
            "shares anew: scan the code the host shows now.",
        ),
        "join.other_network": translate(
            "words",
            "The host at {place} only admits desks from its own network, and this desk is not "
            "on it: connect to the venue network the host uses.",
        ),
        "join.certificate_changed": translate(
            "words",
            "The host at {place} presented another certificate than when this desk joined: "
            "join again with the code the host shows now.",
        ),
        "join.host_newer": translate(
            "words",
            "The host at {place} runs a newer ClusterDesk (event schema {schema}; this desk "
            "knows {head}). Update ClusterDesk on this desk to join. Nothing was changed.",
        ),
        "join.host_older": translate(
            "words",
            "The host at {place} runs an older ClusterDesk (event schema {schema}; this desk "
            "has {head}). Use the same version on the host and every desk. Nothing was changed.",
        ),
        "join.cannot_open": translate("words", "Cannot open the shared event at {place}: {why}"),
        "join.no_tls": translate(
            "words", "The server at {place} does not offer TLS: it is not a ClusterDesk host."
        ),
        "join.no_answer": translate(
            "words",
            "No answer from {place}: check that this desk is on the host's network and that "
            "the host is still sharing.",
        ),
        "join.nothing_listens": translate(
            "words", "Nothing listens at {place}: the host is not sharing (or uses another port)."
        ),
        "join.unreachable": translate("words", "Cannot reach {place}: {why}"),
        "join.no_certificate": translate("words", "The server at {place} sent no certificate."),
    }


def store_texts() -> dict[str, str]:
    """Opening and saving events: faults of the disk and the server (store)."""
    return {
        "store.the_event": translate("words", "the event"),
        "store.the_server": translate("words", "the database server ({where})"),
        "store.the_database": translate("words", "the database {where}"),
        "store.the_database_start": translate("words", "The database {where}"),
        "store.io_error": translate("words", "input/output error"),
        "store.connection_lost": translate("words", "the connection was lost"),
        "store.disk_full": translate(
            "words",
            "The disk holding {where} is full: nothing was saved. Free some space and try again.",
        ),
        "store.read_only": translate(
            "words",
            "{where} is read-only (file permissions or a read-only disk): nothing was saved. "
            "Copy the event to a folder you can write to, or ask for write access.",
        ),
        "store.access_denied": translate(
            "words",
            "ClusterDesk may not open {where} (permission denied). "
            "Ask the file's owner for access, or open a copy you own.",
        ),
        "store.busy": translate(
            "words",
            "The event is busy at another desk or program ({where}): it stayed locked for more "
            "than {seconds} s. Nothing was changed; try again.",
        ),
        "store.server_unavailable": translate(
            "words",
            "The database server {where} is not reachable ({why}). Nothing was confirmed: "
            "try again when it is back.",
        ),
        "store.disk_error": translate(
            "words", "A disk error while using {where} ({why}); nothing was saved."
        ),
        "store.cannot_open": translate(
            "words",
            "{where} cannot be opened: the file or its folder cannot be read or written "
            "(permissions, a missing folder or a read-only disk). Nothing was changed.",
        ),
        "store.damaged_event": translate("words", "{damage} {then}"),
        "store.damaged": translate(
            "words", "The event file {path} is damaged; nothing was changed."
        ),
        "store.damaged_detail": translate(
            "words", "The event file {path} is damaged (SQLite: {detail}); nothing was changed."
        ),
        "store.newest_backup": translate(
            "words", "The newest good backup is {backup} (saved {when}): open that instead."
        ),
        "store.no_backup": translate(
            "words", "No intact backup of it was found; restore it from a copy you keep."
        ),
        "store.no_event_file": translate("words", "No event file at {path}"),
        "store.folder": translate("words", "{path} is a folder, not an event file"),
        "store.unreadable": translate("words", "Cannot read {path}: {why}"),
        "store.cannot_read": translate("words", "Cannot read {path}"),
        "store.not_sqlite": translate(
            "words", "{path} is not a ClusterDesk event file (not a SQLite database)"
        ),
        "store.unreadable_event": translate("words", "{where} cannot be read as an event: {why}"),
        "store.no_event_tables": translate(
            "words", "{path} is not a ClusterDesk event (no event tables); nothing was changed"
        ),
        "store.no_tables": translate(
            "words", "{where} is not a ClusterDesk event (no event tables)"
        ),
        "store.no_schema_version": translate(
            "words", "{where} is not a ClusterDesk event (no schema version)"
        ),
        "store.newer": translate(
            "words",
            "{where} was written by a newer ClusterDesk (schema {schema}); "
            "update ClusterDesk to open it. Nothing was changed.",
        ),
        "store.no_event": translate("words", "{where} holds no event"),
        "store.not_an_event": translate("words", "{path} is not a ClusterDesk event"),
        "store.not_a_url": translate("words", "Not a database URL: {url}"),
        "store.unsupported_database": translate(
            "words", "Unsupported database “{driver}”: use postgresql+psycopg://…"
        ),
        "store.update_breaks": translate(
            "words",
            "{where}: the schema update would break references (rows: {n}); nothing was changed",
        ),
        "store.holds_event": translate("words", "{where} already holds an event"),
        "store.backup_check_failed": translate(
            "words",
            "The backup written to {path} failed its integrity check ({why}); it was removed. "
            "The disk may be failing: try another one.",
        ),
    }
