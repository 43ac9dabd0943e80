"""A desk in its own process, for the race and durability tests.

``python -m tests.checkin.race_worker EVENT DESK START_AT CODES.json`` waits until the wall clock
reaches START_AT (so that every desk starts together), checks in every code in order, and prints
one JSON line per result: ``{"code": ..., "result": ..., "desk": ...}``, flushed at once.
"""

from __future__ import annotations

import json
import sys
import time

from clusterdesk.services.checkin import check_in
from clusterdesk.services.events import open_event


def main(argv: list[str]) -> int:
    target, desk, start_at, codes_file = argv
    with open(codes_file, encoding="utf-8") as fh:
        codes = json.load(fh)
    db = open_event(target)
    check_in(db, code="warm-up", desk=desk)  # connect and load keys before the start
    while time.time() < float(start_at):
        time.sleep(0.0005)
    for code in codes:
        result = check_in(db, code=code, desk=desk)
        line = {"code": code, "result": result.result, "desk": result.desk}
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
