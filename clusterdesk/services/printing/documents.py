"""Preparing each document: gather plain records from the event for that document's one renderer.

One function per document kind, each returning a :class:`~.jobs.PreparedJob` (dispatched by
:func:`.jobs.prepare`).
"""

from __future__ import annotations

from clusterdesk.core.collation import sort_key
from clusterdesk.core.countries import country_name
from clusterdesk.documents import agendas as agenda_doc
from clusterdesk.documents.catalogue import CatalogueDocument, CatalogueEntry, CatalogueGroup
from clusterdesk.documents.catalogue import page_count as catalogue_pages
from clusterdesk.documents.master_schedule import ScheduleDocument
from clusterdesk.documents.report import ReportDocument
from clusterdesk.documents.table_sheets import (
    SheetMeeting,
    TableSheet,
    TableSheetDocument,
    sheet_pages,
)
from clusterdesk.documents.words import words
from clusterdesk.services.events import event_info
from clusterdesk.services.plan import EventPlan, load_plan
from clusterdesk.services.printing.agendas import (
    agenda_record,
    digest,
    event_header,
    programme_lines,
)
from clusterdesk.services.printing.badges import badge_document, select_participants
from clusterdesk.services.printing.jobs import (
    AGENDA,
    PreparedJob,
    PrintChoices,
    per_page_starts,
)
from clusterdesk.services.printing.log import last_digests
from clusterdesk.services.report_data import event_kpis
from clusterdesk.services.table_cards import (
    NO_TABLES,
    TABLE_CARD_LAYOUT,
    table_card_document,
    table_rows,
)
from clusterdesk.store.engine import EventDB

NOBODY = "Nobody matches these choices: there is nothing to print."


def prepare_badges(db: EventDB, choices: PrintChoices) -> PreparedJob:
    ids, doc = badge_document(db, choices.selection, choices.layout or None)
    return PreparedJob(
        choices,
        doc,
        ids,
        doc.pages,
        doc.layout.name,
        doc.layout.title,
        per_page_starts(len(ids), doc.layout.per_page),
        nothing="" if ids else NOBODY,
    )


def prepare_table_cards(db: EventDB, choices: PrintChoices) -> PreparedJob:
    ids, doc = table_card_document(db, choices.tables)
    return PreparedJob(
        choices,
        doc,
        ids,
        doc.pages,
        TABLE_CARD_LAYOUT,
        "A4 tent card",
        nothing="" if ids else NO_TABLES,
    )


def prepare_agendas(db: EventDB, choices: PrintChoices) -> PreparedJob:
    """The chosen people's agendas (name order); only those with meetings, or only those whose
    agenda changed since it was last printed, when asked."""
    ids = select_participants(db, choices.selection, AGENDA)
    plan = load_plan(db)
    records, digests = [], {}
    printed = last_digests(db, AGENDA) if choices.changed else {}
    kept: list[int] = []
    for pid in ids:
        record = agenda_record(plan, plan.people[pid])
        if choices.with_meetings and not plan.meetings_of(pid):
            continue
        d = digest(record)
        if choices.changed and printed.get(pid) == d:
            continue
        kept.append(pid)
        records.append(record)
        digests[pid] = d
    programme = programme_lines(plan.programme, plan.several_days, plan.info.language)
    starts, page = [], 0
    for record in records:
        starts.append(page)
        page += agenda_doc.page_count(record, programme)
    doc = agenda_doc.AgendaDocument(event_header(plan.info), tuple(records), programme)
    nothing = ""
    if not kept:
        nothing = "No agenda changed since it was last printed." if choices.changed else NOBODY
    return PreparedJob(
        choices,
        doc,
        kept,
        max(1, page),
        "a4-agenda",
        "A4 personal agenda",
        tuple(starts),
        digests,
        nothing,
    )


def schedule_document(plan: EventPlan) -> ScheduleDocument:
    from clusterdesk.services.meeting_board import short_name

    slot_index = {s.id: j for j, s in enumerate(plan.slots)}
    table_index = {t.id: i for i, t in enumerate(plan.tables)}
    empty = ("", "")
    grid = [[empty] * len(plan.slots) for _ in plan.tables]
    short = {p.id: short_name(p.first_name, p.last_name) for p in plan.people.values()}
    for m in plan.meetings:
        if m.active and m.table_id in table_index and m.slot_id in slot_index:
            grid[table_index[m.table_id]][slot_index[m.slot_id]] = (short[m.a], short[m.b])
    days = plan.several_days
    w = words(plan.info.language)
    return ScheduleDocument(
        event_header(plan.info),
        tuple(f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}" for s in plan.slots),
        tuple(w.short_day(s.starts_at) if days else "" for s in plan.slots),
        tuple(t.label for t in plan.tables),
        tuple(t.zone for t in plan.tables),
        tuple(tuple(row) for row in grid),
    )


def prepare_master_schedule(db: EventDB, choices: PrintChoices) -> PreparedJob:
    doc = schedule_document(load_plan(db))
    return PreparedJob(choices, doc, [], doc.pages, "a4-landscape-grid", "Master schedule")


