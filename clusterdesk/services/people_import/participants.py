"""Importing participants: validate every row, then write everything in one transaction.

Fast for large files: existing e-mails, organisations, categories and tables are loaded once
into dicts, new people go in with one bulk INSERT … RETURNING, and there are no per-row queries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from clusterdesk.core import badge_codes, countries
from clusterdesk.core.messages import Msg, msg
from clusterdesk.services.events import badge_keys, event_info
from clusterdesk.services.participants import audit, category_colour, search_key
from clusterdesk.services.people_import.common import prepare, table_of
from clusterdesk.services.people_import.duplicates import find_duplicates
from clusterdesk.services.people_import.headers import PARTICIPANTS
from clusterdesk.services.people_import.person_rows import (
    PersonRecord,
    has_name,
    name_column,
    read_people,
)
from clusterdesk.services.people_import.reading import RawTable
from clusterdesk.services.people_import.report import ImportReport, Problems, Progress
from clusterdesk.services.people_import.skipping import rows_to_skip, write_skipped
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    REGISTRATION_ACTIVE,
    Category,
    MeetingTable,
    Organization,
    Participant,
    Unavailability,
)

CHUNK = 500
_PLAIN = ("first_name", "last_name", "country", "phone", "title", "notes")


def _chunks(items: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


_REFERENCES = (  # file field, participant column, model, name column
    ("organization", "organization_id", Organization, Organization.name),
    ("category", "category_id", Category, Category.name),
    ("table", "fixed_table_id", MeetingTable, MeetingTable.label),
)


class _Lookups:
    """Organisations, categories and tables by name (case-insensitive: "KTU" is "ktu"),
    loaded once; the missing ones are created in bulk."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.ids_by_key: dict[str, dict[str, int]] = {}
        self.org_names: dict[int, str] = {}
        for fld, _, _, column in _REFERENCES:
            self._load(fld, column)

    def _load(self, fld: str, column: InstrumentedAttribute[str]) -> None:
        model = column.class_
        found: dict[str, int] = {}
        for i, name in self.s.execute(select(model.id, column).order_by(model.id)):
            found.setdefault(name.casefold(), i)
            if fld == "organization":
                self.org_names[i] = name
        self.ids_by_key[fld] = found

    def create_missing(self, records: list[PersonRecord]) -> None:
        s = self.s
        new: dict[str, dict[str, str]] = {fld: {} for fld, *_ in _REFERENCES}  # key -> spelling
        countries: dict[str, str] = {}
        for r in records:
            for fld, *_ in _REFERENCES:
                name = r.values.get(fld, "")
                key = name.casefold()
                if name and key not in self.ids_by_key[fld] and key not in new[fld]:
                    new[fld][key] = name
                    countries[key] = r.values.get("country", "")
        n_cats = len(self.ids_by_key["category"])
        top = s.scalar(select(func.max(MeetingTable.position))) or 0
        rows: dict[str, list[dict[str, object]]] = {
            "organization": [
                {"name": n, "country": countries[k]} for k, n in new["organization"].items()
            ],
            "category": [
                {"name": n, "colour": category_colour(n_cats + j)}
                for j, n in enumerate(new["category"].values())
            ],
            "table": [
                {"label": n, "position": top + j + 1} for j, n in enumerate(new["table"].values())
            ],
        }
        for fld, _, model, column in _REFERENCES:
            if rows[fld]:
                s.execute(insert(table_of(model)), rows[fld])
                self._load(fld, column)

    def ids(self, values: dict[str, str]) -> dict[str, int | None]:
        """Foreign keys for the reference columns present in ``values``."""
        return {
            attr: self.ids_by_key[fld].get(values[fld].casefold()) if values[fld] else None
            for fld, attr, _, _ in _REFERENCES
            if fld in values
        }

    def org_name(self, org_id: int | None) -> str:
        return self.org_names.get(org_id, "") if org_id is not None else ""


def _existing_emails(s: Session) -> dict[str, int]:
    return {e.lower(): i for i, e in s.execute(select(Participant.id, Participant.email))}


