from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.validators import (
    is_senior,
    normalize_mobile,
    normalize_postal_code,
    parse_id_number,
)

pytestmark = pytest.mark.dates


def with_check_char(first17: str) -> str:
    """Append the ISO 7064 MOD 11-2 check character (weights 2^(17-i) mod 11)."""
    total = sum(int(digit) * 2 ** (17 - i) for i, digit in enumerate(first17))
    value = (12 - total % 11) % 11
    return first17 + ("X" if value == 10 else str(value))


def make_id(birth: date, sequence: str = "451", region: str = "110101") -> str:
    return with_check_char(f"{region}{birth:%Y%m%d}{sequence}")


@pytest.mark.parametrize(
    "raw",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "8613812345678",
        "0086-138-1234-5678",
        "１３８１２３４５６７８",
    ],
)
def test_normalize_mobile_accepts_common_forms(raw: str) -> None:
    assert normalize_mobile(raw) == "13812345678"


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "1381234567",
        "138123456789",
        "12812345678",
        "23812345678",
        "+1 13812345678",
        "0138123456",
    ],
)
def test_normalize_mobile_rejects(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_mobile(raw)
    assert caught.value.field == "phone"
    assert "手机号码" in caught.value.message


def test_published_example_parses() -> None:
    info = parse_id_number("11010519491231002X")
    assert info.number == "11010519491231002X"
    assert info.region_code == "110105"
    assert info.birth_date == date(1949, 12, 31)
    assert info.is_male is False


def test_computed_id_parses_with_spaces_and_lowercase_x() -> None:
    number = make_id(date(1990, 3, 7), "451")
    assert number == "110101199003074514"
    assert parse_id_number("110101 19900307 4514").number == number
    info = parse_id_number(" 110101 19900307 029x ")
    assert info.number == "11010119900307029X"
    assert info.is_male is True


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("1101051949123100", "应为 18 位，当前为 16 位"),
        ("11010519491231002XX", "当前为 19 位"),
        ("1101051949123100AX", "只能由数字组成"),
        ("X1010519491231002X", "只能由数字组成"),
        ("110105194912310021", "校验位不正确"),
        (make_id(date(1990, 2, 1)).replace("19900201", "19900230", 1), "19900230 不是有效日期"),
    ],
)
def test_parse_id_number_rejects(raw: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_id_number(raw)
    assert caught.value.field == "id_number"
    assert fragment in caught.value.message


def test_feb_30_with_a_correct_check_char_is_an_impossible_date() -> None:
    with pytest.raises(ValidationError, match="出生日期 19900230 不是有效日期"):
        parse_id_number(with_check_char("11010119900230451"))


def test_birth_date_after_today_is_refused_only_when_today_is_given() -> None:
    number = make_id(date(2030, 1, 1))
    assert parse_id_number(number).birth_date == date(2030, 1, 1)
    with pytest.raises(ValidationError, match="晚于今天"):
        parse_id_number(number, today=date(2026, 11, 30))
    assert parse_id_number(number, today=date(2030, 1, 1)).birth_date == date(2030, 1, 1)


def test_age_and_senior_boundary() -> None:
    info = parse_id_number(make_id(date(1966, 5, 10)))
    assert info.age_on(date(2026, 5, 9)) == 59
    assert info.age_on(date(2026, 5, 10)) == 60
    assert not is_senior(info, date(2026, 5, 9))
    assert is_senior(info, date(2026, 5, 10))
    assert is_senior(info, date(2026, 5, 9), threshold=59)


def test_leap_day_birthday_ages_on_first_of_march() -> None:
    info = parse_id_number(make_id(date(1964, 2, 29)))
    assert info.age_on(date(2025, 2, 28)) == 60
    assert info.age_on(date(2025, 3, 1)) == 61


@given(
    birth=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    region=st.from_regex(r"[1-9][0-9]{5}", fullmatch=True),
    sequence=st.from_regex(r"[0-9]{3}", fullmatch=True),
)
def test_every_id_with_a_correct_check_char_parses(birth: date, region: str, sequence: str) -> None:
    number = make_id(birth, sequence, region)
    info = parse_id_number(number)
    assert (info.number, info.region_code, info.birth_date) == (number, region, birth)
    assert info.is_male == (int(sequence[-1]) % 2 == 1)
    for wrong in set("0123456789X") - {number[-1]}:
        with pytest.raises(ValidationError, match="校验位"):
            parse_id_number(number[:17] + wrong)


@pytest.mark.parametrize(("raw", "expected"), [("100101", "100101"), (" 100 101 ", "100101")])
def test_normalize_postal_code(raw: str, expected: str) -> None:
    assert normalize_postal_code(raw) == expected


@pytest.mark.parametrize("raw", ["", "10010", "1001011", "10010a", "100-101"])
def test_normalize_postal_code_rejects(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_postal_code(raw)
    assert caught.value.field == "postal_code"
    assert caught.value.message == "邮政编码应为 6 位数字"
