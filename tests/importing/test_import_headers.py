"""Header matching: synonyms in several languages, folding, the user's mapping."""

from __future__ import annotations

import pytest

from clusterdesk.core.errors import UserError
from clusterdesk.services.people_import import FIELDS, REQUIRED, match_columns, missing_fields
from clusterdesk.services.people_import.headers import _SYNONYMS, header_key, parse_mapping
from tests.importing.files import HEADER_EN, HEADER_LT

CANONICAL = FIELDS["participants"][:10]


def test_english_and_lithuanian_headers() -> None:
    expected = {f: i for i, f in enumerate(CANONICAL)}
    assert match_columns(HEADER_EN, "participants") == expected
    assert match_columns(HEADER_LT, "participants") == expected
    assert match_columns(CANONICAL, "participants") == expected


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("FIRST_NAME", "first_name"),
        ("Given name", "first_name"),
        ("Forename", "first_name"),
        ("vardas", "first_name"),
        ("Vārds", "first_name"),
        ("Imię", "first_name"),
        ("Vorname", "first_name"),
        ("Surname", "last_name"),
        ("Family-name", "last_name"),
        ("PAVARDĖ", "last_name"),
        ("Pavarde", "last_name"),
        ("Nazwisko", "last_name"),
        ("Uzvārds", "last_name"),
        ("E-mail", "email"),
        ("e_mail", "email"),
        ("Email address", "email"),
        ("El. paštas", "email"),
        ("el.pastas", "email"),
        ("E-pasts", "email"),
        ("Organization", "organization"),
        ("Company", "organization"),
        ("Įmonė", "organization"),
        ("imone", "organization"),
        ("Uzņēmums", "organization"),
        ("Šalis", "country"),
        ("Valsts", "country"),
        ("Role", "category"),
        ("Kategorija", "category"),
        ("Phone (mobile)", "phone"),
        ("Telefonas", "phone"),
        ("Position", "title"),
        ("Job title", "title"),
        ("Pareigos", "title"),
        ("Unavailable", "unavailable"),
        ("Stalas", "table"),
        ("Table no.", "table"),
        ("Full name", "name"),
        ("Vardas, pavardė", "name"),
        ("Vardas pavardė", "name"),
        ("  E-Mail *  ", "email"),
        ("\ufeffEmail", "email"),
    ],
)
def test_synonyms(header: str, field: str) -> None:
    assert match_columns([header], "participants") == {field: 0}


def test_request_headers() -> None:
    headers = ["From", "To", "Status", "Priority", "Session", "Comment"]
    assert match_columns(headers, "requests") == {
        "requester_email": 0,
        "target_email": 1,
        "status": 2,
        "priority": 3,
        "session": 4,
    }
    assert match_columns(["Requester", "Target"], "requests") == {
        "requester_email": 0,
        "target_email": 1,
    }


def test_no_synonym_means_two_fields() -> None:
    for kind, fields in FIELDS.items():
        seen: dict[str, str] = {}
        for field in fields:
            for word in [field, *_SYNONYMS.get(field, [])]:
                key = header_key(word)
                assert seen.setdefault(key, field) == field, (kind, word)


def test_first_column_wins_and_unknown_columns_are_left_out() -> None:
    cols = match_columns(["Email", "Badge colour", "E-mail address", "First name"], "participants")
    assert cols == {"first_name": 3, "email": 0}


def test_separate_name_columns_win_over_a_full_name_column() -> None:
    assert match_columns(["Name", "First name", "Email"], "participants") == {
        "first_name": 1,
        "email": 2,
    }
    assert match_columns(["Name", "Email"], "participants") == {"email": 1, "name": 0}


def test_mapping() -> None:
    headers = ["Dalyvis", "Kontaktas", "Darbovietė", "Email"]
    cols = match_columns(
        headers,
        "participants",
        {"name": "dalyvis", "email": "Kontaktas", "organization": "3"},
    )
    assert cols == {"email": 1, "organization": 2, "name": 0}
    # an empty column un-maps a field matched by its header
    assert match_columns(["Email", "Phone"], "participants", {"phone": ""}) == {"email": 0}


def test_bad_mapping_names_the_field_or_column() -> None:
    with pytest.raises(UserError, match="Unknown field 'shoe_size'"):
        match_columns(["Email"], "participants", {"shoe_size": "Email"})
    with pytest.raises(UserError, match="No column 'Mail' for field email .*columns: Email"):
        match_columns(["Email"], "participants", {"email": "Mail"})
    with pytest.raises(UserError, match="Bad mapping 'email'"):
        parse_mapping(["email"])
    assert parse_mapping(["email=E-mail address", "phone="]) == {
        "email": "E-mail address",
        "phone": "",
    }


def test_required_fields() -> None:
    assert REQUIRED["participants"] == {"first_name", "email"}
    assert missing_fields("participants", {"email": 0, "name": 1}) == []
    assert missing_fields("participants", {"last_name": 0}) == ["first_name", "email"]
    assert missing_fields("requests", {"requester_email": 0}) == ["target_email"]
