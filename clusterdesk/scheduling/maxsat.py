"""The SAT back end of ``encoding.py``: cardinality constraints expanded into clauses (python-sat
encodings), and schedules read back from a model."""

from __future__ import annotations

from pysat.card import CardEnc, EncType

from .encoding import Encoding
from .state import IDLE


def hard_clauses(enc: Encoding) -> tuple[list[list[int]], int]:
    """Clauses of the hard part, cardinalities expanded; returns (clauses, top variable)."""
    clauses = list(enc.clauses)
    top = enc.n_vars

    def card(lits: list[int], lo: int, hi: int, tot: bool = False) -> None:
        """lo <= sum(lits) <= hi (``tot``: an at-most as a totalizer)"""
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
            kind = EncType.totalizer if tot else EncType.cardnetwrk
            kind = EncType.seqcounter if hi == 1 else kind
            e = CardEnc.atmost(lits, hi, top_id=top, encoding=kind)
        else:
            return
        top = max(top, e.nv)
        clauses.extend(e.clauses)

    for lits, k in enc.atmost:
        card(lits, 0, k)
    for lits, k in enc.atmost_tot:
        card(lits, 0, k, tot=True)
    for lits, k in enc.exactly:
        card(lits, k, k)
    for lits, k in enc.atleast:
        card(lits, k, len(lits))
    for lits, k, guard in enc.guarded:  # every clause of the constraint holds when guard does
        start = len(clauses)
        card(lits, k, len(lits))
        for j in range(start, len(clauses)):
            clauses[j] = clauses[j] + [-guard]
    return clauses, top


def slots_of_model(enc: Encoding, model: list[int], n: int) -> list[int]:
    """Slot per request (IDLE: not placed) in a model of ``enc``."""
    slots = [IDLE] * n
    for (i, t), v in enc.x.items():
        if model[v - 1] > 0:
            slots[i] = t
    return slots
