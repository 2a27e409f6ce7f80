"""Mainland China's provinces, cities and districts, for address pickers.

Read once from ``resources/regions/pca.csv`` (see its README for the source). Names
only: the hall's forms store names, as couriers read them. Cities directly under a
province (省直辖县级市 such as 济源市, 仙桃市) have no third level. Lists follow the
official division codes (``order.csv``: 广州, 韶关, 深圳 …), as people know them.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from hall_desktop.domain.errors import ValidationError
from hall_desktop.paths import resources_dir

# GB/T 2260 order: what people expect in a list, not Unicode order.
PROVINCES = (
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
    "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
    "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省",
    "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
)  # fmt: skip


class Regions:
    def __init__(self, tree: dict[str, dict[str, list[str]]]) -> None:
        self._tree = tree

    def provinces(self) -> list[str]:
        return [p for p in PROVINCES if p in self._tree]

    def cities(self, province: str) -> list[str]:
        return list(self._tree.get(province, {}))

    def districts(self, province: str, city: str) -> list[str]:
        return list(self._tree.get(province, {}).get(city, []))

    def check(self, province: str, city: str, district: str) -> None:
        """Refuse a place that does not exist, naming the field at fault."""
        if province not in self._tree:
            raise ValidationError("province", f"请选择省份（“{province}”不在列表中）")
        if city not in self._tree[province]:
            raise ValidationError("city", f"{province}没有“{city}”，请重新选择城市")
        districts = self._tree[province][city]
        if districts and district not in districts:
            raise ValidationError("district", f"{city}没有“{district}”，请重新选择区县")
        if not districts and district:
            raise ValidationError("district", f"{city}下没有区县，请留空")


@cache
def regions() -> Regions:
    """The mainland's regions (Hong Kong, Macao and Taiwan are not in the free service)."""
    folder = resources_dir() / "regions"
    with open(folder / "order.csv", encoding="utf-8", newline="") as f:
        codes: dict[tuple[str, ...], int] = {
            (r["sheng"], r["shi"], r["qu"]): int(r["code"]) for r in csv.DictReader(f)
        }
    tree: dict[str, dict[str, list[str]]] = defaultdict(dict)
    with open(folder / "pca.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            province, city, district = row["sheng"], row["shi"], row["qu"]
            if province not in PROVINCES or not city:
                continue
            districts = tree[province].setdefault(city, [])
            if district and district not in districts:
                districts.append(district)

    def by_code(names: Iterable[str], *parents: str) -> list[str]:
        """Coded places by code, then the others in the file's order (sorted is stable)."""
        return sorted(names, key=lambda name: codes.get((*parents, name, "")[:3], 10**12))

    ordered = {
        province: {
            city: by_code(cities[city], province, city) for city in by_code(cities, province)
        }
        for province, cities in tree.items()
    }
    return Regions(ordered)
