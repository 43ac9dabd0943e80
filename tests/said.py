"""Expected refusals in the CLI's words: a coded error (the services' refusals are codes) is
said as the CLI says it, so a test can match the sentence a user reads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from clusterdesk.cli.words import describe
from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import coded


def said(error: BaseException) -> str:
    said = coded(error)
    return describe(said) if said is not None else str(error)


@contextmanager
def refused(pattern: str, kind: type[BaseException] = UserError) -> Iterator[None]:
    """``pytest.raises(kind, match=pattern)`` on the words, not the code."""
    with pytest.raises(kind) as caught:
        yield
    assert re.search(pattern, said(caught.value)), said(caught.value)
