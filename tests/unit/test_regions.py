"""The vendored region list: unchanged, current, and checked by the courier form."""

from __future__ import annotations

import hashlib

import pytest

from hall_desktop.domain.errors import ValidationError
from hall_desktop.paths import resources_dir
from hall_desktop.regions import PROVINCES, regions

SHA256 = "55de54fedf8cb8e24895aeb59d6b59d78078395b14966eec3689414fc050bdcb"


def test_the_vendored_file_is_the_one_the_readme_names():
    data = (resources_dir() / "regions" / "pca.csv").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SHA256
    assert SHA256 in (resources_dir() / "regions" / "README.md").read_text(encoding="utf-8")


def test_provinces_in_gb_order_and_current_divisions():
    r = regions()
    assert r.provinces() == list(PROVINCES)
    assert "杭州市" in r.cities("浙江省")
    hangzhou = r.districts("浙江省", "杭州市")
    assert {"临平区", "钱塘区"} <= set(hangzhou) and "江干区" not in hangzhou  # 2021
    assert "莱芜市" not in r.cities("山东省")  # merged into 济南 in 2019
    assert r.districts("北京市", "北京市")[:1] and "崇文区" not in r.districts("北京市", "北京市")
    assert r.districts("河南省", "济源市") == []  # directly under the province


def test_check_names_the_field():
    r = regions()
    r.check("浙江省", "杭州市", "西湖区")
    r.check("河南省", "济源市", "")
    for args, field in (
        (("浙江", "杭州市", "西湖区"), "province"),
        (("浙江省", "南京市", "玄武区"), "city"),
        (("浙江省", "杭州市", "玄武区"), "district"),
        (("浙江省", "杭州市", ""), "district"),
        (("河南省", "济源市", "济源区"), "district"),
    ):
        with pytest.raises(ValidationError) as e:
            r.check(*args)
        assert e.value.field == field


def test_lists_follow_the_official_codes():
    """People look for 广州, 韶关, 深圳 … in the order of the division codes, not in
    character order (东莞, 中山, 云浮 …)."""
    r = regions()
    assert r.cities("广东省")[:4] == ["广州市", "韶关市", "深圳市", "珠海市"]
    assert r.cities("广东省").index("东莞市") < r.cities("广东省").index("中山市")
    assert r.districts("北京市", "北京市")[:3] == ["东城区", "西城区", "朝阳区"]
    assert r.districts("广东省", "广州市")[:2] == ["荔湾区", "越秀区"]
    # 省直辖县级市 come after the prefecture-level cities, as in the code list.
    assert r.cities("河南省")[0] == "郑州市" and r.cities("河南省")[-1] == "济源市"
    # Places the code list does not know are still offered (after the coded ones).
    hangzhou = r.districts("浙江省", "杭州市")
    assert {"临平区", "钱塘区"} <= set(hangzhou) and hangzhou[0] == "上城区"
