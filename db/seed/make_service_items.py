"""Regenerate the demo hall's catalogue, ``service_items.csv``: 1,953 items as a district
hall lists them (1,840 行政权力类, 113 公共服务类).

The first 52 rows are written by hand (the items the demo and the tests name); the
rest are generated, deterministically, by ``hall_desktop.bench.catalogue`` and carry
the code prefix ``SF-`` (示范) so they never clash with a catalogue a test or the
benchmark imports. Run from the repository root:

    python db/seed/make_service_items.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from hall_desktop.bench.catalogue import generate_items  # noqa: E402

TOTAL, PUBLIC = 1953, 113
HAND_WRITTEN = 52
FIELDS = ("code", "name", "category", "department", "promised_days")


def main() -> int:
    path = HERE / "service_items.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))[:HAND_WRITTEN]
    public_written = sum(r["category"] == "公共服务类" for r in rows)
    generated = generate_items(TOTAL - HAND_WRITTEN, seed=1953, public=PUBLIC - public_written)
    rows += [
        {
            "code": f"SF-{item.code}",
            "name": item.name,
            "category": item.category,
            "department": item.department,
            "promised_days": str(item.promised_days if item.promised_days is not None else 0),
        }
        for item in generated
    ]
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{path}: {len(rows)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
