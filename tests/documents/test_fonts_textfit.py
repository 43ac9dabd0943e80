"""Fonts (coverage, fallback, NFC) and text fitting (shrink, wrap, never cut a name)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from clusterdesk.documents.fonts import clean_text, metrics, missing_chars, runs, text_width
from clusterdesk.documents.textfit import ELLIPSIS, STEP, fit_text
from tests.documents.helpers import MM, PEOPLE

LONG = "Maximiliane-Friederike von Hohenzollern-Sigmaringen"


def test_every_sample_name_has_glyphs_in_the_primary_faces() -> None:
    for person in PEOPLE:
        for text in person:
            for weight in ("regular", "bold"):
                assert missing_chars(text, weight) == ""
                assert len(runs(text, weight)) == 1  # all in DejaVu, no fallback needed


def test_a_glyph_missing_in_the_primary_face_comes_from_the_fallback_face() -> None:
    # U+0526 CYRILLIC CAPITAL LETTER SHHA WITH DESCENDER: in Noto Sans, not in DejaVu Sans Bold.
    assert runs("Аԧ\u0526b", "bold") == (
        ("CD-Sans-Bold", "А"),
        ("CD-Noto-Bold", "ԧ\u0526"),
        ("CD-Sans-Bold", "b"),
    )
    assert missing_chars("Аԧ\u0526b", "bold") == ""
    assert missing_chars("Kim 漢", "regular") == "漢"  # CJK: no bundled face has it (reported)


def test_clean_text_is_nfc_without_control_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "Kęstutis  Šetkus\u200b\n")
    assert clean_text(decomposed) == "Kęstutis Šetkus"
    assert clean_text(None) == ""


def _fits(fitted, w: float, h: float) -> bool:  # type: ignore[no-untyped-def]
    return fitted.width() <= w + 1e-6 and fitted.block_height() <= h + 1e-6


def test_short_name_keeps_the_largest_size() -> None:
    f = fit_text("Ann", "bold", 90 * MM, 20 * MM, max_size=36, min_size=20)
    assert f.lines == ("Ann",) and f.size == 36


def test_shrinks_in_quarter_point_steps_before_wrapping() -> None:
    f = fit_text("Bagušinskas", "bold", 60 * MM, 20 * MM, max_size=36, min_size=12)
    assert len(f.lines) == 1 and f.size < 36
    assert (36 - f.size) / STEP == int((36 - f.size) / STEP)
    assert _fits(f, 60 * MM, 20 * MM)
    bigger = fit_text("Bagušinskas", "bold", 60 * MM, 20 * MM, max_size=f.size + STEP, min_size=12)
    assert bigger.size == f.size  # the next step up would not fit


def test_wraps_at_hyphens_and_spaces_then_never_cuts_a_name() -> None:
    f = fit_text("Maximiliane-Friederike", "bold", 89 * MM, 22 * MM, max_size=36, min_size=20)
    assert f.lines == ("Maximiliane-", "Friederike") and f.size >= 20
    g = fit_text(LONG, "bold", 40 * MM, 8 * MM, max_size=20, min_size=12)
    assert g.below_min and not g.ellipsized
    assert ELLIPSIS not in "".join(g.lines)
    assert " ".join(g.lines).replace("- ", "-") == LONG
    assert _fits(g, 40 * MM, 8 * MM)


def test_organisation_is_ellipsized_only_as_last_resort() -> None:
    org = "Baltic Innovation Agency for Sustainable Industrial Clusters and Smart Specialisation Strategies in the Baltic Sea Region"
    f = fit_text(org, "regular", 91 * MM, 13 * MM, max_size=14, min_size=9, ellipsize=True)
    assert f.ellipsized and f.lines[-1].endswith(ELLIPSIS) and f.size == 9
    assert _fits(f, 91 * MM, 13 * MM)
    short = fit_text("Acme", "regular", 91 * MM, 13 * MM, max_size=14, min_size=9, ellipsize=True)
    assert not short.ellipsized


words = st.text(
    alphabet=st.sampled_from("aąbcčdeęėfghiįjklmnoprsštuųūvzžÄÖÜßØÆÞðĢķļņАБВГДЕЖЗИЙКΛΜΝΞΟΠ-"),
    min_size=1,
    max_size=14,
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(words, min_size=1, max_size=6),
    st.floats(15, 100),
    st.floats(5, 30),
    st.sampled_from(["regular", "bold"]),
    st.booleans(),
)
def test_fitted_text_always_fits_and_names_keep_every_letter(
    parts: list[str], w_mm: float, h_mm: float, weight: str, ellipsize: bool
) -> None:
    text = " ".join(parts)
    f = fit_text(text, weight, w_mm * MM, h_mm * MM, max_size=30, min_size=8, ellipsize=ellipsize)  # type: ignore[arg-type]
    assert _fits(f, w_mm * MM, h_mm * MM)
    for line in f.lines:
        assert text_width(line, f.weight, f.size) <= w_mm * MM + 1e-6
    assert (
        f.block_height()
        == (len(f.lines) - 1) * f.line_pitch
        + (metrics(f.weight).ascent + metrics(f.weight).descent) * f.size
    )
    if not f.ellipsized:
        assert "".join(f.lines).replace(" ", "") == text.replace(" ", "")
    assert len(f.lines) <= 2
