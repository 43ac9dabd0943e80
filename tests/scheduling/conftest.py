from __future__ import annotations

from collections.abc import Callable

import pytest

from clusterdesk.scheduling import Problem, Result, check, solve


@pytest.fixture
def solve_checked() -> Callable[..., Result]:
    """solve() and the independent validator on its result, for every scheduler test."""

    def run(pb: Problem, **kw: object) -> Result:
        kw.setdefault("time_limit", 5.0)
        res = solve(pb, **kw)  # type: ignore[arg-type]
        errors = check(pb, res)
        assert not errors, errors
        return res

    return run
