"""The MaxSAT back end: python-sat's RC2 (core-guided, Glucose 3) on the model of
``encoding.py``. RC2 proves optimality but returns nothing until then and holds the GIL while it
searches, so the solver runs it in a child process (see ``parallel.py``)."""

from __future__ import annotations

from pysat.card import CardEnc, EncType
from pysat.examples.rc2 import RC2
from pysat.formula import WCNF
from pysat.solvers import Solver

from .encoding import Encoding

SAT_SOLVER = "g3"
PORTFOLIO = ("g3",)
"""SAT solver under RC2 at ordinary time limits. Measured on ten real events (one core each):
Glucose 3 proves eight of them in 0.1-4.5 CPU s, CaDiCaL 1.5 only seven, in 0.1-6 s and never
first; CaDiCaL's one win needs ~14 s. So within seconds the second core goes to the LNS instead."""
LONG_PORTFOLIO = ("g3", "cd15")
"""Raced against each other (and the LNS) at long time limits: their run times vary 10x either
way per event, and CaDiCaL's ~14 CPU s on forum-14 fit in a minute on two shared cores."""
LONG_LIMIT = 60.0
"""Time limits from this many seconds on use ``LONG_PORTFOLIO``."""


def portfolio(time_limit: float) -> tuple[str, ...]:
    """The SAT solvers to run under RC2 (one child process each) for ``time_limit`` seconds."""
    return LONG_PORTFOLIO if time_limit >= LONG_LIMIT else PORTFOLIO


PAIRWISE_MAX = 0


def hard_clauses(enc: Encoding) -> tuple[list[list[int]], int]:
    """Clauses of the hard part, cardinalities expanded; returns (clauses, top variable)."""
    clauses = list(enc.clauses)
    top = enc.n_vars

    def card(lits: list[int], lo: int, hi: int) -> None:
        """lo <= sum(lits) <= hi"""
        nonlocal top
        if lo > len(lits) or hi < 0 or lo > hi:
            top += 1
            clauses.extend([[top], [-top]])  # unsatisfiable
            return
        if hi == 0:
            clauses.extend([[-v] for v in lits])
            return
        if lo == len(lits):
            clauses.extend([[v] for v in lits])
            return
        if lo == hi:
            kind = EncType.seqcounter if hi == 1 else EncType.totalizer
            e = CardEnc.equals(lits, hi, top_id=top, encoding=kind)
        elif lo > 0:
            e = CardEnc.atleast(lits, lo, top_id=top, encoding=EncType.totalizer)
        elif hi < len(lits):
            if hi == 1:
                kind = EncType.pairwise if len(lits) <= PAIRWISE_MAX else EncType.seqcounter
            else:
                kind = EncType.cardnetwrk
            e = CardEnc.atmost(lits, hi, top_id=top, encoding=kind)
        else:
            return
        top = max(top, e.nv)
        clauses.extend(e.clauses)

    for lits, k in enc.atmost:
        card(lits, 0, k)
    for lits, k in enc.exactly:
        card(lits, k, k)
    for lits, k in enc.atleast:
        card(lits, k, len(lits))
    return clauses, top


def slots_of_model(enc: Encoding, model: list[int], n: int) -> list[int]:
    slots = [-1] * n
    for (i, t), v in enc.x.items():
        if model[v - 1] > 0:
            slots[i] = t
    return slots


def solve_optimal(
    enc: Encoding, n: int, solver: str = SAT_SOLVER, plain: bool = False
) -> tuple[int, list[int]] | None:
    """Minimum breaks and a schedule reaching it, or None if the hard part is unsatisfiable.
    ``plain``: RC2 without core exhaustion/minimisation/trimming/AM1 detection — measured faster
    on the LNS's many small sub-problems (three seeds, 6 s: 19-23 breaks instead of 27-31 on the
    largest real event), slower on a whole event."""
    clauses, top = hard_clauses(enc)
    wcnf = WCNF()
    wcnf.hard = clauses
    wcnf.soft = [[-lit] for lit in enc.soft]
    wcnf.wght = [1] * len(enc.soft)
    wcnf.topw = len(enc.soft) + 1
    wcnf.nv = top
    opts = {} if plain else {"adapt": True, "exhaust": True, "minz": True, "trim": 5}
    with RC2(wcnf, solver=solver, **opts) as rc2:
        model = rc2.compute()
        if model is None:
            return None
        return int(rc2.cost), slots_of_model(enc, model, n)


def solve_feasible(enc: Encoding, n: int) -> list[int] | None:
    """Any schedule satisfying the hard part (breaks ignored), or None if there is none."""
    clauses, _top = hard_clauses(enc)
    with Solver(name=SAT_SOLVER, bootstrap_with=clauses) as s:
        if not s.solve():
            return None
        model = s.get_model()
        assert model is not None
        return slots_of_model(enc, model, n)
