from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clusterdesk.core.folding import fold, nfc


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Kęstutis Šetkus", "kestutis setkus"),
        ("Ģērmanis", "germanis"),
        ("Jürgen Groß", "jurgen gross"),
        ("Åsa Ødegård", "asa odegard"),
        ("Þórunn Sigurðardóttir", "thorunn sigurdardottir"),
        ("Łukasz Dąbrowski", "lukasz dabrowski"),
        ("Олена Фесенко", "олена фесенко"),
        ("  Tõnu   Õun ", "tonu oun"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_nfc_composes_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Aviženytė")
    assert decomposed != "Aviženytė"
    assert nfc(decomposed) == "Aviženytė"
    assert nfc(None) == ""


@given(st.text())
def test_fold_is_idempotent_and_never_raises(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
