"""Joined events reconnect without their password kept in clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterdesk.core.paths import config_dir, data_dir
from clusterdesk.services.sharing import secrets
from clusterdesk.services.sharing.join import desk_url, is_joined_url
from clusterdesk.services.sharing.recent import forget_joined, reconnect_url, remember_joined


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLUSTERDESK_NO_KEYRING", "1")


def test_without_a_keyring_the_password_is_obfuscated_not_clear() -> None:
    secrets.remember("192.168.1.20:54329/abc", "EBTECC2X07KX0XJV")
    stored = (config_dir() / "joined.json").read_text(encoding="utf-8")
    assert "EBTECC2X07KX0XJV" not in stored
    assert secrets.recall("192.168.1.20:54329/abc") == "EBTECC2X07KX0XJV"
    assert secrets.recall("192.168.1.20:54329/other") is None
    assert secrets.where() == "obfuscated"
    secrets.forget("192.168.1.20:54329/abc")
    assert secrets.recall("192.168.1.20:54329/abc") is None


def test_a_recent_joined_event_is_listed_without_its_password_and_reopens_with_it() -> None:
    pinned = data_dir() / "joined" / "0123abcd.crt"
    pinned.parent.mkdir(parents=True)
    pinned.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    url = desk_url("192.168.1.20", 54329, "EBTECC2X07KX0XJV", pinned, "Desk 2")
    assert is_joined_url(url)
    listed = remember_joined(url)
    assert "EBTECC2X07KX0XJV" not in listed
    assert reconnect_url(listed) == url
    forget_joined(listed)
    assert reconnect_url(listed) is None


def test_a_joined_event_whose_certificate_is_gone_does_not_reconnect(tmp_path: Path) -> None:
    pinned = data_dir() / "joined" / "gone.crt"
    url = desk_url("192.168.1.20", 54329, "EBTECC2X07KX0XJV", pinned, "Desk 2")
    listed = remember_joined(url)
    assert reconnect_url(listed) is None
    assert reconnect_url("postgresql+psycopg://someone@db.example/event") is None
