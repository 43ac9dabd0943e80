"""The badge-code parser: scanner noise, keyboard layouts, and random input (hypothesis)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clusterdesk.core import badge_codes
from clusterdesk.services.checkin import CHECKED_IN, REJECTED, check_in
from clusterdesk.services.events import create_event
from clusterdesk.store.engine import EventDB
from tests.checkin.helpers import add_many

PREFIX, SECRET = "KDBV", "00" * 32
CODE = badge_codes.new_code(PREFIX, SECRET)
LT_LAYOUT = str.maketrans("123456789", "ąčęėįšųū„")


def test_new_codes_have_the_documented_shape() -> None:
    codes = {badge_codes.new_code(PREFIX, SECRET) for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert len(code) == badge_codes.CODE_LENGTH == 29 and code[4] == "-"
        assert set(code) - {"-"} <= set(badge_codes.ALPHABET)
        assert badge_codes.check(code, PREFIX, SECRET) == badge_codes.CodeCheck(
            badge_codes.CodeKind.VALID, code
        )
    assert badge_codes.RANDOM_BITS >= 100 and len(badge_codes.ALPHABET) == 31
    assert not set("ILO01") & set(badge_codes.ALPHABET)


@pytest.mark.parametrize(
    "noisy",
    [
        CODE,
        CODE.lower(),
        f"  {CODE}\r\n",
        f"\\000026{CODE}",
        f"\x02{CODE}\x03",
        f"\ufeff{CODE}",
        CODE.translate(LT_LAYOUT),  # scanner typing through a Lithuanian keyboard layout
        CODE.translate(str.maketrans("YZ-", "ZYß")),  # … and through a German one
        "".join(chr(ord(c) + 0xFEE0) if c != "-" else c for c in CODE),  # full-width forms
    ],
)
def test_scanner_noise_and_layouts_are_understood(noisy: str) -> None:
    assert badge_codes.check(noisy, PREFIX, SECRET) == badge_codes.CodeCheck(
        badge_codes.CodeKind.VALID, CODE
    )
    assert badge_codes.looks_like_code(noisy)


def test_kinds() -> None:
    other = badge_codes.new_code("QQQQ", SECRET)
    assert badge_codes.check(other, PREFIX, SECRET).kind is badge_codes.CodeKind.OTHER_EVENT
    assert (
        badge_codes.check(CODE, PREFIX, "11" * 32).kind is badge_codes.CodeKind.ALTERED
    )  # forged without secret
    assert badge_codes.check(CODE[:-1], PREFIX, SECRET).kind is badge_codes.CodeKind.MALFORMED
    assert badge_codes.check("Kęstutis", PREFIX, SECRET) == badge_codes.CodeCheck(
        badge_codes.CodeKind.MALFORMED, "Kęstutis"
    )
    assert not badge_codes.looks_like_code("setkus")


@settings(deadline=None)
@given(st.integers(0, badge_codes.CHECK_LENGTH - 1), st.sampled_from(badge_codes.ALPHABET))
def test_a_changed_check_character_is_always_caught(pos: int, char: str) -> None:
    i = len(CODE) - badge_codes.CHECK_LENGTH + pos
    if CODE[i] == char or {CODE[i], char} == {"Y", "Z"}:
        return  # Y<->Z is how a German keyboard layout garbles a scan: read as intended
    altered = CODE[:i] + char + CODE[i + 1 :]
    assert badge_codes.check(altered, PREFIX, SECRET).kind is badge_codes.CodeKind.ALTERED


@settings(deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_parser(raw: bytes) -> None:
    result = badge_codes.check(raw, PREFIX, SECRET)
    assert result.kind is not badge_codes.CodeKind.VALID
    assert len(result.cleaned) <= 200
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in result.cleaned)


@settings(deadline=None)
@given(st.text(max_size=400))
def test_random_text_never_crashes_the_parser(raw: str) -> None:
    result = badge_codes.check(raw, PREFIX, SECRET)
    assert result.kind is not badge_codes.CodeKind.VALID
    badge_codes.looks_like_code(raw)


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[EventDB, list[str]]]:
    path: Path = tmp_path_factory.mktemp("crowd") / "event.cdesk"
    db = create_event(path, name="Property event", start=date(2026, 5, 14))
    codes = [code for _, code in add_many(db, 40)]
    yield db, codes
    db.dispose()


def _mutations(codes: list[str]) -> st.SearchStrategy[str]:
    def mutate(code: str, pos: int, char: str) -> str:
        pos = 5 + pos % (len(code) - 5)
        return code[:pos] + char + code[pos + 1 :]

    return st.builds(
        mutate, st.sampled_from(codes), st.integers(0, 100), st.sampled_from(badge_codes.ALPHABET)
    )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_input_never_checks_anyone_in(
    crowd: tuple[EventDB, list[str]], data: st.DataObject
) -> None:
    db, codes = crowd
    raw = data.draw(
        st.one_of(
            st.binary(max_size=120).map(lambda b: b.decode("latin-1")),
            st.text(max_size=120),
            st.from_regex(rf"\A[{badge_codes.ALPHABET}]{{4}}-[{badge_codes.ALPHABET}]{{24}}\Z"),
            # a mutation that a keyboard-layout reading (Y/Z swapped) turns back into a real
            # code is that code, read as meant: not a random input
            _mutations(codes).filter(lambda c: not set(badge_codes.readings(c)) & set(codes)),
        )
    )
    result = check_in(db, code=raw, desk="Fuzz")
    assert result.result == REJECTED, (raw, result)
    assert result.result != CHECKED_IN
