"""Which column holds which field: header synonyms (English, Lithuanian and some Latvian,
Estonian, Polish, German, Nordic, French) and the user's ``--map FIELD=COLUMN``.

Headers are compared after folding: case, spaces, ``_``/``-``/punctuation and diacritics are
ignored, so ``E-mail``, ``e_mail``, ``EMAIL`` and ``El. paštas`` all find their field.
"""

from __future__ import annotations

import re

from clusterdesk.core.errors import UserError
from clusterdesk.core.folding import fold

PARTICIPANTS = "participants"
REQUESTS = "requests"
PROGRAMME = "programme"

FIELDS: dict[str, list[str]] = {
    PARTICIPANTS: [
        "first_name",
        "last_name",
        "email",
        "organization",
        "country",
        "category",
        "phone",
        "title",
        "unavailable",
        "table",
        "name",
        "notes",
    ],
    REQUESTS: ["requester_email", "target_email", "status", "priority", "session"],
    PROGRAMME: ["title", "date", "start", "end", "room", "speakers", "description"],
}
# A participants file needs a name: ``first_name`` (with or without ``last_name``), or one ``name``
# column ("Full name", "Vardas pavardė") that is split into first and last name.
REQUIRED: dict[str, set[str]] = {
    PARTICIPANTS: {"first_name", "email"},
    REQUESTS: {"requester_email", "target_email"},
    PROGRAMME: {"title", "start", "end"},
}
NAME_FIELD = "name"

_SYNONYMS: dict[str, list[str]] = {
    "first_name": [
        "first name",
        "firstname",
        "first",
        "given name",
        "given names",
        "forename",
        "fname",
        "christian name",
        "vardas",
        "vardai",
        "vārds",
        "eesnimi",
        "imię",
        "imie",
        "vorname",
        "prénom",
        "fornavn",
        "förnamn",
        "etunimi",
    ],
    "last_name": [
        "last name",
        "lastname",
        "last",
        "surname",
        "family name",
        "lname",
        "pavardė",
        "uzvārds",
        "perekonnanimi",
        "nazwisko",
        "nachname",
        "familienname",
        "nom",
        "nom de famille",
        "efternamn",
        "etternavn",
        "efternavn",
        "sukunimi",
    ],
    "name": [
        "name",
        "full name",
        "fullname",
        "participant",
        "participant name",
        "attendee",
        "attendee name",
        "contact person",
        "vardas pavardė",
        "vardas ir pavardė",
        "vardas, pavardė",
        "dalyvis",
        "vārds uzvārds",
        "vārds, uzvārds",
        "nimi",
        "imię i nazwisko",
        "nom complet",
        "navn",
        "namn",
    ],
    "email": [
        "email",
        "e-mail",
        "email address",
        "e-mail address",
        "mail",
        "e-mail adress",
        "el. paštas",
        "el paštas",
        "elektroninis paštas",
        "el. pašto adresas",
        "e. paštas",
        "e-pasts",
        "epasts",
        "e-post",
        "e-posti",
        "e-mail-adresse",
        "adres e-mail",
        "courriel",
        "adresse e-mail",
        "sähköposti",
        "email adresas",
    ],
    "organization": [
        "organisation",
        "organization",
        "organisation name",
        "organization name",
        "company",
        "company name",
        "institution",
        "employer",
        "affiliation",
        "org",
        "organizacija",
        "organizacijos pavadinimas",
        "įmonė",
        "įmonės pavadinimas",
        "įstaiga",
        "uzņēmums",
        "organizācija",
        "organisatsioon",
        "ettevõte",
        "firma",
        "organizacja",
        "unternehmen",
        "société",
        "entreprise",
        "företag",
        "yritys",
        "organisasjon",
    ],
    "country": [
        "country",
        "country name",
        "country/region",
        "šalis",
        "valstybė",
        "valsts",
        "riik",
        "kraj",
        "land",
        "pays",
        "maa",
    ],
    "category": [
        "category",
        "type",
        "role",
        "participant type",
        "attendee type",
        "ticket type",
        "registration type",
        "group",
        "kategorija",
        "tipas",
        "dalyvio tipas",
        "vaidmuo",
        "grupė",
        "kategooria",
        "kategoria",
        "kategorie",
        "catégorie",
    ],
    "phone": [
        "phone",
        "telephone",
        "phone number",
        "telephone number",
        "mobile",
        "mobile phone",
        "cell phone",
        "tel",
        "tel.",
        "telefonas",
        "tel. nr.",
        "telefono numeris",
        "mobilusis",
        "tālrunis",
        "telefons",
        "telefon",
        "puhelin",
        "telefonnummer",
        "téléphone",
    ],
    "title": [
        "title",
        "position",
        "job title",
        "job",
        "function",
        "pareigos",
        "amatas",
        "amats",
        "ametikoht",
        "stanowisko",
        "funktion",
        "position title",
        "poste",
        "titel",
        "stilling",
    ],
    "unavailable": [
        "unavailable",
        "unavailability",
        "not available",
        "unavailable times",
        "busy",
        "nepasiekiamas",
        "užimtas",
        "užimtumas",
        "neprieinamas",
        "nav pieejams",
    ],
    "table": [
        "table",
        "table number",
        "table no",
        "table no.",
        "fixed table",
        "meeting point",
        "stalas",
        "stalo nr.",
        "stalo numeris",
        "galds",
        "laud",
        "stół",
        "stol",
        "tisch",
    ],
    "notes": ["notes", "note", "comments", "comment", "remarks", "pastabos", "piezīmes"],
    "requester_email": [
        "requester",
        "requester email",
        "requester e-mail",
        "from",
        "from email",
        "sender",
        "requested by",
        "inviter",
        "who",
        "prašytojas",
        "kas",
        "siuntėjas",
        "nuo",
    ],
    "target_email": [
        "target",
        "target email",
        "target e-mail",
        "to",
        "to email",
        "recipient",
        "requested",
        "meet with",
        "invitee",
        "with",
        "su kuo",
        "kam",
        "adresatas",
        "gavėjas",
    ],
    "status": ["status", "state", "request status", "būsena", "statusas"],
    "priority": ["priority", "weight", "importance", "prioritetas", "svarba"],
    "session": ["session", "b2b session", "session name", "sesija"],
}