def _create(
    s: Session, records: list[PersonRecord], look: _Lookups, db_keys: tuple[str, str]
) -> None:
    if not records:
        return
    prefix, secret = db_keys
    rows = []
    for r in records:
        v = r.values
        ref = look.ids(v)
        row: dict[str, object] = {f: v.get(f, "") for f in _PLAIN}
        row.update(
            email=r.email,
            organization_id=ref.get("organization_id"),
            category_id=ref.get("category_id"),
            fixed_table_id=ref.get("fixed_table_id"),
            status=REGISTRATION_ACTIVE,
            badge_code=badge_codes.new_code(prefix, secret),
            search_key=search_key(
                v.get("first_name", ""),
                v.get("last_name", ""),
                r.email,
                look.org_name(ref.get("organization_id")),
            ),
        )
        rows.append(row)
    # Core executemany: ORM bulk INSERT … RETURNING merges result batches quadratically.
    s.execute(insert(table_of(Participant)), rows)
    with_spans = [r for r in records if r.unavailable]
    ids: dict[str, int] = {}
    for start in range(0, len(with_spans), CHUNK):
        emails = [r.email for r in with_spans[start : start + CHUNK]]
        query = select(Participant.email, Participant.id).where(Participant.email.in_(emails))
        ids.update((e, i) for e, i in s.execute(query))
    spans = [
        {"participant_id": ids[r.email], "starts_at": a, "ends_at": b}
        for r in with_spans
        for a, b in r.unavailable or []
    ]
    if spans:
        s.execute(insert(table_of(Unavailability)), spans)


def _update(
    s: Session, records: list[PersonRecord], ids: dict[str, int], look: _Lookups, apply: bool
) -> tuple[int, int]:
    """(updated, unchanged). Blank cells keep the stored value; ``unavailable`` is replaced.
    With ``apply`` False only counts (for a dry run)."""
    people: dict[int, Participant] = {}
    spans: dict[int, list[tuple[datetime, datetime]]] = {}
    for chunk in _chunks([ids[r.email] for r in records]):
        query = select(Participant).where(Participant.id.in_(chunk))
        people.update((p.id, p) for p in s.scalars(query))
        for u in s.scalars(select(Unavailability).where(Unavailability.participant_id.in_(chunk))):
            spans.setdefault(u.participant_id, []).append((u.starts_at, u.ends_at))
    updated = 0
    replace: dict[int, list[tuple[datetime, datetime]]] = {}
    for r in records:
        p = people[ids[r.email]]
        filled = {f: v for f, v in r.values.items() if v}
        changes: dict[str, object] = {f: filled[f] for f in _PLAIN if f in filled}
        changes.update(look.ids(filled))
        changes = {k: v for k, v in changes.items() if getattr(p, k) != v}
        if r.unavailable is not None and sorted(r.unavailable) != sorted(spans.get(p.id, [])):
            replace[p.id] = list(r.unavailable)
        elif not changes:
            continue
        updated += 1
        if apply and changes:
            for attr, value in changes.items():
                setattr(p, attr, value)
            org = look.org_name(p.organization_id)
            p.search_key = search_key(p.first_name, p.last_name, p.email, org)
    if apply:
        s.flush()
        for chunk in _chunks(list(replace)):
            s.execute(delete(Unavailability).where(Unavailability.participant_id.in_(chunk)))
        new = [
            {"participant_id": pid, "starts_at": a, "ends_at": b}
            for pid, ranges in replace.items()
            for a, b in ranges
        ]
        if new:
            s.execute(insert(table_of(Unavailability)), new)
    return updated, len(records) - updated


