"""Database URLs without a database library: what the front ends build and show is exactly what
SQLAlchemy (which opens the database) reads."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from clusterdesk.core.database_url import (
    DatabaseURL,
    is_database_url,
    parse_database_url,
    strip_password,
)


@pytest.mark.parametrize(
    "url",
    [
        DatabaseURL(
            username="desk", password="s3cret", host="10.0.0.5", port=5432, database="forum"
        ),
        DatabaseURL(username="Ąžuolas", password="p@ss:w/rd?#%", host="venue.lan", database="f 26"),
        DatabaseURL(host="localhost", database="forum", query="sslmode=require"),
        DatabaseURL(username="desk", host="::1", port=6543, database="forum"),
        DatabaseURL(scheme="postgresql", host="db", database="x"),
    ],
)
def test_what_is_rendered_is_what_sqlalchemy_reads(url: DatabaseURL) -> None:
    text = url.render()
    theirs = make_url(text)
    assert (theirs.drivername, theirs.username or "", theirs.password or "") == (
        url.scheme,
        url.username,
        url.password,
    )
    assert (theirs.host, theirs.port, theirs.database) == (url.host, url.port, url.database)
    assert parse_database_url(text) == url
    assert parse_database_url(theirs.render_as_string(hide_password=False)) == url


def test_passwords_are_stripped_and_paths_left_alone() -> None:
    assert (
        strip_password("postgresql+psycopg://desk:secret@10.0.0.5:5432/forum")
        == "postgresql+psycopg://desk@10.0.0.5:5432/forum"
    )
    assert strip_password("/home/desk/Šetkus forum.cdesk") == "/home/desk/Šetkus forum.cdesk"
    assert strip_password("C:\\Events\\forum.cdesk") == "C:\\Events\\forum.cdesk"
    assert not is_database_url("C:\\Events\\forum.cdesk") and is_database_url("postgresql://h/d")
    assert parse_database_url("postgresql+psycopg://desk@venue:5432/forum").place == (
        "venue:5432/forum"
    )


@pytest.mark.parametrize("text", ["forum.cdesk", "postgresql://host:port/db", "://host/db"])
def test_a_bad_url_is_refused_with_the_reason(text: str) -> None:
    with pytest.raises(ValueError, match="URL|port|scheme"):
        parse_database_url(text)