# The programme's own words (its "title" is an item's title, not a person's position).
_PROGRAMME_SYNONYMS: dict[str, list[str]] = {
    "title": ["title", "item", "talk", "session", "topic", "pavadinimas", "tema", "renginys"],
    "date": ["date", "day", "data", "diena", "datums", "kuupäev"],
    "start": ["start", "starts", "from", "begin", "begins", "start time", "time", "pradžia", "nuo"],
    "end": ["end", "ends", "to", "until", "finish", "end time", "pabaiga", "iki"],
    "room": ["room", "location", "hall", "venue", "place", "stage", "salė", "vieta", "patalpa"],
    "speakers": [
        "speakers",
        "speaker",
        "presenter",
        "presenters",
        "moderator",
        "pranešėjai",
        "pranešėjas",
        "kalbėtojai",
    ],
    "description": ["description", "abstract", "details", "notes", "aprašymas", "pastabos"],
}


def header_key(text: str) -> str:
    """The comparable form of a header: folded, letters and digits only."""
    return re.sub(r"[\W_]+", "", fold(text.replace("\ufeff", "")))


def _synonyms(kind: str) -> dict[str, str]:
    out: dict[str, str] = {}
    words = _PROGRAMME_SYNONYMS if kind == PROGRAMME else _SYNONYMS
    for fld in FIELDS[kind]:
        for word in [fld, *words.get(fld, [])]:
            out.setdefault(header_key(word), fld)
    return out


_BY_KIND = {kind: _synonyms(kind) for kind in FIELDS}


def field_for_header(header: str, kind: str) -> str | None:
    """The field a header names, if any (``Phone (mobile)`` is tried as ``Phone`` too)."""
    table = _BY_KIND[kind]
    key = header_key(header)
    if key in table:
        return table[key]
    bare = header_key(re.sub(r"\(.*?\)|\[.*?\]|\*", "", header))
    return table.get(bare) if bare else None


def check_kind(kind: str) -> None:
    if kind not in FIELDS:
        raise UserError(f"Unknown import kind {kind!r} (use {', '.join(FIELDS)})")


def _find_column(headers: list[str], column: str) -> int | None:
    if column in headers:
        return headers.index(column)
    key = header_key(column)
    for i, h in enumerate(headers):
        if key and header_key(h) == key:
            return i
    if column.strip().isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    return None


def match_columns(
    headers: list[str], kind: str, mapping: dict[str, str] | None = None
) -> dict[str, int]:
    """field → column index, from the headers' synonyms and then the user's mapping.

    ``mapping`` is ``{field: column}`` where column is a header (compared like the synonyms) or a
    1-based column number; an empty column (``--map phone=``) means "do not import that field".
    Missing required fields are not an error here (see :func:`missing_fields`).
    """
    check_kind(kind)
    found: dict[str, int] = {}
    for i, header in enumerate(headers):
        fld = field_for_header(header, kind)
        if fld is not None and fld not in found:
            found[fld] = i
    for fld, column in (mapping or {}).items():
        name = fld.strip().lower().replace("-", "_").replace(" ", "_")
        if name not in FIELDS[kind]:
            raise UserError(
                f"Unknown field {fld!r} in the column mapping (fields: {', '.join(FIELDS[kind])})"
            )
        if not column.strip():
            found.pop(name, None)
            continue
        index = _find_column(headers, column)
        if index is None:
            raise UserError(
                f"No column {column!r} for field {name} (columns: {', '.join(headers)})"
            )
        found = {f: i for f, i in found.items() if i != index}
        found[name] = index
    if kind == PARTICIPANTS and NAME_FIELD in found and "first_name" in found:
        # separate name columns win over a full-name column, unless the user mapped it
        if not mapping or NAME_FIELD not in mapping:
            del found[NAME_FIELD]
    return dict(sorted(found.items(), key=lambda kv: FIELDS[kind].index(kv[0])))


def missing_fields(kind: str, columns: dict[str, int]) -> list[str]:
    """Required fields without a column (a ``name`` column stands in for ``first_name``)."""
    have = set(columns)
    if kind == PARTICIPANTS and NAME_FIELD in have:
        have.add("first_name")
    return [f for f in FIELDS[kind] if f in REQUIRED[kind] and f not in have]


def parse_mapping(items: list[str]) -> dict[str, str]:
    """``["email=E-mail address", "phone="]`` → ``{"email": "E-mail address", "phone": ""}``."""
    out: dict[str, str] = {}
    for item in items:
        fld, sep, column = item.partition("=")
        if not sep or not fld.strip():
            raise UserError(f"Bad mapping {item!r}: use FIELD=COLUMN, e.g. email=E-mail address")
        out[fld.strip()] = column.strip()
    return out