def import_participants(
    db: EventDB,
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    mapping: dict[str, str] | None = None,
    update: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    table: RawTable | None = None,
    skip_invalid: bool = False,
    skipped_file: str | Path | None = None,
    words: Callable[[Msg], str] | None = None,
    merge: Mapping[int, int] | None = None,
    leave_out: Iterable[int] = (),
) -> ImportReport:
    """Import participants from a CSV/XLSX file (see docs/import.md).

    Raises :class:`~clusterdesk.core.errors.InputFileError` listing every problem, having written
    nothing, unless ``dry_run`` (then the problems are in the returned report) — or, with
    ``skip_invalid``, imports the valid rows and leaves those with problems out (written to
    ``skipped_file`` when given, each row's problems put into ``words`` — the front end's, the
    file is for the person who fixes it). Possible duplicates (same name and organisation, another
    e-mail) are listed in the report; ``merge`` (file row → participant id) updates those
    people instead of registering the row again, ``leave_out`` names rows not to import.
    """
    table, columns, report, problems = prepare(
        PARTICIPANTS,
        path,
        encoding=encoding,
        delimiter=delimiter,
        mapping=mapping,
        dry_run=dry_run,
        table=table,
        optional=frozenset({"first_name"} if update else ()),
    )
    if problems:
        report.problems = problems.items
        if dry_run:
            return report
        raise report.error()
    records = read_people(table, columns, problems, event_info(db).tz, progress, names_later=update)
    report.unknown_countries = country_codes(records)
    keys = badge_keys(db)
    merge = dict(merge or {})
    with db.read() if dry_run else db.write() as s:
        existing = _existing_emails(s)
        _check_merge(s, merge, records, problems)
        new = [r for r in records if r.email not in existing and r.row not in merge]
        old = [r for r in records if r.email in existing]
        if old and not update:
            for r in old:
                problems.add(
                    r.row,
                    "email",
                    msg("import.registered", email=r.email),
                )
        for r in new:
            if not has_name(r.values):
                problems.add(r.row, name_column(columns), msg("import.new_needs_name"))
        report.problems = sorted(problems.items, key=lambda p: p.row)
        skip = rows_to_skip(problems, table, skip_invalid)
        if skip is None:
            if dry_run:
                return report
            raise report.error()
        report.skipped = sorted(skip)
        report.duplicates = find_duplicates(s, [r for r in new if r.row not in skip])
        dropped = skip | set(leave_out)
        report.left_out = sum(1 for r in new if r.row in set(leave_out) - skip)
        new = [r for r in new if r.row not in dropped]
        old = [r for r in old if r.row not in dropped]
        merged = [r for r in records if r.row in merge and r.row not in dropped]
        report.created, report.merged = len(new), len(merged)
        look = _Lookups(s)
        if not dry_run:
            look.create_missing([r for r in records if r.row not in dropped])
        if old:
            report.updated, report.unchanged = _update(s, old, existing, look, not dry_run)
        if merged:
            _update(s, merged, {r.email: merge[r.row] for r in merged}, look, not dry_run)
        if dry_run:
            return report
        _create(s, new, look, keys)
        if skip and skipped_file is not None:
            written = write_skipped(table, report.problems, skip, skipped_file, words)
            report.skipped_file = str(written)
        audit(s, "import.participants", "participant", None, report.audit_details())
    return report


def country_codes(records: list[PersonRecord]) -> list[str]:
    """Store countries as ISO codes ("Lietuva", "Lithuania", "LTU" -> "LT"); returns the names
    that were not recognised (kept as written), for the import report's warning."""
    unknown: dict[str, None] = {}
    for r in records:
        name = r.values.get("country", "")
        if name:
            code = countries.recognise(name)
            if code is None:
                unknown.setdefault(name)
            else:
                r.values["country"] = code
    return list(unknown)


def _check_merge(
    s: Session, merge: dict[int, int], records: list[PersonRecord], problems: Problems
) -> None:
    """A row to merge must be in the file and the person to merge it into must exist."""
    if not merge:
        return
    rows = {r.row for r in records}
    known = set(s.scalars(select(Participant.id).where(Participant.id.in_(set(merge.values())))))
    for row, pid in list(merge.items()):
        if row not in rows:
            del merge[row]  # a row with problems of its own: reported as such
        elif pid not in known:
            problems.add(row, "email", msg("import.no_merge_target", id=pid))
            del merge[row]
