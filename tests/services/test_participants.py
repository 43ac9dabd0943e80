from __future__ import annotations

import pytest
from sqlalchemy import func, select

from clusterdesk.core import badge_codes
from clusterdesk.core.countries import country_name
from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import CodedError
from clusterdesk.services.events import badge_keys
from clusterdesk.services.participants import (
    ParticipantInput,
    create_participant,
    get_participant,
    list_participants,
    search_ids,
    set_registration,
    update_participant,
)
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import AuditLog, Organization

NAMES = [
    ("Kęstutis", "Šetkus", "Lithuania"),
    ("Aiga", "Ģērmanis", "Latvia"),
    ("Олена", "Фесенко", "Ukraine"),
    ("Þórunn", "Sigurðardóttir", "Iceland"),
    ("Jürgen", "Groß", "Germany"),
]


def _add(db: EventDB, first: str, last: str, country: str, org: str = "Baltic Cluster") -> int:
    email = f"{len(first)}{len(last)}.{abs(hash(first + last)) % 10**6}@example.org"
    return create_participant(
        db,
        ParticipantInput(
            first_name=first,
            last_name=last,
            email=email,
            organization=org,
            country=country,
            category="Company",
        ),
    )


def test_names_keep_every_character(event_db: EventDB) -> None:
    for first, last, country in NAMES:
        _add(event_db, first, last, country)
    rows = list_participants(event_db)
    assert {(r.first_name, r.last_name) for r in rows} == {(f, lname) for f, lname, _ in NAMES}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("setkus", "Šetkus"),
        ("SETK", "Šetkus"),
        ("germanis", "Ģērmanis"),
        ("фесен", "Фесенко"),
        ("thorunn", "Sigurðardóttir"),
        ("gross", "Groß"),
        ("jurgen gro", "Groß"),
    ],
)
def test_search_ignores_case_and_diacritics(event_db: EventDB, query: str, expected: str) -> None:
    for first, last, country in NAMES:
        _add(event_db, first, last, country)
    found = [r.last_name for r in list_participants(event_db, query)]
    assert found == [expected]


def test_search_by_organisation_and_email(event_db: EventDB) -> None:
    pid = _add(event_db, "Doris", "Pold", "Estonia", org="Tartu Biotechnology Park")
    assert search_ids(event_db, "tartu biotech") == [pid]
    email = get_participant(event_db, pid).email
    assert search_ids(event_db, email.split("@")[0]) == [pid]
    assert search_ids(event_db, "100%_") == []


def test_badge_code_is_valid_for_the_event(event_db: EventDB) -> None:
    pid = _add(event_db, "Doris", "Pold", "Estonia")
    prefix, secret = badge_keys(event_db)
    code = get_participant(event_db, pid).badge_code
    assert badge_codes.check(code, prefix, secret).kind is badge_codes.CodeKind.VALID


def test_validation_and_duplicates(event_db: EventDB) -> None:
    with pytest.raises(UserError, match="participant.email_invalid"):
        create_participant(event_db, ParticipantInput(first_name="A", email="not-an-email"))
    with pytest.raises(UserError, match="participant.name_required"):
        create_participant(event_db, ParticipantInput(email="a@b.lt"))
    create_participant(event_db, ParticipantInput(first_name="A", email="A@B.lt"))
    with pytest.raises(CodedError, match="participant.email_registered"):
        create_participant(event_db, ParticipantInput(first_name="B", email="a@b.LT"))
    assert len(list_participants(event_db)) == 1


def test_update_and_cancel(event_db: EventDB) -> None:
    pid = _add(event_db, "Doris", "Pold", "Estonia")
    row = get_participant(event_db, pid)
    update_participant(
        event_db,
        pid,
        ParticipantInput(
            first_name="Doris",
            last_name="Põld",
            email=row.email,
            organization="New Org",
            country="Estonia",
            attention="VIP",
        ),
    )
    row = get_participant(event_db, pid)
    assert (row.last_name, row.organization, row.attention) == ("Põld", "New Org", "VIP")
    assert search_ids(event_db, "pold") == [pid]
    set_registration(event_db, pid, "cancelled")
    assert get_participant(event_db, pid).cancelled
    set_registration(event_db, pid, "active")
    assert not get_participant(event_db, pid).cancelled
    with event_db.read() as s:
        actions = list(s.scalars(select(AuditLog.action).order_by(AuditLog.id)))
        assert s.scalar(select(func.count(Organization.id))) == 2
    assert actions == [
        "participant.create",
        "participant.update",
        "participant.cancelled",
        "participant.active",
    ]


def test_sorting(event_db: EventDB) -> None:
    for first, last, country in NAMES:
        _add(event_db, first, last, country)
    by_country = [r.country for r in list_participants(event_db)]
    assert len(by_country) == len(NAMES)
    ids = search_ids(event_db, "", sort="country", descending=True)
    # by the country's name (stored as its code) in the event's language
    countries = [country_name(get_participant(event_db, i).country) for i in ids]
    assert countries == sorted(countries, reverse=True)
    with pytest.raises(UserError):
        search_ids(event_db, "", sort="password")