def prepare_table_sheets(db: EventDB, choices: PrintChoices) -> PreparedJob:
    tables = table_rows(db, choices.tables)
    plan = load_plan(db)
    hosts: dict[str, list[str]] = {}
    for p in plan.people.values():
        if p.fixed_table and p.active:
            hosts.setdefault(p.fixed_table, []).append(p.name)
    by_table: dict[int, list[SheetMeeting]] = {}
    days = plan.several_days
    lang = plan.info.language
    w = words(lang)
    for m in plan.meetings:
        if m.active and m.table_id is not None:
            a, b = plan.people[m.a], plan.people[m.b]
            when = f"{m.starts_at:%H:%M}–{m.ends_at:%H:%M}"
            if days:
                when = f"{w.day_month(m.starts_at)} {when}"
            by_table.setdefault(m.table_id, []).append(
                SheetMeeting(when, a.name, a.organization, b.name, b.organization)
            )
    sheets = tuple(
        TableSheet(
            label,
            zone,
            ", ".join(sorted(hosts.get(label, []), key=lambda n: sort_key(n, lang))),
            tuple(by_table.get(tid, [])),
        )
        for tid, label, zone in tables
    )
    starts, page = [], 0
    for sheet in sheets:
        starts.append(page)
        page += sheet_pages(sheet)
    doc = TableSheetDocument(event_header(plan.info), sheets)
    ids = [t[0] for t in tables]
    return PreparedJob(
        choices,
        doc,
        ids,
        max(1, page),
        "a4-table-sheet",
        "A4 table sheet",
        tuple(starts),
        nothing="" if ids else NO_TABLES,
    )


def prepare_catalogue(db: EventDB, choices: PrintChoices) -> PreparedJob:
    by = "category" if choices.group_by == "category" else "country"
    plan = load_plan(db)
    ids = set(select_participants(db, choices.selection, "catalogue"))
    groups: dict[str, list[CatalogueEntry]] = {}
    lang = plan.info.language
    none = words(lang)("(none)")
    people = [p for p in plan.people.values() if p.id in ids]
    people.sort(key=lambda p: (sort_key(p.last_name, lang), sort_key(p.first_name, lang), p.id))
    for p in people:  # the country's name in the event's language: "Lietuva" and "LT" are one
        key = (p.category if by == "category" else p.country) or none
        groups.setdefault(key, []).append(
            CatalogueEntry(p.name, p.organization, p.country, p.category, p.title, p.notes)
        )
    ordered = tuple(
        CatalogueGroup(title, tuple(entries))
        for title, entries in sorted(
            groups.items(), key=lambda kv: (kv[0] == none, sort_key(kv[0], lang))
        )
    )
    doc = CatalogueDocument(event_header(plan.info), by, ordered)
    return PreparedJob(
        choices,
        doc,
        [],
        catalogue_pages(ordered),
        f"catalogue-{by}",
        f"Participants by {by}",
        nothing="" if people else NOBODY,
    )


# the outcome chart's rows, best first (as the Dashboard shows them; labels fit the chart)
REPORT_OUTCOMES = (
    ("agreement", "Agreement reached"),
    ("cooperation", "Cooperation possible"),
    ("informative", "Informative, no cooperation"),
    ("no_interest", "Insufficient interest"),
    ("not_rated", "Held, not rated"),
    ("not_held", "Did not take place"),
)


def prepare_report(db: EventDB, choices: PrintChoices) -> PreparedJob:
    k = event_kpis(db)
    s = k.stats
    info = event_info(db)
    w = words(info.language)
    share = (
        w("{pct} % of participants", pct=w.decimal(100 * s.checked_in / s.participants, 0))
        if s.participants
        else ""
    )
    realised = (
        w(
            "Realised: {held} of {accepted} accepted meetings were held ({pct} %).",
            held=k.held,
            accepted=k.accepted,
            pct=w.decimal(100 * k.realised),
        )
        if k.realised is not None
        else w("Realised: no meeting requests have been accepted yet.")
    )
    cancelled = w.plural("{n} cancelled", k.cancelled) if k.cancelled else ""
    kpis = (
        (
            w("Participants"),
            f"{s.participants}",
            w.plural("{n} cancelled", s.cancelled) if s.cancelled else "",
        ),
        (w("Countries"), f"{s.countries}", ""),
        (w("Organisations"), f"{s.organizations}", ""),
        (w("Checked in"), f"{s.checked_in}", share),
        (w("Meetings accepted"), f"{k.accepted}", w.plural("{n} requests in all", s.requests)),
        (w("Meetings scheduled"), f"{k.scheduled}", cancelled),
        (
            w("Meetings held"),
            f"{k.held}",
            w("{pct} % of accepted", pct=w.decimal(100 * k.realised))
            if k.realised is not None
            else "",
        ),
        (w("No-shows"), f"{k.no_shows}", ""),
        (w("Meetings per participant"), w.decimal(k.mean_meetings), w("on average")),
    )
    doc = ReportDocument(
        event_header(info),
        kpis,
        realised,
        (
            (w("Accepted"), k.accepted),
            (w("Scheduled"), k.scheduled),
            (w("Held"), k.held),
            (w("No-show"), k.no_shows),
        ),
        tuple((country_name(c, info.language), n) for c, n in s.by_country.items()),
        tuple(s.by_category.items()),
        tuple((f"{t:%H:%M}", n) for t, n in k.checkins),
        tuple((str(m), n) for m, n in k.per_person),
        tuple((w(label), k.outcomes.get(code, 0)) for code, label in REPORT_OUTCOMES)
        if k.any_outcome
        else (),
    )
    return PreparedJob(choices, doc, [], doc.pages, "a4-report", "Statistics report")
