"""People an import would register twice: e-mail matching misses someone who registered again
with another address. A row whose name and organisation (case and diacritics ignored) are those
of someone already registered — or of an earlier row of the file — under another e-mail is
flagged; the user decides: keep both, merge the row into the registered person (their details
updated, their e-mail and badge kept), or leave a repeated row of the file out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clusterdesk.core.folding import fold
from clusterdesk.services.people_import.person_rows import PersonRecord
from clusterdesk.store.models import REGISTRATION_ACTIVE, Organization, Participant


@dataclass(frozen=True)
class PossibleDuplicate:
    row: int  # the file row
    name: str
    organization: str
    email: str  # in the file
    other_id: int | None  # the registered person, or None: an earlier row of the file
    other_email: str
    other_row: int | None = None  # that earlier row


def _key(first: str, last: str, organization: str) -> tuple[str, str] | None:
    name, org = fold(f"{first} {last}"), fold(organization)
    return (" ".join(name.split()), " ".join(org.split())) if name.strip() and org else None


def find_duplicates(s: Session, records: Iterable[PersonRecord]) -> list[PossibleDuplicate]:
    """Flag new records (not matched by e-mail) that look like someone else (one query)."""
    registered: dict[tuple[str, str], tuple[int, str]] = {}
    q = (
        select(
            Participant.id,
            Participant.first_name,
            Participant.last_name,
            Participant.email,
            func.coalesce(Organization.name, ""),
        )
        .outerjoin(Organization, Participant.organization_id == Organization.id)
        .where(Participant.status == REGISTRATION_ACTIVE)
        .order_by(Participant.id)
    )
    for pid, first, last, email, org in s.execute(q):
        key = _key(first, last, org)
        if key is not None:
            registered.setdefault(key, (pid, email))
    earlier: dict[tuple[str, str], PersonRecord] = {}
    found: list[PossibleDuplicate] = []
    for r in records:
        v = r.values
        key = _key(v.get("first_name", ""), v.get("last_name", ""), v.get("organization", ""))
        if key is None:
            continue
        name = f"{v.get('first_name', '')} {v.get('last_name', '')}".strip()
        org = v.get("organization", "")
        if key in registered and registered[key][1] != r.email:
            pid, email = registered[key]
            found.append(PossibleDuplicate(r.row, name, org, r.email, pid, email))
        elif key in earlier and earlier[key].email != r.email:
            seen = earlier[key]
            found.append(PossibleDuplicate(r.row, name, org, r.email, None, seen.email, seen.row))
        else:
            earlier.setdefault(key, r)
    return found
