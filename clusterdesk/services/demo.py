"""The demo event: shaped like the Baltic Cluster Forum, deterministic for a given seed.

The people, organisations, programme, B2B session, tables and meeting requests come from
``random.Random(seed)``; only the badge codes are fresh random values (they must be unguessable).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from pathlib import Path

from sqlalchemy import insert, select

from clusterdesk.core import badge_codes
from clusterdesk.core.countries import recognise as country_code
from clusterdesk.core.errors import UserError
from clusterdesk.core.folding import fold
from clusterdesk.core.timeslots import parse_hhmm
from clusterdesk.services import demo_data
from clusterdesk.services.events import badge_keys, create_event, event_info
from clusterdesk.services.participants import ParticipantInput, organization_for, search_key
from clusterdesk.services.sessions import add_session, ensure_tables
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    REGISTRATION_ACTIVE,
    REGISTRATION_CANCELLED,
    B2BSession,
    Category,
    MeetingRequest,
    Organization,
    Participant,
    ProgrammeItem,
    Unavailability,
)
from clusterdesk.store.types import utcnow

DEMO_DAY = date(2026, 5, 14)
MAX_REQUESTS = 10  # per person: the demo session has 12 slots, and people like a pause


@dataclass(frozen=True)
class DemoSummary:
    participants: int
    organizations: int
    requests: int


def _email(first: str, last: str, org: str, n: int) -> str:
    local = f"{fold(first)}.{fold(last)}".replace(" ", "").translate(demo_data.TRANSLIT)
    local = "".join(ch for ch in local if ch.isascii() and (ch.isalnum() or ch == ".")) or "guest"
    domain = "".join(
        ch for ch in fold(org).translate(demo_data.TRANSLIT) if ch.isascii() and ch.isalnum()
    )
    domain = domain[:18] or "example"
    return f"{local}{n}@{domain}.example"


def _people(rng: random.Random, n: int) -> list[ParticipantInput]:
    countries = list(demo_data.COUNTRY_WEIGHTS)
    weights = [demo_data.COUNTRY_WEIGHTS[c] for c in countries]
    orgs: dict[str, list[str]] = {}
    for country in countries:
        cities = demo_data.PEOPLE[country][4]
        surnames = demo_data.PEOPLE[country][2]
        count = max(2, demo_data.COUNTRY_WEIGHTS[country] // 2 + n // 60)
        names: set[str] = set()
        for _ in range(count * 20):  # bounded: small countries have few distinct names
            if len(names) >= count:
                break
            pattern = rng.choice(demo_data.ORG_PATTERNS)
            names.add(
                pattern.format(
                    city=rng.choice(cities),
                    sector=rng.choice(demo_data.SECTORS),
                    country=country,
                    surname=rng.choice(surnames),
                    company=demo_data.COMPANY_FORMS[country],
                )
            )
        orgs[country] = sorted(names)
    cat_names = [c[0] for c in demo_data.CATEGORIES]
    cat_weights = [c[2] for c in demo_data.CATEGORIES]
    people = []
    for i in range(n):
        country = rng.choices(countries, weights)[0]
        male_first, female_first, male_last, female_last, _ = demo_data.PEOPLE[country]
        if rng.random() < 0.5:
            first, last = rng.choice(male_first), rng.choice(male_last)
        else:
            first = rng.choice(female_first)
            last = rng.choice(female_last or male_last)
        org = rng.choice(orgs[country])
        category = rng.choices(cat_names, cat_weights)[0]
        people.append(
            ParticipantInput(
                first_name=first,
                last_name=last,
                email=_email(first, last, org, i + 1),
                organization=org,
                country=country_code(country) or country,  # stored as its ISO code
                category=category,
                phone=f"+370 6{rng.randrange(10**6, 10**7)}",
                title=rng.choice(
                    [
                        "CEO",
                        "Cluster manager",
                        "Project manager",
                        "Researcher",
                        "Business developer",
                        "Director",
                        "Policy officer",
                        "",
                    ]
                ),
                attention=rng.choice(demo_data.ATTENTION) if rng.random() < 0.03 else "",
            )
        )
    return people


def build_demo(target: str | Path, *, participants: int = 220, seed: int = 2026) -> DemoSummary:
    if participants < 2:
        raise UserError("A demo event needs at least 2 participants")
    rng = random.Random(seed)
    db = create_event(
        target, name="Baltic Cluster Forum 2026", start=DEMO_DAY, venue="Vilnius, LITEXPO"
    )
    try:
        return _fill(db, rng, participants)
    finally:
        db.dispose()


def _fill(db: EventDB, rng: random.Random, n: int) -> DemoSummary:
    tz = event_info(db).tz
    # Organisers plan "tables >= meetings / slots, plus 10-20 %": 12 slots, ~2.4 accepted
    # requests per person.
    n_tables = max(4, min(1000, math.ceil(n * 2.4 / 12 * 1.15)))
    ensure_tables(db, n_tables, "T")
    add_session(
        db,
        name="B2B matchmaking",
        day=DEMO_DAY,
        start=time(13, 0),
        end=time(17, 20),
        slot_minutes=20,
        pauses=[(time(15, 0), time(15, 20))],
    )
    prefix, secret = badge_keys(db)
    people = _people(rng, n)
    with db.write() as s:
        for name, colour, _ in demo_data.CATEGORIES:
            s.add(Category(name=name, colour=colour))
        for a, b, title, where in demo_data.PROGRAMME:
            s.add(
                ProgrammeItem(
                    title=title,
                    room=where,
                    starts_at=datetime.combine(DEMO_DAY, parse_hhmm(a), tz),
                    ends_at=datetime.combine(DEMO_DAY, parse_hhmm(b), tz),
                )
            )
        s.flush()
        org_ids: dict[str, Organization] = {}
        for data in people:
            if data.organization not in org_ids:
                org = organization_for(s, data.organization, data.country)
                assert org is not None  # demo organisations always have a name
                org_ids[data.organization] = org
        cat_ids = {c.name: c for c in s.scalars(select(Category))}
        s.flush()
        cancelled = set(rng.sample(range(n), k=max(1, n // 70)))
        now = utcnow()
        records = [
            {
                "first_name": d.first_name,
                "last_name": d.last_name,
                "email": d.email,
                "organization_id": org_ids[d.organization].id,
                "country": d.country,
                "category_id": cat_ids[d.category].id,
                "phone": d.phone,
                "title": d.title,
                "attention": d.attention,
                "notes": "",
                "status": REGISTRATION_CANCELLED if i in cancelled else REGISTRATION_ACTIVE,
                "badge_code": badge_codes.new_code(prefix, secret),
                "search_key": search_key(d.first_name, d.last_name, d.email, d.organization),
                "created_at": now,
                "updated_at": now,
            }
            for i, d in enumerate(people)
        ]
        s.execute(insert(Participant), records)
        rows = list(
            s.execute(
                select(Participant.id, Participant.status, Participant.organization_id).order_by(
                    Participant.id
                )
            )
        )
        start = datetime.combine(DEMO_DAY, time(13, 0), tz)
        for p in rng.sample(rows, k=max(1, n // 25)):
            begin = start + timedelta(minutes=20 * rng.randrange(0, 9))
            s.add(
                Unavailability(
                    participant_id=p.id, starts_at=begin, ends_at=begin + timedelta(minutes=40)
                )
            )
        session_id = s.query(B2BSession.id).scalar()
        requests = _requests(rng, [p.id for p in rows if p.status != REGISTRATION_CANCELLED])
        rows_out: list[dict[str, object]] = []
        for req_a, req_b, state, priority in requests:
            rows_out.append(
                {
                    "requester_id": req_a,
                    "target_id": req_b,
                    "status": state,
                    "priority": priority,
                    "session_id": session_id if rng.random() < 0.05 else None,
                }
            )
        if rows_out:
            s.execute(insert(MeetingRequest), rows_out)
        orgs = len({p.organization_id for p in rows})
    return DemoSummary(participants=n, organizations=orgs, requests=len(requests))


def _requests(rng: random.Random, ids: list[int]) -> list[tuple[int, int, str, int]]:
    """About 2.7 requests per participant; popular people receive more (Zipf-like, capped)."""
    want = round(len(ids) * 600 / 220)
    popularity = list(accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(len(ids))))
    shuffled = ids[:]
    rng.shuffle(shuffled)
    seen: set[frozenset[int]] = set()
    degree: dict[int, int] = {}
    out: list[tuple[int, int, str, int]] = []
    attempts = 0
    while len(out) < want and attempts < want * 20:
        attempts += 1
        a = rng.choice(ids)
        b = rng.choices(shuffled, cum_weights=popularity)[0]
        pair = frozenset((a, b))
        if a == b or pair in seen or max(degree.get(a, 0), degree.get(b, 0)) >= MAX_REQUESTS:
            continue
        seen.add(pair)
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1
        status = rng.choices(["accepted", "pending", "declined"], [88, 7, 5])[0]
        out.append((a, b, status, rng.choice([1, 1, 1, 2])))
    return out
